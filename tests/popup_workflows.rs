//! The popup and session workflows that lost or misled (issue 18, items 8 and 10): the
//! expert in the sessions, ending a popup and its sessions, needs a popup has met,
//! several members at once, a withdrawn invitation, attendance of what has not happened.

mod common;

use common::Env;
use serde_json::Value;

/// Ana proposes; Bo and Cy need the topic; Di can teach it; Ed is someone else.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana", &["--need", "network-mapping"]);
    env.member("Bo", &["--need", "network-mapping"]);
    env.member("Cy", &["--need", "network-mapping"]);
    env.member("Di", &["--expertise", "network-mapping", "--available", "fri 09:00-17:00"]);
    env.member("Ed", &[]);
    env.ok(&["popup", "propose", "Network mapping basics", "--by", "ana", "--tag", "network-mapping"]);
    env
}

fn place(env: &Env, member: i64) -> Option<String> {
    let p = env.json(&["popup", "show", "1"]);
    p["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member_id"] == member)
        .map(|m| m["status"].as_str().unwrap().to_string())
}

fn refused(env: &Env, code: i32, args: &[&str], says: &str) {
    let before = env.snapshot();
    let err = env.fails(code, args);
    assert!(err.contains(says), "{args:?}: expected {says:?} in {err}");
    assert_eq!(env.snapshot(), before, "{args:?} changed the database");
}

fn stderr(env: &Env, args: &[&str]) -> String {
    let out = env.cop().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).to_string()
}

fn ids(v: &Value) -> Vec<i64> {
    v.as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect()
}

#[test]
fn join_takes_several_members_all_or_none() {
    let env = community();
    let said = stderr(&env, &["popup", "join", "1", "bo", "cy"]);
    assert!(said.contains("Bo joined popup 1") && said.contains("Cy joined popup 1"), "{said}");
    assert_eq!(place(&env, 2).as_deref(), Some("joined"));
    assert_eq!(place(&env, 3).as_deref(), Some("joined"));
    refused(&env, 4, &["popup", "join", "1", "ed", "bo"], "already joined");
    assert_eq!(place(&env, 5), None, "Ed was not joined when Bo's join was refused");
    refused(&env, 3, &["popup", "join", "1", "ed", "nobody"], "no member matches");
    refused(&env, 2, &["popup", "join", "1"], "MEMBER");
    refused(&env, 4, &["popup", "leave", "1", "bo", "ed"], "cannot leave");
}

#[test]
fn leave_on_an_invited_member_withdraws_the_invitation() {
    let env = community();
    env.ok(&["popup", "invite", "1", "bo"]);
    assert_eq!(place(&env, 2).as_deref(), Some("invited"));
    let said = stderr(&env, &["popup", "leave", "1", "bo"]);
    assert!(said.contains("Withdrew the invitation of Bo to popup 1"), "{said}");
    assert!(!said.contains("left"), "{said}");
    assert_eq!(place(&env, 2), None);
    // Withdrawn, not declined: Bo may be invited again.
    env.ok(&["popup", "invite", "1", "bo"]);
    assert_eq!(place(&env, 2).as_deref(), Some("invited"));
    refused(&env, 4, &["popup", "leave", "1", "ed"], "cannot leave");
}

#[test]
fn the_expert_is_invited_to_the_sessions_and_never_a_learner() {
    let env = community();
    env.ok(&["popup", "edit", "1", "--expert", "di"]);
    env.ok(&["popup", "join", "1", "bo"]);
    refused(&env, 4, &["popup", "join", "1", "di"], "expert");
    let said = stderr(&env, &["popup", "schedule", "1", "--at", "2026-12-04 12:00"]);
    assert!(said.contains("and its expert are invited"), "{said}");
    let s = env.json(&["sessions", "show", "1"]);
    let invited: Vec<i64> =
        s["rsvps"].as_array().unwrap().iter().map(|r| r["member_id"].as_i64().unwrap()).collect();
    assert!(invited.contains(&4) && invited.contains(&2), "{s}");
    assert_eq!(ids(&env.json(&["sessions", "list", "--member", "di"])), [1]);
    let ics = env.ok(&["sessions", "export", "--ics", "--member", "di"]);
    assert!(ics.contains("BEGIN:VEVENT"), "{ics}");
    // Slots count the expert (free on Fridays 9 to 5).
    let slots =
        env.json(&["popup", "schedule", "1", "--suggest", "--from", "2026-12-01", "--to", "2026-12-07"]);
    let counted = slots.as_array().unwrap().iter().any(|s| {
        s["available"].as_array().unwrap().contains(&Value::from(4))
            || s["unavailable"].as_array().unwrap().contains(&Value::from(4))
    });
    assert!(counted, "{slots}");
    // A learner made the expert leaves the learners (and their waitlist).
    env.ok(&["popup", "edit", "1", "--expert", "bo"]);
    assert_eq!(place(&env, 2), None);
}

