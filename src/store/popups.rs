//! Popups, their tags, members and sessions. The agenda and what matching and
//! scheduling read about members have their own files below `popups/`.

mod agenda;
mod matching;

pub use agenda::{
    add_agenda_item, agenda, finish_agenda_item, remove_agenda_item, reorder_agenda, update_agenda_item,
};
pub use matching::{StoredAvailability, match_candidates, schedule_people, uncovered_needs};
pub(crate) use matching::{tag_ids, windows_of};

use rusqlite::{OptionalExtension, params, params_from_iter, types::Value};

use super::stored::opt_number;
use super::{Db, new_uuid, parse_timestamp, tags};
use crate::domain::popup::{
    self, Expert, Participation, Popup, PopupFields, PopupMember, PopupSession, PopupStatus,
};
use crate::error::{Error, Result};

/// A popup's columns in the order `insert` and `update` both list them (title to
/// max_members), so the two always write the same fields the same way.
fn field_values(f: &PopupFields) -> [Value; 7] {
    [
        f.title.clone().into(),
        f.description.clone().into(),
        f.proposer_id.into(),
        f.needs_expert.into(),
        f.expert_id.into(),
        f.external_expert.clone().into(),
        f.max_members.into(),
    ]
}

/// Proposes a popup with its tags; returns the new id.
pub fn insert(db: &Db, p: &PopupFields) -> Result<i64> {
    insert_as(db, p, &new_uuid())
}

/// [`insert`] with a given UUID (the demo generator's, drawn from its seed).
pub fn insert_as(db: &Db, p: &PopupFields, uuid: &str) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO popups (uuid, title, description, proposer_id, needs_expert, expert_id, external_expert,
                                 max_members, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(uuid.to_string()))
                .chain(field_values(p))
                .chain([Value::from(db.stamp())]),
        ))?;
    let id = db.conn.last_insert_rowid();
    set_tags(db, id, &p.tags)?;
    Ok(id)
}

/// Writes a popup's fields and stamps it; its tags change through [`set_tags`].
pub fn update(db: &Db, id: i64, f: &PopupFields) -> Result<()> {
    db.conn
        .prepare_cached(
            "UPDATE popups SET title = ?2, description = ?3, proposer_id = ?4, needs_expert = ?5, expert_id = ?6,
                    external_expert = ?7, max_members = ?8, updated_at = ?9
              WHERE id = ?1",
        )?
        .execute(params_from_iter(
            std::iter::once(Value::from(id)).chain(field_values(f)).chain([Value::from(db.stamp())]),
        ))?;
    Ok(())
}

/// Replaces a popup's tags, and stamps the popup so `cop import` carries them.
pub fn set_tags(db: &Db, popup_id: i64, names: &[String]) -> Result<()> {
    db.touch_owner("popups", popup_id)?;
    db.conn.prepare_cached("DELETE FROM popup_tags WHERE popup_id = ?1")?.execute([popup_id])?;
    let mut add =
        db.conn.prepare_cached("INSERT OR IGNORE INTO popup_tags (popup_id, tag_id) VALUES (?1, ?2)")?;
    for t in names {
        add.execute(params![popup_id, tags::ensure(db, t)?])?;
    }
    Ok(())
}

/// Sets a member's place in a popup; a new `waiting` place goes to the end of the line.
/// Stamps the popup, so `cop import` carries the change.
pub fn set_member(db: &Db, popup_id: i64, member_id: i64, status: Participation) -> Result<()> {
    set_members(db, popup_id, &[(member_id, status)])
}

/// Takes a member out of a popup altogether: an invitation withdrawn leaves no trace,
/// so they may be invited again (a decline or a leave would keep them from the match).
pub fn remove_member(db: &Db, popup_id: i64, member_id: i64) -> Result<()> {
    db.touch_owner("popups", popup_id)?;
    db.conn.execute(
        "DELETE FROM popup_members WHERE popup_id = ?1 AND member_id = ?2",
        params![popup_id, member_id],
    )?;
    Ok(())
}

/// [`set_member`] for many members at once (in line in the order given), stamping the
/// popup once.
pub fn set_members(db: &Db, popup_id: i64, places: &[(i64, Participation)]) -> Result<()> {
    db.touch_owner("popups", popup_id)?;
    let stamp = db.stamp();
    // Positions stop at the record rules' COUNTER_MAX (2147483647), so none overflows.
    let mut stmt = db.conn.prepare_cached(
        "INSERT INTO popup_members (popup_id, member_id, status, position, created_at, updated_at)
         VALUES (?1, ?2, ?3,
                 (SELECT min(coalesce(max(position), 0) + 1, 2147483647) FROM popup_members WHERE popup_id = ?1), ?4, ?4)
         ON CONFLICT (popup_id, member_id)
         DO UPDATE SET status = excluded.status, position = excluded.position, updated_at = excluded.updated_at",
    )?;
    for (member_id, status) in places {
        stmt.execute(params![popup_id, member_id, status.as_str(), stamp])?;
    }
    Ok(())
}

