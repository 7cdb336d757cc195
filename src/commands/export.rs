//! `cop export`: the whole community as one JSON document.

use crate::cli::transfer::ExportArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::store::{self, schema, transfer};

pub fn export(ctx: &mut Context, a: ExportArgs) -> Result<()> {
    let store = ctx.reader()?;
    if let Some(path) = &a.out {
        ctx.redirect(path, a.force)?;
    }
    let now = store::timestamp(ctx.now_utc());
    let mut doc = ctx.out.document()?;
    match &store {
        Some(s) => {
            s.read(|db| transfer::export(Some(db), &db.stamp(), schema::LATEST, a.with_exclusions, &mut doc))?
        }
        None => transfer::export(None, &now, schema::LATEST, a.with_exclusions, &mut doc)?,
    }
    doc.finish()?;
    ctx.out.save_file()?;
    if let Some(path) = &a.out {
        ctx.out.message(&format!("Exported the community to {}", path.display()));
    }
    Ok(())
}
