//! Recorded pairing rounds, and the history pairing avoids.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{Db, new_uuid, parse_timestamp};
use crate::domain::pairing::{PairSet, key};
use crate::error::Result;

/// A recorded round of peer-support pairing.
#[derive(Clone, Debug, serde::Serialize)]
pub struct PairingRound {
    pub id: i64,
    pub uuid: String,
    pub created_at: DateTime<Utc>,
    pub seed: Option<u64>,
    pub session_id: Option<i64>,
    pub note: Option<String>,
    /// Each group's member ids.
    pub groups: Vec<Vec<i64>>,
    #[serde(skip)]
    pub names: Vec<Vec<String>>,
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
    let mut stmt = db.conn.prepare(
        "SELECT id, uuid, created_at, seed, session_id, note FROM pairing_rounds ORDER BY created_at DESC, id DESC",
    )?;
    let mut out: Vec<PairingRound> = stmt
        .query_map([], |r| {
            Ok(PairingRound {
                id: r.get(0)?,
                uuid: r.get(1)?,
                created_at: parse_timestamp(&r.get::<_, String>(2)?)?,
                seed: r.get::<_, Option<i64>>(3)?.map(|s| s as u64),
                session_id: r.get(4)?,
                note: r.get(5)?,
                groups: Vec::new(),
                names: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = db.conn.prepare(
        "SELECT p.group_no, p.member_id, m.name FROM pairing_members p JOIN members m ON m.id = p.member_id
          WHERE p.round_id = ?1 ORDER BY p.group_no, p.member_id",
    )?;
    for round in &mut out {
        let rows =
            stmt.query_map([round.id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?, r.get(2)?)))?;
        let mut last = None;
        for row in rows {
            let (no, member, name): (i64, i64, String) = row?;
            if last != Some(no) {
                round.groups.push(Vec::new());
                round.names.push(Vec::new());
                last = Some(no);
            }
            if let (Some(g), Some(n)) = (round.groups.last_mut(), round.names.last_mut()) {
                g.push(member);
                n.push(name);
            }
        }
    }
    Ok(out)
}
