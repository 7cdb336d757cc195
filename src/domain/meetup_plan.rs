//! What `meetup plan` does with each date of the series: create a meetup, leave the one
//! already planned that day alone (or replan it with `--replace`), or skip a holiday.
//! Run twice, a plan creates nothing the second time.

use chrono::{DateTime, Duration, NaiveDate, Utc};

/// One date of the series and what becomes of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePlan {
    /// No meetup of the title that day: a new session.
    New,
    /// A meetup of the title that day, left as it is.
    Already(i64),
    /// A meetup of the title that day, given the plan's time, length, place and
    /// facilitator (`--replace`); it keeps its id and RSVPs.
    Replace(i64),
    /// A day named with `--skip`.
    Skipped,
}

impl DatePlan {
    /// Whether the plan writes a session for it (and so gives it a facilitator).
    pub fn writes(self) -> bool {
        matches!(self, DatePlan::New | DatePlan::Replace(_))
    }
}

/// Decides each date: `days[i]` is the local day of date `i`, `existing` the meetups of
/// the title already planned with their local day, `skip` the days not to meet.
pub fn decide(
    days: &[NaiveDate],
    existing: &[(i64, NaiveDate)],
    skip: &[NaiveDate],
    replace: bool,
) -> Vec<DatePlan> {
    days.iter()
        .map(|day| {
            if skip.contains(day) {
                return DatePlan::Skipped;
            }
            match existing.iter().find(|(_, d)| d == day) {
                Some(&(id, _)) if replace => DatePlan::Replace(id),
                Some(&(id, _)) => DatePlan::Already(id),
                None => DatePlan::New,
            }
        })
        .collect()
}

/// Whether two sessions overlap in time (one ending as the other starts does not).
pub fn overlaps(a: DateTime<Utc>, a_minutes: u32, b: DateTime<Utc>, b_minutes: u32) -> bool {
    a < b + Duration::minutes(i64::from(b_minutes)) && b < a + Duration::minutes(i64::from(a_minutes))
}

/// Whether a title names the same meetup: case and spacing folded.
pub fn same_title(a: &str, b: &str) -> bool {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn dates_already_planned_are_kept_or_replaced_and_holidays_skipped() {
        let days = [day("2026-12-04"), day("2026-12-11"), day("2026-12-18"), day("2026-12-25")];
        let existing = [(7, day("2026-12-11"))];
        let skip = [day("2026-12-25"), day("2027-01-01")];
        assert_eq!(
            decide(&days, &existing, &skip, false),
            [DatePlan::New, DatePlan::Already(7), DatePlan::New, DatePlan::Skipped]
        );
        assert_eq!(decide(&days, &existing, &skip, true)[1], DatePlan::Replace(7));
    }

    #[test]
    fn sessions_that_touch_do_not_overlap() {
        let noon = at("2026-12-04T18:00:00Z");
        assert!(overlaps(noon, 60, at("2026-12-04T18:30:00Z"), 60));
        assert!(overlaps(noon, 60, at("2026-12-04T17:30:00Z"), 45));
        assert!(!overlaps(noon, 60, at("2026-12-04T19:00:00Z"), 60));
        assert!(!overlaps(noon, 60, at("2026-12-04T17:00:00Z"), 60));
        assert!(same_title(" Brown-bag  hour", "brown-bag hour"));
    }

    proptest! {
        #[test]
        fn a_plan_run_again_writes_nothing(offsets in proptest::collection::vec(0u64..60, 1..12)) {
            let days: Vec<NaiveDate> = offsets.iter().map(|o| day("2026-12-04") + chrono::Days::new(o * 7)).collect();
            let first = decide(&days, &[], &[], false);
            let planned: Vec<(i64, NaiveDate)> =
                days.iter().zip(&first).enumerate().filter(|(_, (_, p))| p.writes()).map(|(i, (d, _))| (i as i64, *d)).collect();
            prop_assert!(decide(&days, &planned, &[], false).iter().all(|p| !p.writes()));
        }

        #[test]
        fn overlap_is_symmetric(a in 0i64..10_000, b in 0i64..10_000, am in 1u32..300, bm in 1u32..300) {
            let base = at("2026-12-04T00:00:00Z");
            let (x, y) = (base + Duration::minutes(a), base + Duration::minutes(b));
            prop_assert_eq!(overlaps(x, am, y, bm), overlaps(y, bm, x, am));
        }
    }
}
