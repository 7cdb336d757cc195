//! `cop popup ...`: propose, list, show, edit, membership, close and cancel here;
//! the bigger verbs (match, agenda, schedule) in `popup/`.

mod agenda;
mod invite;
mod match_;
mod schedule;

use crate::cli::popup::{
    CancelArgs, CloseArgs, EditArgs, ListArgs, MemberInPopup, PopupCommand, ProposeArgs, StatusFilter,
    SuggestArgs,
};
use crate::commands::{Context, member_id, no_member, parse_id};
use crate::domain::member::Status;
use crate::domain::popup::{
    self as rules, Participation, Popup, PopupFields, PopupStatus, check_fields, check_title, tags_in_title,
};
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::output::popup::NeedRow;
use crate::store::popups::{self as store, PopupFilter};
use crate::store::{self as db_store, Db};

pub fn run(ctx: &mut Context, cmd: PopupCommand) -> Result<()> {
    match cmd {
        PopupCommand::Propose(a) => propose(ctx, a),
        PopupCommand::List(a) => list(ctx, a),
        PopupCommand::Show(a) => {
            let p = load(ctx, &a.popup)?;
            ctx.out.detail(&p)
        }
        PopupCommand::Edit(a) => edit(ctx, a),
        PopupCommand::Match(a) => match_::run(ctx, a),
        PopupCommand::Invite(a) => invite::run(ctx, a),
        PopupCommand::Join(a) => join(ctx, a),
        PopupCommand::Leave(a) => step_out(ctx, a, Participation::Left),
        PopupCommand::Decline(a) => step_out(ctx, a, Participation::Declined),
        PopupCommand::Agenda(a) => agenda::run(ctx, a),
        PopupCommand::Schedule(a) => schedule::run(ctx, a),
        PopupCommand::Suggest(a) => suggest(ctx, a),
        PopupCommand::Close(a) => close(ctx, a),
        PopupCommand::Cancel(a) => cancel(ctx, a),
    }
}

fn field<T>(flag: &str, r: std::result::Result<T, String>) -> Result<T> {
    r.map_err(|e| Error::invalid(format!("{flag}: {e}")))
}

/// Optional text where an empty value means "none".
fn clearable(v: &str) -> Option<String> {
    Some(v.trim().to_string()).filter(|s| !s.is_empty())
}

