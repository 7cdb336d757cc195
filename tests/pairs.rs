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

/// Runs cop at the moment `now` (rounds recorded at different times keep their order).
fn at(env: &Env, now: &str, args: &[&str]) -> String {
    let out = env.cop().env("COP_NOW", now).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stderr).unwrap()
}

/// The moment of day `d` of December 2026, for rounds a day apart.
fn day(d: u32) -> String {
    format!("2026-12-{d:02}T10:00:00-06:00")
}

fn sizes(groups: &[Vec<i64>]) -> Vec<usize> {
    let mut s: Vec<usize> = groups.iter().map(Vec::len).collect();
    s.sort_unstable_by(|a, b| b.cmp(a));
    s
}

#[test]
fn nine_members_in_trios_meet_everyone_in_four_rounds_and_the_fifth_repeats_every_pair() {
    let env = Env::new();
    for i in 1..=9 {
        env.member(&format!("M{i}"), &[]);
    }
    let mut seen = HashSet::new();
    for round in 1..=4 {
        let r = env.json(&["pairs", "--size", "3", "--record", "--seed", &round.to_string()]);
        assert_eq!(r["size"], 3);
        assert_eq!(sizes(&groups(&r)), [3, 3, 3]);
        assert_eq!(r["repeats"], 0, "round {round}: {r}");
        for p in pairs_of(&groups(&r)) {
            assert!(seen.insert(p), "{p:?} met twice");
        }
    }
    assert_eq!(seen.len(), 36, "everyone met everyone");
    let out = env.cop().args(["pairs", "--size", "3", "--json"]).output().unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["repeats"], 9);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no round of this group avoids them all"));
}

#[test]
fn groups_are_as_even_as_the_numbers_allow() {
    let env = Env::new();
    for i in 1..=10 {
        env.member(&format!("M{i}"), &[]);
    }
    for (k, want) in [("2", vec![2, 2, 2, 2, 2]), ("4", vec![4, 3, 3]), ("5", vec![5, 5]), ("8", vec![10])] {
        let r = env.json(&["pairs", "--size", k, "--seed", "3"]);
        let g = groups(&r);
        assert_eq!(sizes(&g), want, "--size {k}");
        let mut all: Vec<i64> = g.into_iter().flatten().collect();
        all.sort_unstable();
        assert_eq!(all, (1..=10).collect::<Vec<i64>>());
    }
    // A table names every member of a group.
    let table = env.ok(&["pairs", "--size", "5", "--seed", "3"]);
    assert_eq!(table.matches(" & ").count(), 8, "{table}");
}

#[test]
fn a_size_outside_two_to_eight_is_refused_and_changes_nothing() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy"] {
        env.member(n, &[]);
    }
    let before = env.snapshot();
    for bad in ["1", "9", "0", "-2", "four"] {
        let err = env.fails(2, &["pairs", &format!("--size={bad}"), "--record"]);
        assert!(err.contains("--size"), "{bad}: {err}");
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn met_and_missed_are_recorded_per_member_and_history_shows_the_rate() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di", "Ed", "Fay"] {
        env.member(n, &[]);
    }
    let r = env.json(&["pairs", "--record", "--seed", "1"]);
    let g = groups(&r);
    let (first, second) = (&g[0], &g[1]);
    let id = |m: i64| m.to_string();
    env.ok(&["pairs", "met", "1", &id(first[0])]);
    let out = env.cop().args(["pairs", "missed", "1", &id(second[0]), &id(second[1])]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 of 2 groups met (50%)"));
    let h = env.json(&["pairs", "history"]);
    assert_eq!(h[0]["met"], serde_json::json!([first[0]]));
    let mut missed = vec![second[0], second[1]];
    missed.sort_unstable();
    assert_eq!(h[0]["missed"], serde_json::json!(missed));
    assert_eq!((h[0]["groups_met"].as_i64(), h[0]["groups_missed"].as_i64()), (Some(1), Some(1)));
    assert_eq!(h[0]["met_rate"], 0.5);
    // A correction replaces what was recorded.
    env.ok(&["pairs", "met", "1", &id(second[0]), &id(second[1])]);
    let h = env.json(&["pairs", "history"]);
    assert_eq!(h[0]["groups_met"], 2);
    assert_eq!(h[0]["met_rate"], 1.0);
    let table = env.ok(&["pairs", "history"]);
    assert!(table.contains("2 of 2 (100%)"), "{table}");
}

