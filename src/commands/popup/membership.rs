//! `cop popup join|leave|decline POPUP MEMBER`, and the waitlist's turn after a place
//! opens up.

use super::{popup_id, require_open};
use crate::cli::popup::MemberInPopup;
use crate::commands::{Context, member_id, require_active};
use crate::domain::popup::{Expert, Participation, may_step_out};
use crate::error::{Error, Result};
use crate::store::popups as store;
use crate::store::{self as db_store, Db};

/// Lets those waiting in while there is room (as the domain says who); returns their names.
pub(super) fn promote(db: &Db, popup_id: i64) -> Result<Vec<String>> {
    let p = store::require(db, popup_id)?;
    let mut promoted = Vec::new();
    for m in p.promotions() {
        store::set_member(db, popup_id, m.member_id, Participation::Joined)?;
        invite_to_future_sessions(db, popup_id, m.member_id)?;
        promoted.push(m.name.clone());
    }
    Ok(promoted)
}

fn invite_to_future_sessions(db: &Db, popup_id: i64, member: i64) -> Result<()> {
    for s in store::future_sessions(db, popup_id)? {
        store::invite_to_session(db, s, member)?;
    }
    Ok(())
}

pub(super) fn promoted_message(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!("; {} got a place from the waitlist", names.join(", "))
    }
}

pub fn join(ctx: &mut Context, a: MemberInPopup) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let mut store = ctx.writer()?;
    let (popup, said) = store.write(&format!("join popup {id}"), |db| {
        let mut said = Vec::new();
        let mut seen = Vec::new();
        for reference in &a.members {
            let p = store::require(db, id)?;
            require_open(&p, "join it")?;
            let m = member_id(db, reference)?;
            if seen.contains(&m) {
                continue;
            }
            seen.push(m);
            let name = require_active(db, m)?;
            match p.place_of(m) {
                Some(Participation::Joined) => {
                    return Err(Error::conflict(format!("{name} (id {m}) already joined popup {id}")));
                }
                Some(Participation::Waiting) => {
                    return Err(Error::conflict(format!(
                        "{name} (id {m}) is already waiting for a place in popup {id}"
                    )));
                }
                _ => {}
            }
            if p.expert == Some(Expert::Member(m)) {
                return Err(Error::conflict(format!(
                    "{name} (id {m}) is popup {id}'s expert: they lead it and are invited to its sessions, \
                     not one of its learners"
                )));
            }
            said.push(if p.is_full() {
                store::set_member(db, id, m, Participation::Waiting)?;
                let line = p.count(Participation::Waiting) + 1;
                format!("Popup {id} is full: {name} is number {line} on its waitlist")
            } else {
                store::set_member(db, id, m, Participation::Joined)?;
                invite_to_future_sessions(db, id, m)?;
                format!("{name} joined popup {id}")
            });
        }
        Ok((store::require(db, id)?, said))
    })?;
    ctx.out.written(popup.id, &popup, &said.join("\n"))
}

/// `leave` and `decline`: each member gives up their place (or the offer of one); an
/// invited member who leaves has the invitation withdrawn.
pub fn step_out(ctx: &mut Context, a: MemberInPopup, to: Participation) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let verb = if to == Participation::Left { "leave" } else { "decline" };
    let mut store = ctx.writer()?;
    let (popup, said) = store.write(&format!("{verb} popup {id}"), |db| {
        let mut said = Vec::new();
        let mut seen = Vec::new();
        for reference in &a.members {
            let p = store::require(db, id)?;
            require_open(&p, &format!("{verb} it"))?;
            let m = member_id(db, reference)?;
            if seen.contains(&m) {
                continue;
            }
            seen.push(m);
            let name = db_store::members::get(db, m)?.map(|x| x.profile.name).unwrap_or_default();
            let place = p.place_of(m);
            if !may_step_out(place, to) {
                let now = place.map_or("no place", Participation::label);
                return Err(Error::conflict(format!(
                    "{name} (id {m}) cannot {verb} popup {id}: they have {now} there"
                )));
            }
            store::uninvite_from_future_sessions(db, id, m)?;
            if to == Participation::Left && place == Some(Participation::Invited) {
                store::remove_member(db, id, m)?;
                said.push(format!(
                    "Withdrew the invitation of {name} to popup {id} (they had not joined; `cop popup invite` asks again)"
                ));
                continue;
            }
            store::set_member(db, id, m, to)?;
            let promoted = if place == Some(Participation::Joined) { promote(db, id)? } else { Vec::new() };
            let done = if to == Participation::Left { "left" } else { "declined" };
            said.push(format!("{name} {done} popup {id}{}", promoted_message(&promoted)));
        }
        Ok((store::require(db, id)?, said))
    })?;
    ctx.out.written(popup.id, &popup, &said.join("\n"))
}
