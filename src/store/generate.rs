//! Bulk inserts for `cop demo --members N`: plain rows, prepared once and reused, inside
//! the one write transaction of the command. The rows carry their own UUIDs and stamps, so
//! a seeded run writes the same data every time.

use rusqlite::params;

use super::Db;
use crate::error::Result;

/// Statements reused for every row; more than the default cache holds.
const STATEMENTS: usize = 32;

/// Settings for one large write: a bigger page cache keeps the indexes of the
/// link tables in memory while a million rows go in.
pub fn tune_for_bulk(db: &Db) -> Result<()> {
    db.conn.set_prepared_statement_cache_capacity(STATEMENTS);
    db.grow_cache(256)?;
    Ok(())
}

pub fn tag(db: &Db, uuid: &str, name: &str, stamp: &str) -> Result<i64> {
    db.conn
        .prepare_cached("INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)")?
        .execute(params![uuid, name, stamp])?;
    Ok(db.conn.last_insert_rowid())
}

/// One member row; tags and windows follow with [`member_tag`] and [`window`].
pub struct MemberRow<'a> {
    pub uuid: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub role: &'a str,
    pub status: &'a str,
    pub region: Option<&'a str>,
    pub timezone: Option<&'a str>,
    pub facilitator: bool,
    pub joined_on: &'a str,
    pub stamp: &'a str,
}

pub fn member(db: &Db, m: &MemberRow) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO members (uuid, name, email, role, status, region, timezone, facilitator, joined_on,
                                  created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        )?
        .execute(params![
            m.uuid,
            m.name,
            m.email,
            m.role,
            m.status,
            m.region,
            m.timezone,
            m.facilitator,
            m.joined_on,
            m.stamp
        ])?;
    Ok(db.conn.last_insert_rowid())
}

pub fn member_tag(db: &Db, member_id: i64, kind: &str, tag_id: i64, stamp: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO member_tags (member_id, kind, tag_id, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![member_id, kind, tag_id, stamp])?;
    Ok(())
}

/// A weekly window: weekday 0 = Monday, minutes from local midnight.
pub fn window(db: &Db, member_id: i64, weekday: u32, start: u32, end: u32) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO availability (member_id, weekday, start_minute, end_minute) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![member_id, weekday, start, end])?;
    Ok(())
}

pub struct SessionRow<'a> {
    pub uuid: &'a str,
    pub kind: &'a str,
    pub title: &'a str,
    pub starts_at: &'a str,
    pub minutes: u32,
    pub link: Option<&'a str>,
    pub location: Option<&'a str>,
    pub trainer: Option<&'a str>,
    pub status: &'a str,
    pub cancel_reason: Option<&'a str>,
    pub popup_id: Option<i64>,
    pub stamp: &'a str,
}

pub fn session(db: &Db, s: &SessionRow) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO sessions (uuid, kind, title, starts_at, minutes, link, location, trainer, status,
                                   cancel_reason, popup_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
        )?
        .execute(params![
            s.uuid,
            s.kind,
            s.title,
            s.starts_at,
            s.minutes,
            s.link,
            s.location,
            s.trainer,
            s.status,
            s.cancel_reason,
            s.popup_id,
            s.stamp
        ])?;
    Ok(db.conn.last_insert_rowid())
}

pub fn facilitator(db: &Db, session_id: i64, member_id: i64, stamp: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT OR IGNORE INTO session_facilitators (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![session_id, member_id, stamp])?;
    Ok(())
}

pub fn attendance(db: &Db, session_id: i64, member_id: i64, stamp: &str) -> Result<()> {
    db.conn
        .prepare_cached("INSERT INTO attendance (session_id, member_id, created_at) VALUES (?1, ?2, ?3)")?
        .execute(params![session_id, member_id, stamp])?;
    Ok(())
}

