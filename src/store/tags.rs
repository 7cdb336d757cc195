//! Tags and their aliases.

use rusqlite::{OptionalExtension, params};

use super::{Db, new_uuid};
use crate::error::Result;

/// The id of a normalized tag, following an alias, creating the tag when it is new.
pub fn ensure(db: &Db, name: &str) -> Result<i64> {
    if let Some(id) = find(db, name)? {
        return Ok(id);
    }
    let stamp = db.stamp();
    db.conn.execute(
        "INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
        params![new_uuid(), name, stamp],
    )?;
    Ok(db.conn.last_insert_rowid())
}

/// The id of a normalized tag or its alias, if it exists.
pub fn find(db: &Db, name: &str) -> Result<Option<i64>> {
    Ok(db
        .conn
        .query_row(
            "SELECT id FROM tags WHERE name = ?1
             UNION ALL SELECT tag_id FROM tag_aliases WHERE alias = ?1 LIMIT 1",
            [name],
            |r| r.get(0),
        )
        .optional()?)
}

/// The canonical name a tag or alias stands for (itself when unknown).
pub fn canonical(db: &Db, name: &str) -> Result<String> {
    Ok(db
        .conn
        .query_row(
            "SELECT t.name FROM tag_aliases a JOIN tags t ON t.id = a.tag_id WHERE a.alias = ?1",
            [name],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or_else(|| name.to_string()))
}
