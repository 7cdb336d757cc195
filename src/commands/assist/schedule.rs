//! `cop assist schedule N --suggest` proposes times when most of a request's people are
//! free (the slot finding of `popup schedule`); `--at WHEN` creates its session.

use super::{load, no_assist, parse_id, require_requested};
use crate::cli::assist::ScheduleArgs;
use crate::commands::{Context, slots};
use crate::domain::assist::MemberRef;
use crate::domain::rules;
use crate::domain::session::{self, SessionFields, SessionKind, check_span, check_title};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::output::assist::local_time;
use crate::store::{assist_requests as requests, popups, sessions, timestamp};

pub fn run(ctx: &mut Context, a: ScheduleArgs) -> Result<()> {
    match a.at.clone() {
        Some(at) => create(ctx, &a, &at),
        None => suggest(ctx, &a),
    }
}

fn suggest(ctx: &mut Context, a: &ScheduleArgs) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let (from, to) = slots::search_window(ctx, a.from.as_deref(), a.to.as_deref(), a.limit)?;
    let Some(s) = ctx.reader()? else { return Err(no_assist(id)) };
    let (request, people) = s.read(|db| {
        let request = load(db, id)?;
        require_requested(&request, "schedule it")?;
        Ok((request, requests::schedule_people(db, id)?))
    })?;
    if request.listeners.is_empty() {
        ctx.out.warn(&format!(
            "no listener has joined assist {id} yet: find some with `cop assist match {id} --invite N`"
        ));
    }
    let minutes = a.minutes.unwrap_or(request.minutes);
    let rows = slots::suggest_rows(&people, from, to, minutes, a.limit);
    ctx.out.list_all("slots", &rows)
}

fn create(ctx: &mut Context, a: &ScheduleArgs, at: &str) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let start = ctx.datetime("--at", at)?;
    // The rules of a session's link, as `sessions add --link` applies them.
    let link = a
        .link
        .as_deref()
        .map(|l| rules::optional(l, session::LINK).map_err(|e| Error::invalid(format!("--link: {e}"))))
        .transpose()?
        .flatten();
    if start < ctx.now_utc() {
        ctx.out.warn(&format!("--at {at}: that time has passed; the session is recorded anyway"));
    }
    let mut store = ctx.writer()?;
    let (saved, session) = store.write(&format!("schedule assist {id}"), |db| {
        let r = load(db, id)?;
        require_requested(&r, "schedule it")?;
        if let Some(s) = r.session_id
            && requests::session_to_come(db, s)?
        {
            return Err(Error::conflict(format!(
                "assist {id} already has session {s} to come: move it with `cop sessions edit {s} --at WHEN`"
            )));
        }
        let minutes = a.minutes.unwrap_or(r.minutes);
        check_span(start, minutes).map_err(|e| Error::invalid(format!("--at: {e}")))?;
        let first_line = r.challenge.lines().next().unwrap_or_default();
        let title = check_title(&format!("Peer assist: {first_line}")).map_err(Error::invalid)?;
        let new = SessionFields {
            kind: SessionKind::Assist,
            title,
            starts_at: start,
            minutes,
            link: link.clone(),
            ..SessionFields::default()
        };
        crate::commands::sessions::checked(&new, "--at")?;
        let sid = sessions::insert(db, &new)?;
        for person in r.presenters.iter().chain(&r.listeners).chain(&r.facilitators) {
            if let MemberRef::Id(m) = person {
                popups::invite_to_session(db, sid, *m)?;
            }
        }
        requests::set_session(db, id, sid, start)?;
        db.summarize(format!("assist schedule {id}: session {sid} at {}", timestamp(start)));
        Ok((load(db, id)?, sid))
    })?;
    match ctx.out.format {
        Format::Json | Format::Jsonl if !ctx.out.quiet => ctx.out.json(&saved)?,
        _ => ctx.out.raw(&format!("{session}\n"))?,
    }
    ctx.out.message(&format!(
        "Scheduled assist {id} in session {session} on {}; its presenters and listeners are invited \
         (run it then with `cop assist run {id}`)",
        local_time(&timestamp(start))
    ));
    Ok(())
}
