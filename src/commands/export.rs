//! `cop export`: the whole community as one JSON document.

use crate::cli::transfer::ExportArgs;
use crate::commands::Context;
use crate::error::Result;
use crate::store::{self, schema, transfer};

pub fn export(ctx: &mut Context, a: ExportArgs) -> Result<()> {
    let doc = match ctx.reader()? {
        Some(s) => s.read(|db| transfer::export(db, schema::LATEST, a.with_exclusions))?,
        None => transfer::export_empty(&store::timestamp(ctx.now_utc()), schema::LATEST, a.with_exclusions),
    };
    if let Some(path) = &a.out {
        ctx.redirect(path, a.force)?;
    }
    ctx.out.json(&doc)?;
    ctx.out.save_file()?;
    if let Some(path) = &a.out {
        ctx.out.message(&format!("Exported the community to {}", path.display()));
    }
    Ok(())
}
