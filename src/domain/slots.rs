//! Slot suggestion: the start times at which most of a popup's people are free.
//!
//! Each person's weekly windows are read in their own IANA time zone (or the
//! organizer's, when they gave none). A person with no windows counts as always free.
//! Pure: no clock, no database.

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

use super::member::Availability;

/// The minutes between two candidate start times.
pub const STEP_MINUTES: i64 = 30;

/// Local hours tried when nobody has given windows: 09:00 to 18:00.
const DEFAULT_DAY: (u32, u32) = (9 * 60, 18 * 60);

/// One person whose availability counts.
#[derive(Clone, Debug)]
pub struct Person {
    pub member_id: i64,
    pub timezone: Tz,
    pub windows: Vec<Availability>,
}

impl Person {
    /// Whether the person is free for `minutes` from `start`.
    pub fn is_free(&self, start: DateTime<Utc>, minutes: u32) -> bool {
        if self.windows.is_empty() {
            return true;
        }
        let local = start.with_timezone(&self.timezone);
        let minute = local.hour() * 60 + local.minute();
        self.windows.iter().any(|w| w.covers(local.weekday(), minute, minutes))
    }
}

/// A suggested start time and who can and cannot come. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub available: Vec<i64>,
    pub unavailable: Vec<i64>,
}

/// What to search.
#[derive(Clone, Debug)]
pub struct Search {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub minutes: u32,
    pub limit: usize,
    /// The organizer's zone: where "working hours" are read when nobody gave windows.
    pub zone: Tz,
}

/// The first start time at or after `t` on a [`STEP_MINUTES`] boundary.
fn round_up(t: DateTime<Utc>) -> DateTime<Utc> {
    let step = STEP_MINUTES * 60;
    let secs = t.timestamp();
    let rounded = secs.div_euclid(step) * step + if secs.rem_euclid(step) == 0 { 0 } else { step };
    Utc.timestamp_opt(rounded, 0).single().unwrap_or(t)
}

/// The best slots, best first: most people free, then earliest. Only starts at which
/// someone with windows is free are offered (or, when nobody has windows, starts in
/// the organizer's working hours), so a slot always means something.
pub fn suggest(people: &[Person], search: &Search) -> Vec<Slot> {
    let length = Duration::minutes(i64::from(search.minutes));
    let anyone_has_windows = people.iter().any(|p| !p.windows.is_empty());
    let mut slots = Vec::new();
    let mut start = round_up(search.from);
    while start + length <= search.to {
        let (available, unavailable): (Vec<&Person>, Vec<&Person>) =
            people.iter().partition(|p| p.is_free(start, search.minutes));
        let meaningful = if anyone_has_windows {
            available.iter().any(|p| !p.windows.is_empty())
        } else {
            let local = start.with_timezone(&search.zone);
            let m = local.hour() * 60 + local.minute();
            m >= DEFAULT_DAY.0 && m + search.minutes <= DEFAULT_DAY.1
        };
        if meaningful {
            slots.push(Slot {
                starts_at: start,
                available: available.iter().map(|p| p.member_id).collect(),
                unavailable: unavailable.iter().map(|p| p.member_id).collect(),
            });
        }
        start += Duration::minutes(STEP_MINUTES);
    }
    // A stable sort keeps equally good slots in time order.
    slots.sort_by_key(|s| std::cmp::Reverse(s.available.len()));
    slots.truncate(search.limit);
    slots
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;
    use proptest::prelude::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn person(id: i64, tz: Tz, windows: &[&str]) -> Person {
        Person {
            member_id: id,
            timezone: tz,
            windows: windows.iter().map(|w| Availability::parse(w).unwrap()).collect(),
        }
    }

    fn search(from: &str, to: &str) -> Search {
        Search { from: utc(from), to: utc(to), minutes: 60, limit: 3, zone: chrono_tz::America::Chicago }
    }

    #[test]
    fn windows_are_read_in_each_members_own_zone() {
        // Friday 12:00 in Chicago is 13:00 in New York and 18:00 UTC.
        let people = [
            person(1, chrono_tz::America::Chicago, &["fri 12:00-13:00"]),
            person(2, chrono_tz::America::New_York, &["fri 13:00-15:00"]),
            person(3, chrono_tz::Europe::Lisbon, &["mon 09:00-10:00"]),
        ];
        let slots = suggest(&people, &search("2026-11-24T16:00:00Z", "2026-12-01T00:00:00Z"));
        assert_eq!(slots[0].starts_at, utc("2026-11-27T18:00:00Z"));
        assert_eq!(slots[0].available, [1, 2]);
        assert_eq!(slots[0].unavailable, [3]);
    }

    #[test]
    fn with_no_windows_at_all_working_hours_are_offered_in_order() {
        let people = [person(1, chrono_tz::UTC, &[])];
        let slots = suggest(&people, &search("2026-11-24T16:10:00Z", "2026-11-26T00:00:00Z"));
        // 10:10 Chicago rounds up to 10:30.
        assert_eq!(slots[0].starts_at, utc("2026-11-24T16:30:00Z"));
        assert_eq!(slots[1].starts_at, utc("2026-11-24T17:00:00Z"));
    }

    #[test]
    fn a_window_must_hold_the_whole_session() {
        let p = person(1, chrono_tz::UTC, &["wed 10:00-10:45"]);
        assert!(!p.is_free(utc("2026-11-25T10:00:00Z"), 60));
        assert!(p.is_free(utc("2026-11-25T10:00:00Z"), 45));
        assert_eq!(utc("2026-11-25T10:00:00Z").weekday(), Weekday::Wed);
    }

    fn people_strategy() -> impl Strategy<Value = Vec<Person>> {
        let window = (0u32..7, 0u32..46, 1u32..8).prop_map(|(d, s, len)| {
            let start = s * 30;
            Availability {
                weekday: Weekday::try_from(d as u8).unwrap(),
                start_minute: start,
                end_minute: (start + len * 30).min(1440),
            }
        });
        let zones = prop::sample::select(vec![
            chrono_tz::UTC,
            chrono_tz::America::Chicago,
            chrono_tz::Asia::Kolkata,
            chrono_tz::Australia::Adelaide,
        ]);
        prop::collection::vec((zones, prop::collection::vec(window, 0..3)), 0..6).prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (timezone, windows))| Person { member_id: i as i64 + 1, timezone, windows })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn slots_are_best_first_within_the_range_and_split_everyone(
            people in people_strategy(),
            offset in 0i64..10_000,
            minutes in 15u32..120,
        ) {
            let from = utc("2026-03-01T00:00:00Z") + Duration::minutes(offset);
            let s = Search { from, to: from + Duration::days(8), minutes, limit: 20, zone: chrono_tz::America::Chicago };
            let slots = suggest(&people, &s);
            prop_assert!(slots.len() <= 20);
            for w in slots.windows(2) {
                prop_assert!(w[0].available.len() >= w[1].available.len());
            }
            for slot in &slots {
                prop_assert!(slot.starts_at >= from);
                prop_assert!(slot.starts_at + Duration::minutes(i64::from(minutes)) <= s.to);
                let mut all: Vec<i64> = slot.available.iter().chain(&slot.unavailable).copied().collect();
                all.sort();
                prop_assert_eq!(all, people.iter().map(|p| p.member_id).collect::<Vec<_>>());
                for p in people.iter().filter(|p| p.windows.is_empty()) {
                    prop_assert!(slot.available.contains(&p.member_id));
                }
            }
        }
    }
}
