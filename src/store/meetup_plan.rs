//! The reads `meetup plan` needs to plan around what is already on the calendar: the
//! meetups of the title already planned, and every session a member leads.

use chrono::{DateTime, Utc};

use super::{Db, parse_timestamp};
use crate::error::Result;

/// A session that is not cancelled: `(id, title, starts_at, minutes)`.
pub type Planned = (i64, String, DateTime<Utc>, u32);

/// Every meetup not cancelled, by start; the caller compares titles, folding case in
/// Unicode as SQL's `lower` cannot.
pub fn meetups(db: &Db) -> Result<Vec<Planned>> {
    let mut stmt = db.conn.prepare(
        "SELECT id, title, starts_at, minutes FROM sessions
          WHERE kind = 'meetup' AND status <> 'cancelled' ORDER BY starts_at, id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get(0)?, r.get(1)?, parse_timestamp(&r.get::<_, String>(2)?)?, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A member leading a session: facilitating it, presenting in the assist held in it, or
/// being the expert of its popup.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Commitment {
    pub member_id: i64,
    pub session_id: i64,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
}

/// Every commitment in a session that is not cancelled.
pub fn commitments(db: &Db) -> Result<Vec<Commitment>> {
    let mut stmt = db.conn.prepare(
        "SELECT f.member_id, s.id, s.starts_at, s.minutes FROM session_facilitators f
           JOIN sessions s ON s.id = f.session_id WHERE s.status <> 'cancelled'
         UNION
         SELECT p.member_id, s.id, s.starts_at, s.minutes FROM assist_people p
           JOIN assists a ON a.id = p.assist_id JOIN sessions s ON s.id = a.session_id
          WHERE p.role = 'presenter' AND s.status <> 'cancelled'
         UNION
         SELECT x.expert_id, s.id, s.starts_at, s.minutes FROM popups x
           JOIN sessions s ON s.popup_id = x.id
          WHERE x.expert_id IS NOT NULL AND s.status <> 'cancelled'",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Commitment {
            member_id: r.get(0)?,
            session_id: r.get(1)?,
            starts_at: parse_timestamp(&r.get::<_, String>(2)?)?,
            minutes: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