/// The record rules over a popup's fields, the last word before they are stored.
fn checked(r: std::result::Result<(), (&'static str, String)>) -> Result<()> {
    r.map_err(|(f, e)| Error::invalid(format!("--{f}: {e}")))
}

/// Reads a POPUP reference: the popup's id.
pub(crate) fn popup_id(reference: &str) -> Result<i64> {
    parse_id("POPUP", reference)
}

/// The popup a reference names, from a database that may not exist yet.
pub(crate) fn load(ctx: &Context, reference: &str) -> Result<Popup> {
    let id = popup_id(reference)?;
    let Some(s) = ctx.reader()? else {
        return Err(Error::not_found(format!("no popup with id {id}")));
    };
    s.read(|db| store::require(db, id))
}

/// A popup that still takes members and sessions: exit 4 when it is done or cancelled.
pub(crate) fn require_open(p: &Popup, what: &str) -> Result<()> {
    if p.status.is_open() {
        return Ok(());
    }
    Err(Error::conflict(format!("popup {} is {}: cannot {what}", p.id, p.status.as_str())))
}

/// A member who may take part: exit 4 for an archived member.
pub(crate) fn require_active(db: &Db, id: i64) -> Result<String> {
    let m =
        db_store::members::get(db, id)?.ok_or_else(|| Error::not_found(format!("no member with id {id}")))?;
    if m.profile.status == Status::Archived {
        return Err(Error::conflict(format!(
            "{} (id {}) is archived: restore them first with `cop members restore {}`",
            m.profile.name, m.id, m.id
        )));
    }
    Ok(m.profile.name)
}

fn propose(ctx: &mut Context, a: ProposeArgs) -> Result<()> {
    let title = match a.title {
        Some(t) => t,
        None => ctx.prompt.text("What do you want to learn (the popup's title)?", "TITLE")?,
    };
    let title = field("TITLE", check_title(&title))?;
    let by = match a.by {
        Some(b) => b,
        None => ctx.prompt.text("Who proposes it (member id, email or name)?", "--by MEMBER")?,
    };
    let given_tags = field("--tag", tag::normalize_all(&a.tag))?;
    let external = match a.external_expert.as_deref() {
        Some(e) => {
            Some(clearable(e).ok_or_else(|| Error::invalid("--external-expert: name must not be empty"))?)
        }
        None => None,
    };
    let mut store = ctx.writer()?;
    let (popup, found) = store.write(&format!("propose popup {title:?}"), |db| {
        let proposer = member_id(db, &by)?;
        require_active(db, proposer)?;
        let expert_id = a.expert.as_deref().map(|e| member_id(db, e)).transpose()?;
        if let Some(e) = expert_id {
            require_active(db, e)?;
        }
        let (tags, found) = if given_tags.is_empty() {
            let found = tags_in_title(&title, &store::known_tags(db)?);
            (found.clone(), Some(found))
        } else {
            (given_tags.clone(), None)
        };
        let new = PopupFields {
            title: title.clone(),
            description: a.description.as_deref().and_then(clearable),
            proposer_id: Some(proposer),
            needs_expert: a.needs_expert || expert_id.is_some() || external.is_some(),
            expert_id,
            external_expert: external.clone(),
            max_members: a.max,
            tags,
        };
        checked(new.check())?;
        let id = store::insert(db, &new)?;
        store::set_member(db, id, proposer, Participation::Joined)?;
        Ok((store::require(db, id)?, found))
    })?;
    match found {
        Some(f) if f.is_empty() => ctx.out.message(&format!(
            "No known tag appears in the title: add some with `cop popup edit {} --add-tag TAG`",
            popup.id
        )),
        Some(f) => {
            ctx.out.message(&format!("Tagged from the title: {} (give --tag to choose)", f.join(", ")))
        }
        None => {}
    }
    ctx.out.written(popup.id, &popup, &format!("Proposed popup {:?} (id {})", popup.title, popup.id))
}

fn list(ctx: &mut Context, a: ListArgs) -> Result<()> {
    let statuses = match a.status {
        StatusFilter::Open => vec![PopupStatus::Proposed, PopupStatus::Scheduled],
        StatusFilter::Proposed => vec![PopupStatus::Proposed],
        StatusFilter::Scheduled => vec![PopupStatus::Scheduled],
        StatusFilter::Done => vec![PopupStatus::Done],
        StatusFilter::Cancelled => vec![PopupStatus::Cancelled],
        StatusFilter::All => Vec::new(),
    };
    let tag = a.tag.as_deref().map(|t| field("--tag", tag::normalize(t))).transpose()?;
    let rows = match ctx.reader()? {
        None => {
            if let Some(m) = &a.member {
                return Err(no_member(m));
            }
            Vec::new()
        }
        Some(s) => s.read(|db| {
            let member = a.member.as_deref().map(|m| member_id(db, m)).transpose()?;
            store::list(db, &PopupFilter { statuses, tag, member })
        })?,
    };
    ctx.out.list_all("popups", &rows)
}

/// Lets those waiting in while there is room; returns their names.
fn promote(db: &Db, popup_id: i64) -> Result<Vec<String>> {
    let mut promoted = Vec::new();
    loop {
        let p = store::require(db, popup_id)?;
        if p.is_full() {
            break;
        }
        let Some((member, name)) = store::first_waiting(db, popup_id)? else { break };
        store::set_member(db, popup_id, member, Participation::Joined)?;
        invite_to_future_sessions(db, popup_id, member)?;
        promoted.push(name);
    }
    Ok(promoted)
}

fn invite_to_future_sessions(db: &Db, popup_id: i64, member: i64) -> Result<()> {
    for s in store::future_sessions(db, popup_id)? {
        store::invite_to_session(db, s, member)?;
    }
    Ok(())
}

fn promoted_message(names: &[String]) -> String {
    if names.is_empty() {
        String::new()
    } else {
        format!("; {} got a place from the waitlist", names.join(", "))
    }
}

fn edit(ctx: &mut Context, a: EditArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let title = a.title.as_deref().map(|t| field("--title", check_title(t))).transpose()?;
    let add = field("--add-tag", tag::normalize_all(&a.add_tag))?;
    let remove = field("--remove-tag", tag::normalize_all(&a.remove_tag))?;
    let external = match a.external_expert.as_deref() {
        Some(e) => {
            Some(clearable(e).ok_or_else(|| Error::invalid("--external-expert: name must not be empty"))?)
        }
        None => None,
    };
    let mut store = ctx.writer()?;
    let (popup, changed, promoted, over) = store.write(&format!("edit popup {id}"), |db| {
        let before = store::require(db, id)?;
        let mut f = PopupFields::of(&before);
        if let Some(t) = &title {
            f.title = t.clone();
        }
        if let Some(d) = &a.description {
            f.description = clearable(d);
        }
        if let Some(p) = &a.proposer {
            f.proposer_id = Some(member_id(db, p)?);
        }
        if a.needs_expert {
            f.needs_expert = true;
        }
        if a.no_needs_expert {
            f.needs_expert = false;
        }
        if let Some(e) = &a.expert {
            let e = member_id(db, e)?;
            require_active(db, e)?;
            f.expert_id = Some(e);
            f.external_expert = None;
        }
        if let Some(e) = &external {
            f.external_expert = Some(e.clone());
            f.expert_id = None;
        }
        if a.no_expert {
            f.expert_id = None;
            f.external_expert = None;
        }
        if let Some(m) = a.max {
            f.max_members = Some(m);
        }
        if a.no_max {
            f.max_members = None;
        }
        // An alias stands for its tag.
        let canonical = |ts: &[String]| -> Result<Vec<String>> {
            ts.iter().map(|t| db_store::tags::canonical(db, t)).collect()
        };
        let (add, remove) = (canonical(&add)?, canonical(&remove)?);
        let mut tags = before.tags.clone();
        tags.retain(|t| !remove.contains(t));
        tags.extend(add.iter().cloned());
        tags.sort();
        tags.dedup();
        if f == PopupFields::of(&before) && tags == before.tags {
            return Ok((before, false, Vec::new(), false));
        }
        checked(check_fields(
            &f.title,
            f.description.as_deref(),
            f.external_expert.as_deref(),
            f.max_members,
        ))?;
        store::update(db, id, &f)?;
        if tags != before.tags {
            store::set_tags(db, id, &tags)?;
        }
        let promoted = if before.status.is_open() { promote(db, id)? } else { Vec::new() };
        let after = store::require(db, id)?;
        let over = after.max.is_some_and(|m| after.count(Participation::Joined) > m as usize);
        Ok((after, true, promoted, over))
    })?;
    if over {
        ctx.out.warn(&format!(
            "popup {} now has more members than --max {}: nobody was removed",
            popup.id,
            popup.max.unwrap_or_default()
        ));
    }
    let msg = if changed {
        format!("Updated popup {} (id {}){}", popup.title, popup.id, promoted_message(&promoted))
    } else {
        format!("Nothing to change for popup {}", popup.id)
    };
    ctx.out.written(popup.id, &popup, &msg)
}

fn join(ctx: &mut Context, a: MemberInPopup) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let mut store = ctx.writer()?;
    let (popup, msg) = store.write(&format!("join popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "join it")?;
        let m = member_id(db, &a.member)?;
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
        let msg = if p.is_full() {
            store::set_member(db, id, m, Participation::Waiting)?;
            let line = p.count(Participation::Waiting) + 1;
            format!("Popup {id} is full: {name} is number {line} on its waitlist")
        } else {
            store::set_member(db, id, m, Participation::Joined)?;
            invite_to_future_sessions(db, id, m)?;
            format!("{name} joined popup {id}")
        };
        Ok((store::require(db, id)?, msg))
    })?;
    ctx.out.written(popup.id, &popup, &msg)
}

