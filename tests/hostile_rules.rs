//! The record rules hold on every way in (issue 12, items 3, 4 and 10): a value the
//! command line refuses cannot arrive by `members import`, `cop import` or `assist log
//! --from` either; each refusal names the field's path and changes nothing; `cop doctor`
//! names every stored row that breaks a rule, and reads of such a row still work; a
//! forgotten member's UUID is refused; links are web or mail links only, and calendars
//! never carry a control character.

mod common;

use common::Env;
use serde_json::{Value, json};

fn export(env: &Env) -> Value {
    let mut doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

fn write(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

/// A small community: two members (one with a tag), a session with an RSVP, an assist.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@example.org", "--interest", "maps"]);
    env.member("Bo", &[]);
    env.ok(&[
        "sessions",
        "add",
        "--title",
        "Meetup",
        "--at",
        "2026-12-04 12:00",
        "--link",
        "https://meet.example.org/a",
    ]);
    env.ok(&["sessions", "rsvp", "1", "ana", "--yes"]);
    env.ok(&["assist", "log", "--challenge", "Grow", "--presenter", "ana", "--idea", "Map it"]);
    env
}

/// Runs `cop ARGS`, expects `code` and a message naming `says`, and proves nothing
/// changed: the same export and the same rows.
fn refused(env: &Env, code: i32, args: &[&str], says: &str) {
    let (doc, rows) = (export(env), env.snapshot());
    let err = env.fails(code, args);
    assert!(err.contains(says), "cop {args:?}: expected {says:?} in: {err}");
    assert!(!err.contains('\u{1b}'), "the message itself is safe to print: {err:?}");
    assert_eq!(export(env), doc, "cop {args:?} changed the community");
    assert!(env.snapshot() == rows, "cop {args:?} changed a row");
}

/// Applies `spoil` to an export of `env` whose records are all newer than the stored
/// ones (so each would replace its stored copy), and writes it to a file.
fn spoiled(env: &Env, name: &str, spoil: impl Fn(&mut Value)) -> String {
    let mut doc = export(env);
    for kind in ["members", "sessions", "assists", "tags", "rsvps", "popups"] {
        for r in doc[kind].as_array_mut().unwrap() {
            if r.get("updated_at").is_some() {
                r["updated_at"] = json!("2030-01-01T00:00:00Z");
            }
        }
    }
    spoil(&mut doc);
    write(env, name, &doc.to_string())
}

#[test]
fn a_poisoned_community_file_is_refused_whole_with_the_path_of_the_bad_field() {
    let env = community();
    let fresh = Env::new();
    type Spoil = fn(&mut Value);
    let cases: &[(&str, Spoil, &str)] = &[
        (
            "minutes 10^15",
            |d| d["sessions"][0]["minutes"] = json!(1_000_000_000_000_000_i64),
            "sessions[0].minutes: must be 1 to 1440, got 1000000000000000",
        ),
        (
            "assist minutes 2^40",
            |d| d["assists"][0]["minutes"] = json!(1_i64 << 40),
            "assists[0].minutes: must be 5 to 240, got 1099511627776",
        ),
        (
            "year 0000",
            |d| d["sessions"][0]["starts_at"] = json!("0000-06-01T10:00:00Z"),
            "sessions[0].starts_at: must be an RFC 3339 time in the years 1 to 9999",
        ),
        (
            "an end in 10000",
            |d| d["sessions"][0]["starts_at"] = json!("9999-12-31T23:30:00Z"),
            "sessions[0].minutes: the session would end in year 10000",
        ),
        (
            "sequence -1",
            |d| d["sessions"][0]["sequence"] = json!(-1),
            "sessions[0].sequence: must be 0 to 2147483647, got -1",
        ),
        (
            "sequence i64::MAX",
            |d| d["sessions"][0]["sequence"] = json!(i64::MAX),
            "sessions[0].sequence: must be 0 to 2147483647, got 9223372036854775807",
        ),
        (
            "a CRLF title",
            |d| d["sessions"][0]["title"] = json!("Meetup\r\nATTENDEE:evil"),
            "sessions[0].title: must be one line",
        ),
        (
            "an ESC tag",
            |d| d["tags"][0]["name"] = json!("maps\u{1b}[2J"),
            "tags[0].name: tag \"maps\\u{1b}[2J\"",
        ),
        (
            "an ESC interest",
            |d| d["members"][0]["interests"] = json!(["maps\u{1b}]0;HACKED\u{7}"]),
            "members[0].interests",
        ),
        (
            "an ESC region",
            |d| d["members"][0]["region"] = json!("r\u{1b}[2J"),
            "members[0].region: must be one line",
        ),
        (
            "a bad RSVP",
            |d| d["rsvps"][0]["response"] = json!("sure"),
            "rsvps[0].response: must be invited, yes, no, maybe or waitlist, got \"sure\"",
        ),
        (
            "a duplicate UUID",
            |d| {
                let again = json!({"name": "Ana again", "email": null, "uuid": d["members"][0]["uuid"]});
                let mut m = d["members"][1].clone();
                m.as_object_mut().unwrap().extend(again.as_object().unwrap().clone());
                d["members"].as_array_mut().unwrap().push(m);
            },
            "members[2].uuid: ",
        ),
        (
            "a member reusing a session's UUID",
            |d| d["members"][1]["uuid"] = d["sessions"][0]["uuid"].clone(),
            "is also the uuid of members[1]",
        ),
        (
            "a javascript: link",
            |d| d["sessions"][0]["link"] = json!("javascript:alert(1)"),
            "sessions[0].link: must be an https, http or mailto link",
        ),
        (
            "a link with \\x0b",
            |d| d["sessions"][0]["link"] = json!("https://a.org/\u{b}x"),
            "sessions[0].link",
        ),
        (
            "an upper-case UUID",
            |d| {
                let u = d["members"][1]["uuid"].as_str().unwrap().to_uppercase();
                d["members"][1]["uuid"] = json!(u);
            },
            "members[1].uuid: must be a UUID like",
        ),
    ];
    for (i, (what, spoil, says)) in cases.iter().enumerate() {
        let file = spoiled(&env, &format!("c{i}.json"), spoil);
        refused(&env, 2, &["import", &file], says);
        refused(&fresh, 2, &["import", &file], says);
        refused(&env, 2, &["import", &file, "--dry-run"], says);
        assert!(
            !fresh.db().exists() || export(&fresh)["members"] == json!([]),
            "{what}: into an empty database"
        );
    }
    // The same file, unspoiled, goes in.
    let file = spoiled(&env, "good.json", |_| {});
    fresh.ok(&["import", &file]);
    fresh.ok(&["doctor"]);
}

#[test]
fn what_cop_itself_writes_keeps_every_rule() {
    for args in [&["demo", "--here"][..], &["demo", "--here", "--members", "300", "--seed", "7"]] {
        let env = Env::new();
        env.ok(args);
        assert_eq!(
            record_rules(&env),
            (Some(0), "every stored value keeps the rules of its record".to_string())
        );
        // And its export goes back in whole.
        let file = write(&env, "all.json", &env.ok(&["export"]));
        let other = Env::new();
        other.ok(&["import", &file]);
        assert_eq!(export(&other), export(&env));
    }
}

#[test]
fn a_new_record_cannot_take_a_uuid_a_stored_record_of_another_kind_holds() {
    let env = community();
    let session = export(&env)["sessions"][0]["uuid"].clone();
    let doc = json!({"schema_version": 5, "members": [{
        "uuid": session, "name": "Cy", "role": "member", "status": "active", "facilitator": false,
        "created_at": "2026-11-24T16:00:00Z", "updated_at": "2026-11-24T16:00:00Z"
    }]});
    let file = write(&env, "cy.json", &doc.to_string());
    refused(&env, 4, &["import", &file], "members[0].uuid: ");
    let err = env.fails(4, &["import", &file]);
    assert!(err.contains("is already the uuid of session 1"), "{err}");
}

#[test]
fn the_command_line_refuses_what_the_imports_refuse() {
    let env = community();
    let esc = "r\u{1b}[2J";
    for (args, says) in [
        (
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--minutes", "1441"][..],
            "--minutes: must be 1 to 1440, got 1441",
        ),
        (
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--minutes", "1000000000000000"],
            "--minutes: must be 1 to 1440",
        ),
        (
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--capacity", "1099511627776"],
            "--capacity: must be 1 to 100000",
        ),
        (&["sessions", "add", "--title", "T\r\nX", "--at", "fri 12:00"], "--title: must be one line"),
        (
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--location", esc],
            "--location: must be one line",
        ),
        (
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--note", "a\u{1b}]52;c;eA==\u{7}"],
            "--note: must be text without control characters",
        ),
        (&["sessions", "edit", "1", "--trainer", esc], "--trainer: must be one line"),
        (&["sessions", "edit", "1", "--minutes", "0"], "--minutes: must be 1 to 1440, got 0"),
        (&["sessions", "cancel", "1", "--reason", esc], "--reason: must be one line"),
        (&["members", "add", "Cy", "--region", esc], "--region: must be one line"),
        (
            &["members", "add", "Cy", "--note", "over\rdrawn"],
            "--note: must be text without control characters",
        ),
        (&["members", "add", "Cy", "--interest", esc], "--interest: tag"),
        (&["members", "edit", "bo", "--region", esc], "--region: must be one line"),
        (&["members", "add", &"n".repeat(501)], "name must be at most 500 characters, got 501"),
        (
            &["popup", "propose", "P", "--by", "ana", "--description", "d\u{1b}[1A"],
            "--description: must be text without control",
        ),
        (
            &["popup", "propose", "P", "--by", "ana", "--external-expert", esc],
            "--external-expert: must be one line",
        ),
        (&["popup", "propose", "P", "--by", "ana", "--max", "100001"], "--max: must be 1 to 100000"),
        (&["resources", "add", "R", "--note", "\u{7}"], "--note: must be text without control"),
        (
            &["assist", "log", "--challenge", "C", "--situation", "hidden\u{1b}[1A\u{1b}[2K"],
            "--situation: must be text without control",
        ),
        (
            &["assist", "log", "--challenge", "C", "--idea", "bell\u{7}"],
            "--idea: must be text without control",
        ),
        (&["assist", "log", "--challenge", "C", "--group", esc], "--group: must be one line"),
        (&["pairs", "--record", "--note", "\u{1b}c"], "--note: must be text without control"),
        (&["init", "--name", esc], "--name: must be one line"),
    ] {
        refused(&env, 2, args, says);
    }
    // An agenda item is one line, with at most a day's minutes.
    env.ok(&["popup", "propose", "P", "--by", "ana"]);
    refused(&env, 2, &["popup", "agenda", "1", "add", "a\r\nb"], "TEXT: must be one line");
    refused(
        &env,
        2,
        &["popup", "agenda", "1", "add", "a", "--minutes", "1441"],
        "--minutes: must be 1 to 1440",
    );
}

