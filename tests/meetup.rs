mod common;

use common::Env;
use serde_json::Value;

fn plan(env: &Env, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["meetup", "plan", "--title", "Brown-bag", "--weekday", "fri", "--time", "12:00"];
    args.extend_from_slice(extra);
    env.json(&args).as_array().unwrap().clone()
}

#[test]
fn plan_creates_weekly_sessions_and_rotates_facilitators_fairly() {
    let env = Env::new();
    let a = env.member("Ana", &["--facilitator"]);
    let b = env.member("Bo", &["--facilitator"]);
    let c = env.member("Cy", &["--facilitator"]);
    env.member("Di", &[]);
    let rows = plan(&env, &["--count", "6", "--link", "https://meet.example.org/w"]);
    let starts: Vec<&str> = rows.iter().map(|r| r["starts_at"].as_str().unwrap()).collect();
    assert_eq!(starts[0], "2026-11-27T18:00:00Z");
    assert_eq!(starts[1], "2026-12-04T18:00:00Z");
    let who: Vec<i64> = rows.iter().map(|r| r["facilitator"].as_i64().unwrap()).collect();
    for m in [a, b, c] {
        assert_eq!(who.iter().filter(|&&w| w == m).count(), 2, "{who:?}");
    }
    assert_eq!(rows[0]["session_id"], 1);
    let sessions = env.json(&["sessions", "list"]);
    assert_eq!(sessions.as_array().unwrap().len(), 6);
    assert_eq!(sessions[0]["facilitators"][0], who[0]);
    assert_eq!(sessions[0]["kind"], "meetup");
    assert_eq!(sessions[0]["link"], "https://meet.example.org/w");
}

#[test]
fn earlier_facilitations_count_and_the_least_recent_goes_first() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    env.member("Bo", &["--facilitator"]);
    env.member("Cy", &["--facilitator"]);
    env.ok(&["sessions", "add", "--title", "Old", "--at", "2026-11-13 12:00", "--facilitator", "ana"]);
    env.ok(&["sessions", "add", "--title", "Old", "--at", "2026-11-20 12:00", "--facilitator", "bo"]);
    env.ok(&["sessions", "add", "--title", "Old", "--at", "2026-10-20 12:00", "--facilitator", "bo"]);
    let rows = plan(&env, &["--count", "3", "--every", "2w"]);
    let who: Vec<i64> = rows.iter().map(|r| r["facilitator"].as_i64().unwrap()).collect();
    // Counts before: Ana 1, Bo 2, Cy 0. Cy goes first; then Ana and Cy both have 1 and
    // Ana facilitated less recently; then Cy again, the only one left at 1.
    assert_eq!(who, [3, 1, 3]);
    assert_eq!(rows[1]["starts_at"], "2026-12-11T18:00:00Z");
}

#[test]
fn nobody_gets_a_date_they_are_not_free_and_an_open_date_is_reported() {
    let env = Env::new();
    // 12:00 Chicago is 13:00 in New York: Bo is not free then.
    env.member("Ana", &["--facilitator", "--timezone", "America/Chicago", "--available", "fri 11:00-13:00"]);
    env.member("Bo", &["--facilitator", "--timezone", "America/New_York", "--available", "fri 12:00-13:00"]);
    let out = env
        .cop()
        .args([
            "meetup",
            "plan",
            "--title",
            "B",
            "--weekday",
            "fri",
            "--time",
            "12:00",
            "--count",
            "2",
            "--json",
        ])
        .output()
        .unwrap();
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(rows.iter().all(|r| r["facilitator"] == 1));
    assert!(out.stderr.is_empty() || !String::from_utf8_lossy(&out.stderr).contains("warning"));
    let out = env
        .cop()
        .args(["meetup", "plan", "--title", "B", "--weekday", "mon", "--time", "12:00", "--count", "1"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("no volunteer facilitator is free on Mon 2026-11-30 12:00")
    );
    assert_eq!(env.json(&["sessions", "show", "3"])["facilitators"], serde_json::json!([]));
}

#[test]
fn with_no_volunteer_at_all_one_warning_says_how_to_name_one() {
    let env = Env::new();
    env.member("Ana", &[]);
    let out = env
        .cop()
        .args(["meetup", "plan", "--title", "B", "--weekday", "mon", "--time", "12:00", "--count", "3"])
        .output()
        .unwrap();
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{e}");
    assert_eq!(e.matches("warning").count(), 1, "{e}");
    assert!(e.contains("no member volunteers to facilitate") && e.contains("3 sessions without"), "{e}");
}

#[test]
fn dry_run_shows_the_plan_without_writing() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    let before = env.snapshot();
    let rows = plan(&env, &["--count", "2", "--dry-run"]);
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["session_id"].is_null());
    assert_eq!(rows[0]["facilitator"], 1);
    assert_eq!(env.snapshot(), before);
    // With no database at all, it still plans and creates nothing.
    let empty = Env::new();
    assert_eq!(plan(&empty, &["--count", "1", "--dry-run"]).len(), 1);
    assert!(!empty.db().exists());
}

