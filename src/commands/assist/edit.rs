//! `cop assist edit`: set fields, add notes and people, or replace the whole assist.

use super::{
    Source, load, naming, normalize, parse_id, parse_json, people_from_flags, read_json, resolve_people,
    steps_from_flags,
};
use crate::cli::assist::EditArgs;
use crate::commands::{Context, member_id};
use crate::domain::assist::{AssistStatus, MemberRef, PeerAssist};
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::assists;

/// Whether any flag asks for a change.
fn has_changes(a: &EditArgs) -> bool {
    let p = &a.people;
    let s = &a.steps;
    a.challenge.is_some()
        || !a.tag.is_empty()
        || !a.remove_tag.is_empty()
        || a.size.is_some()
        || a.date.is_some()
        || a.minutes.is_some()
        || a.continue_discussion
        || a.no_continue
        || !a.remove_member.is_empty()
        || !p.presenter.is_empty()
        || !p.listener.is_empty()
        || !p.facilitator.is_empty()
        || p.group.is_some()
        || p.session.is_some()
        || s.situation.is_some()
        || s.response.is_some()
        || s.reflection.is_some()
        || !s.clarify.is_empty()
        || !s.idea.is_empty()
        || !s.resource.is_empty()
        || !s.takeaway.is_empty()
        || !s.next_step.is_empty()
}

pub fn run(ctx: &mut Context, args: EditArgs) -> Result<()> {
    let id = parse_id("ASSIST", &args.assist)?;
    let Some(reader) = ctx.reader()? else {
        return Err(Error::not_found(format!("no assist with id {id}")));
    };
    let (before, removed) = reader.read(|db| {
        let removed = args
            .remove_member
            .iter()
            .map(|r| member_id(db, r).map(MemberRef::Id).map_err(|e| naming("--remove-member", e)))
            .collect::<Result<Vec<_>>>()?;
        Ok((load(db, id)?, removed))
    })?;
    drop(reader);
    if args.from.is_some() && has_changes(&args) {
        return Err(Error::invalid("--from replaces the whole assist: give no other flag with it"));
    }
    let (after, source) = if let Some(path) = &args.from {
        (read_json(path)?, Source::File)
    } else if has_changes(&args) {
        (apply_flags(&before, &removed, &args)?, Source::Flags)
    } else if ctx.prompt.is_interactive() {
        let json = serde_json::to_string_pretty(&before)?;
        let Some(text) = ctx.prompt.long_text(&format!("assist {id}: save and close to apply"), &json)?
        else {
            ctx.out.message("Nothing changed: the editor came back empty");
            return Ok(());
        };
        (parse_json(&text, "editor")?, Source::File)
    } else {
        return Err(Error::invalid(
            "nothing to change: give a flag (see `cop assist edit --help`) or --from FILE",
        ));
    };
    let saved = replace_whole(ctx, &before, after, source)?;
    ctx.out.written(id, &saved, &format!("Updated assist {id}: {}", saved.challenge))
}

/// Replaces assist `before` with `after` in one transaction (`assist edit`, and
/// `assist log --from` of an assist this copy holds): invitations stay as they were, a
/// draft keeps its place in the walk, a request is not made from a held assist.
pub(super) fn replace_whole(
    ctx: &Context,
    before: &PeerAssist,
    mut after: PeerAssist,
    source: Source,
) -> Result<PeerAssist> {
    let id = before.id.unwrap_or_default();
    if after.status == AssistStatus::Requested && before.status != AssistStatus::Requested {
        return Err(Error::invalid(format!(
            "status: assist {id} is {}; only `cop assist request` records a request",
            before.status.as_str()
        )));
    }
    // Invitations change through `assist match --invite`, `join` and `decline` only.
    after.invitations = before.invitations.clone();
    after.current_step = match after.status {
        AssistStatus::Logged => 8,
        AssistStatus::Draft => before.current_step.min(7),
        AssistStatus::Requested => 1,
    };
    normalize(ctx, &mut after, source)?;
    let mut store = ctx.writer()?;
    store.write(&format!("edit assist {id}"), |db| {
        resolve_people(db, &mut after, source)?;
        assists::replace(db, id, &after)?;
        load(db, id)
    })
}

/// The assist with the flags applied: members removed first (so `--remove-member bo
/// --presenter bo` moves Bo), then single values set ("" removes) and lists added to.
fn apply_flags(before: &PeerAssist, removed: &[MemberRef], args: &EditArgs) -> Result<PeerAssist> {
    let mut a = before.clone();
    for list in [&mut a.presenters, &mut a.listeners, &mut a.facilitators] {
        list.retain(|x| !removed.contains(x));
    }
    if let Some(c) = &args.challenge {
        a.challenge = c.clone();
    }
    let remove =
        tag::normalize_all(&args.remove_tag).map_err(|e| Error::invalid(format!("--remove-tag: {e}")))?;
    a.tags.retain(|t| !remove.contains(t));
    a.tags.extend(args.tag.iter().cloned());
    if args.size.is_some() {
        a.size = args.size;
    }
    if let Some(d) = &args.date {
        a.date = Some(d.clone());
    }
    if let Some(m) = args.minutes {
        a.minutes = m;
    }
    if args.continue_discussion {
        a.continue_discussion = true;
    }
    if args.no_continue {
        a.continue_discussion = false;
    }
    people_from_flags(&mut a, &args.people);
    steps_from_flags(&mut a, &args.steps)?;
    Ok(a)
}