#[test]
fn javascript_data_and_file_links_are_refused_on_every_way_in() {
    let env = community();
    env.ok(&["popup", "propose", "P", "--by", "ana"]);
    for link in ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"] {
        for args in [
            &["sessions", "add", "--title", "T", "--at", "fri 12:00", "--link", link][..],
            &["sessions", "edit", "1", "--link", link],
            &["popup", "schedule", "1", "--at", "fri 12:00", "--link", link],
            &[
                "meetup",
                "plan",
                "--title",
                "M",
                "--weekday",
                "fri",
                "--time",
                "12:00",
                "--count",
                "2",
                "--link",
                link,
            ],
            &["resources", "add", "R", "--url", link],
        ] {
            refused(&env, 2, args, "must be an https, http or mailto link");
        }
    }
    // A suggested resource's last word is its link when it looks like one (`scheme://`).
    for link in ["javascript://%0aalert(1)", "file:///etc/passwd", "data://text/html,x"] {
        let resource = format!("Tricky {link}");
        refused(
            &env,
            2,
            &["assist", "log", "--challenge", "C", "--resource", &resource],
            "--resource: must be an https",
        );
    }
    // Control characters inside a link (at its ends they are trimmed like spaces).
    for link in
        ["https://a.org/\u{b}x", "https://a.org/\u{c}x", "https://a.org/\u{85}x", "https://a.org/\u{2028}x"]
    {
        refused(
            &env,
            2,
            &["sessions", "edit", "1", "--link", link],
            "--link: must be a link without spaces or control",
        );
    }
    // Web and mail links go in as typed.
    env.ok(&["resources", "add", "Mail", "--url", "mailto:ana@example.org"]);
    env.ok(&["sessions", "edit", "1", "--link", "http://meet.example.org/b?x=1,2;3"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["link"], "http://meet.example.org/b?x=1,2;3");
}

