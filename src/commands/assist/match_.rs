//! `cop assist match N [--limit N | --all] [--invite N]`: possible listeners for a
//! request, ranked with reasons, and invitations for the best.

use super::{load, no_assist, parse_id, require_requested};
use chrono::NaiveDate;

use crate::cli::assist::MatchArgs;
use crate::commands::Context;
use crate::domain::assist::{InvitationStatus, PeerAssist};
use crate::domain::assist_request::NewInvitation;
use crate::domain::listeners::{self, filled};
use crate::domain::matching::Match;
use crate::error::Result;
use crate::store::{Db, assist_requests as requests, matching};

/// The request's possible listeners ranked, with as little read about them as `limit`
/// allows; members paused on `today` are never candidates.
fn ranked(db: &Db, request: &PeerAssist, today: NaiveDate, limit: Option<usize>) -> Result<Vec<Match>> {
    let id = request.id.unwrap_or_default();
    let mut candidates = requests::listener_candidates(db, id, &request.presenters, today)?;
    let wanted = listeners::wanted(&request.tags, &candidates, db.now, limit);
    let ids: Vec<i64> = candidates.iter().map(|l| l.member.member_id).collect();
    let known = matching::known(db, &ids, wanted.as_deref())?;
    for ((l, at), name) in candidates.iter_mut().zip(known.last_active).zip(known.names) {
        l.member.last_active = at;
        l.member.name = name;
    }
    Ok(listeners::rank(&request.tags, &candidates, db.now, limit))
}

pub fn run(ctx: &mut Context, a: MatchArgs) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let limit = (!a.all).then_some(a.limit);
    let today = ctx.now.date_naive();
    let (request, rows, invited) = match a.invite {
        None => {
            let Some(s) = ctx.reader()? else { return Err(no_assist(id)) };
            s.read(|db| {
                let request = load(db, id)?;
                require_requested(&request, "match listeners")?;
                let rows = ranked(db, &request, today, limit)?;
                Ok((request, rows, Vec::new()))
            })?
        }
        Some(n) => {
            let mut s = ctx.writer()?;
            s.write(&format!("invite listeners to assist {id}"), |db| {
                let request = load(db, id)?;
                require_requested(&request, "invite listeners")?;
                // The best `n` are invited, whatever `--limit` shows.
                let rows = ranked(db, &request, today, limit.map(|l| l.max(n)))?;
                let mut invited = Vec::new();
                for m in rows.iter().take(n) {
                    requests::set_invitation(db, id, m.member_id, InvitationStatus::Invited)?;
                    let (name, email) = requests::contact(db, m.member_id)?;
                    invited.push(NewInvitation { assist_id: id, member_id: m.member_id, name, email });
                }
                db.summarize(format!("assist match {id} --invite {n}: {} invited", invited.len()));
                Ok((load(db, id)?, rows, invited))
            })?
        }
    };
    if request.tags.is_empty() {
        ctx.out.warn(&format!(
            "assist {id} has no tags, so nobody matches it: add some with `cop assist edit {id} --tag TAG`"
        ));
    }
    let shown: Vec<Match> = match limit {
        Some(l) => rows.into_iter().take(l).collect(),
        None => rows,
    };
    ctx.out.list_all("possible listeners", &shown)?;
    let open = request.invitations.iter().filter(|i| i.status == InvitationStatus::Invited).count();
    ctx.out.message(&format!(
        "Assist {id} has {} listeners; {open} invitation{} unanswered",
        filled(request.listeners.len(), request.size),
        if open == 1 { "" } else { "s" }
    ));
    tell_invited(ctx, &invited);
    Ok(())
}

/// Tells who was just invited. The invitations are recorded, and named here; sending
/// each member a message (RFC 5322 with an iTIP request, `--mail`) belongs to the
/// invitations issue, which plugs in at this one place with what [`NewInvitation`] holds.
fn tell_invited(ctx: &Context, invited: &[NewInvitation]) {
    let Some(first) = invited.first() else { return };
    let names: Vec<&str> = invited.iter().map(|i| i.name.as_str()).collect();
    ctx.out.message(&format!(
        "Invited {} to listen in assist {}; they answer with `cop assist join|decline {} MEMBER`",
        names.join(", "),
        first.assist_id,
        first.assist_id
    ));
}
