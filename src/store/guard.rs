//! One handle on each database file for the life of the process, holding a shared
//! `flock`, so a cop whose first command failed removes its new, empty file only when no
//! other cop has it open (`remove_if_empty` takes the lock exclusively first). Without
//! it, a cop that had just opened that file wrote its records into a removed file.
//!
//! The handle is never closed before the process ends: closing any descriptor of a file
//! drops every POSIX lock the process holds on it, SQLite's included. So the header is
//! read, and write access probed, through this handle too.

use std::fs::{File, OpenOptions};
use std::io::ErrorKind;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

struct Entry {
    identity: (u64, u64),
    file: File,
    /// Why the file could not be opened for writing, if it could not.
    write_error: Option<ErrorKind>,
}

static HELD: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

/// What the held handle tells about the file.
pub struct Held {
    /// Up to the first 100 bytes.
    pub header: Vec<u8>,
    pub write_error: Option<ErrorKind>,
}

/// The device and inode at `path`, to tell one file from another put in its place.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

fn cannot_read(path: &Path, e: std::io::Error) -> Error {
    Error::runtime(format!("cannot read the database {}: {e}", path.display()))
}

/// Opens (once per process) and share-locks the regular file at `path`, waiting up to
/// `timeout` for a cop that is removing it.
pub fn hold(path: &Path, timeout: Duration) -> Result<Held> {
    let deadline = Instant::now() + timeout;
    loop {
        let id =
            identity(path).ok_or_else(|| cannot_read(path, std::io::Error::from(ErrorKind::NotFound)))?;
        let mut held = HELD.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = held.iter().find(|e| e.identity == id) {
            return Ok(Held {
                header: read_header(&e.file).map_err(|e| cannot_read(path, e))?,
                write_error: e.write_error,
            });
        }
        let (file, write_error) = match OpenOptions::new().read(true).write(true).open(path) {
            Ok(f) => (f, None),
            Err(e) if matches!(e.kind(), ErrorKind::ReadOnlyFilesystem | ErrorKind::PermissionDenied) => {
                (File::open(path).map_err(|e| cannot_read(path, e))?, Some(e.kind()))
            }
            Err(e) => return Err(cannot_read(path, e)),
        };
        loop {
            match file.try_lock_shared() {
                Ok(()) => break,
                Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(2));
                }
                Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Busy),
                Err(std::fs::TryLockError::Error(e)) => return Err(cannot_read(path, e)),
            }
        }
        let opened = file.metadata().map(|m| (m.dev(), m.ino())).map_err(|e| cannot_read(path, e))?;
        // Removed or replaced while we opened it: no connection of ours uses that file,
        // so closing this handle is safe; try the file that is there now.
        if identity(path) != Some(opened) {
            if Instant::now() >= deadline {
                return Err(Error::Busy);
            }
            continue;
        }
        let header = read_header(&file).map_err(|e| cannot_read(path, e))?;
        held.push(Entry { identity: opened, file, write_error });
        return Ok(Held { header, write_error });
    }
}

/// Takes the lock on `path` exclusively, without waiting: `false` while any other cop
/// has the file open.
pub fn try_exclusive(path: &Path) -> bool {
    if hold(path, Duration::ZERO).is_err() {
        return false;
    }
    let held = HELD.lock().unwrap_or_else(|e| e.into_inner());
    let id = identity(path);
    held.iter().find(|e| Some(e.identity) == id).is_some_and(|e| e.file.try_lock().is_ok())
}

fn read_header(file: &File) -> std::io::Result<Vec<u8>> {
    let mut buf = vec![0u8; 100];
    let mut filled = 0;
    while filled < buf.len() {
        match file.read_at(&mut buf[filled..], filled as u64)? {
            0 => break,
            n => filled += n,
        }
    }
    buf.truncate(filled);
    Ok(buf)
}
