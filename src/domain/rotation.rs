//! Facilitator rotation for the recurring meetup.
//!
//! Each date goes to an available volunteer; over the plan the facilitation counts
//! (earlier ones included) stay as even as availability allows: counts among volunteers
//! who could trade dates differ by at most one. Among equal counts the least recent
//! facilitator (never first) goes first. Nobody is given a date they are not free on.

use chrono::{DateTime, Datelike, Duration, TimeZone, Timelike, Utc, Weekday};

use super::member::Availability;

/// A volunteer facilitator as the rotation sees them.
#[derive(Clone, Debug, PartialEq)]
pub struct Volunteer {
    pub id: i64,
    /// Facilitations they already have.
    pub prior: u32,
    /// When they last facilitated, if ever.
    pub last: Option<DateTime<Utc>>,
    /// Whether they are free for each date of the plan, by index.
    pub free: Vec<bool>,
}

/// Whether a member with these weekly windows, read in `tz`, is free for the whole
/// session starting at `start`. No windows means always free.
pub fn is_free<Z: TimeZone>(windows: &[Availability], tz: &Z, start: DateTime<Utc>, minutes: u32) -> bool {
    if windows.is_empty() {
        return true;
    }
    let local = start.with_timezone(tz);
    let minute = local.hour() * 60 + local.minute();
    let weekday: Weekday = local.weekday();
    // A session that runs past local midnight needs the next day's window too.
    let first = minutes.min(24 * 60 - minute);
    let rest = minutes - first;
    let covered = windows.iter().any(|w| w.covers(weekday, minute, first));
    if rest == 0 {
        return covered;
    }
    let next = (start + Duration::minutes(i64::from(first))).with_timezone(tz).weekday();
    covered && windows.iter().any(|w| w.covers(next, 0, rest))
}

/// Assigns each of `dates` (start times, in order) a volunteer, or none when nobody is free.
pub fn rotate(volunteers: &[Volunteer], dates: &[DateTime<Utc>]) -> Vec<Option<i64>> {
    let n = volunteers.len();
    let free = |v: usize, d: usize| volunteers[v].free.get(d).copied().unwrap_or(false);
    let mut total: Vec<u32> = volunteers.iter().map(|v| v.prior).collect();
    let mut last: Vec<Option<DateTime<Utc>>> = volunteers.iter().map(|v| v.last).collect();
    let mut owner: Vec<Option<usize>> = vec![None; dates.len()];
    for (d, &at) in dates.iter().enumerate() {
        let pick = (0..n).filter(|&v| free(v, d)).min_by_key(|&v| (total[v], last[v], volunteers[v].id));
        if let Some(v) = pick {
            owner[d] = Some(v);
            total[v] += 1;
            last[v] = Some(at);
        }
    }
    // Repair: while a volunteer could take a date, directly or through a chain of
    // trades, from someone with at least two more facilitations, move it.
    'improve: loop {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&v| (total[v], volunteers[v].id));
        for &low in &order {
            if let Some(path) = transfer_path(low, &total, &owner, &free, n) {
                // path: dates to move, each to the volunteer before it in the chain.
                let mut taker = low;
                let giver_end = path.last().and_then(|&d| owner[d]);
                for &d in &path {
                    let giver = owner[d];
                    owner[d] = Some(taker);
                    if let Some(g) = giver {
                        taker = g;
                    }
                }
                total[low] += 1;
                if let Some(g) = giver_end {
                    total[g] -= 1;
                }
                continue 'improve;
            }
        }
        break;
    }
    owner.iter().map(|o| o.map(|v| volunteers[v].id)).collect()
}

