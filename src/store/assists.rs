//! Peer assists: the record, its people, the notes of each step, takeaways, next steps.
//!
//! Writers take a [`PeerAssist`] whose member references are already resolved to ids
//! ([`MemberRef::Id`]) and whose date is stored RFC 3339.

mod read;

pub use read::{AssistFilter, FollowUpFilter, follow_ups, get, ids, next_step, session_exists};

use rusqlite::{params, params_from_iter, types::Value};

use super::{Db, assist_requests, new_uuid, resources};
use crate::domain::assist::{
    AssistStatus, MemberRef, NOTE, NextStep, PeerAssist, STEP_TEXT, SuggestedResource,
};
use crate::domain::resource::{self, NewResource};
use crate::domain::rules::Rule;
use crate::error::{Error, Result};

/// The single-text steps, each kept in a column of `assists`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepText {
    Situation,
    Response,
    Reflection,
}

/// A role in an assist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Presenter,
    Listener,
    Facilitator,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Presenter => "presenter",
            Role::Listener => "listener",
            Role::Facilitator => "facilitator",
        }
    }
}

/// Step numbers of the many-valued notes.
pub const CLARIFYING: u8 = 2;
pub const IDEAS: u8 = 3;

/// The record rules for text the guided walk saves one answer at a time (whole assists
/// are checked by [`PeerAssist::check`] before they reach the store).
fn checked(what: &str, rule: Rule, text: &str) -> Result<()> {
    rule.check_text(text).map_err(|e| Error::invalid(format!("{what}: {e}")))
}

fn id_of(r: &MemberRef) -> Result<i64> {
    match r {
        MemberRef::Id(id) => Ok(*id),
        MemberRef::Name(n) => Err(Error::runtime(format!("member {n:?} was not resolved before saving"))),
    }
}

fn opt_id(r: &Option<MemberRef>) -> Result<Option<i64>> {
    r.as_ref().map(id_of).transpose()
}

/// Records a new assist with everything in it; returns its id.
pub fn insert(db: &Db, a: &PeerAssist) -> Result<i64> {
    insert_as(db, a, &mut new_uuid)
}

/// [`insert`] with UUIDs from `uuid`, for the assist and then each of its notes,
/// takeaways and next steps (the demo generator's, drawn from its seed).
pub fn insert_as(db: &Db, a: &PeerAssist, uuid: &mut dyn FnMut() -> String) -> Result<i64> {
    let stamp = db.stamp();
    db.conn
        .prepare_cached(
            "INSERT INTO assists (uuid, held_at, minutes, challenge, group_name, situation, response, reflection,
                                  continue_discussion, status, current_step, session_id, size, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(uuid()))
                .chain([Value::from(a.date.clone().unwrap_or_else(|| stamp.clone()))])
                .chain(field_values(a))
                .chain([Value::from(stamp)]),
        ))?;
    let id = db.conn.last_insert_rowid();
    add_content(db, id, a, uuid)?;
    if !a.tags.is_empty() {
        assist_requests::set_tags(db, id, &a.tags)?;
    }
    Ok(id)
}

/// An assist's columns after `held_at`, in the order `insert` and `replace` both list
/// them (minutes to size), so the two always write the same fields the same way.
fn field_values(a: &PeerAssist) -> [Value; 11] {
    [
        a.minutes.into(),
        a.challenge.clone().into(),
        a.group.clone().into(),
        a.situation.clone().into(),
        a.response.clone().into(),
        a.reflection.clone().into(),
        a.continue_discussion.into(),
        a.status.as_str().to_string().into(),
        a.current_step.into(),
        a.session_id.into(),
        a.size.into(),
    ]
}

/// Adds the people, notes, takeaways, next steps and resources of `a` to assist `id`,
/// whose caller stamps it (notes, takeaways and next steps are child records: they
/// follow their assist through `cop import`).
fn add_content(db: &Db, id: i64, a: &PeerAssist, uuid: &mut dyn FnMut() -> String) -> Result<()> {
    for (refs, role) in [
        (&a.presenters, Role::Presenter),
        (&a.listeners, Role::Listener),
        (&a.facilitators, Role::Facilitator),
    ] {
        for r in refs {
            insert_person(db, id, id_of(r)?, role)?;
        }
    }
    for c in &a.clarifying {
        insert_note(db, id, CLARIFYING, c, &uuid())?;
    }
    for i in &a.ideas {
        insert_note(db, id, IDEAS, i, &uuid())?;
    }
    for t in &a.takeaways {
        insert_takeaway(db, id, opt_id(&t.member_id)?, &t.text, &uuid())?;
    }
    for s in &a.next_steps {
        insert_next_step(db, id, s, &uuid())?;
    }
    for r in &a.resources {
        add_resource(db, id, r)?;
    }
    Ok(())
}

