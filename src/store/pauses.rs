//! Pauses (`members pause|resume`) and ghosts: who is left out of pairing and matching.
//!
//! A pause row is open while it has no `resumed_at` and its `until` (the first day back)
//! is after today. A ghost is not stored: it is read from the member's recorded rounds
//! (three missed in a row, [`outcome::is_ghost`]); resuming a ghost stores a `ghost` row
//! whose `resumed_at` makes the misses before it count no more.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::{Db, new_uuid};
use crate::domain::pairing::outcome::{self, Outcome};
use crate::domain::pause::Absence;
use crate::error::Result;

fn day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The open pause of a member on `today`: its id and the first day back.
pub fn open(db: &Db, member_id: i64, today: NaiveDate) -> Result<Option<(i64, NaiveDate)>> {
    let row: Option<(i64, String)> = db
        .conn
        .query_row(
            "SELECT id, until FROM member_pauses
              WHERE member_id = ?1 AND kind = 'pause' AND resumed_at IS NULL AND until > ?2
              ORDER BY until DESC LIMIT 1",
            params![member_id, today.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.and_then(|(id, until)| Some((id, day(&until)?))))
}

/// Pauses a member until `until` (the first day back): changes the day of an open
/// pause, else starts one. Returns the day the open pause had.
pub fn pause(db: &Db, member_id: i64, until: NaiveDate, today: NaiveDate) -> Result<Option<NaiveDate>> {
    let stamp = db.stamp();
    if let Some((id, before)) = open(db, member_id, today)? {
        db.conn.execute(
            "UPDATE member_pauses SET until = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, until.to_string(), stamp],
        )?;
        return Ok(Some(before));
    }
    db.conn.execute(
        "INSERT INTO member_pauses (uuid, member_id, kind, until, created_at, updated_at)
         VALUES (?1, ?2, 'pause', ?3, ?4, ?4)",
        params![new_uuid(), member_id, until.to_string(), stamp],
    )?;
    Ok(None)
}

/// Ends what leaves a member out: closes their open pause, and when `ghost` records that
/// they were brought back, so their earlier misses count no more.
pub fn resume(db: &Db, member_id: i64, today: NaiveDate, ghost: bool) -> Result<()> {
    let stamp = db.stamp();
    if let Some((id, _)) = open(db, member_id, today)? {
        db.conn.execute(
            "UPDATE member_pauses SET resumed_at = ?2, updated_at = ?2 WHERE id = ?1",
            params![id, stamp],
        )?;
    }
    if ghost {
        db.conn.execute(
            "INSERT INTO member_pauses (uuid, member_id, kind, resumed_at, created_at, updated_at)
             VALUES (?1, ?2, 'ghost', ?3, ?3, ?3)",
            params![new_uuid(), member_id, stamp],
        )?;
    }
    Ok(())
}

/// Every member left out on `today`, with why: open pauses, and ghosts.
pub fn absences(db: &Db, today: NaiveDate) -> Result<HashMap<i64, Vec<Absence>>> {
    let mut out: HashMap<i64, Vec<Absence>> = HashMap::new();
    let mut stmt = db.conn.prepare(
        "SELECT member_id, max(until) FROM member_pauses
          WHERE kind = 'pause' AND resumed_at IS NULL AND until > ?1 GROUP BY member_id",
    )?;
    let rows = stmt.query_map([today.to_string()], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (member, until) = row?;
        if let Some(until) = day(&until) {
            out.entry(member).or_default().push(Absence::Paused { until });
        }
    }
    for (member, missed_rounds) in ghosts(db)? {
        out.entry(member).or_default().push(Absence::Ghost { missed_rounds });
    }
    Ok(out)
}

/// Members paused on `today`, whom `popup match` (and `assist match`) leave out too.
pub fn paused_ids(db: &Db, today: NaiveDate) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT DISTINCT member_id FROM member_pauses WHERE kind = 'pause' AND resumed_at IS NULL AND until > ?1",
    )?;
    let rows = stmt.query_map([today.to_string()], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ghosts and the rounds they missed in a row, newest first. Only members with a miss
/// are read, and only their rounds since they were last brought back.
pub fn ghosts(db: &Db) -> Result<Vec<(i64, Vec<i64>)>> {
    let mut stmt = db.conn.prepare(
        "SELECT pm.member_id, pm.round_id, pm.outcome
           FROM pairing_members pm JOIN pairing_rounds r ON r.id = pm.round_id
          WHERE pm.member_id IN (SELECT member_id FROM pairing_members WHERE outcome = 'missed')
            AND r.created_at > coalesce((SELECT max(p.resumed_at) FROM member_pauses p
                                          WHERE p.member_id = pm.member_id AND p.kind = 'ghost'), '')
          ORDER BY pm.member_id, r.created_at DESC, r.id DESC",
    )?;
    let mut rows = stmt.query([])?;
    // Each member's rounds, newest first: (round id, what was recorded).
    type Rounds = Vec<(i64, Option<Outcome>)>;
    let mut by_member: Vec<(i64, Rounds)> = Vec::new();
    while let Some(r) = rows.next()? {
        let (member, round): (i64, i64) = (r.get(0)?, r.get(1)?);
        let recorded = r.get::<_, Option<String>>(2)?.as_deref().and_then(Outcome::parse);
        match by_member.last_mut() {
            Some((m, rounds)) if *m == member => rounds.push((round, recorded)),
            _ => by_member.push((member, vec![(round, recorded)])),
        }
    }
    Ok(by_member
        .into_iter()
        .filter(|(_, rounds)| outcome::is_ghost(rounds))
        .map(|(m, rounds)| (m, outcome::missed_in_a_row(&rounds)))
        .collect())
}
