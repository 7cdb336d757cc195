//! Peer assist requests: `assist request`, `match`, `join`, `decline`, `schedule`, and
//! how a request travels through `cop export` and `cop import`.

mod common;

use common::Env;
use serde_json::{Value, json};

/// Ana (1) asks for help on fundraising. Bo (2) has the expertise, Cy (3) presented an
/// assist on it (1), Di (4) is interested, Ed (5) only needs it, Fay (6) is archived with
/// the expertise, Gus (7) has nothing to do with it. Ana's request is assist 2.
fn community() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@example.org", "--expertise", "fundraising"]);
    env.member("Bo Lima", &["--expertise", "fundraising", "--available", "fri 12:00-14:00"]);
    env.member("Cy Park", &["--available", "fri 13:00-15:00"]);
    env.member("Di Wu", &["--interest", "fundraising"]);
    env.member("Ed Mori", &["--need", "fundraising"]);
    env.member("Fay Ruiz", &["--expertise", "fundraising"]);
    env.member("Gus Kim", &["--interest", "knitting"]);
    env.ok(&["members", "archive", "fay"]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "A grant ran out",
        "--presenter",
        "cy",
        "--tag",
        "fundraising",
        "--date",
        "2025-01-10",
    ]);
    let id = env.ok(&[
        "assist",
        "request",
        "--by",
        "ana",
        "--challenge",
        "Funding runs out next year",
        "--tag",
        "Fundraising",
        "--size",
        "3",
    ]);
    assert_eq!(id.trim(), "2");
    env
}

fn ids(rows: &Value) -> Vec<i64> {
    rows.as_array().unwrap().iter().map(|r| r["member_id"].as_i64().unwrap()).collect()
}

#[test]
fn a_request_is_an_assist_with_status_requested_tags_and_a_size() {
    let env = community();
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["status"], "requested");
    assert_eq!(a["challenge"], "Funding runs out next year");
    assert_eq!(a["presenters"], json!([1]));
    assert_eq!(a["listeners"], json!([]));
    assert_eq!(a["tags"], json!(["fundraising"]));
    assert_eq!(a["size"], 3);
    assert_eq!(a["minutes"], 45);
    assert_eq!(a["invitations"], json!([]));
    assert_eq!(a["date"], "2026-11-24T16:00:00Z", "asked for now");
    let requested = env.json(&["assist", "list", "--requested"]);
    assert_eq!(requested.as_array().unwrap().len(), 1);
    assert_eq!(requested[0]["id"], 2);
    assert!(env.ok(&["assist", "show", "2"]).contains("requested (0 of 3 listeners)"));
    assert!(env.ok(&["assist", "show", "2", "--format", "markdown"]).contains("requested, not held yet"));
    // A request is not a participation yet: the reports leave it out.
    let ana = env.json(&["report", "engagement"]);
    let ana = ana.as_array().unwrap().iter().find(|r| r["name"] == "Ana Souza").unwrap();
    assert_eq!(ana["assists"], 0, "{ana}");
}

#[test]
fn bad_requests_name_the_field_and_change_nothing() {
    let env = community();
    let before = env.snapshot();
    let base = ["assist", "request", "--challenge", "Help"];
    for (code, extra, needle) in [
        (3, vec!["--by", "zed"], "--by: no member matches \"zed\""),
        (4, vec!["--by", "fay"], "archived"),
        (2, vec!["--by", "ana", "--size", "0"], "--size: expected 1 to 12 listeners, got 0"),
        (2, vec!["--by", "ana", "--size", "13"], "--size"),
        (2, vec!["--by", "ana", "--size", "many"], "--size"),
        (2, vec!["--by", "ana", "--minutes", "2"], "--minutes"),
        (2, vec!["--by", "ana", "--tag", ","], "--tag"),
        (2, vec!["--by", "ana", "--tag", "a;b;c;d;e;f;g;h;i;j;k"], "at most 10 tags"),
        (2, vec![], "--by MEMBER"),
    ] {
        let mut args = base.to_vec();
        args.extend(extra.iter().copied());
        let err = env.fails(code, &args);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.lines().filter(|l| l.starts_with("error")).count(), 1, "{err}");
    }
    let err = env.fails(2, &["assist", "request", "--by", "ana", "--challenge", "  "]);
    assert!(err.contains("challenge"), "{err}");
    assert!(env.snapshot() == before, "bad requests changed the database");
}

