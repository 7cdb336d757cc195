mod common;

use std::io::Read;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command as StdCommand, Stdio};

use common::{Env, cop_at};

#[test]
fn init_creates_a_private_database_in_a_private_folder() {
    let env = Env::new();
    let db = env.dir.path().join("deep/er/cop.db");
    let out = cop_at(&db).args(["init", "--name", "Network Weavers"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Created the database"));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    assert_eq!(mode(&env.dir.path().join("deep")), 0o700);
    let again = cop_at(&db).args(["init"]).output().unwrap();
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already existed"));
}

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
fn doctor_reports_a_healthy_database_and_fails_on_a_loose_file_mode() {
    let env = Env::new();
    env.member("Ana", &[]);
    let out = env.ok(&["doctor"]);
    for check in ["location", "file mode", "schema version", "integrity", "foreign keys", "journal mode"] {
        assert!(out.contains(check), "{out}");
    }
    assert!(!out.contains("PROBLEM"), "{out}");
    let checks = env.json(&["doctor"]);
    assert!(checks.as_array().unwrap().iter().all(|c| c["ok"] == true));
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o644)).unwrap();
    let err = env.fails(1, &["doctor"]);
    assert!(err.contains("doctor found 1 problem"), "{err}");
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
fn backup_while_another_process_writes_is_consistent() {
    let env = Env::new();
    env.ok(&["init"]);
    let db = env.db();
    let writer = std::thread::spawn(move || {
        for i in 0..30 {
            let out =
                cop_at(&db).args(["members", "add", &format!("M{i}"), "--interest", "x"]).output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        }
    });
    for i in 0..5 {
        let copy = env.dir.path().join(format!("b{i}.db"));
        env.ok(&["backup", copy.to_str().unwrap()]);
        let doctor = cop_at(&copy).args(["doctor"]).output().unwrap();
        assert!(doctor.status.success(), "{}", String::from_utf8_lossy(&doctor.stdout));
    }
    writer.join().unwrap();
}

#[test]
fn backup_of_a_missing_database_is_not_found() {
    let env = Env::new();
    env.fails(3, &["backup", env.dir.path().join("x.db").to_str().unwrap()]);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let env = Env::new();
    let bytes = b"name,email\nAna,ana@x.org\n this is a spreadsheet, not a database".repeat(20);
    std::fs::write(env.db(), &bytes).unwrap();
    for args in [&["members", "add", "Bo"][..], &["members", "list"], &["doctor"], &["init"]] {
        let err = env.fails(1, args);
        assert!(err.contains("not a SQLite database") || err.contains("not a database"), "{args:?}: {err}");
        assert_eq!(std::fs::read(env.db()).unwrap(), bytes, "{args:?} touched the file");
    }
    assert!(!env.dir.path().join("cop.db-wal").exists());
}

#[test]
fn a_database_from_a_newer_cop_is_refused_untouched() {
    let env = Env::new();
    env.member("Ana", &[]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA user_version = 99;").unwrap();
    drop(conn);
    let before = env.snapshot();
    for args in [&["members", "add", "Bo"][..], &["members", "list"]] {
        let err = env.fails(1, args);
        assert!(err.contains("newer"), "{err}");
    }
    assert_eq!(before, env.snapshot());
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
fn a_held_write_lock_makes_a_writer_wait_then_exit_5() {
    let env = Env::new();
    env.ok(&["init"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE;").unwrap();
    let out = env.cop().env("COP_BUSY_TIMEOUT_MS", "200").args(["members", "add", "Ana"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("busy"));
    // Readers are not blocked by a writer in WAL mode.
    env.ok(&["members", "list"]);
    conn.execute_batch("ROLLBACK;").unwrap();
    env.ok(&["members", "add", "Ana"]);
}

#[test]
fn concurrent_writers_never_see_database_is_locked() {
    let env = Env::new();
    env.ok(&["init"]);
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let db = env.db();
            std::thread::spawn(move || {
                for i in 0..15 {
                    let out = cop_at(&db)
                        .args(["members", "add", &format!("T{t} M{i}"), "--need", "x"])
                        .output()
                        .unwrap();
                    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(env.ok(&["members", "list", "-q"]).lines().count(), 60);
}

/// Root ignores permission bits, so a real read-only mount is the only honest test.
#[test]
fn a_write_to_a_read_only_database_fails_with_exit_1_and_changes_nothing() {
    let env = Env::new();
    let dir = env.dir.path().join("ro");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("cop.db");
    assert!(cop_at(&db).args(["members", "add", "Ana"]).output().unwrap().status.success());
    // Checkpoint so the whole database is in the main file before the mount turns read-only.
    rusqlite::Connection::open(&db).unwrap().execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    let bin = assert_cmd::cargo::cargo_bin("cop");
    let script = format!(
        "mount --bind {d} {d} && mount -o remount,bind,ro {d} && \
         COP_DB={db} {bin} members add Bo; echo \"rc=$?\"; COP_DB={db} {bin} members list -q",
        d = dir.display(),
        db = db.display(),
        bin = bin.display()
    );
    let probe = StdCommand::new("unshare").args(["--mount", "--propagation", "private", "true"]).output();
    if !probe.map(|o| o.status.success()).unwrap_or(false) {
        eprintln!("skipped: cannot make a private read-only mount here (unshare --mount refused)");
        return;
    }
    let out = StdCommand::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", &script])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COP_NOW", common::NOW)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if stderr.contains("mount:") {
        eprintln!("skipped: bind mounts are not permitted here: {stderr}");
        return;
    }
    assert!(stdout.contains("rc=1"), "stdout {stdout} stderr {stderr}");
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(stdout.lines().last(), Some("1"), "only Ana, and the list still reads: {stdout} {stderr}");
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

/// A real full disk: a tiny tmpfs in a private mount namespace, filled up.
#[test]
fn a_write_on_a_full_disk_fails_with_exit_1_and_loses_nothing() {
    let env = Env::new();
    let dir = env.dir.path().join("small");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("cop.db");
    let bin = assert_cmd::cargo::cargo_bin("cop");
    let script = format!(
        "mount -t tmpfs -o size=1m tmpfs {d} || exit 99; \
         {bin} members add Ana -q || exit 98; \
         dd if=/dev/zero of={d}/fill bs=4k 2>/dev/null; \
         {bin} members add Bo --note \"$(head -c 120000 /dev/zero | tr '\\0' x)\"; echo \"rc=$?\"; \
         rm {d}/fill; {bin} members list -q; {bin} doctor >/dev/null; echo \"doctor=$?\"",
        d = dir.display(),
        bin = bin.display()
    );
    let out = StdCommand::new("unshare")
        .args(["--mount", "--propagation", "private", "sh", "-c", &script])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COP_DB", &db)
        .env("COP_NOW", common::NOW)
        .output();
    let Ok(out) = out else {
        eprintln!("skipped: unshare is not available");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() == Some(99) || stderr.contains("unshare:") {
        eprintln!("skipped: cannot mount a private tmpfs here: {stderr}");
        return;
    }
    assert!(stdout.contains("rc=1"), "stdout {stdout} stderr {stderr}");
    assert!(stderr.contains("disk is full") || stderr.contains("may be full"), "{stderr}");
    assert!(
        stdout.contains("1\ndoctor=0"),
        "Ana is still there, Bo is not, the file is sound: {stdout} {stderr}"
    );
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
