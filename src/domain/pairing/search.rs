//! The heuristic for groups too large to split exactly, and the polish every split gets.
//!
//! [`greedy`] places the members one by one, in the seeded order, in the group where
//! they cost least. [`improve`] then looks at each member who costs something where
//! they are (an exclusion, a repeat, a co-attendance) and applies the swap with another
//! member, or the move to a group one smaller, that lowers the round's cost most, until
//! no member has one. Moves keep the sizes: a member leaving a group of K+1 for a group
//! of K swaps the two sizes. The round's cost never rises, so a split that was exact
//! stays exact.
//!
//! The work is counted, not timed, so the same seed gives the same round on any machine:
//! each pass looks at every costly member (about `n * K` steps each), and the passes
//! stop at [`BUDGET`] steps, past which a pass only removes co-attendances.

use super::{Costs, REPEAT, Rng};

/// Steps (a cost looked up for one pair of members) that [`improve`] may take before it
/// stops looking at members whose only cost is having attended a session with someone:
/// about a tenth of a second in a release build.
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

/// Swaps and moves members between groups while that lowers the round's cost.
pub(super) fn improve(groups: &mut [Vec<usize>], costs: &Costs, rng: &mut Rng) {
    let n = costs.n;
    let mut at = vec![0usize; n];
    for (g, members) in groups.iter().enumerate() {
        for &x in members {
            at[x] = g;
        }
    }
    let mut own: Vec<u64> = (0..n).map(|x| costs.with(x, &groups[at[x]])).collect();
    let mut steps: u64 = 0;
    let mut cost_in = vec![0u64; groups.len()];
    for _pass in 0..50 {
        let mut order: Vec<usize> = (0..n).filter(|&x| own[x] > 0).collect();
        if order.is_empty() {
            break;
        }
        rng.shuffle(&mut order);
        let mut better = false;
        for x in order {
            // Past the budget, only exclusions and repeats are worth the time.
            if own[x] == 0 || (steps > BUDGET && own[x] < REPEAT) {
                continue;
            }
            let a = at[x];
            cost_in.iter_mut().for_each(|c| *c = 0);
            for y in 0..n {
                if y != x {
                    cost_in[at[y]] += costs.pair(x, y);
                }
            }
            steps += n as u64 * (groups[a].len() as u64 + 1);
            // (gain, the member to swap with or None for a move, the group).
            let mut best: Option<(u64, Option<usize>, usize)> = None;
            let mut consider = |gain: u64, with: Option<usize>, g: usize| {
                if gain > 0 && best.is_none_or(|b| gain > b.0) {
                    best = Some((gain, with, g));
                }
            };
            for (b, members) in groups.iter().enumerate() {
                if b == a {
                    continue;
                }
                if members.len() + 1 == groups[a].len() && own[x] > cost_in[b] {
                    consider(own[x] - cost_in[b], None, b);
                }
                for &y in members {
                    let w = costs.pair(x, y);
                    let before = own[x] + own[y];
                    let after = (costs.with(y, &groups[a]) - w) + (cost_in[b] - w);
                    if before > after {
                        consider(before - after, Some(y), b);
                    }
                }
            }
            let Some((_, with, b)) = best else { continue };
            groups[a].retain(|&m| m != x);
            groups[b].push(x);
            at[x] = b;
            if let Some(y) = with {
                groups[b].retain(|&m| m != y);
                groups[a].push(y);
                at[y] = a;
            }
            for &m in groups[a].iter().chain(groups[b].iter()) {
                own[m] = costs.with(m, &groups[at[m]]);
            }
            better = true;
        }
        if !better {
            break;
        }
    }
}
