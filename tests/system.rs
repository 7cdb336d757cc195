mod common;

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command as StdCommand, Stdio};

use common::{Env, cop_at};

#[test]
fn the_database_uses_wal_and_the_latest_schema() {
    let env = Env::new();
    env.ok(&["init"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(v, cop::store::schema::LATEST);
}

#[test]
fn doctor_finds_broken_links() {
    let env = Env::new();
    env.member("Ana", &["--interest", "a"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM tags;").unwrap();
    drop(conn);
    let out = env.cop().args(["doctor"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("member_tags"));
}

#[test]
fn doctor_on_a_missing_database_says_so_and_creates_nothing() {
    let env = Env::new();
    let out = env.ok(&["doctor"]);
    assert!(out.contains("none yet"), "{out}");
    assert!(!env.db().exists());
}

#[test]
fn backup_makes_a_consistent_private_copy() {
    let env = Env::new();
    env.member("Ana", &["--need", "mapping"]);
    let copy = env.dir.path().join("copy.db");
    env.ok(&["backup", copy.to_str().unwrap()]);
    assert_eq!(std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777, 0o600);
    let names = cop_at(&copy).args(["members", "list", "--json"]).output().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&names.stdout).unwrap();
    assert_eq!(list[0]["needs"][0], "mapping");
    let err = env.fails(4, &["backup", copy.to_str().unwrap()]);
    assert!(err.contains("--force"), "{err}");
    env.ok(&["backup", copy.to_str().unwrap(), "--force"]);
}

#[test]
fn backup_of_a_missing_database_is_not_found() {
    let env = Env::new();
    env.fails(3, &["backup", env.dir.path().join("x.db").to_str().unwrap()]);
}

#[test]
fn a_closed_stdout_ends_quietly_with_success() {
    let env = Env::new();
    env.ok(&["init"]);
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
             INSERT INTO members (uuid, name, created_at, updated_at)
             SELECT 'u' || i, 'Member ' || i, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;",
        )
        .unwrap();
    }
    for format in ["table", "csv", "jsonl", "json"] {
        let bin = assert_cmd::cargo::cargo_bin("cop");
        let mut child = StdCommand::new(bin)
            .args(["members", "list", "--format", format])
            .env("COP_DB", env.db())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
        drop(child.stdout.take());
        let status = child.wait().unwrap();
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert_eq!(status.code(), Some(0), "{format}: {err}");
        assert!(!err.contains("panicked"), "{format}: {err}");
    }
}

#[test]
fn completions_in_the_repository_match_the_binary() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "cop.bash"),
        ("zsh", "_cop"),
        ("fish", "cop.fish"),
        ("elvish", "cop.elv"),
        ("powershell", "_cop.ps1"),
    ] {
        let env = Env::new();
        let printed = env.ok(&["completions", shell]);
        let committed = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            printed == committed,
            "completions/{file} is stale: run `cargo run -q -- completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn man_prints_a_roff_page() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH cop"), "{}", &page[..80.min(page.len())]);
    assert!(page.contains("members"));
}

#[test]
fn help_documents_the_exit_codes() {
    let env = Env::new();
    let help = env.ok(&["--help"]);
    for code in ["0  success", "2  usage", "3  not found", "4  conflict", "5  database busy"] {
        assert!(help.contains(code), "{help}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.fails(2, &["members", "frobnicate"]);
    env.fails(2, &["--format", "xml", "members", "list"]);
}

#[test]
fn demo_fills_a_throwaway_database_and_says_how_to_explore_it() {
    let env = Env::new();
    let out = env.cop().env_remove("COP_DB").env("TMPDIR", env.dir.path()).args(["demo"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("12 members"), "{text}");
    let path =
        text.split_whitespace().find(|w| w.starts_with("COP_DB=")).unwrap().trim_start_matches("COP_DB=");
    assert!(path.starts_with(env.dir.path().to_str().unwrap()), "{path}");
    assert!(!env.db().exists(), "the demo leaves the real database alone");
    let list = cop_at(std::path::Path::new(path)).args(["members", "list", "-q"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&list.stdout).lines().count(), 12);
}

#[test]
fn demo_with_db_fills_that_database_once() {
    let env = Env::new();
    let db = env.db();
    let out = env.cop().args(["--db", db.to_str().unwrap(), "demo"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(env.ok(&["members", "list", "-q"]).lines().count(), 12);
    let before = env.snapshot();
    env.fails(4, &["demo", "--db", db.to_str().unwrap()]);
    assert_eq!(before, env.snapshot());
}

#[test]
fn a_failed_first_write_leaves_no_database_behind() {
    let env = Env::new();
    let db = env.dir.path().join("new/folder/cop.db");
    let bad = env.dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"schema_version": 1, "members": [{"uuid": "not-a-uuid"}]}"#).unwrap();
    let cases: &[&[&str]] = &[
        &["members", "edit", "99", "--name", "X"],
        &["members", "archive", "ana"],
        &["sessions", "rsvp", "3", "ana", "--yes"],
        &["popup", "join", "1", "ana"],
        &["assist", "done", "4"],
        &["import", bad.to_str().unwrap()],
    ];
    for args in cases {
        let out = cop_at(&db).args(*args).output().unwrap();
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(!env.dir.path().join("new").exists(), "{args:?} left {:?} behind", db);
    }
    assert!(cop_at(&db).args(["members", "add", "Ana"]).output().unwrap().status.success());
    let out = cop_at(&db).args(["members", "edit", "99", "--name", "X"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(db.exists(), "a database with records is never removed");
}

/// An id that is not a whole number above 0 is a usage error (exit 2), and a well-formed
/// id with no record is not found (exit 3), for every noun alike.
#[test]
fn every_noun_reads_ids_the_same_way() {
    let env = Env::new();
    env.member("Ana", &[]);
    for noun in [["sessions", "show"], ["popup", "show"], ["assist", "show"], ["resources", "show"]] {
        for bad in ["abc", "0", "1.5", " "] {
            let err = env.fails(2, &[noun[0], noun[1], bad]);
            assert!(err.contains("expected an id"), "{noun:?} {bad:?}: {err}");
        }
        let err = env.fails(3, &[noun[0], noun[1], "99"]);
        assert!(err.contains("99"), "{noun:?}: {err}");
    }
}
