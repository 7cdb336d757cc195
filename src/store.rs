//! The SQLite store: where the file lives, how connections are set up, and the one
//! place a write transaction is opened. Every SQL statement of `cop` lives in this folder.

pub mod assist_requests;
pub mod assist_update;
pub mod assists;
pub mod bulk;
pub mod community_report;
pub mod exclusions;
pub mod file;
pub mod matching;
pub mod meetup_plan;
pub mod member_merge;
pub mod members;
pub mod mentions;
mod open;
pub mod oplog;
pub mod outbox;
pub mod pairs;
pub mod pauses;
pub mod popups;
pub mod record_check;
mod record_kinds;
pub mod reports;
pub mod resources;
mod retry;
pub mod schema;
pub mod sessions;
mod stored;
pub mod stories;
pub mod sync;
pub mod system;
pub mod tags;
pub mod tombstones;
pub mod transfer;

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior, params};

use crate::domain::operation::Invocation;
use crate::error::{Error, Result};
pub use open::default_path;
pub(crate) use open::harden;
use open::{Linked, NewFile};
use retry::Retry;

/// An open database.
pub struct Store {
    /// Declared before `new_file`, so it closes before a new file is removed.
    conn: Connection,
    path: PathBuf,
    now: DateTime<Utc>,
    retry: Retry,
    kind: file::Kind,
    /// How the command was typed, for the operation log.
    invocation: Invocation,
    /// The operation the last write recorded.
    last_op: Option<i64>,
    /// A database not in its place yet: its first write puts it there.
    new_file: Option<NewFile>,
}

/// A view of the database for one command, inside a transaction when writing.
/// Carries the command's "now" so every record written by one command has one time.
pub struct Db<'c> {
    pub(in crate::store) conn: &'c Connection,
    pub now: DateTime<Utc>,
    /// What the command tells the operation log about its write.
    note: RefCell<oplog::Note>,
    /// Whether this write may be run once more, on another file ([`Store::write`]).
    may_run_again: bool,
}

impl<'c> Db<'c> {
    pub fn new(conn: &'c Connection, now: DateTime<Utc>) -> Db<'c> {
        Db { conn, now, note: RefCell::default(), may_run_again: false }
    }

    /// Whether the write may run once more on another file: only a new database's first
    /// write may ([`Store::write`]), so only then must it keep what it needs to run again.
    pub fn may_run_again(&self) -> bool {
        self.may_run_again
    }

    /// Gives the operation a one-line summary for `cop log`, better than the description
    /// given to [`Store::write`] (`members import signups.csv: 212 added, 14 updated`).
    pub fn summarize(&self, summary: impl Into<String>) {
        self.note.borrow_mut().summary = Some(summary.into());
    }

    /// Marks the operation as one that can never be undone, and keeps no change for it.
    pub fn not_undoable(&self, why: &'static str) {
        self.note.borrow_mut().not_undoable = Some(why);
    }

    /// Marks the write as one that only records a delivery (a message sent, or why it
    /// was not): no operation is recorded, so no undo can make a sent message pending
    /// again. Undoing the invitation still removes its message from the outbox.
    pub fn delivery_only(&self) {
        self.note.borrow_mut().delivery = true;
    }

    pub(in crate::store) fn set_note(&self, f: impl FnOnce(&mut oplog::Note)) {
        f(&mut self.note.borrow_mut());
    }

    /// The command's time as stored: RFC 3339 UTC with seconds.
    pub fn stamp(&self) -> String {
        timestamp(self.now)
    }

    /// Lets this connection's page cache grow to `mib` MiB; SQLite takes the memory only
    /// as pages are used.
    pub fn grow_cache(&self, mib: i64) -> Result<()> {
        // A negative cache_size is a size in KiB rather than a count of pages.
        self.conn.pragma_update(None, "cache_size", -mib * 1024)?;
        Ok(())
    }

    /// Gives this connection a page cache (64 MiB) big enough for a read that joins the
    /// large link tables with the records they point at (attendance with sessions): their
    /// pages are visited in no particular order, and the default 2 MiB cache would read
    /// each one again from the OS many times. Only such reads ask for it, so ordinary
    /// commands keep a small memory footprint.
    pub fn cache_for_joins(&self) -> Result<()> {
        self.grow_cache(64)?;
        // Mapping the file spares a read system call and a copy for each page first seen.
        self.conn.pragma_update(None, "mmap_size", 268_435_456)?;
        Ok(())
    }

    /// Stamps `updated_at` of the record that owns a set of links (a session's RSVPs, a
    /// popup's members...) after that set changed, in the same transaction: `cop import`
    /// on another copy replaces the owner's links only when the owner is newer, so a
    /// link change that left its owner's stamp alone would never travel. Nothing else
    /// changes (a session's calendar `SEQUENCE` stays). `table` is a constant name.
    pub fn touch_owner(&self, table: &'static str, id: i64) -> Result<()> {
        self.conn.execute(
            &format!("UPDATE {table} SET updated_at = ?2 WHERE id = ?1"),
            params![id, self.stamp()],
        )?;
        Ok(())
    }
}

pub use crate::domain::time::timestamp;

/// Reads a stored `*_at` column back.
pub fn parse_timestamp(s: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e)))
}

pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl Store {
    /// Whether the file is marked as cop's yet.
    pub fn kind(&self) -> file::Kind {
        self.kind
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Copies the write-ahead log into the database file and empties it, so pages that
    /// held forgotten data (overwritten thanks to `secure_delete`) linger nowhere.
    pub fn checkpoint(&self) -> Result<()> {
        // A reader still on an older snapshot keeps the log: SQLite says so in `busy`.
        let busy: i64 = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(Error::runtime("another cop was still reading an older copy of the data"));
        }
        Ok(())
    }

    /// Runs `f` on the database in one read transaction, so everything it reads is one
    /// snapshot, and a "busy" from another process recovering the log is waited out.
    pub fn read<T>(&self, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        let tx = self.retry.while_busy(|| {
            let tx = self.conn.unchecked_transaction()?;
            // The snapshot is taken by the first read, so the wait happens here.
            tx.query_row("PRAGMA schema_version", [], |_| Ok(()))?;
            Ok(tx)
        })?;
        let value = f(&Db::new(&tx, self.now))?;
        tx.commit()?;
        Ok(value)
    }

    /// The operation the last write recorded, if it changed anything.
    pub fn last_operation(&self) -> Option<i64> {
        self.last_op
    }

    /// Says how the command was typed, for the operations its writes record.
    pub fn set_invocation(&mut self, invocation: Invocation) {
        self.invocation = invocation;
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: it commits when `f` succeeds and
    /// rolls back, changing nothing, when it fails. The change is recorded in the same
    /// transaction as one operation of the log, with `what` ("add member Ana") as its
    /// summary unless `f` gives a better one ([`Db::summarize`]).
    ///
    /// `f` runs a second time, on the other file, in one case only: this is a new
    /// database's first write and another cop put its own new database in place first.
    pub fn write<T>(&mut self, what: &str, f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        self.transaction(what, Recording::Changes, Keys::Enforced, f)
    }

    /// Like [`Store::write`], for a write too large to keep a change of (a generated
    /// community): the operation is logged, as one that cannot be undone for `why`.
    pub fn write_unkept<T>(
        &mut self,
        what: &str,
        why: &'static str,
        f: impl FnMut(&Db) -> Result<T>,
    ) -> Result<T> {
        self.transaction(what, Recording::Unkept(why), Keys::Enforced, f)
    }

    /// Undoes an operation: `f` applies its inverse in one write transaction, which is
    /// itself recorded, or with `dry_run` rolled back. Foreign-key actions are off
    /// meanwhile: an undo puts back exactly what the operation changed and nothing else
    /// (a cascade would delete what later operations linked to it); `f` checks links.
    pub fn undo<T>(&mut self, what: &str, dry_run: bool, f: impl FnMut(&Db) -> Result<T>) -> Result<T> {
        let mode = if dry_run { Recording::Rehearsal } else { Recording::Changes };
        self.transaction(what, mode, Keys::Unenforced, f)
    }

    fn transaction<T>(
        &mut self,
        what: &str,
        mode: Recording,
        keys: Keys,
        mut f: impl FnMut(&Db) -> Result<T>,
    ) -> Result<T> {
        let value = self.transaction_once(what, mode, keys, &mut f)?;
        if matches!(mode, Recording::Rehearsal) {
            return Ok(value);
        }
        match self.link_new_file().map_err(|e| in_context(e, what))? {
            Linked::Here => Ok(value),
            Linked::Lost => self.transaction_once(what, mode, keys, &mut f),
        }
    }

    fn transaction_once<T>(
        &mut self,
        what: &str,
        mode: Recording,
        keys: Keys,
        f: &mut impl FnMut(&Db) -> Result<T>,
    ) -> Result<T> {
        if keys == Keys::Unenforced {
            // The pragma is a no-op inside a transaction, so it is set around it.
            self.conn.pragma_update(None, "foreign_keys", false)?;
        }
        let result = self.run_transaction(what, mode, f);
        if keys == Keys::Unenforced {
            let on = self.conn.pragma_update(None, "foreign_keys", true);
            let value = result?;
            on?;
            return Ok(value);
        }
        result
    }

    fn run_transaction<T>(
        &mut self,
        what: &str,
        mode: Recording,
        f: &mut impl FnMut(&Db) -> Result<T>,
    ) -> Result<T> {
        // `BEGIN IMMEDIATE` waits through the busy handler, but SQLite can still answer
        // "busy" at once (while another process recovers the log): then try again.
        let conn = &self.conn;
        let tx = self
            .retry
            .while_busy(|| Ok(rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?))
            .map_err(|e| in_context(e, what))?;
        let mut session = match mode {
            Recording::Changes => Some(oplog::start(&tx)?),
            Recording::Unkept(_) | Recording::Rehearsal => None,
        };
        let db = Db { may_run_again: self.new_file.is_some(), ..Db::new(&tx, self.now) };
        let value = f(&db)?;
        let note = db.note.take();
        match mode {
            Recording::Rehearsal => {
                drop((session, db));
                tx.rollback()?;
                return Ok(value);
            }
            Recording::Unkept(why) => {
                let summary = note.summary.as_deref().unwrap_or(what);
                self.last_op = Some(oplog::record_unkept(&db, &self.invocation, summary, why)?);
            }
            Recording::Changes => {
                if let Some(session) = session.take() {
                    self.last_op = oplog::finish(&db, session, &self.invocation, what, note)?;
                }
            }
        }
        drop((session, db));
        tx.commit().map_err(|e| in_context(e.into(), what))?;
        Ok(value)
    }
}

/// Whether foreign-key actions run during a write transaction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keys {
    Enforced,
    /// For an undo, which puts back exactly what an operation changed.
    Unenforced,
}

