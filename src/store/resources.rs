//! Resources and their tags.

use rusqlite::{OptionalExtension, Row, params};

use super::{Db, new_uuid, parse_timestamp, tags};
use crate::domain::resource::{self, NewResource, Resource};
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

/// Adds a resource, or hands back the one already kept that it is
/// ([`resource::is_same`]: the same link, or without one the same title;
/// [`Same::collides_with`]): that one gains the new tags and the assist, and the note
/// fills an empty one. An assist that suggests a link twice, or is logged again from its
/// file, keeps one resource.
pub fn insert(db: &Db, r: &NewResource) -> Result<i64> {
    let same = find_same(db, &r.title, r.url.as_deref())?;
    let kept = same
        .iter()
        .find(|k| r.assist_id.is_some() && k.assist_id == r.assist_id)
        .or_else(|| same.iter().find(|k| k.collides_with(r.assist_id)));
    let id = match kept {
        Some(k) => {
            db.conn.execute(
                "UPDATE resources SET assist_id = coalesce(assist_id, ?2), note = coalesce(note, ?3), updated_at = ?4
                  WHERE id = ?1",
                params![k.id, r.assist_id, r.note, db.stamp()],
            )?;
            k.id
        }
        None => {
            db.conn.execute(
                "INSERT INTO resources (uuid, title, url, note, assist_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![new_uuid(), r.title, r.url, r.note, r.assist_id, db.stamp()],
            )?;
            db.conn.last_insert_rowid()
        }
    };
    add_tags(db, id, &r.tags)?;
    Ok(id)
}

fn add_tags(db: &Db, id: i64, names: &[String]) -> Result<()> {
    for t in names {
        let tag = tags::ensure(db, t)?;
        db.conn.execute(
            "INSERT OR IGNORE INTO resource_tags (resource_id, tag_id) VALUES (?1, ?2)",
            params![id, tag],
        )?;
    }
    Ok(())
}

/// A kept resource with the link (or title) of another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Same {
    pub id: i64,
    pub assist_id: Option<i64>,
}

impl Same {
    /// Whether it is the one resource a resource of `assist_id` would be: when either
    /// comes from no assist, or both from the same one. Two assists that suggest the
    /// same link each keep theirs, so each still lists what was suggested in it.
    pub fn collides_with(&self, assist_id: Option<i64>) -> bool {
        self.assist_id.is_none() || assist_id.is_none() || self.assist_id == assist_id
    }
}

/// Every kept resource that `title` and `url` name ([`resource::is_same`]), oldest
/// first. The folding is Unicode-aware, so it is done here rather than in SQL (whose
/// `lower` is ASCII only); resources number in the hundreds, not millions.
pub fn find_same(db: &Db, title: &str, url: Option<&str>) -> Result<Vec<Same>> {
    let mut stmt = db.conn.prepare_cached("SELECT id, title, url, assist_id FROM resources ORDER BY id")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let (kept_title, kept_url): (String, Option<String>) = (row.get(1)?, row.get(2)?);
        if resource::is_same(title, url, &kept_title, kept_url.as_deref()) {
            out.push(Same { id: row.get(0)?, assist_id: row.get(3)? });
        }
    }
    Ok(out)
}

/// Writes a resource's title, link, note, tags and assist as `r` has them (`resources
/// edit`); tags not in `r.tags` are taken off.
pub fn update(db: &Db, r: &Resource) -> Result<()> {
    db.conn.execute(
        "UPDATE resources SET title = ?2, url = ?3, note = ?4, assist_id = ?5, updated_at = ?6 WHERE id = ?1",
        params![r.id, r.title, r.url, r.note, r.assist_id, db.stamp()],
    )?;
    db.conn.execute("DELETE FROM resource_tags WHERE resource_id = ?1", [r.id])?;
    add_tags(db, r.id, &r.tags)
}

/// Deletes a resource, leaving a tombstone so `cop import` deletes it on other copies
/// too and never brings it back.
pub fn remove(db: &Db, id: i64) -> Result<()> {
    super::tombstones::record(db, "resources", id)?;
    db.conn.execute("DELETE FROM resources WHERE id = ?1", [id])?;
    Ok(())
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