#[test]
fn bad_input_is_refused_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    let before = env.snapshot();
    let base = ["meetup", "plan", "--title", "B"];
    let run = |code: i32, extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        env.fails(code, &args)
    };
    let err = run(2, &["--weekday", "fri", "--time", "25:00", "--count", "2"]);
    assert!(err.contains("--time: expected HH:MM on a 24-hour clock, got \"25:00\""), "{err}");
    let err = run(2, &["--weekday", "fri", "--time", "12:00", "--count", "0"]);
    assert!(err.contains("--count: must be 1 to 520, got 0"), "{err}");
    let err = run(2, &["--weekday", "someday", "--time", "12:00", "--count", "2"]);
    assert!(err.contains("--weekday: expected a day of the week"), "{err}");
    let err = run(2, &["--weekday", "fri", "--time", "12:00", "--count", "2", "--minutes", "0"]);
    assert!(err.contains("--minutes: must be 1 to 1440, got 0"), "{err}");
    let err = run(2, &["--weekday", "fri", "--time", "12:00", "--count", "2", "--every", "3d"]);
    assert!(err.contains("--every: expected 1w or 2w"), "{err}");
    assert_eq!(env.snapshot(), before);
}

/// The one Sunday the clocks spring forward, 02:30 does not exist in Chicago: that session
/// falls at 03:30 (as calendars read it, RFC 5545) and the rest of the series stands.
#[test]
fn a_meetup_time_the_clocks_skip_moves_past_the_jump_for_that_week_only() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    let rows = env.json(&[
        "meetup",
        "plan",
        "--title",
        "Night owls",
        "--weekday",
        "sun",
        "--time",
        "02:30",
        "--start",
        "2027-03-07",
        "--count",
        "3",
    ]);
    let starts: Vec<&str> =
        rows.as_array().unwrap().iter().map(|r| r["starts_at"].as_str().unwrap()).collect();
    // 02:30 CST, 03:30 CDT (the jump), 02:30 CDT.
    assert_eq!(starts, ["2027-03-07T08:30:00Z", "2027-03-14T08:30:00Z", "2027-03-21T07:30:00Z"]);
    assert_eq!(env.json(&["sessions", "list"]).as_array().unwrap().len(), 3);
}

/// `meetup plan` of a Friday-noon Brown-bag (unless `extra` gives its own title or
/// time): the rows and what it said on stderr.
fn plan_out(env: &Env, extra: &[&str]) -> (Vec<Value>, String) {
    let mut args = vec!["meetup", "plan", "--weekday", "fri", "--json"];
    for (flag, default) in [("--title", "Brown-bag"), ("--time", "12:00")] {
        if !extra.contains(&flag) {
            args.extend([flag, default]);
        }
    }
    args.extend_from_slice(extra);
    let out = env.cop().args(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (serde_json::from_slice(&out.stdout).unwrap(), String::from_utf8_lossy(&out.stderr).to_string())
}

#[test]
fn a_plan_run_twice_creates_each_meetup_once() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    env.member("Bo", &["--facilitator"]);
    plan(&env, &["--count", "4"]);
    let before = env.snapshot();
    let (rows, said) = plan_out(&env, &["--count", "4", "--title", "brown-bag"]);
    assert!(rows.is_empty(), "{rows:?}");
    assert!(said.contains("Created 0 sessions") && said.contains("left 4 already planned"), "{said}");
    assert!(said.contains("--replace"), "{said}");
    assert_eq!(env.snapshot(), before, "nothing was written");
    // Two more weeks: only the new dates are created, and the rotation stays even.
    let (rows, _) = plan_out(&env, &["--count", "6"]);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["starts_at"], "2026-12-25T18:00:00Z");
    let sessions = env.json(&["sessions", "list"]);
    assert_eq!(sessions.as_array().unwrap().len(), 6);
    let ana = sessions.as_array().unwrap().iter().filter(|s| s["facilitators"][0] == 1).count();
    assert_eq!(ana, 3, "{sessions}");
    // Another title is another meetup.
    let (rows, _) = plan_out(&env, &["--count", "1", "--title", "Coast meetup"]);
    assert_eq!(rows.len(), 1);
}

