//! The operation log: each write transaction's change, recorded by SQLite's session
//! extension in the same transaction, with the command that made it.
//!
//! [`Store::write`](super::Store::write) starts a session on every table but the log's
//! own, runs the command, then stores the session's changeset with the operation. An
//! operation that changed nothing is not recorded. Old operations are pruned on each
//! write: those older than the kept days (180 unless `cop log --keep` said otherwise),
//! except the newest 1,000.

pub mod changeset;
mod codec;
pub mod forget;
pub mod undo;

use chrono::{DateTime, Utc};
use rusqlite::session::Session;
use rusqlite::{Connection, OptionalExtension, params};

use super::{Db, parse_timestamp, timestamp};
use crate::domain::operation::{
    DEFAULT_KEEP_DAYS, Invocation, KEEP_AT_LEAST, Operation, RecordChange, SCRUBBED_SUMMARY,
};
use crate::error::{Error, Result};

/// What a command tells the log about its operation, beyond its change.
#[derive(Debug, Default)]
pub struct Note {
    /// A better one-line summary than the description given to `write`.
    pub summary: Option<String>,
    /// Keep no changeset: this operation can never be undone, for this reason.
    pub not_undoable: Option<&'static str>,
    /// This operation takes back that one.
    pub undoes: Option<i64>,
    /// Members this operation deletes for good (`members forget`, an imported tombstone).
    pub forgotten: Vec<forget::Forgotten>,
    /// The write only records what left the machine (the outbox's delivery state): it
    /// is no operation, as no undo may rewind it (cop would send the mail again).
    pub delivery: bool,
}

/// Whether changes to `table` belong to operations: every table but the log's own,
/// SQLite's (`sqlite_sequence` keeps ids from being reused, even after an undo), and the
/// pairing exclusions, which are confidential: only `pairs exclusions` may ever show who
/// is kept apart, so no operation holds them (`pairs exclude --remove` takes one back).
fn recorded(table: &str) -> bool {
    !matches!(table, "operations" | "oplog_settings" | "oplog_mentions" | "pairing_exclusions")
        && !table.starts_with("sqlite_")
}

/// Starts recording every change on `conn`, for one write transaction.
pub(super) fn start(conn: &Connection) -> Result<Session<'_>> {
    let mut session = Session::new(conn)?;
    session.table_filter(Some(recorded));
    session.attach::<&str>(None)?;
    Ok(session)
}

/// Records the operation whose changes `session` holds, in the transaction that made
/// them. Returns its id, or `None` when it changed nothing.
pub(super) fn finish(
    db: &Db,
    mut session: Session,
    invocation: &Invocation,
    what: &str,
    note: Note,
) -> Result<Option<i64>> {
    let mut cs = Vec::new();
    session.changeset_strm(&mut cs)?;
    drop(session);
    if cs.is_empty() || note.delivery {
        return Ok(None);
    }
    let mut command = invocation.line.clone();
    let mut summary = note.summary.unwrap_or_else(|| what.to_string());
    let mut not_undoable = note.not_undoable;
    if !note.forgotten.is_empty() {
        // Their rows go from this operation's change as from every earlier one.
        forget::scrub(db, &note.forgotten)?;
        let terms = forget::terms(&note.forgotten);
        command = invocation.verb.clone();
        if forget::names(&summary, &terms) {
            summary = SCRUBBED_SUMMARY.to_string();
        }
        cs = if not_undoable.is_some() { Vec::new() } else { forget::without(db, &cs, &note.forgotten)? };
    } else if forget::touches_mention(db, &cs)? {
        cs = Vec::new();
    }
    if cs.is_empty() {
        not_undoable = not_undoable.or(Some(crate::domain::operation::not_undoable::HELD_FORGOTTEN));
    }
    let stored = match not_undoable {
        Some(_) => None,
        None => Some(codec::encode(&cs)),
    };
    let id = insert(db, &command, &invocation.verb, &summary, note.undoes, not_undoable, stored)?;
    if let Some(target) = note.undoes {
        mark_undone(db, target, id)?;
    }
    prune(db)?;
    Ok(Some(id))
}

