//! Peer-support pairing: split a group into pairs (and one trio when the count is odd)
//! so that people who have never been partners meet.
//!
//! Rules, in order: repeat as few earlier pairs as possible (zero whenever a repeat-free
//! round exists); then prefer pairs who have never attended a session together; the
//! seed breaks the remaining ties, so a seed gives the same round every time.
//!
//! For an even group, the fewest repeats is `n/2 - ν(G)` where `G` is the "never met"
//! graph and `ν` its maximum matching, found exactly with Edmonds' blossom algorithm.
//! For an odd group, every possible trio is bounded from below and the most promising
//! are checked exactly (the trio's own repeats plus the matching of the rest).

use std::collections::{HashMap, HashSet, VecDeque};

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

/// One round: groups of member ids (pairs, and one trio for an odd group).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    pub groups: Vec<Vec<i64>>,
    /// Pairs inside groups who were partners in an earlier round.
    pub repeats: usize,
    /// Pairs inside groups who attended a session together.
    pub co_attended: usize,
}

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

/// Pairs `members` for one round. `met` holds earlier partners, `together` those who
/// attended a session together.
pub fn pair(members: &[i64], met: &PairSet, together: &PairSet, seed: u64) -> Round {
    let mut rng = Rng::new(seed);
    let mut ids: Vec<i64> = members.to_vec();
    ids.sort_unstable();
    ids.dedup();
    rng.shuffle(&mut ids);
    let n = ids.len();
    let met_m = Matrix::of(&ids, met);
    let together_m = Matrix::of(&ids, together);
    let mut groups_idx: Vec<Vec<usize>> = if n < 2 {
        if n == 1 { vec![vec![0]] } else { Vec::new() }
    } else if n == 3 {
        vec![vec![0, 1, 2]]
    } else {
        let met_at = |i: usize, j: usize| met_m.has(i, j);
        let adj = fresh_graph(n, &met_m, &together_m, &mut rng);
        if n.is_multiple_of(2) {
            complete(&edmonds(&adj, &vec![false; n]), &[])
        } else {
            odd_round(&adj, n, &met_at)
        }
    };
    improve(&mut groups_idx, &met_m, &together_m);
    let mut groups: Vec<Vec<i64>> = groups_idx.iter().map(|g| g.iter().map(|&i| ids[i]).collect()).collect();
    for g in &mut groups {
        g.sort_unstable();
    }
    groups.sort_by_key(|g| (g.len(), g.first().copied()));
    let repeats = groups.iter().map(|g| count_in(g, met)).sum();
    let co_attended = groups.iter().map(|g| count_in(g, together)).sum();
    Round { groups, repeats, co_attended }
}

/// A pair set over member indexes, as a bit matrix: pairing asks it millions of times
/// for a group of thousands, where a hash lookup per question took seconds.
struct Matrix {
    n: usize,
    bits: Vec<u64>,
}

impl Matrix {
    fn of(ids: &[i64], set: &PairSet) -> Matrix {
        let n = ids.len();
        let mut m = Matrix { n, bits: vec![0; (n * n).div_ceil(64)] };
        let index: HashMap<i64, usize> = ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        for (a, b) in set {
            if let (Some(&i), Some(&j)) = (index.get(a), index.get(b)) {
                m.set(i, j);
                m.set(j, i);
            }
        }
        m
    }

    fn set(&mut self, i: usize, j: usize) {
        let k = i * self.n + j;
        self.bits[k / 64] |= 1 << (k % 64);
    }

    fn has(&self, i: usize, j: usize) -> bool {
        let k = i * self.n + j;
        self.bits[k / 64] & (1 << (k % 64)) != 0
    }

    /// Counts the pairs inside a group of indexes that are in the set.
    fn count_in(&self, group: &[usize]) -> usize {
        let mut n = 0;
        for (i, &a) in group.iter().enumerate() {
            for &b in &group[i + 1..] {
                n += usize::from(self.has(a, b));
            }
        }
        n
    }
}

/// The "never met" graph over member indexes; neighbours who never attended together
/// come first, so the matching tends to take them.
fn fresh_graph(n: usize, met: &Matrix, together: &Matrix, rng: &mut Rng) -> Vec<Vec<usize>> {
    (0..n)
        .map(|i| {
            let mut nb: Vec<usize> = (0..n).filter(|&j| j != i && !met.has(i, j)).collect();
            rng.shuffle(&mut nb);
            nb.sort_by_key(|&j| together.has(i, j));
            nb
        })
        .collect()
}