#[test]
fn closing_or_cancelling_a_popup_cancels_its_sessions_to_come_unless_kept() {
    let env = community();
    env.ok(&["popup", "schedule", "1", "--at", "2026-12-04 12:00", "--count", "2"]);
    let said = stderr(&env, &["popup", "close", "1"]);
    assert!(
        said.contains("its 2 sessions to come are cancelled") && said.contains("--keep-sessions"),
        "{said}"
    );
    assert_eq!(env.json(&["sessions", "show", "1"])["status"], "cancelled");

    let env = community();
    env.ok(&["popup", "schedule", "1", "--at", "2026-12-04 12:00"]);
    env.ok(&["popup", "close", "1", "--keep-sessions"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["status"], "scheduled");

    let env = community();
    env.ok(&["popup", "schedule", "1", "--at", "2026-12-04 12:00"]);
    env.ok(&["popup", "cancel", "1", "--keep-sessions"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["status"], "scheduled");
    refused(&env, 4, &["popup", "close", "1"], "cancelled");
}

#[test]
fn a_need_met_by_a_done_popup_is_no_longer_open_until_named_again() {
    let env = community();
    env.ok(&["popup", "join", "1", "bo"]);
    let need = |env: &Env| -> Vec<i64> {
        let rows = env.json(&["report", "needs"]);
        let row = rows.as_array().unwrap().iter().find(|r| r["need"] == "network-mapping").cloned();
        row.map(|r| r["needed_by"].as_array().unwrap().iter().map(|p| p["id"].as_i64().unwrap()).collect())
            .unwrap_or_default()
    };
    assert_eq!(need(&env), [1, 2, 3]);
    env.cop().args(["popup", "close", "1"]).env("COP_NOW", "2026-11-25T10:00:00-06:00").assert().success();
    assert_eq!(need(&env), [3], "Ana and Bo completed the popup; Cy did not take part");
    // Bo names it again later: open again.
    env.ok(&["members", "edit", "bo", "--remove-need", "network-mapping"]);
    env.cop()
        .args(["members", "edit", "bo", "--add-need", "network-mapping"])
        .env("COP_NOW", "2026-11-26T10:00:00-06:00")
        .assert()
        .success();
    assert_eq!(need(&env), [2, 3]);
}

#[test]
fn attendance_of_a_session_to_come_is_refused_unless_forced() {
    let env = community();
    env.ok(&["sessions", "add", "--title", "Next", "--at", "2026-12-04 12:00"]);
    env.ok(&["sessions", "add", "--title", "Last", "--at", "2026-11-20 12:00"]);
    refused(&env, 4, &["sessions", "attend", "1", "bo"], "has not started yet");
    let err = env.fails(4, &["sessions", "attend", "1", "bo"]);
    assert!(err.contains("--force"), "{err}");
    env.ok(&["sessions", "attend", "2", "bo"]);
    env.ok(&["sessions", "attend", "1", "bo", "--force"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["attendees"], serde_json::json!([2]));
    env.ok(&["sessions", "attend", "1", "bo", "--remove"]);
}

#[test]
fn agenda_edit_changes_an_item_and_assigns_it_to_a_session() {
    let env = community();
    env.ok(&["popup", "schedule", "1", "--at", "2026-12-04 12:00", "--count", "2"]);
    env.ok(&["popup", "agenda", "1", "add", "Draw a map", "--minutes", "20"]);
    env.ok(&["sessions", "add", "--title", "Other", "--at", "2026-12-20 12:00"]);
    let said =
        stderr(&env, &["popup", "agenda", "1", "edit", "1", "--text", "Draw a first map", "--session", "2"]);
    assert!(said.contains("Updated agenda item 1, covered in session 2"), "{said}");
    let item = &env.json(&["popup", "agenda", "1", "list"])[0];
    assert_eq!(
        (item["text"].as_str(), item["minutes"].as_i64(), item["session_id"].as_i64()),
        (Some("Draw a first map"), Some(20), Some(2))
    );
    env.ok(&["popup", "agenda", "1", "edit", "1", "--no-minutes", "--no-session"]);
    let item = &env.json(&["popup", "agenda", "1", "list"])[0];
    assert_eq!((item["minutes"].clone(), item["session_id"].clone()), (Value::Null, Value::Null));
    refused(&env, 2, &["popup", "agenda", "1", "edit", "1"], "nothing to change");
    refused(&env, 2, &["popup", "agenda", "1", "edit", "1", "--session", "3"], "not a session of popup 1");
    refused(&env, 2, &["popup", "agenda", "1", "edit", "1", "--text", " "], "--text");
    refused(&env, 3, &["popup", "agenda", "1", "edit", "9", "--text", "x"], "no agenda item 9");
    refused(&env, 2, &["popup", "agenda", "1", "edit", "1", "--minutes", "0"], "--minutes");
}
