//! `cop undo`: applies the inverse of an operation's changeset, or refuses, changing
//! nothing, when a later operation changed the same records.
//!
//! SQLite reports every record whose current values are not the ones the operation
//! left (a conflict), and the undo refuses then. The undo runs with foreign-key actions
//! off (see [`Store::undo`](crate::store::Store::undo)), so that it never deletes or
//! empties a record a later operation linked to what it removes; the links are checked
//! afterwards instead, and a link that would dangle is refused like any conflict.

use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};

use rusqlite::hooks::Action as SqlAction;
use rusqlite::session::{ConflictAction, ConflictType};
use serde_json::Value as Json;

use super::changeset::{self, Change, Columns};
use crate::domain::operation::{Operation, RecordChange, undo_summary};
use crate::error::{Error, Result};
use crate::store::Db;

/// Checks that `op` can be taken back at all, before anything is tried.
pub fn check_undoable(op: &Operation) -> Result<()> {
    if let Some(by) = op.undone_by {
        return Err(Error::conflict(format!("operation {} is already undone (by operation {by})", op.id))
            .with_hint(format!("`cop undo {by}` redoes it")));
    }
    if let Some(why) = &op.not_undoable {
        return Err(Error::conflict(format!("operation {} cannot be undone: {why}", op.id)));
    }
    Ok(())
}

/// Takes `op` back in the caller's transaction. With `show`, returns what that changed,
/// for a dry run, which the caller rolls back (a real undo prints only the new
/// operation: the records of a large one would take far more memory than the undo).
pub fn undo(db: &Db, op: &Operation, show: bool) -> Result<Vec<RecordChange>> {
    check_undoable(op)?;
    let Some(cs) = super::stored_change(db.conn, op.id)? else {
        return Err(Error::conflict(format!("operation {} keeps no change to undo", op.id)));
    };
    let back = changeset::invert(&cs)?;
    let found: Arc<Mutex<Vec<Change>>> = Arc::default();
    let collect = Arc::clone(&found);
    db.conn.apply_strm(
        &mut &back[..],
        None::<fn(&str) -> bool>,
        // Every conflict counts, even a row already gone that the undo would delete:
        // the later operation that removed it could no longer be undone. All are
        // gathered, to name them, then the caller's transaction is rolled back. The one
        // exception is a message delivered since, which goes with its invitation.
        move |kind, item| {
            if delivered_message(kind, item) {
                return ConflictAction::SQLITE_CHANGESET_REPLACE;
            }
            if let (Ok(c), Ok(mut all)) = (Change::read(item), collect.lock()) {
                all.push(c);
            }
            ConflictAction::SQLITE_CHANGESET_OMIT
        },
    )?;
    let mut conflicts: Vec<Change> = found.lock().map(|mut v| std::mem::take(&mut *v)).unwrap_or_default();
    if conflicts.is_empty() {
        conflicts.extend(dangling_links(db, &back)?);
    } else {
        conflicts.extend(links_in_the_way(db, &back)?);
    }
    if !conflicts.is_empty() {
        return Err(refusal(db, op, &conflicts)?);
    }
    let redone = match op.undoes {
        Some(x) => super::get(db, x)?,
        None => None,
    };
    db.set_note(|n| {
        n.undoes = Some(op.id);
        n.summary = Some(undo_summary(op, redone.as_ref()));
    });
    if show { changeset::records(db.conn, &back) } else { Ok(Vec::new()) }
}

/// Whether the conflict is a message the undo removes from the outbox that was sent (or
/// tried) since: its delivery state changed in no operation (see [`Db::delivery_only`]),
/// and the message goes with the invitation that wrote it, whatever became of it.
fn delivered_message(kind: ConflictType, item: &rusqlite::session::ChangesetItem) -> bool {
    kind == ConflictType::SQLITE_CHANGESET_DATA
        && item.op().is_ok_and(|op| op.table_name() == "outbox" && op.code() == SqlAction::SQLITE_DELETE)
}

/// The links a refused undo would also have left dangling, had the conflicting records
/// been overwritten: found by forcing the undo through in a savepoint rolled back at
/// once, so that one refusal names everything in the way.
fn links_in_the_way(db: &Db, back: &[u8]) -> Result<Vec<Change>> {
    db.conn.execute_batch("SAVEPOINT cop_undo_probe")?;
    let forced = db.conn.apply_strm(&mut &back[..], None::<fn(&str) -> bool>, |kind, _| match kind {
        ConflictType::SQLITE_CHANGESET_DATA | ConflictType::SQLITE_CHANGESET_CONFLICT => {
            ConflictAction::SQLITE_CHANGESET_REPLACE
        }
        _ => ConflictAction::SQLITE_CHANGESET_OMIT,
    });
    let found = forced.map_err(Error::from).and_then(|()| dangling_links(db, back));
    db.conn.execute_batch("ROLLBACK TO cop_undo_probe; RELEASE cop_undo_probe")?;
    found
}

