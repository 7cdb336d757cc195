//! `cop members merge KEEP DROP`: two records of one person become one.

mod common;

use common::Env;

fn sheet(env: &Env, text: &str) -> String {
    let p = env.dir.path().join("s.csv");
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn merge_moves_every_link_and_history_and_keeps_the_dropped_uuid_as_an_alias() {
    let env = Env::new();
    let keep =
        env.member("Ana Souza", &["--region", "north", "--interest", "data", "--joined", "2026-03-01"]);
    let bo = env.member("Bo Lima", &[]);
    let drop = env.member(
        "Ana S.",
        &["--email", "ana@x.org", "--interest", "maps", "--need", "funding", "--joined", "2026-01-15"],
    );
    let cy = env.member("Cy Park", &[]);
    let drop_uuid = env.json(&["members", "show", &drop.to_string()])["uuid"].as_str().unwrap().to_string();
    env.ok(&["sessions", "add", "--title", "Meetup", "--at", "2026-11-20 12:00"]);
    env.ok(&["sessions", "add", "--title", "Training", "--at", "2026-11-21 12:00"]);
    env.ok(&["sessions", "rsvp", "1", "ana@x.org", "--yes"]);
    env.ok(&["sessions", "rsvp", "1", "1", "--yes"]);
    env.ok(&["sessions", "rsvp", "2", "ana@x.org", "--yes"]);
    env.ok(&["popup", "propose", "Maps", "--by", "ana@x.org", "--tag", "maps"]);
    env.ok(&["pairs", "exclude", "ana@x.org", "bo"]);
    env.ok(&["pairs", "exclude", "ana@x.org", "cy"]);
    env.ok(&["pairs", "exclude", "ana@x.org", "1"]);
    let _ = (bo, cy);

    let before = env.snapshot();
    let err = env.fails(2, &["members", "merge", "1", &drop.to_string()]);
    assert!(err.contains("--yes"), "{err}");
    assert_eq!(before, env.snapshot(), "a refused merge changes nothing");

    let out = env.ok(&["members", "merge", &keep.to_string(), &drop.to_string(), "--yes"]);
    assert_eq!(out.trim(), keep.to_string());
    env.fails(3, &["members", "show", &drop.to_string()]);
    let ana = env.json(&["members", "show", "ana@x.org"]);
    assert_eq!(ana["id"], keep);
    assert_eq!(ana["name"], "Ana Souza");
    assert_eq!(ana["region"], "north");
    assert_eq!(ana["interests"], serde_json::json!(["data", "maps"]));
    assert_eq!(ana["needs"], serde_json::json!(["funding"]));
    assert_eq!(ana["joined_on"], "2026-01-15", "they were a member since the earlier day");
    let s1 = env.json(&["sessions", "show", "1"]);
    let s2 = env.json(&["sessions", "show", "2"]);
    let text = format!("{s1}{s2}");
    assert!(!text.contains(&format!("\"member_id\":{drop}")), "{text}");
    let popup = env.json(&["popup", "show", "1"]);
    assert_eq!(popup["proposer_id"], keep, "{popup}");
    let exclusions = env.ok(&["pairs", "exclusions", "--format", "csv"]);
    assert!(exclusions.contains("Bo Lima") && exclusions.contains("Cy Park"), "{exclusions}");
    assert!(!exclusions.contains("Ana S."), "{exclusions}");

    // One operation: undo brings both records back, and undoing the undo redoes it.
    env.ok(&["undo"]);
    assert_eq!(env.json(&["members", "show", &drop.to_string()])["email"], "ana@x.org");
    assert_eq!(env.json(&["members", "show", &keep.to_string()])["email"], serde_json::Value::Null);
    env.ok(&["undo"]);
    env.fails(3, &["members", "show", &drop.to_string()]);

    // The dropped UUID maps to the member kept.
    let file = sheet(&env, &format!("uuid,note\n{drop_uuid},back from leave\n"));
    let summary = env.json(&["members", "import", &file]);
    assert_eq!(summary["updated"], 1, "{summary}");
    assert_eq!(env.json(&["members", "show", &keep.to_string()])["note"], "back from leave");
}

#[test]
fn merge_refuses_one_member_twice_and_unknown_members() {
    let env = Env::new();
    env.fails(3, &["members", "merge", "1", "2", "--yes"]);
    env.member("Ana", &[]);
    let err = env.fails(2, &["members", "merge", "ana", "1", "--yes"]);
    assert!(err.contains("KEEP and DROP are both Ana (id 1)"), "{err}");
    env.fails(3, &["members", "merge", "ana", "zoe", "--yes"]);
}

#[test]
fn an_export_from_before_the_merge_maps_the_dropped_uuid_to_the_member_kept() {
    let env = Env::new();
    let keep = env.member("Ana Souza", &[]);
    let drop = env.member("Ana S.", &["--email", "ana@x.org"]);
    env.ok(&["sessions", "add", "--title", "Meetup", "--at", "2026-11-20 12:00"]);
    env.ok(&["sessions", "rsvp", "1", &drop.to_string(), "--yes"]);
    let old = env.dir.path().join("before.json");
    env.ok(&["export", "--out", old.to_str().unwrap()]);
    env.ok(&["members", "merge", &keep.to_string(), &drop.to_string(), "--yes"]);

    env.ok(&["import", old.to_str().unwrap()]);
    let list = env.json(&["members", "list"]);
    let names: Vec<&str> = list.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Ana Souza"], "the merged-away record is not brought back");
    let session = env.json(&["sessions", "show", "1"]).to_string();
    assert!(!session.contains(&format!("\"member_id\":{drop}")), "{session}");
    assert!(
        session.contains(&format!("\"member_id\":{keep}")),
        "the RSVP stays with the member kept: {session}"
    );
}
