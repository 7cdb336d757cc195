mod common;

use common::Env;
use serde_json::{Value, json};

fn community(env: &Env) {
    env.member("Ana Souza", &[]);
    env.member("Bo Lima", &[]);
    env.ok(&["popup", "propose", "Network mapping", "--by", "ana"]);
}

#[test]
fn a_story_is_added_listed_and_shown_with_its_source_and_value() {
    let env = Env::new();
    community(&env);
    let id = env.ok(&[
        "stories",
        "add",
        "From my popup I took away planning in chunks",
        "--member",
        "bo",
        "--from-popup",
        "1",
        "--value",
        "applied",
    ]);
    assert_eq!(id.trim(), "1");
    env.ok(&["stories", "add", "I now see our network as a map", "--member", "ana", "--value", "Reframing"]);
    let s = env.json(&["stories", "show", "1"]);
    assert_eq!(s["member_id"], 2);
    assert_eq!(s["member"], "Bo Lima");
    assert_eq!(s["value"], "applied");
    assert_eq!(s["popup_id"], 1);
    assert_eq!((s["assist_id"].clone(), s["session_id"].clone()), (Value::Null, Value::Null));
    assert_eq!(s["source"], "popup 1: Network mapping");
    for field in ["id", "uuid", "text", "created_at", "updated_at"] {
        assert!(s.get(field).is_some(), "missing {field}");
    }
    let all = env.json(&["stories", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    let applied = env.json(&["stories", "list", "--value", "applied"]);
    assert_eq!(applied.as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["stories", "list", "--member", "ana"])[0]["value"], "reframing");
    let table = env.ok(&["stories", "list"]);
    assert!(table.contains("planning in chunks") && table.contains("popup 1: Network mapping"), "{table}");
}

#[test]
fn bad_stories_name_the_field_and_change_nothing() {
    let env = Env::new();
    community(&env);
    let before = env.snapshot();
    assert!(env.fails(2, &["stories", "add", "x", "--member", "ana", "--value", "huge"]).contains("--value"));
    assert!(env.fails(2, &["stories", "add", "  ", "--member", "ana"]).contains("TEXT"));
    assert!(env.fails(3, &["stories", "add", "x", "--member", "zed"]).contains("zed"));
    assert!(
        env.fails(3, &["stories", "add", "x", "--member", "ana", "--from-assist", "9"])
            .contains("--from-assist")
    );
    assert!(
        env.fails(2, &["stories", "add", "x", "--member", "ana", "--from-session", "0"])
            .contains("--from-session")
    );
    env.fails(2, &["stories", "add", "x", "--member", "ana", "--from-popup", "1", "--from-assist", "1"]);
    assert!(env.fails(2, &["stories", "list", "--value", "big"]).contains("--value"));
    assert!(env.fails(3, &["stories", "show", "7"]).contains("no story"));
    assert!(env.fails(2, &["stories", "show", "x"]).contains("STORY"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn assist_log_story_keeps_each_takeaway_as_a_story() {
    let env = Env::new();
    community(&env);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Planning",
        "--presenter",
        "ana",
        "--listener",
        "bo",
        "--takeaway",
        "bo: planning in chunks",
        "--story",
    ]);
    env.ok(&["assist", "log", "--challenge", "Other", "--presenter", "ana", "--takeaway", "bo: not a story"]);
    let stories = env.json(&["stories", "list"]);
    assert_eq!(stories.as_array().unwrap().len(), 1, "only with --story");
    assert_eq!(stories[0]["text"], "planning in chunks");
    assert_eq!(stories[0]["assist_id"], 1);
    assert_eq!(stories[0]["source"], "assist 1: Planning");
    env.fails(2, &["assist", "log", "--from", "-", "--story"]);
}

#[test]
fn stories_travel_in_export_and_import() {
    let a = Env::new();
    community(&a);
    a.ok(&[
        "stories",
        "add",
        "A map of my network",
        "--member",
        "bo",
        "--from-popup",
        "1",
        "--value",
        "immediate",
    ]);
    let doc = a.ok(&["export"]);
    let parsed: Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(parsed["stories"].as_array().map(Vec::len), Some(1), "{doc}");
    let file = a.dir.path().join("community.json");
    std::fs::write(&file, &doc).unwrap();
    let b = Env::new();
    b.ok(&["import", file.to_str().unwrap()]);
    let s = b.json(&["stories", "list"]);
    assert_eq!(s[0]["text"], "A map of my network");
    assert_eq!(s[0]["member"], "Bo Lima");
    assert_eq!(s[0]["value"], "immediate");
    assert_eq!(s[0]["source"], "popup 1: Network mapping");
    // Importing again changes nothing.
    let before = b.snapshot();
    b.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(b.snapshot(), before);
}

#[test]
fn forgetting_a_member_forgets_their_stories() {
    let env = Env::new();
    community(&env);
    env.ok(&["stories", "add", "Mine", "--member", "bo"]);
    env.ok(&["stories", "add", "Ana's", "--member", "ana"]);
    env.ok(&["members", "forget", "bo", "--yes"]);
    let left = env.json(&["stories", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["member"], "Ana Souza");
    assert_eq!(env.json(&["stories", "list", "--value", "applied"]), json!([]));
}

#[test]
fn stories_of_a_missing_database_are_empty_and_create_nothing() {
    let env = Env::new();
    assert_eq!(env.json(&["stories", "list"]), json!([]));
    env.fails(3, &["stories", "show", "1"]);
    assert!(!env.db().exists());
}