/// The links the undo left pointing at nothing: from a record it put back to one that is
/// gone, or from a record added later to one it removed.
fn dangling_links(db: &Db, back: &[u8]) -> Result<Vec<Change>> {
    let mut written = HashSet::new();
    let mut emptied = HashSet::new();
    changeset::for_each(back, |item| {
        let op = item.op()?;
        let table = op.table_name().to_string();
        if op.code() == SqlAction::SQLITE_DELETE {
            emptied.insert(table);
        } else {
            written.insert(table);
        }
        Ok(())
    })?;
    let mut check: HashSet<String> = written;
    if !emptied.is_empty() {
        let mut stmt = db.conn.prepare(
            "SELECT DISTINCT s.name FROM sqlite_schema s, pragma_foreign_key_list(s.name) f
             WHERE s.type = 'table' AND f.\"table\" = ?1",
        )?;
        for parent in &emptied {
            for child in stmt.query_map([parent], |r| r.get::<_, String>(0))? {
                check.insert(child?);
            }
        }
    }
    let mut out = Vec::new();
    let mut columns = Columns::default();
    let mut tables: Vec<String> = check.into_iter().collect();
    tables.sort();
    for table in tables {
        let problems: Vec<i64> = db
            .conn
            .prepare("SELECT DISTINCT fkid FROM pragma_foreign_key_check(?1)")?
            .query_map([&table], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for fk in problems {
            out.extend(dangling_rows(db, &mut columns, &table, fk)?);
        }
    }
    Ok(out)
}

/// The rows of `table` whose link `fk` points at nothing, as changes that name them.
fn dangling_rows(db: &Db, columns: &mut Columns, table: &str, fk: i64) -> Result<Vec<Change>> {
    let pairs: Vec<(String, String, Option<String>)> = db
        .conn
        .prepare(
            "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?1) WHERE id = ?2 ORDER BY seq",
        )?
        .query_map(rusqlite::params![table, fk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let Some((parent, _, _)) = pairs.first().cloned() else { return Ok(Vec::new()) };
    let cols = columns.of(db.conn, table)?.to_vec();
    let pk: Vec<String> = db
        .conn
        .prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk")?
        .query_map([table], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let on: Vec<String> = pairs
        .iter()
        .map(|(_, from, to)| format!("p.{} = c.{}", q(to.as_deref().unwrap_or("id")), q(from)))
        .collect();
    let not_null: Vec<String> =
        pairs.iter().map(|(_, from, _)| format!("c.{} IS NOT NULL", q(from))).collect();
    // Names here come from the schema, never from input.
    let sql = format!(
        "SELECT {} FROM {} c WHERE {} AND NOT EXISTS (SELECT 1 FROM {} p WHERE {}) LIMIT 20",
        pk.iter().map(|c| format!("c.{}", q(c))).collect::<Vec<_>>().join(", "),
        q(table),
        not_null.join(" AND "),
        q(&parent),
        on.join(" AND ")
    );
    let mut stmt = db.conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| {
        let mut old = vec![None; cols.len()];
        for (n, name) in pk.iter().enumerate() {
            if let Some(i) = cols.iter().position(|c| c == name) {
                let v: rusqlite::types::Value = r.get(n)?;
                old[i] = Some(match v {
                    rusqlite::types::Value::Integer(i) => Json::from(i),
                    rusqlite::types::Value::Text(t) => Json::from(t),
                    _ => Json::Null,
                });
            }
        }
        let pk_flags = cols.iter().map(|c| pk.contains(c)).collect();
        Ok(Change {
            table: table.to_string(),
            action: crate::domain::operation::Action::Changed,
            pk: pk_flags,
            new: vec![None; cols.len()],
            old,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The refusal: which records stand in the way, and which later operations changed them.
fn refusal(db: &Db, op: &Operation, conflicts: &[Change]) -> Result<Error> {
    let mut columns = Columns::default();
    let mut wanted: BTreeMap<String, String> = BTreeMap::new();
    for c in conflicts {
        let cols = columns.of(db.conn, &c.table)?;
        wanted.insert(c.row_key(), format!("{} {}", c.table, c.record(cols).label()));
    }
    let mut later: BTreeMap<i64, (String, Vec<String>)> = BTreeMap::new();
    let ids: Vec<(i64, String)> = db
        .conn
        .prepare(
            "SELECT id, command FROM operations
             WHERE id > ?1 AND undone_by IS NULL AND changeset IS NOT NULL ORDER BY id",
        )?
        .query_map([op.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut traced = HashSet::new();
    for (id, command) in ids {
        let Some(cs) = super::stored_change(db.conn, id)? else { continue };
        let mut hit = Vec::new();
        changeset::for_each(&cs, |item| {
            let key = Change::read(item)?.row_key();
            if let Some(label) = wanted.get(&key) {
                hit.push(label.clone());
                traced.insert(key);
            }
            Ok(())
        })?;
        if !hit.is_empty() {
            later.insert(id, (command, hit));
        }
    }
    let mut parts: Vec<String> = later
        .iter()
        .take(10)
        .map(|(id, (command, hit))| format!("operation {id} (`{command}`) changed {}", shorten(hit)))
        .collect();
    let untraced: Vec<String> =
        wanted.iter().filter(|(k, _)| !traced.contains(*k)).map(|(_, label)| label.clone()).collect();
    if !untraced.is_empty() {
        parts.push(format!("{} changed since by no operation still in the log", shorten(&untraced)));
    }
    let hint = match later.keys().next_back() {
        Some(last) => format!(
            "undo the later operations first, newest first (`cop undo {last}`), or edit the records by hand"
        ),
        None => "edit the records by hand".to_string(),
    };
    Ok(Error::conflict(format!(
        "cannot undo operation {} ({}): later changes stand in the way: {}; nothing was changed",
        op.id,
        op.summary,
        parts.join("; ")
    ))
    .with_hint(hint))
}

fn shorten(labels: &[String]) -> String {
    let mut unique: Vec<&String> = Vec::new();
    for l in labels {
        if !unique.contains(&l) {
            unique.push(l);
        }
    }
    let shown: Vec<&str> = unique.iter().take(5).map(|s| s.as_str()).collect();
    match unique.len() {
        n if n > 5 => format!("{}, and {} more", shown.join(", "), n - 5),
        _ => shown.join(", "),
    }
}
