//! Recorded pairing rounds, and the history pairing avoids.

use rusqlite::{OptionalExtension, params};

use super::{Db, new_uuid, parse_timestamp};
use crate::domain::pairing::outcome::{MetRate, Outcome};
use crate::domain::pairing::round::PairingRound;
use crate::domain::pairing::{PairSet, key};
use crate::error::{Error, Result};

/// One member of a recorded round.
#[derive(Clone, Debug)]
pub struct RoundMember {
    pub member_id: i64,
    pub name: String,
    pub group_no: i64,
    pub outcome: Option<Outcome>,
}

/// The members of a round, by group; not found when there is no such round.
pub fn round_members(db: &Db, round_id: i64) -> Result<Vec<RoundMember>> {
    let exists: Option<i64> = db
        .conn
        .query_row("SELECT id FROM pairing_rounds WHERE id = ?1", [round_id], |r| r.get(0))
        .optional()?;
    if exists.is_none() {
        return Err(Error::not_found(format!("no pairing round with id {round_id}"))
            .with_hint("`cop pairs history` lists the recorded rounds"));
    }
    let mut stmt = db.conn.prepare_cached(
        "SELECT p.member_id, m.name, p.group_no, p.outcome FROM pairing_members p JOIN members m ON m.id = p.member_id
          WHERE p.round_id = ?1 ORDER BY p.group_no, p.member_id",
    )?;
    let rows = stmt.query_map([round_id], |r| {
        Ok(RoundMember {
            member_id: r.get(0)?,
            name: r.get(1)?,
            group_no: r.get(2)?,
            outcome: r.get::<_, Option<String>>(3)?.as_deref().and_then(Outcome::parse),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records what a member did in a round, and stamps the round, whose groups carry it to
/// other copies (`cop import`).
pub fn set_outcome(db: &Db, round_id: i64, member_id: i64, outcome: Outcome) -> Result<()> {
    db.conn.execute(
        "UPDATE pairing_members SET outcome = ?3 WHERE round_id = ?1 AND member_id = ?2",
        params![round_id, member_id, outcome.as_str()],
    )?;
    db.touch_owner("pairing_rounds", round_id)
}

/// Every two members who were in one group of a recorded round.
pub fn met(db: &Db) -> Result<PairSet> {
    pairs_within_groups(
        db,
        "SELECT round_id, group_no, member_id FROM pairing_members ORDER BY round_id, group_no, member_id",
    )
}

/// Every two members who attended a session together.
pub fn attended_together(db: &Db) -> Result<PairSet> {
    pairs_within_groups(db, "SELECT session_id, 0, member_id FROM attendance ORDER BY session_id, member_id")
}

/// Every two members in one group of the `(group key, group key, member)` rows of `sql`,
/// read in group order and paired here: a self-join in SQL found no index to follow and
/// compared every member with every other of the round or session, millions of times
/// (and a DISTINCT over hundreds of thousands of pairs) on a community with history.
fn pairs_within_groups(db: &Db, sql: &str) -> Result<PairSet> {
    let mut stmt = db.conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut out = PairSet::new();
    let mut group = None;
    let mut here: Vec<i64> = Vec::new();
    while let Some(r) = rows.next()? {
        let (key_a, key_b, m): (i64, i64, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if group != Some((key_a, key_b)) {
            group = Some((key_a, key_b));
            here.clear();
        }
        for &other in &here {
            out.insert(key(other, m));
        }
        here.push(m);
    }
    Ok(out)
}

/// Saves a round and returns its id.
pub fn record(
    db: &Db,
    seed: u64,
    session_id: Option<i64>,
    note: Option<&str>,
    groups: &[Vec<i64>],
) -> Result<i64> {
    let stamp = db.stamp();
    db.conn.execute(
        "INSERT INTO pairing_rounds (uuid, seed, session_id, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![new_uuid(), seed as i64, session_id, note, stamp],
    )?;
    let id = db.conn.last_insert_rowid();
    let mut stmt = db
        .conn
        .prepare_cached("INSERT INTO pairing_members (round_id, group_no, member_id) VALUES (?1, ?2, ?3)")?;
    for (no, g) in groups.iter().enumerate() {
        for m in g {
            stmt.execute(params![id, no as i64 + 1, m])?;
        }
    }
    Ok(id)
}

/// Every recorded round, newest first.
pub fn rounds(db: &Db) -> Result<Vec<PairingRound>> {
    read_rounds(db, None)
}

/// One recorded round; not found when there is none.
pub fn round(db: &Db, id: i64) -> Result<PairingRound> {
    read_rounds(db, Some(id))?.pop().ok_or_else(|| Error::not_found(format!("no pairing round with id {id}")))
}

fn read_rounds(db: &Db, only: Option<i64>) -> Result<Vec<PairingRound>> {
    let mut stmt = db.conn.prepare(
        "SELECT id, uuid, created_at, seed, session_id, note FROM pairing_rounds
          WHERE ?1 IS NULL OR id = ?1 ORDER BY created_at DESC, id DESC",
    )?;
    let mut out: Vec<PairingRound> = stmt
        .query_map([only], |r| {
            Ok(PairingRound {
                id: r.get(0)?,
                uuid: r.get(1)?,
                created_at: parse_timestamp(&r.get::<_, String>(2)?)?,
                seed: r.get::<_, Option<i64>>(3)?.map(|s| s as u64),
                session_id: r.get(4)?,
                note: r.get(5)?,
                groups: Vec::new(),
                names: Vec::new(),
                met: Vec::new(),
                missed: Vec::new(),
                rate: MetRate::default(),
                groups_met: 0,
                groups_missed: 0,
                met_rate: None,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    for round in &mut out {
        let mut last = None;
        let mut outcomes: Vec<Vec<Option<Outcome>>> = Vec::new();
        for m in round_members(db, round.id)? {
            if last != Some(m.group_no) {
                round.groups.push(Vec::new());
                round.names.push(Vec::new());
                outcomes.push(Vec::new());
                last = Some(m.group_no);
            }
            if let (Some(g), Some(n), Some(o)) =
                (round.groups.last_mut(), round.names.last_mut(), outcomes.last_mut())
            {
                g.push(m.member_id);
                n.push(m.name);
                o.push(m.outcome);
            }
            match m.outcome {
                Some(Outcome::Met) => round.met.push(m.member_id),
                Some(Outcome::Missed) => round.missed.push(m.member_id),
                None => {}
            }
        }
        round.rate = MetRate::of(&outcomes);
        round.groups_met = round.rate.met;
        round.groups_missed = round.rate.missed;
        round.met_rate = round.rate.rate();
    }
    Ok(out)
}
