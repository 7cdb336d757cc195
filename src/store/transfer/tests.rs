//! Unit tests of the merge rules, on an in-memory database.

use rusqlite::Connection;
use serde_json::{Map, Value as Json, json};

use super::merge;
use crate::store::Db;

const ANA: &str = "00000000-0000-4000-8000-000000000001";
const BO: &str = "00000000-0000-4000-8000-000000000002";
const TALK: &str = "00000000-0000-4000-8000-000000000010";

fn database() -> Connection {
    let mut conn = Connection::open_in_memory().unwrap();
    crate::store::schema::migrate(&mut conn, std::time::Duration::ZERO).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    conn
}

fn member(uuid: &str, name: &str, updated: &str) -> Json {
    json!({"uuid": uuid, "name": name, "role": "member", "status": "active", "facilitator": false,
           "created_at": "2026-01-01T00:00:00Z", "updated_at": updated,
           "interests": ["data"], "needs": [], "expertise": [], "availability": []})
}

fn session(updated: &str) -> Json {
    json!({"uuid": TALK, "kind": "meetup", "title": "Talk", "starts_at": "2026-02-01T10:00:00Z",
           "minutes": 60, "status": "scheduled", "sequence": 0,
           "created_at": "2026-01-01T00:00:00Z", "updated_at": updated})
}

fn rsvp(member: &str) -> Json {
    json!({"session": TALK, "member": member, "response": "yes", "position": 0,
           "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"})
}

fn doc(parts: Json) -> Map<String, Json> {
    let mut d = json!({"schema_version": 1});
    for (k, v) in parts.as_object().unwrap() {
        d[k] = v.clone();
    }
    d.as_object().unwrap().clone()
}

fn run(conn: &Connection, d: &Map<String, Json>) -> crate::error::Result<Vec<super::Counts>> {
    let db = Db::new(conn, chrono::Utc::now());
    merge(&db, d, false)
}

fn one(conn: &Connection, sql: &str) -> String {
    conn.query_row(sql, [], |r| r.get::<_, rusqlite::types::Value>(0))
        .map(|v| match v {
            rusqlite::types::Value::Text(s) => s,
            rusqlite::types::Value::Integer(i) => i.to_string(),
            other => format!("{other:?}"),
        })
        .unwrap()
}

fn counts_of<'a>(counts: &'a [super::Counts], kind: &str) -> &'a super::Counts {
    counts.iter().find(|c| c.kind == kind).unwrap()
}

#[test]
fn a_newer_record_replaces_the_stored_one_and_an_older_or_equal_one_is_kept() {
    let conn = database();
    run(&conn, &doc(json!({"members": [member(ANA, "Ana", "2026-01-02T00:00:00Z")]}))).unwrap();
    let c = run(&conn, &doc(json!({"members": [member(ANA, "Old", "2026-01-01T12:00:00Z")]}))).unwrap();
    assert_eq!(counts_of(&c, "members").skipped, 1);
    let c = run(&conn, &doc(json!({"members": [member(ANA, "Same", "2026-01-02T00:00:00Z")]}))).unwrap();
    assert_eq!(counts_of(&c, "members").skipped, 1);
    assert_eq!(one(&conn, "SELECT name FROM members"), "Ana");
    let c = run(&conn, &doc(json!({"members": [member(ANA, "Ana B", "2026-01-03T00:00:00Z")]}))).unwrap();
    assert_eq!(counts_of(&c, "members").updated, 1);
    assert_eq!(one(&conn, "SELECT name FROM members"), "Ana B");
}

#[test]
fn a_tombstone_deletes_even_a_newer_edit_and_keeps_the_record_from_coming_back() {
    let conn = database();
    run(&conn, &doc(json!({"members": [member(ANA, "Ana", "2026-03-01T00:00:00Z")]}))).unwrap();
    let gone = json!([{"uuid": ANA, "kind": "members", "deleted_at": "2026-02-01T00:00:00Z"}]);
    let c = run(&conn, &doc(json!({"tombstones": gone}))).unwrap();
    assert_eq!(counts_of(&c, "members").removed, 1);
    assert_eq!(counts_of(&c, "tombstones").added, 1);
    let c = run(&conn, &doc(json!({"members": [member(ANA, "Ana", "2026-04-01T00:00:00Z")]}))).unwrap();
    assert_eq!(counts_of(&c, "members").skipped, 1);
    assert_eq!(one(&conn, "SELECT count(*) FROM members"), "0");
}

#[test]
fn links_follow_their_owner_when_it_is_replaced_and_stay_when_it_is_kept() {
    let conn = database();
    let people =
        json!([member(ANA, "Ana", "2026-01-01T00:00:00Z"), member(BO, "Bo", "2026-01-01T00:00:00Z")]);
    let first = doc(json!({"members": people, "sessions": [session("2026-01-05T00:00:00Z")],
                           "rsvps": [rsvp(ANA), rsvp(BO)]}));
    run(&conn, &first).unwrap();
    // An older copy of the session without Bo's RSVP: the stored links stay.
    let older = doc(json!({"sessions": [session("2026-01-04T00:00:00Z")], "rsvps": [rsvp(ANA)]}));
    let c = run(&conn, &older).unwrap();
    assert_eq!(counts_of(&c, "rsvps").removed, 0);
    assert_eq!(one(&conn, "SELECT count(*) FROM rsvps"), "2");
    // A newer one: its links become exactly the document's.
    let newer = doc(json!({"sessions": [session("2026-01-06T00:00:00Z")], "rsvps": [rsvp(ANA)]}));
    let c = run(&conn, &newer).unwrap();
    assert_eq!(counts_of(&c, "rsvps").removed, 1);
    assert_eq!(one(&conn, "SELECT count(*) FROM rsvps"), "1");
}

#[test]
fn a_uuid_on_two_records_and_a_broken_field_refuse_the_whole_document() {
    let conn = database();
    let twice = doc(json!({"members": [member(ANA, "Ana", "2026-01-01T00:00:00Z"),
                                        member(ANA, "Bo", "2026-01-01T00:00:00Z")]}));
    let e = run(&conn, &twice).unwrap_err().to_string();
    assert!(e.contains("members[1].uuid") && e.contains("members[0]"), "{e}");
    let mut bad = session("2026-01-01T00:00:00Z");
    bad["minutes"] = json!(100_000);
    let broken = doc(json!({"members": [member(BO, "Bo", "2026-01-01T00:00:00Z")], "sessions": [bad]}));
    let e = run(&conn, &broken).unwrap_err().to_string();
    assert!(e.starts_with("sessions[0].minutes"), "{e}");
    assert_eq!(one(&conn, "SELECT count(*) FROM members"), "0", "nothing of a refused document stays");
}

#[test]
fn a_dry_run_counts_what_it_would_do_and_changes_nothing() {
    let conn = database();
    let db = Db::new(&conn, chrono::Utc::now());
    let c = merge(&db, &doc(json!({"members": [member(ANA, "Ana", "2026-01-01T00:00:00Z")]})), true).unwrap();
    assert_eq!(counts_of(&c, "members").added, 1);
    assert_eq!(one(&conn, "SELECT count(*) FROM members"), "0");
}
