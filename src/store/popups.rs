//! Popups, their tags and members.

use rusqlite::params;

use super::{Db, new_uuid, tags};
use crate::domain::popup::{NewPopup, Participation};
use crate::error::Result;

pub fn insert(db: &Db, p: &NewPopup) -> Result<i64> {
    let stamp = db.stamp();
    db.conn.execute(
        "INSERT INTO popups (uuid, title, description, proposer_id, needs_expert, expert_id, external_expert,
                             max_members, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            new_uuid(),
            p.title,
            p.description,
            p.proposer_id,
            p.needs_expert,
            p.expert_id,
            p.external_expert,
            p.max_members,
            stamp
        ],
    )?;
    let id = db.conn.last_insert_rowid();
    for t in &p.tags {
        db.conn.execute(
            "INSERT OR IGNORE INTO popup_tags (popup_id, tag_id) VALUES (?1, ?2)",
            params![id, tags::ensure(db, t)?],
        )?;
    }
    Ok(id)
}

/// Sets a member's place in a popup; a new `waiting` place goes to the end of the line.
pub fn set_member(db: &Db, popup_id: i64, member_id: i64, status: Participation) -> Result<()> {
    let stamp = db.stamp();
    db.conn.execute(
        "INSERT INTO popup_members (popup_id, member_id, status, position, created_at, updated_at)
         VALUES (?1, ?2, ?3,
                 (SELECT coalesce(max(position), 0) + 1 FROM popup_members WHERE popup_id = ?1), ?4, ?4)
         ON CONFLICT (popup_id, member_id)
         DO UPDATE SET status = excluded.status, position = excluded.position, updated_at = excluded.updated_at",
        params![popup_id, member_id, status.as_str(), stamp],
    )?;
    Ok(())
}
