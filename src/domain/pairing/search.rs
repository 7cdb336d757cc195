//! The heuristic for groups too large to split exactly, and the polish every split gets.
//!
//! [`greedy`] places the members one by one, in the seeded order, in the group where
//! they cost least. [`improve`] then descends: it looks at each member who costs
//! something where they are (an exclusion, a repeat, a co-attendance) and applies the
//! swap with another member, or the move to a group one smaller, that lowers the
//! round's cost most, until no member has one. Moves keep the sizes: a member leaving a
//! group of K+1 for a group of K swaps the two sizes. While repeats remain it kicks
//! (swaps a member who repeats with someone at random) and descends again, keeping the
//! best round seen. The round's cost never rises above what it was given, so a split
//! that was exact stays exact. On groups small enough to check (14 to 16 members, groups
//! of 3 to 5, histories from sparse to dense) it found the fewest repeats every time.
//!
//! The work is counted, not timed, so the same seed gives the same round on any machine:
//! a descent's look at one member costs about `n * K` steps, and the search stops at
//! [`BUDGET`] steps (past it, a descent only looks at repeats), which bounds the time on
//! any history to a few tenths of a second for thousands of members.

use super::{Costs, REPEAT, Rng};

/// Steps (a cost looked up for one pair of members) that [`improve`] may take before it
/// stops kicking and stops looking at members whose only cost is having attended a
/// session with someone: about a tenth of a second in a release build.
const BUDGET: u64 = 60_000_000;

/// Members `0..n` placed one by one in the cheapest group with room, groups of `sizes`.
pub(super) fn greedy(costs: &Costs, sizes: &[usize], rng: &mut Rng) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = sizes.iter().map(|&s| Vec::with_capacity(s)).collect();
    let mut order: Vec<usize> = (0..costs.n).collect();
    rng.shuffle(&mut order);
    let mut at: Vec<Option<usize>> = vec![None; costs.n];
    let mut cost_in = vec![0u64; groups.len()];
    for &x in &order {
        cost_in.iter_mut().for_each(|c| *c = 0);
        for (y, g) in at.iter().enumerate() {
            if let Some(g) = g {
                cost_in[*g] += costs.pair(x, y);
            }
        }
        let best = (0..groups.len())
            .filter(|&g| groups[g].len() < sizes[g])
            .min_by_key(|&g| (cost_in[g], groups[g].len()))
            .unwrap_or(0);
        groups[best].push(x);
        at[x] = Some(best);
    }
    groups
}

/// Swaps and moves members between groups while that lowers the round's cost; then,
/// unless the split already has the fewest repeats (`exact`), while repeats remain,
/// kicks: swaps a member who repeats with someone random, descends again, and keeps the
/// best round seen (an iterated local search), for at most [`KICKS`] kicks or the
/// [`BUDGET`]; last, the best round is polished for co-attendance.
pub(super) fn improve(groups: &mut Vec<Vec<usize>>, costs: &Costs, rng: &mut Rng, exact: bool) {
    let mut s = State::new(std::mem::take(groups), costs, 0);
    s.descend(rng, 1);
    if !exact && s.total() >= REPEAT {
        let mut best = (s.total() / REPEAT, s.groups.clone());
        for _ in 0..KICKS {
            if s.steps > BUDGET || best.0 == 0 {
                break;
            }
            let bad: Vec<usize> = (0..costs.n).filter(|&x| s.own[x] >= REPEAT).collect();
            if bad.is_empty() {
                break;
            }
            let x = bad[rng.below(bad.len())];
            let y = rng.below(costs.n);
            if s.at[x] == s.at[y] {
                continue;
            }
            s.swap(x, y);
            s.descend(rng, REPEAT);
            let now = s.total() / REPEAT;
            if now < best.0 {
                best = (now, s.groups.clone());
            } else if now > best.0 {
                s = State::new(best.1.clone(), costs, s.steps);
            }
        }
        s = State::new(best.1, costs, s.steps);
        s.descend(rng, 1);
    }
    *groups = s.groups;
}

/// At most this many kicks; each costs about one descent over the members who repeat.
const KICKS: usize = 5_000;

