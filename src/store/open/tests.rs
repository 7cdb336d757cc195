use rusqlite::config::DbConfig;

use std::os::unix::fs::PermissionsExt as _;

use super::*;

#[test]
fn a_hardened_connection_is_defensive_and_distrusts_the_schema() {
    let conn = Connection::open_in_memory().unwrap();
    harden(&conn).unwrap();
    assert!(conn.db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE).unwrap());
    assert!(!conn.db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA).unwrap());
    let writable = conn.execute_batch("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema;");
    assert!(writable.is_err(), "a defensive connection cannot edit the schema table");
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn add_tag(store: &mut Store, name: &str) -> Result<()> {
    store.write("add a tag", |db| {
        db.conn.execute(
            "INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?1, ?1, 'x', 'x')",
            [name],
        )?;
        Ok(())
    })
}

fn tags(path: &Path) -> Vec<String> {
    let store = Store::open_existing(path, Utc::now()).unwrap().unwrap();
    store
        .read(|db| {
            let mut stmt = db.conn.prepare("SELECT name FROM tags ORDER BY name")?;
            let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            Ok(names)
        })
        .unwrap()
}

#[test]
fn a_new_database_appears_with_its_first_write_and_not_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new/er/cop.db");
    let mut store = Store::open_or_create(&path, Utc::now()).unwrap();
    assert_eq!(store.read(schema::stored_version).unwrap(), schema::LATEST);
    assert!(!dir.path().join("new").exists(), "no folder before the first write");
    add_tag(&mut store, "a").unwrap();
    add_tag(&mut store, "b").unwrap();
    drop(store);
    assert_eq!(tags(&path), ["a", "b"]);
    assert_eq!(names(&dir.path().join("new/er")), ["cop.db"], "no temporary file or log left");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("new")), 0o700);
}

#[test]
fn a_new_database_whose_command_fails_or_never_writes_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cop.db");
    let mut store = Store::open_or_create(&path, Utc::now()).unwrap();
    let failed: Result<()> = store.write("fail", |_| Err(Error::not_found("no such member")));
    assert!(failed.is_err());
    drop(store);
    drop(Store::open_or_create(&path, Utc::now()).unwrap());
    assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
}

#[test]
fn a_first_write_that_lost_the_race_runs_again_on_the_database_that_won() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cop.db");
    let now = Utc::now();
    let (mut first, mut second) =
        (Store::open_or_create(&path, now).unwrap(), Store::open_or_create(&path, now).unwrap());
    add_tag(&mut first, "first").unwrap();
    let mut runs = Vec::new();
    second
        .write("add a tag", |db| {
            runs.push(db.may_run_again());
            db.conn.execute(
                "INSERT INTO tags (uuid, name, created_at, updated_at) VALUES ('s', 'second', 'x', 'x')",
                [],
            )?;
            Ok(())
        })
        .unwrap();
    assert_eq!(runs, [true, false], "once in its own new file, once in the one that won");
    add_tag(&mut second, "third").unwrap();
    drop((first, second));
    assert_eq!(tags(&path), ["first", "second", "third"]);
    assert_eq!(names(dir.path()), ["cop.db"]);
}
