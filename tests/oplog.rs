//! The operation log (issue 13): every write is an operation that `cop log` shows and
//! `cop undo` takes back, byte for byte, or refuses to.

mod common;

use std::path::Path;

use common::{Env, cop_at};
use serde_json::Value;

/// The whole community as `cop export` prints it (the time is pinned, so two exports of
/// the same data are the same bytes).
fn export(env: &Env) -> String {
    env.ok(&["export"])
}

/// A small community with something of every kind, to write on.
fn community() -> Env {
    let env = Env::new();
    env.ok(&["init", "--name", "Weavers"]);
    env.member(
        "Ana Souza",
        &["--email", "ana@x.org", "--need", "mapping", "--interest", "gis", "--available", "fri 12:00-14:00"],
    );
    env.member("Bo", &["--interest", "mapping", "--facilitator", "--available", "fri 11:00-15:00"]);
    env.member("Cy", &["--expertise", "mapping", "--facilitator"]);
    env.ok(&["popup", "propose", "Maps", "--by", "ana", "--tag", "mapping"]);
    env.ok(&["sessions", "add", "--title", "Meetup", "--at", "2026-12-04 12:00", "--capacity", "2"]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Funding",
        "--presenter",
        "bo",
        "--next-step",
        "Ask @cy due:2026-12-01",
    ]);
    env.ok(&["resources", "add", "Atlas", "--tag", "mapping"]);
    env
}

