//! The reads behind `cop report`: who took part in what and when, what happened, and
//! who needs or knows what. Cancelled sessions and cancelled popups never count.

use chrono::{DateTime, NaiveDate, Utc};

use super::{Db, parse_timestamp};
use crate::domain::engagement::Kind;
use crate::domain::member::Role;
use crate::domain::session::SessionKind;
use crate::error::Result;

/// An active member, as the reports see them.
#[derive(Clone, Debug)]
pub struct ReportMember {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub joined_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
}

/// Every active member, by name.
pub fn active_members(db: &Db) -> Result<Vec<ReportMember>> {
    let mut stmt = db.conn.prepare(
        "SELECT id, name, role, joined_on, created_at FROM members
          WHERE status = 'active' ORDER BY name COLLATE NOCASE, id",
    )?;
    let rows = stmt.query_map([], |r| {
        let joined: Option<String> = r.get(3)?;
        Ok(ReportMember {
            id: r.get(0)?,
            name: r.get(1)?,
            // A role this cop does not know reads as a plain member.
            role: Role::parse(&r.get::<_, String>(2)?).unwrap_or_default(),
            joined_on: joined.and_then(|j| NaiveDate::parse_from_str(&j, "%Y-%m-%d").ok()),
            created_at: parse_timestamp(&r.get::<_, String>(4)?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every participation of every member: sessions attended and facilitated (not
/// cancelled), assists presented, listened to or facilitated (logged ones only:
/// requests are not held yet and a draft's log is not finished, so neither counts),
/// popups joined (not cancelled; dated when the place in the popup last changed, which
/// is when they joined).
pub fn participations(db: &Db) -> Result<Vec<(i64, Kind, DateTime<Utc>)>> {
    db.cache_for_joins()?;
    let mut stmt = db.conn.prepare(PARTICIPATIONS)?;
    let rows = stmt.query_map([], |r| {
        let kind = match r.get::<_, String>(1)?.as_str() {
            "attended" => Kind::Attended,
            "facilitated" => Kind::Facilitated,
            "assist" => Kind::Assist,
            _ => Kind::Popup,
        };
        Ok((r.get(0)?, kind, parse_timestamp(&r.get::<_, String>(2)?)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Who took part in what, and when: `(member id, kind, moment)`.
const PARTICIPATIONS: &str = "SELECT a.member_id, 'attended', s.starts_at FROM attendance a
           JOIN sessions s ON s.id = a.session_id WHERE s.status <> 'cancelled'
         UNION ALL
         SELECT f.member_id, 'facilitated', s.starts_at FROM session_facilitators f
           JOIN sessions s ON s.id = f.session_id WHERE s.status <> 'cancelled'
         UNION ALL
         SELECT p.member_id, 'assist', x.held_at FROM assists x
           JOIN (SELECT DISTINCT assist_id, member_id FROM assist_people
                  WHERE role IN ('presenter', 'listener', 'facilitator')) p ON p.assist_id = x.id
          WHERE x.status = 'logged'
         UNION ALL
         SELECT m.member_id, 'popup', m.updated_at FROM popup_members m
           JOIN popups p ON p.id = m.popup_id WHERE m.status = 'joined' AND p.status <> 'cancelled'";

/// One member's participations, as [`participations`] counts them (`members show`).
pub fn participations_of(db: &Db, member_id: i64) -> Result<Vec<(Kind, DateTime<Utc>)>> {
    let mut stmt = db.conn.prepare(
        "SELECT 'attended', s.starts_at FROM attendance a
           JOIN sessions s ON s.id = a.session_id WHERE a.member_id = ?1 AND s.status <> 'cancelled'
         UNION ALL
         SELECT 'facilitated', s.starts_at FROM session_facilitators f
           JOIN sessions s ON s.id = f.session_id WHERE f.member_id = ?1 AND s.status <> 'cancelled'
         UNION ALL
         SELECT 'assist', x.held_at FROM assists x
           JOIN (SELECT DISTINCT assist_id FROM assist_people
                  WHERE member_id = ?1 AND role IN ('presenter', 'listener', 'facilitator')) p
             ON p.assist_id = x.id
          WHERE x.status = 'logged'
         UNION ALL
         SELECT 'popup', m.updated_at FROM popup_members m
           JOIN popups p ON p.id = m.popup_id
          WHERE m.member_id = ?1 AND m.status = 'joined' AND p.status <> 'cancelled'",
    )?;
    let rows = stmt.query_map([member_id], |r| {
        let kind = match r.get::<_, String>(0)?.as_str() {
            "attended" => Kind::Attended,
            "facilitated" => Kind::Facilitated,
            "assist" => Kind::Assist,
            _ => Kind::Popup,
        };
        Ok((kind, parse_timestamp(&r.get::<_, String>(1)?)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Hands every participation, as [`participations`] counts them, to `each` one by one,
/// so a caller can keep them compactly (a million rows are 24 MiB as a list of
/// tuples). The page cache stays at 16 MiB and nothing is memory-mapped: `report html`
/// must stay within 64 MiB on 100,000 members.
pub fn each_participation(db: &Db, mut each: impl FnMut(i64, Kind, DateTime<Utc>)) -> Result<()> {
    db.grow_cache(16)?;
    let mut stmt = db.conn.prepare(PARTICIPATIONS)?;
    let mut rows = stmt.query([])?;
    let text = |r: &rusqlite::Row<'_>, i: usize| -> rusqlite::Result<String> { r.get(i) };
    while let Some(r) = rows.next()? {
        let kind = match r.get_ref(1)?.as_str().unwrap_or("") {
            "attended" => Kind::Attended,
            "facilitated" => Kind::Facilitated,
            "assist" => Kind::Assist,
            _ => Kind::Popup,
        };
        each(r.get(0)?, kind, parse_timestamp(&text(r, 2)?)?);
    }
    Ok(())
}

/// Something dated that `report activity` counts.
#[derive(Clone, Copy, Debug)]
pub enum Event {
    Session(SessionKind),
    Assist,
    PopupProposed,
    PopupDone,
}

/// Sessions held (not cancelled), assists logged (not requests or drafts, as for
/// participations), popups proposed and popups done, with when.
pub fn events(db: &Db) -> Result<Vec<(Event, DateTime<Utc>)>> {
    let mut stmt = db.conn.prepare(
        "SELECT kind, starts_at FROM sessions WHERE status <> 'cancelled'
         UNION ALL SELECT 'assists', held_at FROM assists WHERE status = 'logged'
         UNION ALL SELECT 'proposed', created_at FROM popups
         UNION ALL SELECT 'done', coalesce(closed_at, updated_at) FROM popups WHERE status = 'done'",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (what, at) = row?;
        let event = match what.as_str() {
            "assists" => Event::Assist,
            "proposed" => Event::PopupProposed,
            "done" => Event::PopupDone,
            kind => match SessionKind::parse(kind) {
                Ok(k) => Event::Session(k),
                Err(_) => continue,
            },
        };
        out.push((event, parse_timestamp(&at)?));
    }
    Ok(out)
}

/// A person linked to a tag: `(tag, member id, member name)`.
pub type TagPerson = (String, i64, String);

/// Active members with a tag of `kind` (`need` or `expertise`), by tag and name. A need
/// is met, and left out, for a member who joined a popup on it that is done since they
/// named it; naming it again afterwards (remove it, add it) makes it open again.
pub fn members_by_tag(db: &Db, kind: &str) -> Result<Vec<TagPerson>> {
    let mut stmt = db.conn.prepare(
        "SELECT t.name, m.id, m.name FROM member_tags mt
           JOIN tags t ON t.id = mt.tag_id JOIN members m ON m.id = mt.member_id
          WHERE mt.kind = ?1 AND m.status = 'active'
            AND NOT (?1 = 'need' AND EXISTS (
                SELECT 1 FROM popup_members pm JOIN popups p ON p.id = pm.popup_id
                  JOIN popup_tags pt ON pt.popup_id = p.id
                 WHERE pm.member_id = m.id AND pm.status = 'joined' AND p.status = 'done'
                   AND pt.tag_id = mt.tag_id AND coalesce(p.closed_at, p.updated_at) >= mt.created_at))
          ORDER BY t.name, m.name COLLATE NOCASE, m.id",
    )?;
    let rows = stmt.query_map([kind], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Popups that are not cancelled, by tag: `(tag, popup id, title, status)`.
pub fn popups_by_tag(db: &Db) -> Result<Vec<(String, i64, String, String)>> {
    let mut stmt = db.conn.prepare(
        "SELECT t.name, p.id, p.title, p.status FROM popup_tags pt
           JOIN tags t ON t.id = pt.tag_id JOIN popups p ON p.id = pt.popup_id
          WHERE p.status <> 'cancelled'
          ORDER BY t.name, p.id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
