//! `cop sessions invite SESSION [MEMBER...|--all|--rsvp ANSWER] [--reminder]`: a
//! session's announcement or reminder by mail, with its calendar request.

use crate::cli::sessions::InviteArgs;
use crate::commands::{Context, member_ids, parse_id};
use crate::domain::mail::Occasion;
use crate::domain::member::{Member, Status};
use crate::domain::session::{Response, Session, SessionStatus};
use crate::error::{Error, Result};
use crate::store::members::{self, MemberFilter};
use crate::store::{Db, popups, sessions};

/// The members the flags name, each once, in the order given (by name for --all).
fn recipients(db: &Db, a: &InviteArgs, s: &Session) -> Result<Vec<Member>> {
    let ids: Vec<i64> = if a.all {
        let mut ids = Vec::new();
        let filter = MemberFilter { status: Some(Status::Active), ..MemberFilter::default() };
        members::for_each(db, &filter, |m| {
            ids.push(m.id);
            Ok(())
        })?;
        ids
    } else if let Some(answer) = &a.rsvp {
        let wanted = Response::parse(answer.trim()).map_err(|e| Error::invalid(format!("--rsvp: {e}")))?;
        s.rsvps.iter().filter(|r| r.response == wanted).map(|r| r.member_id).collect()
    } else {
        member_ids(db, &a.members)?
    };
    let mut out = Vec::new();
    for id in ids {
        let m = members::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
        if m.profile.status == Status::Archived && !a.all {
            return Err(Error::conflict(format!(
                "MEMBER: {} (id {}) is archived: restore them first with `cop members restore {}`",
                m.profile.name, m.id, m.id
            )));
        }
        out.push(m);
    }
    Ok(out)
}

/// A session that has started is past inviting to (a cancelled one may still be told).
fn check_open(ctx: &Context, s: &Session) -> Result<()> {
    if s.status == SessionStatus::Scheduled && s.starts_at <= ctx.now_utc() {
        return Err(Error::conflict(format!(
            "session {} ({}) has already started: nothing to invite to",
            s.id, s.title
        )));
    }
    Ok(())
}

pub fn run(ctx: &mut Context, a: InviteArgs) -> Result<()> {
    let id = parse_id("SESSION", &a.session)?;
    super::check_delivery(ctx, &a.delivery, "cop sessions invite")?;
    if a.delivery.dry_run {
        let Some(s) = ctx.reader()? else {
            return Err(Error::not_found(format!("no session with id {id}")));
        };
        let batch = s.read(|db| {
            let session = sessions::require(db, id)?;
            check_open(ctx, &session)?;
            let from = super::organizer(db, &a.sender, false)?;
            let people = recipients(db, &a, &session)?;
            let occasion = Occasion::Session { session: Box::new(session), reminder: a.reminder };
            let with_reasons: Vec<(Member, Option<String>)> = people.into_iter().map(|m| (m, None)).collect();
            super::build(ctx, &from, &occasion, &with_reasons)
        })?;
        return super::show_batch(ctx, &batch);
    }
    let mut store = ctx.writer()?;
    let mut notes = Vec::new();
    let (skipped, pending) = store.write(&format!("invite to session {id} by mail"), |db| {
        let session = sessions::require(db, id)?;
        check_open(ctx, &session)?;
        let from = super::organizer(db, &a.sender, true)?;
        let people = recipients(db, &a, &session)?;
        if session.status == SessionStatus::Scheduled {
            for m in &people {
                popups::invite_to_session(db, session.id, m.id)?;
            }
        }
        let occasion = Occasion::Session { session: Box::new(session), reminder: a.reminder };
        let with_reasons: Vec<(Member, Option<String>)> = people.into_iter().map(|m| (m, None)).collect();
        let batch = super::build(ctx, &from, &occasion, &with_reasons)?;
        let pending = super::record(db, &batch, &mut notes)?;
        let what = if a.reminder { "reminder" } else { "invitation" };
        db.summarize(format!(
            "sessions invite {id}: {what} to {}, {} to send",
            crate::output::count(with_reasons.len(), "member"),
            crate::output::count(pending.len(), "message")
        ));
        Ok((batch.skipped, pending))
    })?;
    super::finish(ctx, &mut store, &a.delivery, &skipped, &notes, pending)
}
