//! `cop assist run`: the live guide for the facilitator.

use super::walk::{Timer, ask_people, walk};
use super::{
    Source, load, no_assist, normalize, parse_id, people_from_flags, require_requested, resolve_people,
};
use crate::cli::assist::RunArgs;
use crate::commands::Context;
use crate::domain::assist::{AssistStatus, DEFAULT_MINUTES, MINUTES_MAX, PeerAssist, STEP_NAMES, STEPS};
use crate::error::{Error, Result};
use crate::store::assists;

pub fn run(ctx: &mut Context, args: RunArgs) -> Result<()> {
    let resume = args.resume.as_deref().map(|r| parse_id("--resume", r)).transpose()?;
    let request = args.request.as_deref().map(|r| parse_id("REQUEST", r)).transpose()?;
    let min = STEPS as u32;
    if let Some(m) = args.minutes
        && !(min..=MINUTES_MAX).contains(&m)
    {
        return Err(Error::invalid(format!(
            "--minutes: expected a length between {min} and {} minutes (a minute per step at least), got {m}",
            MINUTES_MAX,
        )));
    }
    let (mut store, id) = match (resume, request) {
        (None, Some(id)) => from_request(ctx, &args, id)?,
        (resume, _) => match resume {
            Some(id) => {
                let Some(store) = ctx.reader()? else {
                    return Err(Error::not_found(format!("no assist with id {id}")));
                };
                let a = store.read(|db| load(db, id))?;
                match a.status {
                    AssistStatus::Logged => {
                        return Err(Error::conflict(format!(
                            "assist {id} is already logged, not a draft: change it with `cop assist edit {id}`"
                        )));
                    }
                    AssistStatus::Requested => {
                        return Err(Error::conflict(format!(
                            "assist {id} is a request not run yet, not a draft: start it with `cop assist run {id}`"
                        )));
                    }
                    AssistStatus::Draft => {}
                }
                drop(store);
                needs_terminal(ctx)?;
                ctx.out.message(&format!(
                    "Continuing draft assist {id}: {} (step {})",
                    a.challenge,
                    a.current_step.min(7)
                ));
                (ctx.writer()?, id)
            }
            None => {
                needs_terminal(ctx)?;
                start(ctx, args)?
            }
        },
    };
    let a = store.read(|db| load(db, id))?;
    let timer = Timer::new(a.minutes, a.current_step);
    let plan: Vec<String> = STEP_NAMES
        .iter()
        .zip(timer.boxes())
        .enumerate()
        .map(|(i, ((name, _), m))| format!("{} {name} {m}", i + 1))
        .collect();
    ctx.out.message(&format!("Time boxes ({} min): {}", a.minutes, plan.join(" · ")));
    let id = walk(ctx, &mut store, id, [false; STEPS], Some(&timer), false)?;
    let saved = store.read(|db| load(db, id))?;
    ctx.out.written(id, &saved, &format!("Logged assist {id}: {}", saved.challenge))
}

fn needs_terminal(ctx: &Context) -> Result<()> {
    if ctx.prompt.is_interactive() {
        return Ok(());
    }
    Err(Error::invalid(
        "assist run is the live guide and needs a terminal (without --no-input); \
         to record an assist from a script, use `cop assist log`",
    ))
}

/// Asks for what is missing to begin, and saves the draft.
fn start(ctx: &mut Context, args: RunArgs) -> Result<(crate::store::Store, i64)> {
    let mut a = PeerAssist {
        challenge: match args.challenge {
            Some(c) => c,
            None => ctx.prompt.text("The challenge", "--challenge")?,
        },
        minutes: args.minutes.unwrap_or(DEFAULT_MINUTES),
        status: AssistStatus::Draft,
        current_step: 1,
        ..PeerAssist::default()
    };
    people_from_flags(&mut a, &args.people);
    normalize(ctx, &mut a, Source::Flags)?;
    let mut store = ctx.writer()?;
    store.read(|db| resolve_people(db, &mut a, Source::Flags))?;
    ask_people(ctx, &store, &mut a)?;
    let id = store.write("start assist run", |db| {
        resolve_people(db, &mut a, Source::Flags)?;
        assists::insert(db, &a)
    })?;
    ctx.out.message(&format!(
        "Draft assist {id}: every answer is saved as you go (if interrupted, `cop assist run --resume {id}`)"
    ));
    Ok((store, id))
}

/// `assist run N` for a request: the draft is the request itself, its challenge, group,
/// tags and people kept (listeners and facilitators given as flags are added), held now.
fn from_request(ctx: &mut Context, args: &RunArgs, id: i64) -> Result<(crate::store::Store, i64)> {
    let Some(reader) = ctx.reader()? else { return Err(no_assist(id)) };
    let mut a = reader.read(|db| {
        let a = load(db, id)?;
        require_requested(&a, "start it from its request")?;
        Ok(a)
    })?;
    drop(reader);
    needs_terminal(ctx)?;
    people_from_flags(&mut a, &args.people);
    if let Some(m) = args.minutes {
        a.minutes = m;
    }
    a.date = None;
    a.status = AssistStatus::Draft;
    a.current_step = 1;
    normalize(ctx, &mut a, Source::Flags)?;
    let mut store = ctx.writer()?;
    store.read(|db| resolve_people(db, &mut a, Source::Flags))?;
    ask_people(ctx, &store, &mut a)?;
    store.write(&format!("start assist {id} from its request"), |db| {
        // Checked again under the write lock: another cop may have started it meanwhile.
        require_requested(&load(db, id)?, "start it from its request")?;
        resolve_people(db, &mut a, Source::Flags)?;
        assists::replace(db, id, &a)
    })?;
    ctx.out.message(&format!(
        "Running requested assist {id} with {} listener(s): every answer is saved as you go \
         (if interrupted, `cop assist run --resume {id}`)",
        a.listeners.len()
    ));
    Ok((store, id))
}
