//! Pairs by maximum matching: for an even group, the fewest repeats is `n/2 - ν(G)` where
//! `G` is the "never met" graph and `ν` its maximum matching, found exactly with Edmonds'
//! blossom algorithm. For an odd group, every possible trio is bounded from below and
//! the most promising are checked exactly (the trio's own repeats plus the matching of
//! the rest). Two people kept apart are never an edge of `G`, so the matching never
//! pairs them; the caller repairs what the leftover pairs break.

use std::collections::VecDeque;

use super::{Costs, Rng};

/// Splits members `0..n` (n >= 4) into pairs, and one trio when `n` is odd.
pub(super) fn pairs(n: usize, costs: &Costs, rng: &mut Rng) -> Vec<Vec<usize>> {
    let adj = fresh_graph(n, costs, rng);
    let met_at = |i: usize, j: usize| costs.met.has(i, j);
    if n.is_multiple_of(2) {
        complete(&edmonds(&adj, &vec![false; n]), &[])
    } else {
        odd_round(&adj, n, &met_at)
    }
}

/// The "never met" graph over member indexes (without pairs kept apart); neighbours who
/// never attended together come first, so the matching tends to take them.
fn fresh_graph(n: usize, costs: &Costs, rng: &mut Rng) -> Vec<Vec<usize>> {
    (0..n)
        .map(|i| {
            let mut nb: Vec<usize> =
                (0..n).filter(|&j| j != i && !costs.met.has(i, j) && !costs.apart.has(i, j)).collect();
            rng.shuffle(&mut nb);
            nb.sort_by_key(|&j| costs.together.has(i, j));
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
pub(super) const EXACT_ODD_LIMIT: usize = 31;

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
pub(super) fn edmonds(adj: &[Vec<usize>], removed: &[bool]) -> Vec<Option<usize>> {
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
