//! Whole-database facts and checks: the community's name, integrity, backup.

use std::path::Path;

use rusqlite::{OptionalExtension, backup::Backup, params};

use super::{Db, new_uuid};
use crate::error::Result;

/// Names the community, creating its record on first use.
pub fn set_community_name(db: &Db, name: &str) -> Result<()> {
    set_community(db, &new_uuid(), name, &db.stamp())
}

/// Names the community with the identity and time given (the generator draws them from
/// its seed); the UUID is kept when the record exists.
pub fn set_community(db: &Db, uuid: &str, name: &str, stamp: &str) -> Result<()> {
    db.conn.execute(
        "INSERT INTO community (id, uuid, name, created_at, updated_at) VALUES (1, ?1, ?2, ?3, ?3)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at",
        params![uuid, name, stamp],
    )?;
    Ok(())
}

pub fn community_name(db: &Db) -> Result<Option<String>> {
    Ok(db.conn.query_row("SELECT name FROM community WHERE id = 1", [], |r| r.get(0)).optional()?)
}

/// The community's own time zone, as `init --timezone` stored it.
pub fn community_timezone(db: &Db) -> Result<Option<String>> {
    let zone =
        db.conn.query_row("SELECT timezone FROM community WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(zone.flatten())
}

/// Sets the community's time zone; the community record must exist.
pub fn set_community_timezone(db: &Db, zone: &str) -> Result<()> {
    db.conn.execute(
        "UPDATE community SET timezone = ?1, updated_at = ?2 WHERE id = 1",
        params![zone, db.stamp()],
    )?;
    Ok(())
}

/// `PRAGMA integrity_check`: empty when the file is sound.
pub fn integrity_problems(db: &Db) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare("PRAGMA integrity_check")?;
    let rows: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows.into_iter().filter(|r| r != "ok").collect())
}

/// `PRAGMA foreign_key_check`: one line per dangling link.
pub fn foreign_key_problems(db: &Db) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |r| {
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        Ok(format!(
            "{table} row {} points at a missing {parent}",
            rowid.map_or("?".into(), |i| i.to_string())
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn journal_mode(db: &Db) -> Result<String> {
    Ok(db.conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?)
}

/// How many records each main table holds, for `doctor`.
pub fn counts(db: &Db) -> Result<Vec<(&'static str, i64)>> {
    let tables: [(&str, &str); 7] = [
        ("members", "SELECT count(*) FROM members"),
        ("sessions", "SELECT count(*) FROM sessions"),
        ("popups", "SELECT count(*) FROM popups"),
        ("assists", "SELECT count(*) FROM assists"),
        ("resources", "SELECT count(*) FROM resources"),
        ("tags", "SELECT count(*) FROM tags"),
        // Deleted records remembered by UUID only, so imports never bring them back.
        ("tombstones", "SELECT count(*) FROM tombstones"),
    ];
    tables.into_iter().map(|(name, sql)| Ok((name, db.conn.query_row(sql, [], |r| r.get(0))?))).collect()
}

/// Copies the whole database to `dest` with SQLite's online backup, in one step, so the
/// copy is one consistent snapshot even while other commands write. A failed copy takes
/// away the side files SQLite made beside `dest`; `dest` itself is the caller's.
pub fn backup_to(db: &Db, dest: &Path) -> Result<()> {
    let copied = copy_into(db, dest);
    if copied.is_err() {
        for suffix in super::file::SIDE_FILES {
            let _ = std::fs::remove_file(super::file::side_file(dest, suffix));
        }
    }
    copied
}

fn copy_into(db: &Db, dest: &Path) -> Result<()> {
    let mut target = rusqlite::Connection::open(dest)?;
    super::harden(&target)?;
    {
        use rusqlite::backup::StepResult;
        let backup = Backup::new(db.conn, &mut target)?;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        // Step -1 copies every page under one read lock: a consistent snapshot.
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ if std::time::Instant::now() > deadline => return Err(crate::error::Error::Busy),
                _ => std::thread::sleep(std::time::Duration::from_millis(20)),
            }
        }
    }
    // A backup is a plain file to copy or mail around: no WAL side files.
    target.pragma_update(None, "journal_mode", "delete")?;
    Ok(())
}
