mod common;

use common::Env;
use serde_json::json;

/// Adds a session (on 2026-12-04 12:00 unless `extra` says `--at`) and returns its id.
fn session(env: &Env, extra: &[&str]) -> i64 {
    let mut args = vec!["sessions", "add", "--title", "Brown-bag"];
    if !extra.contains(&"--at") {
        args.extend(["--at", "2026-12-04 12:00"]);
    }
    args.extend_from_slice(extra);
    env.ok(&args).trim().parse().expect("an id")
}

#[test]
fn add_prints_the_id_and_the_json_contract_has_every_field() {
    let env = Env::new();
    let ana = env.member("Ana Souza", &[]);
    let id =
        session(&env, &["--facilitator", "ana", "--link", "https://meet.example.org/x", "--minutes", "90"]);
    assert_eq!(id, 1);
    let s = env.json(&["sessions", "show", "1"]);
    for f in [
        "id",
        "uuid",
        "kind",
        "title",
        "starts_at",
        "ends_at",
        "minutes",
        "link",
        "location",
        "status",
        "facilitators",
        "rsvps",
        "attendees",
        "trainer",
        "capacity",
        "note",
        "popup_id",
        "cancel_reason",
        "sequence",
    ] {
        assert!(s.get(f).is_some(), "missing {f}");
    }
    assert_eq!(s["kind"], "meetup");
    assert_eq!(s["starts_at"], "2026-12-04T18:00:00Z");
    assert_eq!(s["ends_at"], "2026-12-04T19:30:00Z");
    assert_eq!(s["minutes"], 90);
    assert_eq!(s["status"], "scheduled");
    assert_eq!(s["facilitators"], json!([ana]));
    assert_eq!(s["sequence"], 0);
}

#[test]
fn list_filters_by_time_kind_and_member() {
    let env = Env::new();
    env.member("Ana", &[]);
    session(&env, &["--at", "2026-11-20 12:00", "--kind", "training"]);
    session(&env, &["--at", "2026-12-04 12:00", "--facilitator", "ana"]);
    session(&env, &["--at", "2026-12-18 12:00"]);
    let ids = |args: &[&str]| -> Vec<i64> {
        env.json(args).as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(&["sessions", "list"]), [1, 2, 3]);
    assert_eq!(ids(&["sessions", "list", "--upcoming"]), [2, 3]);
    assert_eq!(ids(&["sessions", "list", "--past"]), [1]);
    assert_eq!(ids(&["sessions", "list", "--kind", "training"]), [1]);
    assert_eq!(ids(&["sessions", "list", "--member", "ana"]), [2]);
    assert_eq!(ids(&["sessions", "list", "--from", "2026-12-04", "--to", "2026-12-04"]), [2]);
    assert_eq!(env.ok(&["sessions", "list", "-q", "--upcoming"]), "2\n3\n");
}

#[test]
fn a_missing_database_lists_nothing_and_creates_nothing() {
    let env = Env::new();
    assert_eq!(env.json(&["sessions", "list"]), json!([]));
    env.fails(3, &["sessions", "show", "1"]);
    assert!(!env.db().exists());
}

#[test]
fn rsvp_past_capacity_goes_to_the_waitlist_and_is_promoted_in_order() {
    let env = Env::new();
    let (a, b, c) = (env.member("Ana", &[]), env.member("Bo", &[]), env.member("Cy", &[]));
    session(&env, &["--capacity", "1"]);
    env.ok(&["sessions", "rsvp", "1", "ana", "bo", "cy", "--yes"]);
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(
        s["rsvps"],
        json!([{"member_id": a, "response": "yes"}, {"member_id": b, "response": "waitlist"},
               {"member_id": c, "response": "waitlist"}])
    );
    let err = env.cop().args(["sessions", "rsvp", "1", "ana", "--no"]).output().unwrap();
    assert!(String::from_utf8_lossy(&err.stderr).contains("Bo: got a place from the waitlist"));
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(
        s["rsvps"],
        json!([{"member_id": a, "response": "no"}, {"member_id": b, "response": "yes"},
               {"member_id": c, "response": "waitlist"}])
    );
    // A higher capacity lets the rest of the waitlist in.
    env.ok(&["sessions", "edit", "1", "--capacity", "5"]);
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(s["rsvps"][2], json!({"member_id": c, "response": "yes"}));
}

