mod common;

use common::Env;
use serde_json::{Value, json};

/// Three members: Ana (1) presents, Bo (2) and Cy (3) listen.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@example.org"]);
    env.member("Bo Lima", &[]);
    env.member("Cy Park", &[]);
    env
}

const FULL: &[&str] = &[
    "assist",
    "log",
    "--challenge",
    "Grow the network beyond the core group",
    "--presenter",
    "ana",
    "--listener",
    "bo",
    "--listener",
    "cy",
    "--date",
    "2026-11-20 12:00",
    "--minutes",
    "50",
    "--situation",
    "Twelve weavers, mostly in one region",
    "--clarify",
    "Who joined last? Two from the coast",
    "--clarify",
    "Budget? None",
    "--idea",
    "Map the network first",
    "--resource",
    "Net Gains https://example.org/net-gains",
    "--resource",
    "Connecting to Change the World",
    "--response",
    "The map comes first",
    "--takeaway",
    "bo: a map for my project",
    "--reflection",
    "Short questions helped",
    "--next-step",
    "Draft the map @ana due:2026-11-27",
    "--next-step",
    "Invite the coast group @bo due:fri",
    "--next-step",
    "Read Net Gains",
];

#[test]
fn log_with_every_step_as_flags_records_the_whole_assist() {
    let env = community();
    assert_eq!(env.ok(FULL).trim(), "1");
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["id"], 1);
    assert_eq!(a["date"], "2026-11-20T18:00:00Z");
    assert_eq!(a["minutes"], 50);
    assert_eq!(a["presenters"], json!([1]));
    assert_eq!(a["listeners"], json!([2, 3]));
    assert_eq!(a["clarifying"], json!(["Who joined last? Two from the coast", "Budget? None"]));
    assert_eq!(a["ideas"], json!(["Map the network first"]));
    assert_eq!(a["resources"][0]["title"], "Net Gains");
    assert_eq!(a["resources"][0]["url"], "https://example.org/net-gains");
    assert_eq!(a["resources"][1]["url"], Value::Null);
    assert_eq!(a["takeaways"], json!([{"member_id": 2, "text": "a map for my project"}]));
    assert_eq!(a["next_steps"][0]["owner_id"], 1);
    assert_eq!(a["next_steps"][0]["due"], "2026-11-27");
    assert_eq!(a["next_steps"][1]["due"], "2026-11-27", "fri is the next Friday");
    assert_eq!(a["next_steps"][2]["owner_id"], Value::Null);
    assert_eq!(a["status"], "logged");
    assert_eq!(a["continue_discussion"], false);
}

#[test]
fn the_assist_json_contract_has_every_field() {
    let env = community();
    env.ok(FULL);
    let a = env.json(&["assist", "show", "1"]);
    for field in [
        "id",
        "uuid",
        "date",
        "minutes",
        "challenge",
        "group",
        "presenters",
        "listeners",
        "situation",
        "clarifying",
        "ideas",
        "resources",
        "response",
        "takeaways",
        "reflection",
        "next_steps",
        "continue_discussion",
        "status",
    ] {
        assert!(a.get(field).is_some(), "missing {field}");
    }
    for field in ["id", "text", "owner_id", "due", "done_at"] {
        assert!(a["next_steps"][0].get(field).is_some(), "next step misses {field}");
    }
}

#[test]
fn log_prints_the_id_and_defaults_to_now_and_45_minutes() {
    let env = community();
    let out = env.cop().args(["assist", "log", "--challenge", "Funding", "--continue"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("Logged assist 1"));
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["date"], "2026-11-24T16:00:00Z");
    assert_eq!(a["minutes"], 45);
    assert_eq!(a["continue_discussion"], true);
    assert_eq!(a["presenters"], json!([]));
}

#[test]
fn a_group_can_be_the_challenge_group() {
    let env = community();
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Statewide reach",
        "--group",
        "Coast network",
        "--listener",
        "ana",
    ]);
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["group"], "Coast network");
    assert!(env.ok(&["assist", "list"]).contains("Coast network"));
}

