//! `cop assist list` and `cop assist show`.

use super::{load, naming, parse_id};
use crate::cli::assist::ListArgs;
use crate::commands::{Context, member_id};
use crate::domain::assist::PeerAssist;
use crate::error::{Error, Result};
use crate::store::{self, assists};

pub fn list(ctx: &mut Context, args: ListArgs) -> Result<()> {
    let since = args.since.as_deref().map(|s| ctx.datetime("--since", s)).transpose()?;
    let store = ctx.reader()?;
    let mut w = ctx.out.list::<PeerAssist>("assists")?;
    if let Some(s) = &store {
        s.read(|db| {
            let filter = assists::AssistFilter {
                member_id: args
                    .member
                    .as_deref()
                    .map(|m| member_id(db, m).map_err(|e| naming("--member", e)))
                    .transpose()?,
                since: since.map(store::timestamp),
                open: args.open,
                drafts: args.drafts,
                requested: args.requested,
            };
            for id in assists::ids(db, &filter)? {
                w.push(&load(db, id)?)?;
            }
            Ok(())
        })?;
    }
    w.finish()
}

pub fn show(ctx: &mut Context, reference: &str) -> Result<()> {
    let id = parse_id("ASSIST", reference)?;
    let Some(s) = ctx.reader()? else {
        return Err(Error::not_found(format!("no assist with id {id}")));
    };
    let a = s.read(|db| load(db, id))?;
    ctx.out.assist(&a)
}
