//! Resources and their tags.

use rusqlite::{OptionalExtension, Row, params};

use super::{Db, new_uuid, parse_timestamp, tags};
use crate::domain::resource::{NewResource, Resource};
use crate::error::Result;

const SELECT: &str = "SELECT r.id, r.uuid, r.title, r.url, r.note, r.assist_id, r.popup_id, r.session_id,
       r.created_at, r.updated_at,
       (SELECT group_concat(t.name, ',' ORDER BY t.name) FROM resource_tags rt JOIN tags t ON t.id = rt.tag_id
         WHERE rt.resource_id = r.id)
  FROM resources r";

fn from_row(r: &Row) -> rusqlite::Result<Resource> {
    let tags: Option<String> = r.get(10)?;
    Ok(Resource {
        id: r.get(0)?,
        uuid: r.get(1)?,
        title: r.get(2)?,
        url: r.get(3)?,
        note: r.get(4)?,
        assist_id: r.get(5)?,
        popup_id: r.get(6)?,
        session_id: r.get(7)?,
        created_at: parse_timestamp(&r.get::<_, String>(8)?)?,
        updated_at: parse_timestamp(&r.get::<_, String>(9)?)?,
        tags: tags.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default(),
    })
}

pub fn insert(db: &Db, r: &NewResource) -> Result<i64> {
    db.conn.execute(
        "INSERT INTO resources (uuid, title, url, note, assist_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![new_uuid(), r.title, r.url, r.note, r.assist_id, db.stamp()],
    )?;
    let id = db.conn.last_insert_rowid();
    for t in &r.tags {
        let tag = tags::ensure(db, t)?;
        db.conn.execute(
            "INSERT OR IGNORE INTO resource_tags (resource_id, tag_id) VALUES (?1, ?2)",
            params![id, tag],
        )?;
    }
    Ok(id)
}

/// Changes the title and link of a resource suggested in an assist.
pub fn update_link(db: &Db, id: i64, title: &str, url: Option<&str>) -> Result<()> {
    db.conn.execute(
        "UPDATE resources SET title = ?2, url = ?3, updated_at = ?4
          WHERE id = ?1 AND (title IS NOT ?2 OR url IS NOT ?3)",
        params![id, title, url, db.stamp()],
    )?;
    Ok(())
}

/// Forgets which assist a resource came from; the resource itself stays.
pub fn unlink_from_assist(db: &Db, id: i64) -> Result<()> {
    db.conn.execute(
        "UPDATE resources SET assist_id = NULL, updated_at = ?2 WHERE id = ?1",
        params![id, db.stamp()],
    )?;
    Ok(())
}

pub fn get(db: &Db, id: i64) -> Result<Option<Resource>> {
    let sql = format!("{SELECT} WHERE r.id = ?1");
    Ok(db.conn.query_row(&sql, [id], from_row).optional()?)
}

/// Resources in the order they were added; with a tag, only those carrying it (or its alias).
pub fn list(db: &Db, tag: Option<&str>, assist_id: Option<i64>) -> Result<Vec<Resource>> {
    let tag_id = match tag {
        Some(t) => match tags::find(db, t)? {
            Some(id) => Some(id),
            None => return Ok(Vec::new()),
        },
        None => None,
    };
    let sql = format!(
        "{SELECT} WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM resource_tags rt
                                               WHERE rt.resource_id = r.id AND rt.tag_id = ?1))
            AND (?2 IS NULL OR r.assist_id = ?2)
          ORDER BY r.id"
    );
    let mut stmt = db.conn.prepare(&sql)?;
    let rows = stmt.query_map(params![tag_id, assist_id], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The resources suggested in an assist, in the order they were added.
pub fn of_assist(db: &Db, assist_id: i64) -> Result<Vec<Resource>> {
    list(db, None, Some(assist_id))
}
