//! Engagement: how active each member is, and how that moves month by month.
//!
//! The community's theory is that a core group forms first and others become more
//! active as they see the benefits. These pure functions turn each member's history of
//! participations (sessions attended and facilitated, logged assists presented,
//! listened to or facilitated, popups joined) into one of Etienne and Beverly
//! Wenger-Trayner's five levels of participation, and a whole community's histories
//! into month-by-month counts, so `report engagement`, `report growth` and
//! `report movement` can show whether it happens.

use std::fmt;

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use crate::domain::member::Role;
use crate::domain::session::SessionKind;

/// Wenger-Trayner's levels of participation, lowest first, so levels compare
/// (`Core > Active`). Transactional people (trainers, guests) stand outside the
/// community and below its members: they come for one thing, they are not expected to
/// move up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Transactional,
    Peripheral,
    Occasional,
    Active,
    Core,
}

impl Level {
    pub const ALL: [Level; 5] =
        [Level::Core, Level::Active, Level::Occasional, Level::Peripheral, Level::Transactional];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Transactional => "transactional",
            Level::Peripheral => "peripheral",
            Level::Occasional => "occasional",
            Level::Active => "active",
            Level::Core => "core",
        }
    }

    /// Position in [`Level::ALL`] (core first).
    pub fn index(self) -> usize {
        match self {
            Level::Core => 0,
            Level::Active => 1,
            Level::Occasional => 2,
            Level::Peripheral => 3,
            Level::Transactional => 4,
        }
    }

    /// The share of a community Wenger-Trayner call typical for the level, in percent
    /// (low, high): core 10-15 %, active 15-20 %, the rest around them. `None` where
    /// they name no figure of its own (occasional, peripheral and transactional share
    /// "the rest").
    pub fn typical_share(self) -> Option<(u32, u32)> {
        match self {
            Level::Core => Some((10, 15)),
            Level::Active => Some((15, 20)),
            _ => None,
        }
    }
}

/// The least participations in the window for each level (`--core`, `--active`,
/// `--occasional`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    pub core: u32,
    pub active: u32,
    pub occasional: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        // Chosen so that a generated community lands near Wenger-Trayner's typical
        // shares with the default 120-day window (README, Reports).
        Thresholds { core: 3, active: 2, occasional: 1 }
    }
}

impl Thresholds {
    /// Levels must be ordered: core above active above occasional, all at least 1.
    pub fn check(&self) -> Result<(), String> {
        if self.occasional == 0 {
            return Err("--occasional: expected at least 1 participation".into());
        }
        if self.active < self.occasional {
            return Err(format!(
                "--active: expected at least --occasional ({}), got {}",
                self.occasional, self.active
            ));
        }
        if self.core < self.active {
            return Err(format!("--core: expected at least --active ({}), got {}", self.active, self.core));
        }
        Ok(())
    }
}

/// The level of a member with `participations` in the window. Every level of the
/// community is earned by taking part: a member whose role is `core` is core while they
/// take part as much as the core threshold asks, and shows at the level they reach
/// otherwise (reports print the role beside the level, so a named core group that has
/// drifted away is visible rather than hidden). Trainers and guests are transactional:
/// they serve or visit the community without belonging to it, however often they come.
/// Members below the occasional threshold are peripheral: joined, still here, watching
/// from the edge.
pub fn level(participations: u32, role: Role, t: &Thresholds) -> Level {
    if matches!(role, Role::Trainer | Role::Guest) {
        return Level::Transactional;
    }
    if participations >= t.core {
        Level::Core
    } else if participations >= t.active {
        Level::Active
    } else if participations >= t.occasional {
        Level::Occasional
    } else {
        Level::Peripheral
    }
}

/// What a member did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Attended,
    Facilitated,
    /// Presented a challenge, listened or facilitated in a peer assist that was logged
    /// (drafts and requests are not held yet, as far as anyone can tell).
    Assist,
    /// Joined a learning popup.
    Popup,
}

/// One participation, on a local day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Participation {
    pub on: NaiveDate,
    pub kind: Kind,
}

/// One member and everything they took part in.
#[derive(Clone, Debug)]
pub struct History {
    pub member_id: i64,
    pub name: String,
    pub role: Role,
    /// The day they joined: from this day's month on they count in growth.
    pub joined: NaiveDate,
    pub participations: Vec<Participation>,
}

/// A member's level on a day, with what it rests on.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Standing {
    pub total: u32,
    pub attended: u32,
    pub facilitated: u32,
    pub assists: u32,
    pub popups: u32,
    /// The last day they took part, at any time up to the day.
    pub last_seen: Option<NaiveDate>,
}

/// Whether `day` lies in the `window_days` days that end with `as_of` (inclusive).
pub fn in_window(day: NaiveDate, as_of: NaiveDate, window_days: u32) -> bool {
    let start = as_of.checked_sub_days(Days::new(u64::from(window_days))).unwrap_or(NaiveDate::MIN);
    day > start && day <= as_of
}

