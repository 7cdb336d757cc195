//! Reading assists back: one in full, the ids a filter lets through, and the next
//! steps still to follow up.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{CLARIFYING, assist_requests, resources};
use crate::domain::assist::{
    self, AssistStatus, FollowUp, MemberRef, NextStep, PeerAssist, SuggestedResource, Takeaway,
};
use crate::error::Result;
use crate::store::Db;
use crate::store::stored::number;

/// Which assists `assist list` shows.
#[derive(Clone, Debug, Default)]
pub struct AssistFilter {
    pub member_id: Option<i64>,
    /// Stored RFC 3339 moment: only assists held at or after it.
    pub since: Option<String>,
    pub open: bool,
    pub drafts: bool,
    pub requested: bool,
}

/// Which next steps `assist followups` shows.
#[derive(Clone, Debug, Default)]
pub struct FollowUpFilter {
    pub owner_id: Option<i64>,
    /// Only those due before this day.
    pub overdue_on: Option<NaiveDate>,
}

/// Loads one assist in full, with the names of the people in it.
pub fn get(db: &Db, id: i64) -> Result<Option<PeerAssist>> {
    let head = db
        .conn
        .query_row(
            "SELECT uuid, held_at, minutes, challenge, group_name, situation, response, reflection,
                    continue_discussion, status, current_step, session_id, size
               FROM assists WHERE id = ?1",
            [id],
            |r| {
                Ok(PeerAssist {
                    id: Some(id),
                    uuid: Some(r.get(0)?),
                    date: Some(r.get(1)?),
                    minutes: number(r, 2, assist::MINUTES)?,
                    challenge: r.get(3)?,
                    group: r.get(4)?,
                    situation: r.get(5)?,
                    response: r.get(6)?,
                    reflection: r.get(7)?,
                    continue_discussion: r.get(8)?,
                    // A status this cop does not know reads as logged, as before requests.
                    status: AssistStatus::parse(&r.get::<_, String>(9)?).unwrap_or_default(),
                    current_step: number(r, 10, assist::CURRENT_STEP)?,
                    session_id: r.get(11)?,
                    presenters: Vec::new(),
                    listeners: Vec::new(),
                    facilitators: Vec::new(),
                    clarifying: Vec::new(),
                    ideas: Vec::new(),
                    resources: Vec::new(),
                    takeaways: Vec::new(),
                    next_steps: Vec::new(),
                    tags: Vec::new(),
                    size: r.get(12)?,
                    invitations: Vec::new(),
                    names: HashMap::new(),
                })
            },
        )
        .optional()?;
    let Some(mut a) = head else { return Ok(None) };
    a.tags = assist_requests::tags_of(db, id)?;
    for (invitation, name) in assist_requests::invitations(db, id)? {
        a.names.insert(invitation.member_id, name);
        a.invitations.push(invitation);
    }

    let mut stmt = db.conn.prepare(
        "SELECT p.member_id, p.role, m.name FROM assist_people p JOIN members m ON m.id = p.member_id
          WHERE p.assist_id = ?1 ORDER BY p.created_at, m.name, m.id",
    )?;
    let people = stmt
        .query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (member, role, name) in people {
        a.names.insert(member, name);
        match role.as_str() {
            "presenter" => a.presenters.push(MemberRef::Id(member)),
            "listener" => a.listeners.push(MemberRef::Id(member)),
            _ => a.facilitators.push(MemberRef::Id(member)),
        }
    }

    let mut stmt = db
        .conn
        .prepare("SELECT step, text FROM assist_notes WHERE assist_id = ?1 ORDER BY step, position, id")?;
    let notes = stmt
        .query_map([id], |r| Ok((number::<u8>(r, 0, assist::NOTE_STEP)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (step, text) in notes {
        if step == CLARIFYING { a.clarifying.push(text) } else { a.ideas.push(text) }
    }

    let mut stmt = db.conn.prepare(
        "SELECT t.member_id, t.text, m.name FROM takeaways t LEFT JOIN members m ON m.id = t.member_id
          WHERE t.assist_id = ?1 ORDER BY t.id",
    )?;
    let takeaways = stmt
        .query_map([id], |r| {
            Ok((r.get::<_, Option<i64>>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (member, text, name) in takeaways {
        if let (Some(m), Some(n)) = (member, name) {
            a.names.insert(m, n);
        }
        a.takeaways.push(Takeaway { member_id: member.map(MemberRef::Id), text });
    }

    let mut stmt = db.conn.prepare(
        "SELECT s.id, s.text, s.owner_id, s.due_on, s.done_at, m.name
           FROM next_steps s LEFT JOIN members m ON m.id = s.owner_id
          WHERE s.assist_id = ?1 ORDER BY s.id",
    )?;
    let steps = stmt
        .query_map([id], |r| {
            Ok((
                NextStep {
                    id: Some(r.get(0)?),
                    text: r.get(1)?,
                    owner_id: r.get::<_, Option<i64>>(2)?.map(MemberRef::Id),
                    due: r.get(3)?,
                    done_at: r.get(4)?,
                },
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (step, owner, name) in steps {
        if let (Some(o), Some(n)) = (owner, name) {
            a.names.insert(o, n);
        }
        a.next_steps.push(step);
    }

    a.resources = resources::of_assist(db, id)?
        .into_iter()
        .map(|r| SuggestedResource { id: Some(r.id), title: r.title, url: r.url })
        .collect();
    Ok(Some(a))
}

/// The ids of the assists a filter lets through, newest first.
pub fn ids(db: &Db, f: &AssistFilter) -> Result<Vec<i64>> {
    let mut stmt = db.conn.prepare(
        "SELECT a.id FROM assists a
          WHERE (?1 IS NULL OR EXISTS (SELECT 1 FROM assist_people p WHERE p.assist_id = a.id AND p.member_id = ?1)
                            OR EXISTS (SELECT 1 FROM takeaways t WHERE t.assist_id = a.id AND t.member_id = ?1)
                            OR EXISTS (SELECT 1 FROM next_steps s WHERE s.assist_id = a.id AND s.owner_id = ?1))
            AND (?2 IS NULL OR a.held_at >= ?2)
            AND (?3 = 0 OR EXISTS (SELECT 1 FROM next_steps s WHERE s.assist_id = a.id AND s.done_at IS NULL))
            AND (?4 = 0 OR a.status = 'draft')
            AND (?5 = 0 OR a.status = 'requested')
          ORDER BY a.held_at DESC, a.id DESC",
    )?;
    let ids = stmt
        .query_map(params![f.member_id, f.since, f.open, f.drafts, f.requested], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

const FOLLOW_UP: &str =
    "SELECT s.id, s.assist_id, a.challenge, s.text, s.owner_id, m.name, s.due_on, s.done_at
  FROM next_steps s JOIN assists a ON a.id = s.assist_id LEFT JOIN members m ON m.id = s.owner_id";

fn follow_up(r: &rusqlite::Row) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: r.get(0)?,
        assist_id: r.get(1)?,
        challenge: r.get(2)?,
        text: r.get(3)?,
        owner_id: r.get(4)?,
        owner: r.get(5)?,
        due: r.get(6)?,
        done_at: r.get(7)?,
    })
}

/// Open next steps, oldest due first (those without a due day last).
pub fn follow_ups(db: &Db, f: &FollowUpFilter) -> Result<Vec<FollowUp>> {
    let sql = format!(
        "{FOLLOW_UP}
          WHERE s.done_at IS NULL
            AND (?1 IS NULL OR s.owner_id = ?1)
            AND (?2 IS NULL OR (s.due_on IS NOT NULL AND s.due_on < ?2))
          ORDER BY s.due_on IS NULL, s.due_on, s.id"
    );
    let mut stmt = db.conn.prepare(&sql)?;
    let rows = stmt
        .query_map(params![f.owner_id, f.overdue_on.map(|d| d.to_string())], follow_up)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

pub fn next_step(db: &Db, id: i64) -> Result<Option<FollowUp>> {
    let sql = format!("{FOLLOW_UP} WHERE s.id = ?1");
    Ok(db.conn.query_row(&sql, [id], follow_up).optional()?)
}

/// Whether a session exists, for `--session`.
pub fn session_exists(db: &Db, id: i64) -> Result<bool> {
    Ok(db.conn.query_row("SELECT 1 FROM sessions WHERE id = ?1", [id], |_| Ok(())).optional()?.is_some())
}