#[test]
fn from_file_round_trips_show_json() {
    let env = community();
    env.ok(FULL);
    env.ok(&["assist", "done", "3"]);
    let shown = env.ok(&["assist", "show", "1", "--format", "json"]);
    let out = env
        .cop()
        .args(["assist", "log", "--from", "-", "--new"])
        .write_stdin(shown.clone())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
    let strip = |mut v: Value| {
        for k in ["id", "uuid"] {
            v[k] = Value::Null;
        }
        for list in ["next_steps", "resources"] {
            for item in v[list].as_array_mut().unwrap() {
                item["id"] = Value::Null;
            }
        }
        v
    };
    let first: Value = serde_json::from_str(&shown).unwrap();
    let second = env.json(&["assist", "show", "2"]);
    assert_eq!(strip(first), strip(second));
    assert_eq!(env.json(&["resources", "list", "--assist", "2"]).as_array().unwrap().len(), 2);
}

#[test]
fn from_file_accepts_member_names_and_a_file_path() {
    let env = community();
    let path = env.dir.path().join("assist.json");
    std::fs::write(
        &path,
        r#"{"challenge": "Onboarding", "presenters": ["ana@example.org"], "listeners": ["Bo"],
            "takeaways": [{"member_id": "cy", "text": "steal the checklist"}],
            "next_steps": [{"text": "Write checklist", "owner_id": "bo", "due": "+1w"}]}"#,
    )
    .unwrap();
    env.ok(&["assist", "log", "--from", path.to_str().unwrap()]);
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["presenters"], json!([1]));
    assert_eq!(a["listeners"], json!([2]));
    assert_eq!(a["takeaways"][0]["member_id"], 3);
    assert_eq!(a["next_steps"][0]["due"], "2026-12-01");
}

#[test]
fn bad_input_changes_nothing() {
    let env = community();
    env.ok(FULL);
    let before = env.snapshot();
    let cases: &[(i32, &[&str], &str)] = &[
        (2, &["assist", "log", "--presenter", "ana"], "--challenge"),
        (2, &["assist", "log", "--challenge", "  "], "--challenge"),
        (
            3,
            &["assist", "log", "--challenge", "x", "--presenter", "zed"],
            "--presenter: no member matches \"zed\"",
        ),
        (
            3,
            &["assist", "log", "--challenge", "x", "--listener", "zed"],
            "--listener: no member matches \"zed\"",
        ),
        (
            2,
            &["assist", "log", "--challenge", "x", "--presenter", "ana", "--listener", "1"],
            "cannot also be a listener",
        ),
        (2, &["assist", "log", "--challenge", "x", "--next-step", "Call @bo due:someday"], "due:"),
        (3, &["assist", "log", "--challenge", "x", "--next-step", "Call @zed"], "no member matches \"zed\""),
        (2, &["assist", "log", "--challenge", "x", "--takeaway", "no colon"], "--takeaway"),
        (3, &["assist", "log", "--challenge", "x", "--takeaway", "zed: hi"], "no member matches"),
        (2, &["assist", "log", "--challenge", "x", "--minutes", "4"], "--minutes"),
        (2, &["assist", "log", "--challenge", "x", "--minutes", "241"], "--minutes"),
        (2, &["assist", "log", "--challenge", "x", "--date", "soonish"], "--date"),
        (3, &["assist", "log", "--challenge", "x", "--session", "9"], "no session with id 9"),
        (3, &["assist", "show", "9"], "no assist with id 9"),
        (2, &["assist", "show", "abc"], "ASSIST"),
        (3, &["assist", "edit", "9", "--challenge", "y"], "no assist with id 9"),
        (2, &["assist", "edit", "1"], "nothing to change"),
        (2, &["assist", "edit", "1", "--listener", "ana"], "cannot also be a listener"),
        (3, &["assist", "done", "99"], "no next step with id 99"),
        (2, &["assist", "run"], "needs a terminal"),
        (2, &["assist", "run", "--minutes", "6"], "--minutes"),
    ];
    for (code, args, message) in cases {
        let err = env.fails(*code, args);
        assert!(err.contains(message), "{args:?}: {err}");
        assert_eq!(env.snapshot(), before, "{args:?} changed the database");
    }
}

