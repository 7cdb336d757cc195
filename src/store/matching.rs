//! What the matchers (`popup match`, `assist match`) read about many members at once:
//! who is never offered, the tags candidates share with what is matched, their names,
//! and when each last took part in anything.
//!
//! A matcher may face most of a large community (100,000 members sharing a popup's one
//! tag is 60,000 candidates), so nothing here asks SQLite to filter a table by the
//! candidates (`member_id IN (...)`, which built the same set of 60,000 ids again for
//! every table). A table is read whole when it is small next to the candidates, member
//! by member through its index when it is much bigger (attendance), and the candidate
//! a row is about is found through an array indexed by member id ([`Pool`]). With a
//! `--limit`, last participation, the costly part, is read only for the candidates the
//! ranking needs, and so are names (see [`known`]).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};

use super::Db;
use crate::domain::matching::{Candidate, Group, named};
use crate::domain::member::TagKind;
use crate::error::Result;

/// Record ids mapped to small values: an array indexed by id when the ids are dense (as
/// they are: ids come from a counter), a map should a copy hold far larger ids.
struct ById<T: Copy> {
    dense: Vec<Option<T>>,
    sparse: HashMap<i64, T>,
}

impl<T: Copy> ById<T> {
    fn new(pairs: impl IntoIterator<Item = (i64, T)>) -> ById<T> {
        let pairs: Vec<(i64, T)> = pairs.into_iter().collect();
        let max = pairs.iter().map(|(id, _)| *id).max().unwrap_or(0);
        let mut by = ById { dense: Vec::new(), sparse: HashMap::new() };
        let dense_enough = usize::try_from(max).is_ok_and(|m| m <= pairs.len().saturating_mul(4) + 1024);
        if dense_enough {
            by.dense = vec![None; usize::try_from(max).unwrap_or(0) + 1];
            for (id, v) in pairs {
                if let Ok(i) = usize::try_from(id) {
                    by.dense[i] = Some(v);
                }
            }
        } else {
            by.sparse = pairs.into_iter().collect();
        }
        by
    }

    fn get(&self, id: i64) -> Option<T> {
        if self.dense.is_empty() {
            return self.sparse.get(&id).copied();
        }
        usize::try_from(id).ok().and_then(|i| self.dense.get(i).copied().flatten())
    }
}

/// The candidates of one match, by member id: each row read finds its candidate's
/// place in one step.
pub struct Pool {
    ids: Vec<i64>,
    slot: ById<u32>,
}

impl Pool {
    /// A pool of `ids` (sorted, once each), less the members in `excluded`.
    pub fn new(mut ids: Vec<i64>, excluded: &[i64]) -> Pool {
        ids.sort_unstable();
        ids.dedup();
        let out = ById::new(excluded.iter().map(|&id| (id, ())));
        ids.retain(|&id| out.get(id).is_none());
        let slot = ById::new(ids.iter().zip(0u32..).map(|(&id, i)| (id, i)));
        Pool { ids, slot }
    }

    /// The place of a member in the pool, when they are a candidate.
    pub fn slot(&self, member_id: i64) -> Option<usize> {
        self.slot.get(member_id).map(|i| i as usize)
    }

    /// The candidates' ids, in order: a candidate's place is its index here.
    pub fn ids(&self) -> &[i64] {
        &self.ids
    }
}

/// Members no matcher ever offers: those not active (archived) and those paused on
/// `today` (`members pause`). Both matchers (and `popup invite --matched`) read them
/// here, so a member left out of matching is left out of all of them.
pub fn never_offered(db: &Db, today: NaiveDate) -> Result<Vec<i64>> {
    // Two ranges of the status index rather than `<> 'active'`, which reads every member.
    let mut stmt = db.conn.prepare("SELECT id FROM members WHERE status < 'active' OR status > 'active'")?;
    let mut ids: Vec<i64> = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    ids.extend(super::pauses::paused_ids(db, today)?);
    Ok(ids)
}

