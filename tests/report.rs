mod common;

use common::Env;
use rusqlite::{Connection, params};
use serde_json::Value;

fn conn(env: &Env) -> Connection {
    Connection::open(env.db()).unwrap()
}

/// A session starting at `starts_at` (RFC 3339), straight into the table.
fn session(env: &Env, starts_at: &str, kind: &str, status: &str) -> i64 {
    let c = conn(env);
    c.execute(
        "INSERT INTO sessions (uuid, kind, title, starts_at, status, created_at, updated_at)
         VALUES (?1, ?2, 'Meet', ?3, ?4, ?3, ?3)",
        params![uuid::Uuid::new_v4().to_string(), kind, starts_at, status],
    )
    .unwrap();
    c.last_insert_rowid()
}

fn attend(env: &Env, session: i64, member: i64) {
    conn(env)
        .execute(
            "INSERT INTO attendance (session_id, member_id, created_at) VALUES (?1, ?2, '2026-01-01T00:00:00Z')",
            [session, member],
        )
        .unwrap();
}

fn assist(env: &Env, held_at: &str, member: i64, role: &str) {
    let c = conn(env);
    c.execute(
        "INSERT INTO assists (uuid, held_at, challenge, created_at, updated_at) VALUES (?1, ?2, 'c', ?2, ?2)",
        params![uuid::Uuid::new_v4().to_string(), held_at],
    )
    .unwrap();
    c.execute(
        "INSERT INTO assist_people (assist_id, member_id, role, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![c.last_insert_rowid(), member, role, held_at],
    )
    .unwrap();
}

fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row {key}={value}"))
}

/// Ana is core by role but has not taken part (peripheral), Bo core by his three
/// sessions, Cy occasional, Di occasional by facilitating an assist, and Tom a trainer,
/// transactional however often he comes.
fn community(env: &Env) -> (i64, i64, i64, i64) {
    let ana = env.member("Ana", &["--role", "core", "--joined", "2026-01-05"]);
    let bo = env.member("Bo", &["--joined", "2026-01-05"]);
    let cy = env.member("Cy", &["--joined", "2026-01-05"]);
    let di = env.member("Di", &["--joined", "2026-01-05"]);
    let tom = env.member("Tom", &["--role", "trainer", "--joined", "2026-01-05"]);
    for day in ["2026-11-06", "2026-11-13", "2026-11-20"] {
        let s = session(env, &format!("{day}T18:00:00Z"), "meetup", "scheduled");
        attend(env, s, bo);
        attend(env, s, tom);
    }
    let cancelled = session(env, "2026-11-10T18:00:00Z", "meetup", "cancelled");
    attend(env, cancelled, bo);
    let old = session(env, "2026-05-01T18:00:00Z", "training", "scheduled");
    attend(env, old, cy);
    assist(env, "2026-10-01T15:00:00Z", cy, "presenter");
    assist(env, "2026-10-02T15:00:00Z", di, "facilitator");
    (ana, bo, cy, di)
}

#[test]
fn engagement_gives_each_member_a_level_from_the_window() {
    let env = Env::new();
    let (ana, bo, cy, _) = community(&env);
    let rows = env.json(&["report", "engagement"]);
    let r = row(&rows, "name", "Ana");
    assert_eq!((r["member_id"].as_i64(), r["level"].as_str()), (Some(ana), Some("peripheral")));
    assert_eq!(r["role"], "core", "the role shows beside the level it no longer decides");
    assert_eq!(r["participations"], 0);
    assert_eq!(r["last_seen"], Value::Null);
    let r = row(&rows, "name", "Bo");
    assert_eq!(r["member_id"], bo);
    assert_eq!(r["level"], "core", "three participations make core by default");
    assert_eq!(r["participations"], 3, "the cancelled session does not count");
    assert_eq!(r["last_seen"], "2026-11-20");
    let r = row(&rows, "name", "Cy");
    assert_eq!(r["member_id"], cy);
    assert_eq!(r["level"], "occasional", "the May training is outside 120 days");
    assert_eq!((r["participations"].as_i64(), r["assists"].as_i64()), (Some(1), Some(1)));
    assert_eq!(r["last_seen"], "2026-10-01");
    assert_eq!(row(&rows, "name", "Di")["level"], "occasional", "facilitating an assist is taking part");
    assert_eq!(row(&rows, "name", "Di")["assists"], 1);
    assert_eq!(row(&rows, "name", "Bo")["role"], "member");
    assert_eq!(row(&rows, "name", "Tom")["level"], "transactional", "a trainer stays outside");
    for field in ["member_id", "name", "level", "role", "participations", "last_seen"] {
        assert!(rows[0].get(field).is_some(), "missing {field}");
    }
}

