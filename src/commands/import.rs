//! `cop import`: merges a document from `cop export` into the database by UUID.

use std::path::Path;

use crate::cli::transfer::ImportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::store::transfer::{self, Spool, Unreadable};
use crate::store::{Store, schema};

/// Reads the document as it streams in, and checks its schema version before the
/// database is opened.
fn read(path: &Path) -> Result<Spool> {
    let shown = path.display();
    let spool = if path == Path::new("-") {
        Spool::read(std::io::stdin().lock())
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| Error::runtime(format!("cannot read {shown}: {e}")))?;
        Spool::read(file)
    };
    let spool = match spool {
        Ok(s) => s,
        Err(Unreadable::Json(e)) if e.is_io() => {
            return Err(Error::runtime(format!("cannot read {shown}: {e}")));
        }
        Err(Unreadable::Json(e)) => {
            return Err(Error::invalid(format!("{shown}: not a cop export: invalid JSON: {e}")));
        }
        Err(Unreadable::NotAnObject) => {
            return Err(Error::invalid(format!("{shown}: not a cop export: expected a JSON object")));
        }
        Err(Unreadable::Io(e)) => return Err(e),
    };
    let version = match &spool.schema_version {
        None => {
            return Err(Error::invalid("schema_version: missing: this is not a document from `cop export`"));
        }
        Some(v) => v.as_i64().filter(|v| *v >= 1).ok_or_else(|| {
            Error::invalid(format!("schema_version: expected a whole number from 1, got {v}"))
        })?,
    };
    if version > schema::LATEST {
        // Like a database from a newer cop: the file is fine, this cop is too old for it.
        return Err(Error::runtime(format!(
            "the file has schema version {version}, newer than this cop knows ({}): \
             upgrade cop to import it; nothing was imported",
            schema::LATEST
        )));
    }
    Ok(spool)
}

pub fn import(ctx: &mut Context, a: ImportArgs) -> Result<()> {
    let doc = read(&a.file)?;
    // A dry run never creates the database: it merges into a throwaway one instead.
    let scratch;
    let mut store = if a.dry_run && !ctx.db_path.exists() {
        scratch =
            tempfile::tempdir().map_err(|e| Error::runtime(format!("cannot make a scratch folder: {e}")))?;
        Store::open_or_create(&scratch.path().join("cop.db"), ctx.now_utc())?
    } else {
        ctx.writer()?
    };
    let what = format!("import {}", a.file.display());
    let empty = !a.dry_run && store.read(transfer::is_empty)?;
    let merge = |db: &crate::store::Db| {
        let counts = transfer::merge(db, &doc, a.dry_run)?;
        let sum = |f: fn(&transfer::Counts) -> u64| counts.iter().map(f).sum::<u64>();
        db.summarize(format!(
            "{what}: {} added, {} updated, {} removed",
            sum(|c| c.added),
            sum(|c| c.updated),
            sum(|c| c.removed)
        ));
        Ok(counts)
    };
    let counts = if empty {
        store.write_unkept(&what, transfer::INTO_EMPTY, merge)?
    } else {
        store.write(&what, merge)?
    };
    ctx.out.list_all("records", &counts)?;
    let sum = |f: fn(&transfer::Counts) -> u64| counts.iter().map(f).sum::<u64>();
    let (added, updated, skipped) = (sum(|c| c.added), sum(|c| c.updated), sum(|c| c.skipped));
    let removed = sum(|c| c.removed);
    ctx.out.message(&if a.dry_run {
        format!(
            "Dry run: would add {added}, update {updated}, keep {skipped}, remove {removed} links and records; \
             nothing was written"
        )
    } else {
        format!(
            "Imported {}: added {added}, updated {updated}, kept {skipped}, removed {removed} links and records",
            a.file.display()
        )
    });
    Ok(())
}
