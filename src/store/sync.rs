//! `cop sync`'s state in the database: this replica, how far it has read the others,
//! and what it has to send (see `changes`).

mod changes;

use rusqlite::{OptionalExtension, params};

use super::Db;
use crate::domain::sync::{Cursor, Replica};
use crate::error::{Error, Result};

pub use changes::{Picked, pick, picked};

/// This copy as a replica, if `cop sync init` made it one.
pub fn replica(db: &Db) -> Result<Option<Replica>> {
    Ok(db
        .conn
        .query_row(
            "SELECT uuid, name, folder, git, last_segment, sent_at, encrypted FROM sync_replica WHERE id = 1",
            [],
            |r| {
                Ok(Replica {
                    uuid: r.get(0)?,
                    name: r.get(1)?,
                    folder: r.get(2)?,
                    git: r.get(3)?,
                    last_segment: r.get(4)?,
                    sent_at: r.get(5)?,
                    encrypted: r.get(6)?,
                })
            },
        )
        .optional()?)
}

/// Makes this copy a replica syncing through `folder`; a copy already one keeps its
/// UUID and segments, and takes the new name and folder.
pub fn init(db: &Db, r: &Replica) -> Result<Replica> {
    if let Some(old) = replica(db)? {
        db.conn.execute(
            "UPDATE sync_replica SET name = ?1, folder = ?2, git = ?3, encrypted = ?4 WHERE id = 1",
            params![r.name, r.folder, r.git, r.encrypted],
        )?;
        return Ok(Replica {
            name: r.name.clone(),
            folder: r.folder.clone(),
            git: r.git,
            encrypted: r.encrypted,
            ..old
        });
    }
    db.conn.execute(
        "INSERT INTO sync_replica (id, uuid, name, folder, git, encrypted) VALUES (1, ?1, ?2, ?3, ?4, ?5)",
        params![r.uuid, r.name, r.folder, r.git, r.encrypted],
    )?;
    Ok(r.clone())
}

/// Notes that this replica wrote segment `number` holding what changed up to `at`.
pub fn sent(db: &Db, number: i64, at: &str) -> Result<()> {
    let n = db.conn.execute(
        "UPDATE sync_replica SET last_segment = ?1, sent_at = ?2 WHERE id = 1",
        params![number, at],
    )?;
    if n == 0 {
        return Err(Error::runtime("this database is not a sync replica"));
    }
    Ok(())
}

/// How far this replica has read each other one.
pub fn cursors(db: &Db) -> Result<Vec<Cursor>> {
    let mut stmt = db
        .conn
        .prepare("SELECT replica, name, last_segment, applied_at FROM sync_cursors ORDER BY name, replica")?;
    let rows = stmt.query_map([], |r| {
        Ok(Cursor { replica: r.get(0)?, name: r.get(1)?, last_segment: r.get(2)?, applied_at: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The last segment of `replica` this one applied (0: none).
pub fn cursor(db: &Db, replica: &str) -> Result<i64> {
    Ok(db
        .conn
        .query_row("SELECT last_segment FROM sync_cursors WHERE replica = ?1", [replica], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Notes that segment `number` of `replica` was applied, in the same transaction.
pub fn applied(db: &Db, replica: &str, name: &str, number: i64) -> Result<()> {
    db.conn.execute(
        "INSERT INTO sync_cursors (replica, name, last_segment, applied_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (replica) DO UPDATE SET name = ?2, last_segment = ?3, applied_at = ?4",
        params![replica, name, number, db.stamp()],
    )?;
    Ok(())
}
