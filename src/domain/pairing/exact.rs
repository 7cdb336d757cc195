//! The exact split for small groups: the cheapest way to split the members into groups of
//! the given sizes, found by trying, for the first member left, every group it could be
//! in, and remembering the cheapest split of each set of members left over (dynamic
//! programming over subsets). Groups holding two people kept apart are never tried, so
//! when no split keeps every exclusion there is none to return.
//!
//! The work grows with the number of sets of members left over, exponentially in the
//! group's size; [`limit`] keeps it small.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::{APART, Costs};

/// Up to how many members the exact split is used, by group size (for pairs, only when
/// two of them are kept apart: the matching is exact otherwise). The search visits every
/// set of members left over, whatever the history, so its time depends on the count and
/// the size alone. Each limit is the largest count for which the whole `cop pairs --size
/// K` process (release build, 2-core machine) stayed under about 50 ms; one member more
/// took 80 to 150 ms, and the time roughly doubles with each member after that
/// (README, Pairing).
pub(super) fn limit(size: usize) -> usize {
    match size {
        2 => 20,
        3 => 18,
        4..=6 => 16,
        7 => 17,
        _ => 18,
    }
}

/// The cheapest split of members `0..n` into groups of `sizes` (which differ by at most
/// one), or `None` when every split puts two people kept apart together.
pub(super) fn split(costs: &Costs, sizes: &[usize]) -> Option<Vec<Vec<usize>>> {
    let n = costs.n;
    if n == 0 || n > 32 {
        return None;
    }
    let small = *sizes.iter().min()?;
    let bigs = sizes.iter().filter(|&&s| s > small).count();
    let mut w = vec![0u64; n * n];
    for i in 0..n {
        for j in 0..n {
            if i != j {
                w[i * n + j] = costs.pair(i, j);
            }
        }
    }
    let mut dp = Dp { n, w, small, memo: HashMap::default() };
    let full = (1u64 << n) - 1;
    let cost = dp.best(full, bigs);
    if cost >= APART {
        return None;
    }
    let mut groups = Vec::new();
    let (mut rest, mut left) = (full, bigs);
    while rest != 0 {
        let &(_, chosen, next) = dp.memo.get(&state(rest, left))?;
        groups.push((0..n).filter(|&i| chosen & (1 << i) != 0).collect());
        rest &= !chosen;
        left = next;
    }
    Some(groups)
}

struct Dp {
    n: usize,
    /// `w[i * n + j]`: what `i` and `j` sharing a group costs.
    w: Vec<u64>,
    /// The smaller group size; the larger is one more.
    small: usize,
    /// For a set of members left and a count of larger groups still to make: the cost
    /// of their cheapest split, the group the first of them is in, and the larger groups
    /// left after it.
    memo: HashMap<u64, (u64, u64, usize), BuildHasherDefault<MaskHasher>>,
}

/// The memo's key: the set of members left (at most 32 of them) and the larger groups
/// still to make, in one number.
fn state(rest: u64, bigs: usize) -> u64 {
    rest | ((bigs as u64) << 40)
}

/// A multiply-and-shift hash for the memo's keys: SipHash, the default, was most of the
/// search's time, and no key comes from outside.
#[derive(Default)]
struct MaskHasher(u64);

impl Hasher for MaskHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, x: u64) {
        let h = (self.0 ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

impl Dp {
    /// The cost of the cheapest split of `rest` with `bigs` larger groups; at least
    /// [`APART`] when none keeps the exclusions.
    fn best(&mut self, rest: u64, bigs: usize) -> u64 {
        if rest == 0 {
            return 0;
        }
        if let Some(&(c, _, _)) = self.memo.get(&state(rest, bigs)) {
            return c;
        }
        let left = rest.count_ones() as usize;
        let mut options = Vec::new();
        if bigs > 0 {
            options.push((self.small + 1, bigs - 1));
        }
        if left >= bigs * (self.small + 1) + self.small {
            options.push((self.small, bigs));
        }
        let first = rest.trailing_zeros() as usize;
        let others: Vec<usize> = (first + 1..self.n).filter(|&i| rest & (1 << i) != 0).collect();
        let mut best = (u64::MAX, 0, 0);
        for (size, next) in options {
            let mut candidates = Vec::new();
            self.groups_with(first, &others, size - 1, &mut candidates);
            for (mask, cost) in candidates {
                let total = cost.saturating_add(self.best(rest & !mask, next));
                if total < best.0 {
                    best = (total, mask, next);
                }
            }
        }
        self.memo.insert(state(rest, bigs), best);
        best.0
    }

    /// Every group of `first` and `need` of `others` that keeps the exclusions, with
    /// its cost.
    fn groups_with(&self, first: usize, others: &[usize], need: usize, out: &mut Vec<(u64, u64)>) {
        let mut chosen = vec![first];
        self.extend(&mut chosen, others, 0, need, 0, out);
    }

    fn extend(
        &self,
        chosen: &mut Vec<usize>,
        others: &[usize],
        from: usize,
        need: usize,
        cost: u64,
        out: &mut Vec<(u64, u64)>,
    ) {
        if need == 0 {
            out.push((chosen.iter().fold(0, |m, &i| m | (1 << i)), cost));
            return;
        }
        for at in from..others.len() {
            if others.len() - at < need {
                break;
            }
            let x = others[at];
            let added: u64 = chosen.iter().map(|&y| self.w[x * self.n + y]).sum();
            if added >= APART {
                continue;
            }
            chosen.push(x);
            self.extend(chosen, others, at + 1, need - 1, cost + added, out);
            chosen.pop();
        }
    }
}
