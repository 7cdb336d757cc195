//! How reports print: their rows (the JSON contract) and the chart under each table.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Tabular, chart, joined, opt};
use crate::domain::engagement::Level;
use crate::domain::member::Role;

/// One member in `report engagement`.
#[derive(Clone, Debug, Serialize)]
pub struct EngagementRow {
    pub member_id: i64,
    pub name: String,
    pub level: Level,
    /// Shown beside the level, which it no longer decides: a named core member who has
    /// stopped taking part reads `peripheral` with role `core`.
    pub role: Role,
    /// Every participation in the window.
    pub participations: u32,
    pub attended: u32,
    pub facilitated: u32,
    pub assists: u32,
    pub popups: u32,
    /// The last day they took part (any time up to --as-of).
    pub last_seen: Option<NaiveDate>,
}

impl Tabular for EngagementRow {
    fn table_headers() -> &'static [&'static str] {
        &["id", "name", "level", "role", "total", "attended", "facilitated", "assists", "popups", "last seen"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.member_id.to_string(),
            self.name.clone(),
            self.level.as_str().into(),
            self.role.as_str().into(),
            self.participations.to_string(),
            self.attended.to_string(),
            self.facilitated.to_string(),
            self.assists.to_string(),
            self.popups.to_string(),
            opt(&self.last_seen),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "member_id",
            "name",
            "level",
            "role",
            "participations",
            "attended",
            "facilitated",
            "assists",
            "popups",
            "last_seen",
        ]
    }

    fn id(&self) -> i64 {
        self.member_id
    }
}

/// How many members are at each level, then each level's share beside the share
/// Wenger-Trayner call typical.
pub fn engagement_chart(rows: &[EngagementRow]) -> String {
    let counts: Vec<(String, u32)> = Level::ALL
        .iter()
        .map(|l| (l.as_str().to_string(), rows.iter().filter(|r| r.level == *l).count() as u32))
        .collect();
    let total: u32 = counts.iter().map(|c| c.1).sum();
    let mut out = chart::bars(&counts);
    out.push_str(
        "
share          here   typical (Wenger-Trayner)
",
    );
    let mut rest = 0;
    for (level, (name, n)) in Level::ALL.iter().zip(&counts) {
        let share = percent(*n, total);
        match level.typical_share() {
            Some((lo, hi)) => out.push_str(&format!("{name:<13} {share:>4} %  {lo}-{hi} %\n")),
            None => {
                rest += n;
                out.push_str(&format!("{name:<13} {share:>4} %\n"));
            }
        }
    }
    out.push_str(&format!("{:<13} {:>4} %  65-75 % (the rest)\n", "the rest", percent(rest, total)));
    out
}

/// `n` of `total` in whole percent, rounded.
pub fn percent(n: u32, total: u32) -> u32 {
    if total == 0 { 0 } else { ((u64::from(n) * 100 + u64::from(total) / 2) / u64::from(total)) as u32 }
}

/// One month in `report growth`.
#[derive(Clone, Debug, Serialize)]
pub struct GrowthRow {
    /// `YYYY-MM`.
    pub month: String,
    pub core: u32,
    pub active: u32,
    pub occasional: u32,
    pub peripheral: u32,
    pub transactional: u32,
    /// Members counted for the first time this month.
    pub joined: u32,
    pub moved_up: u32,
    pub moved_down: u32,
}

impl Tabular for GrowthRow {
    fn table_headers() -> &'static [&'static str] {
        &["month", "core", "active", "occasional", "peripheral", "transactional", "joined", "up", "down"]
    }

    fn table_cells(&self) -> Vec<String> {
        [
            self.core,
            self.active,
            self.occasional,
            self.peripheral,
            self.transactional,
            self.joined,
            self.moved_up,
            self.moved_down,
        ]
        .iter()
        .fold(vec![self.month.clone()], |mut v, n| {
            v.push(n.to_string());
            v
        })
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "month",
            "core",
            "active",
            "occasional",
            "peripheral",
            "transactional",
            "joined",
            "moved_up",
            "moved_down",
        ]
    }

    /// Rows are months, not records: `-q` prints their position.
    fn id(&self) -> i64 {
        0
    }
}

/// Levels over months, stacked.
pub fn growth_chart(rows: &[GrowthRow]) -> String {
    let stacks: Vec<(String, Vec<u32>)> = rows
        .iter()
        .map(|r| (r.month.clone(), vec![r.core, r.active, r.occasional, r.peripheral, r.transactional]))
        .collect();
    chart::stacked(&stacks, &["core", "active", "occasional", "peripheral", "transactional"])
}

/// A member named in a report.
#[derive(Clone, Debug, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
}

