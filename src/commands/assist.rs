//! `cop assist ...`: peer assists. `log` and `run` share the guided walk in [`walk`];
//! every answered step is saved at once, so nothing typed is lost.

mod draft;
mod edit;
mod followups;
mod log;
mod r#match;
mod request;
mod run;
mod schedule;
mod show;
mod walk;

use std::io::Read;
use std::path::Path;

use crate::cli::assist::{AssistCommand, PeopleArgs, StepArgs};
use crate::commands::{Context, member_id, parse_id};
use crate::domain::assist::{
    AssistStatus, MemberRef, NextStep, PeerAssist, Takeaway, check_minutes, parse_next_step, parse_resource,
    parse_takeaway, tidy,
};
use crate::domain::assist_request::{check_size, check_tag_count};
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::{self, Db, assists};

pub fn run(ctx: &mut Context, cmd: AssistCommand) -> Result<()> {
    match cmd {
        AssistCommand::Request(a) => request::request(ctx, a),
        AssistCommand::Match(a) => r#match::run(ctx, a),
        AssistCommand::Join(a) => request::join(ctx, a),
        AssistCommand::Decline(a) => request::decline(ctx, a),
        AssistCommand::Schedule(a) => schedule::run(ctx, a),
        AssistCommand::Log(a) => log::run(ctx, a),
        AssistCommand::Run(a) => run::run(ctx, a),
        AssistCommand::List(a) => show::list(ctx, a),
        AssistCommand::Show(a) => show::show(ctx, &a.assist),
        AssistCommand::Edit(a) => edit::run(ctx, a),
        AssistCommand::Followups(a) => followups::list(ctx, a),
        AssistCommand::Done(a) => followups::done(ctx, &a.step),
    }
}

fn no_assist(id: i64) -> Error {
    Error::not_found(format!("no assist with id {id}"))
}

/// A request not held yet: exit 4 for a draft or logged assist, naming what to do.
fn require_requested(a: &PeerAssist, what: &str) -> Result<()> {
    let id = a.id.unwrap_or_default();
    match a.status {
        AssistStatus::Requested => Ok(()),
        AssistStatus::Draft => Err(Error::conflict(format!(
            "assist {id} is a draft being run, not a request: cannot {what} (continue it with \
             `cop assist run --resume {id}`)"
        ))),
        AssistStatus::Logged => {
            Err(Error::conflict(format!("assist {id} is already logged, not a request: cannot {what}")))
        }
    }
}

/// Loads one assist in full.
fn load(db: &Db, id: i64) -> Result<PeerAssist> {
    assists::get(db, id)?.ok_or_else(|| no_assist(id))
}

/// Where the fields of an assist came from, so errors name what the user typed:
/// a flag (`--listener`) or a field of a `--from` file (`listeners`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    Flags,
    File,
}

impl Source {
    fn name(self, flag: &str, field: &str) -> String {
        match self {
            Source::Flags => flag.to_string(),
            Source::File => format!("--from: {field}"),
        }
    }
}

fn field_error(name: &str, e: String) -> Error {
    Error::invalid(format!("{name}: {e}"))
}

/// Prefixes a member lookup's error with the flag or field it came from.
fn naming(name: &str, e: Error) -> Error {
    match e {
        Error::NotFound(m) => Error::NotFound(format!("{name}: {m}")),
        Error::Ambiguous { message, hint } => {
            Error::Ambiguous { message: format!("{name}: {message}"), hint }
        }
        other => other,
    }
}

fn names(refs: &[String]) -> Vec<MemberRef> {
    refs.iter().map(|r| MemberRef::Name(r.clone())).collect()
}

