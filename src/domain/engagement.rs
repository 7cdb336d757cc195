//! Engagement: how active each member is, and how that moves month by month.
//!
//! The community's theory is that a core group forms first and others become more
//! active as they see the benefits. These pure functions turn each member's history of
//! participations (sessions attended and facilitated, assists presented or listened to,
//! popups joined) into one of Etienne and Beverly Wenger-Trayner's five levels of
//! participation, and a whole community's histories into month-by-month counts, so
//! `report engagement`, `report growth` and `report movement` can show whether it happens.

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

/// The level of a member with `participations` in the window. A member whose role is
/// `core` is always core: the core group is named, not earned. Trainers and guests are
/// always transactional: they serve or visit the community without belonging to it,
/// however often they come. Members below the occasional threshold are peripheral:
/// joined, still here, watching from the edge.
pub fn level(participations: u32, role: Role, t: &Thresholds) -> Level {
    match role {
        Role::Core => return Level::Core,
        Role::Trainer | Role::Guest => return Level::Transactional,
        Role::Member => {}
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
    /// Presented a challenge or listened in a peer assist.
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
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn history(id: i64, joined: &str, days: &[&str]) -> History {
        History {
            member_id: id,
            name: format!("m{id}"),
            role: Role::Member,
            joined: day(joined),
            participations: days.iter().map(|d| Participation { on: day(d), kind: Kind::Attended }).collect(),
        }
    }

    #[test]
    fn levels_follow_the_default_thresholds() {
        let t = Thresholds::default();
        assert_eq!(level(0, Role::Member, &t), Level::Peripheral);
        assert_eq!(level(1, Role::Member, &t), Level::Occasional);
        assert_eq!(level(2, Role::Member, &t), Level::Active);
        assert_eq!(level(3, Role::Member, &t), Level::Core);
        assert_eq!(level(0, Role::Core, &t), Level::Core, "role core is always core");
        assert_eq!(level(40, Role::Guest, &t), Level::Transactional, "guests stay outside");
        assert_eq!(level(40, Role::Trainer, &t), Level::Transactional);
    }

    #[test]
    fn the_window_ends_on_the_day_and_ignores_later_and_older_days() {
        let h = history(1, "2026-01-01", &["2026-08-01", "2026-10-01", "2026-11-24", "2026-12-01"]);
        let s = standing(&h, day("2026-11-24"), 90);
        assert_eq!(s.total, 2);
        assert_eq!(s.last_seen, Some(day("2026-11-24")));
        // 90 days before 2026-11-24 is 2026-08-26: that day itself is outside.
        assert!(!in_window(day("2026-08-26"), day("2026-11-24"), 90));
        assert!(in_window(day("2026-08-27"), day("2026-11-24"), 90));
    }

    #[test]
    fn counts_are_kept_per_kind() {
        let mut h = history(1, "2026-01-01", &["2026-11-01"]);
        h.participations.push(Participation { on: day("2026-11-02"), kind: Kind::Facilitated });
        h.participations.push(Participation { on: day("2026-11-03"), kind: Kind::Assist });
        h.participations.push(Participation { on: day("2026-11-04"), kind: Kind::Popup });
        let s = standing(&h, day("2026-11-24"), 30);
        assert_eq!((s.total, s.attended, s.facilitated, s.assists, s.popups), (4, 1, 1, 1, 1));
    }

    #[test]
    fn a_member_moving_from_peripheral_to_active_shows_in_the_right_month() {
        // Joined in June, silent until two sessions in September.
        let h = history(1, "2026-06-10", &["2026-09-05", "2026-09-19"]);
        let months = Month::last(day("2026-11-24"), 6);
        let rows = growth(&[h], &months, day("2026-11-24"), 90, &Thresholds::default());
        let shown: Vec<(String, u32, u32, u32, u32, u32)> = rows
            .iter()
            .map(|(m, r)| (m.to_string(), r.active, r.peripheral, r.joined, r.moved_up, r.moved_down))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("2026-06".into(), 0, 1, 1, 0, 0),
                ("2026-07".into(), 0, 1, 0, 0, 0),
                ("2026-08".into(), 0, 1, 0, 0, 0),
                ("2026-09".into(), 1, 0, 0, 1, 0),
                ("2026-10".into(), 1, 0, 0, 0, 0),
                // 90 days before 2026-11-24 the two September days are still in.
                ("2026-11".into(), 1, 0, 0, 0, 0),
            ]
        );
        // ... and they fall back once the window has passed them.
        let later = growth(
            &[history(1, "2026-06-10", &["2026-09-05", "2026-09-19"])],
            &[Month { year: 2026, month: 12 }],
            day("2026-12-31"),
            90,
            &Thresholds::default(),
        );
        assert_eq!(later[0].1.peripheral, 1);
        assert_eq!(later[0].1.moved_down, 1);
    }

    #[test]
    fn members_count_only_from_the_month_they_joined() {
        let a = history(1, "2026-10-20", &[]);
        let b = history(2, "2026-11-02", &["2026-11-03"]);
        let rows = growth(
            &[a, b],
            &Month::last(day("2026-11-24"), 3),
            day("2026-11-24"),
            90,
            &Thresholds::default(),
        );
        let totals: Vec<u32> =
            rows.iter().map(|(_, r)| r.core + r.active + r.occasional + r.peripheral).collect();
        assert_eq!(totals, vec![0, 1, 2]);
        assert_eq!(rows[2].1.joined, 1);
        assert_eq!(rows[2].1.moved_up, 0, "a newcomer has no month before to move from");
    }

    #[test]
    fn months_run_back_across_the_year() {
        let m: Vec<String> = Month::last(day("2026-02-15"), 3).iter().map(ToString::to_string).collect();
        assert_eq!(m, vec!["2025-12", "2026-01", "2026-02"]);
        assert_eq!(Month { year: 2024, month: 2 }.last_day(), day("2024-02-29"));
    }

    #[test]
    fn activity_counts_each_participant_once_a_month() {
        let h = vec![
            (day("2026-11-01"), Happening::Session(SessionKind::Meetup)),
            (day("2026-11-08"), Happening::Session(SessionKind::Training)),
            (day("2026-11-01"), Happening::Participant(1)),
            (day("2026-11-08"), Happening::Participant(1)),
            (day("2026-11-08"), Happening::Participant(2)),
            (day("2026-10-08"), Happening::Participant(2)),
            (day("2026-11-09"), Happening::Assist),
            (day("2026-11-09"), Happening::PopupProposed),
        ];
        let rows = activity(&h, &Month::last(day("2026-11-24"), 2));
        assert_eq!(rows[0].1.participants, 1);
        let nov = &rows[1].1;
        assert_eq!((nov.sessions[0], nov.sessions[1], nov.assists, nov.popups_proposed), (1, 1, 1, 1));
        assert_eq!(nov.participants, 2);
    }

    #[test]
    fn thresholds_must_be_ordered() {
        assert!(Thresholds::default().check().is_ok());
        assert!(Thresholds { core: 2, active: 3, occasional: 1 }.check().unwrap_err().contains("--core"));
        assert!(Thresholds { core: 6, active: 3, occasional: 0 }.check().is_err());
    }

    fn arb_days() -> impl Strategy<Value = Vec<u32>> {
        proptest::collection::vec(0u32..400, 0..20)
    }

    fn from_offsets(offsets: &[u32]) -> Vec<Participation> {
        let base = day("2026-01-01");
        offsets
            .iter()
            .map(|o| Participation { on: base + Days::new(u64::from(*o)), kind: Kind::Attended })
            .collect()
    }

    proptest! {
        #[test]
        fn more_participations_never_lower_a_level(
            n in 0u32..50, extra in 0u32..50, occ in 1u32..5, act in 0u32..5, core in 0u32..5, role in proptest::sample::select(Role::ALL.to_vec())
        ) {
            let t = Thresholds { occasional: occ, active: occ + act, core: occ + act + core };
            prop_assert!(level(n + extra, role, &t) >= level(n, role, &t));
        }

        #[test]
        fn adding_a_participation_never_lowers_a_standing(
            offsets in arb_days(), more in 0u32..400, as_of in 0u32..400, window in 1u32..200
        ) {
            let mut h = history(1, "2025-12-01", &[]);
            h.participations = from_offsets(&offsets);
            let as_of = day("2026-01-01") + Days::new(u64::from(as_of));
            let t = Thresholds::default();
            let before = level_on(&h, as_of, window, &t);
            h.participations.extend(from_offsets(&[more]));
            prop_assert!(level_on(&h, as_of, window, &t) >= before);
        }

        #[test]
        fn growth_counts_every_member_who_has_joined_once(
            joins in proptest::collection::vec(0u32..300, 0..12), offsets in arb_days()
        ) {
            let as_of = day("2026-11-24");
            let histories: Vec<History> = joins.iter().enumerate().map(|(i, j)| History {
                member_id: i as i64,
                name: String::new(),
                role: Role::Member,
                joined: day("2026-01-01") + Days::new(u64::from(*j)),
                participations: from_offsets(&offsets),
            }).collect();
            let months = Month::last(as_of, 12);
            for (m, row) in growth(&histories, &months, as_of, 90, &Thresholds::default()) {
                let joined = histories.iter().filter(|h| Month::of(h.joined) <= m).count() as u32;
                prop_assert_eq!(row.core + row.active + row.occasional + row.peripheral + row.transactional, joined);
                prop_assert!(row.moved_up + row.moved_down + row.joined <= joined);
            }
        }
    }
}
