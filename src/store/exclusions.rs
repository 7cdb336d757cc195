//! Pairing exclusions (`pairs exclude`): two members pairing never puts in one group.
//!
//! Confidential: only `pairs exclusions` prints them, and `cop export` carries them only
//! with `--with-exclusions`. An import adds the exclusions its document has and never
//! lifts one (`pairs exclude --remove` on each copy does): a file can make pairing more
//! careful, never less.

use rusqlite::{OptionalExtension, params};
use serde_json::{Value as Json, json};

use super::record_kinds::EXCLUSIONS;
use super::{Db, parse_timestamp, timestamp};
use crate::domain::pairing::round::Exclusion;
use crate::domain::pairing::{PairSet, key};
use crate::domain::rules::{self, Rule};
use crate::error::{Error, Result};

/// Keeps two members apart; a conflict when they already are.
pub fn add(db: &Db, a: i64, b: i64) -> Result<()> {
    let (a, b) = key(a, b);
    let added = db.conn.execute(
        "INSERT OR IGNORE INTO pairing_exclusions (member_id, other_id, created_at) VALUES (?1, ?2, ?3)",
        params![a, b, db.stamp()],
    )?;
    if added == 0 {
        return Err(Error::conflict("these two members are already kept apart"));
    }
    Ok(())
}

/// Lifts an exclusion; not found when there is none.
pub fn remove(db: &Db, a: i64, b: i64) -> Result<()> {
    let (a, b) = key(a, b);
    let removed = db
        .conn
        .execute("DELETE FROM pairing_exclusions WHERE member_id = ?1 AND other_id = ?2", params![a, b])?;
    if removed == 0 {
        return Err(Error::not_found("no exclusion keeps these two members apart"));
    }
    Ok(())
}

/// Every pair of members kept apart.
pub fn pairs(db: &Db) -> Result<PairSet> {
    let mut stmt = db.conn.prepare("SELECT member_id, other_id FROM pairing_exclusions")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every exclusion with the two names, each pair in name order, sorted by name: the
/// same list on every copy, whatever the local ids.
pub fn list(db: &Db) -> Result<Vec<Exclusion>> {
    let mut stmt = db.conn.prepare(
        "SELECT x.member_id, a.name, x.other_id, b.name, x.created_at
           FROM pairing_exclusions x JOIN members a ON a.id = x.member_id JOIN members b ON b.id = x.other_id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Exclusion {
            member_id: r.get(0)?,
            name: r.get(1)?,
            other_id: r.get(2)?,
            other_name: r.get(3)?,
            created_at: parse_timestamp(&r.get::<_, String>(4)?)?,
        })
    })?;
    let order = |x: &Exclusion| (x.name.to_lowercase(), x.member_id);
    let mut all: Vec<Exclusion> = rows
        .map(|r| {
            r.map(|x| {
                let flipped = Exclusion {
                    member_id: x.other_id,
                    name: x.other_name.clone(),
                    other_id: x.member_id,
                    other_name: x.name.clone(),
                    created_at: x.created_at,
                };
                if order(&flipped) < order(&x) { flipped } else { x }
            })
        })
        .collect::<rusqlite::Result<_>>()?;
    all.sort_by_cached_key(|x| (order(x), x.other_name.to_lowercase(), x.other_id));
    Ok(all)
}

/// Every exclusion for `cop export --with-exclusions`: the two members by UUID (the
/// smaller first), sorted, so the same exclusions always give the same document.
pub fn export(db: &Db) -> Result<Vec<Json>> {
    let mut stmt = db.conn.prepare(
        "SELECT a.uuid, b.uuid, x.created_at
           FROM pairing_exclusions x JOIN members a ON a.id = x.member_id JOIN members b ON b.id = x.other_id",
    )?;
    let rows =
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut out: Vec<(String, String, String)> = rows
        .map(|r| r.map(|(a, b, at)| if a < b { (a, b, at) } else { (b, a, at) }))
        .collect::<rusqlite::Result<_>>()?;
    out.sort();
    Ok(out.into_iter().map(|(a, b, at)| json!({"member": a, "other": b, "created_at": at})).collect())
}

/// What an import did with the document's exclusions: (added, skipped).
pub type Merged = (u64, u64);

/// Adds the exclusions of a document. `member` turns a member UUID of the document into
/// a local id, `None` for a forgotten member (whose exclusions went with them). Every
/// record is checked before any is added.
pub fn merge(db: &Db, records: &Json, member: impl Fn(&str, &str) -> Result<Option<i64>>) -> Result<Merged> {
    let bad = |at: &str, expected: &str| Error::invalid(format!("{at}: expected {expected}"));
    let Json::Array(records) = records else {
        return Err(bad("pairing_exclusions", "an array of exclusions"));
    };
    let mut wanted = Vec::new();
    let mut skipped = 0;
    for (i, rec) in records.iter().enumerate() {
        let at = format!("pairing_exclusions[{i}]");
        let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
        // Each field keeps the rule `record_kinds::EXCLUSIONS` gives it, as every other
        // record of an import does.
        let field = |name: &str, expected: &str| -> Result<&str> {
            let at = format!("{at}.{name}");
            let v = obj.get(name).and_then(Json::as_str).ok_or_else(|| bad(&at, expected))?;
            let rule = EXCLUSIONS.fields.iter().find(|f| f.0 == name).map_or(Rule::Any, |f| f.3);
            rule.check_text(v).map_err(|e| Error::invalid(format!("{at}: {e}")))?;
            Ok(v)
        };
        let (a, b) = (field("member", "a member's uuid")?, field("other", "a member's uuid")?);
        let created = field("created_at", "an RFC 3339 time")?;
        let created = rules::moment(created).map_err(|e| Error::invalid(format!("{at}.created_at: {e}")))?;
        if a == b {
            return Err(Error::invalid(format!(
                "{at}.other: the same member as {at}.member: nobody is kept apart from themselves"
            )));
        }
        match (member(a, &format!("{at}.member"))?, member(b, &format!("{at}.other"))?) {
            (Some(a), Some(b)) => wanted.push((key(a, b), timestamp(created))),
            _ => skipped += 1,
        }
    }
    let mut added = 0;
    for ((a, b), created) in wanted {
        let known: Option<i64> = db
            .conn
            .query_row(
                "SELECT 1 FROM pairing_exclusions WHERE member_id = ?1 AND other_id = ?2",
                params![a, b],
                |r| r.get(0),
            )
            .optional()?;
        if known.is_some() || a == b {
            skipped += 1;
            continue;
        }
        db.conn.execute(
            "INSERT INTO pairing_exclusions (member_id, other_id, created_at) VALUES (?1, ?2, ?3)",
            params![a, b, created],
        )?;
        added += 1;
    }
    Ok((added, skipped))
}
