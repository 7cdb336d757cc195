//! `cop import`: merges a document from `cop export` into the database by UUID.

use std::io::Read;
use std::path::Path;

use serde_json::Value as Json;

use crate::cli::transfer::ImportArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::store::{Store, schema, transfer};

fn read_input(path: &Path) -> Result<String> {
    let mut text = String::new();
    if path == Path::new("-") {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(path)
            .map_err(|e| Error::runtime(format!("cannot read {}: {e}", path.display())))?;
    }
    Ok(text)
}

/// Parses the document and checks its schema version before anything is opened.
fn parse(path: &Path, text: &str) -> Result<serde_json::Map<String, Json>> {
    let doc: Json = serde_json::from_str(text)
        .map_err(|e| Error::invalid(format!("{}: not a cop export: invalid JSON: {e}", path.display())))?;
    let Json::Object(doc) = doc else {
        return Err(Error::invalid(format!("{}: not a cop export: expected a JSON object", path.display())));
    };
    let version = match doc.get("schema_version") {
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
    Ok(doc)
}

pub fn import(ctx: &mut Context, a: ImportArgs) -> Result<()> {
    let text = read_input(&a.file)?;
    let doc = parse(&a.file, &text)?;
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
    let counts = store.write(&what, |db| {
        let counts = transfer::merge(db, &doc, a.dry_run)?;
        let sum = |f: fn(&transfer::Counts) -> u64| counts.iter().map(f).sum::<u64>();
        db.summarize(format!(
            "{what}: {} added, {} updated, {} removed",
            sum(|c| c.added),
            sum(|c| c.updated),
            sum(|c| c.removed)
        ));
        Ok(counts)
    })?;
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
