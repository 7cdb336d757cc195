mod common;

use common::Env;
use serde_json::{Value, json};

/// Ana proposes; Bo needs the topic, Cy is interested, Di can teach it, Ed has nothing to do with it.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana", &["--need", "network-mapping"]);
    env.member("Bo", &["--need", "network-mapping", "--interest", "facilitation"]);
    env.member("Cy", &["--interest", "network-mapping"]);
    env.member("Di", &["--expertise", "network-mapping"]);
    env.member("Ed", &["--need", "cooking"]);
    env
}

fn propose(env: &Env, extra: &[&str]) -> i64 {
    let mut args = vec!["popup", "propose", "Network mapping basics", "--by", "ana"];
    args.extend_from_slice(extra);
    env.ok(&args).trim().parse().expect("an id")
}

fn places(p: &Value) -> Vec<(i64, String)> {
    p["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["member_id"].as_i64().unwrap(), m["status"].as_str().unwrap().to_string()))
        .collect()
}

fn place(p: &Value, member: i64) -> Option<String> {
    places(p).into_iter().find(|(id, _)| *id == member).map(|(_, s)| s)
}

/// Asserts the command fails with `code`, says `says`, and changes nothing.
fn refused(env: &Env, code: i32, args: &[&str], says: &str) {
    let before = env.snapshot();
    let err = env.fails(code, args);
    assert!(err.contains(says), "{args:?}: expected {says:?} in {err}");
    assert_eq!(before, env.snapshot(), "{args:?} changed the database");
}

#[test]
fn propose_finds_known_tags_in_the_title_and_the_proposer_joins() {
    let env = community();
    let out = env.cop().args(["popup", "propose", "Network Mapping basics", "--by", "ana"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Tagged from the title: network-mapping"), "{err}");
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(p["tags"], json!(["network-mapping"]));
    assert_eq!(p["proposer_id"], 1);
    assert_eq!(p["status"], "proposed");
    assert_eq!(places(&p), [(1, "joined".to_string())]);
}

#[test]
fn the_popup_json_contract_has_every_field() {
    let env = community();
    propose(
        &env,
        &["--tag", "Network Mapping", "--description", "maps", "--external-expert", "Dana", "--max", "5"],
    );
    env.ok(&["popup", "agenda", "1", "add", "Draw a map", "--minutes", "20"]);
    let p = env.json(&["popup", "show", "1"]);
    for f in [
        "id",
        "uuid",
        "title",
        "description",
        "status",
        "tags",
        "proposer_id",
        "needs_expert",
        "expert",
        "max",
        "members",
        "agenda",
        "sessions",
    ] {
        assert!(p.get(f).is_some(), "missing {f}");
    }
    assert_eq!(p["expert"], "Dana");
    assert_eq!(p["needs_expert"], true);
    assert_eq!(p["max"], 5);
    let item = &p["agenda"][0];
    for f in ["id", "position", "text", "minutes", "done", "session_id"] {
        assert!(item.get(f).is_some(), "agenda item missing {f}");
    }
    assert_eq!(item["minutes"], 20);
    assert_eq!(item["done"], false);
    assert_eq!(p["sessions"], json!([]));
}

#[test]
fn an_expert_member_is_shown_by_id() {
    let env = community();
    propose(&env, &["--expert", "di"]);
    assert_eq!(env.json(&["popup", "show", "1"])["expert"], 4);
}

#[test]
fn propose_refuses_bad_input_and_changes_nothing() {
    let env = community();
    refused(&env, 2, &["popup", "propose", "  ", "--by", "ana"], "title must not be empty");
    refused(
        &env,
        2,
        &["popup", "propose", "X", "--by", "ana", "--expert", "di", "--external-expert", "Z"],
        "cannot be used",
    );
    refused(&env, 2, &["popup", "propose", "--by", "ana"], "TITLE");
    refused(&env, 2, &["popup", "propose", "X"], "--by");
    refused(&env, 3, &["popup", "propose", "X", "--by", "nobody"], "no member matches");
    refused(&env, 2, &["popup", "propose", "X", "--by", "ana", "--max", "0"], "--max");
}

#[test]
fn unknown_popups_are_not_found() {
    let env = community();
    for args in [
        &["popup", "show", "9"][..],
        &["popup", "join", "9", "ana"],
        &["popup", "match", "9"],
        &["popup", "agenda", "9", "list"],
        &["popup", "schedule", "9", "--at", "fri 12:00"],
        &["popup", "cancel", "9"],
    ] {
        refused(&env, 3, args, "no popup with id 9");
    }
    let fresh = Env::new();
    fresh.fails(3, &["popup", "show", "1"]);
    assert!(!fresh.db().exists(), "a read never creates the database");
    refused(&env, 2, &["popup", "show", "abc"], "POPUP: expected an id");
}

#[test]
fn list_filters_by_status_tag_and_member() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["popup", "propose", "Cooking", "--by", "ed", "--tag", "cooking"]);
    env.ok(&["popup", "propose", "Old", "--by", "ed", "--tag", "x"]);
    env.ok(&["popup", "close", "3"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args).as_array().unwrap().iter().map(|p| p["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(&["popup", "list"]), [1, 2]);
    assert_eq!(ids(&["popup", "list", "--status", "all"]), [1, 2, 3]);
    assert_eq!(ids(&["popup", "list", "--status", "done"]), [3]);
    assert_eq!(ids(&["popup", "list", "--tag", "Cooking"]), [2]);
    assert_eq!(ids(&["popup", "list", "--member", "ana"]), [1]);
    assert!(Env::new().json(&["popup", "list"]).as_array().unwrap().is_empty());
}

#[test]
fn edit_changes_fields_and_tags_and_raising_max_lets_the_waitlist_in() {
    let env = community();
    propose(&env, &["--max", "1"]);
    env.ok(&["popup", "join", "1", "bo"]);
    assert_eq!(place(&env.json(&["popup", "show", "1"]), 2).as_deref(), Some("waitlisted"));
    let p = env.json(&[
        "popup",
        "edit",
        "1",
        "--title",
        "Maps",
        "--add-tag",
        "sna",
        "--max",
        "3",
        "--description",
        "d",
    ]);
    assert_eq!(p["title"], "Maps");
    assert_eq!(p["tags"], json!(["network-mapping", "sna"]));
    assert_eq!(p["max"], 3);
    assert_eq!(place(&p, 2).as_deref(), Some("joined"));
    let p = env.json(&["popup", "edit", "1", "--remove-tag", "sna", "--description", "", "--no-max"]);
    assert_eq!(p["tags"], json!(["network-mapping"]));
    assert_eq!(p["description"], Value::Null);
    assert_eq!(p["max"], Value::Null);
    refused(&env, 2, &["popup", "edit", "1", "--title", " "], "title must not be empty");
}

#[test]
fn match_ranks_needs_above_interests_and_lists_experts_apart() {
    let env = community();
    propose(&env, &[]);
    let rows = env.json(&["popup", "match", "1"]);
    let rows = rows.as_array().unwrap();
    let ids: Vec<i64> = rows.iter().map(|r| r["member_id"].as_i64().unwrap()).collect();
    // Ana proposed and joined, so she is not offered; Ed meets nothing.
    assert_eq!(ids, [2, 3, 4]);
    assert_eq!(rows[0]["kind"], "learner");
    assert_eq!(rows[0]["reasons"], json!(["needs: network-mapping"]));
    assert_eq!(rows[1]["reasons"], json!(["interest: network-mapping"]));
    assert_eq!(rows[2]["kind"], "expert");
    assert_eq!(rows[2]["reasons"], json!(["expertise: network-mapping"]));
    for f in ["member_id", "name", "score", "kind", "reasons"] {
        assert!(rows[0].get(f).is_some(), "missing {f}");
    }
    assert!(rows[0]["score"].as_u64().unwrap() > rows[1]["score"].as_u64().unwrap());
}

#[test]
fn match_ties_go_to_recent_participation_then_name() {
    let env = Env::new();
    env.member("Zoe", &["--need", "sna"]);
    env.member("Abe", &["--need", "sna"]);
    env.member("Max", &["--need", "sna"]);
    env.member("Pro", &[]);
    env.ok(&["popup", "propose", "Other", "--by", "zoe", "--tag", "other"]);
    env.ok(&["popup", "propose", "SNA", "--by", "pro", "--tag", "sna"]);
    // Zoe joined a popup, so she took part most recently.
    let rows = env.json(&["popup", "match", "2"]);
    let names: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Zoe", "Abe", "Max"]);
}

/// Every kind of participation counts towards "recent": attending, facilitating, an
/// assist, joining a popup; the latest of them is what ties are broken by.
#[test]
fn match_ties_go_to_the_latest_participation_of_any_kind() {
    let env = Env::new();
    for name in ["Ana", "Bo", "Cy", "Di", "Ed"] {
        env.member(name, &["--need", "sna"]);
    }
    env.member("Pro", &[]);
    env.member("Quin", &[]);
    env.ok(&["sessions", "add", "--title", "Old", "--at", "2026-09-01 12:00", "--facilitator", "ed"]);
    env.ok(&["sessions", "add", "--title", "Talk", "--at", "2026-10-01 12:00"]);
    env.ok(&["sessions", "attend", "2", "bo", "ed"]);
    env.ok(&["sessions", "add", "--title", "Led", "--at", "2026-11-01 12:00", "--facilitator", "cy"]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Funding",
        "--presenter",
        "di",
        "--listener",
        "quin",
        "--date",
        "2026-11-10",
    ]);
    env.ok(&["popup", "propose", "SNA", "--by", "pro", "--tag", "sna"]);
    let rows = env.json(&["popup", "match", "1"]);
    let names: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    // Di's assist, Cy's facilitation, then Bo and Ed both attended on Oct 1 (Ed's earlier
    // facilitation does not count over it) and go by name; Ana never took part.
    assert_eq!(names, ["Di", "Cy", "Bo", "Ed", "Ana"]);
}

#[test]
fn match_never_offers_members_already_in_declined_or_archived() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["popup", "invite", "1", "bo"]);
    env.ok(&["popup", "decline", "1", "cy"]);
    env.ok(&["members", "archive", "di"]);
    assert!(env.json(&["popup", "match", "1"]).as_array().unwrap().is_empty());
}

#[test]
fn match_invite_records_invitations_for_the_top_learners() {
    let env = community();
    propose(&env, &[]);
    let rows = env.json(&["popup", "match", "1", "--invite", "1", "--limit", "1"]);
    assert_eq!(rows.as_array().unwrap().len(), 2, "one learner and one expert");
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(place(&p, 2).as_deref(), Some("invited"));
    assert_eq!(place(&p, 3), None);
    assert_eq!(place(&p, 4), None, "experts are not invited as learners");
}

#[test]
fn joins_past_max_wait_and_are_promoted_in_order_when_someone_leaves() {
    let env = community();
    propose(&env, &["--max", "2"]);
    env.ok(&["popup", "join", "1", "bo"]);
    env.ok(&["popup", "join", "1", "cy"]);
    env.ok(&["popup", "join", "1", "ed"]);
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(place(&p, 3).as_deref(), Some("waitlisted"));
    assert_eq!(place(&p, 5).as_deref(), Some("waitlisted"));
    let err = env.cop().args(["popup", "leave", "1", "bo"]).output().unwrap().stderr;
    assert!(String::from_utf8_lossy(&err).contains("Cy got a place from the waitlist"));
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(place(&p, 2).as_deref(), Some("left"));
    assert_eq!(place(&p, 3).as_deref(), Some("joined"));
    assert_eq!(place(&p, 5).as_deref(), Some("waitlisted"));
    refused(&env, 4, &["popup", "join", "1", "cy"], "already joined");
    refused(&env, 4, &["popup", "leave", "1", "bo"], "cannot leave");
    refused(&env, 3, &["popup", "join", "1", "nobody"], "no member matches");
}

#[test]
fn decline_a_joined_place_promotes_the_waitlist() {
    let env = community();
    propose(&env, &["--max", "1"]);
    env.ok(&["popup", "join", "1", "bo"]);
    env.ok(&["popup", "decline", "1", "ana"]);
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(place(&p, 1).as_deref(), Some("declined"));
    assert_eq!(place(&p, 2).as_deref(), Some("joined"));
    refused(&env, 4, &["popup", "decline", "1", "ana"], "cannot decline");
}

#[test]
fn invite_records_invitations_and_refuses_members_already_in() {
    let env = community();
    propose(&env, &[]);
    let p = env.json(&["popup", "invite", "1", "bo", "cy"]);
    assert_eq!(place(&p, 2).as_deref(), Some("invited"));
    assert_eq!(place(&p, 3).as_deref(), Some("invited"));
    refused(&env, 4, &["popup", "invite", "1", "ana"], "already has a place");
    env.ok(&["members", "archive", "ed"]);
    refused(&env, 4, &["popup", "invite", "1", "ed"], "archived");
}

#[test]
fn joining_a_cancelled_or_done_popup_is_a_conflict() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["popup", "propose", "Two", "--by", "ana", "--tag", "x"]);
    env.ok(&["popup", "cancel", "1"]);
    env.ok(&["popup", "close", "2", "--outcome", "learned it"]);
    refused(&env, 4, &["popup", "join", "1", "bo"], "popup 1 is cancelled");
    refused(&env, 4, &["popup", "join", "2", "bo"], "popup 2 is done");
    refused(&env, 4, &["popup", "close", "2"], "is done");
    refused(&env, 4, &["popup", "schedule", "1", "--at", "fri 12:00"], "cancelled");
    refused(&env, 4, &["popup", "agenda", "1", "add", "Draw a map"], "cancelled");
    env.ok(&["popup", "agenda", "2", "add", "What we covered"]);
    assert_eq!(env.json(&["popup", "show", "2"])["outcome"], "learned it");
}

