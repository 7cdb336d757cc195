//! Invitations by mail: what `cop` writes is read with parsers that are not cop's own
//! (mail-parser for MIME, ical for the calendar); delivery goes only to files and to a
//! stub sendmail script, never to the network. Replies are in `mail_replies.rs`.

mod common;

use std::io::BufReader;
use std::os::unix::fs::PermissionsExt;

use common::Env;
use common::mail::*;
use mail_parser::{MessageParser, MimeHeaders};

#[test]
fn popup_invitations_are_mime_messages_with_a_calendar_request() {
    let env = Env::new();
    community(&env);
    let out = env.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let err_out = env
        .cop()
        .args(["popup", "invite", "1", "--matched", "5", "--mail", "--from", FROM, "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(err_out.status.success(), "{}", String::from_utf8_lossy(&err_out.stderr));
    let stderr = String::from_utf8_lossy(&err_out.stderr);
    assert!(stderr.contains("warning: Cleo (id 3) has no email: not mailed"), "{stderr}");
    let files = eml_files(&out);
    assert_eq!(files.len(), 2, "{files:?}");
    let uuid = env.json(&["sessions", "show", "1"])["uuid"].as_str().unwrap().to_string();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.ends_with(".cop.eml") && name.split('.').count() == 4, "Maildir-style name: {name}");
        assert_eq!(std::fs::metadata(f).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let bytes = std::fs::read(&files[0]).unwrap();
    let m = MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(m.from().unwrap().first().unwrap().address(), Some("org@example.org"));
    let to: Vec<_> = m.to().unwrap().iter().collect();
    assert_eq!(to.len(), 1);
    assert_eq!(to[0].address(), Some("bea@example.org"));
    assert_eq!(to[0].name(), Some("Bea Lima"));
    assert_eq!(m.subject(), Some("Invitation: learning popup \"Network mapping\""));
    assert!(m.message_id().unwrap().ends_with("@example.org"));
    let text = m.body_text(0).unwrap();
    assert!(text.contains("Why you: you listed network-mapping as a learning need."), "{text}");
    assert!(text.contains("1. Why map a network"), "{text}");
    assert!(text.contains("Map who knows whom"), "{text}");
    // 12:00 in Chicago is 03:00 the next day in Tokyo.
    assert!(text.contains("Sat 5 Dec 2026, 03:00-04:00 JST"), "{text}");
    let (method, cal) = calendar_part(&bytes);
    assert_eq!(method, "REQUEST");
    let cal = parse_calendar(&cal);
    assert_eq!(prop(&cal.properties, "METHOD").value.as_deref(), Some("REQUEST"));
    let ev = &cal.events[0].properties;
    assert_eq!(prop(ev, "UID").value.as_deref(), Some(format!("{uuid}@cop").as_str()));
    assert_eq!(prop(ev, "SEQUENCE").value.as_deref(), Some("0"));
    assert_eq!(prop(ev, "DTSTART").value.as_deref(), Some("20261204T180000Z"));
    assert_eq!(prop(ev, "ORGANIZER").value.as_deref(), Some("mailto:org@example.org"));
    let attendee = prop(ev, "ATTENDEE");
    assert_eq!(attendee.value.as_deref(), Some("mailto:bea@example.org"));
    assert_eq!(param(attendee, "RSVP"), "TRUE");
    assert_eq!(param(attendee, "PARTSTAT"), "NEEDS-ACTION");
    // Dan matched by interest only.
    let dan = String::from_utf8(std::fs::read(&files[1]).unwrap()).unwrap();
    assert!(
        MessageParser::default()
            .parse(dan.as_bytes())
            .unwrap()
            .body_text(0)
            .unwrap()
            .contains("network-mapping as an interest")
    );
    // Recorded as invitations and in the outbox, sent.
    let popup = env.json(&["popup", "show", "1"]);
    assert_eq!(popup["members"].as_array().unwrap().iter().filter(|m| m["status"] == "invited").count(), 3);
    let outbox = env.json(&["outbox", "list"]);
    assert_eq!(outbox.as_array().unwrap().len(), 2);
    assert!(
        outbox
            .as_array()
            .unwrap()
            .iter()
            .all(|e| !e["sent_at"].is_null() && e["purpose"] == "popup 1 invitation")
    );
    // The same invitation again writes nothing new.
    let again =
        env.cop().args(["popup", "invite", "1", "bea", "--mail", "--out"]).arg(&out).output().unwrap();
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("not sent again"));
    assert_eq!(eml_files(&out).len(), 2);
}

/// Writes a stub sendmail that stores each message it reads and fails on call `fail_on`.
fn stub(env: &Env, fail_on: u32) -> String {
    let dir = env.dir.path().join("sent");
    std::fs::create_dir_all(&dir).unwrap();
    let script = env.dir.path().join("sendmail");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nd={d}\nn=$(cat $d/count 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > $d/count\n\
             cat > $d/msg.$n\nif [ \"$n\" = {fail_on} ]; then echo \"relay refused call $n\" >&2; exit 75; fi\nexit 0\n",
            d = dir.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!("{} -t", script.display())
}

/// The Message-IDs the stub received, call by call.
fn received(env: &Env) -> Vec<String> {
    let dir = env.dir.path().join("sent");
    let n: usize = std::fs::read_to_string(dir.join("count")).map_or(0, |c| c.trim().parse().unwrap());
    (1..=n)
        .map(|i| {
            let b = std::fs::read(dir.join(format!("msg.{i}"))).unwrap();
            MessageParser::default().parse(&b).unwrap().message_id().unwrap().to_string()
        })
        .collect()
}

#[test]
fn a_delivery_failing_at_the_third_resumes_with_the_rest_and_never_sends_twice() {
    let env = Env::new();
    for i in 1..=5 {
        env.member(&format!("Member {i}"), &["--email", &format!("m{i}@example.org")]);
    }
    env.ok(&["sessions", "add", "--title", "Brown-bag", "--at", "2026-12-04 12:00"]);
    let cmd = stub(&env, 3);
    let err = env.fails(1, &["sessions", "invite", "1", "--all", "--from", FROM, "--sendmail", &cmd]);
    assert!(err.contains("sent 2 of 5 messages") && err.contains("relay refused call 3"), "{err}");
    assert!(err.contains("cop outbox retry"), "{err}");
    let pending = env.json(&["outbox", "list", "--pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 3);
    assert!(pending[0]["last_error"].as_str().unwrap().contains("status 75"));
    assert_eq!(pending[0]["attempts"], 1);
    // The invitations were recorded with the messages, failure or not.
    let rsvps = env.json(&["sessions", "show", "1"])["rsvps"].as_array().unwrap().len();
    assert_eq!(rsvps, 5);
    env.ok(&["outbox", "retry", "--sendmail", &cmd]);
    assert!(env.json(&["outbox", "list", "--pending"]).as_array().unwrap().is_empty());
    let ids = received(&env);
    assert_eq!(ids.len(), 6, "5 messages and the one attempt that failed");
    assert_eq!(ids[2], ids[3], "the failed message is retried under the same Message-ID");
    let mut delivered: Vec<&String> =
        ids.iter().enumerate().filter(|(i, _)| *i != 2).map(|(_, id)| id).collect();
    delivered.sort();
    delivered.dedup();
    assert_eq!(delivered.len(), 5, "each message delivered once");
    // A rerun of the same command and another retry send nothing.
    env.ok(&["sessions", "invite", "1", "--all", "--sendmail", &cmd]);
    env.ok(&["outbox", "retry", "--sendmail", &cmd]);
    assert_eq!(received(&env).len(), 6);
    // A changed session (a new SEQUENCE) is a new message, and so is a reminder.
    env.ok(&["sessions", "edit", "1", "--at", "2026-12-04 13:00"]);
    env.ok(&["sessions", "invite", "1", "m1@example.org", "--sendmail", &cmd]);
    env.ok(&["sessions", "invite", "1", "m1@example.org", "--reminder", "--sendmail", &cmd]);
    let dir = env.dir.path().join("sent");
    let (_, cal) = calendar_part(&std::fs::read(dir.join("msg.7")).unwrap());
    assert_eq!(prop(&parse_calendar(&cal).events[0].properties, "SEQUENCE").value.as_deref(), Some("1"));
    let reminder = std::fs::read(dir.join("msg.8")).unwrap();
    assert!(
        MessageParser::default()
            .parse(&reminder)
            .unwrap()
            .subject()
            .unwrap()
            .starts_with("Reminder: Brown-bag")
    );
    assert_eq!(received(&env).len(), 8);
}

#[test]
fn names_and_titles_cannot_add_a_header_or_a_recipient() {
    let env = Env::new();
    env.member("Bob, Bcc: x@evil.org", &["--email", "bob@example.org"]);
    env.member("Eve", &["--email", "eve@example.org"]);
    env.ok(&[
        "sessions",
        "add",
        "--title",
        "Hour",
        "--at",
        "2026-12-04 12:00",
        "--note",
        "Bring:\nBcc: a@evil.org",
    ]);
    // A database damaged by hand: line breaks where the record rules allow none.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("UPDATE members SET name = 'Eve\r\nBcc: y@evil.org\r\nX-Evil: 1' WHERE id = 2", []).unwrap();
    conn.execute("UPDATE sessions SET title = 'Hour\r\nBcc: z@evil.org' WHERE id = 1", []).unwrap();
    drop(conn);
    let mbox = env.dir.path().join("out.mbox");
    env.ok(&[
        "sessions",
        "invite",
        "1",
        "1",
        "2",
        "--from",
        "\"Org, Bcc: q@evil.org\" <org@example.org>",
        "--mbox",
        mbox.to_str().unwrap(),
    ]);
    let bytes = std::fs::read(&mbox).unwrap();
    let messages: Vec<_> = mail_parser::mailbox::mbox::MessageIterator::new(BufReader::new(bytes.as_slice()))
        .map(|m| m.unwrap())
        .collect();
    assert_eq!(messages.len(), 2);
    for (raw, want) in messages.iter().zip(["bob@example.org", "eve@example.org"]) {
        let m = MessageParser::default().parse(raw.contents()).unwrap();
        let to: Vec<_> = m.to().unwrap().iter().map(|a| a.address().unwrap().to_string()).collect();
        assert_eq!(to, vec![want.to_string()]);
        let from: Vec<_> = m.from().unwrap().iter().collect();
        assert_eq!((from.len(), from[0].address()), (1, Some("org@example.org")));
        assert!(m.header("Bcc").is_none() && m.header("Cc").is_none() && m.header("X-Evil").is_none());
        assert!(m.subject().unwrap().contains("Hour Bcc: z@evil.org"), "{:?}", m.subject());
        let (_, cal) = calendar_part(raw.contents());
        let cal = parse_calendar(&cal);
        let attendees: Vec<_> = cal.events[0].properties.iter().filter(|p| p.name == "ATTENDEE").collect();
        assert_eq!(attendees.len(), 1);
        assert_eq!(attendees[0].value.as_deref(), Some(format!("mailto:{want}").as_str()));
    }
    let eve = MessageParser::default().parse(messages[1].contents()).unwrap();
    assert_eq!(eve.to().unwrap().first().unwrap().name(), Some("Eve Bcc: y@evil.org X-Evil: 1"));
}

#[test]
fn the_mbox_is_written_through_the_safe_writer() {
    let env = Env::new();
    env.member("Bea", &["--email", "bea@example.org"]);
    env.member("Dan", &["--email", "dan@example.org"]);
    env.ok(&["sessions", "add", "--title", "Hour", "--at", "2026-12-04 12:00"]);
    let db = env.db();
    let before = env.snapshot();
    let err =
        env.fails(2, &["sessions", "invite", "1", "bea", "--from", FROM, "--mbox", db.to_str().unwrap()]);
    assert!(err.contains("the database itself"), "{err}");
    let mbox = env.dir.path().join("x.mbox");
    std::fs::write(&mbox, b"theirs").unwrap();
    env.fails(4, &["sessions", "invite", "1", "bea", "--from", FROM, "--mbox", mbox.to_str().unwrap()]);
    assert_eq!(std::fs::read(&mbox).unwrap(), b"theirs");
    let missing = env.dir.path().join("no-such-folder");
    env.fails(2, &["sessions", "invite", "1", "bea", "--from", FROM, "--out", missing.to_str().unwrap()]);
    assert_eq!(env.snapshot(), before, "a target that cannot be written records nothing");
    // A message left pending by a failed delivery...
    env.fails(1, &["sessions", "invite", "1", "bea", "--from", FROM, "--sendmail", "false"]);
    env.fails(4, &["outbox", "retry", "--mbox", mbox.to_str().unwrap()]);
    assert_eq!(std::fs::read(&mbox).unwrap(), b"theirs");
    assert_eq!(env.json(&["outbox", "list", "--pending"]).as_array().unwrap().len(), 1);
    env.ok(&["outbox", "retry", "--mbox", mbox.to_str().unwrap(), "--force"]);
    assert!(env.json(&["outbox", "list", "--pending"]).as_array().unwrap().is_empty());
    assert_eq!(std::fs::metadata(&mbox).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&mbox).unwrap();
    assert!(
        text.starts_with("From cop@example.org ") && text.contains("To: Bea <bea@example.org>"),
        "{text}"
    );
}

#[test]
fn dry_run_prints_the_first_message_and_the_recipients_and_records_nothing() {
    let env = Env::new();
    community(&env);
    let before = env.snapshot();
    let out = env.ok(&["popup", "invite", "1", "--matched", "5", "--mail", "--from", FROM, "--dry-run"]);
    assert!(out.starts_with("From: \"Org Anizer\" <org@example.org>"), "{out}");
    assert!(out.contains("# Bea Lima <bea@example.org>\n# Dan <dan@example.org>\n"), "{out}");
    assert_eq!(env.snapshot(), before);
    let out = env.ok(&["sessions", "invite", "1", "--all", "--from", FROM, "--dry-run"]);
    assert!(out.contains("Subject: Invitation: Network mapping"), "{out}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn bad_mail_flags_are_usage_errors_that_change_nothing() {
    let env = Env::new();
    community(&env);
    let before = env.snapshot();
    let err = env.fails(2, &["popup", "invite", "1", "bea", "--out", "/tmp"]);
    assert!(err.contains("add --mail"), "{err}");
    let err = env.fails(2, &["popup", "invite", "1", "bea", "--mail"]);
    assert!(err.contains("--out DIR, --mbox FILE, --sendmail CMD, or --dry-run"), "{err}");
    let err = env.fails(2, &["sessions", "invite", "1", "--all", "--sendmail", "true"]);
    assert!(err.contains("--from"), "{err}");
    let err =
        env.fails(2, &["sessions", "invite", "1", "--all", "--from", "not an address", "--sendmail", "true"]);
    assert!(err.contains("--from"), "{err}");
    env.fails(2, &["sessions", "invite", "1", "--rsvp", "perhaps", "--from", FROM, "--sendmail", "true"]);
    env.fails(3, &["sessions", "invite", "9", "--all", "--from", FROM, "--sendmail", "true"]);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn forgetting_a_member_takes_their_messages_with_them() {
    let env = Env::new();
    env.member("Zed Private", &["--email", "zed-private@example.org"]);
    env.member("Bea", &["--email", "bea@example.org"]);
    env.ok(&["sessions", "add", "--title", "Hour", "--at", "2026-12-04 12:00"]);
    let mbox = env.dir.path().join("x.mbox");
    env.ok(&["sessions", "invite", "1", "--all", "--from", FROM, "--mbox", mbox.to_str().unwrap()]);
    assert_eq!(env.json(&["outbox", "list"]).as_array().unwrap().len(), 2);
    env.ok(&["members", "forget", "zed", "--yes"]);
    let left = env.json(&["outbox", "list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert!(!String::from_utf8_lossy(&env.snapshot()).contains("zed-private"));
}

#[test]
fn reminders_go_to_those_who_said_yes_and_a_cancellation_carries_method_cancel() {
    let env = Env::new();
    env.member("Bea", &["--email", "bea@example.org"]);
    env.member("Dan", &["--email", "dan@example.org"]);
    env.ok(&[
        "sessions",
        "add",
        "--title",
        "Hour",
        "--at",
        "2026-12-04 12:00",
        "--link",
        "https://meet.example.org/x",
    ]);
    env.ok(&["sessions", "rsvp", "1", "bea", "--yes"]);
    env.ok(&["sessions", "rsvp", "1", "dan", "--no"]);
    let out = env.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let dir = out.to_str().unwrap();
    env.ok(&["sessions", "invite", "1", "--rsvp", "yes", "--reminder", "--from", FROM, "--out", dir]);
    let files = eml_files(&out);
    assert_eq!(files.len(), 1);
    let m = std::fs::read(&files[0]).unwrap();
    let parsed = MessageParser::default().parse(&m).unwrap();
    assert_eq!(parsed.to().unwrap().first().unwrap().address(), Some("bea@example.org"));
    assert!(parsed.body_text(0).unwrap().contains("Link: https://meet.example.org/x"));
    env.ok(&["sessions", "cancel", "1", "--reason", "snow"]);
    env.ok(&["sessions", "invite", "1", "--rsvp", "yes", "--out", dir]);
    let files = eml_files(&out);
    assert_eq!(files.len(), 2);
    let (method, cal) = calendar_part(&std::fs::read(&files[1]).unwrap());
    assert_eq!(method, "CANCEL");
    let cal = parse_calendar(&cal);
    assert_eq!(prop(&cal.properties, "METHOD").value.as_deref(), Some("CANCEL"));
    assert_eq!(prop(&cal.events[0].properties, "STATUS").value.as_deref(), Some("CANCELLED"));
    assert_eq!(prop(&cal.events[0].properties, "SEQUENCE").value.as_deref(), Some("1"));
}

#[test]
fn a_popup_without_sessions_is_invited_to_without_a_calendar_part() {
    let env = Env::new();
    env.member("Ana", &[]);
    env.member("Bea", &["--email", "bea@example.org", "--need", "maps"]);
    env.ok(&["popup", "propose", "Maps", "--by", "ana", "--tag", "maps"]);
    let out = env.ok(&["popup", "invite", "1", "bea", "--mail", "--from", FROM, "--dry-run"]);
    let m = MessageParser::default().parse(out.as_bytes()).unwrap();
    assert!(m.parts.iter().all(|p| p.content_type().is_none_or(|t| t.subtype() != Some("calendar"))));
    assert!(m.body_text(0).unwrap().contains("No session is set yet"));
}
