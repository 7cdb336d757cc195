//! The operation log and mail: an invitation by mail is one operation with its outbox
//! messages; delivery is no operation, so undo never makes a sent message pending again;
//! forgetting a member takes their messages out of the log too.

mod common;

use common::Env;
use common::mail::*;

fn outbox(env: &Env) -> Vec<serde_json::Value> {
    env.json(&["outbox", "list"]).as_array().unwrap().clone()
}

fn invited(env: &Env) -> usize {
    let popup = env.json(&["popup", "show", "1"]);
    popup["members"].as_array().unwrap().iter().filter(|m| m["status"] == "invited").count()
}

fn out_dir(env: &Env, name: &str) -> std::path::PathBuf {
    let dir = env.dir.path().join(name);
    std::fs::create_dir(&dir).unwrap();
    dir
}

#[test]
fn an_invitation_by_mail_is_one_operation_and_its_undo_takes_the_messages_back() {
    let env = Env::new();
    community(&env);
    let out = out_dir(&env, "out");
    let before = env.json(&["log"]).as_array().unwrap().len();
    env.cop()
        .args(["popup", "invite", "1", "--matched", "5", "--mail", "--from", FROM, "--out"])
        .arg(&out)
        .assert()
        .success();
    let log = env.json(&["log"]);
    assert_eq!(log.as_array().unwrap().len(), before + 1, "delivery records no operation: {log}");
    assert_eq!(log[0]["summary"], "popup invite 1: 3 invited, 2 messages to send");
    assert!(outbox(&env).iter().all(|m| !m["sent_at"].is_null()), "both were delivered");

    // Undo (the latest operation is the invitation, not its delivery) removes the
    // invitations and the messages, sent as they are.
    env.ok(&["undo"]);
    assert_eq!(invited(&env), 0);
    assert!(outbox(&env).is_empty(), "the messages went with the invitation");

    // The redo puts them back as the undo found them: sent, so never sent again.
    env.ok(&["undo"]);
    assert_eq!(invited(&env), 3);
    let back = outbox(&env);
    assert_eq!(back.len(), 2);
    assert!(back.iter().all(|m| !m["sent_at"].is_null()), "{back:?}");
    let again = out_dir(&env, "again");
    env.cop().args(["outbox", "retry", "--out"]).arg(&again).assert().success();
    assert!(eml_files(&again).is_empty(), "nothing is sent twice");
}

#[test]
fn undoing_an_invitation_whose_mail_failed_leaves_nothing_to_send() {
    let env = Env::new();
    community(&env);
    env.cop()
        .args(["popup", "invite", "1", "--matched", "5", "--mail", "--from", FROM, "--sendmail", "exit 3"])
        .assert()
        .code(1);
    let pending = outbox(&env);
    assert_eq!(pending.len(), 2);
    assert!(pending.iter().any(|m| !m["last_error"].is_null()), "the failure is noted: {pending:?}");
    let log = env.json(&["log"]);
    assert!(log[0]["summary"].as_str().unwrap().starts_with("popup invite 1:"), "{log}");
    env.ok(&["undo"]);
    assert!(outbox(&env).is_empty());
    let out = out_dir(&env, "out");
    env.cop().args(["outbox", "retry", "--out"]).arg(&out).assert().success();
    assert!(eml_files(&out).is_empty(), "an undone invitation is never sent");
}

#[test]
fn sessions_invite_and_replies_are_operations_with_useful_summaries() {
    let env = Env::new();
    community(&env);
    let out = out_dir(&env, "out");
    env.cop()
        .args(["sessions", "invite", "1", "bea", "dan", "--from", FROM, "--out"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(
        env.json(&["log"])[0]["summary"],
        "sessions invite 1: invitation to 2 members, 2 messages to send"
    );
    let uid = format!("{}@cop", env.json(&["sessions", "show", "1"])["uuid"].as_str().unwrap());
    let reply = |who: &str| {
        format!(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\n\
             ATTENDEE;PARTSTAT=ACCEPTED:mailto:{who}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
    };
    let a = env.dir.path().join("a.ics");
    std::fs::write(&a, reply("bea@example.org")).unwrap();
    let b = env.dir.path().join("b.ics");
    std::fs::write(&b, reply("nobody@example.org")).unwrap();
    env.cop().current_dir(env.dir.path()).args(["sessions", "replies", "a.ics", "b.ics"]).assert().success();
    assert_eq!(env.json(&["log"])[0]["summary"], "sessions replies a.ics b.ics: 1 recorded, 1 problem");
    env.ok(&["undo"]);
    let rsvps = env.json(&["sessions", "show", "1"])["rsvps"].clone();
    assert!(
        rsvps.as_array().unwrap().iter().all(|r| r["response"] != "yes"),
        "the reply's RSVP is taken back: {rsvps}"
    );
}

#[test]
fn forgetting_a_member_leaves_no_byte_of_their_mail_in_the_log() {
    let env = Env::new();
    community(&env);
    env.member("Zebulon Quartermain", &["--email", "zq-private@example.org", "--need", "network-mapping"]);
    let out = out_dir(&env, "out");
    env.cop()
        .args(["popup", "invite", "1", "zebulon", "--mail", "--from", FROM, "--out"])
        .arg(&out)
        .assert()
        .success();
    let whole_log = |env: &Env| {
        let mut text = env.ok(&["log", "--json"]);
        for op in env.json(&["log"]).as_array().unwrap() {
            text.push_str(&env.ok(&["log", "show", &op["id"].to_string(), "--json"]));
        }
        text
    };
    assert!(whole_log(&env).contains("zq-private@example.org"), "the log holds their message");
    env.ok(&["members", "forget", "zebulon", "--yes"]);
    assert!(outbox(&env).is_empty(), "their message is gone");
    let log = whole_log(&env);
    let mut bytes = std::fs::read(env.db()).unwrap();
    for side in ["cop.db-wal", "cop.db-shm"] {
        bytes.extend(std::fs::read(env.dir.path().join(side)).unwrap_or_default());
    }
    let raw = String::from_utf8_lossy(&bytes);
    for secret in ["Zebulon", "Quartermain", "zq-private"] {
        assert!(!log.contains(secret), "{secret:?} is still in the operation log: {log}");
        assert!(!raw.contains(secret), "{secret:?} is still in the database files");
    }
}

#[test]
fn the_log_shows_stored_text_visibly_on_tables_and_exactly_in_json() {
    let env = Env::new();
    community(&env);
    let name = "a\u{1b}[2J.ics";
    let uid = format!("{}@cop", env.json(&["sessions", "show", "1"])["uuid"].as_str().unwrap());
    let reply = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:0\r\n\
         ATTENDEE;PARTSTAT=ACCEPTED:mailto:bea@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    std::fs::write(env.dir.path().join(name), reply).unwrap();
    env.cop().current_dir(env.dir.path()).args(["sessions", "replies", name]).assert().success();
    let json = env.json(&["log"]);
    assert_eq!(json[0]["summary"], "sessions replies a\u{1b}[2J.ics: 1 recorded, 0 problems");
    for args in [&["log"][..], &["log", "show", &json[0]["id"].to_string()][..]] {
        let table = env.ok(args);
        assert!(!table.contains('\u{1b}'), "{args:?} prints the escape: {table:?}");
        assert!(table.contains("a\\u{1b}[2J.ics"), "{args:?}: {table}");
    }
}