/// The links of members to any of the tags `tag_ids` (id and name), of the `kinds` asked
/// for: (member, kind, tag name), in no particular order.
pub fn holding(db: &Db, tag_ids: &[(i64, String)], kinds: &[TagKind]) -> Result<Vec<(i64, TagKind, String)>> {
    // One index range per tag: `member_tags_by_tag` holds (tag, kind, member), all that is read.
    let mut stmt = db.conn.prepare_cached("SELECT member_id, kind FROM member_tags WHERE tag_id = ?1")?;
    let mut out = Vec::new();
    for (tag_id, name) in tag_ids {
        let mut rows = stmt.query([tag_id])?;
        while let Some(r) = rows.next()? {
            let kind = match r.get_ref(1)?.as_bytes().unwrap_or_default() {
                b"interest" => TagKind::Interest,
                b"need" => TagKind::Need,
                _ => TagKind::Expertise,
            };
            if kinds.contains(&kind) {
                out.push((r.get(0)?, kind, name.clone()));
            }
        }
    }
    Ok(out)
}

/// The candidates of `pool` with the tags of `links`, in the pool's order; when they
/// last took part and their names are for [`known`], once the ranking knows which
/// it needs.
pub fn candidates(pool: &Pool, links: Vec<(i64, TagKind, String)>) -> Vec<Candidate> {
    let mut out: Vec<Candidate> =
        pool.ids().iter().map(|&member_id| Candidate { member_id, ..Candidate::default() }).collect();
    for (member, kind, tag) in links {
        if let Some(i) = pool.slot(member) {
            let c = &mut out[i];
            match kind {
                TagKind::Interest => c.interests.push(tag),
                TagKind::Need => c.needs.push(tag),
                TagKind::Expertise => c.expertise.push(tag),
            }
        }
    }
    out
}

/// What ranking needs to know of the candidates `ids` beyond their tags, read only
/// where `wanted` (from the ranking) says it matters: when each last took part, and
/// the names it may compare or show (see [`named`]); empty elsewhere.
pub struct Known {
    pub last_active: Vec<Option<DateTime<Utc>>>,
    pub names: Vec<String>,
}

pub fn known(db: &Db, ids: &[i64], wanted: Option<&[Group]>) -> Result<Known> {
    let last_active = last_active(db, ids, wanted)?;
    let active: Vec<bool> = last_active.iter().map(Option::is_some).collect();
    let needed = named(wanted, &active);
    let mut names = vec![String::new(); ids.len()];
    if needed.len() <= LOOKUPS {
        let mut stmt = db.conn.prepare_cached("SELECT name FROM members WHERE id = ?1")?;
        for i in needed {
            names[i] = stmt.query_row([ids[i]], |r| r.get(0))?;
        }
    } else {
        let mut wanted_name = vec![false; ids.len()];
        for i in needed {
            wanted_name[i] = true;
        }
        let place = ById::new(ids.iter().zip(0u32..).map(|(&id, i)| (id, i)));
        // Active members' names straight from the name index, whose entries hold them.
        let mut stmt = db.conn.prepare("SELECT id, name FROM members WHERE status = 'active'")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(i) = place.get(r.get(0)?).map(|i| i as usize)
                && wanted_name[i]
            {
                names[i] = r.get(1)?;
            }
        }
    }
    Ok(Known { last_active, names })
}

/// The moments of records of one kind (`SELECT id, moment`), as Unix seconds by id.
fn moments(db: &Db, sql: &str) -> Result<ById<i64>> {
    let mut stmt = db.conn.prepare(sql)?;
    let mut rows = stmt.query([])?;
    let mut pairs = Vec::new();
    while let Some(r) = rows.next()? {
        if let Some(at) = seconds(r.get_ref(1)?) {
            pairs.push((r.get(0)?, at));
        }
    }
    Ok(ById::new(pairs))
}

/// A stored RFC 3339 moment as Unix seconds; `None` for anything else.
fn seconds(v: rusqlite::types::ValueRef) -> Option<i64> {
    let text = std::str::from_utf8(v.as_bytes().ok()?).ok()?;
    DateTime::parse_from_rfc3339(text).ok().map(|t| t.timestamp())
}

/// At most this many candidates have their last participation looked up one by one;
/// past it, reading every participation once is cheaper.
const LOOKUPS: usize = 500;

