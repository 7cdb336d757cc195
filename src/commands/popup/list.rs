//! `cop popup list` and `cop popup show POPUP`

use super::load;
use crate::cli::popup::{ListArgs, PopupArg, StatusFilter};
use crate::commands::{Context, field, member_id, no_member};
use crate::domain::popup::PopupStatus;
use crate::domain::tag;
use crate::error::Result;
use crate::store::popups::{self as store, PopupFilter};

pub fn run(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let statuses = match a.status {
        StatusFilter::Open => vec![PopupStatus::Proposed, PopupStatus::Scheduled],
        StatusFilter::Proposed => vec![PopupStatus::Proposed],
        StatusFilter::Scheduled => vec![PopupStatus::Scheduled],
        StatusFilter::Done => vec![PopupStatus::Done],
        StatusFilter::Cancelled => vec![PopupStatus::Cancelled],
        StatusFilter::All => Vec::new(),
    };
    let tag = a.tag.as_deref().map(|t| field("--tag", tag::normalize(t))).transpose()?;
    let rows = match ctx.reader()? {
        None => {
            if let Some(m) = &a.member {
                return Err(no_member(m));
            }
            Vec::new()
        }
        Some(s) => s.read(|db| {
            let member = a.member.as_deref().map(|m| member_id(db, m)).transpose()?;
            store::list(db, &PopupFilter { statuses, tag, member })
        })?,
    };
    ctx.out.list_all("popups", &rows)
}

pub fn show(ctx: &mut Context, a: PopupArg) -> Result<()> {
    let p = load(ctx, &a.popup)?;
    ctx.out.detail(&p)
}
