//! `cop sessions ...`

use chrono::{Days, NaiveTime};

use crate::cli::sessions::{
    AddArgs, AttendArgs, CancelArgs, EditArgs, ExportArgs, ListArgs, RsvpArgs, SessionsCommand,
};
use crate::commands::{Context, field, member_id, member_ids, no_member, parse_id};
use crate::domain::popup::check_may_take_part;
use crate::domain::session::{
    self as rules, Response, RsvpOutcome, Session, SessionFields, SessionKind, SessionStatus, apply_rsvp,
    check_capacity, check_minutes, check_title, promote,
};
use crate::domain::time::local_to_utc;
use crate::error::{Error, Result};
use crate::output::ics;
use crate::store::Db;
use crate::store::sessions::{self as store, SessionFilter};

pub fn run(ctx: &mut Context, cmd: SessionsCommand) -> Result<()> {
    match cmd {
        SessionsCommand::Add(a) => add(ctx, a),
        SessionsCommand::List(a) => list(ctx, a),
        SessionsCommand::Show(a) => show(ctx, &a.session),
        SessionsCommand::Edit(a) => edit(ctx, a),
        SessionsCommand::Cancel(a) => cancel(ctx, a),
        SessionsCommand::Rsvp(a) => rsvp(ctx, a),
        SessionsCommand::Attend(a) => attend(ctx, a),
        SessionsCommand::Export(a) => export(ctx, a),
        SessionsCommand::Invite(a) => crate::commands::mail::session_invite::run(ctx, a),
        SessionsCommand::Replies(a) => crate::commands::mail::replies::run(ctx, a),
    }
}

/// Optional text where an empty value means "remove it", checked against `rule`.
fn optional_text(flag: &str, v: &str, rule: crate::domain::rules::Rule) -> Result<Option<String>> {
    field(flag, crate::domain::rules::optional(v, rule))
}

/// The record rules over a whole session, after each flag was checked on its own: the
/// last word before a session is stored. The error names the flag of the field, and
/// `span_flag` for a start and length that end past the years a date can hold.
pub(crate) fn checked(s: &SessionFields, span_flag: &str) -> Result<()> {
    s.check().map_err(|(f, e)| match f {
        "span" => Error::invalid(format!("{span_flag}: {e}")),
        f => Error::invalid(format!("--{f}: {e}")),
    })
}

fn kind(flag: &str, s: &str) -> Result<SessionKind> {
    field(flag, SessionKind::parse(s))
}

/// Members who take a place (facilitate, answer yes or maybe) must be active: exit 4 for
/// an archived one, who is offered for nothing until restored.
fn active(db: &Db, flag: &str, ids: Vec<i64>) -> Result<Vec<i64>> {
    for &id in &ids {
        if let Some(m) = crate::store::members::get(db, id)? {
            check_may_take_part(m.id, &m.profile.name, m.profile.status)
                .map_err(|e| Error::conflict(format!("{flag}: {e}")))?;
        }
    }
    Ok(ids)
}

/// Loads a session for a change, refusing one that is cancelled (exit 4).
fn scheduled(db: &Db, id: i64, doing: &str) -> Result<Session> {
    let s = store::require(db, id)?;
    if s.status == SessionStatus::Cancelled {
        return Err(Error::conflict(format!("session {} ({}) is cancelled: cannot {doing}", s.id, s.title)));
    }
    Ok(s)
}

fn add(ctx: &mut Context, a: AddArgs) -> Result<()> {
    let title = match a.title {
        Some(t) => t,
        None => ctx.prompt.text("the session's title", "--title")?,
    };
    let at = match a.at {
        Some(t) => t,
        None => ctx.prompt.text("when it starts (like \"fri 12:00\")", "--at")?,
    };
    let new = SessionFields {
        kind: kind("--kind", &a.kind)?,
        title: field("--title", check_title(&title))?,
        starts_at: ctx.datetime("--at", &at)?,
        minutes: field("--minutes", check_minutes(&a.minutes))?,
        link: a.link.as_deref().map(|l| optional_text("--link", l, rules::LINK)).transpose()?.flatten(),
        location: a
            .location
            .as_deref()
            .map(|l| optional_text("--location", l, rules::PLACE))
            .transpose()?
            .flatten(),
        trainer: a
            .trainer
            .as_deref()
            .map(|t| optional_text("--trainer", t, rules::PLACE))
            .transpose()?
            .flatten(),
        capacity: a.capacity.as_deref().map(|c| field("--capacity", check_capacity(c))).transpose()?,
        note: a.note.as_deref().map(|n| optional_text("--note", n, rules::NOTE)).transpose()?.flatten(),
        popup_id: None,
    };
    checked(&new, "--minutes")?;
    let mut db = ctx.writer()?;
    let s = db.write(&format!("add session {}", new.title), |db| {
        let facilitators = active(db, "--facilitator", member_ids(db, &a.facilitator)?)?;
        let id = store::insert(db, &new)?;
        for f in facilitators {
            store::add_facilitator(db, id, f)?;
        }
        store::get(db, id)?.ok_or_else(|| Error::runtime("the new session vanished"))
    })?;
    ctx.out.written(s.id, &s, &format!("Added session {} (id {})", s.title, s.id))
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let tz = ctx.now.timezone();
    let mut filter = SessionFilter {
        kind: a.kind.as_deref().map(|k| kind("--kind", k)).transpose()?,
        newest_first: a.past,
        ..SessionFilter::default()
    };
    let (first, last) = ctx.day_range(a.from.as_deref(), a.to.as_deref())?;
    if let (Some(from), Some(day)) = (&a.from, first) {
        filter.from = Some(local_to_utc(day.and_time(NaiveTime::MIN), &tz, from).map_err(Error::invalid)?);
    }
    if let (Some(to), Some(day)) = (&a.to, last) {
        let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
        filter.before = Some(local_to_utc(next.and_time(NaiveTime::MIN), &tz, to).map_err(Error::invalid)?);
    }
    if a.upcoming {
        filter.from = Some(filter.from.map_or(ctx.now_utc(), |f| f.max(ctx.now_utc())));
    }
    if a.past {
        filter.before = Some(filter.before.map_or(ctx.now_utc(), |b| b.min(ctx.now_utc())));
    }
    let sessions = load(ctx, filter, a.member.as_deref())?;
    ctx.out.list_all("sessions", &sessions)
}

