//! The one way `cop` writes a file a user names (`--out`, `backup PATH`): never onto the
//! database or the files SQLite keeps beside it, never over an existing file without
//! `--force`, never through a symbolic link, and never half.
//!
//! The data goes into a private temporary file in the target's folder, which is synced
//! and then renamed over the target: until that rename the target is untouched, and a
//! command that fails before it leaves nothing behind (the temporary file is removed when
//! it is dropped). A rename replaces the name itself, so a symbolic link at the target is
//! replaced, never followed, and the result is the new file with its own mode, 0600.

use std::fs::{File, Permissions};
use std::io::ErrorKind;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// Files no output may replace: the live database and its side files. The command
/// lists them (the store knows their names); this layer only compares.
#[derive(Debug, Default)]
pub struct Protected {
    files: Vec<(PathBuf, String)>,
}

impl Protected {
    /// Adds `path`, described as `what` ("the database itself") when a target is refused.
    pub fn add(&mut self, path: PathBuf, what: impl Into<String>) {
        self.files.push((path, what.into()));
    }

    /// What `target` is, if it is one of these files: the same device and inode when
    /// both exist (which sees through symbolic links, `./`, `..` and hard links), else
    /// the same name in the same real folder (a `-wal` that SQLite has not made yet).
    fn find(&self, target: &Path) -> Option<&str> {
        let target_id = identity(target);
        let target_place = target_id.is_none().then(|| place(target)).flatten();
        self.files.iter().find_map(|(file, what)| {
            let same = match (target_id, identity(file)) {
                (Some(a), Some(b)) => a == b,
                (None, None) => target_place.is_some() && target_place == place(file),
                _ => false,
            };
            same.then_some(what.as_str())
        })
    }
}

/// The device and inode the path leads to, following links.
fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// The real folder (links resolved) and the name of a file that need not exist.
fn place(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    Some(std::fs::canonicalize(folder(path)).ok()?.join(name))
}

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Where a command was asked to write: the path, the flag or argument that named it (for
/// messages), and whether an existing file may be replaced.
pub struct Target<'a> {
    pub flag: &'a str,
    pub path: &'a Path,
    pub force: bool,
}

/// A file being written. Nothing exists at the target until [`NewFile::commit`];
/// dropping it without a commit removes the temporary file.
pub struct NewFile {
    temp: NamedTempFile,
    target: PathBuf,
    flag: String,
    force: bool,
}

impl NewFile {
    /// Checks the target and opens a private temporary file beside it.
    pub fn create(target: &Target, protected: &Protected) -> Result<NewFile> {
        let Target { flag, path, force } = *target;
        let shown = path.display();
        if let Some(what) = protected.find(path) {
            return Err(Error::invalid(format!(
                "{flag}: {shown} is {what}: writing there would destroy the data; choose another path"
            )));
        }
        match std::fs::symlink_metadata(path) {
            Ok(m) => {
                // Only what the name leads to is looked at; the link is never written through.
                let kind = if m.file_type().is_symlink() { std::fs::metadata(path).ok() } else { Some(m) };
                match kind {
                    Some(k) if k.is_dir() => {
                        return Err(Error::invalid(format!(
                            "{flag}: {shown} is a folder: give the path of a file"
                        )));
                    }
                    // Replacing a device or pipe (/dev/null as root) would break the system.
                    Some(k) if !k.is_file() => {
                        return Err(Error::invalid(format!(
                            "{flag}: {shown} is not a regular file (a device, pipe or socket): \
                             give the path of a plain file"
                        )));
                    }
                    _ if !force => return Err(exists(flag, path)),
                    _ => {}
                }
            }
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            // A folder on the way that cannot be read: creating the file says why.
            Err(_) => {}
        }
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(folder(path))
            .map_err(|e| cannot_write(path, &e))?;
        // Explicitly, so that no umask decides who may read people's details.
        temp.as_file().set_permissions(Permissions::from_mode(0o600)).map_err(|e| cannot_write(path, &e))?;
        Ok(NewFile { temp, target: path.to_path_buf(), flag: flag.to_string(), force })
    }

    /// The temporary file, for a writer that needs a path (SQLite's backup).
    pub fn path(&self) -> &Path {
        self.temp.path()
    }

    /// A handle to write the data through.
    pub fn writer(&self) -> Result<File> {
        self.temp.as_file().try_clone().map_err(|e| cannot_write(&self.target, &e))
    }

    /// Makes the data durable, then puts it at the target in one rename.
    pub fn commit(self) -> Result<()> {
        let NewFile { temp, target, flag, force } = self;
        temp.as_file().sync_all().map_err(|e| cannot_write(&target, &e))?;
        // Without --force the rename itself refuses a file made meanwhile.
        let persisted = if force { temp.persist(&target) } else { temp.persist_noclobber(&target) };
        if let Err(e) = persisted {
            return Err(match e.error.kind() {
                ErrorKind::AlreadyExists => exists(&flag, &target),
                _ => cannot_write(&target, &e.error),
            });
        }
        // The rename is durable once the folder is; a folder that cannot be synced (some
        // network file systems) still holds the complete file.
        if let Ok(dir) = File::open(folder(&target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

fn exists(flag: &str, path: &Path) -> Error {
    Error::conflict(format!("{flag}: {} already exists", path.display()))
        .with_hint("add --force to replace it, or choose another path")
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Error {
    // tempfile wraps the system's error with its own random file name; the user knows
    // only the target.
    let text = e.to_string();
    let why = text.split(" at path \"").next().unwrap_or(&text);
    Error::runtime(format!("cannot write {}: {why}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protect(db: &Path) -> Protected {
        let mut p = Protected::default();
        p.add(db.to_path_buf(), "the database itself");
        p.add(PathBuf::from(format!("{}-wal", db.display())), "the database's -wal file");
        p
    }

    #[test]
    fn a_file_is_recognized_by_inode_and_a_missing_one_by_its_real_folder() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        std::fs::write(&db, b"data").unwrap();
        let p = protect(&db);
        let dotted = dir.path().join(".").join("sub").join("..").join("x.db");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert_eq!(p.find(&dotted), Some("the database itself"));
        std::fs::hard_link(&db, dir.path().join("hard")).unwrap();
        assert_eq!(p.find(&dir.path().join("hard")), Some("the database itself"));
        assert_eq!(p.find(&dir.path().join("sub/../x.db-wal")), Some("the database's -wal file"));
        assert_eq!(p.find(&dir.path().join("x.db-shm")), None);
        assert_eq!(p.find(&dir.path().join("other")), None);
    }

    #[test]
    fn nothing_reaches_the_target_before_the_commit_and_nothing_stays_without_it() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.txt");
        let p = Protected::default();
        let file = NewFile::create(&Target { flag: "--out", path: &out, force: false }, &p).unwrap();
        std::io::Write::write_all(&mut file.writer().unwrap(), b"hello").unwrap();
        assert!(!out.exists());
        drop(file);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        let file = NewFile::create(&Target { flag: "--out", path: &out, force: false }, &p).unwrap();
        std::io::Write::write_all(&mut file.writer().unwrap(), b"hello").unwrap();
        file.commit().unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"hello");
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o7777, 0o600);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_file_made_after_the_check_is_not_replaced_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.txt");
        let file =
            NewFile::create(&Target { flag: "--out", path: &out, force: false }, &Protected::default())
                .unwrap();
        std::fs::write(&out, b"theirs").unwrap();
        let err = file.commit().unwrap_err();
        assert_eq!(err.exit_code(), 4, "{err}");
        assert_eq!(std::fs::read(&out).unwrap(), b"theirs");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
