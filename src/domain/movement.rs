//! Movement between Wenger-Trayner's levels, month by month, and what came before a
//! move up.
//!
//! People "move in and out of these categories", and that flow is a sign of a healthy
//! community. A snapshot of levels cannot show it; these pure functions judge every
//! member at each month's end, count who moved from which level to which, and, for
//! those who moved up, what they had taken part in just before: the thing a core group
//! wants to know ("12 of the 19 who became active had joined a popup").

use chrono::NaiveDate;

use super::engagement::{History, Kind, Level, Month, Thresholds, level_on};

/// Counts indexed by [`Level::index`] (core first).
pub type PerLevel = [u32; 5];

/// One month's movement: `moves[from][to]` members were at `from` at the end of the
/// month before and at `to` at this month's end (the diagonal: those who stayed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthMovement {
    pub month: Month,
    pub moves: [PerLevel; 5],
    /// Members counted for the first time, by the level they start at.
    pub joined: PerLevel,
}

impl MonthMovement {
    /// How many moved from `from` to `to`.
    pub fn count(&self, from: Level, to: Level) -> u32 {
        self.moves[from.index()][to.index()]
    }
}

/// What those who moved up to a level had done in the months just before.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BeforeMovingUp {
    /// Moves up into the level over the months reported (a member who moved up twice
    /// counts twice).
    pub moves: u32,
    /// Of them, how many had joined a popup in the lookback.
    pub popups: u32,
    /// ... taken part in a peer assist (presenting or listening).
    pub assists: u32,
    /// ... attended or facilitated a session.
    pub sessions: u32,
    /// ... done none of these (they moved up on older participations, or by role).
    pub nothing: u32,
}

/// The whole report: month by month, and what came before each move up, per level
/// reached ([`Level::index`] order).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Movement {
    pub months: Vec<MonthMovement>,
    pub before_up: [BeforeMovingUp; 5],
    /// How many months back "just before" looks: the month of the move and the one
    /// before it.
    pub lookback_months: u32,
}

/// The day a month is judged on: its last day, or `as_of` for the month not over yet.
fn judged_on(m: Month, as_of: NaiveDate) -> NaiveDate {
    m.last_day().min(as_of)
}

/// Each member is judged at the end of every month in `months` and of the month before
/// the first; a member counts from the month they joined. A move seen at the end of
/// month M looks back at participations from the first day of the month before M to
/// the day M is judged on.
pub fn movement(
    histories: &[History],
    months: &[Month],
    as_of: NaiveDate,
    window_days: u32,
    t: &Thresholds,
) -> Movement {
    let mut out = Movement {
        months: months
            .iter()
            .map(|&month| MonthMovement { month, moves: [[0; 5]; 5], joined: [0; 5] })
            .collect(),
        lookback_months: 2,
        before_up: Default::default(),
    };
    let Some(first) = months.first() else { return out };
    let mut ends: Vec<Month> = vec![first.prev()];
    ends.extend_from_slice(months);
    let mut levels: Vec<Option<Level>> = Vec::with_capacity(ends.len());
    for h in histories {
        let joined = Month::of(h.joined);
        levels.clear();
        levels.extend(
            ends.iter().map(|&m| (joined <= m).then(|| level_on(h, judged_on(m, as_of), window_days, t))),
        );
        for (i, row) in out.months.iter_mut().enumerate() {
            let (before, now) = (levels[i], levels[i + 1]);
            let Some(now) = now else { continue };
            let Some(before) = before else {
                row.joined[now.index()] += 1;
                continue;
            };
            row.moves[before.index()][now.index()] += 1;
            if now > before {
                let b = &mut out.before_up[now.index()];
                b.moves += 1;
                let from = row.month.prev().first_day();
                let to = judged_on(row.month, as_of);
                let did = |kinds: &[Kind]| {
                    h.participations.iter().any(|p| p.on >= from && p.on <= to && kinds.contains(&p.kind))
                };
                let (popup, assist, session) =
                    (did(&[Kind::Popup]), did(&[Kind::Assist]), did(&[Kind::Attended, Kind::Facilitated]));
                b.popups += u32::from(popup);
                b.assists += u32::from(assist);
                b.sessions += u32::from(session);
                b.nothing += u32::from(!(popup || assist || session));
            }
        }
    }
    out
}

