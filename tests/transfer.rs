mod common;

use std::os::unix::fs::PermissionsExt;

use common::Env;
use serde_json::{Value, json};

/// The document without the moment it was written: the only field allowed to differ.
fn content(mut doc: Value) -> Value {
    doc.as_object_mut().unwrap().remove("exported_at");
    doc
}

fn export(env: &Env) -> Value {
    serde_json::from_str(&env.ok(&["export"])).unwrap()
}

fn write(env: &Env, name: &str, doc: &Value) -> String {
    let path = env.dir.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
    path.display().to_string()
}

fn counts(rows: &Value, kind: &str) -> (i64, i64, i64) {
    let r = rows.as_array().unwrap().iter().find(|r| r["kind"] == kind).unwrap();
    (r["added"].as_i64().unwrap(), r["updated"].as_i64().unwrap(), r["skipped"].as_i64().unwrap())
}

#[test]
fn the_demo_round_trips_through_an_empty_database() {
    let a = Env::new();
    a.ok(&["demo"]);
    let doc = export(&a);
    assert_eq!(doc["schema_version"], cop::store::schema::LATEST);
    assert_eq!(doc["exported_at"], "2026-11-24T16:00:00Z");
    assert_eq!(doc["members"].as_array().unwrap().len(), 12);
    let ana = doc["members"].as_array().unwrap().iter().find(|m| m["name"] == "Ana Souza").unwrap();
    assert_eq!(ana["needs"], json!(["network-mapping", "social-media"]));
    assert_eq!(ana["availability"][0], json!({"weekday": 1, "start_minute": 540, "end_minute": 660}));
    assert!(ana["id"].as_i64().is_some(), "ids travel so \"session 6\" means the same session after a move");
    assert!(doc["session_facilitators"][0]["member"].as_str().unwrap().len() == 36);
    assert_eq!(doc["popups"][0]["tags"], json!(["network-mapping"]));

    let b = Env::new();
    let path = write(&b, "community.json", &doc);
    let rows = b.json(&["import", &path]);
    assert_eq!(counts(&rows, "members"), (12, 0, 0));
    assert_eq!(counts(&rows, "attendance").0, doc["attendance"].as_array().unwrap().len() as i64);
    assert_eq!(content(export(&b)), content(doc.clone()));
    // An empty database had every id free, so even the local ids agree.
    assert_eq!(a.json(&["report", "engagement"]), b.json(&["report", "engagement"]));
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let a = Env::new();
    a.ok(&["demo"]);
    let b = Env::new();
    let path = write(&b, "c.json", &export(&a));
    b.ok(&["import", &path]);
    let before = b.snapshot();
    let rows = b.json(&["import", &path]);
    assert_eq!(counts(&rows, "members"), (0, 0, 12));
    assert_eq!(counts(&rows, "attendance").0, 0);
    assert_eq!(b.snapshot(), before);
}

#[test]
fn newer_records_replace_and_older_ones_are_kept() {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@example.org", "--need", "sna"]);
    env.member("Bo", &[]);
    let mut doc = export(&env);
    // Records are ordered by creation time, then uuid: find each by name.
    for m in doc["members"].as_array_mut().unwrap() {
        if m["name"] == "Ana" {
            m["name"] = json!("Ana Souza");
            m["needs"] = json!(["facilitation"]);
            m["updated_at"] = json!("2026-11-25T09:00:00Z");
        } else {
            m["name"] = json!("Bo Old");
            m["updated_at"] = json!("2026-01-01T00:00:00Z");
        }
    }
    let path = write(&env, "c.json", &doc);
    let rows = env.json(&["import", &path]);
    assert_eq!(counts(&rows, "members"), (0, 1, 1));
    let ana = env.json(&["members", "show", "1"]);
    assert_eq!(ana["name"], "Ana Souza");
    assert_eq!(ana["needs"], json!(["facilitation"]));
    assert_eq!(env.json(&["members", "show", "2"])["name"], "Bo");
}

#[test]
fn new_records_get_local_ids_and_links_follow_their_uuids() {
    let a = Env::new();
    a.ok(&["demo"]);
    let b = Env::new();
    b.member("Zed Local", &[]);
    let path = write(&b, "c.json", &export(&a));
    b.ok(&["import", &path]);
    assert_eq!(b.json(&["members", "show", "zed"])["id"], 1);
    let ana = b.json(&["members", "show", "ana"]);
    assert_ne!(ana["id"], 1);
    let rows = b.json(&["report", "engagement"]);
    let ana_row = rows.as_array().unwrap().iter().find(|r| r["name"] == "Ana Souza").unwrap();
    assert_eq!(ana_row["member_id"], ana["id"]);
    assert_eq!(ana_row["facilitated"], 1);
}