/// `leave` and `decline`: the member gives up their place (or the offer of one).
fn step_out(ctx: &mut Context, a: MemberInPopup, to: Participation) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let verb = if to == Participation::Left { "leave" } else { "decline" };
    let mut store = ctx.writer()?;
    let (popup, msg) = store.write(&format!("{verb} popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, &format!("{verb} it"))?;
        let m = member_id(db, &a.member)?;
        let name = db_store::members::get(db, m)?.map(|x| x.profile.name).unwrap_or_default();
        let place = p.place_of(m);
        let allowed = match to {
            Participation::Left => place.is_some_and(Participation::is_in),
            _ => place != Some(Participation::Declined) && place != Some(Participation::Left),
        };
        if !allowed {
            let now = place.map_or("no place", Participation::label);
            return Err(Error::conflict(format!(
                "{name} (id {m}) cannot {verb} popup {id}: they have {now} there"
            )));
        }
        store::set_member(db, id, m, to)?;
        store::uninvite_from_future_sessions(db, id, m)?;
        let promoted = if place == Some(Participation::Joined) { promote(db, id)? } else { Vec::new() };
        let done = if to == Participation::Left { "left" } else { "declined" };
        Ok((store::require(db, id)?, format!("{name} {done} popup {id}{}", promoted_message(&promoted))))
    })?;
    ctx.out.written(popup.id, &popup, &msg)
}

