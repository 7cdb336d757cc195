//! `cop report ...`: engagement levels, growth, learning needs and activity.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};

use crate::cli::report::{ActivityArgs, AsOfArgs, EngagementArgs, GrowthArgs, LevelArgs, ReportCommand};
use crate::commands::Context;
use crate::domain::engagement::{self, Happening, History, Month, Participation, Thresholds};
use crate::error::{Error, Result};
use crate::output::level_history::LevelMonth;
use crate::output::report::{
    ActivityRow, EngagementRow, GrowthRow, NeedRow, Person, PopupRef, activity_chart, engagement_chart,
    growth_chart, needs_chart,
};
use crate::store::reports::{self as store, Event};

mod html;
mod movement;

pub fn run(ctx: &mut Context, cmd: ReportCommand) -> Result<()> {
    match cmd {
        ReportCommand::Engagement(a) => engagement(ctx, a),
        ReportCommand::Growth(a) => growth(ctx, a),
        ReportCommand::Movement(a) => movement::run(ctx, a),
        ReportCommand::Html(a) => html::run(ctx, a),
        ReportCommand::Needs(a) => needs(ctx, a),
        ReportCommand::Activity(a) => activity(ctx, a),
    }
}

/// The most months a report covers: ten years.
const MAX_MONTHS: u32 = 120;

fn as_of(ctx: &Context, a: &AsOfArgs) -> Result<NaiveDate> {
    match &a.as_of {
        Some(d) => ctx.date("--as-of", d),
        None => Ok(ctx.now.date_naive()),
    }
}

/// Reads `--window`: a number of days (`90d`, or plain `90`) or weeks (`13w`).
pub fn parse_window(s: &str) -> Result<u32> {
    let t = s.trim().to_lowercase();
    let (digits, per) = if let Some(d) = t.strip_suffix('w') {
        (d, 7)
    } else if let Some(d) = t.strip_suffix('d') {
        (d, 1)
    } else {
        (t.as_str(), 1)
    };
    digits
        .parse::<u32>()
        .ok()
        .and_then(|n| n.checked_mul(per))
        .filter(|n| (1..=36_600).contains(n))
        .ok_or_else(|| {
            Error::invalid(format!("--window: expected days like 90d or weeks like 13w, got {s:?}"))
        })
}

fn levels(a: &LevelArgs) -> Result<(u32, Thresholds)> {
    let t = Thresholds { core: a.core, active: a.active, occasional: a.occasional };
    t.check().map_err(Error::invalid)?;
    Ok((parse_window(&a.window)?, t))
}

fn months(n: u32) -> Result<u32> {
    if (1..=MAX_MONTHS).contains(&n) {
        Ok(n)
    } else {
        Err(Error::invalid(format!("--months: expected a number of months from 1 to {MAX_MONTHS}, got {n}")))
    }
}

/// The local day of a stored moment.
fn local_day(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&crate::output::zone()).date_naive()
}

/// Every active member's history of participations, gathered row by row into each
/// member's list (8 bytes a participation), so 100,000 members with a million
/// participations fit in a few tens of megabytes.
fn histories(ctx: &Context) -> Result<Vec<History>> {
    let Some(store) = ctx.reader()? else { return Ok(Vec::new()) };
    store.read(|db| {
        let mut out: Vec<History> = store::active_members(db)?
            .into_iter()
            .map(|m| History {
                member_id: m.id,
                joined: m.joined_on.unwrap_or_else(|| local_day(m.created_at)),
                role: m.role,
                participations: Vec::new(),
                name: m.name,
            })
            .collect();
        let index: HashMap<i64, usize> = out.iter().enumerate().map(|(i, h)| (h.member_id, i)).collect();
        store::each_participation(db, |id, kind, at| {
            if let Some(&i) = index.get(&id) {
                out[i].participations.push(Participation { on: local_day(at), kind });
            }
        })?;
        Ok(out)
    })
}

/// How many months of level history `members show` gives.
const HISTORY_MONTHS: u32 = 12;

/// A member's level at the end of each of the last twelve months, with the default
/// window and thresholds (`members show`).
pub fn level_history(ctx: &Context, m: &crate::domain::member::Member) -> Result<Vec<LevelMonth>> {
    let Some(store) = ctx.reader()? else { return Ok(Vec::new()) };
    let parts = store.read(|db| store::participations_of(db, m.id))?;
    let h = History {
        member_id: m.id,
        name: m.profile.name.clone(),
        role: m.profile.role,
        joined: m.profile.joined_on.unwrap_or_else(|| local_day(m.created_at)),
        participations: parts
            .into_iter()
            .map(|(kind, at)| Participation { on: local_day(at), kind })
            .collect(),
    };
    let day = ctx.now.date_naive();
    let window = parse_window(crate::cli::report::DEFAULT_WINDOW)?;
    Ok(crate::domain::movement::history(
        &h,
        &Month::last(day, HISTORY_MONTHS),
        day,
        window,
        &Thresholds::default(),
    )
    .into_iter()
    .map(|(month, level)| LevelMonth { month: month.to_string(), level })
    .collect())
}

