//! The SQLite store: where the file lives, how connections are set up, and the one
//! place a write transaction is opened. Every SQL statement of `cop` lives in this folder.

pub mod assist_requests;
pub mod assist_update;
pub mod assists;
pub mod community_report;
pub mod exclusions;
pub mod file;
pub mod generate;
pub mod guard;
pub mod matching;
pub mod meetup_plan;
pub mod members;
pub mod mentions;
pub mod oplog;
pub mod outbox;
pub mod pairs;
pub mod pauses;
pub mod popups;
pub mod record_check;
mod record_kinds;
pub mod reports;
pub mod resources;
pub mod schema;
pub mod sessions;
mod stored;
pub mod stories;
pub mod system;
pub mod tags;
pub mod tombstones;
pub mod transfer;

use std::fs::{DirBuilder, OpenOptions};
use std::io;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use std::cell::RefCell;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};

use crate::domain::operation::Invocation;
use crate::error::{Error, Result};

/// How long a command waits for another `cop` holding the write lock before giving up
/// with exit code 5. `COP_BUSY_TIMEOUT_MS` overrides it.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// How long to wait for another cop: `COP_BUSY_TIMEOUT_MS`, else 30 s.
pub(crate) fn busy_timeout() -> Duration {
    std::env::var("COP_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map(Duration::from_millis)
        .unwrap_or(DEFAULT_BUSY_TIMEOUT)
}

/// The busy timeout of this process, for [`wait_for_lock`] (a plain function, so it
/// cannot capture it).
static BUSY_LIMIT_MS: AtomicU64 = AtomicU64::new(30_000);

/// Waits for another `cop` to finish its write, trying again every 2 ms. SQLite's own
/// busy timeout backs off to 100 ms sleeps, so with several writers queued the lock
/// mostly sits free while they sleep.
fn wait_for_lock(attempt: i32) -> bool {
    const PAUSE_MS: u64 = 2;
    let waited = u64::try_from(attempt).unwrap_or(0) * PAUSE_MS;
    if waited >= BUSY_LIMIT_MS.load(Ordering::Relaxed) {
        return false;
    }
    std::thread::sleep(Duration::from_millis(PAUSE_MS));
    true
}

/// The default database location: the platform data dir (`$XDG_DATA_HOME/cop/cop.db`).
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "cop").map(|d| d.data_dir().join("cop.db")).ok_or_else(|| {
        Error::runtime("cannot find a home directory for the database: give --db PATH or set COP_DB")
    })
}

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    now: DateTime<Utc>,
    timeout: Duration,
    kind: file::Kind,
    /// How the command was typed, for the operation log.
    invocation: Invocation,
    /// The operation the last write recorded.
    last_op: Option<i64>,
}

/// A view of the database for one command, inside a transaction when writing.
/// Carries the command's "now" so every record written by one command has one time.
pub struct Db<'c> {
    pub conn: &'c Connection,
    pub now: DateTime<Utc>,
    /// What the command tells the operation log about its write.
    note: RefCell<oplog::Note>,
}