fn write(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn each_kind_of_write_then_undo_gives_the_export_before_and_redo_the_export_after() {
    let env = community();
    let csv =
        write(&env, "more.csv", "name,email,interests\nDi,di@x.org,mapping\nAna Souza,ana@x.org,maps\n");
    let other = Env::new();
    other.member("Ed", &["--email", "ed@x.org", "--need", "mapping"]);
    let doc = write(&env, "other.json", &other.ok(&["export"]));
    let writes: Vec<Vec<&str>> = vec![
        vec!["members", "add", "Di", "--need", "gis"],
        vec!["members", "edit", "ana", "--region", "North", "--add-interest", "gis"],
        vec!["members", "archive", "cy"],
        vec!["members", "import", &csv],
        vec!["popup", "propose", "GIS", "--by", "bo", "--tag", "gis"],
        vec!["popup", "join", "1", "bo"],
        vec!["popup", "agenda", "1", "add", "Draw a map", "--minutes", "20"],
        vec!["popup", "schedule", "1", "--at", "2026-12-11 12:00"],
        vec!["popup", "cancel", "1", "--reason", "no expert"],
        vec!["sessions", "add", "--title", "Talk", "--at", "2026-12-18 12:00", "--facilitator", "cy"],
        vec!["sessions", "rsvp", "1", "ana", "bo", "cy", "--yes"],
        vec!["sessions", "attend", "1", "ana", "bo", "--force"],
        vec!["sessions", "edit", "1", "--minutes", "45", "--note", "bring maps"],
        vec!["sessions", "cancel", "1", "--reason", "ice"],
        vec!["assist", "log", "--challenge", "Growth", "--presenter", "cy", "--idea", "Ask around"],
        vec!["assist", "done", "1"],
        vec!["tags", "rename", "mapping", "network-mapping"],
        vec!["tags", "merge", "mapping", "--into", "gis", "--yes"],
        vec!["tags", "alias", "maps", "mapping"],
        vec!["resources", "add", "Book", "--url", "https://example.org/b"],
        vec!["meetup", "plan", "--title", "Brown-bag", "--weekday", "fri", "--time", "12:00", "--count", "2"],
        vec!["pairs", "--seed", "1", "--record"],
        vec!["import", &doc],
        vec!["init", "--name", "Network Weavers"],
    ];
    for args in writes {
        let before = export(&env);
        env.ok(&args);
        let after = export(&env);
        assert_ne!(before, after, "{args:?} changed nothing to undo");
        env.ok(&["undo"]);
        assert_eq!(export(&env), before, "undo of {args:?} did not give the export before");
        env.ok(&["undo"]);
        assert_eq!(export(&env), after, "undo of the undo of {args:?} did not redo it");
        // Back to the start for the next write: undo the redo.
        env.ok(&["undo"]);
        assert_eq!(export(&env), before);
    }
}

#[test]
fn an_undo_is_an_operation_and_undoing_it_redoes() {
    let env = Env::new();
    env.member("Ana", &[]);
    let undo = env.json(&["undo"]);
    assert_eq!(undo["id"], 2);
    assert_eq!(undo["undoes"], 1);
    assert_eq!(undo["summary"], "undo op 1: add member Ana");
    let log = env.json(&["log"]);
    assert_eq!(log[1]["undone"], true);
    assert_eq!(log[1]["undone_by"], 2);
    let redo = env.json(&["undo"]);
    assert_eq!((redo["id"].as_i64(), redo["undoes"].as_i64()), (Some(3), Some(2)));
    assert_eq!(redo["summary"], "redo op 1: add member Ana");
    let log = env.json(&["log"]);
    // Operation 1 is in effect again; the undo is what is undone now.
    assert_eq!((log[2]["id"].as_i64(), log[2]["undone"].as_bool()), (Some(1), Some(false)));
    assert_eq!((log[1]["id"].as_i64(), log[1]["undone_by"].as_i64()), (Some(2), Some(3)));
    assert_eq!(env.ok(&["members", "list", "-q"]), "1\n");
}

#[test]
fn a_conflicting_undo_is_refused_names_the_later_operations_and_changes_nothing() {
    let env = community();
    env.ok(&["members", "add", "Di"]);
    env.ok(&["members", "edit", "di", "--region", "South"]);
    env.ok(&["sessions", "rsvp", "1", "di", "--yes"]);
    let log = env.json(&["log", "--limit", "3"]);
    let (add, edit, rsvp) = (log[2]["id"].clone(), log[1]["id"].clone(), log[0]["id"].clone());
    let before = env.snapshot();
    let err = env.fails(4, &["undo", &add.to_string()]);
    assert!(err.contains(&format!("cannot undo operation {add}")), "{err}");
    assert!(
        err.contains(&format!("operation {edit} (`members edit di --region South`) changed members 4")),
        "{err}"
    );
    assert!(
        err.contains(&format!("operation {rsvp} (")) && err.contains("rsvps session_id=1 member_id=4"),
        "{err}"
    );
    assert!(
        err.contains(&format!("hint: undo the later operations first, newest first (`cop undo {rsvp}`)")),
        "{err}"
    );
    assert_eq!(env.snapshot(), before, "a refused undo changed something");
    env.fails(4, &["undo", &add.to_string(), "--dry-run"]);
    assert_eq!(env.snapshot(), before);
    // Undone newest first, each goes through, and the member is gone as if never added.
    env.ok(&["undo", &rsvp.to_string()]);
    env.ok(&["undo", &edit.to_string()]);
    env.ok(&["undo", &add.to_string()]);
    assert_eq!(env.fails(3, &["members", "show", "di"]).trim(), "error: no member matches \"di\"");
}

#[test]
fn a_dry_run_shows_what_the_undo_would_do_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana", &["--region", "North"]);
    env.ok(&["members", "edit", "ana", "--region", "South"]);
    let before = env.snapshot();
    let out = env.cop().args(["undo", "--dry-run", "--format", "csv"]).output().unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.starts_with("kind,id,record,change,field,before,after\n"), "{csv}");
    assert!(csv.contains("members,1,1,changed,region,South,North\n"), "{csv}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Would undo operation 2 (edit member Ana (id 1))"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn undo_refuses_what_it_cannot_take_back() {
    let env = Env::new();
    assert!(env.fails(3, &["undo"]).contains("nothing to undo"));
    assert!(!env.db().exists(), "undo of nothing created a database");
    env.member("Ana", &[]);
    env.member("Bo", &[]);
    assert!(env.fails(2, &["undo", "abc"]).contains("OP: expected an id"));
    assert!(env.fails(3, &["undo", "99"]).contains("no operation 99 in the log"));
    env.ok(&["undo", "1"]);
    let err = env.fails(4, &["undo", "1"]);
    assert!(err.contains("operation 1 is already undone (by operation 3)"), "{err}");
    assert!(err.contains("hint: `cop undo 3` redoes it"), "{err}");
    env.ok(&["members", "forget", "bo", "--yes"]);
    let err = env.fails(4, &["undo"]);
    assert!(err.contains("operation 4 cannot be undone: forgetting a member cannot be undone"), "{err}");
    let err = env.fails(4, &["undo", "2"]);
    assert!(err.contains("operation 2 cannot be undone: it held a forgotten member"), "{err}");
}

#[test]
fn log_lists_operations_newest_first_with_the_command_as_typed() {
    let env = Env::new();
    let csv = write(&env, "signups.csv", "name,email\nAna,ana@x.org\nBo,bo@x.org\n");
    env.cop().args(["--db", env.db().to_str().unwrap(), "members", "import", &csv, "-q"]).assert().success();
    env.ok(&["members", "import", &csv]);
    env.ok(&["members", "add", "Cy Ng", "--note", "it's me"]);
    let log = env.json(&["log"]);
    let ops = log.as_array().unwrap();
    assert_eq!(ops.len(), 2, "an import that changed nothing is no operation: {log}");
    assert_eq!(ops[0]["command"], "members add 'Cy Ng' --note \"it's me\"");
    assert_eq!(ops[1]["command"], format!("members import {csv} -q"), "the --db path is left out");
    assert_eq!(ops[1]["summary"], format!("members import {csv}: 2 added, 0 updated"));
    let keys: Vec<&str> = ops[0].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["at", "command", "id", "not_undoable", "summary", "undoable", "undoes", "undone", "undone_by"]
    );
    assert_eq!(ops[0]["at"], "2026-11-24T16:00:00Z");
    assert_eq!(env.ok(&["log", "--limit", "1", "-q"]), "2\n");
    let table = env.ok(&["log"]);
    assert!(table.starts_with("id  at"), "{table}");
    let csv = env.ok(&["log", "--format", "csv"]);
    assert!(
        csv.starts_with("id,at,command,summary,undone,undone_by,undoes,undoable,not_undoable\n"),
        "{csv}"
    );
}