/// When each of the candidates `ids` last took part, for those that `wanted` says the
/// ranking needs (all of them for `None`; `None` for the others): attended or
/// facilitated a session (its start), took part in an assist held (when; a request is not
/// held yet), or joined a popup (when that last changed).
///
/// A group the ranking shows whole, or a few candidates, are looked up one by one. A
/// group a limit cuts (the best 20 of 20,000 who need the popup's tag) only needs its
/// latest members: the participations are walked from the newest back, and the walk
/// stops once it has found them and nothing older can change who they are. Members
/// the walk did not reach stay `None` and rank below the ones it found, as they would.
fn last_active(db: &Db, ids: &[i64], wanted: Option<&[Group]>) -> Result<Vec<Option<DateTime<Utc>>>> {
    let at = |s: i64| DateTime::from_timestamp(s, 0);
    let whole: Vec<usize> = match wanted {
        None => (0..ids.len()).collect(),
        Some(groups) => groups.iter().filter(|g| g.whole()).flat_map(|g| g.members.iter().copied()).collect(),
    };
    if whole.len() > LOOKUPS {
        let place = ById::new(ids.iter().zip(0u32..).map(|(&id, i)| (id, i)));
        let every = every_last_active(db, &place, ids, Reading::Cheaper)?;
        return Ok(every.into_iter().map(|t| t.and_then(at)).collect());
    }
    let mut out = vec![None; ids.len()];
    let mut stmt = db.conn.prepare_cached(ONE_MEMBER)?;
    for i in whole {
        let last: Option<String> = stmt.query_row([ids[i]], |r| r.get(0))?;
        out[i] = last.and_then(|t| DateTime::parse_from_rfc3339(&t).ok()).map(|t| t.to_utc());
    }
    let cut: Vec<&Group> = wanted.unwrap_or_default().iter().filter(|g| !g.whole()).collect();
    if !cut.is_empty() {
        for (i, t) in latest_of(db, ids, &cut)? {
            out[i] = at(t);
        }
    }
    Ok(out)
}

/// The latest participation of member `?1` (stored text), as [`every_last_active`] and
/// [`latest_of`] count it.
const ONE_MEMBER: &str = "SELECT max(at) FROM (
    SELECT max(s.starts_at) AS at FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.member_id = ?1
    UNION ALL SELECT max(s.starts_at) FROM session_facilitators f JOIN sessions s ON s.id = f.session_id
               WHERE f.member_id = ?1
    UNION ALL SELECT max(x.held_at) FROM assist_people p JOIN assists x ON x.id = p.assist_id
               WHERE p.member_id = ?1 AND x.status <> 'requested'
    UNION ALL SELECT max(updated_at) FROM popup_members WHERE member_id = ?1 AND status = 'joined')";

/// Every participation of the candidates `ids` read once: the last of each (`place` maps
/// a member to their place in `ids`), as Unix seconds. Sessions and
/// assists are few and their links many, so their moments are read once and each link
/// costs a lookup. A link table much bigger than the candidates (attendance: a million
/// rows) is read member by member through its index, so other members' rows are never
/// read; a smaller one is read whole, in one pass.
fn every_last_active(db: &Db, place: &ById<u32>, ids: &[i64], reading: Reading) -> Result<Vec<Option<i64>>> {
    let mut best: Vec<Option<i64>> = vec![None; ids.len()];
    let starts = moments(db, "SELECT id, starts_at FROM sessions")?;
    let held = moments(db, "SELECT id, held_at FROM assists WHERE status <> 'requested'")?;
    // (table, its column naming the record with the moment, the moments)
    let links: [(&str, &str, &ById<i64>); 3] = [
        ("attendance", "session_id", &starts),
        ("session_facilitators", "session_id", &starts),
        ("assist_people", "assist_id", &held),
    ];
    for (table, key, at) in links {
        // Table names are constants; an index on (member_id, ...) serves each seek.
        let by_member = match reading {
            Reading::Cheaper => {
                let rows: i64 =
                    db.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
                usize::try_from(rows).unwrap_or(usize::MAX) / 4 > ids.len()
            }
            Reading::ByMember => true,
            Reading::Whole => false,
        };
        if by_member {
            let mut stmt = db.conn.prepare(&format!("SELECT {key} FROM {table} WHERE member_id = ?1"))?;
            for (i, &id) in ids.iter().enumerate() {
                let mut rows = stmt.query([id])?;
                while let Some(r) = rows.next()? {
                    best[i] = best[i].max(at.get(r.get(0)?));
                }
            }
        } else {
            let mut stmt = db.conn.prepare(&format!("SELECT member_id, {key} FROM {table}"))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                if let Some(i) = place.get(r.get(0)?) {
                    let i = i as usize;
                    best[i] = best[i].max(at.get(r.get(1)?));
                }
            }
        }
    }
    for (member, t) in popup_joins(db)? {
        if let Some(i) = place.get(member) {
            let i = i as usize;
            best[i] = best[i].max(Some(t));
        }
    }
    Ok(best)
}