impl<'c> Db<'c> {
    pub fn new(conn: &'c Connection, now: DateTime<Utc>) -> Db<'c> {
        Db { conn, now, note: RefCell::default() }
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

/// Formats a moment the way every `*_at` column stores it.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

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
    /// Opens an existing database for reading; `None` when there is none yet (or an
    /// empty file), so a read of a missing database shows an empty result and creates
    /// nothing.
    pub fn open_existing(path: &Path, now: DateTime<Utc>) -> Result<Option<Store>> {
        match Store::open_existing_once(path, now) {
            // Another cop's failed first command took its empty file away meanwhile.
            Err(_) if !path.exists() && !path.is_symlink() => Ok(None),
            other => other,
        }
    }

    fn open_existing_once(path: &Path, now: DateTime<Utc>) -> Result<Option<Store>> {
        if !path.exists() && !path.is_symlink() {
            return Ok(None);
        }
        // An empty file is a database not made yet, unless its first writes are still
        // in the log of a cop that is running.
        if file::inspect(path)? == file::Header::Empty && !file::has_log(path) {
            return Ok(None);
        }
        // On read-only media nobody can write, and SQLite would leave `-wal` and `-shm`
        // files next to a read-only file: read it as immutable instead.
        if file::on_read_only_media(path) && !file::has_log(path) {
            return Store::open_immutable(path, now).map(Some);
        }
        // READ_WRITE without CREATE: SQLite falls back to read-only on a read-only file,
        // and an old schema can still be brought up to date.
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        let mut store = match Store::setup(conn, path, now) {
            Err(Error::CannotOpen) => return Store::open_immutable(path, now).map(Some),
            other => other?,
        };
        let version = schema::check_not_newer(&store.conn)?;
        if (version < schema::LATEST || store.kind != file::Kind::Cop)
            && !store.conn.is_readonly(rusqlite::MAIN_DB)?
        {
            store.prepare_for_writes()?;
        }
        Ok(Some(store))
    }

    /// A WAL database on read-only media cannot make its shared-memory file; nobody can
    /// write there either, so it is safe to read it as immutable.
    fn open_immutable(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        let mut uri = String::from("file:");
        for c in path.to_string_lossy().chars() {
            match c {
                '%' => uri.push_str("%25"),
                '?' => uri.push_str("%3f"),
                '#' => uri.push_str("%23"),
                c => uri.push(c),
            }
        }
        uri.push_str("?mode=ro&immutable=1");
        let conn = Connection::open_with_flags(
            &uri,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| open_error(path, e))?;
        let store = Store::setup(conn, path, now)?;
        if schema::check_not_newer(&store.conn)? < schema::LATEST {
            return Err(Error::runtime(format!(
                "the database {} has an older schema and is read-only, so it cannot be upgraded",
                path.display()
            )));
        }
        Ok(store)
    }

    /// Opens the database for writing, creating it (folder 0700, file 0600) and bringing
    /// its schema up to date.
    pub fn open_or_create(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        // Another cop whose first command failed takes its new, empty file (and the
        // folders it made) away again (`remove_if_empty`): when the file vanished or
        // changed under us, start over.
        let mut attempt = 0;
        loop {
            let before = guard::identity(path);
            match Store::open_or_create_once(path, now) {
                Err(_) if attempt < 5 && (guard::identity(path) != before || !path.exists()) => {
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    fn open_or_create_once(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        create_file(path)?;
        if file::inspect(path)? == file::Header::Empty && !file::has_log(path) {
            // An empty file someone made for cop is about to hold people's details.
            let _ = std::fs::set_permissions(path, std::os::unix::fs::PermissionsExt::from_mode(0o600));
        }
        let read_only = |path: &Path| {
            Error::runtime(format!(
                "the database {} is read-only: cannot write to it (check the file, its folder and the disk)",
                path.display()
            ))
        };
        // Before SQLite opens it: a read-only connection would leave `-wal` and `-shm` behind.
        if file::cannot_write(path) {
            return Err(read_only(path));
        }
        // Without SQLITE_OPEN_CREATE: SQLite would make the file 0644. Should another
        // cop's failed first command take its empty file away meanwhile, make it again.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = match Connection::open_with_flags(path, flags) {
            Err(_) if !path.exists() => {
                create_file(path)?;
                Connection::open_with_flags(path, flags)
            }
            other => other,
        }
        .map_err(|e| open_error(path, e))?;
        let mut store = match Store::setup(conn, path, now) {
            Err(Error::CannotOpen) => return Err(read_only(path)),
            other => other?,
        };
        match store.prepare_for_writes() {
            Err(Error::CannotOpen) => Err(read_only(path)),
            other => other.map(|()| store),
        }
    }

    /// Sets up a connection defensively (the file may come from anyone) and finds out
    /// whether it holds a cop database, refusing any other.
    fn setup(mut conn: Connection, path: &Path, now: DateTime<Utc>) -> Result<Store> {
        let timeout = busy_timeout();
        harden(&conn)?;
        BUSY_LIMIT_MS.store(u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX), Ordering::Relaxed);
        conn.busy_handler(Some(wait_for_lock))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // `members forget` is for privacy: deleted rows are overwritten, not left in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
        let kind = file::retry_busy(timeout, || file::identify(&conn, path))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            now,
            timeout,
            kind,
            invocation: Invocation::default(),
            last_op: None,
        })
    }

    fn prepare_for_writes(&mut self) -> Result<()> {
        // Refuse a newer or foreign file before anything could change it.
        schema::check_not_newer(&self.conn)?;
        let conn = &self.conn;
        let mode: String = file::retry_busy(self.timeout, || {
            Ok(conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?)
        })?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::runtime(format!(
                "cannot switch the database to WAL mode (it is in {mode} mode)"
            )));
        }
        schema::migrate(&mut self.conn, self.timeout)?;
        self.kind = file::Kind::Cop;
        Ok(())
    }

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
        let tx = file::retry_busy(self.timeout, || {
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
    pub fn write<T>(&mut self, what: &str, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        self.transaction(what, Recording::Changes, f)
    }

    /// Like [`Store::write`], for a write too large to keep a change of (a generated
    /// community): the operation is logged, as one that cannot be undone for `why`.
    pub fn write_unkept<T>(
        &mut self,
        what: &str,
        why: &'static str,
        f: impl FnOnce(&Db) -> Result<T>,
    ) -> Result<T> {
        self.transaction(what, Recording::Unkept(why), f)
    }

    /// Undoes an operation: `f` applies its inverse in one write transaction, which is
    /// itself recorded, or with `dry_run` rolled back. Foreign-key actions are off
    /// meanwhile: an undo puts back exactly what the operation changed and nothing else
    /// (a cascade would delete what later operations linked to it); `f` checks links.
    pub fn undo<T>(&mut self, what: &str, dry_run: bool, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        // The pragma is a no-op inside a transaction, so it is set around it.
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let mode = if dry_run { Recording::Rehearsal } else { Recording::Changes };
        let result = self.transaction(what, mode, f);
        let on = self.conn.pragma_update(None, "foreign_keys", true);
        let value = result?;
        on?;
        Ok(value)
    }

    fn transaction<T>(&mut self, what: &str, mode: Recording, f: impl FnOnce(&Db) -> Result<T>) -> Result<T> {
        // `BEGIN IMMEDIATE` waits through the busy handler, but SQLite can still answer
        // "busy" at once (while another process recovers the log): then try again.
        let conn = &self.conn;
        let tx = file::retry_busy(self.timeout, || {
            Ok(rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?)
        })
        .map_err(|e| in_context(e, what))?;
        let mut session = match mode {
            Recording::Changes => Some(oplog::start(&tx)?),
            Recording::Unkept(_) | Recording::Rehearsal => None,
        };
        let db = Db::new(&tx, self.now);
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

/// Makes a connection safe for a file someone else made: no schema-defined SQL that
/// could run functions or write behind our back, no writes to the schema itself.
pub(crate) fn harden(conn: &Connection) -> Result<()> {
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.pragma_update(None, "trusted_schema", false)?;
    Ok(())
}

fn open_error(path: &Path, e: rusqlite::Error) -> Error {
    Error::runtime(format!("cannot open the database {}: {e}", path.display()))
}

/// The outermost folder that creating `path` would make (or `path` itself when its
/// folder exists), so a failed first command can remove exactly what it made.
pub fn first_missing_ancestor(path: &Path) -> PathBuf {
    let mut outermost = path.to_path_buf();
    let mut dir = path.parent();
    while let Some(d) = dir.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        outermost = d.to_path_buf();
        dir = d.parent();
    }
    outermost
}

/// Takes away a database a failed command created, with the folders it made, but only
/// while it holds no record at all: the check runs under an exclusive lock, so a record
/// another `cop` managed to write in the meantime keeps the file.
pub fn remove_if_empty(path: &Path, outermost: &Path) {
    // Another cop that has the file open is about to use it.
    if !guard::try_exclusive(path) {
        return;
    }
    let empty = (|| -> Result<bool> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        harden(&conn)?;
        conn.busy_timeout(Duration::from_millis(200))?;
        conn.execute_batch("BEGIN EXCLUSIVE")?;
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for t in tables {
            // Table names come from the schema itself, never from input.
            let any: bool =
                conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM \"{t}\")"), [], |r| r.get(0))?;
            if any {
                return Ok(false);
            }
        }
        for p in file::with_side_files(path) {
            let _ = std::fs::remove_file(p);
        }
        Ok(true)
    })()
    .unwrap_or(false);
    if empty {
        let mut dir = path.parent();
        while let Some(d) = dir.filter(|d| d.starts_with(outermost)) {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
}

/// Creates the database file with mode 0600 (and any missing folders with 0700) before
/// SQLite sees it, so it is never readable by others, not even for a moment.
fn create_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.exists()
    {
        DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::runtime(format!("cannot create the folder {}: {e}", dir.display())))?;
    }
    match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::runtime(format!("cannot create the database {}: {e}", path.display()))),
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

#[cfg(test)]
mod tests {
    use rusqlite::config::DbConfig;

    use super::*;

    #[test]
    fn a_hardened_connection_is_defensive_and_distrusts_the_schema() {
        let conn = Connection::open_in_memory().unwrap();
        harden(&conn).unwrap();
        assert!(conn.db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE).unwrap());
        assert!(!conn.db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA).unwrap());
        let writable = conn.execute_batch("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema;");
        assert!(writable.is_err(), "a defensive connection cannot edit the schema table");
    }
}
