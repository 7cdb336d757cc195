//! Every file `cop` writes (`export --out`, `members export --out`, `sessions export
//! --ics --out`, `backup PATH`) is safe (issue 12, items 1, 7, 8): never the database or
//! its side files, whatever the path looks like; never over a file without `--force`;
//! never through a link; private; whole or not at all. And `doctor` tells a shared
//! folder from one the user can close.

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use common::{Env, cop_at};

/// Each way `cop` writes a file, aimed at `path`, with `--force` or not.
fn writers(path: &str, force: bool) -> Vec<Vec<String>> {
    let cases: [&[&str]; 4] = [
        &["export", "--out", path],
        &["members", "export", "--out", path],
        &["sessions", "export", "--ics", "--out", path],
        &["backup", path],
    ];
    cases
        .iter()
        .map(|args| {
            let mut v: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            if force {
                v.push("--force".into());
            }
            v
        })
        .collect()
}

/// The flag or argument a writer names its file with.
fn flag(args: &[String]) -> &'static str {
    if args[0] == "backup" { "PATH" } else { "--out" }
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

/// The bytes of `path`, read by another process: closing a descriptor of a file drops
/// every POSIX lock this process holds on it, a test connection's included.
fn bytes(path: &Path) -> Vec<u8> {
    let out = StdCommand::new("cat").arg(path).output().unwrap();
    assert!(out.status.success(), "cat {}", path.display());
    out.stdout
}

/// The names in `dir`, sorted: a leftover temporary file shows up here.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A database with a member and a session, its log folded into the file.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@example.org"]);
    env.ok(&["sessions", "add", "--title", "Brown bag", "--at", "2026-12-04 12:00"]);
    env
}

