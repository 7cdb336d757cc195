//! `cop popup schedule P --at WHEN ...` creates the popup's sessions;
//! `cop popup schedule P --suggest ...` proposes times when most of its people are free.

use chrono::Days;

use super::{load, popup_id, require_open};
use crate::cli::popup::ScheduleArgs;
use crate::commands::{Context, slots};
use crate::domain::popup::{Expert, Participation, PopupStatus, parse_every};
use crate::domain::session::{self as rules, SessionFields, SessionKind};
use crate::domain::time::local_to_utc;
use crate::error::{Error, Result};
use crate::store::popups as store;
use crate::store::sessions;

/// At most this many sessions in one `schedule`.
const MAX_COUNT: u32 = 100;

pub fn run(ctx: &mut Context, a: ScheduleArgs) -> Result<()> {
    match a.at.clone() {
        Some(at) => create(ctx, &a, &at),
        None => suggest_slots(ctx, &a),
    }
}

fn create(ctx: &mut Context, a: &ScheduleArgs, at: &str) -> Result<()> {
    let id = popup_id(&a.popup)?;
    if a.count == 0 || a.count > MAX_COUNT {
        return Err(Error::invalid(format!("--count {}: expected 1 to {MAX_COUNT} sessions", a.count)));
    }
    let every = parse_every(&a.every).map_err(|e| Error::invalid(format!("--every {e}")))?;
    let first = ctx.datetime("--at", at)?;
    let first_local = first.with_timezone(&ctx.now.timezone()).naive_local();
    let mut starts = Vec::new();
    for i in 0..a.count {
        let naive = first_local
            .checked_add_days(Days::new(u64::from(i) * u64::from(every)))
            .ok_or_else(|| Error::invalid("--every: the sessions run past the calendar"))?;
        let start =
            local_to_utc(naive, &ctx.now.timezone(), at).map_err(|e| Error::invalid(format!("--at: {e}")))?;
        starts.push(start);
    }
    if first < ctx.now_utc() {
        ctx.out.warn(&format!("--at {at}: that time has passed; the session is recorded anyway"));
    }
    let link = a
        .link
        .as_deref()
        .map(|l| {
            crate::domain::rules::optional(l, rules::LINK).map_err(|e| Error::invalid(format!("--link: {e}")))
        })
        .transpose()?
        .flatten();
    // Refused before the database is opened; each session is checked whole before it is written.
    rules::MINUTES.check_int(a.minutes).map_err(|e| Error::invalid(format!("--minutes: {e}")))?;
    for start in &starts {
        rules::check_span(*start, a.minutes).map_err(|e| Error::invalid(format!("--at: {e}")))?;
    }
    let mut s = ctx.writer()?;
    let (popup, created) = s.write(&format!("schedule popup {id}"), |db| {
        let p = store::require(db, id)?;
        require_open(&p, "schedule sessions")?;
        let mut joined: Vec<i64> =
            p.members.iter().filter(|m| m.status == Participation::Joined).map(|m| m.member_id).collect();
        // The expert leads the sessions: invited with the learners, never in their line.
        if let Some(Expert::Member(e)) = p.expert
            && !joined.contains(&e)
        {
            joined.push(e);
        }
        let mut created = Vec::new();
        for (i, starts_at) in starts.iter().enumerate() {
            let title =
                if a.count > 1 { format!("{} ({}/{})", p.title, i + 1, a.count) } else { p.title.clone() };
            let session = SessionFields {
                kind: SessionKind::Popup,
                title,
                starts_at: *starts_at,
                minutes: a.minutes,
                link: link.clone(),
                popup_id: Some(id),
                ..SessionFields::default()
            };
            crate::commands::sessions::checked(&session, "--at")?;
            let sid = sessions::insert(db, &session)?;
            for m in &joined {
                store::invite_to_session(db, sid, *m)?;
            }
            created.push(sid);
        }
        if p.status == PopupStatus::Proposed {
            store::set_status(db, id, PopupStatus::Scheduled, None)?;
        }
        Ok((store::require(db, id)?, created))
    })?;
    let ids: Vec<String> = created.iter().map(i64::to_string).collect();
    ctx.out.written_ids(&created, &popup)?;
    let what = if created.len() == 1 { "session".to_string() } else { format!("{} sessions", created.len()) };
    ctx.out.message(&format!(
        "Scheduled {what} of popup {id} (session {}); its joined members{} are invited",
        ids.join(", "),
        if matches!(popup.expert, Some(Expert::Member(_))) { " and its expert" } else { "" }
    ));
    Ok(())
}

fn suggest_slots(ctx: &mut Context, a: &ScheduleArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    let (from, to) = slots::search_window(ctx, a.from.as_deref(), a.to.as_deref(), a.limit)?;
    let popup = load(ctx, &a.popup)?;
    let stored = match ctx.reader()? {
        Some(s) => s.read(|db| store::schedule_people(db, id))?,
        None => Vec::new(),
    };
    if stored.is_empty() {
        ctx.out.warn(&format!("nobody has joined popup {} or shown interest in its tags yet", popup.id));
    }
    let rows = slots::suggest_rows(&stored, from, to, a.minutes, a.limit);
    ctx.out.list_all("slots", &rows)
}
