//! Sessions, their facilitators, RSVPs and attendance.

use rusqlite::params;

use super::{Db, new_uuid, timestamp};
use crate::domain::session::NewSession;
use crate::error::Result;

pub fn insert(db: &Db, s: &NewSession) -> Result<i64> {
    db.conn.execute(
        "INSERT INTO sessions (uuid, kind, title, starts_at, minutes, link, location, trainer, capacity,
                               note, popup_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        params![
            new_uuid(),
            s.kind.as_str(),
            s.title,
            timestamp(s.starts_at),
            s.minutes,
            s.link,
            s.location,
            s.trainer,
            s.capacity,
            s.note,
            s.popup_id,
            db.stamp()
        ],
    )?;
    Ok(db.conn.last_insert_rowid())
}

pub fn add_facilitator(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    db.conn.execute(
        "INSERT OR IGNORE INTO session_facilitators (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
        params![session_id, member_id, db.stamp()],
    )?;
    Ok(())
}

pub fn add_attendance(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    db.conn.execute(
        "INSERT OR IGNORE INTO attendance (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
        params![session_id, member_id, db.stamp()],
    )?;
    Ok(())
}
