//! `cop assist request`, `assist join` and `assist decline`: asking for a peer assist,
//! and the answers of the members asked to listen.

use super::{Source, load, naming, normalize, require_requested, resolve_one};
use crate::cli::assist::{MemberInAssist, RequestArgs};
use crate::commands::require_active;
use crate::commands::{Context, member_id, parse_id};
use crate::domain::assist::{AssistStatus, InvitationStatus, MemberRef, PeerAssist};
use crate::domain::listeners::filled;
use crate::error::{Error, Result};
use crate::store::assists::{self, Role};
use crate::store::{Db, assist_requests as requests, popups};

pub fn request(ctx: &mut Context, args: RequestArgs) -> Result<()> {
    let challenge = match args.challenge {
        Some(c) => c,
        None => ctx.prompt.text("The challenge to bring to the group", "--challenge")?,
    };
    let by = match args.by {
        Some(b) => b,
        None => ctx.prompt.text("Who asks for the assist (member id, email or name)?", "--by MEMBER")?,
    };
    let mut a = PeerAssist {
        challenge,
        minutes: args.minutes,
        group: args.group,
        tags: args.tag,
        size: Some(args.size),
        status: AssistStatus::Requested,
        current_step: 1,
        ..PeerAssist::default()
    };
    normalize(ctx, &mut a, Source::Flags)?;
    let mut store = ctx.writer()?;
    let saved = store.write("request an assist", |db| {
        let presenter = resolve_one(db, &MemberRef::Name(by.clone()), "--by")?;
        require_active(db, presenter)?;
        a.presenters = vec![MemberRef::Id(presenter)];
        let id = assists::insert(db, &a)?;
        db.summarize(format!("assist request {id}: {}", a.challenge));
        load(db, id)
    })?;
    let id = saved.id.unwrap_or_default();
    if saved.tags.is_empty() {
        ctx.out.warn(&format!(
            "assist {id} has no tags, so `assist match` finds nobody: add some with `cop assist edit {id} --tag TAG`"
        ));
    }
    ctx.out.written(
        id,
        &saved,
        &format!("Requested assist {id}: {}; find listeners with `cop assist match {id}`", saved.challenge),
    )
}

/// The request and member named, checked: the request is open and the member may take
/// part in it (active, not presenting it).
fn request_and_member(db: &Db, id: i64, member: &str, verb: &str) -> Result<(PeerAssist, i64, String)> {
    let r = load(db, id)?;
    require_requested(&r, verb)?;
    let m = member_id(db, member).map_err(|e| naming("MEMBER", e))?;
    let name = require_active(db, m)?;
    if r.presenters.contains(&MemberRef::Id(m)) {
        return Err(Error::invalid(format!(
            "MEMBER: {name} ({m}) presents the challenge of assist {id} and cannot also be a listener"
        )));
    }
    Ok((r, m, name))
}

pub fn join(ctx: &mut Context, a: MemberInAssist) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let mut store = ctx.writer()?;
    let (saved, name) = store.write(&format!("join assist {id}"), |db| {
        let (r, m, name) = request_and_member(db, id, &a.member, "join it")?;
        if r.listeners.contains(&MemberRef::Id(m)) {
            return Err(Error::conflict(format!("{name} ({m}) already listens in assist {id}")));
        }
        requests::set_invitation(db, id, m, InvitationStatus::Joined)?;
        assists::add_person(db, id, m, Role::Listener)?;
        db.summarize(format!("assist join {id}: {name} ({m}) listens"));
        if let Some(s) = r.session_id
            && requests::session_to_come(db, s)?
        {
            popups::invite_to_session(db, s, m)?;
        }
        Ok((load(db, id)?, name))
    })?;
    let n = saved.listeners.len();
    if saved.size.is_some_and(|s| n > s as usize) {
        ctx.out.warn(&format!(
            "assist {id} now has {n} listeners, more than the {} it asked for",
            saved.size.unwrap_or_default()
        ));
    }
    let msg = format!("{name} joined assist {id} as a listener ({})", filled(n, saved.size));
    ctx.out.written(id, &saved, &msg)
}

pub fn decline(ctx: &mut Context, a: MemberInAssist) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let mut store = ctx.writer()?;
    let (saved, msg) = store.write(&format!("decline assist {id}"), |db| {
        let (r, m, name) = request_and_member(db, id, &a.member, "decline it")?;
        if requests::invitation(db, id, m)? == Some(InvitationStatus::Declined) {
            return Err(Error::conflict(format!("{name} ({m}) already declined assist {id}")));
        }
        let listened = r.listeners.contains(&MemberRef::Id(m));
        requests::set_invitation(db, id, m, InvitationStatus::Declined)?;
        db.summarize(format!("assist decline {id}: {name} ({m}) declined"));
        requests::remove_listener(db, id, m)?;
        if let Some(s) = r.session_id {
            requests::uninvite_from_session(db, s, m)?;
        }
        let msg = if listened {
            format!("{name} declined assist {id} and no longer listens in it")
        } else {
            format!("{name} declined assist {id}")
        };
        Ok((load(db, id)?, msg))
    })?;
    ctx.out.written(id, &saved, &msg)
}
