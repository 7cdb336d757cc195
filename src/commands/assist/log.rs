//! `cop assist log`: record an assist that happened.

use std::path::Path;

use super::walk::{ask_people, takeaway_stories, walk};
use super::{Source, edit, load, normalize, people_from_flags, read_json, resolve_people, steps_from_flags};
use crate::cli::assist::LogArgs;
use crate::commands::Context;
use crate::domain::assist::{AssistStatus, PeerAssist, STEPS};
use crate::error::{Error, Result};
use crate::store::{assist_update, assists, tombstones};

pub fn run(ctx: &mut Context, args: LogArgs) -> Result<()> {
    if let Some(path) = &args.from {
        return from_file(ctx, path, args.new);
    }
    let mut a = PeerAssist {
        challenge: args.challenge.clone().unwrap_or_default(),
        minutes: args.minutes.unwrap_or(crate::domain::assist::DEFAULT_MINUTES),
        date: args.date.clone(),
        tags: args.tag.clone(),
        continue_discussion: args.continue_discussion,
        ..PeerAssist::default()
    };
    people_from_flags(&mut a, &args.people);
    steps_from_flags(&mut a, &args.steps)?;
    let answered = a.answered();
    if !ctx.prompt.is_interactive() || answered.iter().all(|&given| given) {
        return record(ctx, a, Source::Flags, args.story);
    }
    guided(ctx, a, answered, args.story)
}

/// Saves a complete assist in one transaction and prints its id.
/// With `stories`, each takeaway naming a member is kept as their value story too.
fn record(ctx: &mut Context, mut a: PeerAssist, source: Source, stories: bool) -> Result<()> {
    normalize(ctx, &mut a, source)?;
    let mut store = ctx.writer()?;
    let saved = store.write(&format!("log assist {:?}", a.challenge), |db| {
        resolve_people(db, &mut a, source)?;
        let id = assists::insert(db, &a)?;
        let saved = load(db, id)?;
        if stories {
            crate::store::stories::add_from_takeaways(db, id, &takeaway_stories(&saved))?;
        }
        Ok(saved)
    })?;
    let id = saved.id.unwrap_or_default();
    // A file may hold a draft (or a request): say what was kept, not "logged".
    let what = match saved.status {
        AssistStatus::Logged => format!("Logged assist {id}"),
        AssistStatus::Draft => format!("Saved draft assist {id} (`cop assist run --resume {id}` goes on)"),
        AssistStatus::Requested => format!("Saved assist request {id}"),
    };
    ctx.out.written(id, &saved, &format!("{what}: {}", saved.challenge))
}

/// `--from FILE`: the JSON `assist show --format json` prints. When this copy holds the
/// assist of the file's `uuid`, the file updates it (as `assist edit --from` would), so
/// logging a file twice keeps one assist; otherwise, or with `--new`, ids are ignored and
/// a new assist is recorded with a new UUID. A file whose `uuid` is a deleted record's is
/// refused (exit 4), as on every way in: what was deleted on purpose does not come back
/// under a new id.
fn from_file(ctx: &mut Context, path: &Path, new: bool) -> Result<()> {
    let mut a = read_json(path)?;
    if let Some(u) = &a.uuid
        && let Some(store) = ctx.reader()?
    {
        let u = u.trim();
        if let Some(kind) = store.read(|db| tombstones::kind_of(db, u))? {
            return Err(Error::conflict(format!(
                "--from {}: uuid {u} is a deleted record's (of {kind}): it is not brought back",
                path.display()
            )));
        }
        let held = if new { None } else { store.read(|db| assist_update::id_by_uuid(db, u))? };
        if let Some(id) = held {
            let before = store.read(|db| load(db, id))?;
            drop(store);
            if a.id != Some(id) {
                // Another copy's file (a synced replica numbers its records its own
                // way): its next step and resource ids are not ours. Resources are
                // matched by link or title instead.
                clear_child_ids(&mut a);
            }
            a.id = Some(id);
            if a.status == AssistStatus::Requested {
                return Err(requested_refused());
            }
            let saved = edit::replace_whole(ctx, &before, a, Source::File)?;
            return ctx.out.written(
                id,
                &saved,
                &format!("Updated assist {id}: {} (the file's uuid; --new logs a copy)", saved.challenge),
            );
        }
    }
    a.id = None;
    a.uuid = None;
    clear_child_ids(&mut a);
    if a.status == AssistStatus::Requested {
        return Err(requested_refused());
    }
    a.invitations.clear();
    a.size = None;
    a.current_step = if a.status == AssistStatus::Draft { 1 } else { 8 };
    record(ctx, a, Source::File, false)
}

fn clear_child_ids(a: &mut PeerAssist) {
    for s in &mut a.next_steps {
        s.id = None;
    }
    for r in &mut a.resources {
        r.id = None;
    }
}

fn requested_refused() -> Error {
    Error::invalid(
        "--from: status requested: `assist log` records an assist that happened; ask for one with \
         `cop assist request`",
    )
}

/// On a terminal with steps missing: asks what is missing, saving a draft at once and
/// then each step as it is answered.
fn guided(ctx: &mut Context, mut a: PeerAssist, answered: [bool; STEPS], stories: bool) -> Result<()> {
    if a.challenge.trim().is_empty() {
        a.challenge = ctx.prompt.text("The challenge", "--challenge")?;
    }
    normalize(ctx, &mut a, Source::Flags)?;
    let mut store = ctx.writer()?;
    store.read(|db| resolve_people(db, &mut a, Source::Flags))?;
    ask_people(ctx, &store, &mut a)?;
    a.status = AssistStatus::Draft;
    a.current_step = answered.iter().position(|&given| !given).map_or(8, |i| i as u8 + 1);
    let id = store.write("start assist draft", |db| {
        resolve_people(db, &mut a, Source::Flags)?;
        assists::insert(db, &a)
    })?;
    ctx.out.message(&format!(
        "Saving as you go: draft assist {id} (if interrupted, continue with `cop assist run --resume {id}`)"
    ));
    let id = walk(ctx, &mut store, id, answered, None, stories)?;
    if stories && answered[4] {
        // Step 5 came as flags, so the walk did not keep them: keep them here.
        store.write("takeaways as stories", |db| {
            crate::store::stories::add_from_takeaways(db, id, &takeaway_stories(&load(db, id)?))
        })?;
    }
    let saved = store.read(|db| load(db, id))?;
    ctx.out.written(id, &saved, &format!("Logged assist {id}: {}", saved.challenge))
}
