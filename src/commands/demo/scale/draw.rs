//! The seeded draw every generator takes from, in a fixed order, so a seed (with
//! `COP_NOW`) always makes the same community.

use chrono::{DateTime, Duration, Utc};

use super::words::Words;

/// The generator's state: one seeded random source, the moment the community is made
/// at, and the words it is made from.
pub struct Draw<'w> {
    pub rng: fastrand::Rng,
    pub now: DateTime<Utc>,
    pub words: &'w Words,
}

impl Draw<'_> {
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    /// A skewed draw from `0..n`: low indexes far more often, so a few tags are popular
    /// and a core of early members takes part much more than the rest.
    pub fn skewed(&mut self, n: usize, power: f64) -> usize {
        ((self.rng.f64().powf(power) * n as f64) as usize).min(n.saturating_sub(1))
    }

    /// `k` different numbers below `n`, skewed towards small ones, sorted.
    pub fn distinct(&mut self, n: usize, k: usize, power: f64) -> Vec<usize> {
        let k = k.min(n);
        if k * 2 > n {
            let mut all: Vec<usize> = (0..n).collect();
            self.rng.shuffle(&mut all);
            all.truncate(k);
            all.sort_unstable();
            return all;
        }
        let mut out: Vec<usize> = Vec::with_capacity(k);
        while out.len() < k {
            let i = self.skewed(n, power);
            if let Err(at) = out.binary_search(&i) {
                out.insert(at, i);
            }
        }
        out
    }

    pub fn uuid(&mut self) -> String {
        uuid::Builder::from_random_bytes(self.rng.u128(..).to_le_bytes()).into_uuid().to_string()
    }

    /// A moment `days_ago` days before (negative: after) `now`, at a whole or half hour
    /// of the afternoon UTC, when most of the community is awake.
    pub fn moment(&mut self, days_ago: i64) -> DateTime<Utc> {
        let day = (self.now - Duration::days(days_ago)).date_naive();
        let minute = self.rng.i64(28..46) * 30;
        day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::minutes(minute)
    }
}

/// `network-mapping` -> `Network mapping`.
pub fn title_case(tag: &str) -> String {
    let mut c = tag.replace('-', " ");
    if let Some(first) = c.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    c
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A draw for tests, at the tests' usual moment.
    pub fn draw(words: &Words, seed: u64) -> Draw<'_> {
        let now = DateTime::parse_from_rfc3339("2026-11-24T16:00:00Z").unwrap().to_utc();
        Draw { rng: fastrand::Rng::with_seed(seed), now, words }
    }

    proptest! {
        #[test]
        fn distinct_draws_are_different_sorted_and_in_range(seed in any::<u64>(), n in 0usize..60, k in 0usize..70) {
            let words = Words::load().unwrap();
            let got = draw(&words, seed).distinct(n, k, 1.8);
            prop_assert_eq!(got.len(), k.min(n));
            prop_assert!(got.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(got.iter().all(|&i| i < n));
        }
    }

    #[test]
    fn titles_read_as_words() {
        assert_eq!(title_case("network-mapping"), "Network mapping");
        assert_eq!(title_case(""), "");
    }
}
