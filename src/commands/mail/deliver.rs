//! Delivery, the Unix way: `.eml` files in a folder, one mbox, or a pipe to a
//! sendmail-compatible command. Each message is marked sent in its own small
//! transaction as soon as it is out, so a delivery that stops at the Nth message
//! leaves the first N-1 marked, and a retry sends only the rest.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use crate::cli::mail::Delivery;
use crate::commands::Context;
use crate::domain::mail::OutboxEntry;
use crate::error::{Error, Result};
use crate::output::file::{NewFile, Target};
use crate::output::mail::{mbox_entry, unix_lines};
use crate::store::{Store, outbox as store};

/// Delivers `pending` as `d` says, in order, stopping at the first failure.
pub fn deliver(ctx: &mut Context, db: &mut Store, pending: Vec<OutboxEntry>, d: &Delivery) -> Result<()> {
    if pending.is_empty() {
        ctx.out.message("No message to send.");
        return Ok(());
    }
    let total = pending.len();
    if let Some(path) = &d.mbox {
        return mbox(ctx, db, pending, path, d.force);
    }
    let mut sent = 0;
    for entry in pending {
        // Another cop may have sent it meanwhile: never twice.
        if db.read(|t| store::get(t, entry.id))?.is_none_or(|e| e.sent_at.is_some()) {
            continue;
        }
        let outcome = match (&d.out, &d.sendmail) {
            (Some(dir), _) => to_folder(ctx, dir, &entry),
            (None, Some(cmd)) => pipe(cmd, &entry),
            (None, None) => Err(Error::invalid("no delivery given")),
        };
        match outcome {
            Ok(()) => {
                db.write(&format!("mark message {} sent", entry.id), |t| store::mark_sent(t, entry.id))?;
                sent += 1;
                ctx.out.message(&format!("Sent to {} ({})", entry.recipient, entry.purpose));
            }
            Err(e) => {
                let why = e.to_string();
                db.write(&format!("note the failure of message {}", entry.id), |t| {
                    store::mark_failed(t, entry.id, &why)
                })?;
                return Err(Error::runtime(format!(
                    "sent {sent} of {total} messages; the one to {} failed: {why}",
                    entry.recipient
                ))
                .with_hint("the rest wait in the outbox (`cop outbox list --pending`): fix the cause, then run `cop outbox retry` with the same delivery"));
            }
        }
    }
    ctx.out.message(&format!("Sent {}", crate::output::count(sent, "message")));
    Ok(())
}

/// A Maildir-style name (time.unique.host): the outbox id keeps it unique per database.
fn file_name(e: &OutboxEntry) -> String {
    format!("{}.M{}.cop.eml", e.created_at.timestamp(), e.id)
}

fn to_folder(ctx: &Context, dir: &Path, e: &OutboxEntry) -> Result<()> {
    if !dir.is_dir() {
        return Err(Error::invalid(format!("--out: {} is not a folder: create it first", dir.display())));
    }
    let path = dir.join(file_name(e));
    let file = NewFile::create(&Target { flag: "--out", path: &path, force: false }, &ctx.protected())?;
    file.writer()?
        .write_all(&e.message)
        .map_err(|err| Error::runtime(format!("cannot write {}: {err}", path.display())))?;
    file.commit()
}

/// Pipes the message (local line ends) to `sh -c CMD`, as git send-email runs its
/// sendmail command; a non-zero exit is a failure, with the command's first line of
/// complaint kept as the last error.
fn pipe(cmd: &str, e: &OutboxEntry) -> Result<()> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| Error::runtime(format!("--sendmail: cannot run sh: {err}")))?;
    let written = child.stdin.take().map(|mut s| s.write_all(&unix_lines(&e.message)));
    let mut complaint = String::new();
    if let Some(mut err) = child.stderr.take() {
        let _ = err.read_to_string(&mut complaint);
    }
    let status = child.wait().map_err(|err| Error::runtime(format!("--sendmail: {err}")))?;
    let first = complaint.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
    if !status.success() {
        let code = status.code().map_or("a signal".to_string(), |c| format!("status {c}"));
        let said = if first.is_empty() { String::new() } else { format!(": {first}") };
        return Err(Error::runtime(format!("{cmd:?} exited with {code}{said}")));
    }
    if let Some(Err(err)) = written {
        return Err(Error::runtime(format!("{cmd:?} did not read the whole message: {err}")));
    }
    Ok(())
}

/// All pending messages in one mbox file, written whole or not at all.
fn mbox(
    ctx: &mut Context,
    db: &mut Store,
    pending: Vec<OutboxEntry>,
    path: &Path,
    force: bool,
) -> Result<()> {
    let file = NewFile::create(&Target { flag: "--mbox", path, force }, &ctx.protected())?;
    let mut bytes = Vec::new();
    for e in &pending {
        let sender = e.message_id.trim_matches(['<', '>']).split_once('@').map_or("cop", |(_, d)| d);
        bytes.extend(mbox_entry(&e.message, &format!("cop@{sender}"), e.created_at));
    }
    let written = file
        .writer()?
        .write_all(&bytes)
        .map_err(|err| Error::runtime(format!("cannot write {}: {err}", path.display())));
    if let Err(err) = written.and_then(|()| file.commit()) {
        let why = err.to_string();
        db.write("note the failure of the mbox", |t| {
            for e in &pending {
                store::mark_failed(t, e.id, &why)?;
            }
            Ok(())
        })?;
        return Err(err);
    }
    db.write("mark the mbox messages sent", |t| {
        for e in &pending {
            store::mark_sent(t, e.id)?;
        }
        Ok(())
    })?;
    ctx.out.message(&format!(
        "Wrote {} to {}",
        crate::output::count(pending.len(), "message"),
        path.display()
    ));
    Ok(())
}