#[test]
fn agenda_items_are_added_moved_done_and_removed_in_order() {
    let env = community();
    propose(&env, &[]);
    for t in ["one", "two", "three"] {
        env.ok(&["popup", "agenda", "1", "add", t]);
    }
    env.ok(&["popup", "agenda", "1", "move", "3", "--to", "1"]);
    let texts = |env: &Env| -> Vec<String> {
        env.json(&["popup", "agenda", "1", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|i| format!("{}:{}", i["position"], i["text"].as_str().unwrap()))
            .collect()
    };
    assert_eq!(texts(&env), ["1:three", "2:one", "3:two"]);
    let item = env.json(&["popup", "agenda", "1", "done", "1"]);
    assert_eq!(item["done"], true);
    refused(&env, 4, &["popup", "agenda", "1", "done", "1"], "already done");
    env.ok(&["popup", "agenda", "1", "remove", "3"]);
    assert_eq!(texts(&env), ["1:one", "2:two"]);
    refused(&env, 2, &["popup", "agenda", "1", "move", "1", "--to", "3"], "expected a position from 1 to 2");
    refused(&env, 2, &["popup", "agenda", "1", "move", "1", "--to", "0"], "--to");
    refused(&env, 3, &["popup", "agenda", "1", "remove", "99"], "no agenda item 99");
    refused(&env, 2, &["popup", "agenda", "1", "add", " "], "must not be empty");
    refused(&env, 2, &["popup", "agenda", "1", "add", "x", "--session", "5"], "not a session of popup 1");
}

#[test]
fn schedule_creates_popup_sessions_and_invites_the_joined_members() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["popup", "join", "1", "bo"]);
    env.ok(&["popup", "invite", "1", "cy"]);
    let out = env.ok(&[
        "popup",
        "schedule",
        "1",
        "--at",
        "fri 12:00",
        "--count",
        "3",
        "--every",
        "1w",
        "--minutes",
        "90",
    ]);
    assert_eq!(out, "1\n2\n3\n");
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(p["status"], "scheduled");
    assert_eq!(p["sessions"], json!([1, 2, 3]));
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let rows: Vec<(String, String, i64, String)> = conn
        .prepare("SELECT kind, starts_at, minutes, title FROM sessions ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows[0],
        ("popup".into(), "2026-11-27T18:00:00Z".into(), 90, "Network mapping basics (1/3)".into())
    );
    assert_eq!(rows[2].1, "2026-12-11T18:00:00Z");
    let rsvps: Vec<(i64, i64, String)> = conn
        .prepare("SELECT session_id, member_id, response FROM rsvps ORDER BY session_id, member_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rsvps.len(), 6, "Ana and Bo, not the invited Cy: {rsvps:?}");
    assert!(rsvps.iter().all(|r| r.2 == "invited" && (r.1 == 1 || r.1 == 2)));
    refused(&env, 2, &["popup", "schedule", "1", "--at", "fri 12:00", "--count", "0"], "--count");
    refused(&env, 2, &["popup", "schedule", "1", "--at", "fri 12:00", "--every", "soon"], "--every");
    refused(&env, 2, &["popup", "schedule", "1", "--at", "never"], "--at");
    refused(&env, 2, &["popup", "schedule", "1"], "required");
}

