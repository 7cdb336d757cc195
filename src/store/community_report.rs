//! The reads behind `cop report html` that the terminal reports do not make: counts
//! rather than lists, so a community of 100,000 members fits in a few megabytes.

use chrono::{DateTime, Utc};

use super::{Db, parse_timestamp};
use crate::error::Result;

/// How many active members need a tag, and how many have it as expertise.
pub fn need_counts(db: &Db) -> Result<Vec<(String, u32, u32)>> {
    let mut stmt = db.conn.prepare(
        "SELECT t.name,
                sum(mt.kind = 'need'),
                (SELECT count(*) FROM member_tags e JOIN members x ON x.id = e.member_id
                  WHERE e.tag_id = t.id AND e.kind = 'expertise' AND x.status = 'active')
           FROM member_tags mt JOIN tags t ON t.id = mt.tag_id JOIN members m ON m.id = mt.member_id
          WHERE mt.kind = 'need' AND m.status = 'active'
          GROUP BY t.id ORDER BY 2 DESC, t.name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One facilitator: `(member id, name, sessions facilitated from `since` to `now`,
/// sessions planned after `now`, the start of the latest facilitated)`.
pub type Facilitation = (i64, String, u32, u32, Option<DateTime<Utc>>);

/// Everyone who facilitated a session (not cancelled) since `since` or will after `now`.
pub fn facilitations(db: &Db, since: &str, now: &str) -> Result<Vec<Facilitation>> {
    let mut stmt = db.conn.prepare(
        "SELECT m.id, m.name,
                sum(s.starts_at >= ?1 AND s.starts_at <= ?2),
                sum(s.starts_at > ?2),
                max(CASE WHEN s.starts_at <= ?2 THEN s.starts_at END)
           FROM session_facilitators f JOIN sessions s ON s.id = f.session_id
           JOIN members m ON m.id = f.member_id
          WHERE s.status <> 'cancelled' AND s.starts_at >= ?1
          GROUP BY m.id ORDER BY 3 DESC, 4 DESC, m.name COLLATE NOCASE, m.id",
    )?;
    let rows = stmt.query_map([since, now], |r| {
        let last: Option<String> = r.get(4)?;
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, last.map(|l| parse_timestamp(&l)).transpose()?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