#[test]
fn draft_assists_do_not_count_and_the_role_shows_beside_the_level() {
    let env = Env::new();
    let (ana, ..) = community(&env);
    // A draft in which Ana presented and a request she brought: neither is held yet.
    for status in ["draft", "requested"] {
        assist(&env, "2026-11-15T15:00:00Z", ana, "presenter");
        conn(&env)
            .execute("UPDATE assists SET status = ?1 WHERE id = (SELECT max(id) FROM assists)", [status])
            .unwrap();
    }
    let rows = env.json(&["report", "engagement"]);
    let r = row(&rows, "name", "Ana");
    assert_eq!((r["participations"].as_i64(), r["assists"].as_i64()), (Some(0), Some(0)));
    assert_eq!(r["level"], "peripheral");
    // Three logged assists earn Ana the core level she was named to.
    for day in ["2026-11-01", "2026-11-02", "2026-11-03"] {
        assist(&env, &format!("{day}T15:00:00Z"), ana, "facilitator");
    }
    let r = row(&env.json(&["report", "engagement"]), "name", "Ana").clone();
    assert_eq!(
        (r["level"].as_str(), r["role"].as_str(), r["assists"].as_i64()),
        (Some("core"), Some("core"), Some(3))
    );
    let table = env.ok(&["report", "engagement"]);
    let header = table.lines().next().unwrap();
    assert!(header.contains("level") && header.contains("role"), "{table}");
    assert!(
        table.lines().any(|l| l.contains("Tom") && l.contains("transactional") && l.contains("trainer")),
        "{table}"
    );
    let csv = env.ok(&["report", "engagement", "--format", "csv"]);
    assert!(csv.starts_with("member_id,name,level,role,participations,"), "{csv}");
    // Members show judges the same way: core at the end of November.
    let show = env.json(&["members", "show", &ana.to_string()]);
    let history = show["level_history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["level"], "core", "{show}");
    assert_eq!(history[history.len() - 2]["level"], "peripheral", "{show}");
}

#[test]
fn engagement_thresholds_window_and_as_of_are_flags() {
    let env = Env::new();
    community(&env);
    let rows = env.json(&["report", "engagement", "--core", "4"]);
    assert_eq!(row(&rows, "name", "Bo")["level"], "active");
    let rows = env.json(&["report", "engagement", "--window", "2w"]);
    assert_eq!(row(&rows, "name", "Bo")["participations"], 2);
    assert_eq!(row(&rows, "name", "Cy")["level"], "peripheral");
    let rows = env.json(&["report", "engagement", "--as-of", "2026-06-01", "--window", "40d"]);
    assert_eq!(row(&rows, "name", "Cy")["level"], "occasional");
    assert_eq!(row(&rows, "name", "Bo")["participations"], 0);
}

#[test]
fn engagement_table_ends_with_a_chart_of_levels() {
    let env = Env::new();
    community(&env);
    let out = env.ok(&["report", "engagement"]);
    assert!(out.contains("last seen"));
    assert!(out.lines().any(|l| l.starts_with("core") && l.contains('█') && l.ends_with(" 1")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("peripheral") && l.ends_with(" 1")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("occasional") && l.ends_with(" 2")), "{out}");
    // Five members: one core (20 %), one transactional; beside Wenger-Trayner's shares.
    let shares: Vec<&str> = out.lines().rev().take(6).collect();
    assert!(
        shares.iter().any(|l| l.starts_with("core") && l.contains("20 %") && l.contains("10-15 %")),
        "{out}"
    );
    assert!(shares.iter().any(|l| l.starts_with("transactional") && l.contains("20 %")), "{out}");
    assert!(shares.iter().any(|l| l.starts_with("the rest") && l.contains("80 %")), "{out}");
}

#[test]
fn bad_report_flags_are_usage_errors_naming_the_flag() {
    let env = Env::new();
    community(&env);
    let before = env.snapshot();
    assert!(env.fails(2, &["report", "engagement", "--window", "ninety"]).contains("--window"));
    assert!(env.fails(2, &["report", "engagement", "--window", "0d"]).contains("--window"));
    assert!(env.fails(2, &["report", "engagement", "--core", "1"]).contains("--core"));
    assert!(env.fails(2, &["report", "engagement", "--occasional", "0"]).contains("--occasional"));
    assert!(env.fails(2, &["report", "growth", "--months", "0"]).contains("--months"));
    assert!(env.fails(2, &["report", "activity", "--as-of", "someday"]).contains("--as-of"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn growth_shows_a_member_moving_up_in_the_right_month() {
    let env = Env::new();
    let eve = env.member("Eve", &["--joined", "2026-06-10"]);
    env.member("Fay", &["--joined", "2026-11-02"]);
    for day in ["2026-09-05", "2026-09-12", "2026-09-19"] {
        let s = session(&env, &format!("{day}T17:00:00Z"), "meetup", "scheduled");
        attend(&env, s, eve);
    }
    let rows = env.json(&["report", "growth"]);
    let months: Vec<&str> = rows.as_array().unwrap().iter().map(|r| r["month"].as_str().unwrap()).collect();
    assert_eq!(months, ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    let aug = row(&rows, "month", "2026-08");
    assert_eq!((aug["peripheral"].as_i64(), aug["core"].as_i64()), (Some(1), Some(0)));
    let sep = row(&rows, "month", "2026-09");
    assert_eq!(
        (sep["core"].as_i64(), sep["moved_up"].as_i64(), sep["moved_down"].as_i64()),
        (Some(1), Some(1), Some(0))
    );
    let oct = row(&rows, "month", "2026-10");
    assert_eq!(oct["moved_up"], 0);
    assert_eq!(oct["peripheral"], 0, "Fay is not counted before the month she joined");
    let nov = row(&rows, "month", "2026-11");
    assert_eq!((nov["peripheral"].as_i64(), nov["joined"].as_i64()), (Some(1), Some(1)));
    for field in
        ["month", "core", "active", "occasional", "peripheral", "transactional", "moved_up", "moved_down"]
    {
        assert!(nov.get(field).is_some(), "missing {field}");
    }
    let three = env.json(&["report", "growth", "--months", "3", "--as-of", "2027-01-31"]);
    assert_eq!(three[2]["month"], "2027-01");
    assert_eq!(three[2]["moved_down"], 1, "the September sessions leave the 120-day window");

    let table = env.ok(&["report", "growth"]);
    assert!(table.contains("2026-09") && table.contains(" up "), "{table}");
    assert!(table.contains("█ core  ▓ active  ▒ occasional  ░ peripheral  · transactional"), "{table}");
}

#[test]
fn needs_lists_members_experts_and_popups_for_each_need() {
    let env = Env::new();
    env.ok(&["demo"]);
    let rows = env.json(&["report", "needs"]);
    let r = row(&rows, "need", "network-mapping");
    let names = |v: &Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(names(&r["needed_by"]), ["Ana Souza", "Eli Novak", "Hana Sato"]);
    assert_eq!(names(&r["experts"]), ["Chen Wei"]);
    assert_eq!(r["popups"][0]["title"], "Network mapping basics");
    assert_eq!(r["popups"][0]["status"], "proposed");
    assert_eq!(rows[0]["need"], "network-mapping", "the most needed first");
    let ev = row(&rows, "need", "evaluation");
    assert_eq!(ev["popups"], serde_json::json!([]));
    let table = env.ok(&["report", "needs"]);
    assert!(table.contains("evaluation (no popup)"), "{table}");
}

#[test]
fn activity_counts_sessions_by_kind_and_participants_per_month() {
    let env = Env::new();
    env.ok(&["demo"]);
    session(&env, "2026-11-05T18:00:00Z", "reading", "cancelled");
    let rows = env.json(&["report", "activity", "--months", "2"]);
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let oct = row(&rows, "month", "2026-10");
    assert_eq!((oct["sessions"].as_i64(), oct["trainings"].as_i64()), (Some(1), Some(1)));
    assert_eq!(oct["participants"], 4);
    let nov = row(&rows, "month", "2026-11");
    assert_eq!(nov["sessions"], 3, "past meetups only: not the cancelled one nor those to come");
    assert_eq!((nov["meetups"].as_i64(), nov["readings"].as_i64()), (Some(3), Some(0)));
    assert_eq!((nov["popups_proposed"].as_i64(), nov["popups_done"].as_i64()), (Some(1), Some(0)));
    assert_eq!(nov["participants"], 12);
    let table = env.ok(&["report", "activity"]);
    assert!(table.contains("participants\n") && table.contains('█'), "{table}");
    let csv = env.ok(&["report", "activity", "--format", "csv", "--months", "1"]);
    assert!(csv.starts_with("month,sessions,meetups,"), "{csv}");
}

#[test]
fn reports_of_a_missing_database_are_empty_and_create_nothing() {
    let env = Env::new();
    assert_eq!(env.json(&["report", "engagement"]), serde_json::json!([]));
    assert_eq!(env.json(&["report", "needs"]), serde_json::json!([]));
    let growth = env.json(&["report", "growth", "--months", "2"]);
    assert_eq!(growth[1]["peripheral"], 0);
    assert!(!env.db().exists());
}