/// Replaces everything an assist holds with `a`. Next steps and resources that keep
/// their id are updated in place, so follow-ups and links survive an edit.
pub fn replace(db: &Db, id: i64, a: &PeerAssist) -> Result<()> {
    db.conn
        .prepare_cached(
            "UPDATE assists SET held_at = ?2, minutes = ?3, challenge = ?4, group_name = ?5, situation = ?6,
                    response = ?7, reflection = ?8, continue_discussion = ?9, status = ?10, current_step = ?11,
                    session_id = ?12, size = ?13, updated_at = ?14
              WHERE id = ?1",
        )?
        .execute(params_from_iter(
            [Value::from(id), Value::from(a.date.clone())]
                .into_iter()
                .chain(field_values(a))
                .chain([Value::from(db.stamp())]),
        ))?;
    assist_requests::set_tags(db, id, &a.tags)?;
    for table in [
        "DELETE FROM assist_people WHERE assist_id = ?1",
        "DELETE FROM assist_notes WHERE assist_id = ?1",
        "DELETE FROM takeaways WHERE assist_id = ?1",
    ] {
        db.conn.execute(table, [id])?;
    }
    let kept_steps: Vec<i64> = a.next_steps.iter().filter_map(|s| s.id).collect();
    for old in next_step_ids(db, id)? {
        if !kept_steps.contains(&old) {
            db.conn.execute("DELETE FROM next_steps WHERE id = ?1", [old])?;
        }
    }
    let kept_resources: Vec<i64> = a.resources.iter().filter_map(|r| r.id).collect();
    for old in resources::of_assist(db, id)? {
        if !kept_resources.contains(&old.id) {
            resources::unlink_from_assist(db, old.id)?;
        }
    }
    let mut fresh = a.clone();
    fresh.next_steps.clear();
    fresh.resources.clear();
    add_content(db, id, &fresh, &mut new_uuid)?;
    let existing_steps = next_step_ids(db, id)?;
    for s in &a.next_steps {
        match s.id.filter(|i| existing_steps.contains(i)) {
            // Only a step that changes gets a new `updated_at`, so a copy that marked
            // an untouched step done later keeps its mark through `cop import`.
            Some(step) => {
                db.conn.execute(
                    "UPDATE next_steps SET text = ?2, owner_id = ?3, due_on = ?4, done_at = ?5, updated_at = ?6
                      WHERE id = ?1
                        AND (text IS NOT ?2 OR owner_id IS NOT ?3 OR due_on IS NOT ?4 OR done_at IS NOT ?5)",
                    params![step, s.text, opt_id(&s.owner_id)?, s.due, s.done_at, db.stamp()],
                )?;
            }
            None => {
                insert_next_step(db, id, s, &new_uuid())?;
            }
        }
    }
    let existing_resources: Vec<i64> = resources::of_assist(db, id)?.iter().map(|r| r.id).collect();
    for r in &a.resources {
        match r.id.filter(|i| existing_resources.contains(i)) {
            Some(rid) => resources::update_link(db, rid, &r.title, r.url.as_deref())?,
            None => {
                add_resource(db, id, r)?;
            }
        }
    }
    Ok(())
}