fn close(ctx: &mut Context, a: CloseArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let outcome = a
        .outcome
        .as_deref()
        .map(|o| crate::domain::rules::optional(o, rules::OUTCOME))
        .transpose()
        .map_err(|e| Error::invalid(format!("--outcome: {e}")))?
        .flatten();
    let mut store = ctx.writer()?;
    let popup = store.write(&format!("close popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "close it")?;
        store::set_status(db, id, PopupStatus::Done, outcome.as_deref())?;
        store::require(db, id)
    })?;
    ctx.out.written(popup.id, &popup, &format!("Closed popup {} (id {}): done", popup.title, popup.id))
}

fn cancel(ctx: &mut Context, a: CancelArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let reason = a
        .reason
        .as_deref()
        .map(|r| crate::domain::rules::optional(r, crate::domain::session::PLACE))
        .transpose()
        .map_err(|e| Error::invalid(format!("--reason: {e}")))?
        .flatten();
    let mut store = ctx.writer()?;
    let (popup, n) = store.write(&format!("cancel popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "cancel it")?;
        store::set_status(db, id, PopupStatus::Cancelled, None)?;
        let n = store::cancel_future_sessions(db, id, reason.as_deref())?;
        Ok((store::require(db, id)?, n))
    })?;
    let sessions = match n {
        0 => String::new(),
        1 => " and its session to come".into(),
        n => format!(" and its {n} sessions to come"),
    };
    ctx.out.written(popup.id, &popup, &format!("Cancelled popup {}{sessions}", popup.id))
}

fn suggest(ctx: &mut Context, a: SuggestArgs) -> Result<()> {
    let needs = match ctx.reader()? {
        None => Vec::new(),
        Some(s) => s.read(store::uncovered_needs)?,
    };
    let min = a.min.max(1);
    let mut rows: Vec<NeedRow> =
        needs.into_iter().filter(|n| n.members.len() >= min).map(NeedRow::from).collect();
    rows.sort_by(|x, y| y.count.cmp(&x.count).then_with(|| x.tag.cmp(&y.tag)));
    ctx.out.list_all("shared needs without a popup", &rows)
}