#[test]
fn log_since_keeps_the_later_operations() {
    let env = Env::new();
    cop_at(&env.db())
        .env("COP_NOW", "2026-01-10T10:00:00Z")
        .args(["members", "add", "Old"])
        .assert()
        .success();
    env.member("New", &[]);
    let ids = env.ok(&["log", "--since", "2026-11-01", "-q"]);
    assert_eq!(ids, "2\n");
    assert_eq!(env.ok(&["log", "--since", "2025-01-01", "-q"]), "2\n1\n");
    assert!(env.fails(2, &["log", "--since", "soon"]).contains("--since"));
}

#[test]
fn log_show_lists_the_records_field_by_field() {
    let env = Env::new();
    env.member("Ana", &["--region", "North", "--need", "gis"]);
    env.ok(&["members", "edit", "ana", "--region", "South"]);
    let shown = env.json(&["log", "show", "2"]);
    assert_eq!(shown["command"], "members edit ana --region South");
    let changes = shown["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0]["kind"], "members");
    assert_eq!(changes[0]["id"], 1);
    assert_eq!(changes[0]["action"], "changed");
    assert_eq!(
        changes[0]["fields"],
        serde_json::json!([{"field": "region", "before": "North", "after": "South"}])
    );
    let added = env.json(&["log", "show", "1"]);
    let kinds: Vec<&str> =
        added["changes"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["members", "tags", "member_tags"]);
    let link = &added["changes"][2];
    assert_eq!(link["id"], Value::Null);
    assert_eq!(link["key"], serde_json::json!({"member_id": 1, "kind": "need", "tag_id": 1}));
    let table = env.ok(&["log", "show", "2"]);
    assert!(table.contains("records    0 added, 1 changed, 0 removed"), "{table}");
    assert!(table.contains("members  1       changed  region  North   South"), "{table}");
    assert!(env.fails(3, &["log", "show", "9"]).contains("no operation 9"));
    assert!(env.fails(2, &["log", "show", "x"]).contains("OP: expected an id"));
}

#[test]
fn reads_and_writes_that_change_nothing_record_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    for args in [
        vec!["members", "list"],
        vec!["members", "show", "ana"],
        vec!["export"],
        vec!["doctor"],
        vec!["log"],
        vec!["report", "engagement"],
        vec!["members", "edit", "ana", "--name", "Ana"],
    ] {
        env.ok(&args);
    }
    env.fails(2, &["members", "add", "Ana2", "--email", "bad"]);
    assert_eq!(env.ok(&["log", "-q"]), "1\n");
    // The first `init` names the community; the second finds nothing to do.
    env.ok(&["init"]);
    env.ok(&["init"]);
    assert_eq!(env.ok(&["log", "-q"]), "2\n1\n");
}

