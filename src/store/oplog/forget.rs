//! Privacy first: a forgotten member leaves no byte in the operation log either.
//!
//! A changeset keeps old values, so every operation that touched a member holds their
//! name, email and notes. When a write deletes a member and leaves their tombstone
//! (`members forget`, or `cop import` applying a colleague's tombstone), every stored
//! operation is rewritten:
//! - their own rows leave its changeset: their `members` row, the rows of every table
//!   whose link to `members` is deleted with them (tags, availability, RSVPs,
//!   takeaways...), and their tombstone, so that no undo brings them back; what is left
//!   still undoes the rest exactly, as they are gone either way;
//! - a changeset in which someone else's record names them (a note, a title: what
//!   `forget` lists for the organizer to edit) is dropped whole, since taking back only
//!   part of a change would leave a record half undone;
//! - an operation left without a change cannot be undone ("it held a forgotten
//!   member"); one that held, pointed at or named them keeps only its subcommand
//!   (`members edit`), and a summary naming them is replaced.
//!
//! The fields that still name them are remembered by place (`oplog_mentions`): the next
//! operation that edits or removes one keeps no change either, as its old value is the
//! text that named them.

use std::collections::{HashMap, HashSet};

use rusqlite::{OptionalExtension, params};
use serde_json::Value as Json;

use super::changeset::{self, Change, Columns};
use super::codec;
use crate::domain::operation::{SCRUBBED_SUMMARY, not_undoable};
use crate::error::Result;
use crate::store::{Db, mentions};

/// A member deleted for good by the write being recorded.
#[derive(Debug, Clone)]
pub struct Forgotten {
    pub id: i64,
    pub uuid: String,
    pub name: String,
    pub email: Option<String>,
}

/// Notes that the member with `uuid` is being deleted for good by the write under way;
/// call it before the delete, while their record can still be read.
pub fn noting(db: &Db, uuid: &str) -> Result<()> {
    let found = db
        .conn
        .query_row("SELECT id, uuid, name, email FROM members WHERE uuid = ?1", [uuid], |r| {
            Ok(Forgotten { id: r.get(0)?, uuid: r.get(1)?, name: r.get(2)?, email: r.get(3)? })
        })
        .optional()?;
    if let Some(f) = found {
        db.set_note(|n| n.forgotten.push(f));
    }
    Ok(())
}