fn show(ctx: &mut Context, reference: &str) -> Result<()> {
    let id = parse_id("SESSION", reference)?;
    let Some(s) = ctx.reader()? else {
        return Err(Error::not_found(format!("no session with id {id}")));
    };
    let session = s.read(|db| store::require(db, id))?;
    ctx.out.detail(&session)
}

fn edit(ctx: &mut Context, a: EditArgs) -> Result<()> {
    let id = parse_id("SESSION", &a.session)?;
    let title = a.title.as_deref().map(|t| field("--title", check_title(t))).transpose()?;
    let starts_at = a.at.as_deref().map(|t| ctx.datetime("--at", t)).transpose()?;
    let new_kind = a.kind.as_deref().map(|k| kind("--kind", k)).transpose()?;
    let minutes = a.minutes.as_deref().map(|m| field("--minutes", check_minutes(m))).transpose()?;
    let capacity = a
        .capacity
        .as_deref()
        .map(|c| {
            Some(c.trim())
                .filter(|c| !c.is_empty())
                .map(|c| field("--capacity", check_capacity(c)))
                .transpose()
        })
        .transpose()?;
    let mut texts = Vec::new();
    for (flag, value, rule) in [
        ("--link", &a.link, rules::LINK),
        ("--location", &a.location, rules::PLACE),
        ("--trainer", &a.trainer, rules::PLACE),
        ("--note", &a.note, rules::NOTE),
    ] {
        texts.push(value.as_deref().map(|v| optional_text(flag, v, rule)).transpose()?);
    }
    let mut db = ctx.writer()?;
    let (session, changed, promoted) = db.write(&format!("edit session {id}"), |db| {
        let before = store::require(db, id)?;
        let add = active(db, "--add-facilitator", member_ids(db, &a.add_facilitator)?)?;
        let remove = member_ids(db, &a.remove_facilitator)?;
        let mut d = before.draft();
        if let Some(t) = &title {
            d.title = t.clone();
        }
        if let Some(t) = starts_at {
            d.starts_at = t;
        }
        if let Some(k) = new_kind {
            d.kind = k;
        }
        if let Some(m) = minutes {
            d.minutes = m;
        }
        if let Some(c) = capacity {
            d.capacity = c;
        }
        for (given, slot) in texts.iter().zip([&mut d.link, &mut d.location, &mut d.trainer, &mut d.note]) {
            if let Some(v) = given {
                slot.clone_from(v);
            }
        }
        let facilitators_change = add.iter().any(|m| !before.facilitators.contains(m))
            || remove.iter().any(|m| before.facilitators.contains(m));
        if d == before.draft() && !facilitators_change {
            return Ok((before, false, Vec::new()));
        }
        if d != before.draft() {
            checked(&d, if minutes.is_some() { "--minutes" } else { "--at" })?;
        }
        store::update(db, before.id, &d)?;
        for m in remove {
            store::remove_facilitator(db, before.id, m)?;
        }
        for m in add {
            store::add_facilitator(db, before.id, m)?;
        }
        let old = before.rsvps.clone();
        let mut rsvps = old.clone();
        let promoted = promote(&mut rsvps, d.capacity);
        store::save_rsvps(db, before.id, &old, &rsvps)?;
        let after = store::get(db, before.id)?.unwrap_or(before);
        Ok((after, true, promoted))
    })?;
    for p in &promoted {
        if let RsvpOutcome::Promoted(m) = p {
            ctx.out.message(&format!("{} got a place from the waitlist", session.name_of(*m)));
        }
    }
    let msg = if changed {
        format!("Updated session {} (id {})", session.title, session.id)
    } else {
        format!("Nothing to change for session {} (id {})", session.title, session.id)
    };
    ctx.out.written(session.id, &session, &msg)
}

