//! `cop popup schedule P --at WHEN ...` creates the popup's sessions;
//! `cop popup schedule P --suggest ...` proposes times when most of its people are free.

use chrono::{DateTime, Days, Local, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use super::{load, popup_id, require_open};
use crate::cli::popup::ScheduleArgs;
use crate::commands::Context;
use crate::domain::member::Availability;
use crate::domain::popup::{Participation, PopupStatus, parse_every};
use crate::domain::session::{self as rules, NewSession, SessionKind};
use crate::domain::slots::{Person, Search, suggest};
use crate::domain::time::local_to_utc;
use crate::error::{Error, Result};
use crate::output::Format;
use crate::output::popup::SlotRow;
use crate::store::popups as store;
use crate::store::sessions;

/// At most this many sessions in one `schedule`, and days searched by `--suggest`.
const MAX_COUNT: u32 = 100;
const MAX_SEARCH_DAYS: i64 = 92;

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
    let first_local = first.with_timezone(&Local).naive_local();
    let mut starts = Vec::new();
    for i in 0..a.count {
        let naive = first_local
            .checked_add_days(Days::new(u64::from(i) * u64::from(every)))
            .ok_or_else(|| Error::invalid("--every: the sessions run past the calendar"))?;
        let start = local_to_utc(naive, &Local, at).map_err(|e| Error::invalid(format!("--at: {e}")))?;
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
        let joined: Vec<i64> =
            p.members.iter().filter(|m| m.status == Participation::Joined).map(|m| m.member_id).collect();
        let mut created = Vec::new();
        for (i, starts_at) in starts.iter().enumerate() {
            let title =
                if a.count > 1 { format!("{} ({}/{})", p.title, i + 1, a.count) } else { p.title.clone() };
            let session = NewSession {
                kind: SessionKind::Popup,
                title,
                starts_at: *starts_at,
                minutes: a.minutes,
                link: link.clone(),
                popup_id: Some(id),
                ..NewSession::default()
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
    match ctx.out.format {
        Format::Json | Format::Jsonl if !ctx.out.quiet => ctx.out.json(&popup)?,
        _ => ctx.out.raw(&format!("{}\n", ids.join("\n")))?,
    }
    let what = if created.len() == 1 { "session".to_string() } else { format!("{} sessions", created.len()) };
    ctx.out.message(&format!(
        "Scheduled {what} of popup {id} (session {}); its joined members are invited",
        ids.join(", ")
    ));
    Ok(())
}

/// The organizer's IANA zone (`TZ`), where members without a zone are read.
fn local_zone() -> Tz {
    std::env::var("TZ").ok().and_then(|z| z.trim_start_matches(':').parse().ok()).unwrap_or(chrono_tz::UTC)
}

fn local_midnight(ctx: &Context, flag: &str, day: chrono::NaiveDate) -> Result<DateTime<Utc>> {
    local_to_utc(day.and_time(NaiveTime::MIN), &ctx.now.timezone(), flag).map_err(Error::invalid)
}

fn suggest_slots(ctx: &mut Context, a: &ScheduleArgs) -> Result<()> {
    let id = popup_id(&a.popup)?;
    if a.limit == 0 {
        return Err(Error::invalid("--limit 0: expected at least 1 suggestion"));
    }
    let now = ctx.now_utc();
    let (first, last) = ctx.day_range(a.from.as_deref(), a.to.as_deref())?;
    let from = match first {
        Some(day) => local_midnight(ctx, "--from", day)?.max(now),
        None => now,
    };
    let to = match last {
        Some(day) => {
            let next = day.succ_opt().ok_or_else(|| Error::invalid(format!("--to {day}: out of range")))?;
            local_midnight(ctx, "--to", next)?
        }
        None => from + chrono::Duration::days(14),
    };
    if to <= from {
        return Err(Error::invalid(format!(
            "--to {}: the search starts now, so expected today or a later day",
            last.map(|d| d.to_string()).unwrap_or_default()
        )));
    }
    if to - from > chrono::Duration::days(MAX_SEARCH_DAYS) {
        return Err(Error::invalid(format!("--to: search at most {MAX_SEARCH_DAYS} days at a time")));
    }
    let popup = load(ctx, &a.popup)?;
    let stored = match ctx.reader()? {
        Some(s) => s.read(|db| store::schedule_people(db, id))?,
        None => Vec::new(),
    };
    let zone = local_zone();
    let people: Vec<Person> = stored
        .iter()
        .map(|p| Person {
            member_id: p.member_id,
            timezone: p.timezone.as_deref().and_then(|z| z.parse().ok()).unwrap_or(zone),
            windows: p
                .windows
                .iter()
                .filter_map(|&(d, s, e)| {
                    let weekday = Weekday::try_from(u8::try_from(d).ok()?).ok()?;
                    Some(Availability { weekday, start_minute: s, end_minute: e })
                })
                .collect(),
        })
        .collect();
    if people.is_empty() {
        ctx.out.warn(&format!("nobody has joined popup {} or shown interest in its tags yet", popup.id));
    }
    let name_of =
        |id: &i64| stored.iter().find(|p| p.member_id == *id).map(|p| p.name.clone()).unwrap_or_default();
    let slots = suggest(&people, &Search { from, to, minutes: a.minutes, limit: a.limit, zone });
    let rows: Vec<SlotRow> = slots
        .into_iter()
        .enumerate()
        .map(|(i, slot)| SlotRow {
            rank: i as i64 + 1,
            available_names: slot.available.iter().map(name_of).collect(),
            unavailable_names: slot.unavailable.iter().map(name_of).collect(),
            slot,
        })
        .collect();
    ctx.out.list_all("slots", &rows)
}