/// The words that name the forgotten members, in lower case: whole names, emails, and
/// the longer words of a name, as `members forget` looks for mentions.
pub fn terms(forgotten: &[Forgotten]) -> Vec<String> {
    forgotten
        .iter()
        .flat_map(|f| mentions::terms(&f.name, f.email.as_deref()))
        .map(|t| t.to_lowercase())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether `text` names one of `terms` (lower case) as a whole word, in any case.
pub fn names(text: &str, terms: &[String]) -> bool {
    mentions::mentions(&text.to_lowercase(), terms)
}

/// Where members are linked from: for each table, the columns that hold a member id,
/// and whether the row is deleted with the member (their own row) or only points at them.
struct Links {
    owned: HashMap<String, Vec<usize>>,
    pointing: HashMap<String, Vec<usize>>,
}

impl Links {
    fn read(db: &Db, columns: &mut Columns) -> Result<Links> {
        let mut links = Links { owned: HashMap::new(), pointing: HashMap::new() };
        let tables: Vec<String> = db
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for t in tables {
            let fks: Vec<(String, String)> = db
                .conn
                .prepare(
                    "SELECT \"from\", on_delete FROM pragma_foreign_key_list(?1) WHERE \"table\" = 'members'",
                )?
                .query_map([&t], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let cols = columns.of(db.conn, &t)?.to_vec();
            for (from, on_delete) in fks {
                let Some(i) = cols.iter().position(|c| *c == from) else { continue };
                let map = if on_delete.eq_ignore_ascii_case("CASCADE") {
                    &mut links.owned
                } else {
                    &mut links.pointing
                };
                map.entry(t.clone()).or_default().push(i);
            }
        }
        links
            .owned
            .entry("members".into())
            .or_default()
            .extend(columns.of(db.conn, "members")?.iter().position(|c| c == "id"));
        Ok(links)
    }
}

/// What the forgotten members are known by in a changeset.
struct Marks {
    terms: Vec<String>,
    ids: HashSet<i64>,
    uuids: HashSet<String>,
    links: Links,
    tombstone_uuid: Option<usize>,
    /// Rows that were theirs, by table and key: found once in any changeset, they are
    /// known in the others too, where an update holds only its changed columns.
    rows: HashSet<String>,
}

impl Marks {
    fn is_member(&self, v: Option<&Json>) -> bool {
        v.and_then(Json::as_i64).is_some_and(|id| self.ids.contains(&id))
    }

    /// Whether the change is about one of their own rows.
    fn holds(&self, c: &Change) -> bool {
        if let Some(cols) = self.links.owned.get(&c.table)
            && cols.iter().any(|i| {
                self.is_member(c.old.get(*i).and_then(Option::as_ref))
                    || self.is_member(c.new.get(*i).and_then(Option::as_ref))
            })
        {
            return true;
        }
        if c.table == "tombstones"
            && let Some(i) = self.tombstone_uuid
            && c.value(i).and_then(Json::as_str).is_some_and(|u| self.uuids.contains(u))
        {
            return true;
        }
        self.rows.contains(&c.row_key())
    }

    /// Whether a text the change holds names one of them.
    fn names(&self, c: &Change) -> bool {
        c.old.iter().chain(&c.new).flatten().any(|v| v.as_str().is_some_and(|t| names(t, &self.terms)))
    }

    /// Whether the change points at one of them from a record of someone else's.
    fn points(&self, c: &Change) -> bool {
        self.links.pointing.get(&c.table).is_some_and(|cols| {
            cols.iter().any(|i| {
                self.is_member(c.old.get(*i).and_then(Option::as_ref))
                    || self.is_member(c.new.get(*i).and_then(Option::as_ref))
            })
        })
    }
}

fn marks(db: &Db, forgotten: &[Forgotten]) -> Result<Marks> {
    let mut columns = Columns::default();
    let links = Links::read(db, &mut columns)?;
    let tombstone_uuid = columns.of(db.conn, "tombstones")?.iter().position(|c| c == "uuid");
    Ok(Marks {
        terms: terms(forgotten),
        ids: forgotten.iter().map(|f| f.id).collect(),
        uuids: forgotten.iter().map(|f| f.uuid.clone()).collect(),
        links,
        tombstone_uuid,
        rows: HashSet::new(),
    })
}

/// What is left of `cs` once the forgotten members are out of it: nothing when another
/// record in it names them.
fn rewrite(m: &Marks, cs: &[u8]) -> Result<Rewrite> {
    let mut r = Rewrite::default();
    let kept = changeset::filter(cs, |c| {
        let holds = m.holds(c);
        r.held |= holds;
        r.named |= !holds && m.names(c);
        r.pointed |= m.points(c);
        Ok(!holds)
    })?;
    r.kept = if r.named { Vec::new() } else { kept };
    Ok(r)
}

#[derive(Default)]
struct Rewrite {
    kept: Vec<u8>,
    held: bool,
    named: bool,
    pointed: bool,
}

/// `cs` without the forgotten members (the change being recorded).
pub fn without(db: &Db, cs: &[u8], forgotten: &[Forgotten]) -> Result<Vec<u8>> {
    Ok(rewrite(&marks(db, forgotten)?, cs)?.kept)
}

/// Rewrites every stored operation without the forgotten members: their rows out of
/// each changeset, their details out of each command and summary.
pub fn scrub(db: &Db, forgotten: &[Forgotten]) -> Result<()> {
    let mut m = marks(db, forgotten)?;
    let ops: Vec<Stored> = db
        .conn
        .prepare("SELECT id, command, verb, summary, changeset FROM operations ORDER BY id")?
        .query_map([], |r| {
            Ok(Stored {
                id: r.get(0)?,
                command: r.get(1)?,
                verb: r.get(2)?,
                summary: r.get(3)?,
                changeset: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    // First every row that was theirs, wherever it shows its link to them.
    let mut changes = Vec::with_capacity(ops.len());
    for op in &ops {
        let cs = op.changeset.as_deref().map(codec::decode).transpose()?;
        if let Some(cs) = &cs {
            changeset::for_each(cs, |item| {
                let c = Change::read(item)?;
                if m.holds(&c) {
                    m.rows.insert(c.row_key());
                }
                Ok(())
            })?;
        }
        changes.push(cs);
    }
    for (Stored { id, command, verb, summary, .. }, cs) in ops.iter().zip(changes) {
        let r = match cs {
            Some(cs) => Some(rewrite(&m, &cs)?),
            None => None,
        };
        let (held, named, pointed) =
            r.as_ref().map_or((false, false, false), |r| (r.held, r.named, r.pointed));
        let says = names(command, &m.terms) || names(summary, &m.terms);
        if !(held || named || pointed || says) {
            continue;
        }
        let summary = if names(summary, &m.terms) { SCRUBBED_SUMMARY } else { summary.as_str() };
        db.conn.execute(
            "UPDATE operations SET command = ?2, summary = ?3 WHERE id = ?1",
            params![id, verb, summary],
        )?;
        match r {
            Some(r) if r.kept.is_empty() => drop_change(db, *id)?,
            Some(r) if r.held => {
                db.conn.execute(
                    "UPDATE operations SET changeset = ?2 WHERE id = ?1",
                    params![id, codec::encode(&r.kept)],
                )?;
            }
            _ => {}
        }
    }
    for f in mentions::find(db, &m.terms)? {
        db.conn.execute(
            "INSERT OR IGNORE INTO oplog_mentions (kind, record_id, field) VALUES (?1, ?2, ?3)",
            params![f.table, f.id, f.field],
        )?;
    }
    Ok(())
}

/// An operation as the log stores it.
struct Stored {
    id: i64,
    command: String,
    verb: String,
    summary: String,
    changeset: Option<Vec<u8>>,
}

fn drop_change(db: &Db, id: i64) -> Result<()> {
    db.conn.execute(
        "UPDATE operations SET changeset = NULL, not_undoable = ?2 WHERE id = ?1",
        params![id, not_undoable::HELD_FORGOTTEN],
    )?;
    Ok(())
}

/// Whether `cs` (a change being recorded) edits or removes a field that named a
/// forgotten member; each such field is then no longer watched.
pub fn touches_mention(db: &Db, cs: &[u8]) -> Result<bool> {
    let watched: Vec<(String, i64, String)> = db
        .conn
        .prepare_cached("SELECT kind, record_id, field FROM oplog_mentions")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if watched.is_empty() {
        return Ok(false);
    }
    let tables: HashSet<&str> = watched.iter().map(|w| w.0.as_str()).collect();
    let mut columns = Columns::default();
    let mut hit = Vec::new();
    changeset::for_each(cs, |item| {
        let op = item.op()?;
        if !tables.contains(op.table_name()) {
            return Ok(());
        }
        let c = Change::read(item)?;
        let cols = columns.of(db.conn, &c.table)?;
        let id = cols.iter().position(|n| n == "id").and_then(|i| c.value(i)).and_then(Json::as_i64);
        for w in watched.iter().filter(|w| w.0 == c.table && Some(w.1) == id) {
            let at = cols.iter().position(|n| *n == w.2);
            let touched = c.action == crate::domain::operation::Action::Removed
                || at.is_some_and(|i| c.new.get(i).is_some_and(Option::is_some));
            if touched {
                hit.push(w.clone());
            }
        }
        Ok(())
    })?;
    for (kind, id, field) in &hit {
        db.conn.execute(
            "DELETE FROM oplog_mentions WHERE kind = ?1 AND record_id = ?2 AND field = ?3",
            params![kind, id, field],
        )?;
    }
    Ok(!hit.is_empty())
}