#[test]
fn cancel_cancels_the_future_sessions_too() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["popup", "schedule", "1", "--at", "2026-11-20 12:00"]);
    env.ok(&["popup", "schedule", "1", "--at", "fri 12:00", "--count", "2"]);
    env.ok(&["popup", "cancel", "1", "--reason", "no expert"]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let rows: Vec<(String, Option<String>, i64)> = conn
        .prepare("SELECT status, cancel_reason, sequence FROM sessions ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows[0], ("scheduled".into(), None, 0), "the past session stays");
    assert_eq!(rows[1], ("cancelled".into(), Some("no expert".into()), 1));
    assert_eq!(rows[2].0, "cancelled");
    assert_eq!(env.json(&["popup", "show", "1"])["status"], "cancelled");
    refused(&env, 4, &["popup", "cancel", "1"], "cancelled");
}

#[test]
fn schedule_suggest_reads_each_members_windows_in_their_own_zone() {
    let env = Env::new();
    env.member("Ana", &["--timezone", "America/Chicago", "--available", "fri 12:00-13:00"]);
    env.member("Bo", &["--timezone", "America/New_York", "--available", "fri 13:00-15:00"]);
    env.member("Cy", &["--timezone", "Europe/Lisbon", "--available", "mon 09:00-10:00", "--need", "sna"]);
    env.member("Di", &["--need", "sna"]);
    env.member("Ed", &["--available", "fri 12:00-13:00"]);
    env.ok(&["popup", "propose", "SNA", "--by", "ana", "--tag", "sna"]);
    env.ok(&["popup", "join", "1", "bo"]);
    let slots =
        env.json(&["popup", "schedule", "1", "--suggest", "--from", "today", "--to", "+6d", "--limit", "2"]);
    let slots = slots.as_array().unwrap();
    assert_eq!(slots.len(), 2);
    // Friday 12:00 Chicago = 13:00 New York: Ana, Bo and Di (no windows: always free); not Cy, not Ed.
    assert_eq!(slots[0]["starts_at"], "2026-11-27T18:00:00Z");
    assert_eq!(slots[0]["available"], json!([1, 2, 4]));
    assert_eq!(slots[0]["unavailable"], json!([3]));
    assert_eq!(slots[1]["available"].as_array().unwrap().len(), 2);
    refused(&env, 2, &["popup", "schedule", "1", "--suggest", "--from", "+3d", "--to", "today"], "--to");
    refused(&env, 2, &["popup", "schedule", "1", "--suggest", "--count", "0"], "cannot be used");
}

#[test]
fn suggest_lists_shared_needs_no_open_popup_covers_with_possible_leaders() {
    let env = Env::new();
    env.member("Ana", &["--need", "sna,facilitation"]);
    env.member("Bo", &["--need", "sna,facilitation"]);
    env.member("Cy", &["--need", "sna", "--expertise", "facilitation"]);
    env.member("Di", &["--need", "grants"]);
    let rows = env.json(&["popup", "suggest"]);
    let tags: Vec<(&str, i64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["tag"].as_str().unwrap(), r["count"].as_i64().unwrap()))
        .collect();
    assert_eq!(tags, [("sna", 3), ("facilitation", 2)]);
    assert_eq!(rows[1]["members"], json!([1, 2]));
    assert_eq!(rows[1]["experts"], json!([3]));
    env.ok(&["popup", "propose", "SNA", "--by", "ana"]);
    let rows = env.json(&["popup", "suggest", "--min", "1"]);
    let tags: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["tag"].as_str().unwrap()).collect();
    assert_eq!(tags, ["facilitation", "grants"], "the SNA popup covers sna now");
}

