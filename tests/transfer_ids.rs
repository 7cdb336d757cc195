//! `cop export` then `cop import` into an empty database keeps the integer ids scripts
//! and messages use ("session 6"); a taken id gives way, and a bad one changes nothing.

mod common;

use common::Env;
use serde_json::Value;

fn export(env: &Env) -> Value {
    serde_json::from_str(&env.ok(&["export"])).unwrap()
}

fn write(env: &Env, doc: &Value) -> String {
    let path = env.dir.path().join("doc.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    path.to_str().unwrap().to_string()
}

fn ids(doc: &Value, kind: &str) -> Vec<(String, i64)> {
    let mut out: Vec<_> = doc[kind]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["uuid"].as_str().unwrap().to_string(), r["id"].as_i64().unwrap()))
        .collect();
    out.sort();
    out
}

/// A community whose ids have gaps, as a real one's do after forgets.
fn community() -> Env {
    let env = Env::new();
    for name in ["Ana", "Bo", "Cy", "Di"] {
        env.member(name, &["--need", "gis"]);
    }
    env.ok(&["members", "forget", "2", "--yes"]);
    env.ok(&["popup", "propose", "Mapping basics", "--by", "Ana", "--tag", "gis"]);
    env.ok(&["popup", "propose", "Story circles", "--by", "Cy", "--tag", "gis"]);
    env.ok(&["popup", "propose", "Gone soon", "--by", "Cy", "--tag", "gis"]);
    env.ok(&["popup", "propose", "Kept", "--by", "Di", "--tag", "gis"]);
    env
}

#[test]
fn an_import_into_an_empty_database_keeps_every_id() {
    let from = community();
    let doc = export(&from);
    let to = Env::new();
    to.ok(&["import", &write(&to, &doc)]);
    let again = export(&to);
    for kind in ["members", "popups"] {
        assert_eq!(ids(&again, kind), ids(&doc, kind), "{kind} keep their ids");
    }
    assert_eq!(to.json(&["members", "show", "4"])["name"], "Di");
    assert_eq!(to.json(&["popup", "show", "4"])["title"], "Kept");
    let next = to.member("Eve", &[]);
    assert!(next > 4, "a new member takes a fresh id after the imported ones: {next}");
}

#[test]
fn a_taken_id_gives_way_to_a_fresh_one_and_the_uuid_stays() {
    let from = community();
    let doc = export(&from);
    let to = Env::new();
    to.member("Zoe", &[]);
    to.ok(&["import", &write(&to, &doc)]);
    let again = export(&to);
    let ana_uuid =
        doc["members"].as_array().unwrap().iter().find(|m| m["name"] == "Ana").unwrap()["uuid"].clone();
    let ana = again["members"].as_array().unwrap().iter().find(|m| m["uuid"] == ana_uuid).unwrap();
    assert_ne!(ana["id"], 1, "id 1 is Zoe's here");
    assert_eq!(to.json(&["members", "show", "1"])["name"], "Zoe");
    let di = again["members"].as_array().unwrap().iter().find(|m| m["name"] == "Di").unwrap();
    assert_eq!(di["id"], 4, "a free id is still kept");
}

#[test]
fn a_bad_id_is_refused_naming_the_field_and_changes_nothing() {
    let from = community();
    let doc = export(&from);
    for bad in [
        Value::from(0),
        Value::from(-1),
        Value::from("x"),
        Value::from(9.5),
        serde_json::json!(9223372036854775808u64),
    ] {
        let to = Env::new();
        to.member("Zoe", &[]);
        let before = to.snapshot();
        let mut doc = doc.clone();
        doc["members"][0]["id"] = bad.clone();
        let err = to.fails(2, &["import", &write(&to, &doc)]);
        assert!(err.contains("members[0].id") || err.contains(".id: expected"), "{bad}: {err}");
        assert_eq!(to.snapshot(), before, "{bad}: nothing changed");
    }
}

#[test]
fn sync_segments_carry_no_replica_local_id() {
    let share = tempfile::tempdir().unwrap();
    let env = community();
    env.ok(&["sync", "init", share.path().to_str().unwrap(), "--as", "A"]);
    env.ok(&["sync"]);
    for dir in std::fs::read_dir(share.path()).unwrap() {
        for f in std::fs::read_dir(dir.unwrap().path()).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "jsonl") {
                let text = std::fs::read_to_string(&f).unwrap();
                assert!(!text.contains("\"id\":"), "{}: {text}", f.display());
            }
        }
    }
}
