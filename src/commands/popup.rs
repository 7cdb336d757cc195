//! `cop popup ...`: one file per verb in `popup/`; here the dispatch and what several
//! verbs share (reading a POPUP, refusing a closed one).

mod agenda;
mod close;
mod edit;
mod invite;
mod list;
mod r#match;
mod membership;
mod propose;
mod schedule;
mod suggest;

use crate::cli::popup::PopupCommand;
use crate::commands::{Context, parse_id};
use crate::domain::popup::{Participation, Popup};
use crate::error::{Error, Result};
use crate::store::popups as store;

pub fn run(ctx: &mut Context, cmd: PopupCommand) -> Result<()> {
    match cmd {
        PopupCommand::Propose(a) => propose::run(ctx, a),
        PopupCommand::List(a) => list::run(ctx, a),
        PopupCommand::Show(a) => list::show(ctx, a),
        PopupCommand::Edit(a) => edit::run(ctx, a),
        PopupCommand::Match(a) => r#match::run(ctx, a),
        PopupCommand::Invite(a) => invite::run(ctx, a),
        PopupCommand::Join(a) => membership::join(ctx, a),
        PopupCommand::Leave(a) => membership::step_out(ctx, a, Participation::Left),
        PopupCommand::Decline(a) => membership::step_out(ctx, a, Participation::Declined),
        PopupCommand::Agenda(a) => agenda::run(ctx, a),
        PopupCommand::Schedule(a) => schedule::run(ctx, a),
        PopupCommand::Suggest(a) => suggest::run(ctx, a),
        PopupCommand::Close(a) => close::close(ctx, a),
        PopupCommand::Cancel(a) => close::cancel(ctx, a),
    }
}

/// The record rules over a popup's fields, the last word before they are stored.
fn checked(r: std::result::Result<(), (&'static str, String)>) -> Result<()> {
    r.map_err(|(f, e)| Error::invalid(format!("--{f}: {e}")))
}

/// Reads a POPUP reference: the popup's id.
pub(crate) fn popup_id(reference: &str) -> Result<i64> {
    parse_id("POPUP", reference)
}

/// The popup a reference names, from a database that may not exist yet.
pub(crate) fn load(ctx: &Context, reference: &str) -> Result<Popup> {
    let id = popup_id(reference)?;
    let Some(s) = ctx.reader()? else {
        return Err(Error::not_found(format!("no popup with id {id}")));
    };
    s.read(|db| store::require(db, id))
}

/// A popup that still takes members and sessions: exit 4 when it is done or cancelled.
pub(crate) fn require_open(p: &Popup, what: &str) -> Result<()> {
    if p.status.is_open() {
        return Ok(());
    }
    Err(Error::conflict(format!("popup {} is {}: cannot {what}", p.id, p.status.as_str())))
}
