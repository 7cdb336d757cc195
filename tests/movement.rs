mod common;

use common::Env;
use common::riverside::riverside;
use serde_json::Value;

fn month<'a>(doc: &'a Value, m: &str) -> &'a Value {
    doc["months"].as_array().unwrap().iter().find(|r| r["month"] == m).unwrap_or_else(|| panic!("no {m}"))
}

fn moves(doc: &Value, m: &str) -> Vec<(String, String, i64)> {
    month(doc, m)["moves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["from"].as_str().unwrap().into(),
                r["to"].as_str().unwrap().into(),
                r["members"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn mv(from: &str, to: &str, n: i64) -> (String, String, i64) {
    (from.into(), to.into(), n)
}

#[test]
fn movement_counts_each_move_in_its_month() {
    let env = Env::new();
    riverside(&env);
    let doc = env.json(&["report", "movement"]);
    let months: Vec<&str> =
        doc["months"].as_array().unwrap().iter().map(|m| m["month"].as_str().unwrap()).collect();
    assert_eq!(months, ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    assert_eq!(moves(&doc, "2026-06"), [mv("peripheral", "core", 1)]);
    assert_eq!(moves(&doc, "2026-07"), []);
    assert_eq!(moves(&doc, "2026-09"), [mv("peripheral", "active", 1)]);
    assert_eq!(moves(&doc, "2026-10"), [mv("core", "peripheral", 1), mv("peripheral", "occasional", 1)]);
    let oct = month(&doc, "2026-10");
    assert_eq!((oct["moved_up"].as_i64(), oct["moved_down"].as_i64()), (Some(1), Some(1)));
    let nov = month(&doc, "2026-11");
    assert_eq!(nov["joined"]["peripheral"], 1, "Eve is a newcomer, not a move");
    assert_eq!(doc["window_days"], 120);
    // The matrix over the six months: levels core first; the diagonal is who stayed.
    let levels: Vec<&str> = doc["levels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert_eq!(levels, ["core", "active", "occasional", "peripheral", "transactional"]);
    assert_eq!(doc["matrix"][3][0], 1, "peripheral -> core");
    assert_eq!(doc["matrix"][4][4], 6, "Tom stays transactional every month");
}

#[test]
fn movement_says_what_came_before_moving_up() {
    let env = Env::new();
    riverside(&env);
    let doc = env.json(&["report", "movement"]);
    let before = doc["before_moving_up"].as_array().unwrap();
    let of = |l: &str| before.iter().find(|b| b["level"] == l).unwrap_or_else(|| panic!("no {l}"));
    let active = of("active");
    assert_eq!(
        (active["moves"].as_i64(), active["popups"].as_i64(), active["sessions"].as_i64()),
        (Some(1), Some(1), Some(1))
    );
    let occasional = of("occasional");
    assert_eq!((occasional["moves"].as_i64(), occasional["popups"].as_i64()), (Some(1), Some(0)));
    assert_eq!(of("core")["sessions"], 1);
    let table = env.ok(&["report", "movement"]);
    assert!(
        table.contains("1 of the 1 who moved up to active had joined a popup in the 2 months before"),
        "{table}"
    );
    assert!(table.contains("▲    peripheral ──▶ active"), "{table}");
    assert!(table.contains("▼          core ──▶ peripheral"), "{table}");
    assert!(table.contains("from \\ to"), "{table}");
}

#[test]
fn movement_rows_for_spreadsheets_and_months_flag() {
    let env = Env::new();
    riverside(&env);
    let csv = env.ok(&["report", "movement", "--format", "csv", "--months", "2"]);
    assert_eq!(csv, "month,from,to,members\n2026-10,core,peripheral,1\n2026-10,peripheral,occasional,1\n");
    assert!(env.fails(2, &["report", "movement", "--months", "0"]).contains("--months"));
    assert!(env.fails(2, &["report", "movement", "--window", "x"]).contains("--window"));
}

#[test]
fn movement_of_a_missing_database_is_empty_and_creates_nothing() {
    let env = Env::new();
    let doc = env.json(&["report", "movement", "--months", "2"]);
    assert_eq!(doc["months"][0]["moves"], serde_json::json!([]));
    assert!(env.ok(&["report", "movement"]).contains("nobody moved between levels"));
    assert!(!env.db().exists());
}

#[test]
fn members_show_gives_the_level_history() {
    let env = Env::new();
    let r = riverside(&env);
    let di = env.json(&["members", "show", &r.di.to_string()]);
    let history = di["level_history"].as_array().unwrap();
    assert_eq!(history.len(), 12);
    let at = |m: &str| history.iter().find(|h| h["month"] == m).unwrap()["level"].clone();
    assert_eq!(at("2025-12"), Value::Null, "not yet joined");
    assert_eq!(at("2026-05"), "peripheral");
    assert_eq!(at("2026-06"), "core");
    assert_eq!(at("2026-10"), "peripheral");
    assert_eq!(di["name"], "Di", "the member record is still all there");
    let table = env.ok(&["members", "show", "Di"]);
    assert!(table.contains("2026-01 peripheral → 2026-06 core → 2026-10 peripheral"), "{table}");
    let tom = env.json(&["members", "show", "Tom"]);
    assert_eq!(tom["level_history"][11]["level"], "transactional");
}
