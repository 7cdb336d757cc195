//! `cop export` and `cop import` carry pauses, what happened in pairing rounds, and (only
//! when asked) the confidential exclusions, each field keeping its record rule; `cop
//! doctor` checks the same rules over their stored rows.

mod common;

use common::Env;
use serde_json::{Value, json};

fn content(mut doc: Value) -> Value {
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

fn export(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok(&all)).unwrap()
}

fn write(env: &Env, name: &str, doc: &Value) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path.display().to_string()
}

fn at(env: &Env, now: &str, args: &[&str]) -> String {
    let out = env.cop().env("COP_NOW", now).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn day(d: u32) -> String {
    format!("2026-11-{d:02}T10:00:00-06:00")
}

/// Ana, Bo, Cy, Di, Ed; Bo paused; three rounds that Cy missed, then Cy brought back;
/// Ana met in round 1; Ana and Di kept apart.
fn organizer() -> Env {
    let a = Env::new();
    for n in ["Ana", "Bo", "Cy", "Di", "Ed"] {
        a.member(n, &[]);
    }
    a.ok(&["members", "pause", "bo", "--until", "2027-01-04"]);
    a.ok(&["pairs", "exclude", "ana", "di"]);
    for round in 1..=3 {
        at(&a, &day(24 + round), &["pairs", "--record", "--seed", &round.to_string()]);
        at(&a, &day(24 + round), &["pairs", "missed", &round.to_string(), "cy"]);
    }
    at(&a, &day(28), &["pairs", "met", "1", "ana"]);
    at(&a, &day(28), &["members", "resume", "cy"]);
    a
}

fn paused_names(env: &Env) -> Vec<String> {
    env.json(&["members", "list", "--paused"])
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn pauses_outcomes_and_exclusions_round_trip_through_an_empty_database() {
    let a = organizer();
    let doc = export(&a, &["--with-exclusions"]);
    assert_eq!(doc["member_pauses"].as_array().unwrap().len(), 2, "Bo's pause and Cy's resume");
    assert_eq!(doc["pairing_exclusions"].as_array().unwrap().len(), 1);
    let b = Env::new();
    b.ok(&["import", &write(&b, "c.json", &doc)]);
    assert_eq!(content(export(&b, &["--with-exclusions"])), content(doc.clone()));
    // What the copy says is what the first said.
    assert_eq!(paused_names(&b), ["Bo"]);
    let strip = |mut h: Value| {
        for r in h.as_array_mut().unwrap() {
            let r = r.as_object_mut().unwrap();
            for local in ["id", "groups", "met", "missed"] {
                r.remove(local);
            }
        }
        h
    };
    assert_eq!(strip(b.json(&["pairs", "history"])), strip(a.json(&["pairs", "history"])));
    assert_eq!(b.json(&["pairs", "history"])[2]["groups_met"], 1);
    let names = |env: &Env| {
        let x = env.json(&["pairs", "exclusions"]);
        (x[0]["name"].clone(), x[0]["other_name"].clone())
    };
    assert_eq!(names(&b), (json!("Ana"), json!("Di")));
    // Cy was brought back on the first copy, so is no ghost on the second.
    assert!(!paused_names(&b).contains(&"Cy".to_string()));
    // Importing the same file again changes nothing.
    let before = b.snapshot();
    b.ok(&["import", &write(&b, "c.json", &doc)]);
    assert_eq!(b.snapshot(), before);
}

#[test]
fn without_the_flag_an_export_carries_no_exclusion_and_an_import_lifts_none() {
    let a = organizer();
    let doc = export(&a, &[]);
    assert!(doc.get("pairing_exclusions").is_none());
    let text = serde_json::to_string(&doc).unwrap();
    assert!(!text.contains("exclusion"), "nothing hints at one");
    let b = Env::new();
    b.ok(&["import", &write(&b, "c.json", &doc)]);
    assert_eq!(b.json(&["pairs", "exclusions"]), json!([]));
    assert_eq!(paused_names(&b), ["Bo"]);
    // A copy that keeps two apart still does after importing a document with none.
    b.ok(&["pairs", "exclude", "bo", "cy"]);
    let mut empty = export(&a, &["--with-exclusions"]);
    empty["pairing_exclusions"] = json!([]);
    b.ok(&["import", &write(&b, "e.json", &empty)]);
    assert_eq!(b.json(&["pairs", "exclusions"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_resume_and_an_outcome_recorded_later_travel_to_the_other_copy() {
    let a = Env::new();
    for n in ["Ana", "Bo", "Cy"] {
        a.member(n, &[]);
    }
    a.ok(&["members", "pause", "bo", "--until", "2027-01-04"]);
    a.ok(&["pairs", "--record", "--seed", "1"]);
    let b = Env::new();
    b.ok(&["import", &write(&b, "1.json", &export(&a, &[]))]);
    assert_eq!(paused_names(&b), ["Bo"]);
    at(&a, &day(25), &["members", "resume", "bo"]);
    at(&a, &day(25), &["pairs", "missed", "1", "ana"]);
    b.ok(&["import", &write(&b, "2.json", &export(&a, &[]))]);
    assert_eq!(paused_names(&b), Vec::<String>::new());
    let missed = b.json(&["pairs", "history"])[0]["missed"].clone();
    let ana = b.json(&["members", "show", "ana"])["id"].clone();
    assert_eq!(missed, json!([ana]));
}

#[test]
fn an_exclusion_of_a_forgotten_member_is_not_brought_back() {
    let a = organizer();
    let doc = export(&a, &["--with-exclusions"]);
    a.ok(&["members", "forget", "ana", "--yes"]);
    assert_eq!(a.json(&["pairs", "exclusions"]), json!([]));
    // The older document still names Ana: the tombstone wins, her exclusion is skipped.
    let mut later = export(&a, &["--with-exclusions"]);
    later["pairing_exclusions"] = doc["pairing_exclusions"].clone();
    let rows = a.json(&["import", &write(&a, "old.json", &later)]);
    let row = rows.as_array().unwrap().iter().find(|r| r["kind"] == "pairing_exclusions").unwrap().clone();
    assert_eq!((row["added"].as_i64(), row["skipped"].as_i64()), (Some(0), Some(1)));
    assert_eq!(a.json(&["pairs", "exclusions"]), json!([]));
}

#[test]
fn bad_pauses_outcomes_and_exclusions_in_a_document_name_the_field_and_change_nothing() {
    let a = organizer();
    let good = export(&a, &["--with-exclusions"]);
    let b = Env::new();
    b.member("Someone", &[]);
    let before = b.snapshot();
    let ana = good["members"][0]["uuid"].clone();
    let mut cases: Vec<(Value, &str)> = Vec::new();
    let mut doc = good.clone();
    doc["member_pauses"][0]["kind"] = json!("nap");
    cases.push((doc, "member_pauses[0].kind: must be pause or ghost, got \"nap\""));
    let mut doc = good.clone();
    doc["member_pauses"][0]["until"] = json!("soon");
    cases.push((doc, "member_pauses[0].until"));
    let mut doc = good.clone();
    doc["member_pauses"][0]["until"] = json!("10000-01-01");
    cases.push((doc, "member_pauses[0].until"));
    let mut doc = good.clone();
    doc["member_pauses"][0]["resumed_at"] = json!("0000-01-01T00:00:00Z");
    cases.push((doc, "member_pauses[0].resumed_at: must be an RFC 3339 time in the years 1 to 9999"));
    let mut doc = good.clone();
    doc["pairing_members"][0]["outcome"] = json!("maybe");
    cases.push((doc, "pairing_members[0].outcome: must be met or missed, got \"maybe\""));
    let mut doc = good.clone();
    doc["pairing_members"][0]["group_no"] = json!(i64::MAX);
    cases.push((doc, "pairing_members[0].group_no: must be 0 to 2147483647"));
    let mut doc = good.clone();
    let upper = ana.as_str().unwrap().to_uppercase();
    doc["pairing_exclusions"][0]["other"] = json!(upper);
    cases.push((doc, "pairing_exclusions[0].other: "));
    let mut doc = good.clone();
    doc["pairing_exclusions"] = json!([{"member": ana, "other": ana, "created_at": "2026-11-24T16:00:00Z"}]);
    cases.push((doc, "nobody is kept apart from themselves"));
    let mut doc = good.clone();
    doc["pairing_exclusions"] = json!([{"member": ana, "created_at": "2026-11-24T16:00:00Z"}]);
    cases.push((doc, "pairing_exclusions[0].other"));
    let mut doc = good.clone();
    doc["pairing_exclusions"] = json!({});
    cases.push((doc, "pairing_exclusions: expected an array"));
    let mut doc = good;
    doc["pairing_exclusions"][0]["created_at"] = json!("9999-12-31T23:00:00-06:00");
    cases.push((doc, "pairing_exclusions[0].created_at: must be an RFC 3339 time in the years 1 to 9999"));
    for (i, (doc, field)) in cases.iter().enumerate() {
        let err = b.fails(2, &["import", &write(&b, &format!("bad{i}.json"), doc)]);
        assert!(err.contains(field), "{field}: {err}");
        assert_eq!(b.snapshot(), before, "{field}");
    }
}

/// What `cop doctor --json` says in its "record rules" check, and its exit code.
fn record_rules(env: &Env) -> (Option<i32>, String) {
    let out = env.cop().args(["doctor", "--json"]).output().unwrap();
    let checks: Value = serde_json::from_slice(&out.stdout).expect("doctor --json prints its checks");
    let rules = checks.as_array().unwrap().iter().find(|c| c["check"] == "record rules").unwrap().clone();
    (out.status.code(), rules["detail"].as_str().unwrap().to_string())
}

#[test]
fn doctor_names_hand_damaged_pauses_outcomes_and_exclusions() {
    let env = organizer();
    assert_eq!(record_rules(&env).0, Some(0), "what cop writes keeps the rules");
    // Another tool, with the schema's CHECKs off.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE member_pauses SET kind = 'nap', until = '2026-1-5' WHERE kind = 'pause';
         UPDATE member_pauses SET resumed_at = 'later' WHERE kind = 'ghost';
         UPDATE pairing_members SET outcome = 'maybe' WHERE outcome = 'met';
         UPDATE pairing_exclusions SET created_at = 'x' || char(27);",
    )
    .unwrap();
    drop(conn);
    let (code, report) = record_rules(&env);
    assert_eq!(code, Some(1), "{report}");
    for says in [
        "member pause 1: kind must be pause or ghost, got \"nap\"",
        "member pause 1: until ",
        "member pause 2: resumed_at must be an RFC 3339 time",
        "pairing member (round 1, member 1): outcome must be met or missed, got \"maybe\"",
        "pairing exclusion (member 1, other 4): created_at must be an RFC 3339 time",
    ] {
        assert!(report.contains(says), "{says}: {report}");
    }
    assert!(!report.contains('\u{1b}'), "doctor shows the bad text escaped: {report}");
}