#[test]
fn show_prints_members_by_status_agenda_and_sessions_for_people() {
    let env = community();
    propose(&env, &["--max", "1"]);
    env.ok(&["popup", "join", "1", "bo"]);
    env.ok(&["popup", "agenda", "1", "add", "Draw a map", "--minutes", "20"]);
    env.ok(&["popup", "schedule", "1", "--at", "fri 12:00"]);
    let out = env.ok(&["popup", "show", "1"]);
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("joined Ana (1)"), "{out}");
    assert!(flat.contains("waitlisted Bo (2)"), "{out}");
    assert!(out.contains("1. Draw a map (20 min)"), "{out}");
    assert!(out.contains("Fri 2026-11-27 12:00"), "{out}");
    assert_eq!(env.ok(&["popup", "list", "-q"]), "1\n");
}

#[test]
fn an_archived_member_cannot_be_the_expert() {
    let env = community();
    propose(&env, &[]);
    env.ok(&["members", "archive", "ed"]);
    let before = env.snapshot();
    refused(&env, 4, &["popup", "propose", "Two", "--by", "ana", "--tag", "x", "--expert", "ed"], "archived");
    refused(&env, 4, &["popup", "edit", "1", "--expert", "ed"], "archived");
    assert_eq!(env.snapshot(), before);
}