/// A member's level at the end of each of `months` (None before they joined), for
/// `members show`.
pub fn history(
    h: &History,
    months: &[Month],
    as_of: NaiveDate,
    window_days: u32,
    t: &Thresholds,
) -> Vec<(Month, Option<Level>)> {
    let joined = Month::of(h.joined);
    months
        .iter()
        .map(|&m| (m, (joined <= m).then(|| level_on(h, judged_on(m, as_of), window_days, t))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::engagement::Participation;
    use crate::domain::member::Role;
    use chrono::Days;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn member(id: i64, joined: &str, parts: &[(&str, Kind)]) -> History {
        History {
            member_id: id,
            name: format!("m{id}"),
            role: Role::Member,
            joined: day(joined),
            participations: parts.iter().map(|(d, k)| Participation { on: day(d), kind: *k }).collect(),
        }
    }

    #[test]
    fn a_move_up_is_counted_in_its_month_with_what_came_before() {
        // Peripheral until a popup in September and a meetup in October make her active.
        let ana = member(1, "2026-01-10", &[("2026-09-20", Kind::Popup), ("2026-10-02", Kind::Attended)]);
        // Always peripheral.
        let bo = member(2, "2026-01-10", &[]);
        // Joins in November at occasional.
        let cy = member(3, "2026-11-01", &[("2026-11-03", Kind::Attended)]);
        let t = Thresholds::default();
        let months = Month::last(day("2026-11-24"), 3);
        let m = movement(&[ana, bo, cy], &months, day("2026-11-24"), 120, &t);
        let sep = &m.months[0];
        assert_eq!(sep.count(Level::Peripheral, Level::Occasional), 1);
        assert_eq!(sep.count(Level::Peripheral, Level::Peripheral), 1);
        let oct = &m.months[1];
        assert_eq!(oct.count(Level::Occasional, Level::Active), 1);
        assert_eq!(oct.count(Level::Peripheral, Level::Peripheral), 1);
        let nov = &m.months[2];
        assert_eq!(nov.joined[Level::Occasional.index()], 1, "a newcomer joins, not moves");
        assert_eq!(nov.count(Level::Active, Level::Active), 1);
        let active = &m.before_up[Level::Active.index()];
        assert_eq!((active.moves, active.popups, active.sessions, active.assists), (1, 1, 1, 0));
        let occasional = &m.before_up[Level::Occasional.index()];
        assert_eq!((occasional.moves, occasional.popups, occasional.sessions), (1, 1, 0));
    }

    #[test]
    fn falling_out_of_the_window_is_a_move_down() {
        let ana = member(1, "2026-01-10", &[("2026-06-05", Kind::Attended), ("2026-06-06", Kind::Assist)]);
        let months = Month::last(day("2026-11-24"), 6);
        let m = movement(&[ana], &months, day("2026-11-24"), 120, &Thresholds::default());
        // Two participations on June 5-6 leave the 120-day window on October 3-4.
        let oct = m.months.iter().find(|r| r.month.month == 10).unwrap();
        assert_eq!(oct.count(Level::Active, Level::Peripheral), 1);
        let up = &m.before_up[Level::Active.index()];
        assert_eq!((up.moves, up.sessions, up.assists, up.popups), (1, 1, 1, 0), "the June move up");
    }

    #[test]
    fn history_is_empty_before_joining() {
        let ana = member(1, "2026-10-10", &[("2026-10-20", Kind::Attended)]);
        let months = Month::last(day("2026-11-24"), 3);
        let h = history(&ana, &months, day("2026-11-24"), 120, &Thresholds::default());
        assert_eq!(h[0].1, None);
        assert_eq!(h[1].1, Some(Level::Occasional));
    }

    proptest! {
        #[test]
        fn every_member_is_counted_once_a_month_and_ups_match_the_matrix(
            joins in proptest::collection::vec(0u32..330, 0..10),
            offsets in proptest::collection::vec((0u32..330, 0usize..4), 0..30),
        ) {
            let kinds = [Kind::Attended, Kind::Facilitated, Kind::Assist, Kind::Popup];
            let base = day("2026-01-01");
            let histories: Vec<History> = joins.iter().enumerate().map(|(i, j)| History {
                member_id: i as i64,
                name: String::new(),
                role: Role::Member,
                joined: base + Days::new(u64::from(*j)),
                participations: offsets.iter().filter(|(_, k)| (k + i) % 2 == 0)
                    .map(|(o, k)| Participation { on: base + Days::new(u64::from(*o)), kind: kinds[*k] })
                    .collect(),
            }).collect();
            let as_of = day("2026-11-24");
            let months = Month::last(as_of, 8);
            let m = movement(&histories, &months, as_of, 90, &Thresholds::default());
            let mut ups = [0u32; 5];
            for row in &m.months {
                let counted: u32 = row.moves.iter().flatten().sum::<u32>() + row.joined.iter().sum::<u32>();
                let joined = histories.iter().filter(|h| Month::of(h.joined) <= row.month).count() as u32;
                prop_assert_eq!(counted, joined);
                for from in Level::ALL {
                    for to in Level::ALL {
                        if to > from {
                            ups[to.index()] += row.count(from, to);
                        }
                    }
                }
            }
            for l in Level::ALL {
                let b = &m.before_up[l.index()];
                prop_assert_eq!(b.moves, ups[l.index()]);
                prop_assert!(b.popups <= b.moves && b.assists <= b.moves && b.sessions <= b.moves);
                prop_assert!(b.nothing <= b.moves);
            }
        }
    }
}