/// The first member waiting for a place, in the order they asked.
pub fn first_waiting(db: &Db, popup_id: i64) -> Result<Option<(i64, String)>> {
    Ok(db
        .conn
        .query_row(
            "SELECT pm.member_id, m.name FROM popup_members pm JOIN members m ON m.id = pm.member_id
              WHERE pm.popup_id = ?1 AND pm.status = 'waiting' ORDER BY pm.position, pm.created_at LIMIT 1",
            [popup_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

/// Moves a popup to `status`; `done` and `cancelled` record when it closed.
pub fn set_status(db: &Db, id: i64, status: PopupStatus, outcome: Option<&str>) -> Result<()> {
    let closed = !status.is_open();
    db.conn.execute(
        "UPDATE popups SET status = ?2, updated_at = ?3,
                closed_at = CASE WHEN ?4 THEN ?3 ELSE NULL END,
                outcome = coalesce(?5, outcome)
          WHERE id = ?1",
        params![id, status.as_str(), db.stamp(), closed, outcome],
    )?;
    Ok(())
}

fn list_of(cell: Option<String>) -> Vec<String> {
    cell.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default()
}

/// One popup with its tags, members, agenda and sessions.
pub fn get(db: &Db, id: i64) -> Result<Option<Popup>> {
    let row = db
        .conn
        .query_row(
            "SELECT p.id, p.uuid, p.title, p.description, p.status, p.proposer_id, pr.name, p.needs_expert,
                    p.expert_id, ex.name, p.external_expert, p.max_members, p.outcome, p.closed_at,
                    p.created_at, p.updated_at,
                    (SELECT group_concat(t.name, ',' ORDER BY t.name) FROM popup_tags pt
                       JOIN tags t ON t.id = pt.tag_id WHERE pt.popup_id = p.id)
               FROM popups p
               LEFT JOIN members pr ON pr.id = p.proposer_id
               LEFT JOIN members ex ON ex.id = p.expert_id
              WHERE p.id = ?1",
            [id],
            |r| {
                let expert_id: Option<i64> = r.get(8)?;
                let external: Option<String> = r.get(10)?;
                let closed: Option<String> = r.get(13)?;
                Ok(Popup {
                    id: r.get(0)?,
                    uuid: r.get(1)?,
                    title: r.get(2)?,
                    description: r.get(3)?,
                    status: PopupStatus::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                    proposer_id: r.get(5)?,
                    proposer_name: r.get(6)?,
                    needs_expert: r.get(7)?,
                    expert: expert_id.map(Expert::Member).or(external.clone().map(Expert::External)),
                    expert_name: r.get::<_, Option<String>>(9)?.or(external),
                    max: opt_number(r, 11, popup::MAX)?,
                    outcome: r.get(12)?,
                    closed_at: closed.map(|c| parse_timestamp(&c)).transpose()?,
                    created_at: parse_timestamp(&r.get::<_, String>(14)?)?,
                    updated_at: parse_timestamp(&r.get::<_, String>(15)?)?,
                    tags: list_of(r.get(16)?),
                    members: Vec::new(),
                    agenda: Vec::new(),
                    sessions: Vec::new(),
                    session_times: Vec::new(),
                })
            },
        )
        .optional()?;
    let Some(mut p) = row else { return Ok(None) };
    p.members = members(db, id)?;
    p.agenda = agenda(db, id)?;
    p.session_times = sessions(db, id)?;
    p.sessions = p.session_times.iter().map(|s| s.id).collect();
    Ok(Some(p))
}

/// A popup that must exist: exit 3 otherwise.
pub fn require(db: &Db, id: i64) -> Result<Popup> {
    get(db, id)?.ok_or_else(|| Error::not_found(format!("no popup with id {id}")))
}

fn members(db: &Db, popup_id: i64) -> Result<Vec<PopupMember>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT pm.member_id, m.name, pm.status FROM popup_members pm JOIN members m ON m.id = pm.member_id
          WHERE pm.popup_id = ?1
          ORDER BY CASE pm.status WHEN 'joined' THEN 0 WHEN 'waiting' THEN 1 WHEN 'invited' THEN 2
                                  WHEN 'declined' THEN 3 ELSE 4 END, pm.position, m.name",
    )?;
    let rows = stmt.query_map([popup_id], |r| {
        let status: String = r.get(2)?;
        Ok((r.get(0)?, r.get(1)?, status))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (member_id, name, status) = row?;
        let status = Participation::parse(&status).map_err(Error::runtime)?;
        out.push(PopupMember { member_id, name, status });
    }
    Ok(out)
}

/// Which popups `popup list` shows.
#[derive(Clone, Debug, Default)]
pub struct PopupFilter {
    /// Empty means every status.
    pub statuses: Vec<PopupStatus>,
    pub tag: Option<String>,
    /// Popups this member proposed, leads, or holds or was offered a place in.
    pub member: Option<i64>,
}

pub fn list(db: &Db, f: &PopupFilter) -> Result<Vec<Popup>> {
    let mut sql = String::from("SELECT p.id FROM popups p WHERE 1 = 1");
    let mut args: Vec<Value> = Vec::new();
    if !f.statuses.is_empty() {
        sql.push_str(" AND p.status IN (");
        sql.push_str(&vec!["?"; f.statuses.len()].join(", "));
        sql.push(')');
        args.extend(f.statuses.iter().map(|s| Value::Text(s.as_str().into())));
    }
    if let Some(tag) = &f.tag {
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM popup_tags pt JOIN tags t ON t.id = pt.tag_id
                           WHERE pt.popup_id = p.id AND t.name = ?)",
        );
        args.push(Value::Text(tags::canonical(db, tag)?));
    }
    if let Some(m) = f.member {
        sql.push_str(
            " AND (p.proposer_id = ? OR p.expert_id = ? OR EXISTS (SELECT 1 FROM popup_members pm
                    WHERE pm.popup_id = p.id AND pm.member_id = ? AND pm.status IN ('joined', 'waiting', 'invited')))",
        );
        args.extend([Value::Integer(m), Value::Integer(m), Value::Integer(m)]);
    }
    sql.push_str(" ORDER BY p.id");
    let ids: Vec<i64> = db
        .conn
        .prepare(&sql)?
        .query_map(params_from_iter(args), |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for id in ids {
        if let Some(p) = get(db, id)? {
            out.push(p);
        }
    }
    Ok(out)
}

