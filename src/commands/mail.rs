//! Invitations by mail: one message per recipient, recorded in the outbox in the
//! transaction that records the invitation, then delivered (`deliver.rs`); the outbox
//! verbs (`outbox.rs`), `sessions invite` (`session_invite.rs`) and reading replies
//! back (`replies.rs`).

mod deliver;
pub mod outbox;
pub mod replies;
pub mod session_invite;

use std::time::SystemTime;

use chrono_tz::Tz;
use lettre::message::Mailbox;

use crate::cli::mail::{Delivery, Sender};
use crate::commands::Context;
use crate::domain::mail::{NewMessage, Occasion, OutboxEntry, Recipient, body, header_text};
use crate::domain::member::Member;
use crate::error::{Error, Result};
use crate::output::file::{NewFile, Target};
use crate::output::ics::People;
use crate::output::mail::{Letter, calendar, compose, mailbox, recipient};
use crate::store::{Db, Store, outbox as store};

pub use deliver::deliver;

/// A delivery asked for, checked before anything is recorded: exactly one way out, or
/// `--dry-run`, and a target that can be written (so a bad path changes nothing).
pub fn check_delivery(ctx: &Context, d: &Delivery, asked_for: &str) -> Result<()> {
    let ways =
        [d.out.is_some(), d.mbox.is_some(), d.sendmail.is_some(), d.dry_run].iter().filter(|w| **w).count();
    if ways == 0 {
        return Err(Error::invalid(format!(
            "{asked_for} needs a delivery: --out DIR, --mbox FILE, --sendmail CMD, or --dry-run"
        )));
    }
    if let Some(cmd) = &d.sendmail
        && cmd.trim().is_empty()
    {
        return Err(Error::invalid("--sendmail: expected a command, such as \"msmtp -t\""));
    }
    if let Some(dir) = &d.out
        && !dir.is_dir()
    {
        return Err(Error::invalid(format!("--out: {} is not a folder: create it first", dir.display())));
    }
    if let Some(path) = &d.mbox {
        // The same checks the write makes (the database, an existing file), made first;
        // the trial file is removed at once.
        NewFile::create(&Target { flag: "--mbox", path, force: d.force }, &ctx.protected())?;
    }
    Ok(())
}

/// Whether any delivery flag was given (they need `--mail` on `popup invite`).
pub fn any_delivery(d: &Delivery, s: &Sender) -> bool {
    d.out.is_some() || d.mbox.is_some() || d.sendmail.is_some() || d.dry_run || d.force || s.from.is_some()
}

/// The organizer's mailbox: `--from` (kept for next time unless `keep` is false), else
/// the one the community kept.
pub fn organizer(db: &Db, sender: &Sender, keep: bool) -> Result<Mailbox> {
    if let Some(from) = &sender.from {
        let m = mailbox("--from", from)?;
        if keep {
            store::set_organizer(db, &m.to_string())?;
        }
        return Ok(m);
    }
    match store::organizer(db)? {
        Some(stored) => mailbox("the organizer address kept by --from", &stored),
        None => Err(Error::invalid(
            "--from: no organizer address yet: give --from \"Your Name <you@example.org>\" once; cop keeps it",
        )),
    }
}

/// The zone for a member without one of their own: the community's.
fn default_zone() -> Tz {
    crate::output::zone()
}

/// The messages for `occasion`, one per member, and the members who get none (no
/// address, or one mail cannot carry), each with the reason.
pub struct Batch {
    pub messages: Vec<NewMessage>,
    pub skipped: Vec<String>,
}

