//! `cop assist match N [--limit N | --all] [--invite N [--mail ...]]`: possible listeners
//! for a request, ranked with reasons, and invitations for the best, mailed with `--mail`
//! in the same transaction that records them (as `popup invite --mail` does).

use super::{load, no_assist, parse_id, require_requested};
use chrono::NaiveDate;

use crate::cli::assist::MatchArgs;
use crate::commands::{Context, mail};
use crate::domain::assist::{InvitationStatus, MemberRef, PeerAssist};
use crate::domain::assist_request::NewInvitation;
use crate::domain::listeners::{self, filled};
use crate::domain::mail::{Occasion, reason_sentence};
use crate::domain::matching::Match;
use crate::domain::member::Member;
use crate::error::{Error, Result};
use crate::store::{Db, assist_requests as requests, matching, members, sessions};

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

/// What an invitation to listen is about: the challenge, who brings it, and its session
/// if one is set and still to come.
fn occasion(db: &Db, request: &PeerAssist) -> Result<Occasion> {
    let mut presenters = Vec::new();
    for p in &request.presenters {
        if let MemberRef::Id(m) = p {
            presenters.extend(members::get(db, *m)?.map(|m| m.profile.name));
        }
    }
    let mut upcoming = Vec::new();
    if let Some(s) = request.session_id {
        upcoming.extend(sessions::get(db, s)?.filter(|s| s.starts_at > db.now));
    }
    Ok(Occasion::Assist {
        id: request.id.unwrap_or_default(),
        challenge: request.challenge.clone(),
        group: request.group.clone(),
        presenters,
        minutes: request.minutes,
        sessions: upcoming,
    })
}

/// The best `n` of `rows`, as members with why each fits, for their messages.
fn invitees(db: &Db, rows: &[Match], n: usize) -> Result<Vec<(Member, Option<String>)>> {
    let mut out = Vec::new();
    for m in rows.iter().take(n) {
        out.extend(members::get(db, m.member_id)?.map(|member| (member, reason_sentence(&m.reasons))));
    }
    Ok(out)
}

/// `--mail --dry-run`: the messages the invitations would send, recording nothing.
fn dry_run(ctx: &mut Context, a: &MatchArgs, id: i64, n: usize, limit: Option<usize>) -> Result<()> {
    let today = ctx.now.date_naive();
    let Some(s) = ctx.reader()? else { return Err(no_assist(id)) };
    let batch = s.read(|db| {
        let request = load(db, id)?;
        require_requested(&request, "invite listeners")?;
        let rows = ranked(db, &request, today, limit.map(|l| l.max(n)))?;
        let from = mail::organizer(db, &a.sender, false)?;
        mail::build(ctx, &from, &occasion(db, &request)?, &invitees(db, &rows, n)?)
    })?;
    mail::show_batch(ctx, &batch)
}

pub fn run(ctx: &mut Context, a: MatchArgs) -> Result<()> {
    let id = parse_id("ASSIST", &a.assist)?;
    let limit = (!a.all).then_some(a.limit);
    let today = ctx.now.date_naive();
    if !a.mail && mail::any_delivery(&a.delivery, &a.sender) {
        return Err(Error::invalid(
            "--out, --mbox, --sendmail, --dry-run and --from deliver mail: add --mail to mail the invitations",
        ));
    }
    if a.mail {
        mail::check_delivery(ctx, &a.delivery, "--mail")?;
        if let (Some(n), true) = (a.invite, a.delivery.dry_run) {
            return dry_run(ctx, &a, id, n, limit);
        }
    }
    let mut written = None;
    let mut notes = Vec::new();
    let (request, rows, invited, mailed) = match a.invite {
        None => {
            let Some(s) = ctx.reader()? else { return Err(no_assist(id)) };
            s.read(|db| {
                let request = load(db, id)?;
                require_requested(&request, "match listeners")?;
                let rows = ranked(db, &request, today, limit)?;
                Ok((request, rows, Vec::new(), None))
            })?
        }
        Some(n) => {
            let mut s = ctx.writer()?;
            let done = s.write(&format!("invite listeners to assist {id}"), |db| {
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
                let mailed = if a.mail {
                    let from = mail::organizer(db, &a.sender, true)?;
                    let batch = mail::build(ctx, &from, &occasion(db, &request)?, &invitees(db, &rows, n)?)?;
                    let pending = mail::record(db, &batch, &mut notes)?;
                    db.summarize(format!(
                        "assist match {id} --invite {n}: {} invited, {} to send",
                        invited.len(),
                        crate::output::count(pending.len(), "message")
                    ));
                    Some((batch.skipped, pending))
                } else {
                    db.summarize(format!("assist match {id} --invite {n}: {} invited", invited.len()));
                    None
                };
                Ok((load(db, id)?, rows, invited, mailed))
            })?;
            written = Some(s);
            done
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
    if let (Some((skipped, pending)), Some(mut s)) = (mailed, written) {
        mail::finish(ctx, &mut s, &a.delivery, &skipped, &notes, pending)?;
    }
    Ok(())
}

/// Tells who was just invited (with `--mail`, their messages are delivered after).
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