#[test]
fn members_import_applies_the_rules_row_by_row() {
    let env = community();
    let sheet = "name,region,note,interests\n\
                 Cy,\"r\u{1b}[2J\",,\n\
                 Di,,\"over\rdrawn\",\n\
                 Ed,,,\"maps\u{1b}[31m\"\n\
                 Fa,north,\"two\r\nlines\",maps\n";
    let file = write(&env, "sheet.csv", sheet);
    let (doc, rows) = (export(&env), env.snapshot());
    let err = env.fails(2, &["members", "import", &file]);
    for says in
        ["line 2: region: must be one line", "line 3: note: must be text without control", "line 4: tag"]
    {
        assert!(err.contains(says), "{says}: {err}");
    }
    assert!(!err.contains("line 5"), "a CRLF note is fine: {err}");
    assert!(err.contains("3 bad rows"), "{err}");
    assert_eq!((export(&env), env.snapshot() == rows), (doc, true));
    // The same rows from the JSON that `members export` prints.
    let json_rows = json!([{"name": "Cy", "region": "r\u{1b}[2J"}]).to_string();
    let file = write(&env, "sheet.json", &json_rows);
    refused(&env, 2, &["members", "import", &file], "record 1: region: must be one line");
}

#[test]
fn an_assist_file_keeps_the_same_rules() {
    let env = community();
    for (doc, says) in [
        (
            json!({"challenge": "C", "situation": "hidden\u{1b}[1A\u{1b}[2K"}),
            "--from: situation: must be text without control",
        ),
        (json!({"challenge": "C", "ideas": ["ok", "bell\u{7}"]}), "--from: ideas[1]: must be text"),
        (json!({"challenge": "C\r\nX"}), "--from: challenge: must be one line"),
        (json!({"challenge": "C", "minutes": 1_u64 << 40}), "--from"),
        (
            json!({"challenge": "C", "resources": [{"title": "x", "url": "javascript:alert(1)"}]}),
            "--from: resources[0].url: must be an https",
        ),
        (json!({"challenge": "C", "next_steps": [{"text": "t", "due": "0000-01-01"}]}), "next_steps: due"),
    ] {
        let file = write(&env, "a.json", &doc.to_string());
        refused(&env, 2, &["assist", "log", "--from", &file], says);
    }
}

