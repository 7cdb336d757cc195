//! Tombstones: the UUIDs of records deleted on purpose (`members forget`, the tag
//! `tags merge` removes), so `cop import` deletes them on other copies too and never
//! adds them back. A tombstone keeps only the UUID, the kind (the record's table) and
//! when it was deleted: never anything about the person.

use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::error::Result;

/// One deleted record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tombstone {
    pub uuid: String,
    pub kind: String,
    pub deleted_at: String,
}

/// Records that the record of table `kind` with local id `id` is being deleted, in the
/// caller's transaction; call it before the delete. Returns whether it had a UUID.
pub fn record(db: &Db, kind: &'static str, id: i64) -> Result<bool> {
    let uuid: Option<String> = db
        .conn
        .query_row(&format!("SELECT uuid FROM {kind} WHERE id = ?1"), [id], |r| r.get(0))
        .optional()?;
    match uuid {
        Some(uuid) => {
            if kind == "members" {
                super::oplog::forget::noting(db, &uuid)?;
            }
            add(db, &Tombstone { uuid, kind: kind.into(), deleted_at: db.stamp() })?;
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Stores a tombstone; one already stored for the UUID is kept as it is. Returns whether
/// it was new.
pub fn add(db: &Db, t: &Tombstone) -> Result<bool> {
    let n = db.conn.execute(
        "INSERT OR IGNORE INTO tombstones (uuid, kind, deleted_at) VALUES (?1, ?2, ?3)",
        params![t.uuid, t.kind, t.deleted_at],
    )?;
    Ok(n > 0)
}

/// Every tombstone, by UUID.
pub fn list(db: &Db) -> Result<Vec<Tombstone>> {
    let mut stmt = db.conn.prepare("SELECT uuid, kind, deleted_at FROM tombstones ORDER BY uuid")?;
    let rows =
        stmt.query_map([], |r| Ok(Tombstone { uuid: r.get(0)?, kind: r.get(1)?, deleted_at: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether the record of table `kind` with this UUID was deleted.
pub fn contains(db: &Db, kind: &str, uuid: &str) -> Result<bool> {
    Ok(db
        .conn
        .query_row("SELECT 1 FROM tombstones WHERE uuid = ?1 AND kind = ?2", params![uuid, kind], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The kind of the deleted record that had this UUID, if one was deleted.
pub fn kind_of(db: &Db, uuid: &str) -> Result<Option<String>> {
    Ok(db.conn.query_row("SELECT kind FROM tombstones WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?)
}