fn engagement(ctx: &mut Context, a: EngagementArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let (window, t) = levels(&a.levels)?;
    let mut rows: Vec<EngagementRow> = histories(ctx)?
        .iter()
        .map(|h| {
            let s = engagement::standing(h, day, window);
            EngagementRow {
                member_id: h.member_id,
                name: h.name.clone(),
                level: engagement::level(s.total, h.role, &t),
                role: h.role,
                participations: s.total,
                attended: s.attended,
                facilitated: s.facilitated,
                assists: s.assists,
                popups: s.popups,
                last_seen: s.last_seen,
            }
        })
        .collect();
    rows.sort_by(|x, y| y.level.cmp(&x.level).then(y.participations.cmp(&x.participations)));
    ctx.out.report("members", &rows, engagement_chart, true)
}

fn growth(ctx: &mut Context, a: GrowthArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let (window, t) = levels(&a.levels)?;
    let n = months(a.months)?;
    let histories = histories(ctx)?;
    let rows: Vec<GrowthRow> = engagement::growth(&histories, &Month::last(day, n), day, window, &t)
        .into_iter()
        .map(|(m, r)| GrowthRow {
            month: m.to_string(),
            core: r.core,
            active: r.active,
            occasional: r.occasional,
            peripheral: r.peripheral,
            transactional: r.transactional,
            joined: r.joined,
            moved_up: r.moved_up,
            moved_down: r.moved_down,
        })
        .collect();
    ctx.out.report("months", &rows, growth_chart, false)
}

fn needs(ctx: &mut Context, a: AsOfArgs) -> Result<()> {
    // Needs are what members say now; --as-of is accepted for symmetry and checked.
    as_of(ctx, &a)?;
    let Some(store) = ctx.reader()? else {
        return ctx.out.report::<NeedRow>("learning needs", &[], needs_chart, false);
    };
    let (needers, experts, popups) = store.read(|db| {
        Ok((
            store::members_by_tag(db, "need")?,
            store::members_by_tag(db, "expertise")?,
            store::popups_by_tag(db)?,
        ))
    })?;
    let mut rows: BTreeMap<String, NeedRow> = BTreeMap::new();
    for (tag, id, name) in needers {
        rows.entry(tag.clone())
            .or_insert_with(|| NeedRow {
                need: tag,
                needed_by: Vec::new(),
                experts: Vec::new(),
                popups: Vec::new(),
            })
            .needed_by
            .push(Person { id, name });
    }
    for (tag, id, name) in experts {
        if let Some(r) = rows.get_mut(&tag) {
            r.experts.push(Person { id, name });
        }
    }
    for (tag, id, title, status) in popups {
        if let Some(r) = rows.get_mut(&tag) {
            r.popups.push(PopupRef { id, title, status });
        }
    }
    let mut rows: Vec<NeedRow> = rows.into_values().collect();
    rows.sort_by(|x, y| y.needed_by.len().cmp(&x.needed_by.len()).then(x.need.cmp(&y.need)));
    ctx.out.report("learning needs", &rows, needs_chart, false)
}

fn activity(ctx: &mut Context, a: ActivityArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let n = months(a.months)?;
    let mut happenings: Vec<(NaiveDate, Happening)> = Vec::new();
    if let Some(store) = ctx.reader()? {
        let (events, parts) = store.read(|db| Ok((store::events(db)?, store::participations(db)?)))?;
        for (event, at) in events {
            let what = match event {
                Event::Session(k) => Happening::Session(k),
                Event::Assist => Happening::Assist,
                Event::PopupProposed => Happening::PopupProposed,
                Event::PopupDone => Happening::PopupDone,
            };
            happenings.push((local_day(at), what));
        }
        for (id, _, at) in parts {
            happenings.push((local_day(at), Happening::Participant(id)));
        }
    }
    // What is planned after --as-of has not happened yet.
    happenings.retain(|(d, _)| *d <= day);
    let rows: Vec<ActivityRow> = engagement::activity(&happenings, &Month::last(day, n))
        .into_iter()
        .map(|(m, r)| {
            let [meetups, trainings, coaching, readings, popup_sessions, assist_sessions, other_sessions] =
                r.sessions;
            ActivityRow {
                month: m.to_string(),
                sessions: r.sessions.iter().sum(),
                meetups,
                trainings,
                coaching,
                readings,
                popup_sessions,
                assist_sessions,
                other_sessions,
                assists: r.assists,
                popups_proposed: r.popups_proposed,
                popups_done: r.popups_done,
                participants: r.participants,
            }
        })
        .collect();
    ctx.out.report("months", &rows, activity_chart, false)
}
