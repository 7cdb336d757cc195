//! `cop outbox list [--pending]` and `cop outbox retry`.

use crate::cli::mail::{ListArgs, OutboxCommand, RetryArgs};
use crate::commands::Context;
use crate::error::Result;
use crate::store::outbox as store;

pub fn run(ctx: &mut Context, cmd: OutboxCommand) -> Result<()> {
    match cmd {
        OutboxCommand::List(a) => list(ctx, a),
        OutboxCommand::Retry(a) => retry(ctx, a),
    }
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let entries = match ctx.reader()? {
        Some(s) => s.read(|db| store::list(db, a.pending))?,
        None => Vec::new(),
    };
    ctx.out.list_all("messages", &entries)
}

fn retry(ctx: &mut Context, a: RetryArgs) -> Result<()> {
    super::check_delivery(ctx, &a.delivery, "cop outbox retry")?;
    let Some(mut s) = ctx.reader()? else {
        ctx.out.message("No message to send.");
        return Ok(());
    };
    let pending = s.read(|db| store::list(db, true))?;
    if a.delivery.dry_run {
        let shown: Vec<(String, &[u8])> =
            pending.iter().map(|e| (e.recipient.clone(), e.message.as_slice())).collect();
        return super::show_dry_run(ctx, &shown);
    }
    super::deliver(ctx, &mut s, pending, &a.delivery)
}