#[test]
fn match_ranks_expertise_then_past_assists_then_interests_and_never_the_presenter() {
    let env = community();
    let rows = env.json(&["assist", "match", "2"]);
    assert_eq!(
        ids(&rows),
        [2, 3, 4],
        "Bo's expertise, Cy's past assist, Di's interest; no Ana, Ed, Fay, Gus"
    );
    assert_eq!(rows[0]["kind"], "expert");
    assert_eq!(rows[0]["reasons"], json!(["expertise: fundraising"]));
    assert_eq!(rows[1]["kind"], "experienced");
    assert_eq!(rows[1]["reasons"], json!(["took part in an assist on fundraising"]));
    assert_eq!(rows[2]["kind"], "interested");
    assert_eq!(rows[2]["reasons"], json!(["interest: fundraising"]));
    let table = env.ok(&["assist", "match", "2"]);
    assert!(table.contains("why") && table.contains("took part in an assist on fundraising"), "{table}");
    assert_eq!(ids(&env.json(&["assist", "match", "2", "--limit", "1"])), [2]);
    assert_eq!(ids(&env.json(&["assist", "match", "2", "--all"])), [2, 3, 4]);
    assert_eq!(env.ok(&["assist", "match", "2", "-q"]).lines().collect::<Vec<_>>(), ["2", "3", "4"]);
}

#[test]
fn a_listener_who_is_busy_or_heard_the_presenter_lately_ranks_lower_and_is_told_why() {
    let env = community();
    env.member("Hal Diaz", &["--expertise", "fundraising"]);
    env.member("Ivy Chen", &["--expertise", "fundraising"]);
    // Bo listened in three assists this month; Hal listened to Ana in October.
    for day in ["2026-11-02", "2026-11-09", "2026-11-16"] {
        env.ok(&[
            "assist",
            "log",
            "--challenge",
            "Other",
            "--presenter",
            "gus",
            "--listener",
            "bo",
            "--date",
            day,
        ]);
    }
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Before",
        "--presenter",
        "ana",
        "--listener",
        "hal",
        "--date",
        "2026-10-15",
    ]);
    let rows = env.json(&["assist", "match", "2"]);
    assert_eq!(ids(&rows)[..3], [9, 2, 8], "Ivy first; busy Bo and Hal, who heard Ana, after her");
    let bo = &rows[1];
    assert_eq!(
        bo["reasons"],
        json!(["expertise: fundraising", "busy: a listener in 3 assists within 30 days"])
    );
    let hal = &rows[2];
    assert_eq!(hal["reasons"], json!(["expertise: fundraising", "listened to Ana Souza 40 days ago"]));
    assert_eq!(rows[3]["member_id"], 3, "experts, however loaded, stay above the experienced");
}

#[test]
fn invite_asks_the_best_who_are_then_not_offered_again() {
    let env = community();
    let out = env.cop().args(["assist", "match", "2", "--invite", "2"]).output().unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("Invited Bo Lima, Cy Park to listen in assist 2"), "{said}");
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(
        a["invitations"],
        json!([{"member_id": 2, "status": "invited"}, {"member_id": 3, "status": "invited"}])
    );
    assert_eq!(ids(&env.json(&["assist", "match", "2"])), [4], "the invited are not offered again");
    env.ok(&["assist", "decline", "2", "di"]);
    assert_eq!(ids(&env.json(&["assist", "match", "2"])), Vec::<i64>::new(), "nor who declined");
    assert!(env.ok(&["assist", "show", "2"]).contains("Di Wu: declined"));
}