fn run(env: &Env, cwd: &Path, args: &[String]) -> (Option<i32>, String) {
    let out = env.cop().current_dir(cwd).args(args).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Asserts every writer, with and without `--force`, refuses `target` as the database
/// (exit 2, one line naming the flag), and that the database is byte-identical and usable.
fn refused_as_the_database(env: &Env, cwd: &Path, target: &str, what: &str) {
    let db = env.db();
    let before = bytes(&db);
    let dir_before = names(env.dir.path());
    for force in [false, true] {
        for args in writers(target, force) {
            let (code, err) = run(env, cwd, &args);
            assert_eq!(code, Some(2), "cop {args:?}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "cop {args:?}: one line: {err}");
            assert!(err.contains(&format!("{}: ", flag(&args))), "cop {args:?}: names the flag: {err}");
            assert!(err.contains(what), "cop {args:?}: expected {what:?} in {err}");
            assert_eq!(bytes(&db), before, "cop {args:?} changed the database");
            assert_eq!(names(env.dir.path()), dir_before, "cop {args:?} left a file");
        }
    }
    let members = env.json(&["members", "list"]);
    assert_eq!(members[0]["name"], "Ana");
    env.ok(&["doctor"]);
}

#[test]
fn every_path_to_the_database_is_refused_and_the_database_is_unharmed() {
    let env = community();
    let dir = env.dir.path();
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink(env.db(), dir.join("link.db")).unwrap();
    symlink(dir, dir.join("alias")).unwrap();
    std::fs::hard_link(env.db(), dir.join("hard.db")).unwrap();
    let db = env.db().display().to_string();
    let itself = "is the database itself";
    refused_as_the_database(&env, dir, &db, itself);
    refused_as_the_database(&env, dir, "cop.db", itself);
    refused_as_the_database(&env, dir, "./cop.db", itself);
    refused_as_the_database(&env, &dir.join("sub"), "../cop.db", itself);
    refused_as_the_database(&env, dir, "sub/../cop.db", itself);
    refused_as_the_database(&env, dir, "link.db", itself);
    refused_as_the_database(&env, dir, "alias/cop.db", itself);
    refused_as_the_database(&env, dir, "hard.db", itself);
}

#[test]
fn the_side_files_are_refused_whether_sqlite_has_made_them_yet_or_not() {
    let env = community();
    let dir = env.dir.path();
    std::fs::create_dir(dir.join("sub")).unwrap();
    symlink(dir, dir.join("alias")).unwrap();
    // Not there between commands: known by their real folder and name.
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(!dir.join(format!("cop.db{suffix}")).exists());
        let what = format!("is the database's {suffix} file");
        refused_as_the_database(&env, dir, &format!("cop.db{suffix}"), &what);
        refused_as_the_database(&env, dir, &format!("./alias/sub/../cop.db{suffix}"), &what);
    }
    // There while another connection holds a write in the log: known by device and inode.
    let writer = rusqlite::Connection::open(env.db()).unwrap();
    writer
        .execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE members SET email = 'ana@example.net';")
        .unwrap();
    let wal = dir.join("cop.db-wal");
    let log = bytes(&wal);
    assert!(!log.is_empty(), "the log holds the write");
    for suffix in ["-wal", "-shm"] {
        let side = dir.join(format!("cop.db{suffix}"));
        symlink(&side, dir.join(format!("link{suffix}"))).unwrap();
        let what = format!("is the database's {suffix} file");
        refused_as_the_database(&env, dir, &side.display().to_string(), &what);
        refused_as_the_database(&env, dir, &format!("link{suffix}"), &what);
        std::fs::remove_file(dir.join(format!("link{suffix}"))).unwrap();
    }
    assert_eq!(bytes(&wal), log, "the log is as it was");
    drop(writer);
    assert_eq!(env.json(&["members", "list"])[0]["email"], "ana@example.net");
}

#[test]
fn the_side_files_of_a_linked_database_are_protected_at_its_real_path() {
    let env = community();
    let real = env.dir.path().join("real");
    std::fs::create_dir(&real).unwrap();
    std::fs::rename(env.db(), real.join("data.db")).unwrap();
    symlink(real.join("data.db"), env.db()).unwrap();
    // SQLite makes the log beside the file the link leads to, so that is the one to keep.
    let wal = real.join("data.db-wal").display().to_string();
    refused_as_the_database(&env, env.dir.path(), &wal, "is the database's -wal file");
    refused_as_the_database(&env, env.dir.path(), "cop.db-wal", "is the database's -wal file");
    refused_as_the_database(&env, env.dir.path(), "real/data.db", "is the database itself");
}

#[test]
fn an_existing_file_is_kept_without_force() {
    let env = community();
    let target = env.dir.path().join("keep.txt");
    std::fs::write(&target, "keep me").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = names(env.dir.path());
    for args in writers(target.to_str().unwrap(), false) {
        let (code, err) = run(&env, env.dir.path(), &args);
        assert_eq!(code, Some(4), "cop {args:?}: {err}");
        assert!(err.contains("already exists"), "{err}");
        assert!(err.contains("hint: add --force"), "the hint names --force: {err}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert_eq!(mode(&target), 0o644);
        assert_eq!(names(env.dir.path()), before, "cop {args:?} left a file");
    }
}

/// What each writer's file must look like once written.
fn check_written(args: &[String], path: &Path) {
    let text = std::fs::read(path).unwrap();
    match (args[0].as_str(), args[1].as_str()) {
        ("export", _) => {
            let doc: serde_json::Value = serde_json::from_slice(&text).unwrap();
            assert_eq!(doc["members"][0]["name"], "Ana");
        }
        ("members", _) => assert!(String::from_utf8(text).unwrap().contains("ana@example.org")),
        ("sessions", _) => assert!(String::from_utf8(text).unwrap().contains("SUMMARY:Brown bag")),
        _ => {
            let list = cop_at(path).args(["members", "list", "--json"]).output().unwrap();
            let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
            assert_eq!(list[0]["name"], "Ana");
        }
    }
}

#[test]
fn force_replaces_a_file_with_a_private_one_and_leaves_nothing_else() {
    let env = community();
    let target = env.dir.path().join("old.txt");
    for args in writers(target.to_str().unwrap(), true) {
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        let before = names(env.dir.path());
        let (code, err) = run(&env, env.dir.path(), &args);
        assert_eq!(code, Some(0), "cop {args:?}: {err}");
        assert_eq!(mode(&target), 0o600, "cop {args:?}");
        assert_eq!(names(env.dir.path()), before, "cop {args:?} left a temporary or side file");
        check_written(&args, &target);
    }
}

#[test]
fn a_new_file_is_private_whatever_the_umask() {
    let env = community();
    for (i, args) in writers("new.out", false).into_iter().enumerate() {
        let dir = env.dir.path().join(format!("d{i}"));
        std::fs::create_dir(&dir).unwrap();
        let out = StdCommand::new("sh")
            .arg("-c")
            .arg("umask 0277; exec \"$@\"")
            .arg("sh")
            .arg(env!("CARGO_BIN_EXE_cop"))
            .args(&args)
            .current_dir(&dir)
            .env_clear()
            .env("COP_DB", env.db())
            .env("COP_NOW", common::NOW)
            .env("TZ", "America/Chicago")
            .output()
            .unwrap();
        assert!(out.status.success(), "cop {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(mode(&dir.join("new.out")), 0o600, "cop {args:?}");
        assert_eq!(names(&dir), ["new.out"]);
    }
}

#[test]
fn a_link_at_the_target_is_replaced_never_followed() {
    let env = community();
    let victim = env.dir.path().join("victim.txt");
    let link = env.dir.path().join("out.link");
    for args in writers(link.to_str().unwrap(), false) {
        std::fs::write(&victim, "theirs").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
        let _ = std::fs::remove_file(&link);
        symlink(&victim, &link).unwrap();
        let (code, err) = run(&env, env.dir.path(), &args);
        assert_eq!(code, Some(4), "cop {args:?}: {err}");
        assert!(link.is_symlink());
        let mut forced = args.clone();
        forced.push("--force".into());
        let (code, err) = run(&env, env.dir.path(), &forced);
        assert_eq!(code, Some(0), "cop {forced:?}: {err}");
        let meta = std::fs::symlink_metadata(&link).unwrap();
        assert!(meta.file_type().is_file(), "cop {forced:?}: the link itself became the file");
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        check_written(&forced, &link);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "theirs", "cop {forced:?} wrote through");
        assert_eq!(mode(&victim), 0o644);
    }
    // A link to nowhere is replaced too, and nothing appears where it pointed.
    let nowhere = env.dir.path().join("nowhere.txt");
    for args in writers(link.to_str().unwrap(), true) {
        let _ = std::fs::remove_file(&link);
        symlink(&nowhere, &link).unwrap();
        let (code, err) = run(&env, env.dir.path(), &args);
        assert_eq!(code, Some(0), "cop {args:?}: {err}");
        assert!(!link.is_symlink() && link.is_file());
        assert!(!nowhere.exists(), "cop {args:?} followed the link");
    }
}

#[test]
fn a_folder_a_device_or_a_link_to_one_is_no_target() {
    let env = community();
    symlink("/dev/null", env.dir.path().join("null")).unwrap();
    for (target, needle) in
        [(".", "is a folder"), ("/dev/null", "not a regular file"), ("null", "not a regular file")]
    {
        for args in writers(target, true) {
            let (code, err) = run(&env, env.dir.path(), &args);
            assert_eq!(code, Some(2), "cop {args:?}: {err}");
            assert!(err.contains(needle), "cop {args:?}: {err}");
        }
    }
    assert!(env.dir.path().join("null").is_symlink(), "a link to a device is left as it is");
}

/// Runs `cop ARGS` with writes limited to `limit` bytes per file, so that it fails midway
/// through its output as on a full disk (EFBIG rather than a signal).
fn run_with_file_limit(env: &Env, args: &[String], limit: u64) -> (Option<i32>, String) {
    use std::os::unix::process::CommandExt;
    let mut cmd = StdCommand::new(env!("CARGO_BIN_EXE_cop"));
    cmd.args(args)
        .current_dir(env.dir.path())
        .env_clear()
        .env("COP_DB", env.db())
        .env("COP_NOW", common::NOW)
        .env("TZ", "America/Chicago");
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit { rlim_cur: limit, rlim_max: limit };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_write_that_fails_midway_leaves_neither_a_partial_file_nor_a_temporary_one() {
    let env = Env::new();
    env.ok(&["demo", "--here", "--members", "500", "--sessions", "500", "--seed", "1"]);
    let db_bytes = std::fs::read(env.db()).unwrap();
    let limit = 64 * 1024;
    assert!(db_bytes.len() > 4 * limit, "the database outgrows the limit");
    let existing = env.dir.path().join("existing.out");
    for force in [false, true] {
        for args in writers(if force { "existing.out" } else { "new.out" }, force) {
            std::fs::write(&existing, "the previous export").unwrap();
            let before = names(env.dir.path());
            let (code, err) = run_with_file_limit(&env, &args, limit as u64);
            assert_eq!(code, Some(1), "cop {args:?}: {err}");
            assert!(!err.contains("panicked"), "{err}");
            assert_eq!(names(env.dir.path()), before, "cop {args:?} left a file behind");
            assert_eq!(std::fs::read_to_string(&existing).unwrap(), "the previous export");
        }
    }
    assert_eq!(std::fs::read(env.db()).unwrap(), db_bytes);
}

/// A database in its own folder, made with `mode`, holding a community.
fn db_in_folder(env: &Env, name: &str, mode: u32) -> PathBuf {
    let dir = env.dir.path().join(name);
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).unwrap();
    let db = dir.join("cop.db");
    let out = cop_at(&db).args(["init"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

/// `doctor` on `db`: its exit code and the folder check's detail.
fn folder_finding(db: &Path) -> (Option<i32>, String) {
    let out = cop_at(db).args(["doctor", "--json"]).output().unwrap();
    let checks: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let folder = checks.as_array().unwrap().iter().find(|c| c["check"] == "folder").unwrap();
    (out.status.code(), folder["detail"].as_str().unwrap().to_string())
}

#[test]
fn doctor_says_move_the_database_out_of_a_shared_folder_and_never_chmod_it() {
    let env = Env::new();
    let db = db_in_folder(&env, "shared", 0o1777);
    let (code, detail) = folder_finding(&db);
    assert_eq!(code, Some(1), "{detail}");
    assert!(detail.contains("others can create files here: move the database"), "{detail}");
    // The platform default under the test's HOME: a folder of the user's own.
    let suggested = env.dir.path().join("shared/.local/share/cop/cop.db");
    assert!(detail.contains(&format!("--db {}", suggested.display())), "{detail}");
    assert!(!detail.contains("chmod"), "{detail}");
    let table = String::from_utf8(cop_at(&db).args(["doctor"]).output().unwrap().stdout).unwrap();
    assert!(!table.contains("chmod"), "{table}");
    // A folder of the user's own that others may write is theirs to close.
    let own = db_in_folder(&env, "own", 0o777);
    let (code, detail) = folder_finding(&own);
    assert_eq!(code, Some(1));
    assert!(detail.contains("chmod go-w"), "{detail}");
}

#[test]
fn doctor_checks_a_linked_database_where_it_really_is() {
    let env = Env::new();
    let real = db_in_folder(&env, "shared", 0o1777);
    let private = env.dir.path().join("private");
    std::fs::create_dir(&private).unwrap();
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o700)).unwrap();
    let link = private.join("cop.db");
    symlink(&real, &link).unwrap();
    let (code, detail) = folder_finding(&link);
    assert_eq!(code, Some(1), "{detail}");
    assert!(detail.contains(&real.parent().unwrap().display().to_string()), "{detail}");
    assert!(detail.contains("move the database"), "{detail}");
    let out = cop_at(&link).args(["doctor", "--json"]).output().unwrap();
    let checks: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(checks[0]["detail"].as_str().unwrap().contains("a link to"), "{checks}");
    // The log SQLite uses is the one beside the real file: a loose one is found there. (A
    // connection holds a write in it; SQLite would set an empty log's mode itself.)
    let writer = rusqlite::Connection::open(&real).unwrap();
    writer.execute_batch("PRAGMA wal_autocheckpoint = 0; UPDATE community SET name = 'Weavers';").unwrap();
    let wal = real.with_file_name("cop.db-wal");
    std::fs::set_permissions(&wal, std::fs::Permissions::from_mode(0o644)).unwrap();
    let checks: serde_json::Value =
        serde_json::from_slice(&cop_at(&link).args(["doctor", "--json"]).output().unwrap().stdout).unwrap();
    drop(writer);
    let mode = checks.as_array().unwrap().iter().find(|c| c["check"] == "file mode").unwrap();
    assert_eq!(mode["ok"], false, "{mode}");
    assert!(mode["detail"].as_str().unwrap().contains(&format!("{} is 0644", wal.display())), "{mode}");
}