#[test]
fn replace_replans_the_days_already_planned_and_keeps_their_ids() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    env.member("Bo", &[]);
    plan(&env, &["--count", "2"]);
    env.ok(&["sessions", "rsvp", "1", "bo", "--yes"]);
    let (rows, said) = plan_out(&env, &["--count", "3", "--replace", "--time", "13:00", "--minutes", "45"]);
    assert_eq!(rows.len(), 3, "{said}");
    assert_eq!(rows[0]["session_id"], 1);
    assert!(said.contains("Created 1 session of") && said.contains("replanned 2"), "{said}");
    let s = env.json(&["sessions", "show", "1"]);
    assert_eq!(s["starts_at"], "2026-11-27T19:00:00Z");
    assert_eq!(s["minutes"], 45);
    assert_eq!(s["facilitators"], serde_json::json!([1]));
    assert_eq!(s["rsvps"].as_array().unwrap().len(), 1, "{s}");
    assert_eq!(env.json(&["sessions", "list"]).as_array().unwrap().len(), 3);
}

#[test]
fn skip_leaves_out_holidays_and_warns_of_a_day_not_in_the_plan() {
    let env = Env::new();
    let (rows, said) =
        plan_out(&env, &["--count", "4", "--skip", "2026-12-25", "2026-12-11", "--skip", "2026-12-24"]);
    let starts: Vec<&str> = rows.iter().map(|r| r["starts_at"].as_str().unwrap()).collect();
    assert_eq!(starts, ["2026-11-27T18:00:00Z", "2026-12-04T18:00:00Z", "2026-12-18T18:00:00Z"]);
    assert!(said.contains("Created 3 sessions") && said.contains("skipped 1 (--skip)"), "{said}");
    assert!(said.contains("--skip 2026-12-25: not a date of this plan"), "the fifth Friday: {said}");
    assert!(said.contains("--skip 2026-12-24: not a date of this plan"), "{said}");
    let before = env.snapshot();
    let err = env.fails(
        2,
        &[
            "meetup",
            "plan",
            "--title",
            "B",
            "--weekday",
            "fri",
            "--time",
            "12:00",
            "--count",
            "2",
            "--skip",
            "someday",
        ],
    );
    assert!(err.contains("--skip"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_facilitator_is_never_given_a_date_they_lead_another_session_at() {
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    env.member("Bo", &["--facilitator"]);
    env.member("Cy", &["--facilitator"]);
    // Ana facilitates a training over the first Friday's noon; Bo presents an assist held
    // in a session on the second; Cy is the expert of a popup meeting on the third.
    env.ok(&[
        "sessions",
        "add",
        "--title",
        "Training",
        "--kind",
        "training",
        "--at",
        "2026-11-27 11:30",
        "--minutes",
        "60",
        "--facilitator",
        "ana",
    ]);
    env.ok(&["sessions", "add", "--title", "Assist", "--kind", "assist", "--at", "2026-12-04 12:30"]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "c",
        "--presenter",
        "bo",
        "--session",
        "2",
        "--date",
        "2026-12-04 12:30",
    ]);
    env.ok(&["popup", "propose", "Maps", "--by", "ana", "--expert", "cy"]);
    env.ok(&["sessions", "add", "--title", "Maps", "--kind", "popup", "--at", "2026-12-11 12:00"]);
    rusqlite::Connection::open(env.db())
        .unwrap()
        .execute("UPDATE sessions SET popup_id = 1 WHERE id = 3", [])
        .unwrap();
    let (rows, _) = plan_out(&env, &["--count", "3"]);
    let who: Vec<i64> = rows.iter().map(|r| r["facilitator"].as_i64().unwrap()).collect();
    assert_ne!(who[0], 1, "Ana leads the training then: {who:?}");
    assert_ne!(who[1], 2, "Bo presents then: {who:?}");
    assert_ne!(who[2], 3, "Cy is the popup's expert then: {who:?}");
    // A session ending as the meetup starts is no clash.
    let env = Env::new();
    env.member("Ana", &["--facilitator"]);
    env.ok(&[
        "sessions",
        "add",
        "--title",
        "Before",
        "--at",
        "2026-11-27 11:00",
        "--minutes",
        "60",
        "--facilitator",
        "ana",
    ]);
    let (rows, _) = plan_out(&env, &["--count", "1"]);
    assert_eq!(rows[0]["facilitator"], 1);
}
