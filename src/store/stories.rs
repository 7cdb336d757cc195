//! Value-creation stories.

use rusqlite::{OptionalExtension, Row, params};

use super::{Db, new_uuid, parse_timestamp};
use crate::domain::story::{NewStory, Source, Story, ValueCycle};
use crate::error::Result;

const SELECT: &str = "SELECT s.id, s.uuid, s.member_id, m.name, s.text, s.value, s.assist_id, s.popup_id,
       s.session_id, s.created_at, s.updated_at,
       CASE WHEN s.assist_id IS NOT NULL THEN 'assist ' || s.assist_id || ': ' || a.challenge
            WHEN s.popup_id IS NOT NULL THEN 'popup ' || s.popup_id || ': ' || p.title
            WHEN s.session_id IS NOT NULL THEN 'session ' || s.session_id || ': ' || x.title END
  FROM stories s JOIN members m ON m.id = s.member_id
  LEFT JOIN assists a ON a.id = s.assist_id
  LEFT JOIN popups p ON p.id = s.popup_id
  LEFT JOIN sessions x ON x.id = s.session_id";

fn from_row(r: &Row) -> rusqlite::Result<Story> {
    let value: Option<String> = r.get(5)?;
    Ok(Story {
        id: r.get(0)?,
        uuid: r.get(1)?,
        member_id: r.get(2)?,
        member: r.get(3)?,
        text: r.get(4)?,
        // A value this cop does not know reads as none (doctor names the row).
        value: value.and_then(|v| ValueCycle::parse(&v).ok()),
        assist_id: r.get(6)?,
        popup_id: r.get(7)?,
        session_id: r.get(8)?,
        created_at: parse_timestamp(&r.get::<_, String>(9)?)?,
        updated_at: parse_timestamp(&r.get::<_, String>(10)?)?,
        source: r.get(11)?,
    })
}

pub fn insert(db: &Db, s: &NewStory) -> Result<i64> {
    let (assist, popup, session) = match s.source {
        Source::None => (None, None, None),
        Source::Assist(id) => (Some(id), None, None),
        Source::Popup(id) => (None, Some(id), None),
        Source::Session(id) => (None, None, Some(id)),
    };
    db.conn.execute(
        "INSERT INTO stories (uuid, member_id, text, value, assist_id, popup_id, session_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![new_uuid(), s.member_id, s.text, s.value.map(ValueCycle::as_str), assist, popup, session, db.stamp()],
    )?;
    Ok(db.conn.last_insert_rowid())
}

pub fn get(db: &Db, id: i64) -> Result<Option<Story>> {
    let sql = format!("{SELECT} WHERE s.id = ?1");
    Ok(db.conn.query_row(&sql, [id], from_row).optional()?)
}

/// Stories, newest first; with a value or a member, only theirs.
pub fn list(db: &Db, value: Option<ValueCycle>, member_id: Option<i64>) -> Result<Vec<Story>> {
    let sql = format!(
        "{SELECT} WHERE (?1 IS NULL OR s.value = ?1) AND (?2 IS NULL OR s.member_id = ?2)
          ORDER BY s.created_at DESC, s.id DESC"
    );
    let mut stmt = db.conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params![value.map(ValueCycle::as_str), member_id], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// Whether the record a story says it came from exists.
pub fn source_exists(db: &Db, source: Source) -> Result<bool> {
    let (sql, id) = match source {
        Source::None => return Ok(true),
        Source::Assist(id) => ("SELECT count(*) FROM assists WHERE id = ?1", id),
        Source::Popup(id) => ("SELECT count(*) FROM popups WHERE id = ?1", id),
        Source::Session(id) => ("SELECT count(*) FROM sessions WHERE id = ?1", id),
    };
    Ok(db.conn.query_row(sql, [id], |r| r.get::<_, i64>(0))? > 0)
}

/// Keeps each of an assist's takeaways that names a member as that member's story from
/// the assist, unless it already is one (a resumed walk asks again); returns how many
/// were added.
pub fn add_from_takeaways(db: &Db, assist_id: i64, takeaways: &[(i64, String)]) -> Result<usize> {
    let mut added = 0;
    for (member_id, text) in takeaways {
        let known: i64 = db.conn.query_row(
            "SELECT count(*) FROM stories WHERE assist_id = ?1 AND member_id = ?2 AND text = ?3",
            params![assist_id, member_id, text],
            |r| r.get(0),
        )?;
        if known == 0 {
            let new = NewStory {
                member_id: *member_id,
                text: text.clone(),
                value: None,
                source: Source::Assist(assist_id),
            };
            insert(db, &new)?;
            added += 1;
        }
    }
    Ok(added)
}