/// A chain of dates d1..dk: `low` takes d1 from its owner w1, w1 takes d2 from w2, ...,
/// and wk (who ends with one fewer) has at least two more facilitations than `low`.
fn transfer_path(
    low: usize,
    total: &[u32],
    owner: &[Option<usize>],
    free: &impl Fn(usize, usize) -> bool,
    n: usize,
) -> Option<Vec<usize>> {
    let mut seen = vec![false; n];
    seen[low] = true;
    // For each reached volunteer: the date by which it was reached and its predecessor.
    let mut via: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut queue = std::collections::VecDeque::from([low]);
    while let Some(v) = queue.pop_front() {
        for (d, o) in owner.iter().enumerate() {
            let Some(w) = *o else { continue };
            if seen[w] || !free(v, d) {
                continue;
            }
            seen[w] = true;
            via[w] = Some((d, v));
            if total[w] >= total[low] + 2 {
                let mut path = Vec::new();
                let mut at = w;
                while let Some((d, prev)) = via[at] {
                    path.push(d);
                    at = prev;
                }
                path.reverse();
                return Some(path);
            }
            queue.push_back(w);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn dates(n: usize) -> Vec<DateTime<Utc>> {
        let start = DateTime::parse_from_rfc3339("2026-12-04T18:00:00Z").unwrap().with_timezone(&Utc);
        (0..n).map(|i| start + Duration::weeks(i as i64)).collect()
    }

    fn vol(id: i64, prior: u32, free: Vec<bool>) -> Volunteer {
        Volunteer { id, prior, last: None, free }
    }

    #[test]
    fn the_least_recent_facilitator_goes_first() {
        let d = dates(3);
        let mut a = vol(1, 1, vec![true; 3]);
        let mut b = vol(2, 1, vec![true; 3]);
        a.last = Some(d[0] - Duration::weeks(1));
        b.last = Some(d[0] - Duration::weeks(5));
        let c = vol(3, 1, vec![true; 3]);
        assert_eq!(rotate(&[a, b, c], &d), vec![Some(3), Some(2), Some(1)]);
    }

    #[test]
    fn newcomers_catch_up_with_earlier_counts() {
        let d = dates(4);
        let r = rotate(&[vol(1, 3, vec![true; 4]), vol(2, 0, vec![true; 4])], &d);
        assert_eq!(r, vec![Some(2), Some(2), Some(2), Some(1)]);
    }

    #[test]
    fn a_chain_of_trades_evens_out_what_greedy_gets_wrong() {
        // Greedy gives date 0 to 1 (lower id), then 1 must take date 1 too.
        let r = rotate(&[vol(1, 0, vec![true, true]), vol(2, 0, vec![true, false])], &dates(2));
        assert_eq!(r, vec![Some(2), Some(1)]);
    }

    #[test]
    fn a_date_nobody_can_take_stays_open() {
        let r = rotate(&[vol(1, 0, vec![true, false])], &dates(2));
        assert_eq!(r, vec![Some(1), None]);
    }

    #[test]
    fn availability_is_read_in_the_members_zone() {
        let fri_noon = vec![Availability::parse("fri 12:00-13:00").unwrap()];
        // 18:00 UTC on 2026-12-04 is 12:00 in Chicago and 13:00 in New York.
        let at = dates(1)[0];
        assert!(is_free(&fri_noon, &chrono_tz::America::Chicago, at, 60));
        assert!(!is_free(&fri_noon, &chrono_tz::America::New_York, at, 60));
        assert!(!is_free(&fri_noon, &chrono_tz::America::Chicago, at, 90));
        assert!(is_free(&[], &chrono_tz::America::New_York, at, 60));
    }

    fn setup() -> impl Strategy<Value = (Vec<Volunteer>, usize)> {
        (1usize..6, 1usize..10).prop_flat_map(|(n, days)| {
            (
                proptest::collection::vec((0u32..4, proptest::collection::vec(any::<bool>(), days)), n),
                Just(days),
            )
                .prop_map(|(vs, days)| {
                    let v = vs
                        .into_iter()
                        .enumerate()
                        .map(|(i, (prior, free))| vol(i as i64 + 1, prior, free))
                        .collect();
                    (v, days)
                })
        })
    }

    proptest! {
        #[test]
        fn nobody_gets_a_date_they_are_not_free_and_free_dates_are_covered((vs, days) in setup()) {
            let r = rotate(&vs, &dates(days));
            for (d, who) in r.iter().enumerate() {
                let anyone = vs.iter().any(|v| v.free[d]);
                prop_assert_eq!(who.is_some(), anyone);
                if let Some(id) = who {
                    prop_assert!(vs.iter().any(|v| v.id == *id && v.free[d]));
                }
            }
        }

        #[test]
        fn when_everyone_is_free_counts_differ_by_at_most_one_among_those_given_dates(
            priors in proptest::collection::vec(0u32..5, 1..7),
            days in 1usize..15,
        ) {
            let vs: Vec<Volunteer> =
                priors.iter().enumerate().map(|(i, &p)| vol(i as i64 + 1, p, vec![true; days])).collect();
            let r = rotate(&vs, &dates(days));
            let totals: Vec<u32> = vs.iter().map(|v| v.prior + r.iter().filter(|w| **w == Some(v.id)).count() as u32).collect();
            let min = *totals.iter().min().unwrap();
            for (v, t) in vs.iter().zip(&totals) {
                if r.contains(&Some(v.id)) {
                    prop_assert!(*t <= min + 1, "totals {:?}", totals);
                }
            }
        }

        #[test]
        fn no_date_can_move_to_someone_two_below_its_facilitator((vs, days) in setup()) {
            let r = rotate(&vs, &dates(days));
            let total = |id: i64| {
                let v = vs.iter().find(|v| v.id == id).unwrap();
                v.prior + r.iter().filter(|w| **w == Some(id)).count() as u32
            };
            for (d, who) in r.iter().enumerate() {
                if let Some(id) = who {
                    for v in &vs {
                        if v.free[d] {
                            prop_assert!(total(v.id) + 2 > total(*id), "{:?}", r);
                        }
                    }
                }
            }
        }
    }
}