#[test]
fn join_makes_a_listener_and_decline_takes_them_out_again() {
    let env = community();
    env.ok(&["assist", "match", "2", "--invite", "1"]);
    let joined = env.json(&["assist", "join", "2", "bo"]);
    assert_eq!(joined["listeners"], json!([2]));
    assert_eq!(joined["invitations"], json!([{"member_id": 2, "status": "joined"}]));
    env.ok(&["assist", "join", "2", "di"]);
    let out = env.cop().args(["assist", "decline", "2", "bo"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("no longer listens"));
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["listeners"], json!([4]));
    assert_eq!(a["invitations"][0], json!({"member_id": 2, "status": "declined"}));
    // Changing one's mind: a member who declined may still join.
    env.ok(&["assist", "join", "2", "bo"]);
    for m in ["cy", "ed", "gus"] {
        env.ok(&["assist", "join", "2", m]);
    }
    let out = env.cop().args(["assist", "join", "2", "Hal"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["listeners"].as_array().unwrap().len(), 5);
}

#[test]
fn bad_joins_and_declines_exit_with_their_code_and_change_nothing() {
    let env = community();
    env.ok(&["assist", "join", "2", "bo"]);
    env.ok(&["assist", "decline", "2", "di"]);
    let before = env.snapshot();
    for (code, args, needle) in [
        (
            2,
            vec!["assist", "join", "2", "ana"],
            "presents the challenge of assist 2 and cannot also be a listener",
        ),
        (2, vec!["assist", "decline", "2", "ana"], "presents the challenge"),
        (4, vec!["assist", "join", "2", "bo"], "already listens"),
        (4, vec!["assist", "decline", "2", "di"], "already declined"),
        (4, vec!["assist", "join", "2", "fay"], "archived"),
        (3, vec!["assist", "join", "2", "zed"], "MEMBER: no member matches \"zed\""),
        (3, vec!["assist", "join", "9", "bo"], "no assist with id 9"),
        (3, vec!["assist", "decline", "9", "bo"], "no assist with id 9"),
        (2, vec!["assist", "join", "x", "bo"], "ASSIST: expected an id"),
        (4, vec!["assist", "join", "1", "bo"], "assist 1 is already logged, not a request"),
        (4, vec!["assist", "decline", "1", "bo"], "not a request"),
    ] {
        let err = env.fails(code, &args);
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    assert!(env.snapshot() == before);
}

#[test]
fn match_on_anything_but_a_request_is_refused_and_a_missing_database_stays_missing() {
    let env = community();
    let before = env.snapshot();
    assert!(env.fails(3, &["assist", "match", "7"]).contains("no assist with id 7"));
    assert!(env.fails(4, &["assist", "match", "1"]).contains("already logged, not a request"));
    assert!(env.fails(4, &["assist", "match", "1", "--invite", "2"]).contains("not a request"));
    assert!(env.fails(2, &["assist", "match", "0"]).contains("ASSIST"));
    assert!(env.fails(2, &["assist", "match", "2", "--invite", "x"]).contains("--invite"));
    assert!(env.fails(2, &["assist", "match", "2", "--all", "--limit", "3"]).contains("--all"));
    assert!(env.snapshot() == before);
    let empty = Env::new();
    assert!(empty.fails(3, &["assist", "match", "1"]).contains("no assist with id 1"));
    assert!(empty.fails(3, &["assist", "match", "1", "--invite", "1"]).contains("no assist"));
    assert!(!empty.db().exists(), "a failed match created a database");
}

#[test]
fn a_request_without_tags_matches_nobody_and_says_how_to_fix_it() {
    let env = community();
    let out = env.cop().args(["assist", "request", "--by", "bo", "--challenge", "Vague"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--tag TAG"));
    let out = env.cop().args(["assist", "match", "3", "--json"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no tags"));
    env.ok(&["assist", "edit", "3", "--tag", "fundraising"]);
    assert_eq!(ids(&env.json(&["assist", "match", "3"])), [1, 3, 4], "Ana, no longer presenting, matches");
}

#[test]
fn schedule_suggests_times_for_presenters_and_listeners_then_makes_an_assist_session() {
    let env = community();
    env.ok(&["assist", "join", "2", "bo"]);
    env.ok(&["assist", "join", "2", "cy"]);
    let slots = env.json(&["assist", "schedule", "2", "--suggest", "--limit", "2"]);
    // Bo is free Friday 12-14, Cy 13-15, Ana always: Friday 13:00 suits all three.
    assert_eq!(slots[0]["starts_at"], "2026-11-27T19:00:00Z");
    assert_eq!(slots[0]["available"], json!([1, 2, 3]));
    let table = env.ok(&["assist", "schedule", "2", "--suggest", "--minutes", "60"]);
    assert!(table.contains("3: Ana Souza, Bo Lima, Cy Park"), "{table}");

    let session = env.ok(&[
        "assist",
        "schedule",
        "2",
        "--at",
        "2026-11-27 13:00",
        "--link",
        "https://meet.example.org/a",
    ]);
    assert_eq!(session.trim(), "1");
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(s["kind"], "assist");
    assert_eq!(s["title"], "Peer assist: Funding runs out next year");
    assert_eq!(s["minutes"], 45);
    assert_eq!(s["link"], "https://meet.example.org/a");
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["session_id"], 1);
    assert_eq!(a["date"], "2026-11-27T19:00:00Z", "held when its session starts");
    assert_eq!(a["status"], "requested");
    let rsvps = env.json(&["sessions", "show", "1"])["rsvps"].clone();
    assert_eq!(rsvps.as_array().map(Vec::len), Some(3), "presenter and listeners invited: {rsvps}");
    // A listener who joins later is invited to the session; one who declines is not any more.
    env.ok(&["assist", "join", "2", "di"]);
    env.ok(&["assist", "decline", "2", "cy"]);
    let rsvps = env.json(&["sessions", "show", "1"])["rsvps"].clone();
    let invited: Vec<i64> =
        rsvps.as_array().unwrap().iter().map(|r| r["member_id"].as_i64().unwrap()).collect();
    assert_eq!(invited.len(), 3, "{rsvps}");
    assert!(invited.contains(&4) && !invited.contains(&3), "{rsvps}");

    let before = env.snapshot();
    assert!(
        env.fails(4, &["assist", "schedule", "2", "--at", "2026-12-04 13:00"])
            .contains("already has session 1")
    );
    assert!(env.fails(4, &["assist", "schedule", "1", "--at", "fri"]).contains("not a request"));
    assert!(env.fails(2, &["assist", "schedule", "2", "--at", "someday"]).contains("--at"));
    assert!(env.fails(2, &["assist", "schedule", "2"]).contains("--at"));
    assert!(env.fails(2, &["assist", "schedule", "2", "--suggest", "--limit", "0"]).contains("--limit"));
    assert!(env.fails(3, &["assist", "schedule", "5", "--suggest"]).contains("no assist with id 5"));
    assert!(env.snapshot() == before);
}

#[test]
fn run_of_a_request_needs_a_terminal_and_resume_is_for_drafts() {
    let env = community();
    let before = env.snapshot();
    assert!(env.fails(2, &["assist", "run", "2"]).contains("needs a terminal"));
    assert!(env.fails(4, &["assist", "run", "1"]).contains("already logged, not a request"));
    assert!(env.fails(3, &["assist", "run", "8"]).contains("no assist with id 8"));
    assert!(env.fails(4, &["assist", "run", "--resume", "2"]).contains("start it with `cop assist run 2`"));
    assert!(env.fails(2, &["assist", "run", "2", "--challenge", "x"]).contains("--challenge"));
    assert!(env.snapshot() == before);
}

#[test]
fn edit_changes_a_requests_tags_and_size_but_cannot_make_a_request() {
    let env = community();
    let a = env.json(&[
        "assist",
        "edit",
        "2",
        "--tag",
        "grant-writing",
        "--remove-tag",
        "fundraising",
        "--size",
        "5",
    ]);
    assert_eq!(a["tags"], json!(["grant-writing"]));
    assert_eq!(a["size"], 5);
    assert_eq!(a["status"], "requested");
    let before = env.snapshot();
    assert!(env.fails(2, &["assist", "edit", "2", "--size", "40"]).contains("--size"));
    let mut logged = env.json(&["assist", "show", "1"]);
    logged["status"] = json!("requested");
    let path = env.dir.path().join("a.json");
    std::fs::write(&path, logged.to_string()).unwrap();
    let err = env.fails(2, &["assist", "edit", "1", "--from", path.to_str().unwrap()]);
    assert!(err.contains("only `cop assist request` records a request"), "{err}");
    let err = env.fails(2, &["assist", "log", "--from", path.to_str().unwrap()]);
    assert!(err.contains("cop assist request"), "{err}");
    assert!(env.snapshot() == before);
}

#[test]
fn tags_count_assists_and_a_merge_moves_them() {
    let env = community();
    let tags = env.json(&["tags", "list"]);
    let fundraising = tags.as_array().unwrap().iter().find(|t| t["name"] == "fundraising").unwrap();
    assert_eq!(fundraising["assists"], 2);
    env.ok(&["assist", "edit", "2", "--tag", "grants"]);
    env.ok(&["tags", "merge", "grants", "--into", "fundraising", "--yes"]);
    assert_eq!(env.json(&["assist", "show", "2"])["tags"], json!(["fundraising"]));
}

/// Exports `from` and imports the document into `to`.
fn send(from: &Env, to: &Env) -> Value {
    let doc: Value = serde_json::from_str(&from.ok(&["export"])).unwrap();
    let path = to.dir.path().join("doc.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    to.ok(&["import", path.to_str().unwrap()]);
    doc
}

fn content(mut doc: Value) -> Value {
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

#[test]
fn a_request_with_its_tags_size_and_answers_round_trips_through_export_and_import() {
    let a = community();
    a.ok(&["assist", "match", "2", "--invite", "3"]);
    a.ok(&["assist", "join", "2", "bo"]);
    a.ok(&["assist", "decline", "2", "cy"]);
    let b = Env::new();
    let doc = send(&a, &b);
    let request = doc["assists"].as_array().unwrap().iter().find(|x| x["status"] == "requested").unwrap();
    assert_eq!(request["size"], 3);
    assert_eq!(request["tags"], json!(["fundraising"]));
    assert_eq!(doc["assist_invitations"].as_array().unwrap().len(), 3);
    assert_eq!(content(serde_json::from_str(&b.ok(&["export"])).unwrap()), content(doc));
    let id = b.json(&["assist", "list", "--requested"])[0]["id"].to_string();
    let shown = b.json(&["assist", "show", &id]);
    assert_eq!(shown["challenge"], "Funding runs out next year");
    let statuses: Vec<&str> =
        shown["invitations"].as_array().unwrap().iter().map(|i| i["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["joined", "declined", "invited"]);
    // An answer given later on one copy travels with its request.
    let out = a
        .cop()
        .env("COP_NOW", "2026-11-25T10:00:00-06:00")
        .args(["assist", "join", "2", "di"])
        .output()
        .unwrap();
    assert!(out.status.success());
    send(&a, &b);
    let names: Vec<String> = b.json(&["assist", "show", &id])["listeners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| b.json(&["members", "show", &m.to_string()])["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["Bo Lima", "Di Wu"]);
}

#[test]
fn run_starts_from_the_request_with_its_people_filled_in() {
    let env = community();
    env.ok(&["assist", "join", "2", "bo"]);
    env.ok(&["assist", "schedule", "2", "--at", "2026-11-27 13:00"]);
    let Some(mut s) =
        common::terminal::terminal(&env, &["assist", "run", "2", "--minutes", "30", "--facilitator", "gus"])
    else {
        return;
    };
    s.exp_string("Running requested assist 2 with 1 listener").expect("starts from the request");
    s.exp_string("Time boxes (30 min)").expect("no question about people: they are filled in");
    for (prompt, typed) in [
        ("min left]", "Funding ends in a year"),
        ("Question and answer 1", ""),
        ("Idea 1", "Ask past funders"),
        ("Idea 2", ""),
        ("Source suggested", ""),
        ("Response", "We will"),
        ("Takeaway", ""),
        ("Reflection", ""),
        ("Next step", ""),
        ("Continue the discussion", "n"),
    ] {
        common::terminal::answer(&mut s, prompt, typed);
    }
    s.exp_eof().expect("cop ends");
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["status"], "logged");
    assert_eq!(a["presenters"], json!([1]));
    assert_eq!(a["listeners"], json!([2]));
    assert_eq!(a["facilitators"], json!([7]));
    assert_eq!(a["tags"], json!(["fundraising"]));
    assert_eq!(a["session_id"], 1);
    assert_eq!(a["minutes"], 30);
    assert_eq!(a["date"], "2026-11-24T16:00:00Z", "held when it was run");
    assert_eq!(a["ideas"], json!(["Ask past funders"]));
    assert_eq!(env.json(&["assist", "list", "--requested"]), json!([]));
    assert!(env.fails(4, &["assist", "run", "2"]).contains("already logged"));
}

#[test]
fn an_imported_request_asking_for_too_many_listeners_is_refused_and_changes_nothing() {
    let a = community();
    let mut doc: Value = serde_json::from_str(&a.ok(&["export"])).unwrap();
    for x in doc["assists"].as_array_mut().unwrap() {
        if x["status"] == "requested" {
            x["size"] = json!(50);
        }
    }
    let b = Env::new();
    b.member("Zoe", &[]);
    let before = b.snapshot();
    let path = b.dir.path().join("doc.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    let err = b.fails(2, &["import", path.to_str().unwrap()]);
    assert!(err.contains("assists[") && err.contains("size: must be 1 to 12, got 50"), "{err}");
    assert!(b.snapshot() == before);
}
