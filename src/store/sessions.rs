//! Sessions, their facilitators, RSVPs and attendance.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, Row, params, params_from_iter, types::Value};

use super::stored::{number, opt_number};
use super::{Db, new_uuid, parse_timestamp, timestamp};
use crate::domain::rules::last_moment;
use crate::domain::session::{
    self as rules, Link, Response, Rsvp, Session, SessionFields, SessionKind, SessionStatus,
};
use crate::error::{Error, Result};

/// The highest calendar version: an edit past it keeps it (RFC 5545's SEQUENCE is 32 bits).
pub(super) const SEQUENCE_MAX: i64 = crate::domain::rules::COUNTER_MAX;

/// A session's columns in the order `insert` and `update` both list them (kind to
/// note), so the two always write the same fields the same way.
fn field_values(s: &SessionFields) -> [Value; 9] {
    [
        s.kind.as_str().to_string().into(),
        s.title.clone().into(),
        timestamp(s.starts_at).into(),
        s.minutes.into(),
        s.link.clone().into(),
        s.location.clone().into(),
        s.trainer.clone().into(),
        s.capacity.into(),
        s.note.clone().into(),
    ]
}

pub fn insert(db: &Db, s: &SessionFields) -> Result<i64> {
    insert_as(db, s, &new_uuid())
}

/// [`insert`] with a given UUID (the demo generator's, drawn from its seed).
pub fn insert_as(db: &Db, s: &SessionFields, uuid: &str) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO sessions (uuid, kind, title, starts_at, minutes, link, location, trainer, capacity,
                                   note, popup_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(uuid.to_string()))
                .chain(field_values(s))
                .chain([Value::from(s.popup_id), Value::from(db.stamp())]),
        ))?;
    Ok(db.conn.last_insert_rowid())
}

// Every change to a session's facilitators, RSVPs or attendance stamps the session's
// `updated_at` (not its calendar `sequence`), so `cop import` carries the change.

/// Stamps the session when `changed` rows of one of its link sets changed.
fn touch_if(db: &Db, session_id: i64, changed: usize) -> Result<()> {
    if changed > 0 { db.touch_owner("sessions", session_id) } else { Ok(()) }
}

pub fn add_facilitator(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    add_facilitators(db, session_id, &[member_id])
}

/// [`add_facilitator`] for many members, stamping the session once.
pub fn add_facilitators(db: &Db, session_id: i64, member_ids: &[i64]) -> Result<()> {
    let mut stmt = db.conn.prepare_cached(
        "INSERT OR IGNORE INTO session_facilitators (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
    )?;
    let stamp = db.stamp();
    let mut n = 0;
    for m in member_ids {
        n += stmt.execute(params![session_id, m, stamp])?;
    }
    touch_if(db, session_id, n)
}

pub fn remove_facilitator(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    let n = db.conn.execute(
        "DELETE FROM session_facilitators WHERE session_id = ?1 AND member_id = ?2",
        params![session_id, member_id],
    )?;
    touch_if(db, session_id, n)
}

pub fn add_attendance(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    add_attendances(db, session_id, &[member_id])
}

/// [`add_attendance`] for many members, stamping the session once.
pub fn add_attendances(db: &Db, session_id: i64, member_ids: &[i64]) -> Result<()> {
    let mut stmt = db.conn.prepare_cached(
        "INSERT OR IGNORE INTO attendance (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
    )?;
    let stamp = db.stamp();
    let mut n = 0;
    for m in member_ids {
        n += stmt.execute(params![session_id, m, stamp])?;
    }
    touch_if(db, session_id, n)
}

/// Removes a member's attendance; false when they were not recorded as there.
pub fn remove_attendance(db: &Db, session_id: i64, member_id: i64) -> Result<bool> {
    let n = db.conn.execute(
        "DELETE FROM attendance WHERE session_id = ?1 AND member_id = ?2",
        params![session_id, member_id],
    )?;
    touch_if(db, session_id, n)?;
    Ok(n > 0)
}

/// Which sessions `sessions list` and `export` show.
#[derive(Clone, Debug, Default)]
pub struct SessionFilter {
    /// Only sessions starting at or after this moment.
    pub from: Option<DateTime<Utc>>,
    /// Only sessions starting before this moment.
    pub before: Option<DateTime<Utc>>,
    pub kind: Option<SessionKind>,
    /// Only sessions this member facilitates, answered or attended.
    pub member: Option<i64>,
    /// Newest first instead of oldest first.
    pub newest_first: bool,
}

