//! Peer assist requests: the tags of an assist, the listeners a request invites and
//! their answers, and what `assist match` and `assist schedule` read about members.
//!
//! Every change to a request's tags or invitations stamps the assist, so `cop import`
//! carries it (they are links owned by the assist).

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use rusqlite::{OptionalExtension, params};

use super::popups::{StoredAvailability, tag_ids};
use super::{Db, matching, tags, timestamp};
use crate::domain::assist::{Invitation, InvitationStatus, MemberRef};
use crate::domain::listeners::{BUSY_DAYS, Listener};
use crate::domain::member::TagKind;
use crate::error::{Error, Result};

/// Replaces an assist's tags (normalized names; aliases stand for their tag).
pub fn set_tags(db: &Db, assist_id: i64, names: &[String]) -> Result<()> {
    db.touch_owner("assists", assist_id)?;
    db.conn.execute("DELETE FROM assist_tags WHERE assist_id = ?1", [assist_id])?;
    let mut stmt =
        db.conn.prepare_cached("INSERT OR IGNORE INTO assist_tags (assist_id, tag_id) VALUES (?1, ?2)")?;
    for t in names {
        stmt.execute(params![assist_id, tags::ensure(db, t)?])?;
    }
    Ok(())
}

/// An assist's tags, by name.
pub fn tags_of(db: &Db, assist_id: i64) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT t.name FROM assist_tags a JOIN tags t ON t.id = a.tag_id WHERE a.assist_id = ?1 ORDER BY t.name",
    )?;
    let names = stmt.query_map([assist_id], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(names)
}

/// A request's invitations with the invited members' names, in the order they were sent.
pub fn invitations(db: &Db, assist_id: i64) -> Result<Vec<(Invitation, String)>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT i.member_id, i.status, m.name FROM assist_invitations i JOIN members m ON m.id = i.member_id
          WHERE i.assist_id = ?1 ORDER BY i.created_at, m.name, m.id",
    )?;
    let rows =
        stmt.query_map([assist_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get(2)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (member_id, status, name) = row?;
        let status = InvitationStatus::parse(&status).map_err(Error::runtime)?;
        out.push((Invitation { member_id, status }, name));
    }
    Ok(out)
}

/// Where a member's invitation to a request stands, if they have one.
pub fn invitation(db: &Db, assist_id: i64, member_id: i64) -> Result<Option<InvitationStatus>> {
    let status: Option<String> = db
        .conn
        .query_row(
            "SELECT status FROM assist_invitations WHERE assist_id = ?1 AND member_id = ?2",
            params![assist_id, member_id],
            |r| r.get(0),
        )
        .optional()?;
    status.map(|s| InvitationStatus::parse(&s).map_err(Error::runtime)).transpose()
}

/// Records an invitation or its answer (a new one or a change), stamping the assist.
pub fn set_invitation(db: &Db, assist_id: i64, member_id: i64, status: InvitationStatus) -> Result<()> {
    db.touch_owner("assists", assist_id)?;
    db.conn.execute(
        "INSERT INTO assist_invitations (assist_id, member_id, status, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (assist_id, member_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
        params![assist_id, member_id, status.as_str(), db.stamp()],
    )?;
    Ok(())
}

/// Takes a member out of an assist's listeners; stamps the assist when they were one.
pub fn remove_listener(db: &Db, assist_id: i64, member_id: i64) -> Result<()> {
    let n = db.conn.execute(
        "DELETE FROM assist_people WHERE assist_id = ?1 AND member_id = ?2 AND role = 'listener'",
        params![assist_id, member_id],
    )?;
    if n > 0 {
        db.touch_owner("assists", assist_id)?;
    }
    Ok(())
}

/// Links a request to its session and holds it then.
pub fn set_session(db: &Db, assist_id: i64, session_id: i64, starts_at: DateTime<Utc>) -> Result<()> {
    db.conn.execute(
        "UPDATE assists SET session_id = ?2, held_at = ?3, updated_at = ?4 WHERE id = ?1",
        params![assist_id, session_id, timestamp(starts_at), db.stamp()],
    )?;
    Ok(())
}

/// Withdraws a member's unanswered invitation to a session still to come (an answer
/// they gave stays); stamps the session when there was one.
pub fn uninvite_from_session(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    let n = db.conn.execute(
        "DELETE FROM rsvps WHERE session_id = ?1 AND member_id = ?2 AND response = 'invited'
            AND session_id IN (SELECT id FROM sessions WHERE starts_at > ?3)",
        params![session_id, member_id, db.stamp()],
    )?;
    if n > 0 {
        db.touch_owner("sessions", session_id)?;
    }
    Ok(())
}

