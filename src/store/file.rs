//! What a database file is, found out before SQLite is let near it: a folder, a file
//! that is not SQLite, another program's database or a truncated copy is refused with
//! one line and left exactly as it was. Then, once SQLite has it open, whether the
//! database is cop's own.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::retry::Retry;
use crate::error::{Error, Result};

/// `PRAGMA application_id` of every cop database: the ASCII bytes "CoP1".
pub const APPLICATION_ID: i32 = 0x436F_5031;

/// The 100-byte header of a SQLite file, read without SQLite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// A zero-byte file: a database about to be made.
    Empty,
    Sqlite {
        application_id: i32,
    },
}

/// Reads the file's header and refuses what cop must not open.
pub fn inspect(path: &Path) -> Result<Header> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::runtime(format!("cannot read the database {}: {e}", path.display())))?;
    if meta.is_dir() {
        return Err(Error::runtime(format!(
            "{} is a folder, not a database file: give the path of a file",
            path.display()
        )));
    }
    if !meta.is_file() {
        return Err(Error::runtime(format!(
            "{} is not a regular file (a device, pipe or socket): cop keeps its data in a plain file",
            path.display()
        )));
    }
    // Another cop making an empty file into a database writes its first page while we
    // look: a header still being written is read again, a foreign file stays foreign.
    Retry::brief().run(|_| true, || classify(path, &read_header(path)?))
}

/// The first 100 bytes, read before SQLite opens the file: closing any descriptor of a
/// file drops every POSIX lock this process holds on it, SQLite's included.
fn read_header(path: &Path) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(100);
    File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut buf))
        .map_err(|e| Error::runtime(format!("cannot read the database {}: {e}", path.display())))?;
    Ok(buf)
}

fn classify(path: &Path, header: &[u8]) -> Result<Header> {
    if header.is_empty() {
        return Ok(Header::Empty);
    }
    if header.len() < 100 || !header.starts_with(b"SQLite format 3\0") {
        return Err(Error::runtime(format!(
            "{} is not a SQLite database (so not a cop database): it was left untouched",
            path.display()
        )));
    }
    let be32 = |at: usize| i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]]);
    let application_id = be32(68);
    if application_id != 0 && application_id != APPLICATION_ID {
        return Err(foreign(
            path,
            &format!("it belongs to another program (application_id {application_id:#010x})"),
        ));
    }
    // Opening would roll this journal back into the file: only ever for cop's own.
    if application_id == 0 && has_side_file(path, "-journal") {
        return Err(foreign(path, "it has an unfinished rollback journal and no cop application_id"));
    }
    if let Some(problem) = truncation(path, header, be32(28) as u32, be32(24), be32(92))? {
        return Err(Error::runtime(format!(
            "the database {} is truncated ({problem}): it was left untouched; restore a backup",
            path.display()
        )));
    }
    Ok(Header::Sqlite { application_id })
}

/// A file shorter than the pages its header counts, with no write-ahead log that could
/// hold the rest, lost its end.
fn truncation(
    path: &Path,
    header: &[u8],
    pages: u32,
    counter: i32,
    valid_for: i32,
) -> Result<Option<String>> {
    // The page count is only meaningful when the header says it is current.
    if pages == 0 || counter != valid_for {
        return Ok(None);
    }
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65536u64,
        n => u64::from(n),
    };
    if has_log(path) {
        return Ok(None);
    }
    let len = std::fs::metadata(path)?.len();
    let expected = page_size * u64::from(pages);
    Ok((len < expected).then(|| format!("{len} bytes of {expected}")))
}

/// Whether the file sits on a read-only mount (known from opening it for writing, which
/// changes nothing, not even the modification time).
pub fn on_read_only_media(path: &Path) -> bool {
    write_error(path) == Some(std::io::ErrorKind::ReadOnlyFilesystem)
}