/// Turns the step flags into the notes of an assist (members still unresolved).
fn steps_from_flags(a: &mut PeerAssist, s: &StepArgs) -> Result<()> {
    if let Some(t) = &s.situation {
        a.situation = tidy(t);
    }
    a.clarifying.extend(s.clarify.iter().filter_map(|c| tidy(c)));
    a.ideas.extend(s.idea.iter().filter_map(|i| tidy(i)));
    for r in &s.resource {
        a.resources.push(parse_resource(r).map_err(|e| field_error("--resource", e))?);
    }
    if let Some(t) = &s.response {
        a.response = tidy(t);
    }
    for t in &s.takeaway {
        let (member, text) = parse_takeaway(t).map_err(|e| field_error("--takeaway", e))?;
        a.takeaways.push(Takeaway { member_id: Some(MemberRef::Name(member)), text });
    }
    if let Some(t) = &s.reflection {
        a.reflection = tidy(t);
    }
    for n in &s.next_step {
        let typed = parse_next_step(n).map_err(|e| field_error("--next-step", e))?;
        a.next_steps.push(NextStep {
            id: None,
            text: typed.text,
            owner_id: typed.owner.map(MemberRef::Name),
            due: typed.due,
            done_at: None,
        });
    }
    Ok(())
}

fn people_from_flags(a: &mut PeerAssist, p: &PeopleArgs) {
    a.presenters.extend(names(&p.presenter));
    a.listeners.extend(names(&p.listener));
    a.facilitators.extend(names(&p.facilitator));
    if let Some(g) = &p.group {
        a.group = tidy(g);
    }
    if p.session.is_some() {
        a.session_id = p.session;
    }
}

/// Checks and tidies everything that needs no database: the challenge, the length,
/// the date (stored RFC 3339), due days (`YYYY-MM-DD`), and empty notes.
fn normalize(ctx: &Context, a: &mut PeerAssist, source: Source) -> Result<()> {
    a.challenge = tidy(&a.challenge).ok_or_else(|| {
        Error::invalid(format!(
            "{}: the challenge is required",
            source.name("missing --challenge TEXT", "challenge")
        ))
    })?;
    check_minutes(a.minutes).map_err(|e| field_error(&source.name("--minutes", "minutes"), e))?;
    let when = match &a.date {
        Some(d) => ctx.datetime(&source.name("--date", "date"), d)?,
        None => ctx.now_utc(),
    };
    a.date = Some(store::timestamp(when));
    a.group = a.group.as_deref().and_then(tidy);
    let tags_name = source.name("--tag", "tags");
    a.tags = tag::normalize_all(&a.tags).map_err(|e| field_error(&tags_name, e))?;
    check_tag_count(a.tags.len()).map_err(|e| field_error(&tags_name, e))?;
    if let Some(size) = a.size {
        check_size(size).map_err(|e| field_error(&source.name("--size", "size"), e))?;
    }
    for t in [&mut a.situation, &mut a.response, &mut a.reflection] {
        *t = t.as_deref().and_then(tidy);
    }
    a.clarifying.retain(|c| !c.trim().is_empty());
    a.ideas.retain(|c| !c.trim().is_empty());
    for r in &mut a.resources {
        r.title = tidy(&r.title).ok_or_else(|| {
            field_error(&source.name("--resource", "resources"), "a resource needs a title".into())
        })?;
        r.url = r.url.as_deref().and_then(tidy);
    }
    for t in &mut a.takeaways {
        t.text = tidy(&t.text).ok_or_else(|| {
            field_error(&source.name("--takeaway", "takeaways"), "a takeaway needs text".into())
        })?;
    }
    let due_name = source.name("--next-step due:", "next_steps: due");
    for s in &mut a.next_steps {
        s.text = tidy(&s.text).ok_or_else(|| {
            field_error(&source.name("--next-step", "next_steps"), "a next step needs text".into())
        })?;
        if let Some(d) = s.due.as_deref().and_then(tidy) {
            s.due = Some(ctx.date(&due_name, &d)?.to_string());
        } else {
            s.due = None;
        }
        if let Some(d) = s.done_at.as_deref().and_then(tidy) {
            s.done_at =
                Some(store::timestamp(ctx.datetime(&source.name("done_at", "next_steps: done_at"), &d)?));
        } else {
            s.done_at = None;
        }
    }
    a.check().map_err(|(path, e)| field_error(&source.name(flag_of(&path), &path), e))
}