/// Records an operation whose change is not kept (a generated community): it shows in
/// the log and cannot be undone.
pub(super) fn record_unkept(
    db: &Db,
    invocation: &Invocation,
    summary: &str,
    why: &'static str,
) -> Result<i64> {
    let id = insert(db, &invocation.line, &invocation.verb, summary, None, Some(why), None)?;
    prune(db)?;
    Ok(id)
}

fn insert(
    db: &Db,
    command: &str,
    verb: &str,
    summary: &str,
    undoes: Option<i64>,
    not_undoable: Option<&str>,
    changeset: Option<Vec<u8>>,
) -> Result<i64> {
    db.conn
        .prepare_cached(
            "INSERT INTO operations (at, command, verb, summary, undoes, not_undoable, changeset)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![db.stamp(), command, verb, summary, undoes, not_undoable, changeset])?;
    Ok(db.conn.last_insert_rowid())
}

/// `target` is taken back by `by`; when `target` was itself an undo, what it took back
/// is in effect again.
fn mark_undone(db: &Db, target: i64, by: i64) -> Result<()> {
    db.conn.execute("UPDATE operations SET undone_by = ?2 WHERE id = ?1", params![target, by])?;
    db.conn.execute(
        "UPDATE operations SET undone_by = NULL
         WHERE id = (SELECT undoes FROM operations WHERE id = ?1) AND undone_by = ?1",
        [target],
    )?;
    Ok(())
}

/// Drops the operations older than the kept days, except the newest 1,000: one delete
/// that walks the newest ids of the primary key, and finds nothing to do on most writes.
fn prune(db: &Db) -> Result<usize> {
    Ok(db
        .conn
        .prepare_cached(
            "DELETE FROM operations
             WHERE id <= (SELECT id FROM operations ORDER BY id DESC LIMIT 1 OFFSET ?1)
               AND at < strftime('%Y-%m-%dT%H:%M:%SZ', ?2,
                   '-' || coalesce((SELECT keep_days FROM oplog_settings WHERE id = 1), ?3) || ' days')",
        )?
        .execute(params![KEEP_AT_LEAST, db.stamp(), DEFAULT_KEEP_DAYS])?)
}

/// How many days operations are kept.
pub fn keep_days(db: &Db) -> Result<i64> {
    Ok(db
        .conn
        .query_row("SELECT keep_days FROM oplog_settings WHERE id = 1", [], |r| r.get(0))
        .optional()?
        .unwrap_or(DEFAULT_KEEP_DAYS))
}

/// Keeps operations for `days` from now on, and prunes at once; returns how many went.
pub fn set_keep_days(db: &Db, days: i64) -> Result<usize> {
    db.conn.execute(
        "INSERT INTO oplog_settings (id, keep_days) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET keep_days = excluded.keep_days",
        [days],
    )?;
    prune(db)
}

const COLUMNS: &str = "id, at, command, summary, undone_by, undoes, not_undoable";

fn operation(r: &rusqlite::Row) -> rusqlite::Result<Operation> {
    let undone_by: Option<i64> = r.get(4)?;
    let not_undoable: Option<String> = r.get(6)?;
    Ok(Operation {
        id: r.get(0)?,
        at: parse_timestamp(&r.get::<_, String>(1)?)?,
        command: r.get(2)?,
        summary: r.get(3)?,
        undone: undone_by.is_some(),
        undone_by,
        undoes: r.get(5)?,
        undoable: not_undoable.is_none(),
        not_undoable,
    })
}

/// Operations newest first, from `since` on, at most `limit`.
pub fn list(db: &Db, since: Option<DateTime<Utc>>, limit: Option<u64>) -> Result<Vec<Operation>> {
    let mut stmt = db.conn.prepare(&format!(
        "SELECT {COLUMNS} FROM operations WHERE ?1 IS NULL OR at >= ?1 ORDER BY id DESC LIMIT ?2"
    ))?;
    let limit = limit.and_then(|l| i64::try_from(l).ok()).unwrap_or(-1);
    let rows = stmt.query_map(params![since.map(timestamp), limit], operation)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(db: &Db, id: i64) -> Result<Option<Operation>> {
    Ok(db
        .conn
        .query_row(&format!("SELECT {COLUMNS} FROM operations WHERE id = ?1"), [id], operation)
        .optional()?)
}

/// The operation `cop undo` takes back when none is named: the latest not undone.
pub fn latest_in_effect(db: &Db) -> Result<Option<Operation>> {
    Ok(db
        .conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM operations WHERE undone_by IS NULL ORDER BY id DESC LIMIT 1"),
            [],
            operation,
        )
        .optional()?)
}

/// The change of operation `id` as SQLite recorded it; `None` when it keeps none.
pub(super) fn stored_change(conn: &Connection, id: i64) -> Result<Option<Vec<u8>>> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT changeset FROM operations WHERE id = ?1", [id], |r| r.get(0))
        .optional()?
        .flatten();
    blob.map(|b| codec::decode(&b)).transpose()
}