#[test]
fn export_and_import_leave_the_log_alone_and_an_import_is_undone_whole() {
    let env = Env::new();
    env.member("Ana", &["--need", "gis"]);
    let doc = env.ok(&["export"]);
    assert!(!doc.contains("operations") && !doc.contains("add member"), "the log is local history");
    let copy = Env::new();
    copy.member("Zoe", &[]);
    let before = copy.ok(&["export"]);
    let path = write(&copy, "ana.json", &doc);
    copy.ok(&["import", &path]);
    let log = copy.json(&["log"]);
    assert_eq!(log.as_array().unwrap().len(), 2, "the import is one operation, and brought no log: {log}");
    assert!(log[0]["summary"].as_str().unwrap().starts_with(&format!("import {path}: ")), "{log}");
    copy.ok(&["undo"]);
    assert_eq!(copy.ok(&["export"]), before);
}

#[test]
fn an_import_into_an_empty_database_is_logged_but_says_why_it_cannot_be_undone() {
    let env = Env::new();
    env.member("Ana", &["--need", "gis"]);
    let doc = env.ok(&["export"]);
    let copy = Env::new();
    let path = write(&copy, "ana.json", &doc);
    copy.ok(&["import", &path]);
    let log = copy.json(&["log"]);
    assert_eq!(log[0]["undoable"], false, "{log}");
    let err = copy.fails(4, &["undo"]);
    assert!(err.contains("an import into an empty database is not recorded"), "{err}");
    assert_eq!(
        copy.json(&["members", "list"]).as_array().unwrap().len(),
        1,
        "the refused undo changed nothing"
    );
}

#[test]
fn a_backup_keeps_the_log() {
    let env = Env::new();
    env.member("Ana", &[]);
    let copy = env.dir.path().join("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    let out = cop_at(&copy).args(["log", "-q"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    cop_at(&copy).args(["undo"]).assert().success();
}

#[test]
fn doctor_reads_every_stored_change() {
    let env = Env::new();
    env.member("Ana", &[]);
    let report = env.json(&["doctor"]);
    let check = report.as_array().unwrap().iter().find(|c| c["check"] == "operation log").unwrap().clone();
    assert_eq!(check["ok"], true);
    assert_eq!(check["detail"], "1 stored change, each one readable");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("UPDATE operations SET changeset = x'5a0100000000000000ff' WHERE id = 1", []).unwrap();
    drop(conn);
    let out = env.cop().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let check = report.as_array().unwrap().iter().find(|c| c["check"] == "operation log").unwrap().clone();
    assert_eq!(check["ok"], false);
    assert!(check["detail"].as_str().unwrap().contains("operations 1 cannot be read"), "{check}");
    let err = env.fails(1, &["undo"]);
    assert!(err.contains("a stored change of the operation log is damaged"), "{err}");
}

#[test]
fn a_generated_community_is_logged_but_cannot_be_undone() {
    let env = Env::new();
    env.ok(&["demo", "--members", "30", "--seed", "1"]);
    let log = env.json(&["log"]);
    assert_eq!(log[0]["summary"], "generate the demo community");
    assert_eq!(log[0]["undoable"], false);
    assert!(env.fails(4, &["undo"]).contains("a generated community is not recorded"));
}

#[test]
fn keep_days_is_stored_and_checked() {
    let env = Env::new();
    env.member("Ana", &[]);
    let out = env.cop().args(["log", "--keep", "30"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("kept for 30 days (the newest 1000 always); 0 older")
    );
    env.fails(2, &["log", "--keep", "-1"]);
    env.fails(2, &["log", "--keep", "36501"]);
    assert_eq!(env.ok(&["log", "-q"]), "1\n", "setting how long to keep is no operation");
}

/// A sheet of `n` members with tags and a window each, like a real signup sheet.
fn sheet(env: &Env, n: usize) -> String {
    let mut text = String::from("name,email,interests,needs,availability\n");
    for i in 0..n {
        text.push_str(&format!("Member {i},m{i}@example.org,maps;data,gis,fri 12:00-13:00\n"));
    }
    write(env, "big.csv", &text)
}

#[test]
fn a_large_import_is_undone_whole() {
    // 20,000 rows keep the debug build quick; `cargo bench` undoes 100,000.
    let env = Env::new();
    env.member("Ana", &[]);
    let before = export(&env);
    let csv = sheet(&env, 20_000);
    env.ok(&["members", "import", &csv, "-q"]);
    env.ok(&["undo"]);
    assert_eq!(export(&env), before);
    env.ok(&["undo"]);
    assert_eq!(env.ok(&["members", "list", "-q"]).lines().count(), 20_001);
}

#[test]
fn writers_while_an_undo_runs_wait_their_turn() {
    let env = Env::new();
    let csv = sheet(&env, 5_000);
    env.ok(&["members", "import", &csv, "-q"]);
    let db = env.db();
    // Named: a writer may get in first, and the default would undo its member instead.
    let undo = spawn(&db, &["undo", "1"]);
    let writers: Vec<_> =
        (0..6).map(|i| spawn(&db, &["members", "add", &format!("Writer {i}"), "-q"])).collect();
    let undone = undo.wait_with_output().unwrap();
    assert!(undone.status.success(), "{}", String::from_utf8_lossy(&undone.stderr));
    for w in writers {
        let out = w.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && !err.contains("locked"), "a writer failed: {err}");
    }
    // Every writer's member is there, and the sheet is gone.
    assert_eq!(env.ok(&["members", "list", "-q"]).lines().count(), 6);
}

/// Starts `cop ARGS` on `db` without waiting for it.
fn spawn(db: &Path, args: &[&str]) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("cop"))
        .args(args)
        .env_clear()
        .env("COP_DB", db)
        .env("COP_NOW", common::NOW)
        .env("TZ", "America/Chicago")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

