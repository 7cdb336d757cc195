//! `cop popup invite POPUP [MEMBER...|--matched N] [--mail ...]`: records invitations,
//! and with `--mail` writes each invitee a message (why they are invited, the agenda,
//! the sessions as a calendar request) in the same transaction.

use super::{popup_id, require_open};
use crate::cli::popup::InviteArgs;
use crate::commands::require_active;
use crate::commands::{Context, mail, member_ids};
use crate::domain::mail::{Occasion, reason_sentence};
use crate::domain::matching::MatchKind;
use crate::domain::member::Member;
use crate::domain::popup::{Participation, Popup};
use crate::error::{Error, Result};
use crate::store::{Db, members, popups as store, sessions};

/// The members to invite, each with why they fit the popup (as `popup match` says: a
/// member paused on `today` is not among the matched).
fn invitees(
    db: &Db,
    p: &Popup,
    a: &InviteArgs,
    today: chrono::NaiveDate,
) -> Result<Vec<(i64, Option<String>)>> {
    let rows = super::r#match::ranked(db, p.id, today, &p.tags, a.matched)?;
    let reason = |id: i64| {
        rows.iter()
            .find(|r| r.member_id == id && r.kind == MatchKind::Learner)
            .and_then(|r| reason_sentence(&r.reasons))
    };
    Ok(match a.matched {
        Some(n) => rows
            .iter()
            .filter(|r| r.kind == MatchKind::Learner)
            .take(n)
            .map(|r| (r.member_id, reason_sentence(&r.reasons)))
            .collect(),
        None => member_ids(db, &a.members)?.into_iter().map(|id| (id, reason(id))).collect(),
    })
}

/// Checks each invitee may be invited; returns their names.
fn check(db: &Db, p: &Popup, people: &[(i64, Option<String>)]) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for (m, _) in people {
        let name = require_active(db, *m)?;
        if p.place_of(*m).is_some_and(Participation::is_in) {
            return Err(Error::conflict(format!("{name} (id {m}) already has a place in popup {}", p.id)));
        }
        names.push(name);
    }
    Ok(names)
}

/// What the message is about: the popup with its agenda and the sessions still to come.
fn occasion(db: &Db, p: &Popup) -> Result<Occasion> {
    let mut upcoming = Vec::new();
    for s in store::future_sessions(db, p.id)? {
        upcoming.extend(sessions::get(db, s)?);
    }
    Ok(Occasion::Popup {
        id: p.id,
        title: p.title.clone(),
        description: p.description.clone(),
        proposer: p.proposer_name.clone(),
        agenda: p.agenda.iter().map(|i| i.text.clone()).collect(),
        sessions: upcoming,
    })
}

fn with_members(db: &Db, people: Vec<(i64, Option<String>)>) -> Result<Vec<(Member, Option<String>)>> {
    let mut out = Vec::new();
    for (id, reason) in people {
        out.extend(members::get(db, id)?.map(|m| (m, reason)));
    }
    Ok(out)
}

pub fn run(ctx: &mut Context, a: InviteArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    if !a.mail && mail::any_delivery(&a.delivery, &a.sender) {
        return Err(Error::invalid(
            "--out, --mbox, --sendmail, --dry-run and --from deliver mail: add --mail to mail the invitations",
        ));
    }
    if a.mail {
        mail::check_delivery(ctx, &a.delivery, "--mail")?;
    }
    let today = ctx.now.date_naive();
    if a.mail && a.delivery.dry_run {
        let Some(s) = ctx.reader()? else {
            return Err(Error::not_found(format!("no popup with id {id}")));
        };
        let batch = s.read(|db| {
            let p = store::require(db, id)?;
            require_open(&p, "invite members")?;
            let people = invitees(db, &p, &a, today)?;
            check(db, &p, &people)?;
            let from = mail::organizer(db, &a.sender, false)?;
            mail::build(ctx, &from, &occasion(db, &p)?, &with_members(db, people)?)
        })?;
        return mail::show_batch(ctx, &batch);
    }
    let mut db_store = ctx.writer()?;
    let mut notes = Vec::new();
    let (popup, names, mailed) = db_store.write(&format!("invite to popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "invite members")?;
        let people = invitees(db, &p, &a, today)?;
        let names = check(db, &p, &people)?;
        for (m, _) in &people {
            store::set_member(db, id, *m, Participation::Invited)?;
        }
        let mailed = if a.mail {
            let from = mail::organizer(db, &a.sender, true)?;
            let batch = mail::build(ctx, &from, &occasion(db, &p)?, &with_members(db, people)?)?;
            let pending = mail::record(db, &batch, &mut notes)?;
            db.summarize(format!(
                "popup invite {id}: {} invited, {} to send",
                names.len(),
                crate::output::count(pending.len(), "message")
            ));
            Some((batch.skipped, pending))
        } else {
            db.summarize(format!("popup invite {id}: {} invited", names.len()));
            None
        };
        Ok((store::require(db, id)?, names, mailed))
    })?;
    let msg = if names.is_empty() {
        format!("Nobody to invite to popup {}", popup.id)
    } else {
        format!("Invited {} to popup {}", names.join(", "), popup.id)
    };
    ctx.out.written(popup.id, &popup, &msg)?;
    if let Some((skipped, pending)) = mailed {
        mail::finish(ctx, &mut db_store, &a.delivery, &skipped, &notes, pending)?;
    }
    Ok(())
}
