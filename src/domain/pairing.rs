//! Peer-support pairing: split a group into groups of a chosen size (pairs by default)
//! so that people who have not been in a group together meet.
//!
//! Rules, in order: never put two people who are kept apart (an exclusion) in one group;
//! repeat as few earlier co-members as possible (two people in one group who shared a
//! group in a recorded round: zero whenever such a split exists); then prefer people who
//! have never attended a session together; the seed breaks the remaining ties, so a
//! seed gives the same round every time.
//!
//! How many groups, and of which sizes, is [`sizes`]: groups of K where the numbers
//! allow, the others one larger or smaller, never a group of one.
//!
//! Which method finds the split:
//! - pairs with no exclusion inside the group: Edmonds' blossom matching on the "never
//!   met" graph ([`blossom`]), exact for any even number of members and for odd ones up
//!   to 31 (above, the member one matching leaves out joins the pair where they add the
//!   fewest repeats);
//! - any size, up to [`exact::limit`] members: exact, a search over every split that
//!   remembers the best split of each remaining subset ([`exact`]);
//! - beyond that: a heuristic ([`search`]): a greedy split, then swaps and moves of
//!   members between groups while one lowers the cost. It finds a repeat-free round in
//!   practice when the history leaves most people unmet, which is what a community that
//!   size has; it does not prove a round with repeats is the best there is.

mod blossom;
mod exact;
pub mod outcome;
pub mod round;
mod search;

use std::collections::{HashMap, HashSet};

use super::rules::{COUNTER_MAX, Rule};

/// The rules of a recorded round (see [`super::rules`]): its note, and the number of
/// each group in it.
pub const NOTE: Rule = Rule::Text;
pub const GROUP_NO: Rule = Rule::Range(0, COUNTER_MAX);

/// A small seeded generator (SplitMix64): reproducible rounds without another crate.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Pairs of member ids, stored smaller id first.
pub type PairSet = HashSet<(i64, i64)>;

pub fn key(a: i64, b: i64) -> (i64, i64) {
    if a < b { (a, b) } else { (b, a) }
}

/// What pairing knows about the people of a group, as pairs of member ids.
#[derive(Clone, Copy, Debug)]
pub struct History<'a> {
    /// Shared a group in a recorded round.
    pub met: &'a PairSet,
    /// Attended a session together.
    pub together: &'a PairSet,
    /// Kept apart by an exclusion: never in one group.
    pub apart: &'a PairSet,
}

/// The smallest and largest group size `cop pairs --size` takes.
pub const SIZES: std::ops::RangeInclusive<usize> = 2..=8;

/// One round: groups of member ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub groups: Vec<Vec<i64>>,
    /// Pairs inside groups who shared a group in an earlier round.
    pub repeats: usize,
    /// Pairs inside groups who attended a session together.
    pub co_attended: usize,
    /// Whether the method proves `repeats` the fewest possible (see the module's top).
    pub exact: bool,
}

/// No split of the group keeps every exclusion (two people kept apart are the only ones
/// left to make a pair, say).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApartUnkept;

/// Counts the pairs inside a group that belong to `set`.
pub fn count_in(group: &[i64], set: &PairSet) -> usize {
    let mut n = 0;
    for (i, &a) in group.iter().enumerate() {
        for &b in &group[i + 1..] {
            if set.contains(&key(a, b)) {
                n += 1;
            }
        }
    }
    n
}

/// The group sizes for `n` members (n >= 2) and groups of `k`, largest first. Of the
/// two nearest numbers of groups (n/k rounded down and up), the one whose groups are
/// nearest to `k` (the largest difference, then the sum of differences, then the most
/// groups of exactly `k`, then fewer groups); the members are spread as evenly as that
/// allows, so sizes differ by at most one, and no group has a single member. With
/// pairs, an odd member makes one trio; 10 members in groups of 4 make 4, 3 and 3.
pub fn sizes(n: usize, k: usize) -> Vec<usize> {
    let k = k.max(2);
    let split = |g: usize| -> Vec<usize> {
        let (base, extra) = (n / g, n % g);
        (0..g).map(|i| base + usize::from(i < extra)).collect()
    };
    let score = |s: &[usize]| {
        let off: Vec<usize> = s.iter().map(|&x| x.abs_diff(k)).collect();
        let exactly_k = off.iter().filter(|&&d| d == 0).count();
        (
            off.iter().copied().max().unwrap_or(0),
            off.iter().sum::<usize>(),
            std::cmp::Reverse(exactly_k),
            s.len(),
        )
    };
    let low = (n / k).max(1);
    let high = n.div_ceil(k);
    [low, high]
        .into_iter()
        .filter(|&g| g >= 1 && n / g >= 2)
        .map(split)
        .min_by_key(|s| score(s))
        .unwrap_or_else(|| vec![n])
}