#[test]
fn a_forgotten_members_uuid_is_refused_by_members_import_with_exit_4() {
    let env = community();
    let csv = env.ok(&["members", "export"]);
    let json_rows = env.ok(&["members", "export", "--format", "json"]);
    let community_file = write(&env, "before.json", &env.ok(&["export"]));
    let ana = env.json(&["members", "show", "ana"])["uuid"].as_str().unwrap().to_string();
    env.ok(&["members", "forget", "ana", "--yes"]);
    let csv_file = write(&env, "m.csv", &csv);
    refused(
        &env,
        4,
        &["members", "import", &csv_file],
        &format!("line 2: uuid {ana} is a forgotten member's"),
    );
    refused(&env, 4, &["members", "import", &csv_file, "--dry-run"], "line 2:");
    let json_file = write(&env, "m.json", &json_rows);
    refused(&env, 4, &["members", "import", &json_file], "record 1: uuid");
    // Whatever form the sheet writes the UUID in.
    let upper = format!("uuid,name\n{},Ana\n", ana.to_uppercase());
    refused(&env, 4, &["members", "import", &write(&env, "u.csv", &upper)], "line 2:");
    // A bad row elsewhere makes it exit 2, naming both.
    let both = format!("uuid,name,region\n{ana},Ana,\nx,Bad,\"r\u{1b}\"\n");
    let err = env.fails(2, &["members", "import", &write(&env, "b.csv", &both)]);
    assert!(err.contains("forgotten") && err.contains("line 3"), "{err}");
    // cop import keeps its merge rule for colleagues' older files: the record is skipped.
    let rows = env.json(&["import", &community_file]);
    let members = rows.as_array().unwrap().iter().find(|r| r["kind"] == "members").unwrap().clone();
    assert_eq!((members["added"].clone(), members["skipped"].clone()), (json!(0), json!(2)), "{rows}");
    assert!(env.fails(3, &["members", "show", "ana"]).contains("no member"));
    // An assist file carrying the forgotten UUID is refused too.
    let file = write(&env, "a.json", &json!({"challenge": "C", "uuid": ana}).to_string());
    refused(&env, 4, &["assist", "log", "--from", &file], "is a deleted record's");
    env.ok(&["doctor"]);
}

