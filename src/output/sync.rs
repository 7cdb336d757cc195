//! The files `cop sync` writes to the shared folder, and how a sync and its status read.

use std::fs::DirBuilder;
use std::io::Write;
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use super::Tabular;
pub use super::file::NewFile;
use super::file::{Protected, Target};
use crate::domain::sync::{ReplicaStatus, SyncRow};
use crate::error::{Error, Result};

/// Makes a folder (and those above it) for cop's files, readable by this user only.
pub fn make_folder(path: &Path) -> Result<()> {
    DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .map_err(|e| Error::runtime(format!("cannot create the folder {}: {e}", path.display())))
}

/// Writes a whole file under a temporary name, syncs it to disk and renames it into
/// place, so a file sync engine or another replica never reads it half written.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let new = create(path)?;
    let mut w = new.writer()?;
    w.write_all(bytes).map_err(|e| Error::runtime(format!("cannot write {}: {e}", path.display())))?;
    drop(w);
    new.commit()
}

/// A file to be written piece by piece under a temporary name; its `commit` syncs it
/// and renames it into place, as [`write`] does.
pub fn create(path: &Path) -> Result<NewFile> {
    NewFile::create(&Target { flag: "sync", path, force: true }, &Protected::default())
}

/// Removes a file that may not be there (a check file once encryption is off).
pub fn remove(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::runtime(format!("cannot remove {}: {e}", path.display())))
        }
        _ => Ok(()),
    }
}

/// The name a replica gave itself in its folder's `replica.json`, if it can be read.
pub fn replica_name(folder: &Path) -> Option<String> {
    let text = std::fs::read_to_string(folder.join("replica.json")).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v.get("name")?.as_str().map(str::to_string)
}

impl Tabular for SyncRow {
    fn table_headers() -> &'static [&'static str] {
        &["replica", "name", "direction", "segments", "added", "updated", "removed"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.replica.clone(),
            self.name.clone(),
            self.direction.into(),
            self.segments.to_string(),
            self.added.to_string(),
            self.updated.to_string(),
            self.removed.to_string(),
        ]
    }

    fn id(&self) -> i64 {
        i64::try_from(self.added + self.updated + self.removed).unwrap_or(i64::MAX)
    }
}

impl Tabular for ReplicaStatus {
    fn table_headers() -> &'static [&'static str] {
        &["replica", "name", "this", "last_segment", "applied", "behind"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.replica.clone(),
            self.name.clone(),
            if self.this { "yes".into() } else { String::new() },
            self.last_segment.to_string(),
            self.applied.to_string(),
            self.behind.to_string(),
        ]
    }

    fn id(&self) -> i64 {
        self.behind
    }
}
