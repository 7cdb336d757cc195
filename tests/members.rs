mod common;

use common::Env;

#[test]
fn add_prints_the_id_and_show_finds_the_member_by_name_prefix() {
    let env = Env::new();
    let id = env
        .member("Ana Souza", &["--email", "Ana@Example.org", "--need", "Network Mapping", "--role", "core"]);
    assert_eq!(id, 1);
    let m = env.json(&["members", "show", "ana"]);
    assert_eq!(m["id"], 1);
    assert_eq!(m["email"], "ana@example.org");
    assert_eq!(m["role"], "core");
    assert_eq!(m["needs"], serde_json::json!(["network-mapping"]));
    assert_eq!(m["joined_on"], "2026-11-24");
    assert_eq!(m["status"], "active");
}

#[test]
fn the_member_json_contract_has_every_field() {
    let env = Env::new();
    env.member("Ana", &["--available", "fri 12:00-13:00", "--timezone", "America/Chicago", "--facilitator"]);
    let m = env.json(&["members", "show", "1"]);
    for field in [
        "id",
        "uuid",
        "name",
        "email",
        "role",
        "status",
        "region",
        "timezone",
        "interests",
        "needs",
        "expertise",
        "availability",
        "facilitator",
        "joined_on",
        "created_at",
        "updated_at",
    ] {
        assert!(m.get(field).is_some(), "missing {field}");
    }
    assert_eq!(m["availability"], serde_json::json!(["fri 12:00-13:00"]));
    assert_eq!(m["facilitator"], true);
    assert_eq!(m["created_at"], "2026-11-24T16:00:00Z");
}

#[test]
fn quiet_prints_only_the_id() {
    let env = Env::new();
    let out = env.ok(&["members", "add", "Ana", "-q"]);
    assert_eq!(out, "1\n");
    let out = env.cop().args(["members", "add", "Bo", "-q"]).output().unwrap();
    assert!(out.stderr.is_empty(), "quiet means no message");
    assert_eq!(env.ok(&["members", "list", "-q"]), "1\n2\n");
}