#[test]
fn recording_a_round_refuses_bad_rounds_and_members_and_changes_nothing() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy"] {
        env.member(n, &[]);
    }
    env.ok(&["pairs", "--record", "--seed", "1"]);
    env.member("Late", &[]);
    let before = env.snapshot();
    let err = env.fails(3, &["pairs", "met", "7", "ana"]);
    assert!(err.contains("no pairing round with id 7"), "{err}");
    env.fails(2, &["pairs", "met", "x", "ana"]);
    env.fails(2, &["pairs", "missed", "0", "ana"]);
    let err = env.fails(4, &["pairs", "met", "1", "ana", "late"]);
    assert!(err.contains("Late (4) was not in round 1"), "{err}");
    env.fails(3, &["pairs", "missed", "1", "zed"]);
    env.fails(2, &["pairs", "met", "1"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn three_missed_rounds_in_a_row_make_a_ghost_left_out_until_resumed() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di", "Ed"] {
        env.member(n, &[]);
    }
    for round in 1..=3u32 {
        at(&env, &day(round), &["pairs", "--record", "--seed", &round.to_string()]);
        let said = at(&env, &day(round), &["pairs", "missed", &round.to_string(), "bo"]);
        assert_eq!(said.contains("ghost"), round == 3, "round {round}: {said}");
    }
    let out = env.cop().env("COP_NOW", day(4)).args(["pairs", "--seed", "4", "--json"]).output().unwrap();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!groups(&r).iter().flatten().any(|&m| m == 2), "the ghost is left out: {r}");
    assert_eq!(r["left_out"][0]["member_id"], 2);
    assert_eq!(r["left_out"][0]["reasons"][0]["missed_rounds"], serde_json::json!([3, 2, 1]));
    let warning = String::from_utf8_lossy(&out.stderr);
    assert!(warning.contains("left out: Bo (2), missed rounds 3, 2 and 1 in a row"), "{warning}");
    let paused = env.json(&["members", "list", "--paused"]);
    assert_eq!(paused[0]["left_out"][0]["reason"], "ghost");
    // Brought back, the old misses count no more: one more miss is no ghost.
    at(&env, &day(5), &["members", "resume", "bo"]);
    at(&env, &day(6), &["pairs", "--record", "--seed", "6"]);
    at(&env, &day(6), &["pairs", "missed", "4", "bo"]);
    let r = env.json(&["pairs", "--seed", "7"]);
    assert!(groups(&r).iter().flatten().any(|&m| m == 2), "{r}");
    assert_eq!(r["left_out"], serde_json::json!([]));
}

#[test]
fn a_meeting_or_a_round_with_nothing_recorded_ends_a_run_of_misses() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di"] {
        env.member(n, &[]);
    }
    for round in 1..=4u32 {
        at(&env, &day(round), &["pairs", "--record", "--seed", &round.to_string()]);
    }
    // Missed 1, met 2, missed 3 and 4: two in a row.
    for (round, verb) in [(1, "missed"), (2, "met"), (3, "missed"), (4, "missed")] {
        at(&env, &day(4), &["pairs", verb, &round.to_string(), "bo"]);
    }
    assert_eq!(env.json(&["members", "list", "--paused"]), serde_json::json!([]));
    // Round 5 has nothing recorded for Bo, then two misses: still two in a row.
    for round in 5..=7u32 {
        at(&env, &day(round), &["pairs", "--record", "--seed", &round.to_string()]);
    }
    at(&env, &day(7), &["pairs", "missed", "6", "bo"]);
    at(&env, &day(7), &["pairs", "missed", "7", "bo"]);
    assert_eq!(env.json(&["members", "list", "--paused"]), serde_json::json!([]));
}

#[test]
fn two_members_kept_apart_never_share_a_group_and_nothing_but_exclusions_names_them() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di", "Ed", "Fay"] {
        env.member(n, &[]);
    }
    let out = env.cop().args(["pairs", "exclude", "ana", "bo"]).output().unwrap();
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("Ana") && !said.contains("Bo"), "{said}");
    for k in ["2", "3"] {
        for seed in 1..=15 {
            let r = env.json(&["pairs", "--size", k, "--seed", &seed.to_string()]);
            assert!(!pairs_of(&groups(&r)).contains(&(1, 2)), "--size {k} --seed {seed}: {r}");
        }
    }
    let listed = env.json(&["pairs", "exclusions"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!((listed[0]["member_id"].as_i64(), listed[0]["other_id"].as_i64()), (Some(1), Some(2)));
    assert!(env.ok(&["pairs", "exclusions"]).contains("Ana (1)"));
    // Not in the export, unless asked for.
    let doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    assert!(doc.get("pairing_exclusions").is_none());
    let doc: Value = serde_json::from_str(&env.ok(&["export", "--with-exclusions"])).unwrap();
    assert_eq!(doc["pairing_exclusions"].as_array().unwrap().len(), 1);
    // Nor in the operation log: no operation names the pair or holds their exclusion.
    let log = env.json(&["log", "--limit", "1000"]);
    for op in log.as_array().unwrap() {
        let command = op["command"].as_str().unwrap_or_default();
        assert!(!command.contains("exclude "), "the log names the pair: {command}");
        let shown = env.ok(&["log", "show", &op["id"].to_string(), "--format", "json"]);
        assert!(!shown.contains("pairing_exclusions"), "an operation holds the exclusion: {shown}");
    }
    // Lifted, they may meet again.
    env.ok(&["pairs", "exclude", "bo", "ana", "--remove"]);
    assert_eq!(env.json(&["pairs", "exclusions"]), serde_json::json!([]));
}

#[test]
fn bad_exclusions_are_refused_and_change_nothing() {
    let env = Env::new();
    for n in ["Ana", "Bo", "Cy"] {
        env.member(n, &[]);
    }
    env.ok(&["pairs", "exclude", "ana", "bo"]);
    let before = env.snapshot();
    let err = env.fails(2, &["pairs", "exclude", "ana", "1"]);
    assert!(err.contains("nobody is kept apart from themselves"), "{err}");
    env.fails(4, &["pairs", "exclude", "bo", "ana"]);
    env.fails(3, &["pairs", "exclude", "ana", "cy", "--remove"]);
    env.fails(3, &["pairs", "exclude", "ana", "zed"]);
    env.fails(2, &["pairs", "exclude", "ana"]);
    // Three members make one trio, which cannot keep the two apart: the refusal names nobody.
    let err = env.fails(4, &["pairs", "--record"]);
    assert!(
        err.contains("keeps every exclusion apart") && !err.contains("Ana") && !err.contains("Bo"),
        "{err}"
    );
    assert_eq!(env.snapshot(), before);
}
