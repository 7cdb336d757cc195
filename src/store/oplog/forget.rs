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

use rusqlite::hooks::Action as SqlAction;
use rusqlite::session::ChangesetItem;
use rusqlite::types::ValueRef;
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

/// Where a table holds a forgotten member, column by column (changeset order).
#[derive(Default)]
struct Places {
    /// Member ids whose row goes with the member (ON DELETE CASCADE): the row is theirs.
    owned: Vec<usize>,
    /// Member ids of someone else's record that points at them (ON DELETE SET NULL).
    pointing: Vec<usize>,
    /// Free text others wrote, where `members forget` looks for mentions.
    free_text: Vec<usize>,
    /// The UUID column of `tombstones`.
    uuid: Option<usize>,
    /// Whether an update may leave out the owning column (it is not in the key), so the
    /// row must be known by its key from another change.
    by_key: bool,
}

/// What the forgotten members are known by in a changeset.
struct Marks {
    terms: Vec<String>,
    ids: HashSet<i64>,
    uuids: HashSet<String>,
    tables: HashMap<String, Places>,
    /// Rows that were theirs, by table and key: found once in any changeset, they are
    /// known in the others too, where an update holds only its changed columns.
    rows: HashSet<String>,
}

/// What one change is to the forgotten members.
#[derive(Default, Clone, Copy)]
struct Verdict {
    holds: bool,
    names: bool,
    points: bool,
}

/// The values of column `i` a change holds: before, after.
fn sides(item: &ChangesetItem, code: SqlAction, i: usize) -> [Option<ValueRef<'_>>; 2] {
    let old = if code == SqlAction::SQLITE_INSERT { None } else { item.old_value(i).ok() };
    let new = if code == SqlAction::SQLITE_DELETE { None } else { item.new_value(i).ok() };
    [old, new]
}

impl Marks {
    fn is_member(&self, v: &Option<ValueRef>) -> bool {
        matches!(v, Some(ValueRef::Integer(id)) if self.ids.contains(id))
    }

    /// The row's identity: its table and key values.
    fn key(item: &ChangesetItem, code: SqlAction, table: &str) -> Result<String> {
        let mut key = String::from(table);
        for (i, is_pk) in item.pk()?.iter().enumerate() {
            if *is_pk != 0 {
                let [old, new] = sides(item, code, i);
                key.push('\u{0}');
                key.push_str(&format!("{:?}", old.or(new)));
            }
        }
        Ok(key)
    }

    fn judge(&self, item: &ChangesetItem) -> Result<Verdict> {
        let op = item.op()?;
        let Some(p) = self.tables.get(op.table_name()) else { return Ok(Verdict::default()) };
        let code = op.code();
        let mut v = Verdict::default();
        v.holds = p.owned.iter().any(|i| sides(item, code, *i).iter().any(|x| self.is_member(x)))
            || p.uuid.is_some_and(|i| {
                sides(item, code, i).iter().any(|x| match x {
                    Some(ValueRef::Text(t)) => std::str::from_utf8(t).is_ok_and(|u| self.uuids.contains(u)),
                    _ => false,
                })
            })
            || (p.by_key && self.rows.contains(&Marks::key(item, code, op.table_name())?));
        v.points = p.pointing.iter().any(|i| sides(item, code, *i).iter().any(|x| self.is_member(x)));
        v.names = !v.holds
            && p.free_text.iter().any(|i| {
                sides(item, code, *i).iter().any(|x| match x {
                    Some(ValueRef::Text(t)) => names(&String::from_utf8_lossy(t), &self.terms),
                    _ => false,
                })
            });
        Ok(v)
    }

    /// Remembers the key of a row that is theirs, where a later update may not say so.
    fn learn(&mut self, item: &ChangesetItem) -> Result<()> {
        let op = item.op()?;
        if self.tables.get(op.table_name()).is_some_and(|p| p.by_key) && self.judge(item)?.holds {
            self.rows.insert(Marks::key(item, op.code(), op.table_name())?);
        }
        Ok(())
    }
}

/// Finds, from the schema, every place a member can be held, pointed at or named.
fn marks(db: &Db, forgotten: &[Forgotten]) -> Result<Marks> {
    let mut columns = Columns::default();
    let mut tables: HashMap<String, Places> = HashMap::new();
    let names: Vec<String> = db
        .conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for t in names {
        let cols = columns.of(db.conn, &t)?.to_vec();
        let at = |name: &str| cols.iter().position(|c| c == name);
        let pk: Vec<String> = db
            .conn
            .prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0")?
            .query_map([&t], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut p = Places::default();
        let fks: Vec<(String, String)> = db
            .conn
            .prepare(
                "SELECT \"from\", on_delete FROM pragma_foreign_key_list(?1) WHERE \"table\" = 'members'",
            )?
            .query_map([&t], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (from, on_delete) in fks {
            let Some(i) = at(&from) else { continue };
            if on_delete.eq_ignore_ascii_case("CASCADE") {
                p.owned.push(i);
                p.by_key |= !pk.contains(&from);
            } else {
                p.pointing.push(i);
            }
        }
        if t == "members" {
            p.owned.extend(at("id"));
        }
        if t == "tombstones" {
            p.uuid = at("uuid");
        }
        p.free_text = mentions::FREE_TEXT.iter().filter(|f| f.1 == t).filter_map(|f| at(f.2)).collect();
        tables.insert(t, p);
    }
    Ok(Marks {
        terms: terms(forgotten),
        ids: forgotten.iter().map(|f| f.id).collect(),
        uuids: forgotten.iter().map(|f| f.uuid.clone()).collect(),
        tables,
        rows: HashSet::new(),
    })
}

/// What is left of `cs` once the forgotten members are out of it: nothing when another
/// record in it names them.
fn rewrite(m: &Marks, cs: &[u8]) -> Result<Rewrite> {
    let mut r = Rewrite::default();
    let kept = changeset::filter_items(cs, |item| {
        let v = m.judge(item)?;
        r.held |= v.holds;
        r.named |= v.names;
        r.pointed |= v.points;
        Ok(!v.holds)
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
            changeset::for_each(cs, |item| m.learn(item))?;
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
