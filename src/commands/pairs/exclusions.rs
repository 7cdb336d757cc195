//! `cop pairs exclude MEMBER MEMBER [--remove]` and `cop pairs exclusions`.
//!
//! Exclusions are confidential: nothing but `pairs exclusions` prints who is kept apart,
//! not even the command that saves one (its message names nobody), nor an error.

use crate::cli::pairs::ExcludeArgs;
use crate::commands::{Context, member_id};
use crate::error::{Error, Result};
use crate::store::exclusions as store;

pub fn exclude(ctx: &mut Context, a: ExcludeArgs) -> Result<()> {
    let what = if a.remove { "lift a pairing exclusion" } else { "add a pairing exclusion" };
    let mut db = ctx.writer()?;
    db.write(what, |db| {
        let (one, other) = (member_id(db, &a.member)?, member_id(db, &a.other)?);
        if one == other {
            return Err(Error::invalid(
                "OTHER: the same member as MEMBER: nobody is kept apart from themselves",
            ));
        }
        if a.remove { store::remove(db, one, other) } else { store::add(db, one, other) }
    })?;
    ctx.out.message(if a.remove {
        "Lifted: pairing may put those two in one group again"
    } else {
        "Saved: pairing will never put those two in one group (`cop pairs exclusions` lists every exclusion)"
    });
    Ok(())
}

pub fn list(ctx: &mut Context) -> Result<()> {
    let all = match ctx.reader()? {
        Some(s) => s.read(store::list)?,
        None => Vec::new(),
    };
    ctx.out.list_all("exclusions", &all)
}
