//! `cop log [show OP]` and `cop undo [OP]`.

use crate::cli::log::{LogArgs, LogCommand, UndoArgs};
use crate::commands::{Context, parse_id};
use crate::domain::operation::{KEEP_AT_LEAST, Operation};
use crate::error::{Error, Result};
use crate::store::{Db, oplog};

pub fn log(ctx: &mut Context, a: LogArgs) -> Result<()> {
    match (a.command, a.keep) {
        (Some(LogCommand::Show(s)), _) => show(ctx, &s.op),
        (None, Some(days)) => keep(ctx, days),
        (None, None) => list(ctx, a.limit, a.since.as_deref()),
    }
}

fn list(ctx: &mut Context, limit: Option<u64>, since: Option<&str>) -> Result<()> {
    let since = since.map(|s| ctx.datetime("--since", s)).transpose()?;
    let ops = match ctx.reader()? {
        Some(s) => s.read(|db| oplog::list(db, since, limit))?,
        None => Vec::new(),
    };
    ctx.out.list_all("operations", &ops)
}

fn show(ctx: &mut Context, op: &str) -> Result<()> {
    let id = parse_id("OP", op)?;
    let found = match ctx.reader()? {
        Some(s) => s.read(|db| match oplog::get(db, id)? {
            Some(op) => Ok(Some((oplog::changes(db, op.id)?, op))),
            None => Ok(None),
        })?,
        None => None,
    };
    let Some((changes, op)) = found else { return Err(missing(id)) };
    ctx.out.operation(&op, &changes)?;
    if let Some(why) = &op.not_undoable {
        ctx.out.message(&format!("Operation {} keeps no record of its change: not undoable: {why}", op.id));
    }
    Ok(())
}

fn missing(id: i64) -> Error {
    Error::not_found(format!("no operation {id} in the log"))
        .with_hint("`cop log` lists the operations kept (old ones are pruned: see `cop log --keep`)")
}

fn keep(ctx: &mut Context, days: i64) -> Result<()> {
    let mut store = ctx.writer()?;
    let pruned = store.write("keep operations", |db| oplog::set_keep_days(db, days))?;
    ctx.out.message(&format!(
        "Operations are kept for {days} days (the newest {KEEP_AT_LEAST} always); {pruned} older ones were pruned"
    ));
    Ok(())
}

/// The operation `cop undo` takes back: the one named, or the latest not undone.
fn target(db: &Db, op: Option<&str>) -> Result<Operation> {
    match op {
        Some(op) => {
            let id = parse_id("OP", op)?;
            oplog::get(db, id)?.ok_or_else(|| missing(id))
        }
        None => {
            oplog::latest_in_effect(db)?.ok_or_else(|| Error::not_found("nothing to undo: the log is empty"))
        }
    }
}

pub fn undo(ctx: &mut Context, a: UndoArgs) -> Result<()> {
    if let Some(op) = &a.op {
        parse_id("OP", op)?;
    }
    if ctx.reader()?.is_none() {
        return Err(Error::not_found(format!("nothing to undo: no database at {}", ctx.db_path.display())));
    }
    let mut store = ctx.writer()?;
    let (op, changes) = store.undo("undo", a.dry_run, |db| {
        let op = target(db, a.op.as_deref())?;
        let changes = oplog::undo::undo(db, &op, a.dry_run)?;
        Ok((op, changes))
    })?;
    if a.dry_run {
        ctx.out.changes(&changes)?;
        let what = if op.undoes.is_some() { "undo (redo what it took back)" } else { "undo" };
        ctx.out.message(&format!(
            "Would {what} operation {} ({}): {} records; nothing was changed",
            op.id,
            op.summary,
            changes.len()
        ));
        return Ok(());
    }
    let done = match store.last_operation() {
        Some(id) => store.read(|db| oplog::get(db, id))?,
        None => None,
    };
    let Some(done) = done else {
        return Err(Error::runtime("the undo was applied but not recorded in the log"));
    };
    ctx.out.written(done.id, &done, &format!("Operation {}: {}", done.id, done.summary))
}