/// Every known tag name, for finding tags in a title.
pub fn known_tags(db: &Db) -> Result<Vec<String>> {
    Ok(db
        .conn
        .prepare("SELECT name FROM tags ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}

// ---- sessions -----------------------------------------------------------------------

/// The sessions of a popup, in time order.
pub fn sessions(db: &Db, popup_id: i64) -> Result<Vec<PopupSession>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT id, starts_at, status FROM sessions WHERE popup_id = ?1 ORDER BY starts_at, id",
    )?;
    let rows = stmt.query_map([popup_id], |r| {
        Ok(PopupSession {
            id: r.get(0)?,
            starts_at: parse_timestamp(&r.get::<_, String>(1)?)?,
            cancelled: r.get::<_, String>(2)? == "cancelled",
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Invites members to a session (an RSVP of `invited`), leaving any answer they gave.
/// A new invitation stamps the session, so `cop import` carries it.
pub fn invite_to_session(db: &Db, session_id: i64, member_id: i64) -> Result<()> {
    let stamp = db.stamp();
    let n = db.conn.execute(
        "INSERT OR IGNORE INTO rsvps (session_id, member_id, response, position, created_at, updated_at)
         VALUES (?1, ?2, 'invited', 0, ?3, ?3)",
        params![session_id, member_id, stamp],
    )?;
    if n > 0 {
        db.touch_owner("sessions", session_id)?;
    }
    Ok(())
}

/// Withdraws a member's open invitations to the popup's sessions still to come
/// (answers they gave stay).
/// The sessions losing an invitation are stamped, so `cop import` carries it.
pub fn uninvite_from_future_sessions(db: &Db, popup_id: i64, member_id: i64) -> Result<()> {
    db.conn.execute(
        "UPDATE sessions SET updated_at = ?3
          WHERE id IN (SELECT r.session_id FROM rsvps r JOIN sessions s ON s.id = r.session_id
                        WHERE r.member_id = ?2 AND r.response = 'invited' AND s.popup_id = ?1 AND s.starts_at > ?3)",
        params![popup_id, member_id, db.stamp()],
    )?;
    db.conn.execute(
        "DELETE FROM rsvps WHERE member_id = ?2 AND response = 'invited'
            AND session_id IN (SELECT id FROM sessions WHERE popup_id = ?1 AND starts_at > ?3)",
        params![popup_id, member_id, db.stamp()],
    )?;
    Ok(())
}

/// The popup's sessions that are still to come and not cancelled.
pub fn future_sessions(db: &Db, popup_id: i64) -> Result<Vec<i64>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT id FROM sessions WHERE popup_id = ?1 AND status = 'scheduled' AND starts_at > ?2 ORDER BY starts_at",
    )?;
    let rows = stmt.query_map(params![popup_id, db.stamp()], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Cancels the popup's sessions still to come; returns how many.
pub fn cancel_future_sessions(db: &Db, popup_id: i64, reason: Option<&str>) -> Result<usize> {
    Ok(db.conn.execute(
        "UPDATE sessions SET status = 'cancelled', cancel_reason = ?3, sequence = min(sequence + 1, ?4),
                updated_at = ?2
          WHERE popup_id = ?1 AND status = 'scheduled' AND starts_at > ?2",
        params![popup_id, db.stamp(), reason, super::sessions::SEQUENCE_MAX],
    )?)
}

/// Whether a session belongs to a popup.
pub fn session_of_popup(db: &Db, session_id: i64, popup_id: i64) -> Result<bool> {
    Ok(db
        .conn
        .query_row(
            "SELECT 1 FROM sessions WHERE id = ?1 AND popup_id = ?2",
            params![session_id, popup_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}
