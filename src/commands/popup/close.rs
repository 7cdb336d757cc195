//! `cop popup close POPUP` and `cop popup cancel POPUP`: the end of a popup's life.

use super::{popup_id, require_open};
use crate::cli::popup::{CancelArgs, CloseArgs};
use crate::commands::{Context, field};
use crate::domain::popup::{OUTCOME, PopupStatus};
use crate::domain::rules::optional;
use crate::error::Result;
use crate::store::popups as store;

pub fn close(ctx: &mut Context, a: CloseArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let outcome =
        a.outcome.as_deref().map(|o| field("--outcome", optional(o, OUTCOME))).transpose()?.flatten();
    let mut store = ctx.writer()?;
    let (popup, n) = store.write(&format!("close popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "close it")?;
        store::set_status(db, id, PopupStatus::Done, outcome.as_deref())?;
        let n = if a.keep_sessions {
            0
        } else {
            store::cancel_future_sessions(db, id, Some("the popup is done"))?
        };
        Ok((store::require(db, id)?, n))
    })?;
    ctx.out.written(
        popup.id,
        &popup,
        &format!("Closed popup {} (id {}): done{}", popup.title, popup.id, sessions_cancelled(n)),
    )
}

/// What became of the sessions still to come, for the message (`--keep-sessions` keeps them).
fn sessions_cancelled(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; its session to come is cancelled (--keep-sessions keeps it)".into(),
        n => format!("; its {n} sessions to come are cancelled (--keep-sessions keeps them)"),
    }
}

pub fn cancel(ctx: &mut Context, a: CancelArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let reason = a
        .reason
        .as_deref()
        .map(|r| field("--reason", optional(r, crate::domain::session::PLACE)))
        .transpose()?
        .flatten();
    let mut store = ctx.writer()?;
    let (popup, n) = store.write(&format!("cancel popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "cancel it")?;
        store::set_status(db, id, PopupStatus::Cancelled, None)?;
        let n = if a.keep_sessions { 0 } else { store::cancel_future_sessions(db, id, reason.as_deref())? };
        Ok((store::require(db, id)?, n))
    })?;
    ctx.out.written(popup.id, &popup, &format!("Cancelled popup {}{}", popup.id, sessions_cancelled(n)))
}
