//! `cop backup PATH`

use crate::cli::system::BackupArgs;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output::file::{NewFile, Target};
use crate::store::system as store;

pub fn backup(ctx: &mut Context, a: BackupArgs) -> Result<()> {
    let Some(s) = ctx.reader()? else {
        return Err(Error::not_found(format!("no database at {} to back up", ctx.db_path.display())));
    };
    // The same way every output goes: private from the first byte, and half a copy
    // (which would look like a backup) never reaches PATH.
    let copy = NewFile::create(&Target { flag: "PATH", path: &a.path, force: a.force }, &ctx.protected())?;
    s.read(|db| store::backup_to(db, copy.path()))?;
    copy.commit()?;
    ctx.out.message(&format!("Backed up {} to {}", ctx.db_path.display(), a.path.display()));
    Ok(())
}