fn cancel(ctx: &mut Context, a: CancelArgs) -> Result<()> {
    let id = parse_id("SESSION", &a.session)?;
    let reason =
        a.reason.as_deref().map(|r| optional_text("--reason", r, rules::PLACE)).transpose()?.flatten();
    let mut db = ctx.writer()?;
    let session = db.write(&format!("cancel session {id}"), |db| {
        let s = scheduled(db, id, "cancel it again")?;
        store::cancel(db, s.id, reason.as_deref())?;
        store::get(db, s.id)?.ok_or_else(|| Error::runtime("the session vanished"))
    })?;
    ctx.out.written(session.id, &session, &format!("Cancelled session {} (id {})", session.title, session.id))
}

fn rsvp(ctx: &mut Context, a: RsvpArgs) -> Result<()> {
    let id = parse_id("SESSION", &a.session)?;
    let answer = if a.yes {
        Response::Yes
    } else if a.no {
        Response::No
    } else {
        Response::Maybe
    };
    let mut db = ctx.writer()?;
    let (session, outcomes) = db.write(&format!("record RSVPs for session {id}"), |db| {
        let s = scheduled(db, id, "answer it")?;
        let members = member_ids(db, &a.members)?;
        let members = if answer == Response::No { members } else { active(db, "MEMBER", members)? };
        let mut rsvps = s.rsvps.clone();
        let mut outcomes = Vec::new();
        for m in members {
            outcomes.extend(apply_rsvp(&mut rsvps, s.capacity, m, answer));
        }
        store::save_rsvps(db, s.id, &s.rsvps, &rsvps)?;
        Ok((store::get(db, s.id)?.unwrap_or(s), outcomes))
    })?;
    for o in &outcomes {
        ctx.out.message(&match o {
            RsvpOutcome::Set(m, r) => format!("{}: {}", session.name_of(*m), r.as_str()),
            RsvpOutcome::Waitlisted(m, place) => {
                format!("{}: the session is full, waitlisted (place {place})", session.name_of(*m))
            }
            RsvpOutcome::Promoted(m) => format!("{}: got a place from the waitlist", session.name_of(*m)),
        });
    }
    ctx.out.written(session.id, &session, &format!("Recorded RSVPs for session {}", session.id))
}

fn attend(ctx: &mut Context, a: AttendArgs) -> Result<()> {
    let id = parse_id("SESSION", &a.session)?;
    let now = ctx.now_utc();
    let mut db = ctx.writer()?;
    let (session, missing) = db.write(&format!("record attendance of session {id}"), |db| {
        let s = scheduled(db, id, "record attendance")?;
        if !a.remove && !a.force && s.starts_at > now {
            return Err(Error::conflict(format!(
                "session {id} has not started yet ({}): attendance is recorded once it has (--force records it now)",
                crate::output::sessions::local(s.starts_at)
            )));
        }
        let members = member_ids(db, &a.members)?;
        let mut missing = Vec::new();
        for m in members {
            if a.remove {
                if !store::remove_attendance(db, s.id, m)? {
                    missing.push(m);
                }
            } else {
                store::add_attendance(db, s.id, m)?;
            }
        }
        Ok((store::get(db, s.id)?.unwrap_or(s), missing))
    })?;
    for m in missing {
        ctx.out.warn(&format!("{} was not recorded as attending session {}", session.name_of(m), session.id));
    }
    let verb = if a.remove { "Removed attendance from" } else { "Recorded attendance for" };
    ctx.out.written(
        session.id,
        &session,
        &format!("{verb} session {}: {} attended", session.id, session.attendees.len()),
    )
}

/// The sessions a filter selects, `--member` resolved; none from a missing database.
fn load(ctx: &Context, mut filter: SessionFilter, member: Option<&str>) -> Result<Vec<Session>> {
    let Some(s) = ctx.reader()? else {
        return match member {
            Some(m) => Err(no_member(m)),
            None => Ok(Vec::new()),
        };
    };
    s.read(|db| {
        if let Some(m) = member {
            filter.member = Some(member_id(db, m)?);
        }
        store::list(db, &filter)
    })
}

fn export(ctx: &mut Context, a: ExportArgs) -> Result<()> {
    let mut filter = SessionFilter::default();
    if a.upcoming {
        filter.from = Some(ctx.now_utc());
    }
    let sessions = load(ctx, filter, a.member.as_deref())?;
    let text = ics::calendar(&sessions);
    if let Some(path) = &a.out {
        ctx.redirect(path, a.force)?;
    }
    ctx.out.raw(&text)?;
    ctx.out.save_file()?;
    if let Some(path) = &a.out {
        ctx.out.message(&format!("Exported {} sessions to {}", sessions.len(), path.display()));
    }
    Ok(())
}