/// The export of a community that never had anything in it.
fn empty_export(dir: &Path) -> String {
    let out = cop_at(&dir.join("none.db")).arg("export").output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

mod undo_everything {
    use proptest::prelude::*;

    use super::*;

    /// The writes a random sequence is made of; each works in any state it meets.
    fn writes() -> impl Strategy<Value = Vec<usize>> {
        proptest::collection::vec(0..8usize, 1..7)
    }

    fn apply(env: &Env, n: usize, step: usize) -> bool {
        let name = format!("Member {step}");
        let args: Vec<String> = match n {
            0 => vec!["members".into(), "add".into(), name, "--need".into(), "gis".into()],
            1 => vec!["members".into(), "add".into(), name, "--interest".into(), "maps".into()],
            2 => vec![
                "sessions".into(),
                "add".into(),
                "--title".into(),
                name,
                "--at".into(),
                "fri 12:00".into(),
            ],
            3 => vec![
                "popup".into(),
                "propose".into(),
                name,
                "--by".into(),
                "1".into(),
                "--tag".into(),
                "gis".into(),
            ],
            4 => vec!["sessions".into(), "rsvp".into(), "1".into(), "1".into(), "--yes".into()],
            5 => vec!["tags".into(), "rename".into(), "gis".into(), format!("gis-{step}")],
            6 => vec!["members".into(), "archive".into(), "1".into()],
            _ => vec!["resources".into(), "add".into(), name, "--tag".into(), "maps".into()],
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // A write the state does not allow (no member 1 yet) fails and changes nothing.
        env.cop().args(&args).output().unwrap().status.success()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

        #[test]
        fn undoing_random_writes_newest_first_gives_the_empty_export(seq in writes()) {
            let env = Env::new();
            // A write that succeeds but changes nothing (the same RSVP twice) logs nothing.
            let mut done = 0;
            for (i, n) in seq.iter().enumerate() {
                let before = export(&env);
                if apply(&env, *n, i) && export(&env) != before {
                    done += 1;
                }
            }
            let log = env.json(&["log"]);
            let ids: Vec<i64> = match log { Value::Array(a) => a.iter().filter_map(|o| o["id"].as_i64()).collect(), _ => vec![] };
            prop_assert_eq!(ids.len(), done);
            for id in ids {
                env.ok(&["undo", &id.to_string()]);
            }
            prop_assert_eq!(export(&env), empty_export(env.dir.path()));
        }
    }
}