/// A split being improved, with each member's group and what they cost there.
struct State<'c> {
    costs: &'c Costs,
    groups: Vec<Vec<usize>>,
    at: Vec<usize>,
    /// What each member costs in their group.
    own: Vec<u64>,
    /// Work done so far, in pair costs looked up.
    steps: u64,
    /// Scratch: what the member being moved would cost in each group.
    cost_in: Vec<u64>,
}

impl<'c> State<'c> {
    fn new(groups: Vec<Vec<usize>>, costs: &'c Costs, steps: u64) -> State<'c> {
        let mut at = vec![0usize; costs.n];
        for (g, members) in groups.iter().enumerate() {
            for &x in members {
                at[x] = g;
            }
        }
        let own = (0..costs.n).map(|x| costs.with(x, &groups[at[x]])).collect();
        let cost_in = vec![0; groups.len()];
        State { costs, groups, at, own, steps: steps + costs.n as u64 * 8, cost_in }
    }

    /// The round's cost.
    fn total(&self) -> u64 {
        self.own.iter().sum::<u64>() / 2
    }

    /// Applies the best swap or move of each member who costs at least `floor`, until
    /// none lowers the cost (or 50 passes). Past the budget, only repeats are looked at.
    fn descend(&mut self, rng: &mut Rng, floor: u64) {
        for _pass in 0..50 {
            let mut order: Vec<usize> = (0..self.costs.n).filter(|&x| self.own[x] >= floor).collect();
            if order.is_empty() {
                break;
            }
            rng.shuffle(&mut order);
            let mut better = false;
            for x in order {
                if self.own[x] < floor || (self.steps > BUDGET && self.own[x] < REPEAT) {
                    continue;
                }
                if let Some((with, b)) = self.best_change(x) {
                    match with {
                        Some(y) => self.swap(x, y),
                        None => self.shift(x, b),
                    }
                    better = true;
                }
            }
            if !better {
                break;
            }
        }
    }

    /// The swap (with a member) or move (to a group one smaller) of `x` that lowers the
    /// cost most, if any.
    fn best_change(&mut self, x: usize) -> Option<(Option<usize>, usize)> {
        let (costs, n) = (self.costs, self.costs.n);
        let a = self.at[x];
        self.cost_in.iter_mut().for_each(|c| *c = 0);
        for y in 0..n {
            if y != x {
                self.cost_in[self.at[y]] += costs.pair(x, y);
            }
        }
        self.steps += n as u64 * (self.groups[a].len() as u64 + 1);
        let own_x = self.own[x];
        // (gain, the member to swap with or None for a move, the group).
        let mut best: Option<(u64, Option<usize>, usize)> = None;
        let mut consider = |gain: u64, with: Option<usize>, g: usize| {
            if gain > 0 && best.is_none_or(|b| gain > b.0) {
                best = Some((gain, with, g));
            }
        };
        for (b, members) in self.groups.iter().enumerate() {
            if b == a {
                continue;
            }
            if members.len() + 1 == self.groups[a].len() && own_x > self.cost_in[b] {
                consider(own_x - self.cost_in[b], None, b);
            }
            for &y in members {
                let w = costs.pair(x, y);
                let before = own_x + self.own[y];
                let after = (costs.with(y, &self.groups[a]) - w) + (self.cost_in[b] - w);
                if before > after {
                    consider(before - after, Some(y), b);
                }
            }
        }
        best.map(|(_, with, b)| (with, b))
    }

    /// Swaps `x` and `y` (in different groups).
    fn swap(&mut self, x: usize, y: usize) {
        let (a, b) = (self.at[x], self.at[y]);
        self.groups[a].retain(|&m| m != x);
        self.groups[b].retain(|&m| m != y);
        self.groups[a].push(y);
        self.groups[b].push(x);
        self.at[x] = b;
        self.at[y] = a;
        self.refresh(a, b);
    }

    /// Moves `x` to group `b`.
    fn shift(&mut self, x: usize, b: usize) {
        let a = self.at[x];
        self.groups[a].retain(|&m| m != x);
        self.groups[b].push(x);
        self.at[x] = b;
        self.refresh(a, b);
    }

    fn refresh(&mut self, a: usize, b: usize) {
        for g in [a, b] {
            for i in 0..self.groups[g].len() {
                let m = self.groups[g][i];
                self.own[m] = self.costs.with(m, &self.groups[g]);
            }
        }
    }
}
