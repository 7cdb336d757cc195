mod common;

use std::collections::HashSet;

use common::Env;
use serde_json::Value;

fn groups(v: &Value) -> Vec<Vec<i64>> {
    v["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_array().unwrap().iter().map(|m| m.as_i64().unwrap()).collect())
        .collect()
}

fn pairs_of(groups: &[Vec<i64>]) -> HashSet<(i64, i64)> {
    let mut out = HashSet::new();
    for g in groups {
        for (i, a) in g.iter().enumerate() {
            for b in &g[i + 1..] {
                out.insert((*a.min(b), *a.max(b)));
            }
        }
    }
    out
}

#[test]
fn pairs_everyone_and_an_odd_member_makes_one_trio() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di", "Ed"] {
        env.member(n, &[]);
    }
    env.member("Old", &[]);
    env.ok(&["members", "archive", "old"]);
    let r = env.json(&["pairs", "--seed", "7"]);
    let g = groups(&r);
    let mut all: Vec<i64> = g.iter().flatten().copied().collect();
    all.sort_unstable();
    assert_eq!(all, [1, 2, 3, 4, 5], "archived members are not paired");
    assert_eq!(g.iter().filter(|g| g.len() == 3).count(), 1);
    assert_eq!(r["repeats"], 0);
    assert_eq!(r["seed"], 7);
    assert!(r["round_id"].is_null());
    // The same seed gives the same round; nothing was recorded.
    assert_eq!(env.json(&["pairs", "--seed", "7"]), r);
    assert_eq!(env.json(&["pairs", "history"]), serde_json::json!([]));
}

#[test]
fn recorded_rounds_are_avoided_until_no_fresh_round_is_left() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di"] {
        env.member(n, &[]);
    }
    let mut seen = HashSet::new();
    // Four people have exactly three repeat-free rounds.
    for seed in 1..=3 {
        let r = env.json(&["pairs", "--record", "--seed", &seed.to_string()]);
        assert_eq!(r["repeats"], 0, "round {seed}: {r}");
        assert_eq!(r["round_id"], seed);
        for p in pairs_of(&groups(&r)) {
            assert!(seen.insert(p), "{p:?} met twice");
        }
    }
    let r = env.json(&["pairs", "--seed", "9"]);
    assert_eq!(r["repeats"], 2);
    let history = env.json(&["pairs", "history"]);
    assert_eq!(history.as_array().unwrap().len(), 3);
    assert_eq!(history[0]["id"], 3);
    assert_eq!(history[0]["seed"], 3);
    assert_eq!(history[0]["groups"].as_array().unwrap().len(), 2);
}

#[test]
fn filters_and_session_attendees_choose_the_group() {
    let env = Env::new();
    env.member("Ana", &["--interest", "maps", "--region", "north"]);
    env.member("Bo", &["--interest", "maps", "--region", "south"]);
    env.member("Cy", &["--interest", "maps", "--region", "north"]);
    env.member("Di", &["--region", "north"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        let mut all: Vec<i64> = groups(&env.json(args)).into_iter().flatten().collect();
        all.sort_unstable();
        all
    };
    assert_eq!(ids(&["pairs", "--interest", "maps"]), [1, 2, 3]);
    assert_eq!(ids(&["pairs", "--region", "north"]), [1, 3, 4]);
    env.ok(&["sessions", "add", "--title", "T", "--at", "2026-11-20 12:00"]);
    env.ok(&["sessions", "attend", "1", "ana", "bo"]);
    assert_eq!(ids(&["pairs", "--session", "1", "--record"]), [1, 2]);
    assert_eq!(env.json(&["pairs", "history"])[0]["session_id"], 1);
    let table = env.ok(&["pairs", "--seed", "1"]);
    assert!(table.contains("Ana (1)"), "{table}");
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.ok(&["sessions", "add", "--title", "T", "--at", "fri 12:00"]);
    let before = env.snapshot();
    let err = env.fails(2, &["pairs", "--record"]);
    assert!(err.contains("at least 2 members are needed to pair, found 1"), "{err}");
    env.fails(3, &["pairs", "--session", "99", "--record"]);
    env.fails(2, &["pairs", "--seed", "abc"]);
    assert_eq!(env.snapshot(), before);
}