pub fn rsvp(db: &Db, session_id: i64, member_id: i64, response: &str, stamp: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO rsvps (session_id, member_id, response, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, 0, ?4, ?4)",
        )?
        .execute(params![session_id, member_id, response, stamp])?;
    Ok(())
}

pub struct AssistRow<'a> {
    pub uuid: &'a str,
    pub held_at: &'a str,
    pub minutes: u32,
    pub challenge: &'a str,
    pub group_name: Option<&'a str>,
    pub situation: &'a str,
    pub response: &'a str,
    pub reflection: &'a str,
    pub continue_discussion: bool,
    pub stamp: &'a str,
}

/// A logged assist (all eight steps walked).
pub fn assist(db: &Db, a: &AssistRow) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO assists (uuid, held_at, minutes, challenge, group_name, situation, response, reflection,
                                  continue_discussion, status, current_step, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'logged', 8, ?10, ?10)",
        )?
        .execute(params![
            a.uuid,
            a.held_at,
            a.minutes,
            a.challenge,
            a.group_name,
            a.situation,
            a.response,
            a.reflection,
            a.continue_discussion,
            a.stamp
        ])?;
    Ok(db.conn.last_insert_rowid())
}

pub fn assist_person(db: &Db, assist_id: i64, member_id: i64, role: &str, stamp: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT OR IGNORE INTO assist_people (assist_id, member_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![assist_id, member_id, role, stamp])?;
    Ok(())
}

pub struct NextStepRow<'a> {
    pub uuid: &'a str,
    pub assist_id: i64,
    pub text: &'a str,
    pub owner_id: Option<i64>,
    pub due_on: Option<&'a str>,
    pub done_at: Option<&'a str>,
    pub stamp: &'a str,
}

pub fn next_step(db: &Db, s: &NextStepRow) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO next_steps (uuid, assist_id, text, owner_id, due_on, done_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce(?6, ?7))",
        )?
        .execute(params![s.uuid, s.assist_id, s.text, s.owner_id, s.due_on, s.done_at, s.stamp])?;
    Ok(())
}

pub struct PopupRow<'a> {
    pub uuid: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub status: &'a str,
    pub proposer_id: Option<i64>,
    pub needs_expert: bool,
    pub expert_id: Option<i64>,
    pub max_members: Option<u32>,
    pub outcome: Option<&'a str>,
    pub closed_at: Option<&'a str>,
    pub stamp: &'a str,
}

pub fn popup(db: &Db, p: &PopupRow) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO popups (uuid, title, description, status, proposer_id, needs_expert, expert_id,
                                 max_members, outcome, closed_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, coalesce(?10, ?11))",
        )?
        .execute(params![
            p.uuid,
            p.title,
            p.description,
            p.status,
            p.proposer_id,
            p.needs_expert,
            p.expert_id,
            p.max_members,
            p.outcome,
            p.closed_at,
            p.stamp
        ])?;
    Ok(db.conn.last_insert_rowid())
}

/// What a generated assist's challenge is about.
pub fn assist_tag(db: &Db, assist_id: i64, tag_id: i64) -> Result<()> {
    db.conn
        .prepare_cached("INSERT OR IGNORE INTO assist_tags (assist_id, tag_id) VALUES (?1, ?2)")?
        .execute(params![assist_id, tag_id])?;
    Ok(())
}

pub fn popup_tag(db: &Db, popup_id: i64, tag_id: i64) -> Result<()> {
    db.conn
        .prepare_cached("INSERT OR IGNORE INTO popup_tags (popup_id, tag_id) VALUES (?1, ?2)")?
        .execute(params![popup_id, tag_id])?;
    Ok(())
}

pub fn popup_member(
    db: &Db,
    popup_id: i64,
    member_id: i64,
    status: &str,
    position: u32,
    stamp: &str,
) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT OR IGNORE INTO popup_members (popup_id, member_id, status, position, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?
        .execute(params![popup_id, member_id, status, position, stamp])?;
    Ok(())
}