#[test]
fn attend_records_who_came_and_remove_takes_it_back() {
    let env = Env::new();
    let (a, b) = (env.member("Ana", &[]), env.member("Bo", &[]));
    session(&env, &[]);
    env.ok(&["sessions", "attend", "1", "ana", "bo", "--force"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["attendees"], json!([a, b]));
    env.ok(&["sessions", "attend", "1", "ana", "--remove"]);
    assert_eq!(env.json(&["sessions", "show", "1"])["attendees"], json!([b]));
    let table = env.ok(&["sessions", "show", "1"]);
    assert!(table.contains("Bo (2)"), "{table}");
}

#[test]
fn edit_changes_fields_and_counts_a_new_version() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bo", &[]);
    session(&env, &["--facilitator", "ana"]);
    let s = env.json(&[
        "sessions",
        "edit",
        "1",
        "--title",
        "Maps",
        "--at",
        "2026-12-05 09:00",
        "--location",
        "Hall; room 2",
        "--add-facilitator",
        "bo",
        "--remove-facilitator",
        "ana",
    ]);
    assert_eq!(s["title"], "Maps");
    assert_eq!(s["starts_at"], "2026-12-05T15:00:00Z");
    assert_eq!(s["location"], "Hall; room 2");
    assert_eq!(s["facilitators"], json!([2]));
    assert_eq!(s["sequence"], 1);
    // Nothing to change: the version stays.
    let s = env.json(&["sessions", "edit", "1", "--title", "Maps"]);
    assert_eq!(s["sequence"], 1);
}

#[test]
fn cancel_keeps_the_session_with_its_reason() {
    let env = Env::new();
    session(&env, &[]);
    let s = env.json(&["sessions", "cancel", "1", "--reason", "snow storm"]);
    assert_eq!(s["status"], "cancelled");
    assert_eq!(s["cancel_reason"], "snow storm");
    assert_eq!(s["sequence"], 1);
    let before = env.snapshot();
    let err = env.fails(4, &["sessions", "cancel", "1"]);
    assert!(err.contains("is cancelled"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    session(&env, &[]);
    env.ok(&["sessions", "add", "--title", "Gone", "--at", "2026-12-11 12:00"]);
    env.ok(&["sessions", "cancel", "2"]);
    let before = env.snapshot();
    let err = env.fails(3, &["sessions", "show", "99"]);
    assert!(err.contains("no session with id 99"), "{err}");
    env.fails(3, &["sessions", "rsvp", "99", "ana", "--yes"]);
    env.fails(2, &["sessions", "edit", "nope", "--title", "x"]);
    env.fails(3, &["sessions", "edit", "99", "--title", "x"]);
    let err = env.fails(4, &["sessions", "rsvp", "2", "ana", "--yes"]);
    assert!(err.contains("session 2 (Gone) is cancelled"), "{err}");
    env.fails(4, &["sessions", "attend", "2", "ana"]);
    let err = env.fails(3, &["sessions", "rsvp", "1", "zed", "--yes"]);
    assert!(err.contains("no member matches \"zed\""), "{err}");
    let err =
        env.fails(2, &["sessions", "add", "--title", "T", "--at", "2026-12-04 12:00", "--minutes", "0"]);
    assert!(err.contains("--minutes: must be 1 to 1440, got 0"), "{err}");
    let err = env.fails(2, &["sessions", "add", "--title", "T", "--at", "someday"]);
    assert!(err.contains("--at:"), "{err}");
    let err = env.fails(2, &["sessions", "add", "--title", "T", "--at", "fri", "--kind", "party"]);
    assert!(err.contains("--kind: kind \"party\""), "{err}");
    env.fails(2, &["sessions", "add", "--title", "  ", "--at", "fri"]);
    env.fails(2, &["sessions", "add", "--title", "T", "--at", "fri", "--capacity", "0"]);
    env.fails(3, &["sessions", "add", "--title", "T", "--at", "fri", "--facilitator", "zed"]);
    env.fails(2, &["sessions", "rsvp", "1", "ana"]);
    env.fails(2, &["sessions", "add", "--at", "fri", "--no-input"]);
    assert_eq!(env.snapshot(), before);
}

/// Unfolds an iCalendar text into (name, value) lines, checking CRLF and the 75-octet limit.
fn parse_ics(text: &str) -> Vec<(String, String)> {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line:?}");
        assert!(!line.contains('\n'));
    }
    text.replace("\r\n ", "")
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (k, v) = l.split_once(':').unwrap();
            (k.to_string(), v.to_string())
        })
        .collect()
}

fn values(lines: &[(String, String)], name: &str) -> Vec<String> {
    lines.iter().filter(|(k, _)| k == name).map(|(_, v)| v.clone()).collect()
}