/// What a member did in the window ending `as_of`; later participations are ignored.
pub fn standing(h: &History, as_of: NaiveDate, window_days: u32) -> Standing {
    let mut s = Standing::default();
    for p in &h.participations {
        if p.on > as_of {
            continue;
        }
        s.last_seen = s.last_seen.max(Some(p.on));
        if !in_window(p.on, as_of, window_days) {
            continue;
        }
        s.total += 1;
        match p.kind {
            Kind::Attended => s.attended += 1,
            Kind::Facilitated => s.facilitated += 1,
            Kind::Assist => s.assists += 1,
            Kind::Popup => s.popups += 1,
        }
    }
    s
}

/// A member's level on `as_of`.
pub fn level_on(h: &History, as_of: NaiveDate, window_days: u32, t: &Thresholds) -> Level {
    level(standing(h, as_of, window_days).total, h.role, t)
}

/// A calendar month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn of(day: NaiveDate) -> Month {
        Month { year: day.year(), month: day.month() }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or(NaiveDate::MAX)
    }

    /// The `n` months that end with the month of `as_of`, oldest first.
    pub fn last(as_of: NaiveDate, n: u32) -> Vec<Month> {
        let mut months = Vec::new();
        let mut m = Month::of(as_of);
        for _ in 0..n {
            months.push(m);
            m = m.prev();
        }
        months.reverse();
        months
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// How many members were at each level at a month's end, and how they moved.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MonthLevels {
    pub core: u32,
    pub active: u32,
    pub occasional: u32,
    pub peripheral: u32,
    pub transactional: u32,
    /// Members counted for the first time (they joined this month).
    pub joined: u32,
    /// Members at a higher level than at the end of the month before.
    pub moved_up: u32,
    pub moved_down: u32,
}

impl MonthLevels {
    pub fn count(&self, level: Level) -> u32 {
        match level {
            Level::Core => self.core,
            Level::Active => self.active,
            Level::Occasional => self.occasional,
            Level::Peripheral => self.peripheral,
            Level::Transactional => self.transactional,
        }
    }

    fn add(&mut self, level: Level) {
        match level {
            Level::Core => self.core += 1,
            Level::Active => self.active += 1,
            Level::Occasional => self.occasional += 1,
            Level::Peripheral => self.peripheral += 1,
            Level::Transactional => self.transactional += 1,
        }
    }
}

/// Levels month by month: each member is judged at the end of each month (or on
/// `as_of`, for the month not over yet) over the window ending then, counted from the
/// month they joined, and compared with the month before.
pub fn growth(
    histories: &[History],
    months: &[Month],
    as_of: NaiveDate,
    window_days: u32,
    t: &Thresholds,
) -> Vec<(Month, MonthLevels)> {
    let judged_on = |m: Month| m.last_day().min(as_of);
    months
        .iter()
        .map(|&m| {
            let mut row = MonthLevels::default();
            for h in histories {
                let joined = Month::of(h.joined);
                if joined > m {
                    continue;
                }
                let now = level_on(h, judged_on(m), window_days, t);
                row.add(now);
                if joined == m {
                    row.joined += 1;
                    continue;
                }
                let before = level_on(h, judged_on(m.prev()), window_days, t);
                if now > before {
                    row.moved_up += 1;
                } else if now < before {
                    row.moved_down += 1;
                }
            }
            (m, row)
        })
        .collect()
}

/// Something that happened, for `report activity`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Happening {
    Session(SessionKind),
    Assist,
    PopupProposed,
    PopupDone,
    /// A member took part in something (counted once per member and month).
    Participant(i64),
}

/// What happened in one month.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct MonthActivity {
    /// Sessions held, by kind, in [`SessionKind::ALL`] order.
    pub sessions: [u32; 7],
    pub assists: u32,
    pub popups_proposed: u32,
    pub popups_done: u32,
    pub participants: u32,
}

/// Counts what happened in each of `months`; happenings outside them are ignored.
pub fn activity(happenings: &[(NaiveDate, Happening)], months: &[Month]) -> Vec<(Month, MonthActivity)> {
    months
        .iter()
        .map(|&m| {
            let mut row = MonthActivity::default();
            let mut seen = std::collections::HashSet::new();
            for (day, what) in happenings {
                if Month::of(*day) != m {
                    continue;
                }
                match what {
                    Happening::Session(kind) => {
                        if let Some(i) = SessionKind::ALL.iter().position(|k| k == kind) {
                            row.sessions[i] += 1;
                        }
                    }
                    Happening::Assist => row.assists += 1,
                    Happening::PopupProposed => row.popups_proposed += 1,
                    Happening::PopupDone => row.popups_done += 1,
                    Happening::Participant(id) => {
                        if seen.insert(*id) {
                            row.participants += 1;
                        }
                    }
                }
            }
            (m, row)
        })
        .collect()
}

#[cfg(test)]
mod tests;