#[test]
fn a_member_with_the_same_email_is_merged_not_duplicated() {
    let a = Env::new();
    a.member("Ana", &["--email", "ana@example.org"]);
    let b = Env::new();
    b.member("Ana B", &["--email", "ana@example.org"]);
    let path = write(&b, "c.json", &export(&a));
    let rows = b.json(&["import", &path]);
    assert_eq!(counts(&rows, "members"), (0, 0, 1));
    assert_eq!(b.json(&["members", "list"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let a = Env::new();
    a.ok(&["demo"]);
    let b = Env::new();
    let path = write(&b, "c.json", &export(&a));
    let rows = b.json(&["import", &path, "--dry-run"]);
    assert_eq!(counts(&rows, "members"), (12, 0, 0));
    assert!(!b.db().exists(), "a dry run never creates the database");
    b.member("Zed", &[]);
    let before = b.snapshot();
    let err = b.cop().args(["import", &path, "--dry-run"]).output().unwrap();
    assert!(String::from_utf8_lossy(&err.stderr).contains("nothing was written"));
    assert_eq!(b.snapshot(), before);
}

#[test]
fn a_document_from_a_newer_schema_is_refused_untouched() {
    let env = Env::new();
    env.member("Ana", &[]);
    let mut doc = export(&env);
    doc["schema_version"] = json!(99);
    doc["members"][0]["name"] = json!("Changed");
    doc["members"][0]["updated_at"] = json!("2030-01-01T00:00:00Z");
    let path = write(&env, "new.json", &doc);
    let before = env.snapshot();
    let err = env.fails(1, &["import", &path]);
    assert!(err.contains("schema version 99") && err.contains("upgrade cop"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn bad_documents_name_the_field_and_change_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    let good = export(&env);
    let before = env.snapshot();

    let path = env.dir.path().join("bad.json");
    std::fs::write(&path, "{ not json").unwrap();
    let p = path.display().to_string();
    assert!(env.fails(2, &["import", &p]).contains("invalid JSON"));

    let mut doc = good.clone();
    doc.as_object_mut().unwrap().remove("schema_version");
    assert!(env.fails(2, &["import", &write(&env, "a.json", &doc)]).contains("schema_version"));

    let mut doc = good.clone();
    doc["members"].as_array_mut().unwrap().push(json!({
        "uuid": "6f1c1f34-5b1e-4f0e-9d7e-0a9a4c7d2b11", "role": "member", "status": "active",
        "facilitator": false, "created_at": "2026-11-24T16:00:00Z", "updated_at": "2026-11-24T16:00:00Z"
    }));
    let err = env.fails(2, &["import", &write(&env, "b.json", &doc)]);
    assert!(err.contains("members[1].name: missing"), "{err}");

    let mut doc = good.clone();
    doc["attendance"] = json!([{ "session": "00000000-0000-4000-8000-000000000000",
        "member": good["members"][0]["uuid"], "created_at": "2026-11-24T16:00:00Z" }]);
    let err = env.fails(2, &["import", &write(&env, "c.json", &doc)]);
    assert!(err.contains("attendance[0].session") && err.contains("no sessions record"), "{err}");

    let mut doc = good.clone();
    doc["members"][0]["role"] = json!("boss");
    doc["members"][0]["updated_at"] = json!("2030-01-01T00:00:00Z");
    assert!(env.fails(2, &["import", &write(&env, "d.json", &doc)]).contains("members[0]"));

    let mut doc = good;
    doc["members"][0]["updated_at"] = json!("yesterday");
    assert!(env.fails(2, &["import", &write(&env, "e.json", &doc)]).contains("members[0].updated_at"));

    assert!(env.fails(1, &["import", "/nonexistent/file.json"]).contains("cannot read"));
    assert_eq!(env.snapshot(), before);
}

#[test]
fn export_to_a_file_is_private_and_a_missing_database_exports_an_empty_community() {
    let env = Env::new();
    let empty = export(&env);
    assert_eq!(empty["members"], json!([]));
    assert_eq!(empty["schema_version"], cop::store::schema::LATEST);
    assert!(!env.db().exists());
    env.member("Ana", &[]);
    let path = env.dir.path().join("out.json");
    let out = env.ok(&["export", "--out", path.to_str().unwrap()]);
    assert!(out.is_empty());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(doc["members"][0]["name"], "Ana");
}

#[test]
fn import_reads_stdin() {
    let a = Env::new();
    a.member("Ana", &[]);
    let text = a.ok(&["export"]);
    let b = Env::new();
    let out = b.cop().args(["import", "-"]).write_stdin(text).output().unwrap();
    assert!(out.status.success());
    assert_eq!(b.json(&["members", "list"])[0]["name"], "Ana");
}

#[test]
fn an_import_refuses_member_values_the_cli_refuses_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@example.org", "--available", "mon 09:00-11:00"]);
    let good = export(&env);
    let before = env.snapshot();
    let fresh = Env::new();
    for (i, (field, value, says)) in [
        ("email", json!("not-an-address"), "members[0].email"),
        ("timezone", json!("Mars/Olympus"), "members[0].timezone"),
        ("name", json!("Ana\u{7}"), "members[0].name"),
        ("availability", json!([{"weekday": 9, "start_minute": -1, "end_minute": 99999}]), "availability[0]"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut doc = good.clone();
        doc["members"][0][field] = value;
        doc["members"][0]["updated_at"] = json!("2030-01-01T00:00:00Z");
        let path = write(&env, &format!("m{i}.json"), &doc);
        assert!(env.fails(2, &["import", &path]).contains(says), "{field}");
        assert!(fresh.fails(2, &["import", &path]).contains(says), "{field} into an empty database");
    }
    assert_eq!(env.snapshot(), before);
    assert!(export(&fresh)["members"].as_array().unwrap().is_empty());
}

// ---- links follow their owner ------------------------------------------------------

/// Later moments than the default `COP_NOW` (2026-11-24 10:00 Chicago), for edits that
/// must be newer than what was sent before.
const LATER: &str = "2026-11-25T09:00:00-06:00";
const LATEST: &str = "2026-11-26T09:00:00-06:00";

/// Runs cop at the moment `now`.
fn at(env: &Env, now: &str, args: &[&str]) -> String {
    let out = env.cop().env("COP_NOW", now).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Exports `from`, imports the document into `to`, and returns the import's rows.
fn send(from: &Env, to: &Env, name: &str) -> Value {
    let path = write(to, name, &export(from));
    to.json(&["import", &path])
}

fn removed(rows: &Value, kind: &str) -> i64 {
    rows.as_array().unwrap().iter().find(|r| r["kind"] == kind).unwrap()["removed"].as_i64().unwrap()
}

/// The links of one kind, readable: each UUID replaced by the name or title it stands for.
fn links(doc: &Value, kind: &str) -> Vec<String> {
    let mut names = std::collections::HashMap::new();
    for (records, field) in [
        ("members", "name"),
        ("sessions", "title"),
        ("popups", "title"),
        ("assists", "challenge"),
        ("tags", "name"),
    ] {
        for r in doc[records].as_array().unwrap() {
            names.insert(r["uuid"].as_str().unwrap().to_string(), r[field].as_str().unwrap().to_string());
        }
    }
    let mut out: Vec<String> = doc[kind]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let mut parts: Vec<String> = l
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, _)| !k.ends_with("_at"))
                .map(|(k, v)| {
                    let v = v.as_str().and_then(|s| names.get(s).cloned()).unwrap_or_else(|| v.to_string());
                    format!("{k}={}", v.trim_matches('"'))
                })
                .collect();
            parts.sort();
            parts.join(" ")
        })
        .collect();
    out.sort();
    out
}

fn organizers() -> (Env, Env) {
    let a = Env::new();
    for name in ["Ana", "Bo", "Cy", "Di"] {
        a.member(name, &[]);
    }
    (a, Env::new())
}

#[test]
fn removed_facilitators_rsvps_and_attendance_travel_with_their_session() {
    let (a, b) = organizers();
    a.ok(&[
        "sessions",
        "add",
        "--title",
        "Clinic",
        "--at",
        "2026-12-01 12:00",
        "--capacity",
        "1",
        "--facilitator",
        "ana",
    ]);
    a.ok(&["sessions", "rsvp", "1", "bo", "--yes"]);
    a.ok(&["sessions", "rsvp", "1", "cy", "--yes"]);
    a.ok(&["sessions", "add", "--title", "Past", "--at", "2026-11-20 12:00"]);
    a.ok(&["sessions", "attend", "2", "bo", "cy"]);
    send(&a, &b, "first.json");
    assert_eq!(
        links(&export(&b), "rsvps"),
        [
            "member=Bo position=1 response=yes session=Clinic",
            "member=Cy position=2 response=waitlist session=Clinic",
        ]
    );

    // A swaps the facilitator, Bo says no (Cy leaves the waitlist), Cy was not there.
    at(&a, LATER, &["sessions", "edit", "1", "--remove-facilitator", "ana", "--add-facilitator", "di"]);
    at(&a, LATER, &["sessions", "rsvp", "1", "bo", "--no"]);
    at(&a, LATER, &["sessions", "attend", "2", "cy", "--remove"]);
    let rows = send(&a, &b, "second.json");
    assert_eq!(counts(&rows, "sessions"), (0, 2, 0));
    assert_eq!(counts(&rows, "session_facilitators"), (1, 0, 0));
    assert_eq!(removed(&rows, "session_facilitators"), 1);
    assert_eq!(counts(&rows, "rsvps"), (0, 2, 0));
    assert_eq!(removed(&rows, "attendance"), 1);
    let doc = export(&b);
    assert_eq!(links(&doc, "session_facilitators"), ["member=Di session=Clinic"]);
    assert_eq!(
        links(&doc, "rsvps"),
        [
            "member=Bo position=1 response=no session=Clinic",
            "member=Cy position=2 response=yes session=Clinic",
        ]
    );
    assert_eq!(links(&doc, "attendance"), ["member=Bo session=Past"]);
    assert_eq!(content(doc), content(export(&a)), "B now holds exactly A's community");

    // B's own later change wins over A's older document, which then changes nothing.
    // Local ids differ between copies (records created in one second are ordered by UUID).
    let sessions = b.json(&["sessions", "list"]);
    let past = sessions.as_array().unwrap().iter().find(|s| s["title"] == "Past").unwrap()["id"].to_string();
    at(&b, LATEST, &["sessions", "attend", &past, "cy"]);
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    let rows = b.json(&["import", &second]);
    assert_eq!(counts(&rows, "sessions"), (0, 0, 2));
    assert_eq!(removed(&rows, "attendance"), 0);
    assert_eq!(b.snapshot(), before);
    // And it travels back.
    send(&b, &a, "back.json");
    assert_eq!(links(&export(&a), "attendance"), ["member=Bo session=Past", "member=Cy session=Past"]);
    assert_eq!(content(export(&a)), content(export(&b)));
}

#[test]
fn popup_members_and_tags_travel_with_their_popup() {
    let (a, b) = organizers();
    a.ok(&["popup", "propose", "Mapping", "--by", "ana", "--tag", "sna", "--max", "1"]);
    a.ok(&["popup", "join", "1", "bo"]);
    a.ok(&["popup", "invite", "1", "cy"]);
    send(&a, &b, "first.json");
    assert_eq!(links(&export(&b), "popup_members").len(), 3);

    // Ana leaves (Bo gets her place), Cy declines, the topic changes.
    at(&a, LATER, &["popup", "leave", "1", "ana"]);
    at(&a, LATER, &["popup", "decline", "1", "cy"]);
    at(&a, LATER, &["popup", "edit", "1", "--remove-tag", "sna", "--add-tag", "graphs"]);
    let rows = send(&a, &b, "second.json");
    assert_eq!(counts(&rows, "popups"), (0, 1, 0));
    let doc = export(&b);
    let statuses: Vec<String> = links(&doc, "popup_members")
        .iter()
        .map(|l| {
            l.split(' ')
                .filter(|p| p.starts_with("member=") || p.starts_with("status="))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(statuses, ["member=Ana status=left", "member=Bo status=joined", "member=Cy status=declined"]);
    assert_eq!(doc["popups"][0]["tags"], json!(["graphs"]));
    assert_eq!(content(doc), content(export(&a)));

    // A member B removes later stays removed when A's older document arrives again.
    at(&b, LATEST, &["popup", "leave", "1", "bo"]);
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    assert_eq!(counts(&b.json(&["import", &second]), "popups"), (0, 0, 1));
    assert_eq!(b.snapshot(), before);
}

#[test]
fn assist_people_travel_with_their_assist() {
    let (a, b) = organizers();
    a.ok(&[
        "assist",
        "log",
        "--challenge",
        "Funding",
        "--presenter",
        "ana",
        "--listener",
        "bo",
        "--listener",
        "cy",
    ]);
    send(&a, &b, "first.json");
    assert_eq!(links(&export(&b), "assist_people").len(), 3);

    at(&a, LATER, &["assist", "edit", "1", "--remove-member", "cy", "--listener", "di"]);
    let rows = send(&a, &b, "second.json");
    // `assist edit` writes the assist's people anew, so the two kept get a new created_at.
    assert_eq!(counts(&rows, "assist_people"), (1, 2, 0));
    assert_eq!(removed(&rows, "assist_people"), 1);
    let doc = export(&b);
    assert_eq!(
        links(&doc, "assist_people"),
        [
            "assist=Funding member=Ana role=presenter",
            "assist=Funding member=Bo role=listener",
            "assist=Funding member=Di role=listener",
        ]
    );
    assert_eq!(content(doc), content(export(&a)));

    at(&b, LATEST, &["assist", "edit", "1", "--remove-member", "bo"]);
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    b.ok(&["import", &second]);
    assert_eq!(b.snapshot(), before);
}

#[test]
fn tag_aliases_and_member_tags_travel_with_their_tag_and_member() {
    let (a, b) = organizers();
    a.ok(&["members", "edit", "ana", "--add-need", "sna"]);
    a.ok(&["tags", "alias", "network", "sna"]);
    send(&a, &b, "first.json");
    assert_eq!(links(&export(&b), "tag_aliases"), ["alias=network tag=sna"]);

    at(&a, LATER, &["tags", "alias", "--remove", "network"]);
    at(&a, LATER, &["members", "edit", "ana", "--remove-need", "sna", "--add-need", "graphs"]);
    let rows = send(&a, &b, "second.json");
    assert_eq!(removed(&rows, "tag_aliases"), 1);
    assert!(links(&export(&b), "tag_aliases").is_empty());
    assert_eq!(b.json(&["members", "show", "ana"])["needs"], json!(["graphs"]));
    assert_eq!(content(export(&b)), content(export(&a)));

    // B's later alias survives A's older document.
    at(&b, LATEST, &["tags", "alias", "network", "sna"]);
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    b.ok(&["import", &second]);
    assert_eq!(b.snapshot(), before);
}

// ---- child records follow their parent ---------------------------------------------

/// The texts of an assist's notes, takeaways and next steps (with their done marks), as
/// `assist show` gives them: the same on both copies, whatever the local ids (takeaways
/// and next steps are listed in local id order, which differs, so they are sorted).
fn assist_content(env: &Env) -> Value {
    let a = env.json(&["assist", "show", "1"]);
    let mut steps: Vec<Value> =
        a["next_steps"].as_array().unwrap().iter().map(|s| json!([s["text"], s["done_at"]])).collect();
    steps.sort_by_key(|s| s.to_string());
    let mut takeaways: Vec<&Value> = a["takeaways"].as_array().unwrap().iter().map(|t| &t["text"]).collect();
    takeaways.sort_by_key(|t| t.to_string());
    json!({"clarifying": a["clarifying"], "ideas": a["ideas"], "takeaways": takeaways, "next_steps": steps})
}

/// The local id of the next step with this text.
fn step_id(env: &Env, text: &str) -> String {
    let a = env.json(&["assist", "show", "1"]);
    a["next_steps"].as_array().unwrap().iter().find(|s| s["text"] == text).unwrap()["id"].to_string()
}

fn assist_with_children(a: &Env) {
    a.ok(&[
        "assist",
        "log",
        "--challenge",
        "Funding",
        "--presenter",
        "ana",
        "--listener",
        "bo",
        "--clarify",
        "Who funds it?",
        "--takeaway",
        "bo: ask the council",
        "--next-step",
        "Call the council",
        "--next-step",
        "Write the brief",
    ]);
}

/// A edits the assist from an edited `assist show` at `now`: the note is rewritten and
/// the next step "Write the brief" is deleted.
fn edit_assist(a: &Env, now: &str) {
    let mut doc = a.json(&["assist", "show", "1"]);
    doc["clarifying"] = json!(["Who funds it? The council."]);
    doc["next_steps"].as_array_mut().unwrap().retain(|s| s["text"] != "Write the brief");
    let path = write(a, "edited.json", &doc);
    at(a, now, &["assist", "edit", "1", "--from", &path]);
}

#[test]
fn an_edited_assist_travels_whole_without_duplicate_notes_or_deleted_steps() {
    let (a, b) = organizers();
    assist_with_children(&a);
    send(&a, &b, "first.json");
    assert_eq!(assist_content(&b), assist_content(&a));

    edit_assist(&a, LATER);
    let rows = send(&a, &b, "second.json");
    assert_eq!(counts(&rows, "assists"), (0, 1, 0));
    // `assist edit` writes notes and takeaways anew: the old ones go, the new ones come.
    assert_eq!(removed(&rows, "assist_notes"), 1);
    assert_eq!(removed(&rows, "takeaways"), 1);
    assert_eq!(removed(&rows, "next_steps"), 1);
    assert_eq!(
        assist_content(&b),
        json!({"clarifying": ["Who funds it? The council."], "ideas": [], "takeaways": ["ask the council"],
               "next_steps": [["Call the council", null]]})
    );
    assert_eq!(assist_content(&b), assist_content(&a));
    assert_eq!(content(export(&b)), content(export(&a)), "B now holds exactly A's community");

    // Importing the same file again changes nothing.
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    let rows = b.json(&["import", &second]);
    assert_eq!(removed(&rows, "assist_notes") + removed(&rows, "next_steps"), 0);
    assert_eq!(b.snapshot(), before);
}

#[test]
fn a_step_marked_done_later_survives_an_older_document_and_travels_back() {
    let (a, b) = organizers();
    assist_with_children(&a);
    send(&a, &b, "first.json");
    edit_assist(&a, LATER);
    send(&a, &b, "second.json");

    let step = step_id(&b, "Call the council");
    at(&b, LATEST, &["assist", "done", &step]);
    let before = b.snapshot();
    let second = b.dir.path().join("second.json").display().to_string();
    let rows = b.json(&["import", &second]);
    assert_eq!(counts(&rows, "assists"), (0, 0, 1));
    assert_eq!(removed(&rows, "next_steps"), 0);
    assert_eq!(b.snapshot(), before);

    send(&b, &a, "back.json");
    assert_eq!(assist_content(&a)["next_steps"], json!([["Call the council", "2026-11-26T15:00:00Z"]]));
    assert_eq!(content(export(&a)), content(export(&b)));
}

#[test]
fn a_step_marked_done_on_one_copy_wins_over_an_older_copy_of_it_in_a_newer_edit() {
    let (a, b) = organizers();
    assist_with_children(&a);
    send(&a, &b, "first.json");
    // B marks a step done; later, not knowing, A edits the assist without touching it.
    let step = step_id(&b, "Call the council");
    at(&b, LATER, &["assist", "done", &step]);
    edit_assist(&a, LATEST);
    send(&a, &b, "second.json");
    let done = json!([["Call the council", "2026-11-25T15:00:00Z"]]);
    assert_eq!(assist_content(&b)["next_steps"], done, "A's newer assist, B's newer step");
    assert_eq!(assist_content(&b)["clarifying"], json!(["Who funds it? The council."]));
    send(&b, &a, "back.json");
    assert_eq!(assist_content(&a)["next_steps"], done);
    assert_eq!(content(export(&a)), content(export(&b)));
}

#[test]
fn new_notes_of_an_assist_kept_as_newer_are_not_resurrected() {
    let (a, b) = organizers();
    assist_with_children(&a);
    send(&a, &b, "first.json");
    // A adds an idea; B, later, deletes a next step: B's assist is newer and wins whole.
    at(&a, LATER, &["assist", "edit", "1", "--idea", "Crowdfunding"]);
    let mut doc = b.json(&["assist", "show", "1"]);
    doc["next_steps"].as_array_mut().unwrap().retain(|s| s["text"] != "Write the brief");
    let path = write(&b, "edited.json", &doc);
    at(&b, LATEST, &["assist", "edit", "1", "--from", &path]);
    let before = b.snapshot();
    let rows = send(&a, &b, "a.json");
    assert_eq!(counts(&rows, "assist_notes").0, 0);
    assert_eq!(counts(&rows, "next_steps").0, 0);
    assert_eq!(b.snapshot(), before);
    send(&b, &a, "b.json");
    assert_eq!(assist_content(&a), assist_content(&b));
    assert_eq!(content(export(&a)), content(export(&b)));
}

/// A popup's agenda as `popup agenda list` gives it, without local ids.
fn agenda(env: &Env) -> Vec<String> {
    let items = env.json(&["popup", "agenda", "1", "list"]);
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| format!("{} {} done={}", i["position"], i["text"].as_str().unwrap(), i["done"]))
        .collect()
}

fn agenda_id(env: &Env, text: &str) -> String {
    let items = env.json(&["popup", "agenda", "1", "list"]);
    items.as_array().unwrap().iter().find(|i| i["text"] == text).unwrap()["id"].to_string()
}

#[test]
fn agenda_removals_moves_and_done_marks_travel_with_their_popup() {
    let (a, b) = organizers();
    a.ok(&["popup", "propose", "Mapping", "--by", "ana"]);
    for text in ["Intro", "Practice", "Wrap-up"] {
        a.ok(&["popup", "agenda", "1", "add", text]);
    }
    send(&a, &b, "first.json");
    assert_eq!(agenda(&b), ["1 Intro done=false", "2 Practice done=false", "3 Wrap-up done=false"]);

    at(&a, LATER, &["popup", "agenda", "1", "remove", &agenda_id(&a, "Intro")]);
    at(&a, LATER, &["popup", "agenda", "1", "move", &agenda_id(&a, "Wrap-up"), "--to", "1"]);
    at(&a, LATER, &["popup", "agenda", "1", "done", &agenda_id(&a, "Practice")]);
    let rows = send(&a, &b, "second.json");
    assert_eq!(counts(&rows, "popups"), (0, 1, 0));
    assert_eq!(removed(&rows, "agenda_items"), 1);
    assert_eq!(agenda(&b), ["1 Wrap-up done=false", "2 Practice done=true"]);
    assert_eq!(agenda(&b), agenda(&a));
    assert_eq!(content(export(&b)), content(export(&a)));

    // Again: nothing changes. Then B's later item survives A's older document.
    let second = b.dir.path().join("second.json").display().to_string();
    let before = b.snapshot();
    b.ok(&["import", &second]);
    assert_eq!(b.snapshot(), before);
    at(&b, LATEST, &["popup", "agenda", "1", "add", "Homework"]);
    let before = b.snapshot();
    b.ok(&["import", &second]);
    assert_eq!(b.snapshot(), before);
    send(&b, &a, "back.json");
    assert_eq!(agenda(&a), ["1 Wrap-up done=false", "2 Practice done=true", "3 Homework done=false"]);
}

#[test]
fn each_agenda_and_assist_change_stamps_its_parent() {
    let (env, _) = organizers();
    env.ok(&["popup", "propose", "Mapping", "--by", "ana"]);
    assist_with_children(&env);
    let stamp = |env: &Env, kind: &str| export(env)[kind][0]["updated_at"].clone();
    let mut now = 0;
    let mut next = || {
        now += 1;
        format!("2026-11-25T09:{now:02}:00-06:00")
    };
    for args in [
        vec!["popup", "agenda", "1", "add", "Intro"],
        vec!["popup", "agenda", "1", "add", "Practice"],
        vec!["popup", "agenda", "1", "move", "2", "--to", "1"],
        vec!["popup", "agenda", "1", "done", "1"],
        vec!["popup", "agenda", "1", "remove", "2"],
    ] {
        let when = next();
        at(&env, &when, &args);
        let want = cop::store::timestamp(chrono::DateTime::parse_from_rfc3339(&when).unwrap().to_utc());
        assert_eq!(stamp(&env, "popups"), json!(want), "{args:?}");
    }
    let when = next();
    at(&env, &when, &["assist", "done", "1"]);
    let want = cop::store::timestamp(chrono::DateTime::parse_from_rfc3339(&when).unwrap().to_utc());
    assert_eq!(stamp(&env, "assists"), json!(want));
}

// ---- deleted records travel as tombstones ------------------------------------------

/// A community on A, sent to B, where Bo has tags, an RSVP, attendance and a popup he
/// proposed: everything forgetting him must take along.
fn bo_everywhere() -> (Env, Env) {
    let (a, b) = organizers();
    a.ok(&["members", "edit", "bo", "--add-need", "sna", "--email", "bo@x.org"]);
    a.ok(&["sessions", "add", "--title", "Clinic", "--at", "2026-12-01 12:00", "--facilitator", "ana"]);
    a.ok(&["sessions", "rsvp", "1", "bo", "cy", "--yes"]);
    a.ok(&["popup", "propose", "Mapping", "--by", "bo", "--tag", "sna"]);
    send(&a, &b, "before.json");
    (a, b)
}

fn member_names(env: &Env) -> Vec<String> {
    let rows = env.json(&["members", "list", "--status", "all"]);
    let mut names: Vec<String> =
        rows.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap().to_string()).collect();
    names.sort();
    names
}

#[test]
fn a_forgotten_member_is_forgotten_on_the_other_copy_and_an_older_document_never_brings_them_back() {
    let (a, b) = bo_everywhere();
    let bo_uuid =
        export(&a)["members"].as_array().unwrap().iter().find(|m| m["name"] == "Bo").unwrap()["uuid"].clone();
    at(&a, LATER, &["members", "forget", "bo", "--yes"]);
    let doc = export(&a);
    assert_eq!(
        doc["tombstones"],
        json!([{"uuid": bo_uuid, "kind": "members", "deleted_at": "2026-11-25T15:00:00Z"}])
    );

    let rows = send(&a, &b, "after.json");
    assert_eq!(counts(&rows, "tombstones"), (1, 0, 0));
    assert_eq!(removed(&rows, "members"), 1, "privacy wins: B's copy of Bo is deleted");
    assert_eq!(member_names(&b), ["Ana", "Cy", "Di"]);
    b.fails(3, &["members", "show", "bo@x.org"]);
    let doc = export(&b);
    assert_eq!(links(&doc, "rsvps"), ["member=Cy position=2 response=yes session=Clinic"]);
    assert!(doc["popups"][0]["proposer"].is_null());
    assert_eq!(content(doc), content(export(&a)), "B holds exactly A's community");

    // A colleague's older document, from before the forget, changes nothing.
    let before = b.snapshot();
    let older = b.dir.path().join("before.json").display().to_string();
    let rows = b.json(&["import", &older]);
    assert_eq!(counts(&rows, "members"), (0, 0, 4), "Bo is skipped, never re-added");
    assert_eq!(b.snapshot(), before);
    assert_eq!(member_names(&b), ["Ana", "Cy", "Di"]);
}

#[test]
fn a_newer_edit_from_a_copy_that_never_heard_of_the_forget_does_not_bring_the_member_back() {
    let (a, b) = bo_everywhere();
    // C copied the community before the forget, then edited the session and the popup.
    let c = Env::new();
    send(&a, &c, "before.json");
    at(&c, LATEST, &["sessions", "edit", "1", "--title", "Clinic II"]);
    at(&c, LATEST, &["popup", "edit", "1", "--title", "Mapping II"]);
    at(&a, LATER, &["members", "forget", "bo", "--yes"]);
    send(&a, &b, "after.json");

    let rows = send(&c, &b, "from_c.json");
    assert_eq!(counts(&rows, "sessions"), (0, 1, 0));
    assert_eq!(counts(&rows, "rsvps").2, 2, "Bo's RSVP went with him; Cy's is unchanged");
    assert_eq!(member_names(&b), ["Ana", "Cy", "Di"]);
    let doc = export(&b);
    assert_eq!(links(&doc, "rsvps"), ["member=Cy position=2 response=yes session=Clinic II"]);
    assert_eq!(doc["popups"][0]["title"], "Mapping II");
    assert!(doc["popups"][0]["proposer"].is_null(), "a link to a forgotten member is left empty");

    // And C, in turn, forgets Bo when it hears from B.
    send(&b, &c, "from_b.json");
    assert_eq!(member_names(&c), ["Ana", "Cy", "Di"]);
    assert_eq!(content(export(&c)), content(export(&b)));
}

#[test]
fn someone_who_rejoins_after_being_forgotten_is_a_new_record() {
    let (a, b) = bo_everywhere();
    at(&a, LATER, &["members", "forget", "bo", "--yes"]);
    send(&a, &b, "after.json");
    at(&b, LATEST, &["members", "add", "Bo", "--email", "bo@x.org"]);
    let rows = send(&b, &a, "back.json");
    assert_eq!(counts(&rows, "members").0, 1);
    assert_eq!(member_names(&a), ["Ana", "Bo", "Cy", "Di"]);
    assert_eq!(content(export(&a)), content(export(&b)));
}

#[test]
fn a_tag_merged_away_is_deleted_on_the_other_copy_and_never_comes_back() {
    let (a, b) = organizers();
    a.ok(&["members", "edit", "ana", "--add-need", "sna", "--add-interest", "graphs"]);
    a.ok(&["popup", "propose", "Mapping", "--by", "bo", "--tag", "sna"]);
    send(&a, &b, "before.json");

    at(&a, LATER, &["tags", "merge", "sna", "--into", "graphs", "--yes"]);
    let rows = send(&a, &b, "after.json");
    assert_eq!(counts(&rows, "tombstones"), (1, 0, 0));
    assert_eq!(removed(&rows, "tags"), 1);
    let doc = export(&b);
    let tag_names: Vec<&str> =
        doc["tags"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    assert_eq!(tag_names, ["graphs"]);
    assert_eq!(doc["tombstones"][0]["kind"], "tags");
    assert_eq!(b.json(&["members", "show", "ana"])["needs"], json!(["graphs"]));
    assert_eq!(links(&doc, "tag_aliases"), ["alias=sna tag=graphs"]);
    assert_eq!(content(doc), content(export(&a)));

    let before = b.snapshot();
    let older = b.dir.path().join("before.json").display().to_string();
    let rows = b.json(&["import", &older]);
    assert_eq!(counts(&rows, "tags").2, 2, "sna is skipped, never re-added");
    assert_eq!(b.snapshot(), before);
}

#[test]
fn tombstones_round_trip_and_importing_them_twice_changes_nothing() {
    let a = Env::new();
    a.ok(&["demo"]);
    at(&a, LATER, &["members", "forget", "ana souza", "--yes"]);
    let tags = export(&a)["tags"].clone();
    let (from, into) = (tags[0]["name"].as_str().unwrap(), tags[1]["name"].as_str().unwrap());
    at(&a, LATER, &["tags", "merge", from, "--into", into, "--yes"]);
    let doc = export(&a);
    let gone = doc["tombstones"].as_array().unwrap();
    assert_eq!(gone.len(), 2);
    assert!(gone[0]["uuid"].as_str() < gone[1]["uuid"].as_str(), "sorted by uuid");
    assert!(!serde_json::to_string(&doc).unwrap().contains("Ana Souza"), "nothing personal is kept");

    let b = Env::new();
    let path = write(&b, "c.json", &doc);
    b.ok(&["import", &path]);
    assert_eq!(content(export(&b)), content(doc));
    let before = b.snapshot();
    let rows = b.json(&["import", &path]);
    assert_eq!(counts(&rows, "tombstones"), (0, 0, 2));
    assert_eq!(b.snapshot(), before);
}

#[test]
fn bad_tombstones_name_the_field_and_change_nothing() {
    let env = Env::new();
    env.member("Ana", &[]);
    let good = export(&env);
    let before = env.snapshot();
    let ana = good["members"][0]["uuid"].clone();
    let one = |t: Value| {
        let mut doc = good.clone();
        doc["tombstones"] =
            json!([{"uuid": ana, "kind": "members", "deleted_at": "2026-11-24T16:00:00Z"}, t]);
        doc
    };
    let cases = [
        (
            one(json!({"uuid": "nope", "kind": "members", "deleted_at": "2026-11-24T16:00:00Z"})),
            "tombstones[1].uuid",
        ),
        (
            one(json!({"kind": "members", "deleted_at": "2026-11-24T16:00:00Z"})),
            "tombstones[1].uuid: missing",
        ),
        (
            one(json!({"uuid": ana, "kind": "widgets", "deleted_at": "2026-11-24T16:00:00Z"})),
            "tombstones[1].kind",
        ),
        (
            one(json!({"uuid": ana, "kind": "community", "deleted_at": "2026-11-24T16:00:00Z"})),
            "tombstones[1].kind",
        ),
        (one(json!({"uuid": ana, "kind": "members", "deleted_at": "yesterday"})), "tombstones[1].deleted_at"),
        (one(json!({"uuid": ana, "kind": "members"})), "tombstones[1].deleted_at: missing"),
        (one(json!("x")), "tombstones[1]: expected an object"),
    ];
    for (i, (doc, field)) in cases.iter().enumerate() {
        let err = env.fails(2, &["import", &write(&env, &format!("t{i}.json"), doc)]);
        assert!(err.contains(field), "{field}: {err}");
        assert_eq!(env.snapshot(), before, "{field}");
    }
    let mut doc = good;
    doc["tombstones"] = json!({});
    assert!(
        env.fails(2, &["import", &write(&env, "t.json", &doc)]).contains("tombstones: expected an array")
    );
    assert_eq!(env.snapshot(), before);
    let err = env.fails(2, &["import", &write(&env, "t2.json", &cases[2].0)]);
    assert!(err.contains("expected one of tags, members, popups"), "{err}");
}

#[test]
fn a_newer_edit_naming_a_merged_away_tag_lands_on_the_tag_it_was_merged_into() {
    let (a, b) = organizers();
    a.ok(&["members", "edit", "ana", "--add-need", "sna", "--add-interest", "graphs"]);
    let c = Env::new();
    send(&a, &c, "before.json");
    send(&a, &b, "before.json");
    at(&a, LATER, &["tags", "merge", "sna", "--into", "graphs", "--yes"]);
    send(&a, &b, "after.json");
    // C never heard of the merge and edits Ana later, still needing "sna".
    at(&c, LATEST, &["members", "edit", "ana", "--region", "north"]);
    send(&c, &b, "from_c.json");
    let ana = b.json(&["members", "show", "ana"]);
    assert_eq!(ana["region"], "north");
    assert_eq!(ana["needs"], json!(["graphs"]), "the old name is an alias of the tag it became");
    let tags: Vec<Value> = export(&b)["tags"].as_array().unwrap().iter().map(|t| t["name"].clone()).collect();
    assert_eq!(tags, [json!("graphs")]);
}