/// Opens the database as another tool would, with the schema's CHECKs off, and runs `sql`.
fn poison(env: &Env, sql: &str) {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(&format!("PRAGMA ignore_check_constraints = ON; {sql}")).unwrap();
}

#[test]
fn doctor_names_every_hand_poisoned_row_and_reads_still_work() {
    let env = community();
    env.ok(&["popup", "propose", "P", "--by", "ana", "--max", "5"]);
    env.ok(&["popup", "agenda", "1", "add", "Item", "--minutes", "10"]);
    assert_eq!(record_rules(&env), (Some(0), "every stored value keeps the rules of its record".to_string()));
    poison(
        &env,
        "UPDATE sessions SET minutes = 1000000000000000, capacity = 1099511627776, sequence = 9223372036854775807,
                link = 'javascript:alert(1)', note = 'x' || char(27) || '[2J';
         UPDATE assists SET minutes = 1099511627776, current_step = 300;
         UPDATE assist_notes SET step = 9;
         UPDATE popups SET max_members = -3;
         UPDATE agenda_items SET minutes = 99999, position = 9223372036854775807;
         UPDATE tags SET name = 'maps' || char(27) || '[31m';
         UPDATE members SET region = 'r' || char(27) || '[2J', email = 'ANA@EXAMPLE.ORG' WHERE name = 'Ana';
         UPDATE sessions SET starts_at = '0000-01-01T00:00:00Z';",
    );
    let (code, report) = record_rules(&env);
    assert_eq!(code, Some(1));
    for says in [
        "session 1: minutes must be 1 to 1440, got 1000000000000000",
        "session 1: capacity must be 1 to 100000, got 1099511627776",
        "session 1: sequence must be 0 to 2147483647, got 9223372036854775807",
        "session 1: link must be an https, http or mailto link",
        "session 1: note must be text without control characters",
        "session 1: starts_at must be an RFC 3339 time in the years 1 to 9999",
        "assist 1: minutes must be 5 to 240, got 1099511627776",
        "assist 1: current_step must be 1 to 8, got 300",
        "assist note 1: step must be 2 to 3, got 9",
        "popup 1: max_members must be 1 to 100000, got -3",
        "agenda item 1: position must be 0 to 2147483647",
        "agenda item 1: minutes must be 1 to 1440, got 99999",
        "tag 1: name tag \"maps\\u{1b}[31m\" must not contain control characters",
        "member 1: region must be one line",
        "member 1: email must be written \"ana@example.org\"",
    ] {
        assert!(report.contains(says), "{says}: {report}");
    }
    assert!(!report.contains('\u{1b}'), "doctor shows the bad text escaped");
    // Every read still works on the poisoned rows (values out of range read clamped).
    for args in [
        &["sessions", "list"][..],
        &["sessions", "show", "1"],
        &["sessions", "list", "--json"],
        &["assist", "list"],
        &["assist", "show", "1"],
        &["assist", "show", "1", "--format", "markdown"],
        &["popup", "show", "1"],
        &["popup", "agenda", "1", "list"],
        &["export"],
    ] {
        env.ok(args);
    }
    let shown = env.json(&["sessions", "show", "1"]);
    assert_eq!((shown["minutes"].clone(), shown["sequence"].clone()), (json!(1440), json!(2147483647)));
    let ics = env.ok(&["sessions", "export", "--ics"]);
    assert!(ics.split("\r\n").all(|l| !l.chars().any(char::is_control)), "{ics:?}");
    assert!(!ics.contains("javascript"), "a link that breaks the rules stays out of the calendar: {ics}");
    // An edit repairs the session: it writes back what the rules allow.
    env.ok(&[
        "sessions",
        "edit",
        "1",
        "--minutes",
        "60",
        "--at",
        "2026-12-04 12:00",
        "--link",
        "",
        "--note",
        "",
    ]);
    let (_, after) = record_rules(&env);
    assert!(!after.contains("session 1:"), "{after}");
    // A word the schema's CHECK would refuse cannot be shown as anything: the read
    // says so clearly (exit 1) and doctor names the row.
    poison(&env, "UPDATE rsvps SET response = 'sure';");
    let err = env.fails(1, &["sessions", "show", "1"]);
    assert!(err.contains("response \"sure\"") && err.contains("`cop doctor` names each one"), "{err}");
    let (_, report) = record_rules(&env);
    let says =
        "RSVP (session 1, member 1): response must be invited, yes, no, maybe or waitlist, got \"sure\"";
    assert!(report.contains(says), "{report}");
}