/// Whether this process may not write the file: a read-only mount or permissions.
pub fn cannot_write(path: &Path) -> bool {
    write_error(path).is_some()
}

/// Like the header, probed before SQLite opens the file.
fn write_error(path: &Path) -> Option<std::io::ErrorKind> {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
            ) =>
        {
            Some(e.kind())
        }
        _ => None,
    }
}

/// Whether a write-ahead log with content lies next to the file.
pub fn has_log(path: &Path) -> bool {
    has_side_file(path, "-wal")
}

fn has_side_file(path: &Path, suffix: &str) -> bool {
    std::fs::metadata(side_file(path, suffix)).map(|m| m.len() > 0).unwrap_or(false)
}

/// The file SQLite keeps beside the database under `suffix` (`-wal`, `-shm`, `-journal`).
pub fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut side = path.as_os_str().to_owned();
    side.push(suffix);
    PathBuf::from(side)
}

/// Every file SQLite may keep beside a database, by suffix: WAL mode's log and shared
/// memory, and the rollback journal (of a backup copy, or an older database).
pub const SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// The database and the two files WAL mode keeps beside it: they hold the same data.
pub fn with_side_files(path: &Path) -> [PathBuf; 3] {
    [path.to_path_buf(), side_file(path, "-wal"), side_file(path, "-shm")]
}

fn foreign(path: &Path, why: &str) -> Error {
    Error::runtime(format!(
        "{} is not a cop database ({why}): cop refuses to read or write it; it was left untouched",
        path.display()
    ))
}

/// What an open SQLite database turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Marked as cop's.
    Cop,
    /// Nothing in it yet: cop makes it its own on the first write.
    Blank,
    /// Made by a cop from before the mark: adopted (marked) on the next write.
    Unmarked,
}

/// Tells cop's databases from every other SQLite file. Reads only the header and the
/// names in the schema, which is safe even for a hostile file.
pub fn identify(conn: &Connection, path: &Path) -> Result<Kind> {
    // One snapshot: another cop may be creating the schema between two reads.
    let tx = conn.unchecked_transaction()?;
    let kind = identify_in(&tx, path)?;
    tx.commit()?;
    Ok(kind)
}

fn identify_in(conn: &Connection, path: &Path) -> Result<Kind> {
    // cop's migrations make no triggers or views (keep it so, or list them here): any in
    // a file is someone else's SQL that would run on cop's reads and writes.
    let code: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_schema WHERE type IN ('trigger', 'view')", [], |r| {
            r.get(0)
        })?;
    if code > 0 {
        return Err(foreign(path, "it holds triggers or views, which cop never makes"));
    }
    let id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if id == APPLICATION_ID {
        return Ok(Kind::Cop);
    }
    if id != 0 {
        return Err(foreign(path, &format!("it belongs to another program (application_id {id:#010x})")));
    }
    let names: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    if objects == 0 && version == 0 {
        return Ok(Kind::Blank);
    }
    let ours = ["community", "members", "tags", "member_tags"].iter().all(|t| names.iter().any(|n| n == t));
    if ours && version > 0 {
        return Ok(Kind::Unmarked);
    }
    Err(foreign(path, "it holds other tables and no cop application_id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_application_id_spells_cop() {
        assert_eq!(&APPLICATION_ID.to_be_bytes(), b"CoP1");
    }

    #[test]
    fn headers_are_told_apart() {
        let p = Path::new("x.db");
        assert_eq!(classify(p, b"").unwrap(), Header::Empty);
        assert!(classify(p, b"name,email\n").unwrap_err().to_string().contains("not a SQLite"));
        let mut h = b"SQLite format 3\0".to_vec();
        h.resize(100, 0);
        assert_eq!(classify(p, &h).unwrap(), Header::Sqlite { application_id: 0 });
        h[68..72].copy_from_slice(&0x0f05_5112_i32.to_be_bytes());
        assert!(classify(p, &h).unwrap_err().to_string().contains("another program"));
    }
}
