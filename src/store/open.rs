//! Opening the database. A file that is there is checked before SQLite is let near it
//! and set up defensively. One that is not yet is made whole under a temporary name
//! beside its place (schema, and the command's first write) and linked into place only
//! once that write has committed, never over a file another cop linked first: a failed
//! command leaves nothing, and no cop ever sees half a database.

use std::fs::DirBuilder;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use tempfile::TempPath;

use super::retry::Retry;
use super::{Store, file, schema};
use crate::domain::operation::Invocation;
use crate::error::{Error, Result};

/// The default database location: the platform data dir (`$XDG_DATA_HOME/cop/cop.db`).
pub fn default_path() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "cop").map(|d| d.data_dir().join("cop.db")).ok_or_else(|| {
        Error::runtime("cannot find a home directory for the database: give --db PATH or set COP_DB")
    })
}

/// A database made under a temporary name, not yet in its place.
pub(super) struct NewFile {
    temp: TempPath,
}

/// Where the first write of a new database ended up.
pub(super) enum Linked {
    /// In the file now at the database's path.
    Here,
    /// Nowhere: another cop linked its new file first, and the store is now on that one.
    Lost,
}

/// Whether anything, even a link to nowhere, is at `path`.
fn taken(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

impl Store {
    /// Opens an existing database for reading; `None` when there is none yet (or an
    /// empty file), so a read of a missing database shows an empty result and creates
    /// nothing.
    pub fn open_existing(path: &Path, now: DateTime<Utc>) -> Result<Option<Store>> {
        if !taken(path) {
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

    /// Opens the database for writing with its schema up to date. A database not made
    /// yet is made beside its place and appears there with the first write
    /// ([`Store::write`]); a command that writes nothing leaves nothing.
    pub fn open_or_create(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        if taken(path) { Store::open_in_place(path, now) } else { Store::create(path, now) }
    }

    fn open_in_place(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        if file::inspect(path)? == file::Header::Empty && !file::has_log(path) {
            // An empty file someone made for cop is about to hold people's details.
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
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
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
        let mut store = match Store::setup(conn, path, now) {
            Err(Error::CannotOpen) => return Err(read_only(path)),
            other => other?,
        };
        match store.prepare_for_writes() {
            Err(Error::CannotOpen) => Err(read_only(path)),
            other => other.map(|()| store),
        }
    }

    /// Makes the schema in a new private file (0600, as the `tempfile` crate makes
    /// them) in the database's folder, or in the nearest folder that exists when the
    /// database's folders are not made yet: they are made with the link.
    fn create(path: &Path, now: DateTime<Utc>) -> Result<Store> {
        let cannot =
            |e: std::io::Error| Error::runtime(format!("cannot create the database {}: {e}", path.display()));
        let name = path.file_name().ok_or_else(|| cannot(std::io::ErrorKind::InvalidInput.into()))?;
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{}.", name.to_string_lossy()))
            .suffix(".new")
            .tempfile_in(nearest_folder(path))
            .map_err(cannot)?
            // Only SQLite's descriptor may stay open: closing another one of the same
            // file would drop SQLite's locks on it.
            .into_temp_path();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&temp, flags).map_err(|e| open_error(path, e))?;
        let mut store = Store::setup(conn, path, now)?;
        store.prepare_for_writes()?;
        store.new_file = Some(NewFile { temp });
        Ok(store)
    }

    /// Puts a new database in its place after its first write committed: the log is
    /// folded into the file and closed, then the file is linked in unless another cop
    /// linked one first. Either way the store is then on the file at its path.
    pub(super) fn link_new_file(&mut self) -> Result<Linked> {
        let Some(NewFile { temp }) = self.new_file.take() else { return Ok(Linked::Here) };
        self.checkpoint()?;
        let conn = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        conn.close().map_err(|(_, e)| e)?;
        let path = self.path.clone();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| Error::runtime(format!("cannot create the folder {}: {e}", dir.display())))?;
        }
        let linked = match temp.persist_noclobber(&path) {
            Ok(()) => {
                // The new name is on disk too, not only the data it names.
                if let Ok(dir) = std::fs::File::open(nearest_folder(&path)) {
                    let _ = dir.sync_all();
                }
                Linked::Here
            }
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => Linked::Lost,
            Err(e) => {
                return Err(Error::runtime(format!(
                    "cannot create the database {}: {}",
                    path.display(),
                    e.error
                )));
            }
        };
        let reopened = Store::open_in_place(&path, self.now)?;
        self.conn = reopened.conn;
        self.kind = reopened.kind;
        Ok(linked)
    }

    /// Sets up a connection defensively (the file may come from anyone) and finds out
    /// whether it holds a cop database, refusing any other.
    fn setup(mut conn: Connection, path: &Path, now: DateTime<Utc>) -> Result<Store> {
        let retry = Retry::for_locks();
        harden(&conn)?;
        retry.handle_busy(&mut conn)?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // `members forget` is for privacy: deleted rows are overwritten, not left in free pages.
        conn.pragma_update(None, "secure_delete", true)?;
        let kind = retry.while_busy(|| file::identify(&conn, path))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            now,
            retry,
            kind,
            invocation: Invocation::default(),
            last_op: None,
            new_file: None,
        })
    }

    fn prepare_for_writes(&mut self) -> Result<()> {
        // Refuse a newer or foreign file before anything could change it.
        schema::check_not_newer(&self.conn)?;
        let conn = &self.conn;
        let mode: String = self
            .retry
            .while_busy(|| Ok(conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::runtime(format!(
                "cannot switch the database to WAL mode (it is in {mode} mode)"
            )));
        }
        schema::migrate(&mut self.conn, self.retry.limit())?;
        self.kind = file::Kind::Cop;
        Ok(())
    }
}

/// The database's folder, or the nearest one above it that exists.
fn nearest_folder(path: &Path) -> PathBuf {
    path.ancestors()
        .skip(1)
        .map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d })
        .find(|d| d.exists())
        .unwrap_or(Path::new("."))
        .to_path_buf()
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

#[cfg(test)]
mod tests;