/// Turns a matching into groups: matched pairs, then the unmatched (not removed) in order,
/// two by two, then `extra` as its own group.
fn complete(mate: &[Option<usize>], removed: &[usize]) -> Vec<Vec<usize>> {
    let mut groups = Vec::new();
    let mut loose = Vec::new();
    for (v, m) in mate.iter().enumerate() {
        if removed.contains(&v) {
            continue;
        }
        match m {
            Some(u) if v < *u => groups.push(vec![v, *u]),
            Some(_) => {}
            None => loose.push(v),
        }
    }
    for chunk in loose.chunks(2) {
        groups.push(chunk.to_vec());
    }
    groups
}

/// Above this many members the odd case is not searched trio by trio: there are n^3/6
/// trios, each checked with a matching of its own, which takes minutes and gigabytes for
/// a whole community of thousands.
const EXACT_ODD_LIMIT: usize = 31;

/// The odd case: choose the trio whose own repeats plus the repeats forced on the rest
/// are fewest. Lower bounds order the trios; each is checked exactly until none can win.
fn odd_round(adj: &[Vec<usize>], n: usize, met_at: &impl Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
    if n > EXACT_ODD_LIMIT {
        return odd_round_large(adj, n, met_at);
    }
    let half = (n - 3) / 2;
    // ν(G - x) for each x bounds ν(G - trio) from above.
    let without: Vec<usize> = (0..n)
        .map(|x| {
            let mut removed = vec![false; n];
            removed[x] = true;
            edmonds(adj, &removed).iter().filter(|m| m.is_some()).count() / 2
        })
        .collect();
    let mut trios = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            for c in b + 1..n {
                let own = usize::from(met_at(a, b)) + usize::from(met_at(a, c)) + usize::from(met_at(b, c));
                let best_rest = without[a].min(without[b]).min(without[c]).min(half);
                trios.push((own + half - best_rest, own, [a, b, c]));
            }
        }
    }
    trios.sort_by_key(|t| (t.0, t.1));
    // Work budget for very large groups: each check costs about n^3.
    let budget = (300_000_000 / (n * n * n).max(1)).max(64);
    let mut best: Option<(usize, Vec<Vec<usize>>)> = None;
    for (checked, (bound, own, trio)) in trios.into_iter().enumerate() {
        if best.as_ref().is_some_and(|(cost, _)| *cost <= bound) || (checked >= budget && best.is_some()) {
            break;
        }
        let mut removed = vec![false; n];
        for &t in &trio {
            removed[t] = true;
        }
        let mate = edmonds(adj, &removed);
        let matched = mate.iter().filter(|m| m.is_some()).count() / 2;
        let cost = own + half - matched;
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            let mut groups = complete(&mate, &trio);
            groups.push(trio.to_vec());
            best = Some((cost, groups));
        }
    }
    best.map(|b| b.1).unwrap_or_default()
}

/// The odd case for a large group: one maximum matching of the "never met" graph, then the
/// member it leaves out joins the pair where that adds the fewest repeats. In a large
/// group with a sparse history this finds a repeat-free round whenever the matching
/// leaves a single member out, which is when one exists in practice.
fn odd_round_large(adj: &[Vec<usize>], n: usize, met_at: &impl Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
    let mate = edmonds(adj, &vec![false; n]);
    let Some(extra) = (0..n).find(|&v| mate[v].is_none()) else {
        // An odd group always leaves someone unmatched; nothing to do otherwise.
        return complete(&mate, &[]);
    };
    let mut groups = complete(&mate, &[extra]);
    let cost = |g: &[usize]| -> usize {
        let mut c = 0;
        for (i, &a) in g.iter().enumerate() {
            c += usize::from(met_at(a, extra));
            for &b in &g[i + 1..] {
                c += usize::from(met_at(a, b));
            }
        }
        c
    };
    if let Some(best) = (0..groups.len()).filter(|&i| groups[i].len() == 2).min_by_key(|&i| cost(&groups[i]))
    {
        groups[best].push(extra);
    } else {
        groups.push(vec![extra]);
    }
    groups
}

/// Edmonds' blossom algorithm: a maximum matching of the graph without `removed` vertices.
pub fn edmonds(adj: &[Vec<usize>], removed: &[bool]) -> Vec<Option<usize>> {
    let n = adj.len();
    let mut mate: Vec<Option<usize>> = vec![None; n];
    // A greedy start saves most augmentations.
    for v in 0..n {
        if removed[v] || mate[v].is_some() {
            continue;
        }
        if let Some(&u) = adj[v].iter().find(|&&u| !removed[u] && mate[u].is_none()) {
            mate[v] = Some(u);
            mate[u] = Some(v);
        }
    }
    for root in 0..n {
        if removed[root] || mate[root].is_some() {
            continue;
        }
        if let Some(end) = augmenting_path(adj, removed, &mate, root) {
            let mut v = Some(end.0);
            let parent = end.1;
            while let Some(x) = v {
                let Some(px) = parent[x] else { break };
                let next = mate[px];
                mate[x] = Some(px);
                mate[px] = Some(x);
                v = next;
            }
        }
    }
    mate
}