/// The records operation `id` added, changed and removed.
pub fn changes(db: &Db, id: i64) -> Result<Vec<RecordChange>> {
    match stored_change(db.conn, id)? {
        Some(cs) => changeset::records(db.conn, &cs),
        None => Ok(Vec::new()),
    }
}

/// For `doctor`: how many stored changes were read whole, and which operations' could not.
pub fn check_readable(db: &Db) -> Result<(usize, Vec<i64>)> {
    let mut stmt = db.conn.prepare("SELECT id, changeset FROM operations WHERE changeset IS NOT NULL")?;
    let mut rows = stmt.query([])?;
    let (mut ok, mut bad) = (0, Vec::new());
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let readable = row
            .get::<_, Vec<u8>>(1)
            .map_err(Error::from)
            .and_then(|b| codec::decode(&b))
            .and_then(|cs| changeset::for_each(&cs, |item| changeset::Change::read(item).map(|_| ())));
        match readable {
            Ok(()) => ok += 1,
            Err(_) => bad.push(id),
        }
    }
    Ok((ok, bad))
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::store::Store;

    /// A store at `now` on `path`, each commit without waiting for the disk (for speed).
    fn store(path: &std::path::Path, now: DateTime<Utc>) -> Store {
        let s = Store::open_or_create(path, now).unwrap();
        s.conn.pragma_update(None, "synchronous", "OFF").unwrap();
        s
    }

    fn add_tags(path: &std::path::Path, now: DateTime<Utc>, from: usize, n: usize) {
        let mut s = store(path, now);
        for i in from..from + n {
            s.write("add a tag", |db| {
                db.conn.execute(
                    "INSERT INTO tags (uuid, name, created_at, updated_at) VALUES (?1, ?1, 'x', 'x')",
                    [format!("t{i}")],
                )?;
                Ok(())
            })
            .unwrap();
        }
    }

    fn ids(path: &std::path::Path, now: DateTime<Utc>) -> Vec<i64> {
        store(path, now).read(|db| Ok(list(db, None, None)?.iter().map(|o| o.id).collect())).unwrap()
    }

    #[test]
    fn old_operations_go_but_the_newest_thousand_stay() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cop.db");
        let now = Utc::now();
        add_tags(&path, now - Duration::days(200), 0, 1005);
        add_tags(&path, now, 1005, 1);
        let kept = ids(&path, now);
        assert_eq!(kept.len(), 1000, "only the newest 1,000 of the old ones are kept");
        assert_eq!((kept[0], kept[999]), (1006, 7));
    }

    #[test]
    fn recent_operations_stay_however_many_and_keep_days_is_obeyed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cop.db");
        let now = Utc::now();
        add_tags(&path, now - Duration::days(100), 0, 1003);
        add_tags(&path, now, 1003, 1);
        assert_eq!(ids(&path, now).len(), 1004, "operations within 180 days are all kept");
        let mut s = store(&path, now);
        let pruned = s.write("keep", |db| set_keep_days(db, 30)).unwrap();
        assert_eq!(pruned, 4);
        assert_eq!(s.read(keep_days).unwrap(), 30);
        assert_eq!(ids(&path, now).len(), 1000);
    }
}
