//! Tags and their aliases.

use rusqlite::{OptionalExtension, params};

use super::{Db, new_uuid};
use crate::domain::tag::TagUse;
use crate::error::Result;

/// The id of a normalized tag, following an alias, creating the tag when it is new.
pub fn ensure(db: &Db, name: &str) -> Result<i64> {
    if let Some(id) = find(db, name)? {
        return Ok(id);
    }
    insert_as(db, name, &new_uuid())
}

/// Adds a tag with a given UUID (the demo generator's, drawn from its seed).
pub fn insert_as(db: &Db, name: &str, uuid: &str) -> Result<i64> {
    db.conn
        .prepare_cached("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)")?
        .execute(params![uuid, name, db.stamp()])?;
    Ok(db.conn.last_insert_rowid())
}

/// The id of a normalized tag or its alias, if it exists.
pub fn find(db: &Db, name: &str) -> Result<Option<i64>> {
    // Cached: resources, popups and `cop import` look tags up once per link they write.
    let mut stmt = db.conn.prepare_cached(
        "SELECT id FROM tags WHERE name = ?1
         UNION ALL SELECT tag_id FROM tag_aliases WHERE alias = ?1 LIMIT 1",
    )?;
    Ok(stmt.query_row([name], |r| r.get(0)).optional()?)
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

const SELECT_USE: &str = "SELECT t.id, t.uuid, t.name,
       (SELECT count(*) FROM member_tags mt WHERE mt.tag_id = t.id AND mt.kind = 'interest'),
       (SELECT count(*) FROM member_tags mt WHERE mt.tag_id = t.id AND mt.kind = 'need'),
       (SELECT count(*) FROM member_tags mt WHERE mt.tag_id = t.id AND mt.kind = 'expertise'),
       (SELECT count(*) FROM popup_tags pt WHERE pt.tag_id = t.id),
       (SELECT count(*) FROM resource_tags rt WHERE rt.tag_id = t.id),
       (SELECT group_concat(a.alias, char(10) ORDER BY a.alias) FROM tag_aliases a WHERE a.tag_id = t.id),
       (SELECT count(*) FROM assist_tags at WHERE at.tag_id = t.id)
  FROM tags t";

fn use_from_row(r: &rusqlite::Row) -> rusqlite::Result<TagUse> {
    let aliases: Option<String> = r.get(8)?;
    Ok(TagUse {
        id: r.get(0)?,
        uuid: r.get(1)?,
        name: r.get(2)?,
        interests: r.get(3)?,
        needs: r.get(4)?,
        expertise: r.get(5)?,
        popups: r.get(6)?,
        resources: r.get(7)?,
        assists: r.get(9)?,
        aliases: aliases.map(|s| s.split('\n').map(str::to_string).collect()).unwrap_or_default(),
    })
}

/// Every tag with its uses and aliases, by name.
pub fn list(db: &Db) -> Result<Vec<TagUse>> {
    let mut stmt = db.conn.prepare(&format!("{SELECT_USE} ORDER BY t.name"))?;
    let rows = stmt.query_map([], use_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One tag with its uses and aliases.
pub fn get(db: &Db, id: i64) -> Result<Option<TagUse>> {
    Ok(db.conn.query_row(&format!("{SELECT_USE} WHERE t.id = ?1"), [id], use_from_row).optional()?)
}

/// The id of the tag called exactly `name` (not following aliases).
pub fn by_name(db: &Db, name: &str) -> Result<Option<i64>> {
    Ok(db.conn.query_row("SELECT id FROM tags WHERE name = ?1", [name], |r| r.get(0)).optional()?)
}

/// The id of the tag an alias stands for, when `alias` is one.
pub fn alias_target(db: &Db, alias: &str) -> Result<Option<i64>> {
    Ok(db
        .conn
        .query_row("SELECT tag_id FROM tag_aliases WHERE alias = ?1", [alias], |r| r.get(0))
        .optional()?)
}

/// Gives a tag a new name and stamps it, so a merge of copies carries the rename.
pub fn rename(db: &Db, id: i64, name: &str) -> Result<()> {
    db.conn
        .execute("UPDATE tags SET name = ?2, updated_at = ?3 WHERE id = ?1", params![id, name, db.stamp()])?;
    Ok(())
}

/// Makes `alias` another spelling of the tag `tag_id`, and stamps the tag so `cop
/// import` carries the alias.
pub fn add_alias(db: &Db, alias: &str, tag_id: i64) -> Result<()> {
    db.conn.execute(
        "INSERT INTO tag_aliases (alias, tag_id, created_at) VALUES (?1, ?2, ?3)",
        params![alias, tag_id, db.stamp()],
    )?;
    db.touch_owner("tags", tag_id)
}

/// Forgets an alias; the tag stays, stamped so `cop import` carries the removal.
pub fn remove_alias(db: &Db, alias: &str) -> Result<()> {
    let owner: Option<i64> = db
        .conn
        .query_row("SELECT tag_id FROM tag_aliases WHERE alias = ?1", [alias], |r| r.get(0))
        .optional()?;
    db.conn.execute("DELETE FROM tag_aliases WHERE alias = ?1", [alias])?;
    match owner {
        Some(tag_id) => db.touch_owner("tags", tag_id),
        None => Ok(()),
    }
}

/// Moves every link of tag `from` to tag `into` (a record that has both keeps one link),
/// hands `from`'s aliases to `into`, deletes `from` and keeps its name as an alias of
/// `into`, leaving a tombstone of `from`. Every member, popup, resource and assist whose tags change is stamped, so the whole
/// community export and import carries the change. Returns how many records changed.
pub fn merge(db: &Db, from: i64, into: i64) -> Result<usize> {
    let stamp = db.stamp();
    let name: String = db.conn.query_row("SELECT name FROM tags WHERE id = ?1", [from], |r| r.get(0))?;
    let mut changed = db.conn.execute(
        "UPDATE members SET updated_at = ?2
          WHERE id IN (SELECT member_id FROM member_tags WHERE tag_id = ?1)",
        params![from, stamp],
    )?;
    changed += db.conn.execute(
        "UPDATE popups SET updated_at = ?2 WHERE id IN (SELECT popup_id FROM popup_tags WHERE tag_id = ?1)",
        params![from, stamp],
    )?;
    changed += db.conn.execute(
        "UPDATE resources SET updated_at = ?2
          WHERE id IN (SELECT resource_id FROM resource_tags WHERE tag_id = ?1)",
        params![from, stamp],
    )?;
    changed += db.conn.execute(
        "UPDATE assists SET updated_at = ?2 WHERE id IN (SELECT assist_id FROM assist_tags WHERE tag_id = ?1)",
        params![from, stamp],
    )?;
    db.conn.execute(
        "INSERT OR IGNORE INTO member_tags (member_id, kind, tag_id, created_at)
         SELECT member_id, kind, ?2, created_at FROM member_tags WHERE tag_id = ?1",
        params![from, into],
    )?;
    db.conn.execute(
        "INSERT OR IGNORE INTO popup_tags (popup_id, tag_id) SELECT popup_id, ?2 FROM popup_tags WHERE tag_id = ?1",
        params![from, into],
    )?;
    db.conn.execute(
        "INSERT OR IGNORE INTO resource_tags (resource_id, tag_id)
         SELECT resource_id, ?2 FROM resource_tags WHERE tag_id = ?1",
        params![from, into],
    )?;
    db.conn.execute(
        "INSERT OR IGNORE INTO assist_tags (assist_id, tag_id) SELECT assist_id, ?2 FROM assist_tags WHERE tag_id = ?1",
        params![from, into],
    )?;
    db.conn.execute("UPDATE tag_aliases SET tag_id = ?2 WHERE tag_id = ?1", params![from, into])?;
    // A tombstone, so an older document on another copy cannot bring `from` back.
    super::tombstones::record(db, "tags", from)?;
    db.conn.execute("DELETE FROM tags WHERE id = ?1", [from])?;
    add_alias(db, &name, into)?;
    db.conn.execute("UPDATE tags SET updated_at = ?2 WHERE id = ?1", params![into, stamp])?;
    Ok(changed)
}
