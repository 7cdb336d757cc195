//! Assist requests with what main brought: a paused member is not offered by either
//! matcher, the request's record rules hold on `cop import` and in `cop doctor`, and each
//! request write has a one-line summary in `cop log`.

mod common;

use common::Env;
use serde_json::{Value, json};

/// Ana (1) asks for help on maps (assist 1); Bo (2) and Cy (3) have the expertise.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bo", &["--expertise", "maps"]);
    env.member("Cy", &["--expertise", "maps"]);
    env.ok(&["assist", "request", "--by", "ana", "--challenge", "Maps of our members", "--tag", "maps"]);
    env
}

fn ids(rows: &Value) -> Vec<i64> {
    rows.as_array().unwrap().iter().map(|r| r["member_id"].as_i64().unwrap()).collect()
}

#[test]
fn a_paused_member_is_not_offered_by_assist_match_nor_invited_until_they_are_back() {
    let env = community();
    assert_eq!(ids(&env.json(&["assist", "match", "1"])), [2, 3]);
    env.ok(&["members", "pause", "bo", "--until", "2026-12-15"]);
    assert_eq!(ids(&env.json(&["assist", "match", "1"])), [3]);
    // --invite takes the best who are not paused.
    env.ok(&["assist", "match", "1", "--invite", "1"]);
    assert_eq!(
        env.json(&["assist", "show", "1"])["invitations"],
        json!([{"member_id": 3, "status": "invited"}])
    );
    // Back on the day the pause ends, with no resume needed.
    let out = env
        .cop()
        .env("COP_NOW", "2026-12-15T09:00:00-06:00")
        .args(["assist", "match", "1", "--json"])
        .output();
    let later: Value = serde_json::from_slice(&out.unwrap().stdout).unwrap();
    assert_eq!(ids(&later), [2]);
}

#[test]
fn popup_invite_matched_leaves_out_a_paused_member_like_popup_match() {
    let env = community();
    env.member("Di", &["--need", "maps"]);
    env.member("Ed", &["--need", "maps"]);
    env.ok(&["popup", "propose", "Maps", "--by", "ana", "--tag", "maps"]);
    env.ok(&["members", "pause", "di", "--until", "2026-12-15"]);
    // Ed learns, Bo and Cy could teach; Di is paused.
    assert_eq!(ids(&env.json(&["popup", "match", "1"])), [5, 2, 3]);
    env.ok(&["popup", "invite", "1", "--matched", "5"]);
    let places = env.json(&["popup", "show", "1"]);
    let invited: Vec<i64> =
        places["members"].as_array().unwrap().iter().map(|m| m["member_id"].as_i64().unwrap()).collect();
    assert_eq!(invited, [1, 5], "the proposer and Ed: {places}");
}

fn write(env: &Env, name: &str, doc: &Value) -> String {
    let path = env.db().with_file_name(name);
    std::fs::write(&path, doc.to_string()).unwrap();
    path.to_string_lossy().into_owned()
}

/// An export of `env` whose assists are newer than the stored ones, spoilt by `spoil`.
fn spoiled(env: &Env, name: &str, spoil: impl Fn(&mut Value)) -> String {
    let mut doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    for a in doc["assists"].as_array_mut().unwrap() {
        a["updated_at"] = json!("2030-01-01T00:00:00Z");
    }
    spoil(&mut doc);
    write(env, name, &doc)
}

/// A change to an exported document.
type Spoil = Box<dyn Fn(&mut Value)>;

#[test]
fn cop_import_refuses_a_bad_size_too_many_tags_or_a_bad_invitation_with_its_path() {
    let env = community();
    env.ok(&["assist", "match", "1", "--invite", "2"]);
    let eleven: Vec<String> = (0..11).map(|i| format!("t{i}")).collect();
    let cases: [(&str, Spoil, &str); 5] = [
        ("size0.json", Box::new(|d| d["assists"][0]["size"] = json!(0)), "assists[0].size"),
        ("size13.json", Box::new(|d| d["assists"][0]["size"] = json!(13)), "assists[0].size"),
        ("tags.json", Box::new(move |d| d["assists"][0]["tags"] = json!(eleven)), "assists[0].tags"),
        ("tag.json", Box::new(|d| d["assists"][0]["tags"] = json!(["a\u{1b}b"])), "assists[0].tags"),
        (
            "invitation.json",
            Box::new(|d| d["assist_invitations"][0]["status"] = json!("maybe")),
            "assist_invitations[0].status",
        ),
    ];
    for (name, spoil, says) in cases {
        let before = env.snapshot();
        let file = spoiled(&env, name, spoil);
        let err = env.fails(2, &["import", &file]);
        assert!(err.contains(says), "{name}: {err}");
        assert!(env.snapshot() == before, "{name}: the import changed something");
    }
    // The unspoilt file goes in.
    let good = spoiled(&env, "good.json", |_| {});
    env.ok(&["import", &good]);
}

#[test]
fn doctor_names_a_request_with_too_many_tags_a_bad_size_and_a_bad_invitation() {
    let env = community();
    env.ok(&["assist", "match", "1", "--invite", "1"]);
    assert!(env.cop().arg("doctor").output().unwrap().status.success());
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         INSERT INTO tags (uuid, name, created_at, updated_at) WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n WHERE value < 11)
           SELECT lower(hex(randomblob(16))), 'x' || value, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n;
         INSERT INTO assist_tags (assist_id, tag_id) SELECT 1, id FROM tags WHERE name LIKE 'x%';
         UPDATE assists SET size = 40;
         UPDATE assist_invitations SET status = 'perhaps';",
    )
    .unwrap();
    drop(conn);
    let out = env.cop().args(["doctor", "--json"]).output().unwrap();
    assert!(!out.status.success());
    let checks: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules = checks.as_array().unwrap().iter().find(|c| c["check"] == "record rules").unwrap();
    let detail = rules["detail"].as_str().unwrap();
    for says in ["assist 1: tags: expected at most 10, got 12", "assist 1: size", "perhaps"] {
        assert!(detail.contains(says), "{says}: {detail}");
    }
}

#[test]
fn request_writes_have_a_summary_in_the_log() {
    let env = community();
    env.ok(&["assist", "match", "1", "--invite", "2"]);
    env.ok(&["assist", "join", "1", "bo"]);
    env.ok(&["assist", "decline", "1", "cy"]);
    env.ok(&["assist", "schedule", "1", "--at", "2026-12-04 10:00"]);
    let log = env.json(&["log"]);
    let summaries: Vec<&str> =
        log.as_array().unwrap().iter().map(|o| o["summary"].as_str().unwrap()).collect();
    for says in [
        "assist request 1: Maps of our members",
        "assist match 1 --invite 2: 2 invited",
        "assist join 1: Bo (2) listens",
        "assist decline 1: Cy (3) declined",
        "assist schedule 1: session 1 at 2026-12-04T16:00:00Z",
    ] {
        assert!(summaries.contains(&says), "{says}: {summaries:?}");
    }
}