/// The flag that fills a field of an assist (`next_steps[2].text` is `--next-step`).
fn flag_of(path: &str) -> &'static str {
    let field = path.split(['[', '.']).next().unwrap_or(path);
    match field {
        "challenge" => "--challenge",
        "minutes" => "--minutes",
        "group" => "--group",
        "situation" => "--situation",
        "clarifying" => "--clarify",
        "ideas" => "--idea",
        "resources" => "--resource",
        "response" => "--response",
        "takeaways" => "--takeaway",
        "reflection" => "--reflection",
        "next_steps" => "--next-step",
        _ => "--from",
    }
}

fn resolve_one(db: &Db, r: &MemberRef, name: &str) -> Result<i64> {
    member_id(db, &r.as_reference()).map_err(|e| naming(name, e))
}

fn resolve_list(db: &Db, refs: &[MemberRef], name: &str) -> Result<Vec<MemberRef>> {
    let mut ids = Vec::new();
    for r in refs {
        let id = resolve_one(db, r, name)?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids.into_iter().map(MemberRef::Id).collect())
}

/// Resolves every member reference to an id, and checks the roles and the session.
fn resolve_people(db: &Db, a: &mut PeerAssist, source: Source) -> Result<()> {
    let presenter_name = source.name("--presenter", "presenters");
    let listener_name = source.name("--listener", "listeners");
    a.presenters = resolve_list(db, &a.presenters, &presenter_name)?;
    a.listeners = resolve_list(db, &a.listeners, &listener_name)?;
    a.facilitators = resolve_list(db, &a.facilitators, &source.name("--facilitator", "facilitators"))?;
    for t in &mut a.takeaways {
        if let Some(m) = &t.member_id {
            t.member_id = Some(MemberRef::Id(resolve_one(db, m, &source.name("--takeaway", "takeaways"))?));
        }
    }
    for s in &mut a.next_steps {
        if let Some(m) = &s.owner_id {
            s.owner_id = Some(MemberRef::Id(resolve_one(
                db,
                m,
                &source.name("--next-step @MEMBER", "next_steps: owner_id"),
            )?));
        }
    }
    check_roles(db, a, &listener_name)?;
    if let Some(s) = a.session_id
        && !assists::session_exists(db, s)?
    {
        return Err(Error::not_found(format!(
            "{}: no session with id {s}",
            source.name("--session", "session_id")
        )));
    }
    Ok(())
}

/// A member of the challenge group cannot also be one of its listeners.
fn check_roles(db: &Db, a: &PeerAssist, listener_name: &str) -> Result<()> {
    if let Some(both) = a.listeners.iter().find(|l| a.presenters.contains(l)) {
        let who = match both {
            MemberRef::Id(id) => crate::store::members::get(db, *id)?
                .map(|m| format!("{} ({id})", m.profile.name))
                .unwrap_or_else(|| id.to_string()),
            MemberRef::Name(n) => n.clone(),
        };
        return Err(Error::invalid(format!(
            "{listener_name}: {who} presents the challenge and cannot also be a listener"
        )));
    }
    Ok(())
}

/// Reads a `--from` file (`-` for stdin) as an assist; an unknown field is named.
fn read_json(path: &Path) -> Result<PeerAssist> {
    let text = if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| Error::invalid(format!("--from -: {e}")))?;
        s
    } else {
        std::fs::read_to_string(path)
            .map_err(|e| Error::invalid(format!("--from {}: {e}", path.display())))?
    };
    parse_json(&text, &path.display().to_string())
}

fn parse_json(text: &str, what: &str) -> Result<PeerAssist> {
    serde_json::from_str::<PeerAssist>(text)
        .map_err(|e| Error::invalid(format!("--from {what}: not a valid assist: {e}")))
}
