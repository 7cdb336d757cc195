//! `cop demo`: a small sample community to explore, or (given a size) a large generated
//! one to try `cop` at scale and to benchmark it.

mod sample;
mod scale;

use std::path::Path;

use crate::cli::system::DemoArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::store::Db;

pub fn run(ctx: &mut Context, a: DemoArgs) -> Result<()> {
    if !a.here && !ctx.db_path_given {
        let dir = tempfile::Builder::new()
            .prefix("cop-demo-")
            .tempdir()
            .map_err(|e| Error::runtime(format!("cannot make a throwaway folder: {e}")))?
            .keep();
        ctx.db_path = dir.join("cop.db");
    }
    match scale::Sizes::of(&a) {
        Some(sizes) => scale::fill(ctx, &a, sizes),
        None => sample::fill(ctx, &a),
    }
}

/// The demo only fills an empty database: exit 4 when it has members.
fn refuse_members(db: &Db, path: &Path) -> Result<()> {
    let existing = crate::store::system::counts(db)?;
    if existing.iter().any(|(t, n)| *t == "members" && *n > 0) {
        return Err(Error::conflict(format!(
            "{} already has members: the demo only fills an empty database",
            path.display()
        )));
    }
    Ok(())
}

/// How to reach the filled database: the default one needs no pointing at; any other does.
fn pointer(ctx: &Context, a: &DemoArgs) -> String {
    if a.here && !ctx.db_path_given {
        String::new()
    } else {
        format!("\n  export COP_DB={}", ctx.db_path.display())
    }
}