type Path = (usize, Vec<Option<usize>>);

/// Searches an augmenting path from `root`, contracting blossoms; returns its free end
/// and the parent links to walk back along.
fn augmenting_path(
    adj: &[Vec<usize>],
    removed: &[bool],
    mate: &[Option<usize>],
    root: usize,
) -> Option<Path> {
    let n = adj.len();
    let mut used = vec![false; n];
    let mut parent: Vec<Option<usize>> = vec![None; n];
    let mut base: Vec<usize> = (0..n).collect();
    used[root] = true;
    let mut queue = VecDeque::from([root]);
    while let Some(v) = queue.pop_front() {
        for &to in &adj[v] {
            if removed[to] || base[v] == base[to] || mate[v] == Some(to) {
                continue;
            }
            if to == root || mate[to].is_some_and(|m| parent[m].is_some()) {
                let current = lca(&base, mate, &parent, v, to);
                let mut blossom = vec![false; n];
                mark_path(&base, mate, &mut parent, &mut blossom, v, current, to);
                mark_path(&base, mate, &mut parent, &mut blossom, to, current, v);
                for i in 0..n {
                    if blossom[base[i]] {
                        base[i] = current;
                        if !used[i] {
                            used[i] = true;
                            queue.push_back(i);
                        }
                    }
                }
            } else if parent[to].is_none() {
                parent[to] = Some(v);
                match mate[to] {
                    None => return Some((to, parent)),
                    Some(m) => {
                        used[m] = true;
                        queue.push_back(m);
                    }
                }
            }
        }
    }
    None
}

fn lca(base: &[usize], mate: &[Option<usize>], parent: &[Option<usize>], a: usize, b: usize) -> usize {
    let mut seen = vec![false; base.len()];
    let mut a = a;
    loop {
        a = base[a];
        seen[a] = true;
        match mate[a].and_then(|m| parent[m]) {
            Some(next) => a = next,
            None => break,
        }
    }
    let mut b = b;
    loop {
        b = base[b];
        if seen[b] {
            return b;
        }
        match mate[b].and_then(|m| parent[m]) {
            Some(next) => b = next,
            None => return b,
        }
    }
}

fn mark_path(
    base: &[usize],
    mate: &[Option<usize>],
    parent: &mut [Option<usize>],
    blossom: &mut [bool],
    mut v: usize,
    b: usize,
    mut child: usize,
) {
    while base[v] != b {
        let Some(m) = mate[v] else { return };
        blossom[base[v]] = true;
        blossom[base[m]] = true;
        parent[v] = Some(child);
        child = m;
        match parent[m] {
            Some(p) => v = p,
            None => return,
        }
    }
}