/// A popup named in a report.
#[derive(Clone, Debug, Serialize)]
pub struct PopupRef {
    pub id: i64,
    pub title: String,
    pub status: String,
}

/// One learning need in `report needs`.
#[derive(Clone, Debug, Serialize)]
pub struct NeedRow {
    pub need: String,
    /// Active members who want to learn it.
    pub needed_by: Vec<Person>,
    /// Active members with that expertise.
    pub experts: Vec<Person>,
    /// Popups (proposed, scheduled or done) tagged with it.
    pub popups: Vec<PopupRef>,
}

fn names(people: &[Person]) -> String {
    joined(&people.iter().map(|p| p.name.clone()).collect::<Vec<_>>())
}

impl Tabular for NeedRow {
    fn table_headers() -> &'static [&'static str] {
        &["need", "members", "needed by", "experts", "popups"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.need.clone(),
            self.needed_by.len().to_string(),
            names(&self.needed_by),
            names(&self.experts),
            joined(
                &self
                    .popups
                    .iter()
                    .map(|p| format!("{} ({}, {})", p.title, p.id, p.status))
                    .collect::<Vec<_>>(),
            ),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["need", "members", "needed_by", "experts", "popups"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let names = |p: &[Person]| p.iter().map(|p| p.name.clone()).collect::<Vec<_>>().join(";");
        vec![
            self.need.clone(),
            self.needed_by.len().to_string(),
            names(&self.needed_by),
            names(&self.experts),
            self.popups.iter().map(|p| p.id.to_string()).collect::<Vec<_>>().join(";"),
        ]
    }

    fn id(&self) -> i64 {
        0
    }
}

/// How many members need each thing, with a mark for needs no popup covers.
pub fn needs_chart(rows: &[NeedRow]) -> String {
    let bars: Vec<(String, u32)> = rows
        .iter()
        .map(|r| {
            let mark = if r.popups.is_empty() { " (no popup)" } else { "" };
            (format!("{}{mark}", r.need), r.needed_by.len() as u32)
        })
        .collect();
    chart::bars(&bars)
}

/// One month in `report activity`.
#[derive(Clone, Debug, Serialize)]
pub struct ActivityRow {
    /// `YYYY-MM`.
    pub month: String,
    /// Sessions held (not cancelled), every kind.
    pub sessions: u32,
    pub meetups: u32,
    pub trainings: u32,
    pub coaching: u32,
    pub readings: u32,
    pub popup_sessions: u32,
    pub assist_sessions: u32,
    pub other_sessions: u32,
    pub assists: u32,
    pub popups_proposed: u32,
    pub popups_done: u32,
    /// Distinct members who took part in anything.
    pub participants: u32,
}

impl ActivityRow {
    fn numbers(&self) -> [u32; 12] {
        [
            self.sessions,
            self.meetups,
            self.trainings,
            self.coaching,
            self.readings,
            self.popup_sessions,
            self.assist_sessions,
            self.other_sessions,
            self.assists,
            self.popups_proposed,
            self.popups_done,
            self.participants,
        ]
    }
}

impl Tabular for ActivityRow {
    fn table_headers() -> &'static [&'static str] {
        &[
            "month",
            "sessions",
            "meetup",
            "training",
            "coaching",
            "reading",
            "popup",
            "assist",
            "other",
            "assists",
            "popups proposed",
            "popups done",
            "participants",
        ]
    }

    fn table_cells(&self) -> Vec<String> {
        let mut v = vec![self.month.clone()];
        v.extend(self.numbers().iter().map(ToString::to_string));
        v
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "month",
            "sessions",
            "meetups",
            "trainings",
            "coaching",
            "readings",
            "popup_sessions",
            "assist_sessions",
            "other_sessions",
            "assists",
            "popups_proposed",
            "popups_done",
            "participants",
        ]
    }

    fn id(&self) -> i64 {
        0
    }
}

/// Distinct participants per month.
pub fn activity_chart(rows: &[ActivityRow]) -> String {
    let bars: Vec<(String, u32)> = rows.iter().map(|r| (r.month.clone(), r.participants)).collect();
    format!("participants\n{}", chart::bars(&bars))
}

impl super::Output {
    /// A report's rows, then under a table its chart; with `-q` the ids when the rows
    /// have them (`ids`), else nothing.
    pub fn report<T: Tabular>(
        &mut self,
        noun: &'static str,
        rows: &[T],
        chart: impl FnOnce(&[T]) -> String,
        ids: bool,
    ) -> crate::error::Result<()> {
        if self.quiet && !ids {
            return Ok(());
        }
        self.list_all(noun, rows)?;
        if self.format == super::Format::Table && !self.quiet && !rows.is_empty() {
            self.raw(&format!("\n{}", chart(rows)))?;
        }
        Ok(())
    }
}
