//! The community time zone: `--tz`, then `COP_TZ`, then `init --timezone`, then `TZ`.

mod common;

use common::Env;

/// `sessions list` for a session typed at 12:00 in Chicago (18:00 UTC), with `env` set.
fn starts(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> String {
    let mut cmd = env.cop();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).args(["sessions", "list"]).output().expect("run cop");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn with_session() -> Env {
    let env = Env::new();
    env.ok(&["sessions", "add", "--title", "Kata", "--at", "2026-12-04 12:00"]);
    env
}

#[test]
fn tz_names_the_zone_times_are_shown_in_whatever_the_case() {
    let env = with_session();
    assert!(starts(&env, &[], &[]).contains("Fri 2026-12-04 12:00"), "TZ is America/Chicago");
    assert!(starts(&env, &["--tz", "asia/tokyo"], &[]).contains("Sat 2026-12-05 03:00"));
    assert!(starts(&env, &[], &[("COP_TZ", "Europe/Berlin")]).contains("Fri 2026-12-04 19:00"));
    assert!(starts(&env, &[], &[("TZ", "Europe/Lisbon")]).contains("Fri 2026-12-04 18:00"));
}

#[test]
fn the_stored_zone_comes_after_tz_and_cop_tz_but_before_the_tz_variable() {
    let env = with_session();
    env.ok(&["init", "--timezone", "europe/berlin"]);
    let stored = starts(&env, &[], &[]);
    assert!(stored.contains("Fri 2026-12-04 19:00"), "{stored}");
    assert!(starts(&env, &[], &[("COP_TZ", "Asia/Tokyo")]).contains("Sat 2026-12-05 03:00"));
    assert!(starts(&env, &["--tz", "UTC"], &[("COP_TZ", "Asia/Tokyo")]).contains("Fri 2026-12-04 18:00"));
}

#[test]
fn init_timezone_on_an_existing_database_says_it_changed_the_zone() {
    let env = Env::new();
    env.ok(&["init", "--timezone", "America/Chicago"]);
    let out = env.cop().args(["init", "--timezone", "europe/berlin"]).output().expect("run cop");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("from America/Chicago to Europe/Berlin"), "{said}");
}

#[test]
fn times_are_typed_in_the_chosen_zone_and_json_stays_utc() {
    let env = Env::new();
    env.ok(&["--tz", "Europe/Berlin", "sessions", "add", "--title", "Kata", "--at", "2026-12-04 12:00"]);
    let json = env.json(&["sessions", "list"]);
    assert_eq!(json[0]["starts_at"], "2026-12-04T11:00:00Z");
    let json = env.json(&["--tz", "asia/tokyo", "sessions", "list"]);
    assert_eq!(json[0]["starts_at"], "2026-12-04T11:00:00Z");
}

#[test]
fn a_bad_zone_is_a_usage_error_naming_where_it_came_from_and_changes_nothing() {
    let env = with_session();
    let before = env.snapshot();
    assert!(env.fails(2, &["--tz", "Mars/Olympus", "sessions", "list"]).contains("--tz \"Mars/Olympus\""));
    assert!(env.fails(2, &["init", "--timezone", "nowhere"]).contains("--timezone \"nowhere\""));
    let out = env.cop().env("COP_TZ", "nowhere").args(["sessions", "list"]).output().expect("run cop");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("COP_TZ \"nowhere\""));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_members_zone_is_read_in_any_case_and_stored_as_iana_spells_it() {
    let env = Env::new();
    let id = env.member("Ann", &["--timezone", "america/new_york"]);
    let json = env.json(&["members", "show", &id.to_string()]);
    assert_eq!(json["timezone"], "America/New_York", "{json}");
}

#[test]
fn a_table_of_times_names_their_zone_and_json_does_not() {
    let env = with_session();
    assert!(starts(&env, &[], &[]).trim_end().ends_with("times in America/Chicago"));
    assert!(starts(&env, &["--tz", "europe/berlin"], &[]).trim_end().ends_with("times in Europe/Berlin"));
    assert!(!env.ok(&["sessions", "list", "--json"]).contains("times in"));
}

#[test]
fn a_record_shown_on_its_own_names_the_zone_of_its_times() {
    let env = with_session();
    let shown = env.ok(&["sessions", "show", "1"]);
    assert!(shown.trim_end().ends_with("times in America/Chicago"), "{shown}");
    let id = env.member("Ann", &[]);
    let shown = env.ok(&["--tz", "asia/tokyo", "members", "show", &id.to_string()]);
    assert!(shown.trim_end().ends_with("times in Asia/Tokyo"), "{shown}");
    assert!(!env.ok(&["members", "show", &id.to_string(), "--json"]).contains("times in"));
}

#[test]
fn assist_notes_name_the_zone_beside_the_date() {
    let env = Env::new();
    env.ok(&["assist", "log", "--challenge", "Funding", "--date", "2026-11-02 12:00"]);
    let notes = env.ok(&["assist", "show", "1", "--format", "markdown"]);
    assert!(notes.contains("- **Date:** 2026-11-02 12:00 America/Chicago (45 minutes)"), "{notes}");
    let notes = env.ok(&["--tz", "UTC", "assist", "show", "1", "--format", "markdown"]);
    assert!(notes.contains("- **Date:** 2026-11-02 18:00 UTC (45 minutes)"), "{notes}");
}

#[test]
fn the_community_zone_travels_in_export_and_import() {
    let a = with_session();
    a.ok(&["init", "--timezone", "europe/berlin"]);
    let doc = a.ok(&["export"]);
    let b = Env::new();
    let path = b.dir.path().join("c.json");
    std::fs::write(&path, &doc).unwrap();
    b.ok(&["import", path.to_str().unwrap()]);
    assert!(starts(&b, &[], &[]).contains("Fri 2026-12-04 19:00"), "the imported zone is Berlin");
    // A zone no IANA name spells is refused like any field, naming it.
    let bad = doc.replace("\"Europe/Berlin\"", "\"Mars/Olympus\"");
    let c = Env::new();
    let path = c.dir.path().join("bad.json");
    std::fs::write(&path, bad).unwrap();
    assert!(c.fails(2, &["import", path.to_str().unwrap()]).contains("timezone"));
}
