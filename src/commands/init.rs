//! `cop init [--name NAME] [--timezone ZONE]`

use crate::cli::system::InitArgs;
use crate::commands::Context;
use crate::domain::time;
use crate::error::{Error, Result};
use crate::store::system as store;

pub fn init(ctx: &mut Context, a: InitArgs) -> Result<()> {
    let existed = ctx.db_path.exists();
    let name = a.name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    if a.name.is_some() && name.is_none() {
        return Err(Error::invalid("--name: must not be empty"));
    }
    if let Some(n) = name {
        crate::domain::rules::COMMUNITY_NAME
            .check_text(n)
            .map_err(|e| Error::invalid(format!("--name: {e}")))?;
    }
    let zone = a
        .timezone
        .as_deref()
        .map(|z| time::parse_zone(z).ok_or_else(|| Error::invalid(time::zone_error("--timezone", z))))
        .transpose()?;
    let mut db = ctx.writer()?;
    let (before, zone_before) = db.write("init", |db| {
        let before = store::community_name(db)?;
        match name {
            Some(n) => store::set_community_name(db, n)?,
            None if before.is_none() => store::set_community_name(db, "Our community")?,
            None => {}
        }
        let zone_before = store::community_timezone(db)?;
        if let Some(z) = zone {
            store::set_community_timezone(db, z.name())?;
        }
        Ok((before, zone_before))
    })?;
    let path = ctx.db_path.display();
    if let Some(z) = zone.filter(|z| existed && zone_before.as_deref() != Some(z.name())) {
        let old = zone_before.as_deref().unwrap_or("none");
        ctx.out.message(&format!("Changed the community's time zone from {old} to {}", z.name()));
    }
    ctx.out.message(&match (existed, name, before) {
        (true, Some(n), Some(old)) if old != n => {
            format!("Renamed the community from {old:?} to {n:?} (the database at {path} already existed)")
        }
        // A database another command made first has no name yet.
        (true, Some(n), None) => {
            format!("Named the community {n:?} (the database at {path} already existed)")
        }
        (true, _, _) => format!("The database at {path} is ready (it already existed)"),
        (false, _, _) => format!("Created the database at {path}"),
    });
    Ok(())
}