const SELECT: &str = "SELECT s.id, s.uuid, s.kind, s.title, s.starts_at, s.minutes, s.link, s.location,
       s.trainer, s.capacity, s.note, s.status, s.cancel_reason, s.sequence, s.popup_id,
       s.created_at, s.updated_at
  FROM sessions s";

/// A stored word the schema's CHECK should have kept out (a row written with the
/// checks off): named, with where to find every such row.
fn text_error(msg: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        Box::new(std::io::Error::other(format!("a damaged row holds {msg}: `cop doctor` names each one"))),
    )
}

fn from_row(r: &Row) -> rusqlite::Result<Session> {
    let starts_at = parse_timestamp(&r.get::<_, String>(4)?)?;
    // Numbers a damaged row holds out of range are clamped, so the session still reads.
    let minutes: u32 = number(r, 5, rules::MINUTES)?;
    Ok(Session {
        id: r.get(0)?,
        uuid: r.get(1)?,
        kind: SessionKind::parse(&r.get::<_, String>(2)?).map_err(text_error)?,
        title: r.get(3)?,
        starts_at,
        ends_at: (starts_at + Duration::minutes(i64::from(minutes))).min(last_moment()),
        minutes,
        link: r.get(6)?,
        location: r.get(7)?,
        trainer: r.get(8)?,
        capacity: opt_number(r, 9, rules::CAPACITY)?,
        note: r.get(10)?,
        status: SessionStatus::parse(&r.get::<_, String>(11)?).map_err(text_error)?,
        cancel_reason: r.get(12)?,
        sequence: number(r, 13, rules::SEQUENCE)?,
        popup_id: r.get(14)?,
        created_at: parse_timestamp(&r.get::<_, String>(15)?)?,
        updated_at: parse_timestamp(&r.get::<_, String>(16)?)?,
        popup: None,
        assist: None,
        facilitators: Vec::new(),
        facilitator_names: Vec::new(),
        rsvps: Vec::new(),
        attendees: Vec::new(),
        member_names: Default::default(),
    })
}