#[test]
fn from_file_that_is_not_json_or_has_an_unknown_field_is_refused_by_name() {
    let env = community();
    env.ok(FULL);
    let before = env.snapshot();
    let run = |input: &str| {
        let out =
            env.cop().args(["assist", "log", "--from", "-"]).write_stdin(input.to_string()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{input}");
        String::from_utf8(out.stderr).unwrap()
    };
    assert!(run("not json").contains("--from -"));
    let err = run(r#"{"challenge": "x", "mood": "sunny"}"#);
    assert!(err.contains("unknown field `mood`"), "{err}");
    let err = run(r#"{"challenge": "x", "next_steps": [{"text": "a", "owner": 1}]}"#);
    assert!(err.contains("unknown field `owner`"), "{err}");
    assert!(run(r#"{"presenters": [1]}"#).contains("challenge"));
    assert!(run(r#"{"challenge": "x", "minutes": 300}"#).contains("--from: minutes"));
    assert!(run(r#"{"challenge": "x", "presenters": [1], "listeners": [1]}"#).contains("--from: listeners"));
    assert!(run(r#"{"challenge": "x", "next_steps": [{"text": "a", "due": "later"}]}"#).contains("due"));
    let missing = env.fails(2, &["assist", "log", "--from", "/no/such/file.json"]);
    assert!(missing.contains("/no/such/file.json"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn followups_list_open_steps_oldest_due_first_and_done_closes_them() {
    let env = community();
    env.ok(FULL);
    env.ok(&["assist", "log", "--challenge", "Later one", "--next-step", "Overdue thing @cy due:2026-11-01"]);
    let f = env.json(&["assist", "followups"]);
    let ids: Vec<i64> = f.as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [4, 1, 2, 3], "oldest due first, undated last");
    assert_eq!(f[0]["assist_id"], 2);
    assert_eq!(f[0]["owner"], "Cy Park");
    let overdue = env.json(&["assist", "followups", "--overdue"]);
    assert_eq!(overdue.as_array().unwrap().len(), 1);
    let bo = env.json(&["assist", "followups", "--owner", "bo"]);
    assert_eq!(bo[0]["text"], "Invite the coast group");
    assert_eq!(bo.as_array().unwrap().len(), 1);

    assert_eq!(env.ok(&["assist", "done", "4"]).trim(), "4");
    let again = env.fails(4, &["assist", "done", "4"]);
    assert!(again.contains("already done"), "{again}");
    assert_eq!(env.json(&["assist", "followups"]).as_array().unwrap().len(), 3);
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["next_steps"][0]["done_at"], "2026-11-24T16:00:00Z");
    assert!(env.ok(&["assist", "show", "2", "--format", "markdown"]).contains("- [x] Overdue thing"));
}

#[test]
fn list_filters_by_member_date_and_open_steps() {
    let env = community();
    env.ok(FULL);
    env.ok(&["assist", "log", "--challenge", "Cy's question", "--presenter", "cy", "--date", "2026-10-01"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args).as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(&["assist", "list"]), [1, 2], "newest first");
    assert_eq!(ids(&["assist", "list", "--member", "cy"]), [1, 2]);
    assert_eq!(ids(&["assist", "list", "--member", "ana"]), [1]);
    assert_eq!(ids(&["assist", "list", "--since", "2026-11-01"]), [1]);
    assert_eq!(ids(&["assist", "list", "--open"]), [1]);
    assert_eq!(ids(&["assist", "list", "--drafts"]), Vec::<i64>::new());
    assert_eq!(env.ok(&["assist", "list", "-q"]), "1\n2\n");
    let csv = env.ok(&["assist", "list", "--format", "csv"]);
    assert!(csv.starts_with("id,uuid,date,minutes,challenge"));
    assert!(env.fails(3, &["assist", "list", "--member", "zed"]).contains("--member"));
}

#[test]
fn list_and_show_on_a_missing_database_create_nothing() {
    let env = Env::new();
    let out = env.cop().args(["assist", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no assists found"));
    env.fails(3, &["assist", "show", "1"]);
    env.fails(3, &["assist", "done", "1"]);
    assert_eq!(env.ok(&["assist", "followups", "--json"]).trim(), "[]");
    assert!(!env.db().exists());
}

#[test]
fn show_markdown_has_every_step_the_people_resources_and_next_steps() {
    let env = community();
    env.ok(FULL);
    let md = env.ok(&["assist", "show", "1", "--format", "markdown"]);
    for part in [
        "# Peer assist: Grow the network beyond the core group",
        "**Challenge group:** Ana Souza",
        "**Listeners:** Bo Lima, Cy Park",
        "## 1. Situation",
        "## 2. Clarifying questions",
        "## 3. Ideas",
        "- [Net Gains](https://example.org/net-gains)",
        "## 4. Response",
        "## 5. Takeaways",
        "- **Bo Lima:** a map for my project",
        "## 6. Reflection",
        "## 7. Next steps",
        "- [ ] Draft the map (Ana Souza, due 2026-11-27)",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    let table = env.ok(&["assist", "show", "1"]);
    assert!(table.contains("Short questions helped"));
}

#[test]
fn edit_sets_fields_adds_notes_and_keeps_next_step_ids() {
    let env = community();
    env.ok(FULL);
    env.ok(&[
        "assist",
        "edit",
        "1",
        "--challenge",
        "Grow the network",
        "--idea",
        "Ask the coast",
        "--reflection",
        "",
        "--facilitator",
        "cy",
        "--remove-member",
        "cy",
        "--remove-member",
        "bo",
        "--presenter",
        "bo",
        "--continue",
    ]);
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["challenge"], "Grow the network");
    assert_eq!(a["ideas"], json!(["Map the network first", "Ask the coast"]));
    assert_eq!(a["reflection"], Value::Null);
    assert_eq!(a["presenters"], json!([1, 2]), "bo moved to the challenge group");
    assert_eq!(a["listeners"], json!([]));
    assert_eq!(a["facilitators"], json!([3]));
    assert_eq!(a["continue_discussion"], true);
    let steps: Vec<i64> =
        a["next_steps"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(steps, [1, 2, 3]);
}

#[test]
fn edit_from_file_replaces_the_assist() {
    let env = community();
    env.ok(FULL);
    let mut a = env.json(&["assist", "show", "1"]);
    a["situation"] = json!("Rewritten");
    a["next_steps"] = json!([a["next_steps"][1].clone(), {"text": "New step"}]);
    a["resources"] = json!([]);
    let out =
        env.cop().args(["assist", "edit", "1", "--from", "-"]).write_stdin(a.to_string()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let b = env.json(&["assist", "show", "1"]);
    assert_eq!(b["situation"], "Rewritten");
    let steps: Vec<i64> =
        b["next_steps"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(steps, [2, 4], "kept steps keep their id");
    assert_eq!(b["resources"], json!([]));
    assert_eq!(env.json(&["resources", "list"]).as_array().unwrap().len(), 2, "resources stay, unlinked");
}

#[test]
fn log_links_a_session() {
    let env = community();
    env.ok(&["assist", "log", "--challenge", "x"]);
    // No sessions command here yet: a session row made directly.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "INSERT INTO sessions (uuid, title, starts_at, created_at, updated_at)
         VALUES ('s-1', 'Assist hour', '2026-11-20T18:00:00Z', '2026-11-20T18:00:00Z', '2026-11-20T18:00:00Z')",
        [],
    )
    .unwrap();
    env.ok(&["assist", "log", "--challenge", "y", "--session", "1"]);
    assert_eq!(env.json(&["assist", "show", "2"])["session_id"], 1);
}