#[test]
fn tags_are_normalized_on_the_way_in() {
    let env = Env::new();
    env.member("Ana", &["--interest", "Social Media", "--interest", "social_media", "--need", "a,b"]);
    let m = env.json(&["members", "show", "ana"]);
    assert_eq!(m["interests"], serde_json::json!(["social-media"]));
    assert_eq!(m["needs"], serde_json::json!(["a", "b"]));
    let listed = env.json(&["members", "list", "--interest", "SOCIAL media"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

#[test]
fn list_filters_sorts_and_limits() {
    let env = Env::new();
    env.member("Zoe", &["--role", "core", "--region", "North", "--expertise", "mapping"]);
    env.member("Ana", &["--need", "mapping", "--region", "south", "--facilitator"]);
    env.member("Mia", &["--interest", "mapping", "--region", "north"]);
    let names = |args: &[&str]| -> Vec<String> {
        env.json(args).as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&["members", "list"]), ["Ana", "Mia", "Zoe"]);
    assert_eq!(names(&["members", "list", "--sort", "id"]), ["Zoe", "Ana", "Mia"]);
    assert_eq!(names(&["members", "list", "--limit", "1"]), ["Ana"]);
    assert_eq!(names(&["members", "list", "--region", "north"]), ["Mia", "Zoe"]);
    assert_eq!(names(&["members", "list", "--role", "core"]), ["Zoe"]);
    assert_eq!(names(&["members", "list", "--need", "mapping"]), ["Ana"]);
    assert_eq!(names(&["members", "list", "--expertise", "mapping"]), ["Zoe"]);
    assert_eq!(names(&["members", "list", "--facilitator"]), ["Ana"]);
}

#[test]
fn every_format_prints_the_list() {
    let env = Env::new();
    env.member("Ana, the weaver", &["--email", "ana@x.org", "--interest", "a", "--interest", "b"]);
    let table = env.ok(&["members", "list"]);
    assert!(table.lines().next().unwrap().starts_with("id  name"), "{table}");
    assert!(table.contains("Ana, the weaver"));
    let csv = env.ok(&["members", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,uuid,name,email"));
    assert!(csv.contains("\"Ana, the weaver\",ana@x.org"));
    assert!(csv.contains(",a;b,"));
    let tsv = env.ok(&["members", "list", "--format", "tsv"]);
    assert!(tsv.contains("\tAna, the weaver\t"));
    let jsonl = env.ok(&["members", "list", "--format", "jsonl"]);
    let line: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(line["name"], "Ana, the weaver");
    assert_eq!(env.json(&["members", "list"])[0]["email"], "ana@x.org");
}

#[test]
fn reading_a_missing_database_prints_nothing_and_creates_nothing() {
    let env = Env::new();
    assert_eq!(env.ok(&["members", "list", "--json"]), "[]\n");
    assert_eq!(env.ok(&["members", "list"]), "");
    assert_eq!(env.ok(&["members", "list", "--format", "csv"]).lines().count(), 1);
    env.fails(3, &["members", "show", "ana"]);
    assert!(!env.db().exists());
}

#[test]
fn edit_sets_fields_and_adds_and_removes_tags() {
    let env = Env::new();
    env.member("Ana", &["--interest", "a", "--need", "x", "--available", "fri 12:00-13:00"]);
    env.ok(&[
        "members",
        "edit",
        "ana",
        "--name",
        "Ana Souza",
        "--email",
        "ana@x.org",
        "--region",
        "North",
        "--add-interest",
        "B",
        "--remove-interest",
        "a",
        "--remove-need",
        "x",
        "--add-expertise",
        "mapping",
        "--add-available",
        "mon 09:00-10:00",
        "--remove-available",
        "fri 12:00-13:00",
        "--facilitator",
    ]);
    let m = env.json(&["members", "show", "ana@x.org"]);
    assert_eq!(m["name"], "Ana Souza");
    assert_eq!(m["region"], "North");
    assert_eq!(m["interests"], serde_json::json!(["b"]));
    assert_eq!(m["needs"], serde_json::json!([]));
    assert_eq!(m["expertise"], serde_json::json!(["mapping"]));
    assert_eq!(m["availability"], serde_json::json!(["mon 09:00-10:00"]));
    assert_eq!(m["facilitator"], true);
    env.ok(&["members", "edit", "1", "--email", "", "--no-facilitator"]);
    let m = env.json(&["members", "show", "1"]);
    assert_eq!(m["email"], serde_json::Value::Null);
    assert_eq!(m["facilitator"], false);
}

#[test]
fn archive_hides_and_restore_brings_back() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bo", &[]);
    env.ok(&["members", "archive", "ana"]);
    assert_eq!(env.ok(&["members", "list", "-q"]), "2\n");
    assert_eq!(env.ok(&["members", "list", "--status", "archived", "-q"]), "1\n");
    assert_eq!(env.ok(&["members", "list", "--status", "all", "-q"]), "1\n2\n");
    let before = env.snapshot();
    let err = env.fails(4, &["members", "archive", "bo", "ana"]);
    assert!(err.contains("already archived"), "{err}");
    assert_eq!(before, env.snapshot(), "a failed archive changes nothing, not even Bo");
    env.ok(&["members", "restore", "ana"]);
    assert_eq!(env.json(&["members", "show", "ana"])["status"], "active");
}

#[test]
fn forget_needs_yes_off_a_terminal_and_never_reuses_the_id() {
    let env = Env::new();
    env.member("Ana", &["--interest", "a"]);
    let before = env.snapshot();
    let err = env.fails(2, &["members", "forget", "ana"]);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(before, env.snapshot());
    env.ok(&["members", "forget", "ana", "--yes"]);
    env.fails(3, &["members", "show", "1"]);
    assert_eq!(env.member("Bo", &[]), 2, "ids are never reused");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let links: i64 = conn.query_row("SELECT count(*) FROM member_tags", [], |r| r.get(0)).unwrap();
    assert_eq!(links, 0, "forget removes every link");
}

#[test]
fn bad_input_is_one_clear_line_with_the_documented_code_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@x.org"]);
    env.member("Ana Lima", &[]);
    let before = env.snapshot();
    let cases: &[(i32, &[&str], &str)] = &[
        (2, &["members", "add", "  "], "name"),
        (2, &["members", "add", "Bo", "--email", "not-an-email"], "email"),
        (4, &["members", "add", "Bo", "--email", "ANA@x.org"], "already belongs"),
        (2, &["members", "add", "Bo", "--role", "boss"], "role"),
        (2, &["members", "add", "Bo", "--joined", "someday"], "--joined"),
        (2, &["members", "add", "Bo", "--timezone", "Mars/Base"], "timezone"),
        (2, &["members", "add", "Bo", "--available", "fri noon"], "--available"),
        (2, &["members", "add", "Bo", "--interest", " "], "--interest"),
        (2, &["members", "add"], "NAME"),
        (3, &["members", "show", "zed"], "no member"),
        (3, &["members", "edit", "99", "--name", "X"], "no member"),
        (2, &["members", "show", "ana"], "Ana Lima (2), Ana Souza (1)"),
        (2, &["members", "edit", "ana s", "--role", "chief"], "role"),
        (4, &["members", "edit", "ana lima", "--email", "ana@x.org"], "already belongs"),
        (2, &["members", "list", "--role", "boss"], "role"),
        (2, &["members", "list", "--status", "gone"], "gone"),
    ];
    for (code, args, needle) in cases {
        let err = env.fails(*code, args);
        assert!(err.contains(needle), "cop {args:?}: expected {needle:?} in {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!(before, env.snapshot(), "cop {args:?} changed the database");
    }
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_hints() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    env.member("Ana Lima", &[]);
    let err = env.fails(2, &["members", "show", "an"]);
    assert!(err.contains("2 candidates: Ana Lima (2), Ana Souza (1)"), "{err}");
    assert!(err.contains("hint: use the id or the email"), "{err}");
}

#[test]
fn references_fold_case_beyond_ascii_and_treat_wildcards_literally() {
    let env = Env::new();
    env.member("Ángela Ruiz", &[]);
    env.member("100% Bob", &[]);
    env.member("Bo_b", &[]);
    assert_eq!(env.json(&["members", "show", "áNG"])["id"], 1);
    assert_eq!(env.json(&["members", "show", "100%"])["id"], 2);
    assert_eq!(env.json(&["members", "show", "bo_"])["id"], 3);
    env.fails(3, &["members", "show", "bo%"]);
}

#[test]
fn forget_leaves_a_tombstone_with_the_uuid_and_nothing_personal() {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@x.org", "--need", "sna", "--note", "likes maps"]);
    env.member("Bo", &[]);
    let uuid = env.json(&["members", "show", "ana"])["uuid"].as_str().unwrap().to_string();
    env.ok(&["members", "forget", "ana", "--yes"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let rows: Vec<(String, String, String)> = conn
        .prepare("SELECT uuid, kind, deleted_at FROM tombstones")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(rows, [(uuid, "members".to_string(), "2026-11-24T16:00:00Z".to_string())]);
    let everything = String::from_utf8(env.snapshot()).unwrap();
    for personal in ["Ana Souza", "ana@x.org", "likes maps"] {
        assert!(!everything.contains(personal), "{personal} is still stored");
    }
}

/// Everything the operation log holds, decoded: the list, and every operation's records
/// (stored compressed, so the raw bytes alone would not show them).
fn whole_log(env: &Env) -> String {
    let mut text = env.ok(&["log", "--json"]);
    for id in env.ok(&["log", "-q"]).lines() {
        text.push_str(&env.ok(&["log", "show", id, "--json"]));
    }
    text
}

#[test]
fn forget_leaves_no_trace_of_the_person_in_the_database_files() {
    let env = Env::new();
    env.member("Zebulon Quartermain", &["--email", "zq-private@example.org", "--note", "SECRET-NOTE-4711"]);
    env.member("Ana", &[]);
    env.ok(&["members", "edit", "zebulon", "--region", "Hidden Valley"]);
    env.ok(&["sessions", "add", "--title", "Maps", "--at", "2026-12-04 12:00"]);
    env.ok(&["sessions", "rsvp", "1", "zeb", "--yes"]);
    env.ok(&["popup", "propose", "Mapping", "--by", "zeb", "--tag", "maps"]);
    let sheet = env.dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "name,email,interests\nZebulon Quartermain,zq-private@example.org,gis\nBo,bo@x.org,gis\n",
    )
    .unwrap();
    env.ok(&["members", "import", sheet.to_str().unwrap()]);
    let before = whole_log(&env);
    assert!(
        before.contains("Hidden Valley") && before.contains("zq-private@example.org"),
        "the log holds them"
    );
    env.ok(&["members", "forget", "zebulon", "--yes"]);
    let mut bytes = std::fs::read(env.db()).unwrap();
    for side in ["cop.db-wal", "cop.db-shm"] {
        bytes.extend(std::fs::read(env.dir.path().join(side)).unwrap_or_default());
    }
    let log = whole_log(&env);
    let text = String::from_utf8_lossy(&bytes);
    for secret in ["Zebulon", "zq-private@example.org", "SECRET-NOTE-4711", "Hidden Valley", "zeb"] {
        assert!(!text.contains(secret), "{secret:?} is still in the database files");
        assert!(
            !log.to_lowercase().contains(&secret.to_lowercase()),
            "{secret:?} is still in the operation log: {log}"
        );
    }
    // What did not hold them is still undoable: the import, without them, and Bo's part.
    let ops = env.json(&["log"]);
    let states: Vec<(String, bool)> = ops
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["command"].as_str().unwrap().to_string(), o["undoable"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        states,
        [
            ("members forget".to_string(), false),
            ("members import".into(), true),
            ("popup propose".into(), true),
            ("sessions rsvp".into(), false),
            ("sessions add --title Maps --at '2026-12-04 12:00'".into(), true),
            ("members edit".into(), false),
            ("members add Ana".into(), true),
            ("members add".into(), false),
        ]
    );
    env.ok(&["undo", "7"]);
    assert_eq!(env.ok(&["members", "list", "-q"]), "2\n", "the import's undo took Bo back out");
}

#[test]
fn an_imported_tombstone_scrubs_the_log_too() {
    let mine = Env::new();
    mine.member("Zebulon Quartermain", &["--email", "zq-private@example.org"]);
    mine.member("Ana", &[]);
    let doc = mine.dir.path().join("all.json");
    std::fs::write(&doc, mine.ok(&["export"])).unwrap();
    let theirs = Env::new();
    theirs.ok(&["import", doc.to_str().unwrap()]);
    theirs.ok(&["members", "edit", "zebulon", "--region", "Hidden Valley"]);
    theirs.ok(&["members", "forget", "zebulon", "--yes"]);
    theirs.member("Cy", &[]);
    let gone = theirs.dir.path().join("gone.json");
    std::fs::write(&gone, theirs.ok(&["export"])).unwrap();
    // Back on my copy, their tombstone forgets Zebulon in my log as well.
    mine.ok(&["import", gone.to_str().unwrap()]);
    let log = whole_log(&mine);
    for secret in ["zebulon", "quartermain", "zq-private"] {
        assert!(!log.to_lowercase().contains(secret), "{secret:?} is still in the operation log: {log}");
    }
    // Undoing the import takes Cy back out and keeps the tombstone: it brings nobody back.
    mine.ok(&["undo"]);
    assert_eq!(mine.ok(&["members", "list", "-q"]), "2\n");
    assert_eq!(mine.json(&["members", "list"])[0]["name"], "Ana");
    let tombstones = mine.json(&["export"])["tombstones"].as_array().unwrap().len();
    assert_eq!(tombstones, 1);
}

#[test]
fn forgetting_one_of_an_import_keeps_the_import_undoable_for_the_others() {
    let env = Env::new();
    let sheet = env.dir.path().join("sheet.csv");
    std::fs::write(
        &sheet,
        "name,email,note\nMember 1,m1@x.org,\nMember 2,m2@x.org,\nMember 3,m3@x.org,met Member 2\n",
    )
    .unwrap();
    env.ok(&["members", "import", sheet.to_str().unwrap()]);
    env.ok(&["members", "edit", "3", "--note", "new in town"]);
    // Others named like them ("Member") are not about them; a note that names them is.
    env.ok(&["members", "forget", "m2@x.org", "--yes"]);
    let log = env.json(&["log"]);
    assert_eq!(log[2]["undoable"], false, "the import held a note naming them: {log}");
    assert_eq!(log[1]["undoable"], false, "the edit's old note named them: {log}");
    let env = Env::new();
    let sheet = env.dir.path().join("sheet.csv");
    std::fs::write(&sheet, "name,email\nMember 1,m1@x.org\nMember 2,m2@x.org\nMember 3,m3@x.org\n").unwrap();
    env.ok(&["members", "import", sheet.to_str().unwrap()]);
    env.ok(&["members", "forget", "m2@x.org", "--yes"]);
    assert_eq!(env.json(&["log"])[1]["undoable"], true);
    env.ok(&["undo", "1"]);
    assert_eq!(env.ok(&["members", "list", "-q"]), "", "the others went with the import's undo");
}