#[test]
fn doctor_finds_a_uuid_on_two_records_and_a_forgotten_member_back() {
    let env = community();
    env.member("Cy", &[]);
    env.ok(&["members", "forget", "cy", "--yes"]);
    poison(
        &env,
        "UPDATE members SET uuid = (SELECT uuid FROM sessions WHERE id = 1) WHERE name = 'Bo';
         INSERT INTO members (uuid, name, role, status, facilitator, created_at, updated_at)
           SELECT uuid, 'Cy again', 'member', 'active', 0, deleted_at, deleted_at FROM tombstones;",
    );
    let (code, report) = record_rules(&env);
    assert_eq!(code, Some(1));
    assert!(report.contains("is held by member 2 and session 1"), "{report}");
    assert!(report.contains("member 4: its uuid has a tombstone"), "{report}");
}

#[test]
fn calendars_never_carry_a_control_character() {
    let env = community();
    env.ok(&["sessions", "edit", "1", "--note", "Bring\ta map\r\nand questions; and, more"]);
    poison(
        &env,
        "UPDATE sessions SET link = 'https://a.org/' || char(11) || char(12), location = 'Hall' || char(133);",
    );
    let ics = env.ok(&["sessions", "export", "--ics"]);
    for line in ics.split("\r\n") {
        assert!(!line.chars().any(|c| c.is_control() || c == '\u{2028}'), "{line:?}");
    }
    assert!(!ics.contains("\r\nURL:"), "a link with control characters is left out: {ics}");
    assert!(ics.contains("and questions\\; and\\, more"), "{ics}");
}

/// Runs `cop doctor --json` and returns its exit code and the detail of its
/// "record rules" check (doctor exits 1 on a problem but still prints every check).
fn record_rules(env: &Env) -> (Option<i32>, String) {
    let out = env.cop().args(["doctor", "--json"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let checks: Value = serde_json::from_slice(&out.stdout).expect("doctor --json prints its checks");
    let rules = checks
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["check"] == "record rules")
        .expect("a record rules check");
    assert_eq!(rules["ok"], json!(out.status.success()), "{checks}");
    (out.status.code(), rules["detail"].as_str().unwrap().to_string())
}