/// Fills a session's facilitators, RSVPs, attendees, linked records and the names of
/// everyone linked, for the single-session view.
fn fill(db: &Db, s: &mut Session) -> Result<()> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT m.id, m.name FROM session_facilitators f JOIN members m ON m.id = f.member_id
          WHERE f.session_id = ?1 ORDER BY m.name COLLATE NOCASE, m.id",
    )?;
    let rows = stmt.query_map([s.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (id, name) = row?;
        s.facilitators.push(id);
        s.facilitator_names.push(name);
    }
    s.rsvps = rsvps(db, s.id)?;
    let mut stmt = db
        .conn
        .prepare_cached("SELECT member_id FROM attendance WHERE session_id = ?1 ORDER BY member_id")?;
    s.attendees = stmt.query_map([s.id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    s.member_names = member_names(db, s.id)?;
    if let Some(p) = s.popup_id {
        s.popup = db
            .conn
            .prepare_cached("SELECT id, title FROM popups WHERE id = ?1")?
            .query_row([p], |r| Ok(Link { id: r.get(0)?, title: r.get(1)? }))
            .optional()?;
    }
    s.assist = db
        .conn
        .prepare_cached("SELECT id, challenge FROM assists WHERE session_id = ?1 ORDER BY id LIMIT 1")?
        .query_row([s.id], |r| Ok(Link { id: r.get(0)?, title: r.get(1)? }))
        .optional()?;
    Ok(())
}

/// Fills the facilitators, RSVPs, attendees and linked records of many sessions with one
/// query per kind of link, rather than five small queries per session: a list of the
/// hundreds of sessions to come spent most of its time starting statements. The names of
/// everyone linked are left out: only the single-session view shows them.
fn fill_all(db: &Db, out: &mut [Session]) -> Result<()> {
    let at: std::collections::HashMap<i64, usize> = out.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
    let ids = format!("[{}]", out.iter().map(|s| s.id.to_string()).collect::<Vec<_>>().join(","));
    let mut stmt = db.conn.prepare(
        "SELECT f.session_id, m.id, m.name FROM session_facilitators f JOIN members m ON m.id = f.member_id
          WHERE f.session_id IN (SELECT value FROM json_each(?1))
          ORDER BY f.session_id, m.name COLLATE NOCASE, m.id",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
            out[i].facilitators.push(r.get(1)?);
            out[i].facilitator_names.push(r.get(2)?);
        }
    }
    let mut stmt = db.conn.prepare(
        "SELECT session_id, member_id, response, position FROM rsvps
          WHERE session_id IN (SELECT value FROM json_each(?1))
          ORDER BY session_id, response = 'waitlist', CASE WHEN response = 'waitlist' THEN position ELSE 0 END,
                   member_id",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
            out[i].rsvps.push(Rsvp {
                member_id: r.get(1)?,
                response: Response::parse(&r.get::<_, String>(2)?).map_err(text_error)?,
                position: number(r, 3, rules::POSITION)?,
            });
        }
    }
    let mut stmt = db.conn.prepare(
        "SELECT session_id, member_id FROM attendance WHERE session_id IN (SELECT value FROM json_each(?1))
          ORDER BY session_id, member_id",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
            out[i].attendees.push(r.get(1)?);
        }
    }
    let mut stmt = db.conn.prepare(
        "SELECT s.id, p.id, p.title FROM sessions s JOIN popups p ON p.id = s.popup_id
          WHERE s.id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
            out[i].popup = Some(Link { id: r.get(1)?, title: r.get(2)? });
        }
    }
    // The first assist held in each session, as a single session's view shows it.
    let mut stmt = db.conn.prepare(
        "SELECT session_id, id, challenge FROM assists WHERE session_id IN (SELECT value FROM json_each(?1))
          ORDER BY session_id, id",
    )?;
    let mut rows = stmt.query([&ids])?;
    while let Some(r) = rows.next()? {
        if let Some(&i) = at.get(&r.get::<_, i64>(0)?)
            && out[i].assist.is_none()
        {
            out[i].assist = Some(Link { id: r.get(1)?, title: r.get(2)? });
        }
    }
    Ok(())
}

/// The names of everyone linked to a session.
fn member_names(db: &Db, session_id: i64) -> Result<std::collections::BTreeMap<i64, String>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT id, name FROM members WHERE id IN (
            SELECT member_id FROM session_facilitators WHERE session_id = ?1
            UNION SELECT member_id FROM rsvps WHERE session_id = ?1
            UNION SELECT member_id FROM attendance WHERE session_id = ?1)",
    )?;
    let names = stmt.query_map([session_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    Ok(names.collect::<rusqlite::Result<_>>()?)
}

pub fn get(db: &Db, id: i64) -> Result<Option<Session>> {
    let sql = format!("{SELECT} WHERE s.id = ?1");
    let Some(mut s) = db.conn.query_row(&sql, [id], from_row).optional()? else {
        return Ok(None);
    };
    fill(db, &mut s)?;
    Ok(Some(s))
}

/// Finds a session by its id, or says there is none (exit 3).
pub fn require(db: &Db, id: i64) -> Result<Session> {
    get(db, id)?.ok_or_else(|| Error::not_found(format!("no session with id {id}")))
}

/// The sessions the filter selects, in time order.
pub fn list(db: &Db, f: &SessionFilter) -> Result<Vec<Session>> {
    let mut sql = format!("{SELECT} WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(from) = f.from {
        sql.push_str(" AND s.starts_at >= ?");
        args.push(Value::Text(timestamp(from)));
    }
    if let Some(before) = f.before {
        sql.push_str(" AND s.starts_at < ?");
        args.push(Value::Text(timestamp(before)));
    }
    if let Some(kind) = f.kind {
        sql.push_str(" AND s.kind = ?");
        args.push(Value::Text(kind.as_str().into()));
    }
    if let Some(m) = f.member {
        sql.push_str(
            " AND (EXISTS (SELECT 1 FROM session_facilitators x WHERE x.session_id = s.id AND x.member_id = ?)
                OR EXISTS (SELECT 1 FROM rsvps x WHERE x.session_id = s.id AND x.member_id = ?)
                OR EXISTS (SELECT 1 FROM attendance x WHERE x.session_id = s.id AND x.member_id = ?))",
        );
        args.extend([Value::Integer(m), Value::Integer(m), Value::Integer(m)]);
    }
    sql.push_str(if f.newest_first {
        " ORDER BY s.starts_at DESC, s.id DESC"
    } else {
        " ORDER BY s.starts_at, s.id"
    });
    // `Store::read` already holds one read transaction for the list and every session's
    // links: one snapshot, one shared lock.
    let mut stmt = db.conn.prepare(&sql)?;
    let mut out: Vec<Session> =
        stmt.query_map(params_from_iter(args), from_row)?.collect::<rusqlite::Result<_>>()?;
    fill_all(db, &mut out)?;
    Ok(out)
}

