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

#[test]
fn the_same_link_or_title_is_kept_once() {
    let env = Env::new();
    env.ok(&["resources", "add", "Net Gains", "--url", "https://example.org/net-gains"]);
    env.ok(&["resources", "add", "Weaving", "--tag", "weaving"]);
    let before = env.snapshot();
    let err = env.fails(4, &["resources", "add", "Another name", "--url", "https://EXAMPLE.org/net-gains/"]);
    assert!(err.contains("resource 1 already has this link") && err.contains("resources edit 1"), "{err}");
    let err = env.fails(4, &["resources", "add", "  weaving "]);
    assert!(err.contains("resource 2 already has this title"), "{err}");
    assert_eq!(env.snapshot(), before);
    // An assist that suggests a kept link takes that resource instead of a second one.
    env.ok(&["assist", "log", "--challenge", "x", "--resource", "Net Gains https://example.org/net-gains"]);
    let all = env.json(&["resources", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 2, "{all}");
    assert_eq!(all[0]["assist_id"], 1);
    // Suggested twice in one assist: one resource.
    env.ok(&["assist", "log", "--challenge", "y", "--resource", "Book", "--resource", "book"]);
    assert_eq!(env.json(&["resources", "list", "--assist", "2"]).as_array().unwrap().len(), 1);
    // A path keeps its case: two videos.
    env.ok(&["resources", "add", "Video", "--url", "https://v.org/watch?v=AbC"]);
    env.ok(&["resources", "add", "Video", "--url", "https://v.org/watch?v=abc"]);
}

#[test]
fn edit_changes_a_resource_and_remove_deletes_it() {
    let env = Env::new();
    env.ok(&["assist", "log", "--challenge", "x"]);
    env.ok(&["resources", "add", "Net Gains", "--url", "https://example.org/ng", "--tag", "mapping,weaving"]);
    env.ok(&["resources", "add", "Other", "--url", "https://example.org/other"]);
    let out = env
        .cop()
        .args(["resources", "edit", "1", "--title", "Net Gains (2nd ed.)", "--note", "Ch. 3"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Updated resource 1"));
    env.ok(&["resources", "edit", "1", "--remove-tag", "weaving", "--tag", "Books", "--assist", "1"]);
    let r = env.json(&["resources", "show", "1"]);
    assert_eq!(r["title"], "Net Gains (2nd ed.)");
    assert_eq!(r["note"], "Ch. 3");
    assert_eq!(r["tags"], json!(["books", "mapping"]));
    assert_eq!(r["assist_id"], 1);
    assert_eq!(env.json(&["assist", "show", "1"])["resources"][0]["title"], "Net Gains (2nd ed.)");
    env.ok(&["resources", "edit", "1", "--url", "", "--note", "", "--assist", ""]);
    let r = env.json(&["resources", "show", "1"]);
    assert_eq!(
        (r["url"].clone(), r["note"].clone(), r["assist_id"].clone()),
        (json!(null), json!(null), json!(null))
    );

    let before = env.snapshot();
    let cases: &[(i32, &[&str], &str)] = &[
        (2, &["resources", "edit", "1"], "nothing to change"),
        (2, &["resources", "edit", "1", "--title", " "], "--title"),
        (2, &["resources", "edit", "1", "--url", "javascript:alert(1)"], "--url"),
        (2, &["resources", "edit", "1", "--tag", ""], "--tag"),
        (2, &["resources", "edit", "x", "--title", "T"], "RESOURCE"),
        (3, &["resources", "edit", "9", "--title", "T"], "no resource with id 9"),
        (3, &["resources", "edit", "1", "--assist", "7"], "no assist with id 7"),
        (
            4,
            &["resources", "edit", "1", "--url", "https://example.org/other"],
            "resource 2 already has this link",
        ),
        (2, &["resources", "remove", "1"], "--yes"),
        (3, &["resources", "remove", "9", "--yes"], "no resource with id 9"),
        (2, &["resources", "remove", "0", "--yes"], "RESOURCE"),
    ];
    for (code, args, message) in cases {
        let err = env.fails(*code, args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(env.snapshot(), before, "{args:?} changed the database");
    }
    let uuid = env.json(&["resources", "show", "2"])["uuid"].as_str().unwrap().to_string();
    assert_eq!(env.ok(&["resources", "remove", "2", "--yes"]), "2\n");
    env.fails(3, &["resources", "show", "2"]);
    let doc = env.json(&["export"]);
    assert!(doc["tombstones"].as_array().unwrap().iter().any(|t| t["uuid"] == uuid.as_str()), "{doc}");
    // An edit or removal is one operation: undo brings the resource back.
    env.ok(&["undo"]);
    assert_eq!(env.json(&["resources", "show", "2"])["title"], "Other");
}
