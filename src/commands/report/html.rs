//! `cop report html`: gathers what the community page shows, then writes it.

use chrono::{Datelike, NaiveDate};

use super::{as_of, histories, levels, local_day, months};
use crate::cli::report::HtmlArgs;
use crate::commands::Context;
use crate::domain::engagement::{Level, Month};
use crate::domain::movement::{self, Movement};
use crate::domain::story::{Story, ValueCycle};
use crate::error::Result;
use crate::output::html::{CommunityReport, Facilitator, MonthCounts, NeedLine, render};
use crate::output::report::GrowthRow;
use crate::store::assists::{self, FollowUpFilter};
use crate::store::reports::{self as store, Event};
use crate::store::{community_report, stories, system, timestamp};

/// How many rows a list on the page shows at most; the rest is counted.
const SHOWN: usize = 15;
/// Value stories: at most this many of each cycle of value, and in all.
const STORIES_PER_VALUE: usize = 2;
const STORIES_SHOWN: usize = 10;

pub fn run(ctx: &mut Context, a: HtmlArgs) -> Result<()> {
    let day = as_of(ctx, &a.as_of)?;
    let (window, t) = levels(&a.levels)?;
    let n = months(a.months)?;
    let month_list = Month::last(day, n);
    let histories = histories(ctx)?;
    let movement = movement::movement(&histories, &month_list, day, window, &t);
    drop(histories);
    let mut report = CommunityReport {
        community: "Our community".into(),
        as_of: day,
        window_days: window,
        levels: level_rows(&movement),
        movement,
        needs: Vec::new(),
        needs_total: 0,
        needs_uncovered: 0,
        activity: month_list
            .iter()
            .map(|m| MonthCounts {
                month: m.to_string(),
                popups_proposed: 0,
                popups_done: 0,
                assists: 0,
                sessions: 0,
            })
            .collect(),
        open_followups: 0,
        overdue: Vec::new(),
        overdue_total: 0,
        facilitators: Vec::new(),
        other_facilitators: (0, 0),
        stories: Vec::new(),
        stories_total: 0,
    };
    if let Some(s) = ctx.reader()? {
        let since = local_midnight_utc(month_list.first().map_or(day, |m| m.first_day()));
        let until = local_midnight_utc(day.succ_opt().unwrap_or(day));
        s.read(|db| {
            if let Some(name) = system::community_name(db)? {
                report.community = name;
            }
            needs(&mut report, community_report::need_counts(db)?, store::popups_by_tag(db)?);
            for (event, at) in store::events(db)? {
                let on = local_day(at);
                let Some(row) = report.activity.iter_mut().find(|r| r.month == Month::of(on).to_string())
                else {
                    continue;
                };
                if on > day {
                    continue;
                }
                match event {
                    Event::Session(_) => row.sessions += 1,
                    Event::Assist => row.assists += 1,
                    Event::PopupProposed => row.popups_proposed += 1,
                    Event::PopupDone => row.popups_done += 1,
                }
            }
            let open = assists::follow_ups(db, &FollowUpFilter { owner_id: None, overdue_on: None })?;
            report.open_followups = open.len();
            let due_before = day.to_string();
            let overdue: Vec<_> = open
                .into_iter()
                .filter(|f| f.due.as_deref().is_some_and(|d| d < due_before.as_str()))
                .collect();
            report.overdue_total = overdue.len();
            report.overdue = overdue.into_iter().take(SHOWN).collect();
            let all = community_report::facilitations(db, &since, &until)?;
            let rest: Vec<_> = all.iter().skip(SHOWN).collect();
            report.other_facilitators = (rest.len(), rest.iter().map(|f| f.2).sum());
            report.facilitators = all
                .into_iter()
                .take(SHOWN)
                .map(|(_, name, facilitated, planned, last)| Facilitator {
                    name,
                    facilitated,
                    planned,
                    last: last.map(local_day),
                })
                .collect();
            let all = stories::list(db, None, None)?;
            report.stories_total = all.len();
            report.stories = select_stories(all);
            Ok(())
        })?;
    }
    let page = render(&report);
    if let Some(path) = &a.out {
        ctx.redirect(path, a.force)?;
    }
    ctx.out.raw(&page)?;
    ctx.out.save_file()?;
    if let Some(path) = &a.out {
        ctx.out.message(&format!("Wrote the community report to {}", path.display()));
    }
    Ok(())
}

/// The stored form of the moment a local day starts, for comparing with stored times.
fn local_midnight_utc(day: NaiveDate) -> String {
    let local = day.and_hms_opt(0, 0, 0).and_then(|t| t.and_local_timezone(crate::output::zone()).earliest());
    match local {
        Some(t) => timestamp(t.with_timezone(&chrono::Utc)),
        None => format!("{:04}-{:02}-{:02}T00:00:00Z", day.year(), day.month(), day.day()),
    }
}

/// Members at each level at each month's end, from the movement already judged: who
/// arrived at a level (from any level, or as a newcomer).
fn level_rows(m: &Movement) -> Vec<GrowthRow> {
    m.months
        .iter()
        .map(|month| {
            let at = |to: Level| {
                Level::ALL.iter().map(|from| month.count(*from, to)).sum::<u32>() + month.joined[to.index()]
            };
            let (mut up, mut down) = (0, 0);
            for from in Level::ALL {
                for to in Level::ALL {
                    if to > from {
                        up += month.count(from, to);
                    } else if to < from {
                        down += month.count(from, to);
                    }
                }
            }
            GrowthRow {
                month: month.month.to_string(),
                core: at(Level::Core),
                active: at(Level::Active),
                occasional: at(Level::Occasional),
                peripheral: at(Level::Peripheral),
                transactional: at(Level::Transactional),
                joined: month.joined.iter().sum(),
                moved_up: up,
                moved_down: down,
            }
        })
        .collect()
}

fn needs(
    r: &mut CommunityReport,
    counts: Vec<(String, u32, u32)>,
    popups: Vec<(String, i64, String, String)>,
) {
    r.needs_total = counts.len();
    let mut lines: Vec<NeedLine> = counts
        .into_iter()
        .map(|(need, members, experts)| NeedLine { need, members, experts, popups: Vec::new() })
        .collect();
    for (tag, id, title, status) in popups {
        if let Some(line) = lines.iter_mut().find(|l| l.need == tag) {
            line.popups.push((id, title, status));
        }
    }
    r.needs_uncovered = lines.iter().filter(|l| l.popups.is_empty()).count();
    lines.truncate(SHOWN);
    r.needs = lines;
}

/// A few stories of each cycle of value, newest first within each, then those without
/// a value, up to [`STORIES_SHOWN`]: a funder sees the range, not only the latest.
fn select_stories(all: Vec<Story>) -> Vec<Story> {
    let mut chosen: Vec<Story> = Vec::new();
    let groups = ValueCycle::ALL.iter().map(|v| Some(*v)).chain(std::iter::once(None));
    for value in groups {
        chosen.extend(all.iter().filter(|s| s.value == value).take(STORIES_PER_VALUE).cloned());
    }
    chosen.truncate(STORIES_SHOWN);
    chosen
}
