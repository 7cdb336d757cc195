//! Invitations to listen in a requested peer assist, by mail: the same messages and
//! outbox as popup invitations, read back with a parser that is not cop's own.

mod common;

use common::Env;
use common::mail::{FROM, calendar_part, eml_files, parse_calendar, prop};
use mail_parser::MessageParser;

fn request() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@example.org"]);
    env.member(
        "Bo Lima",
        &["--email", "bo@example.org", "--expertise", "fundraising", "--timezone", "Asia/Tokyo"],
    );
    env.member("Di Wu", &["--interest", "fundraising"]);
    env.ok(&["assist", "request", "--by", "ana", "--challenge", "Our grant ran out", "--tag", "fundraising"]);
    env
}

#[test]
fn assist_invitations_by_mail_say_why_and_carry_the_session_as_a_calendar_request() {
    let env = request();
    env.ok(&["assist", "schedule", "1", "--at", "2026-12-04 12:00"]);
    let out = env.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let run = env
        .cop()
        .args(["assist", "match", "1", "--invite", "2", "--mail", "--from", FROM, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert!(stderr.contains("Di Wu (id 3) has no email: not mailed"), "{stderr}");
    let files = eml_files(&out);
    assert_eq!(files.len(), 1, "{files:?}");
    let bytes = std::fs::read(&files[0]).unwrap();
    let m = MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(m.to().unwrap().first().unwrap().address(), Some("bo@example.org"));
    assert_eq!(m.subject(), Some("Invitation: peer assist \"Our grant ran out\""));
    let text = m.body_text(0).unwrap();
    assert!(text.contains("Ana Souza would like your thinking and advice"), "{text}");
    assert!(text.contains("Why you: you listed fundraising as expertise."), "{text}");
    // 12:00 in Chicago is 03:00 the next day in Tokyo.
    assert!(text.contains("Sat 5 Dec 2026, 03:00"), "{text}");
    let (method, cal) = calendar_part(&bytes);
    assert_eq!(method, "REQUEST");
    let cal = parse_calendar(&cal);
    let session = env.json(&["assist", "show", "1"])["session_id"].as_i64().unwrap();
    let session_uuid =
        env.json(&["sessions", "show", &session.to_string()])["uuid"].as_str().unwrap().to_string();
    assert_eq!(
        prop(&cal.events[0].properties, "UID").value.as_deref(),
        Some(format!("{session_uuid}@cop").as_str())
    );
    // Recorded once: a second run invites nobody new and sends nothing again.
    let outbox = env.json(&["outbox", "list"]);
    assert_eq!(outbox.as_array().unwrap().len(), 1, "{outbox}");
    assert!(env.ok(&["log"]).contains("1 message to send"));
}

#[test]
fn assist_mail_flags_need_mail_and_a_dry_run_records_nothing() {
    let env = request();
    let err = env.fails(2, &["assist", "match", "1", "--invite", "1", "--out", "x"]);
    assert!(err.contains("add --mail"), "{err}");
    let err = env.fails(2, &["assist", "match", "1", "--mail"]);
    assert!(err.contains("--invite"), "{err}");
    let shown = env.ok(&["assist", "match", "1", "--invite", "1", "--mail", "--from", FROM, "--dry-run"]);
    assert!(shown.contains("Invitation: peer assist"), "{shown}");
    assert!(shown.contains("# bo@example.org") || shown.contains("bo@example.org"), "{shown}");
    assert_eq!(env.json(&["assist", "show", "1"])["invitations"], serde_json::json!([]));
    assert_eq!(env.json(&["outbox", "list"]), serde_json::json!([]));
}