#[test]
fn export_ics_writes_one_event_per_session_that_reimports_as_updates() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    let long = "A very long title about network mapping, weaving; and the rest of what we do together";
    env.ok(&[
        "sessions",
        "add",
        "--title",
        long,
        "--at",
        "2026-12-04 12:00",
        "--facilitator",
        "ana",
        "--link",
        "https://meet.example.org/w",
        "--note",
        "Line one\nline two",
    ]);
    session(&env, &["--at", "2026-11-20 12:00"]);
    let uuid = env.json(&["sessions", "show", "1"])["uuid"].as_str().unwrap().to_string();
    let first = parse_ics(&env.ok(&["sessions", "export", "--ics"]));
    assert_eq!(values(&first, "BEGIN"), ["VCALENDAR", "VEVENT", "VEVENT"]);
    // In time order: session 2 (November 20) comes first.
    assert_eq!(values(&first, "UID")[1], format!("{uuid}@cop"));
    assert_eq!(values(&first, "DTSTART")[1], "20261204T180000Z");
    assert_eq!(values(&first, "DTEND")[1], "20261204T190000Z");
    assert_eq!(
        values(&first, "SUMMARY")[1],
        "A very long title about network mapping\\, weaving\\; and the rest of what we do together"
    );
    assert!(
        values(&first, "DESCRIPTION")[1]
            .contains("Facilitators: Ana Souza\\nLink: https://meet.example.org/w\\nLine one\\nline two")
    );
    assert_eq!(values(&first, "URL")[0], "https://meet.example.org/w");
    assert_eq!(values(&first, "SEQUENCE")[1], "0");

    env.ok(&["sessions", "edit", "1", "--minutes", "45"]);
    env.ok(&["sessions", "cancel", "1", "--reason", "ice"]);
    let out = env.dir.path().join("cop.ics");
    env.ok(&["sessions", "export", "--ics", "--upcoming", "--out", out.to_str().unwrap()]);
    let second = parse_ics(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(values(&second, "UID"), [format!("{uuid}@cop")], "only the upcoming one");
    assert_eq!(values(&second, "SEQUENCE"), ["2"]);
    assert_eq!(values(&second, "STATUS"), ["CANCELLED"]);
    assert_eq!(values(&second, "DTEND"), ["20261204T184500Z"]);
}

#[test]
fn export_for_a_member_only_has_their_sessions() {
    let env = Env::new();
    env.member("Ana", &[]);
    session(&env, &[]);
    session(&env, &[]);
    env.ok(&["sessions", "rsvp", "2", "ana", "--maybe"]);
    let lines = parse_ics(&env.ok(&["sessions", "export", "--member", "ana"]));
    assert_eq!(values(&lines, "BEGIN"), ["VCALENDAR", "VEVENT"]);
    env.fails(3, &["sessions", "export", "--member", "zed"]);
}

#[test]
fn show_names_the_linked_popup_and_assist() {
    let env = Env::new();
    session(&env, &[]);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute_batch(
        "INSERT INTO popups (uuid, title, created_at, updated_at) VALUES ('p1', 'Mapping basics', 'x', 'x');
         UPDATE sessions SET popup_id = 1 WHERE id = 1;
         INSERT INTO assists (uuid, held_at, challenge, session_id, created_at, updated_at)
              VALUES ('a1', 'x', 'Funding the network', 1, 'x', 'x');",
    )
    .unwrap();
    drop(conn);
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(s["popup"], json!({"id": 1, "title": "Mapping basics"}));
    assert_eq!(s["assist"], json!({"id": 1, "title": "Funding the network"}));
    let table = env.ok(&["sessions", "show", "1"]);
    assert!(table.contains("Mapping basics (1)") && table.contains("Funding the network (1)"), "{table}");
}

#[test]
fn archived_members_cannot_facilitate_or_take_a_place_but_can_say_no() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bo", &[]);
    let s = session(&env, &[]);
    env.ok(&["members", "archive", "bo"]);
    let before = env.snapshot();
    let id = s.to_string();
    for args in [
        vec!["sessions", "add", "--title", "T", "--at", "fri", "--facilitator", "bo"],
        vec!["sessions", "edit", &id, "--add-facilitator", "bo"],
        vec!["sessions", "rsvp", &id, "ana", "bo", "--yes"],
        vec!["sessions", "rsvp", &id, "bo", "--maybe"],
    ] {
        let err = env.fails(4, &args);
        assert!(err.contains("Bo") && err.contains("archived"), "{err}");
    }
    assert_eq!(env.snapshot(), before);
    env.ok(&["sessions", "rsvp", &id, "bo", "--no"]);
}