/// How a write transaction is recorded in the operation log.
#[derive(Clone, Copy)]
enum Recording {
    /// As an operation with its change, to be undone.
    Changes,
    /// As an operation without its change, never to be undone, for this reason.
    Unkept(&'static str),
    /// Not at all: the transaction is rolled back (a dry run).
    Rehearsal,
}

/// Names the change a runtime failure interrupted ("add member Ana: disk I/O error").
fn in_context(e: Error, what: &str) -> Error {
    match e {
        Error::Runtime(msg) => Error::Runtime(format!("{what}: {msg}")),
        other => other,
    }
}

/// Turns a constraint failure into a conflict the user can act on, passing other errors on.
pub(crate) fn unique_violation(e: rusqlite::Error, message: impl FnOnce() -> String) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = &e
        && f.code == rusqlite::ErrorCode::ConstraintViolation
        && (f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY)
    {
        return Error::conflict(message());
    }
    Error::from(e)
}

/// What a SQLite failure means for the user, and its exit code: the store is the one
/// place that knows SQLite, so this mapping lives here rather than beside the error type.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            match f.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return Error::Busy,
                ErrorCode::NotADatabase => {
                    return Error::Runtime("the database file is not a SQLite database".into());
                }
                ErrorCode::ReadOnly => {
                    return Error::Runtime(
                        "the database is read-only: cannot write to it (check the file and its folder)"
                            .into(),
                    );
                }
                ErrorCode::CannotOpen => return Error::CannotOpen,
                ErrorCode::DatabaseCorrupt => {
                    return Error::Runtime(
                        "the database file is damaged (SQLite found it malformed): nothing was \
                         changed; restore a backup"
                            .into(),
                    );
                }
                // A full tmpfs or a failing disk reports a plain I/O error, not SQLITE_FULL.
                ErrorCode::SystemIoFailure => {
                    return Error::Runtime(
                        "disk I/O error: the disk may be full or failing; nothing was written".into(),
                    );
                }
                ErrorCode::DiskFull => {
                    return Error::Runtime("the disk is full: nothing was written".into());
                }
                _ => {}
            }
        }
        Error::Runtime(format!("database error: {e}"))
    }
}
