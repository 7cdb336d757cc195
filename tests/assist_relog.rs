//! `assist log --from` of a file whose assist this copy holds updates it (issue 18,
//! item 9): a file logged twice is one assist, `--new` logs a copy.

mod common;

use common::Env;
use serde_json::Value;

fn community() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    env.member("Bo Lima", &[]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Grow the network",
        "--presenter",
        "ana",
        "--listener",
        "bo",
        "--date",
        "2026-11-20 12:00",
        "--resource",
        "Net Gains https://example.org/net-gains",
        "--next-step",
        "Draft the map @ana due:2026-11-27",
    ]);
    env
}

fn log_from(env: &Env, doc: &Value, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["assist", "log", "--from", "-"];
    args.extend_from_slice(extra);
    env.cop().args(&args).write_stdin(doc.to_string()).output().unwrap()
}

fn count(env: &Env, noun: &str) -> usize {
    env.json(&[noun, "list"]).as_array().unwrap().len()
}

#[test]
fn logging_the_shown_file_again_updates_the_assist() {
    let env = community();
    let mut doc = env.json(&["assist", "show", "1"]);
    doc["reflection"] = Value::from("Short questions helped");
    doc["next_steps"][0]["done_at"] = Value::from("2026-11-22T10:00:00Z");
    let out = log_from(&env, &doc, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Updated assist 1"));
    assert_eq!(count(&env, "assist"), 1);
    assert_eq!(count(&env, "resources"), 1);
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["reflection"], "Short questions helped");
    assert_eq!(a["uuid"], doc["uuid"]);
    assert_eq!(a["next_steps"][0]["id"], doc["next_steps"][0]["id"], "the follow-up keeps its id");
    assert!(a["next_steps"][0]["done_at"].is_string());
    // Twice more, unchanged: still one assist, one resource, one next step.
    for _ in 0..2 {
        assert!(log_from(&env, &doc, &[]).status.success());
    }
    assert_eq!((count(&env, "assist"), count(&env, "resources")), (1, 1));
    assert_eq!(env.json(&["assist", "show", "1"])["next_steps"].as_array().unwrap().len(), 1);
}

#[test]
fn a_file_from_another_copy_updates_by_uuid_and_matches_resources_by_link() {
    let env = community();
    let mut doc = env.json(&["assist", "show", "1"]);
    // Another copy numbers its records its own way.
    doc["id"] = Value::from(40);
    doc["resources"][0]["id"] = Value::from(77);
    doc["resources"][0]["title"] = Value::from("Net Gains (handbook)");
    doc["next_steps"][0]["id"] = Value::from(99);
    let out = log_from(&env, &doc, &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    assert_eq!((count(&env, "assist"), count(&env, "resources")), (1, 1));
    assert_eq!(env.json(&["resources", "show", "1"])["assist_id"], 1, "the kept resource, still linked");
    assert_eq!(env.json(&["assist", "show", "1"])["next_steps"].as_array().unwrap().len(), 1);
}

#[test]
fn new_logs_a_copy_with_a_new_uuid() {
    let env = community();
    let doc = env.json(&["assist", "show", "1"]);
    let out = log_from(&env, &doc, &["--new"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let copy = env.json(&["assist", "show", "2"]);
    assert_ne!(copy["uuid"], doc["uuid"]);
    assert_eq!(copy["challenge"], doc["challenge"]);
    assert_eq!(env.json(&["resources", "list", "--assist", "2"]).as_array().unwrap().len(), 1);
    // An unknown UUID is a new assist too.
    let mut other = doc.clone();
    other["uuid"] = Value::from("0b7c6f1e-1111-4222-8333-444455556666");
    assert_eq!(String::from_utf8_lossy(&log_from(&env, &other, &[]).stdout), "3\n");
}

#[test]
fn a_draft_from_a_file_is_said_to_be_saved_as_a_draft_not_logged() {
    let env = community();
    let mut doc = env.json(&["assist", "show", "1"]);
    doc["status"] = Value::from("draft");
    let out = log_from(&env, &doc, &["--new"]);
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{e}");
    assert!(e.contains("Saved draft assist 2") && !e.contains("Logged"), "{e}");
    assert_eq!(env.json(&["assist", "show", "2"])["status"], "draft");
}

#[test]
fn a_bad_update_changes_nothing() {
    let env = community();
    let doc = env.json(&["assist", "show", "1"]);
    let before = env.snapshot();
    let refused = |doc: &Value, code: i32, says: &str| {
        let out = log_from(&env, doc, &[]);
        let err = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(code), "{err}");
        assert!(err.contains(says), "{err}");
        assert_eq!(env.snapshot(), before);
    };
    let mut d = doc.clone();
    d["status"] = Value::from("requested");
    refused(&d, 2, "status requested");
    let mut d = doc.clone();
    d["listeners"] = serde_json::json!([1]);
    refused(&d, 2, "--from: listeners");
    let mut d = doc.clone();
    d["minutes"] = Value::from(999);
    refused(&d, 2, "--from: minutes");
    let mut d = doc.clone();
    d["presenters"] = serde_json::json!([42]);
    refused(&d, 3, "presenters");
    let err = env.fails(2, &["assist", "log", "--new"]);
    assert!(err.contains("--from"), "{err}");
    assert_eq!(env.snapshot(), before);
}