/// Whether a session is still to come and not cancelled.
pub fn session_to_come(db: &Db, session_id: i64) -> Result<bool> {
    Ok(db
        .conn
        .query_row(
            "SELECT 1 FROM sessions WHERE id = ?1 AND status = 'scheduled' AND starts_at > ?2",
            params![session_id, db.stamp()],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// A member's name and email, for an invitation.
pub fn contact(db: &Db, member_id: i64) -> Result<(String, Option<String>)> {
    Ok(db.conn.query_row("SELECT name, email FROM members WHERE id = ?1", [member_id], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })?)
}

fn ids(refs: &[MemberRef]) -> Vec<i64> {
    refs.iter().filter_map(|r| if let MemberRef::Id(id) = r { Some(*id) } else { None }).collect()
}

/// The possible listeners for request `assist_id`, presented by `presenters`: active
/// members not paused on `today` whose interests or expertise meet its tags, or who took part in an assist held
/// on them, less the presenters, everyone already in the assist and everyone asked (who
/// answered or not), with what [`crate::domain::listeners::rank`] weighs. Their names and
/// when they last took part are left for [`matching::known`].
pub fn listener_candidates(
    db: &Db,
    assist_id: i64,
    presenters: &[MemberRef],
    today: chrono::NaiveDate,
) -> Result<Vec<Listener>> {
    let tags = tag_ids(
        db,
        "SELECT a.tag_id, t.name FROM assist_tags a JOIN tags t ON t.id = a.tag_id WHERE a.assist_id = ?1",
        assist_id,
    )?;
    let links = matching::holding(db, &tags, &[TagKind::Interest, TagKind::Expertise])?;
    // (member, tag, assists): who took part in assists held on each tag. A member's roles
    // in one assist are neighbours in `assist_people`, so each assist counts once without
    // SQL sorting every row to count distinct assists.
    let mut stmt = db.conn.prepare_cached(
        "SELECT p.assist_id, p.member_id FROM assist_tags t
           JOIN assists a ON a.id = t.assist_id JOIN assist_people p ON p.assist_id = t.assist_id
          WHERE t.tag_id = ?1 AND a.status <> 'requested' AND a.id <> ?2",
    )?;
    let mut experienced: Vec<(i64, String, u32)> = Vec::new();
    for (tag_id, name) in &tags {
        let mut times: HashMap<i64, u32> = HashMap::new();
        let mut last = None;
        for row in
            stmt.query_map(params![tag_id, assist_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
        {
            let row = row?;
            if last != Some(row) {
                *times.entry(row.1).or_default() += 1;
            }
            last = Some(row);
        }
        experienced.extend(times.into_iter().map(|(member, n)| (member, name.clone(), n)));
    }
    let mut excluded = matching::never_offered(db, today)?;
    excluded.extend(ids(presenters));
    let mut stmt = db.conn.prepare_cached(
        "SELECT member_id FROM assist_people WHERE assist_id = ?1
         UNION SELECT member_id FROM assist_invitations WHERE assist_id = ?1",
    )?;
    for id in stmt.query_map([assist_id], |r| r.get(0))? {
        excluded.push(id?);
    }
    let everyone = links.iter().map(|l| l.0).chain(experienced.iter().map(|e| e.0)).collect();
    let pool = matching::Pool::new(everyone, &excluded);
    let mut out: Vec<Listener> = matching::candidates(&pool, links)
        .into_iter()
        .map(|member| Listener { member, ..Listener::default() })
        .collect();
    for (member, tag, n) in experienced {
        if let Some(i) = pool.slot(member) {
            out[i].assists_on.push((tag, n));
        }
    }
    load(db, assist_id, &pool, &mut out)?;
    heard(db, assist_id, presenters, &pool, &mut out)?;
    Ok(out)
}

/// How many assists each candidate is a listener in, held or planned within
/// [`BUSY_DAYS`] of now (this request left out).
fn load(db: &Db, assist_id: i64, pool: &matching::Pool, out: &mut [Listener]) -> Result<()> {
    let window = Duration::days(BUSY_DAYS);
    let mut stmt = db.conn.prepare_cached(
        "SELECT p.member_id, count(*) FROM assists a JOIN assist_people p ON p.assist_id = a.id
          WHERE a.held_at BETWEEN ?1 AND ?2 AND p.role = 'listener' AND a.id <> ?3
          GROUP BY p.member_id",
    )?;
    let rows = stmt
        .query_map(params![timestamp(db.now - window), timestamp(db.now + window), assist_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?))
        })?;
    for row in rows {
        let (member, n) = row?;
        if let Some(i) = pool.slot(member) {
            out[i].busy = n;
        }
    }
    Ok(())
}

/// When each candidate last listened to one of the presenters, in an assist held.
fn heard(
    db: &Db,
    assist_id: i64,
    presenters: &[MemberRef],
    pool: &matching::Pool,
    out: &mut [Listener],
) -> Result<()> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT l.member_id, max(a.held_at) FROM assist_people p
           JOIN assists a ON a.id = p.assist_id
           JOIN assist_people l ON l.assist_id = p.assist_id AND l.role = 'listener'
          WHERE p.member_id = ?1 AND p.role = 'presenter' AND a.status <> 'requested' AND a.id <> ?2
          GROUP BY l.member_id",
    )?;
    for presenter in ids(presenters) {
        let (name, _) = contact(db, presenter)?;
        let rows = stmt.query_map(params![presenter, assist_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (member, at) = row?;
            let Some(i) = pool.slot(member) else { continue };
            let Ok(at) = DateTime::parse_from_rfc3339(&at).map(|t| t.to_utc()) else { continue };
            if out[i].heard.as_ref().is_none_or(|(t, _)| at > *t) {
                out[i].heard = Some((at, name.clone()));
            }
        }
    }
    Ok(())
}

/// The people whose time counts when scheduling a request: its presenters, listeners
/// and facilitators, and the members invited who have not answered yet.
pub fn schedule_people(db: &Db, assist_id: i64) -> Result<Vec<StoredAvailability>> {
    let mut stmt = db.conn.prepare(
        "SELECT m.id, m.name, m.timezone,
                (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ',')
                   FROM availability a WHERE a.member_id = m.id)
           FROM members m
          WHERE m.id IN (SELECT member_id FROM assist_people WHERE assist_id = ?1
                         UNION SELECT member_id FROM assist_invitations WHERE assist_id = ?1 AND status = 'invited')
          ORDER BY m.id",
    )?;
    let rows = stmt.query_map([assist_id], |r| {
        let cell: Option<String> = r.get(3)?;
        Ok(StoredAvailability {
            member_id: r.get(0)?,
            name: r.get(1)?,
            timezone: r.get(2)?,
            windows: super::popups::windows_of(cell),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