/// Writes a session's editable fields and counts a new version for calendars.
pub fn update(db: &Db, id: i64, s: &SessionFields) -> Result<()> {
    db.conn
        .prepare_cached(
            "UPDATE sessions SET kind = ?2, title = ?3, starts_at = ?4, minutes = ?5, link = ?6, location = ?7,
                    trainer = ?8, capacity = ?9, note = ?10, sequence = min(sequence + 1, ?11), updated_at = ?12
              WHERE id = ?1",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(id))
                .chain(field_values(s))
                .chain([Value::from(SEQUENCE_MAX), Value::from(db.stamp())]),
        ))?;
    Ok(())
}

/// Counts a new calendar version of a session whose facilitators changed.
pub fn touch(db: &Db, id: i64) -> Result<()> {
    db.conn.execute(
        "UPDATE sessions SET sequence = min(sequence + 1, ?3), updated_at = ?2 WHERE id = ?1",
        params![id, db.stamp(), SEQUENCE_MAX],
    )?;
    Ok(())
}

pub fn cancel(db: &Db, id: i64, reason: Option<&str>) -> Result<()> {
    db.conn.execute(
        "UPDATE sessions SET status = 'cancelled', cancel_reason = ?2, sequence = min(sequence + 1, ?4),
                updated_at = ?3
          WHERE id = ?1",
        params![id, reason, db.stamp(), SEQUENCE_MAX],
    )?;
    Ok(())
}

/// A session's RSVPs, waitlist in line order after the others.
pub fn rsvps(db: &Db, session_id: i64) -> Result<Vec<Rsvp>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT member_id, response, position FROM rsvps WHERE session_id = ?1
          ORDER BY response = 'waitlist', CASE WHEN response = 'waitlist' THEN position ELSE 0 END, member_id",
    )?;
    let rows = stmt.query_map([session_id], |r| {
        Ok(Rsvp {
            member_id: r.get(0)?,
            response: Response::parse(&r.get::<_, String>(1)?).map_err(text_error)?,
            position: number(r, 2, rules::POSITION)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Writes RSVPs that differ from what is stored (new ones included).
pub fn save_rsvps(db: &Db, session_id: i64, before: &[Rsvp], after: &[Rsvp]) -> Result<()> {
    let stamp = db.stamp();
    let mut stmt = db.conn.prepare_cached(
        "INSERT INTO rsvps (session_id, member_id, response, position, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)
         ON CONFLICT (session_id, member_id)
         DO UPDATE SET response = excluded.response, position = excluded.position, updated_at = excluded.updated_at",
    )?;
    let mut changed = 0;
    for r in after {
        if !before.contains(r) {
            changed +=
                stmt.execute(params![session_id, r.member_id, r.response.as_str(), r.position, stamp])?;
        }
    }
    touch_if(db, session_id, changed)
}

/// Each member's count of facilitations (of sessions not cancelled) and the start of
/// their latest one.
pub fn facilitation_history(db: &Db) -> Result<Vec<(i64, u32, DateTime<Utc>)>> {
    let mut stmt = db.conn.prepare(
        "SELECT f.member_id, count(*), max(s.starts_at) FROM session_facilitators f
           JOIN sessions s ON s.id = f.session_id
          WHERE s.status = 'scheduled' GROUP BY f.member_id",
    )?;
    let rows =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, parse_timestamp(&r.get::<_, String>(2)?)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Names of members by id, for messages.
pub fn member_name(db: &Db, id: i64) -> Result<String> {
    Ok(db
        .conn
        .query_row("SELECT name FROM members WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .unwrap_or_else(|| format!("member {id}")))
}
