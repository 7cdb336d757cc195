//! Calendar replies read back as RSVPs: replies built as Thunderbird builds them, alone,
//! in mail messages and in an mbox, with every kind of problem.

mod common;

use common::Env;
use common::mail::*;

/// A reply as Thunderbird sends one: multipart/mixed with a text part, the calendar
/// inline (method=REPLY) and again as an invite.ics attachment.
fn thunderbird_reply(from: &str, uid: &str, sequence: i64, partstat: &str) -> Vec<u8> {
    use lettre::message::header::ContentType;
    use lettre::message::{Attachment, Message, MultiPart, SinglePart};
    let ics = format!(
        "BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\nVERSION:2.0\r\n\
         METHOD:REPLY\r\nBEGIN:VEVENT\r\nCREATED:20261124T160000Z\r\nLAST-MODIFIED:20261124T170000Z\r\n\
         DTSTAMP:20261124T170000Z\r\nUID:{uid}\r\nSUMMARY:Network mapping\r\n\
         ORGANIZER;CN=\"Org Anizer\":mailto:org@example.org\r\n\
         ATTENDEE;RSVP=TRUE;CN=Bea Lima;PARTSTAT={partstat};ROLE=REQ-PARTICIPANT:mailto:\r\n {from}\r\n\
         DTSTART:20261204T180000Z\r\nDTEND:20261204T190000Z\r\nSEQUENCE:{sequence}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    let msg = Message::builder()
        .from(format!("Bea Lima <{from}>").parse().unwrap())
        .to("Org Anizer <org@example.org>".parse().unwrap())
        .subject("Accepted: Network mapping")
        .multipart(
            MultiPart::mixed()
                .singlepart(SinglePart::plain("Bea Lima has accepted this invitation.".to_string()))
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::parse("text/calendar; charset=UTF-8; method=REPLY").unwrap())
                        .body(ics.clone()),
                )
                .singlepart(
                    Attachment::new("invite.ics".into())
                        .body(ics, ContentType::parse("application/ics").unwrap()),
                ),
        )
        .unwrap();
    msg.formatted()
}

#[test]
fn an_invitation_answered_from_thunderbird_becomes_an_rsvp() {
    let env = Env::new();
    community(&env);
    let out = env.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    env.ok(&["popup", "invite", "1", "bea", "--mail", "--from", FROM, "--out", out.to_str().unwrap()]);
    let (_, cal) = calendar_part(&std::fs::read(&eml_files(&out)[0]).unwrap());
    let uid = prop(&parse_calendar(&cal).events[0].properties, "UID").value.clone().unwrap();
    let reply = env.dir.path().join("reply.eml");
    std::fs::write(&reply, thunderbird_reply("BEA@example.org", &uid, 0, "ACCEPTED")).unwrap();
    let report = env.json(&["sessions", "replies", reply.to_str().unwrap()]);
    assert_eq!(
        report.as_array().unwrap().len(),
        1,
        "the inline and attached calendar are one answer: {report}"
    );
    assert_eq!(report[0]["outcome"], "recorded");
    let show = env.json(&["sessions", "show", "1"]);
    let bea = show["rsvps"].as_array().unwrap().iter().find(|r| r["member_id"] == 2).unwrap().clone();
    assert_eq!(bea["response"], "yes");
    // Declining later, from standard input, changes the answer.
    let declined = thunderbird_reply("bea@example.org", &uid, 0, "DECLINED");
    let stdout =
        env.cop().args(["sessions", "replies", "-", "--json"]).write_stdin(declined).output().unwrap();
    assert!(stdout.status.success());
    let show = env.json(&["sessions", "show", "1"]);
    assert!(show["rsvps"].as_array().unwrap().iter().any(|r| r["member_id"] == 2 && r["response"] == "no"));
}

#[test]
fn each_bad_reply_is_one_line_and_the_rest_are_applied_with_the_waitlist() {
    let env = Env::new();
    env.member("Bea", &["--email", "bea@example.org"]);
    env.member("Dan", &["--email", "dan@example.org"]);
    env.ok(&["sessions", "add", "--title", "Hour", "--at", "2026-12-04 12:00", "--capacity", "1"]);
    env.ok(&["sessions", "add", "--title", "Other", "--at", "2026-12-05 12:00"]);
    let uid = |id: &str| format!("{}@cop", env.json(&["sessions", "show", id])["uuid"].as_str().unwrap());
    let (one, two) = (uid("1"), uid("2"));
    env.ok(&["sessions", "edit", "2", "--minutes", "90"]);
    let mut mbox = Vec::new();
    for m in [
        thunderbird_reply("bea@example.org", &one, 0, "ACCEPTED"),
        thunderbird_reply("dan@example.org", &one, 0, "ACCEPTED"),
        thunderbird_reply("zed@example.org", &one, 0, "ACCEPTED"),
        thunderbird_reply("bea@example.org", "nope@elsewhere", 0, "ACCEPTED"),
        thunderbird_reply("bea@example.org", &two, 0, "TENTATIVE"),
        b"From: dan@example.org\r\nSubject: Re: Hour\r\n\r\nFrom now on I am in.\r\n".to_vec(),
    ] {
        mbox.extend(b"From someone@example.org Tue Nov 24 17:00:00 2026\n");
        mbox.extend(
            String::from_utf8(m).unwrap().replace("\r\n", "\n").replace("\nFrom ", "\n>From ").into_bytes(),
        );
        mbox.extend(b"\n");
    }
    let path = env.dir.path().join("replies.mbox");
    std::fs::write(&path, &mbox).unwrap();
    let out = env.cop().args(["sessions", "replies", path.to_str().unwrap(), "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = report.as_array().unwrap();
    assert_eq!(rows.len(), 6, "{report}");
    assert_eq!(rows[0]["response"], "yes");
    assert_eq!(rows[1]["response"], "waitlist", "past capacity a yes waits");
    for (i, want) in
        [(2, "no member has the address"), (3, "unknown UID"), (4, "older version"), (5, "no calendar part")]
    {
        assert_eq!(rows[i]["outcome"], "skipped");
        assert!(rows[i]["problem"].as_str().unwrap().contains(want), "{}: {}", i, rows[i]);
        assert!(rows[i]["source"].as_str().unwrap().ends_with(&format!("replies.mbox#{}", i + 1)));
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("4 reply(ies) not recorded"));
    let two = env.json(&["sessions", "show", "2"]);
    assert!(two["rsvps"].as_array().unwrap().is_empty(), "nothing recorded for an old SEQUENCE");
    // A plain calendar file, and a file that is missing, in one run.
    let ics = env.dir.path().join("dan.ics");
    std::fs::write(&ics, format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:{one}\r\nSEQUENCE:0\r\nATTENDEE;PARTSTAT=DECLINED:mailto:dan@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")).unwrap();
    let report = env.json(&["sessions", "replies", ics.to_str().unwrap(), "/nonexistent/x.eml"]);
    assert_eq!(report[0]["response"], "no");
    assert!(report[1]["problem"].as_str().unwrap().contains("cannot read it"));
}