/// Pairs `members` for one round (groups of two, one trio for an odd count). `met` holds
/// earlier partners, `together` those who attended a session together.
pub fn pair(members: &[i64], met: &PairSet, together: &PairSet, seed: u64) -> Round {
    let none = PairSet::new();
    let history = History { met, together, apart: &none };
    // Without exclusions every split is allowed.
    group(members, 2, &history, seed).unwrap_or_else(|_| Round {
        groups: Vec::new(),
        repeats: 0,
        co_attended: 0,
        exact: false,
    })
}

/// Splits `members` into groups of `size` (see [`sizes`]) for one round, following the
/// rules at the top of this module.
pub fn group(members: &[i64], size: usize, history: &History, seed: u64) -> Result<Round, ApartUnkept> {
    let mut rng = Rng::new(seed);
    let mut ids: Vec<i64> = members.to_vec();
    ids.sort_unstable();
    ids.dedup();
    rng.shuffle(&mut ids);
    let n = ids.len();
    let costs = Costs::of(&ids, history);
    let shape = if n >= 2 { sizes(n, size) } else { vec![n] };
    let mut exact = true;
    let groups_idx: Vec<Vec<usize>> = if n == 0 {
        Vec::new()
    } else if shape.len() == 1 {
        vec![(0..n).collect()]
    } else if size == 2 && !costs.any_apart {
        exact = n.is_multiple_of(2) || n <= blossom::EXACT_ODD_LIMIT;
        let mut g = blossom::pairs(n, &costs, &mut rng);
        search::improve(&mut g, &costs, &mut rng, exact);
        g
    } else if n <= exact::limit(size) {
        exact::split(&costs, &shape).ok_or(ApartUnkept)?
    } else {
        exact = false;
        let mut g = if size == 2 {
            blossom::pairs(n, &costs, &mut rng)
        } else {
            search::greedy(&costs, &shape, &mut rng)
        };
        search::improve(&mut g, &costs, &mut rng, false);
        g
    };
    if groups_idx.iter().any(|g| costs.group_cost(g) >= APART) {
        return Err(ApartUnkept);
    }
    let mut groups: Vec<Vec<i64>> = groups_idx.iter().map(|g| g.iter().map(|&i| ids[i]).collect()).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| (g.len(), g.first().copied()));
    let repeats = groups.iter().map(|g| count_in(g, history.met)).sum();
    let co_attended = groups.iter().map(|g| count_in(g, history.together)).sum();
    Ok(Round { groups, repeats, co_attended, exact })
}

/// The cost of two people sharing a group. The weights keep the rules in order: one
/// exclusion outweighs any number of repeats, one repeat any number of co-attendances
/// (as long as a round holds fewer than 2^21 pairs of each, some million members).
const APART: u64 = 1 << 42;
const REPEAT: u64 = 1 << 21;
const TOGETHER: u64 = 1;

/// A pair set over member indexes, as a bit matrix: pairing asks it millions of times
/// for a group of thousands, where a hash lookup per question took seconds.
struct Matrix {
    n: usize,
    bits: Vec<u64>,
}

impl Matrix {
    fn of(ids: &[i64], index: &HashMap<i64, usize>, set: &PairSet) -> (Matrix, bool) {
        let n = ids.len();
        let mut m = Matrix { n, bits: vec![0; (n * n).div_ceil(64)] };
        let mut any = false;
        for (a, b) in set {
            if let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) {
                m.set(i, j);
                m.set(j, i);
                any = true;
            }
        }
        (m, any)
    }

    fn set(&mut self, i: usize, j: usize) {
        let k = i * self.n + j;
        self.bits[k / 64] |= 1 << (k % 64);
    }

    fn has(&self, i: usize, j: usize) -> bool {
        let k = i * self.n + j;
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The history over member indexes (the shuffled order), and what two people sharing a
/// group costs.
struct Costs {
    n: usize,
    met: Matrix,
    together: Matrix,
    apart: Matrix,
    /// Whether any exclusion joins two members of this group.
    any_apart: bool,
}

impl Costs {
    fn of(ids: &[i64], h: &History) -> Costs {
        let index: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        let (met, _) = Matrix::of(ids, &index, h.met);
        let (together, _) = Matrix::of(ids, &index, h.together);
        let (apart, any_apart) = Matrix::of(ids, &index, h.apart);
        Costs { n: ids.len(), met, together, apart, any_apart }
    }

    /// What `i` and `j` sharing a group costs.
    fn pair(&self, i: usize, j: usize) -> u64 {
        let mut c = 0;
        if self.apart.has(i, j) {
            c += APART;
        }
        if self.met.has(i, j) {
            c += REPEAT;
        }
        if self.together.has(i, j) {
            c += TOGETHER;
        }
        c
    }

    /// What `x` sharing a group with `group` costs (`x` itself in it counts nothing).
    fn with(&self, x: usize, group: &[usize]) -> u64 {
        group.iter().filter(|&&y| y != x).map(|&y| self.pair(x, y)).sum()
    }

    fn group_cost(&self, group: &[usize]) -> u64 {
        let mut c = 0;
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                c += self.pair(a, b);
            }
        }
        c
    }
}

#[cfg(test)]
mod tests;
