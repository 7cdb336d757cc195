//! `cop members pause|resume`: a paused member is left out of pairing and matching.

mod common;

use common::Env;
use serde_json::{Value, json};

fn in_round(r: &Value, member: i64) -> bool {
    r["groups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g.as_array().unwrap())
        .any(|m| m.as_i64() == Some(member))
}

#[test]
fn a_paused_member_is_left_out_of_pairing_and_popup_match_until_the_day_they_are_back() {
    let env = Env::new();
    env.member("Ana", &["--need", "maps"]);
    let bo = env.member("Bo", &["--need", "maps"]);
    env.member("Cy", &["--interest", "maps"]);
    env.member("Di", &[]);
    let r = env.json(&["members", "pause", "bo", "--until", "2026-12-15"]);
    assert_eq!(r["id"], bo);
    assert_eq!(r["left_out"], json!([{"reason": "paused", "until": "2026-12-15"}]));
    // `members show` says so.
    assert!(env.ok(&["members", "show", "bo"]).contains("paused until 2026-12-15"));
    assert_eq!(env.json(&["members", "show", "ana"])["left_out"], json!([]));
    // Pairing leaves them out, and says who and why.
    let out = env.cop().args(["pairs", "--seed", "1", "--json"]).output().unwrap();
    let round: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!in_round(&round, bo), "{round}");
    assert_eq!(round["left_out"][0]["name"], "Bo");
    let warning = String::from_utf8_lossy(&out.stderr);
    assert!(warning.contains("warning: left out: Bo (2), paused until 2026-12-15"), "{warning}");
    // So does popup match.
    env.ok(&["popup", "propose", "Maps", "--by", "ana", "--tag", "maps"]);
    let ids: Vec<i64> = env
        .json(&["popup", "match", "1"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["member_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [3]);
    // On that day they are back, with no resume needed.
    let later =
        env.cop().env("COP_NOW", "2026-12-15T09:00:00-06:00").args(["pairs", "--json"]).output().unwrap();
    assert!(in_round(&serde_json::from_slice(&later.stdout).unwrap(), bo));
    let later =
        env.cop().env("COP_NOW", "2026-12-15T09:00:00-06:00").args(["members", "list", "--paused"]).output();
    assert_eq!(later.unwrap().stdout, b"");
}

#[test]
fn members_list_paused_shows_who_is_left_out_with_the_other_filters_and_the_limit() {
    let env = Env::new();
    env.member("Ana", &["--region", "north"]);
    env.member("Bo", &["--region", "south"]);
    env.member("Cy", &["--region", "north"]);
    env.member("Di", &["--region", "north"]);
    for m in ["ana", "bo", "cy"] {
        env.ok(&["members", "pause", m, "--until", "+2w"]);
    }
    let names = |args: &[&str]| -> Vec<String> {
        env.json(args).as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&["members", "list", "--paused"]), ["Ana", "Bo", "Cy"]);
    assert_eq!(names(&["members", "list", "--paused", "--region", "north"]), ["Ana", "Cy"]);
    assert_eq!(names(&["members", "list", "--paused", "--limit", "2"]), ["Ana", "Bo"]);
    assert_eq!(names(&["members", "list"]).len(), 4);
    let table = env.ok(&["members", "list", "--paused"]);
    assert!(table.contains("left out") && table.contains("paused until 2026-12-08"), "{table}");
    let csv = env.ok(&["members", "list", "--paused", "--format", "csv"]);
    assert!(csv.lines().next().unwrap().ends_with("paused_until,missed_rounds"), "{csv}");
}

#[test]
fn pausing_again_changes_the_day_and_resume_brings_the_member_back_at_once() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bo", &[]);
    env.ok(&["members", "pause", "ana", "--until", "2026-12-01"]);
    let out = env.cop().args(["members", "pause", "ana", "--until", "2027-01-10"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("until 2027-01-10 (was until 2026-12-01)"));
    assert_eq!(env.json(&["members", "show", "ana"])["left_out"][0]["until"], "2027-01-10");
    let r = env.json(&["members", "resume", "ana"]);
    assert_eq!(r["left_out"], json!([]));
    assert_eq!(env.json(&["pairs", "--seed", "1"])["groups"], json!([[1, 2]]));
    // Nothing left to resume.
    let err = env.fails(4, &["members", "resume", "ana"]);
    assert!(err.contains("neither paused nor a ghost"), "{err}");
}

#[test]
fn a_pause_that_ends_today_or_earlier_and_other_bad_input_are_refused_and_change_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    let before = env.snapshot();
    for past in ["2026-11-20", "yesterday", "today", "-1w"] {
        let err = env.fails(2, &["members", "pause", "ana", &format!("--until={past}")]);
        assert!(err.contains("--until") && err.contains("is not after today (2026-11-24)"), "{past}: {err}");
    }
    let err = env.fails(2, &["members", "pause", "ana", "--until", "someday"]);
    assert!(err.contains("--until"), "{err}");
    let err = env.fails(2, &["members", "pause", "ana"]);
    assert!(err.contains("--until"), "{err}");
    env.fails(3, &["members", "pause", "zed", "--until", "+1w"]);
    env.fails(3, &["members", "resume", "zed"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_missing_database_has_nobody_paused_and_is_not_created() {
    let env = Env::new();
    assert_eq!(env.json(&["members", "list", "--paused"]), json!([]));
    env.fails(3, &["members", "show", "ana"]);
    assert!(!env.db().exists());
}