/// Builds the messages; `reasons` pairs each member with why they are invited.
pub fn build(
    ctx: &Context,
    from: &Mailbox,
    occasion: &Occasion,
    members: &[(Member, Option<String>)],
) -> Result<Batch> {
    let day = ctx.now.format("%Y-%m-%d").to_string();
    let domain = from.email.domain().to_string();
    let organizer = from.name.clone().map_or_else(|| from.email.to_string(), |n| header_text(&n));
    let date = SystemTime::from(ctx.now_utc());
    let mut batch = Batch { messages: Vec::new(), skipped: Vec::new() };
    for (m, reason) in members {
        let name = &m.profile.name;
        let Some(email) = m.profile.email.as_deref() else {
            batch.skipped.push(format!("{name} (id {}) has no email: not mailed", m.id));
            continue;
        };
        let Some(to) = recipient(name, email) else {
            batch.skipped.push(format!(
                "{name} (id {}): {email:?} is not an address mail can carry: not mailed",
                m.id
            ));
            continue;
        };
        let timezone = m
            .profile
            .timezone
            .as_deref()
            .and_then(crate::domain::time::parse_zone)
            .unwrap_or_else(default_zone);
        let who = Recipient {
            member_id: m.id,
            name: name.clone(),
            email: email.to_string(),
            timezone,
            reason: reason.clone(),
        };
        let text = body(occasion, &who, &organizer);
        let sessions = occasion.sessions();
        let to_name = to.name.clone().unwrap_or_default();
        let (from_email, to_email) = (from.email.to_string(), to.email.to_string());
        let people = People {
            organizer_name: &organizer,
            organizer_email: &from_email,
            attendee_name: &to_name,
            attendee_email: &to_email,
        };
        let cal = (!sessions.is_empty()).then(|| calendar(sessions, &people));
        let message_id = format!("<{}@{domain}>", uuid::Uuid::new_v4());
        let subject = occasion.subject();
        let bytes = compose(&Letter {
            from,
            to: &to,
            subject: &subject,
            message_id: &message_id,
            date,
            text: &text,
            calendar: cal.as_ref().map(|(c, method)| (c.clone(), *method)),
        })?;
        batch.messages.push(NewMessage {
            message_id,
            purpose_key: occasion.purpose_key(m.id, &day),
            purpose: occasion.purpose(),
            member_id: m.id,
            recipient: to.to_string(),
            message: bytes,
        });
    }
    Ok(batch)
}

/// Records the batch in the outbox (inside the caller's transaction). A message for the
/// same purpose recorded before is kept, not written again: it is delivered if still
/// pending, and named in `notes` if it was sent.
pub fn record(db: &Db, batch: &Batch, notes: &mut Vec<String>) -> Result<Vec<OutboxEntry>> {
    let mut pending = Vec::new();
    for m in &batch.messages {
        let (entry, _added) = store::record(db, m)?;
        match entry.sent_at {
            Some(t) => notes.push(format!(
                "{}: this {} was sent on {}: not sent again",
                entry.recipient,
                entry.purpose,
                crate::output::local_time(t)
            )),
            None => pending.push(entry),
        }
    }
    Ok(pending)
}

/// Prints what a `--dry-run` of a new batch would send, after the members it skips.
pub fn show_batch(ctx: &mut Context, batch: &Batch) -> Result<()> {
    for s in &batch.skipped {
        ctx.out.warn(s);
    }
    let shown: Vec<(String, &[u8])> =
        batch.messages.iter().map(|m| (m.recipient.clone(), m.message.as_slice())).collect();
    show_dry_run(ctx, &shown)
}

/// Prints what a `--dry-run` would send: the first message, then every recipient.
pub fn show_dry_run(ctx: &mut Context, messages: &[(String, &[u8])]) -> Result<()> {
    let Some((_, first)) = messages.first() else {
        ctx.out.message("Nothing to send.");
        return Ok(());
    };
    let mut text = String::from_utf8_lossy(&crate::output::mail::unix_lines(first)).into_owned();
    text.push_str(&format!(
        "\n# dry run: {}, nothing recorded or sent; recipients:\n",
        crate::output::count(messages.len(), "message")
    ));
    for (to, _) in messages {
        text.push_str(&format!("# {to}\n"));
    }
    ctx.out.raw(&text)
}

/// Tells about skipped members and earlier messages, then delivers.
pub fn finish(
    ctx: &mut Context,
    store: &mut Store,
    d: &Delivery,
    skipped: &[String],
    notes: &[String],
    pending: Vec<OutboxEntry>,
) -> Result<()> {
    for s in skipped {
        ctx.out.warn(s);
    }
    for n in notes {
        ctx.out.message(n);
    }
    deliver(ctx, store, pending, d)
}
