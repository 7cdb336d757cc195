//! `cop doctor`: the checks of a database and the files around it.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output::{Detail, Tabular};
use crate::store::file::{APPLICATION_ID, Kind};
use crate::store::{schema, system as store};

/// One line of `cop doctor`.
#[derive(Serialize)]
pub struct Check {
    check: &'static str,
    ok: bool,
    detail: String,
}

impl Tabular for Check {
    fn table_headers() -> &'static [&'static str] {
        &["check", "status", "detail"]
    }
    fn table_cells(&self) -> Vec<String> {
        vec![self.check.into(), if self.ok { "ok".into() } else { "PROBLEM".into() }, self.detail.clone()]
    }
    fn id(&self) -> i64 {
        0
    }
}

impl Detail for Check {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("check", self.check.into()), ("detail", self.detail.clone())]
    }
}

fn check(check: &'static str, ok: bool, detail: impl Into<String>) -> Check {
    Check { check, ok, detail: detail.into() }
}

pub fn doctor(ctx: &mut Context) -> Result<()> {
    let path = ctx.db_path.clone();
    let mut checks = vec![check("location", true, path.display().to_string())];
    match ctx.reader()? {
        None => checks.push(check("database", true, "none yet: it is created on the first write")),
        Some(s) => {
            // SQLite makes the -wal and -shm beside the file a link leads to: that file,
            // and its folder, are the ones to check.
            let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if path.is_symlink() {
                checks[0].detail = format!("{} (a link to {})", path.display(), real.display());
            }
            checks.push(file_mode_check(&real)?);
            checks.push(folder_check(&real));
            checks.push(check(
                "application id",
                true,
                match s.kind() {
                    Kind::Cop => format!("{:#010x} (\"CoP1\", a cop database)", APPLICATION_ID),
                    Kind::Blank | Kind::Unmarked => "none yet: cop marks the file on its next write".into(),
                },
            ));
            s.read(|db| {
                let v = schema::stored_version(db)?;
                checks.push(check(
                    "schema version",
                    v == schema::LATEST,
                    format!("{v} (this cop writes {})", schema::LATEST),
                ));
                let mode = store::journal_mode(db)?;
                // A backup copy is in rollback mode until its first write turns WAL on.
                let detail = if mode.eq_ignore_ascii_case("wal") {
                    mode
                } else {
                    format!("{mode} (WAL from the next write)")
                };
                checks.push(check("journal mode", true, detail));
                let integrity = store::integrity_problems(db)?;
                checks.push(check(
                    "integrity",
                    integrity.is_empty(),
                    if integrity.is_empty() { "ok".to_string() } else { integrity.join("; ") },
                ));
                let fks = store::foreign_key_problems(db)?;
                checks.push(check(
                    "foreign keys",
                    fks.is_empty(),
                    if fks.is_empty() { "every link points at a record".to_string() } else { fks.join("; ") },
                ));
                checks.push(record_rules_check(&crate::store::record_check::problems(db)?));
                let (readable, unreadable) = crate::store::oplog::check_readable(db)?;
                let ids: Vec<String> = unreadable.iter().map(i64::to_string).collect();
                checks.push(check(
                    "operation log",
                    unreadable.is_empty(),
                    if ids.is_empty() {
                        format!("{}, each one readable", crate::output::count(readable, "stored change"))
                    } else {
                        format!(
                            "the stored changes of operations {} cannot be read, so not undone",
                            ids.join(", ")
                        )
                    },
                ));
                let counts: Vec<String> =
                    store::counts(db)?.iter().map(|(t, n)| crate::output::count_plural(*n, t)).collect();
                checks.push(check("records", true, counts.join(", ")));
                if let Some(name) = store::community_name(db)? {
                    checks.push(check("community", true, name));
                }
                Ok(())
            })?;
        }
    }
    ctx.out.list_all("checks", &checks)?;
    let problems = checks.iter().filter(|c| !c.ok).count();
    if problems > 0 {
        return Err(Error::runtime(format!(
            "doctor found {} in {}",
            crate::output::count(problems, "problem"),
            path.display()
        )));
    }
    Ok(())
}

/// Every stored value keeps the rules of its record; the first bad rows are named.
fn record_rules_check(problems: &[String]) -> Check {
    const SHOWN: usize = 25;
    if problems.is_empty() {
        return check("record rules", true, "every stored value keeps the rules of its record");
    }
    let mut detail = problems.iter().take(SHOWN).cloned().collect::<Vec<_>>().join("; ");
    if problems.len() > SHOWN {
        detail.push_str(&format!("; and {} more", problems.len() - SHOWN));
    }
    check("record rules", false, detail)
}

/// The database and its `-wal` and `-shm` files must be private: they hold the same data.
fn file_mode_check(path: &Path) -> Result<Check> {
    let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
    let mut loose = Vec::new();
    for p in crate::store::file::with_side_files(path) {
        if let Ok(m) = std::fs::metadata(&p)
            && m.permissions().mode() & 0o077 != 0
        {
            loose.push(format!("{} is {:04o}", p.display(), m.permissions().mode() & 0o777));
        }
    }
    Ok(if loose.is_empty() {
        check("file mode", true, format!("{mode:04o}"))
    } else {
        check(
            "file mode",
            false,
            format!("others can read it: {}; run `chmod 600 {}*`", loose.join(", "), path.display()),
        )
    })
}

/// Whoever can write into the folder can swap the database or plant a `-wal` file that
/// SQLite would read as ours; a folder others can only look into is fine. A shared folder
/// (sticky, like /tmp, or someone else's) is not the user's to close: the database moves.
fn folder_check(path: &Path) -> Check {
    let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let owner = std::fs::metadata(path).ok().map(|m| m.uid());
    match std::fs::metadata(&dir) {
        Err(e) => check("folder", false, format!("cannot read {}: {e}", dir.display())),
        Ok(m) => {
            let mode = m.permissions().mode() & 0o7777;
            let shared = mode & 0o1000 != 0 || owner.is_some_and(|o| o != m.uid());
            if mode & 0o022 != 0 && shared {
                let elsewhere = match crate::store::default_path() {
                    Ok(p) if p != path => format!("suggested: --db {}", p.display()),
                    _ => "to a folder only you can write, and give it with --db".into(),
                };
                check(
                    "folder",
                    false,
                    format!(
                        "{} is {mode:04o}, a shared folder: others can create files here: \
                         move the database ({elsewhere})",
                        dir.display()
                    ),
                )
            } else if mode & 0o022 != 0 {
                check(
                    "folder",
                    false,
                    format!(
                        "{} is {mode:04o}: others can add or replace files next to the database; \
                         run `chmod go-w {}` or move the database",
                        dir.display(),
                        dir.display()
                    ),
                )
            } else if mode & 0o055 != 0 {
                check("folder", true, format!("{mode:04o}: others see the file's name, not its contents"))
            } else {
                check("folder", true, format!("{mode:04o}"))
            }
        }
    }
}