fn next_step_ids(db: &Db, assist_id: i64) -> Result<Vec<i64>> {
    let mut stmt = db.conn.prepare("SELECT id FROM next_steps WHERE assist_id = ?1 ORDER BY id")?;
    let ids = stmt.query_map([assist_id], |r| r.get(0))?.collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// Adds a person to an assist; a new one stamps the assist, so `cop import` carries it.
pub fn add_person(db: &Db, assist_id: i64, member_id: i64, role: Role) -> Result<()> {
    if insert_person(db, assist_id, member_id, role)? > 0 {
        db.touch_owner("assists", assist_id)?;
    }
    Ok(())
}

/// Adds a person, leaving the stamp to the caller; returns how many rows went in.
fn insert_person(db: &Db, assist_id: i64, member_id: i64, role: Role) -> Result<usize> {
    Ok(db
        .conn
        .prepare_cached(
            "INSERT OR IGNORE INTO assist_people (assist_id, member_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![assist_id, member_id, role.as_str(), db.stamp()])?)
}

/// Adds a note to step 2 or 3, after the ones already there. Stamps the assist, so
/// `cop import` carries the note with it.
pub fn add_note(db: &Db, assist_id: i64, step: u8, text: &str) -> Result<()> {
    checked(if step == CLARIFYING { "question" } else { "idea" }, NOTE, text)?;
    db.touch_owner("assists", assist_id)?;
    insert_note(db, assist_id, step, text, &new_uuid())
}

/// Adds a takeaway; stamps the assist.
pub fn add_takeaway(db: &Db, assist_id: i64, member_id: Option<i64>, text: &str) -> Result<()> {
    checked("takeaway", NOTE, text)?;
    db.touch_owner("assists", assist_id)?;
    insert_takeaway(db, assist_id, member_id, text, &new_uuid())
}

/// Adds a next step (its `due` already `YYYY-MM-DD`); returns its id. Stamps the assist.
pub fn add_next_step(db: &Db, assist_id: i64, s: &NextStep) -> Result<i64> {
    checked("next step", NOTE, &s.text)?;
    db.touch_owner("assists", assist_id)?;
    insert_next_step(db, assist_id, s, &new_uuid())
}

fn insert_note(db: &Db, assist_id: i64, step: u8, text: &str, uuid: &str) -> Result<()> {
    // Positions stop at the record rules' COUNTER_MAX (2147483647), so none overflows.
    db.conn
        .prepare_cached(
            "INSERT INTO assist_notes (uuid, assist_id, step, position, text, created_at, updated_at)
             VALUES (?1, ?2, ?3,
                     (SELECT min(coalesce(max(position), 0) + 1, 2147483647) FROM assist_notes WHERE assist_id = ?2 AND step = ?3),
                     ?4, ?5, ?5)",
        )?
        .execute(params![uuid, assist_id, step, text, db.stamp()])?;
    Ok(())
}

fn insert_takeaway(db: &Db, assist_id: i64, member_id: Option<i64>, text: &str, uuid: &str) -> Result<()> {
    db.conn
        .prepare_cached(
            "INSERT INTO takeaways (uuid, assist_id, member_id, text, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?
        .execute(params![uuid, assist_id, member_id, text, db.stamp()])?;
    Ok(())
}

fn insert_next_step(db: &Db, assist_id: i64, s: &NextStep, uuid: &str) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO next_steps (uuid, assist_id, text, owner_id, due_on, done_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        )?
        .execute(params![uuid, assist_id, s.text, opt_id(&s.owner_id)?, s.due, s.done_at, db.stamp()])?;
    Ok(db.conn.last_insert_rowid())
}

/// Adds a resource suggested in the assist; it is listed by `cop resources` too.
pub fn add_resource(db: &Db, assist_id: i64, r: &SuggestedResource) -> Result<i64> {
    checked("resource", resource::TITLE, &r.title)?;
    if let Some(u) = &r.url {
        checked("resource", resource::URL, u)?;
    }
    resources::insert(
        db,
        &NewResource {
            title: r.title.clone(),
            url: r.url.clone(),
            note: None,
            tags: Vec::new(),
            assist_id: Some(assist_id),
        },
    )
}

/// Saves the answer of a single-text step.
pub fn set_text(db: &Db, id: i64, step: StepText, text: Option<&str>) -> Result<()> {
    if let Some(t) = text {
        checked(&format!("{step:?}").to_lowercase(), STEP_TEXT, t)?;
    }
    let sql = match step {
        StepText::Situation => "UPDATE assists SET situation = ?2, updated_at = ?3 WHERE id = ?1",
        StepText::Response => "UPDATE assists SET response = ?2, updated_at = ?3 WHERE id = ?1",
        StepText::Reflection => "UPDATE assists SET reflection = ?2, updated_at = ?3 WHERE id = ?1",
    };
    db.conn.execute(sql, params![id, text, db.stamp()])?;
    Ok(())
}

pub fn set_continue(db: &Db, id: i64, yes: bool) -> Result<()> {
    db.conn.execute(
        "UPDATE assists SET continue_discussion = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, yes, db.stamp()],
    )?;
    Ok(())
}

/// Records that a draft has answered the steps before `step` (8: all of them).
pub fn set_step(db: &Db, id: i64, step: u8) -> Result<()> {
    db.conn.execute(
        "UPDATE assists SET current_step = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, step, db.stamp()],
    )?;
    Ok(())
}

pub fn set_status(db: &Db, id: i64, status: AssistStatus) -> Result<()> {
    db.conn.execute(
        "UPDATE assists SET status = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, status.as_str(), db.stamp()],
    )?;
    Ok(())
}

/// Marks a next step done, and stamps its assist: the assist that changed last wins
/// whole through `cop import`, so the mark must make it newer.
pub fn mark_done(db: &Db, id: i64) -> Result<()> {
    let stamp = db.stamp();
    let n = db.conn.execute(
        "UPDATE next_steps SET done_at = ?2, updated_at = ?2 WHERE id = ?1 AND done_at IS NULL",
        params![id, stamp],
    )?;
    if n > 0 {
        db.conn.execute(
            "UPDATE assists SET updated_at = ?2 WHERE id = (SELECT assist_id FROM next_steps WHERE id = ?1)",
            params![id, stamp],
        )?;
    }
    Ok(())
}
