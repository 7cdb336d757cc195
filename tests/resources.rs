mod common;

use common::Env;
use serde_json::json;

#[test]
fn add_prints_the_id_and_show_has_every_field() {
    let env = Env::new();
    let id = env.ok(&[
        "resources",
        "add",
        "Net Gains",
        "--url",
        "https://example.org/net-gains",
        "--tag",
        "Network Weaving",
        "--tag",
        "mapping",
        "--note",
        "A handbook",
    ]);
    assert_eq!(id.trim(), "1");
    let r = env.json(&["resources", "show", "1"]);
    for field in
        ["id", "uuid", "title", "url", "note", "tags", "assist_id", "popup_id", "session_id", "created_at"]
    {
        assert!(r.get(field).is_some(), "missing {field}");
    }
    assert_eq!(r["tags"], json!(["mapping", "network-weaving"]));
    assert_eq!(r["note"], "A handbook");
    assert_eq!(r["assist_id"], serde_json::Value::Null);
    assert!(env.ok(&["resources", "show", "1"]).contains("https://example.org/net-gains"));
}

#[test]
fn list_filters_by_tag_and_assist() {
    let env = Env::new();
    env.ok(&["resources", "add", "Net Gains", "--tag", "mapping"]);
    env.ok(&["resources", "add", "Weaving Smart Networks", "--tag", "weaving"]);
    env.ok(&["assist", "log", "--challenge", "x", "--resource", "Connecting https://c.org"]);
    let titles = |args: &[&str]| -> Vec<String> {
        env.json(args).as_array().unwrap().iter().map(|r| r["title"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(titles(&["resources", "list"]), ["Net Gains", "Weaving Smart Networks", "Connecting"]);
    assert_eq!(titles(&["resources", "list", "--tag", "Mapping"]), ["Net Gains"]);
    assert_eq!(titles(&["resources", "list", "--tag", "unknown"]), Vec::<String>::new());
    assert_eq!(titles(&["resources", "list", "--assist", "1"]), ["Connecting"]);
    assert_eq!(env.ok(&["resources", "list", "-q"]), "1\n2\n3\n");
}

#[test]
fn a_resource_can_name_the_assist_it_came_from() {
    let env = Env::new();
    env.ok(&["assist", "log", "--challenge", "x"]);
    env.ok(&["resources", "add", "Book", "--assist", "1"]);
    assert_eq!(env.json(&["resources", "show", "1"])["assist_id"], 1);
    assert_eq!(env.json(&["assist", "show", "1"])["resources"][0]["title"], "Book");
}

#[test]
fn bad_input_changes_nothing() {
    let env = Env::new();
    env.ok(&["resources", "add", "Net Gains"]);
    let before = env.snapshot();
    let cases: &[(i32, &[&str], &str)] = &[
        (2, &["resources", "add", "  "], "TITLE"),
        (2, &["resources", "add", "x", "--url", "not a link"], "--url"),
        (2, &["resources", "add", "x", "--tag", ""], "--tag"),
        (3, &["resources", "add", "x", "--assist", "7"], "no assist with id 7"),
        (3, &["resources", "show", "9"], "no resource with id 9"),
        (2, &["resources", "show", "nine"], "RESOURCE"),
    ];
    for (code, args, message) in cases {
        let err = env.fails(*code, args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(env.snapshot(), before, "{args:?} changed the database");
    }
}

#[test]
fn reads_of_a_missing_database_create_nothing() {
    let env = Env::new();
    assert_eq!(env.ok(&["resources", "list", "--json"]).trim(), "[]");
    env.fails(3, &["resources", "show", "1"]);
    assert!(!env.db().exists());
}