/// Swaps members between groups while that lowers (repeats, co-attended pairs).
fn improve(groups: &mut [Vec<usize>], met: &Matrix, together: &Matrix) {
    let cost = |g: &[usize]| (met.count_in(g), together.count_in(g));
    for _ in 0..50 {
        let mut better = false;
        for i in 0..groups.len() {
            for j in i + 1..groups.len() {
                for x in 0..groups[i].len() {
                    for y in 0..groups[j].len() {
                        let (a, b) = (cost(&groups[i]), cost(&groups[j]));
                        let before = (a.0 + b.0, a.1 + b.1);
                        let (gi, gj) = (groups[i][x], groups[j][y]);
                        groups[i][x] = gj;
                        groups[j][y] = gi;
                        let (a, b) = (cost(&groups[i]), cost(&groups[j]));
                        if (a.0 + b.0, a.1 + b.1) < before {
                            better = true;
                        } else {
                            groups[i][x] = gi;
                            groups[j][y] = gj;
                        }
                    }
                }
            }
        }
        if !better {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn set(pairs: &[(i64, i64)]) -> PairSet {
        pairs.iter().map(|&(a, b)| key(a, b)).collect()
    }

    /// Every way to split `ids` into pairs plus one trio when odd: the fewest repeats.
    fn brute_min(ids: &[i64], met: &PairSet) -> usize {
        fn go(rest: &[i64], met: &PairSet, trio_left: bool) -> Option<usize> {
            if rest.is_empty() {
                return Some(0);
            }
            let a = rest[0];
            let mut best: Option<usize> = None;
            for i in 1..rest.len() {
                let b = rest[i];
                let without: Vec<i64> = rest.iter().copied().filter(|&x| x != a && x != b).collect();
                if let Some(sub) = go(&without, met, trio_left) {
                    let c = sub + usize::from(met.contains(&key(a, b)));
                    best = Some(best.map_or(c, |x: usize| x.min(c)));
                }
                if trio_left {
                    for &c in &rest[i + 1..] {
                        let w: Vec<i64> = without.iter().copied().filter(|&x| x != c).collect();
                        if let Some(sub) = go(&w, met, false) {
                            let cost = sub + count_in(&[a, b, c], met);
                            best = Some(best.map_or(cost, |x: usize| x.min(cost)));
                        }
                    }
                }
            }
            best
        }
        go(ids, met, ids.len() % 2 == 1).unwrap_or(usize::MAX)
    }

    fn check_shape(ids: &[i64], r: &Round) {
        let mut all: Vec<i64> = r.groups.iter().flatten().copied().collect();
        all.sort_unstable();
        assert_eq!(all, ids);
        let trios = r.groups.iter().filter(|g| g.len() == 3).count();
        assert_eq!(trios, ids.len() % 2);
        assert!(r.groups.iter().all(|g| g.len() == 2 || g.len() == 3));
    }

    #[test]
    fn a_greedy_pass_would_get_stuck_but_the_matching_does_not() {
        // Fresh pairs form a path 1-2-3-4: taking 2-3 first would force 1-4, a repeat.
        let ids = [1, 2, 3, 4];
        let met = set(&[(1, 3), (1, 4), (2, 4)]);
        for seed in 0..20 {
            let r = pair(&ids, &met, &PairSet::new(), seed);
            assert_eq!(r.repeats, 0, "{r:?}");
            assert_eq!(r.groups, vec![vec![1, 2], vec![3, 4]]);
        }
    }

    #[test]
    fn a_large_odd_group_is_paired_quickly_with_one_trio_and_no_repeats() {
        let ids: Vec<i64> = (1..=501).collect();
        // Everyone has already met their two neighbours by number.
        let met = set(&ids.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>());
        let r = pair(&ids, &met, &PairSet::default(), 7);
        check_shape(&ids, &r);
        assert_eq!(r.groups.iter().filter(|g| g.len() == 3).count(), 1);
        assert_eq!(r.repeats, 0);
    }

    #[test]
    fn an_odd_group_makes_one_trio() {
        let r = pair(&[1, 2, 3, 4, 5], &PairSet::new(), &PairSet::new(), 7);
        check_shape(&[1, 2, 3, 4, 5], &r);
        assert_eq!(r.repeats, 0);
    }

    #[test]
    fn the_same_seed_gives_the_same_round() {
        let ids: Vec<i64> = (1..=11).collect();
        let met = set(&[(1, 2), (3, 4), (5, 6)]);
        assert_eq!(pair(&ids, &met, &PairSet::new(), 42), pair(&ids, &met, &PairSet::new(), 42));
    }

    #[test]
    fn people_who_attended_together_are_split_when_it_costs_no_repeat() {
        let together = set(&[(1, 2), (3, 4)]);
        let r = pair(&[1, 2, 3, 4], &PairSet::new(), &together, 1);
        assert_eq!(r.co_attended, 0, "{r:?}");
    }

    fn history() -> impl Strategy<Value = (Vec<i64>, PairSet, u64)> {
        (2usize..=12).prop_flat_map(|n| {
            let ids: Vec<i64> = (1..=n as i64).collect();
            let all: Vec<(i64, i64)> =
                ids.iter().flat_map(|&a| ids.iter().filter(move |&&b| b > a).map(move |&b| (a, b))).collect();
            (Just(ids), proptest::sample::subsequence(all.clone(), 0..=all.len()), any::<u64>())
                .prop_map(|(ids, met, seed)| (ids, met.into_iter().collect(), seed))
        })
    }

    proptest! {
            #![proptest_config(ProptestConfig::with_cases(160))]
            #[test]
            fn pairing_repeats_no_more_than_brute_force_finds((ids, met, seed) in history()) {
                let r = pair(&ids, &met, &PairSet::new(), seed);
                check_shape(&ids, &r);
                let best = brute_min(&ids, &met);
                // In particular: a repeat-free round is found whenever one exists.
                prop_assert_eq!(r.repeats, best, "{:?}", r);
            }

            #[test]
            fn odd_groups_past_the_exact_limit_keep_everyone_once((n, seed, density) in (EXACT_ODD_LIMIT..60usize, any::<u64>(), 0u64..4)) {
                let n = n | 1;
                let ids: Vec<i64> = (1..=n as i64).collect();
                let mut rng = super::Rng::new(seed);
                let mut pairs = Vec::new();
                for a in &ids {
                    for b in &ids {
                        if a < b && rng.below(10) < density as usize {
                            pairs.push((*a, *b));
                        }
                    }
                }
                let met = set(&pairs);
                let r = pair(&ids, &met, &PairSet::default(), seed);
                check_shape(&ids, &r);
                prop_assert_eq!(r.groups.iter().filter(|g| g.len() == 3).count(), 1);
            }
    }
}
