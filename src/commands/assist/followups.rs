//! `cop assist followups` and `cop assist done`.

use super::{naming, parse_id};
use crate::cli::assist::FollowupsArgs;
use crate::commands::{Context, member_id};
use crate::domain::assist::FollowUp;
use crate::error::{Error, Result};
use crate::output::assist::local_time;
use crate::store::assists::{self, FollowUpFilter};

pub fn list(ctx: &mut Context, args: FollowupsArgs) -> Result<()> {
    let today = ctx.now.date_naive();
    let store = ctx.reader()?;
    let mut w = ctx.out.list::<FollowUp>("open next steps")?;
    if let Some(s) = &store {
        s.read(|db| {
            let filter = FollowUpFilter {
                owner_id: args
                    .owner
                    .as_deref()
                    .map(|m| member_id(db, m).map_err(|e| naming("--owner", e)))
                    .transpose()?,
                overdue_on: args.overdue.then_some(today),
            };
            for f in assists::follow_ups(db, &filter)? {
                w.push(&f)?;
            }
            Ok(())
        })?;
    }
    w.finish()
}

pub fn done(ctx: &mut Context, reference: &str) -> Result<()> {
    let id = parse_id("STEP_ID", reference)?;
    let not_found = || Error::not_found(format!("no next step with id {id} (see `cop assist followups`)"));
    if ctx.reader()?.is_none() {
        return Err(not_found());
    }
    let mut store = ctx.writer()?;
    let step = store.write(&format!("next step {id} done"), |db| {
        let step = assists::next_step(db, id)?.ok_or_else(not_found)?;
        if let Some(when) = &step.done_at {
            return Err(Error::conflict(format!(
                "next step {id} is already done (since {})",
                local_time(when)
            )));
        }
        assists::mark_done(db, id)?;
        assists::next_step(db, id)?.ok_or_else(not_found)
    })?;
    ctx.out.written(id, &step, &format!("Done: next step {id}, {}", step.text))
}