/// How [`every_last_active`] reads a link table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    /// Member by member when the table is much bigger than the candidates, else whole.
    Cheaper,
    #[cfg_attr(not(test), allow(dead_code))]
    ByMember,
    #[cfg_attr(not(test), allow(dead_code))]
    Whole,
}

/// (member, Unix seconds) of every popup place taken, newest first.
fn popup_joins(db: &Db) -> Result<Vec<(i64, i64)>> {
    let mut stmt =
        db.conn.prepare("SELECT member_id, updated_at FROM popup_members WHERE status = 'joined'")?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if let Some(t) = seconds(r.get_ref(1)?) {
            out.push((r.get(0)?, t));
        }
    }
    out.sort_unstable_by_key(|j| std::cmp::Reverse(j.1));
    Ok(out)
}

/// A source of participations, newest first: the moment of the next batch, and how to
/// read the members of a batch.
struct Newest<'s> {
    /// (record id, Unix seconds) of the next record, when there is one.
    head: Option<(i64, i64)>,
    records: rusqlite::Rows<'s>,
}

impl Newest<'_> {
    fn advance(&mut self) -> Result<()> {
        self.head = None;
        while let Some(r) = self.records.next()? {
            if let Some(t) = seconds(r.get_ref(1)?) {
                self.head = Some((r.get(0)?, t));
                break;
            }
        }
        Ok(())
    }
}

/// Walks the participations from the newest back until each group of `cut` has its
/// `latest` members, and nothing older could change who they are; returns the found
/// (candidate, Unix seconds).
fn latest_of(db: &Db, ids: &[i64], cut: &[&Group]) -> Result<Vec<(usize, i64)>> {
    let sought = ById::new(
        cut.iter().zip(0u32..).flat_map(|(g, n)| g.members.iter().map(move |&i| (ids[i], (i as u32, n)))),
    );
    let mut found = vec![0usize; cut.len()];
    // The moment of each group's `latest`-th member found.
    let mut bar: Vec<Option<i64>> = vec![None; cut.len()];
    let mut seen = vec![false; ids.len()];
    let mut out = Vec::new();
    let mut session_stmt = db.conn.prepare("SELECT id, starts_at FROM sessions ORDER BY starts_at DESC")?;
    let mut assist_stmt = db
        .conn
        .prepare("SELECT id, held_at FROM assists WHERE status <> 'requested' ORDER BY held_at DESC")?;
    let mut sessions = Newest { head: None, records: session_stmt.query([])? };
    let mut assists = Newest { head: None, records: assist_stmt.query([])? };
    sessions.advance()?;
    assists.advance()?;
    let joins = popup_joins(db)?;
    let mut next_join = 0;
    let mut in_session = db.conn.prepare_cached(
        "SELECT member_id FROM attendance WHERE session_id = ?1
         UNION ALL SELECT member_id FROM session_facilitators WHERE session_id = ?1",
    )?;
    let mut in_assist = db.conn.prepare_cached("SELECT member_id FROM assist_people WHERE assist_id = ?1")?;
    loop {
        let join_at = joins.get(next_join).map(|j| j.1);
        let Some(now) =
            [sessions.head.map(|h| h.1), assists.head.map(|h| h.1), join_at].into_iter().flatten().max()
        else {
            break;
        };
        let done = (0..cut.len()).all(|n| {
            found[n] == cut[n].members.len() || (found[n] >= cut[n].latest && bar[n].is_some_and(|b| now < b))
        });
        if done {
            break;
        }
        let mut members = Vec::new();
        if sessions.head.is_some_and(|h| h.1 == now) {
            let id = sessions.head.map_or(0, |h| h.0);
            members = in_session.query_map([id], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<_>>()?;
            sessions.advance()?;
        } else if assists.head.is_some_and(|h| h.1 == now) {
            let id = assists.head.map_or(0, |h| h.0);
            members = in_assist.query_map([id], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<_>>()?;
            assists.advance()?;
        } else if let Some(j) = joins.get(next_join) {
            members.push(j.0);
            next_join += 1;
        }
        for m in members {
            let Some((i, n)) = sought.get(m) else { continue };
            let (i, n) = (i as usize, n as usize);
            if std::mem::replace(&mut seen[i], true) {
                continue;
            }
            out.push((i, now));
            found[n] += 1;
            if found[n] == cut[n].latest {
                bar[n] = Some(now);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
