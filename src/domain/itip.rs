//! Reading iTIP replies (RFC 5546 `METHOD:REPLY`) out of what a calendar client sends
//! back: a bare `.ics`, a mail message (`.eml`) or a whole mbox. Pure: bytes in, the
//! answers found (or one problem each) out; which session and member they name is the
//! command's business.

use std::io::Cursor;

use icalendar::parser::{Component, read_calendar, unfold};
use mail_parser::{MessageParser, MimeHeaders};

/// One attendee's answer to one event, as the reply states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The UID, as written (cop's are `<session uuid>@cop`).
    pub uid: String,
    pub sequence: i64,
    /// The address after `mailto:`.
    pub attendee: String,
    pub partstat: String,
}

/// What one place in the input held: an answer, or why none could be read from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The file, and the message within an mbox ("replies.mbox#3").
    pub source: String,
    pub answer: Result<Answer, String>,
}

/// Everything `bytes` (read from `source`) holds, in order.
pub fn read(source: &str, bytes: &[u8]) -> Vec<Found> {
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).map_or(&bytes[..0], |p| &bytes[p..]);
    if start.len() >= 15 && start[..15].eq_ignore_ascii_case(b"BEGIN:VCALENDAR") {
        return from_calendar(source, &String::from_utf8_lossy(start));
    }
    if start.starts_with(b"From ") {
        let mut out = Vec::new();
        for (i, m) in mail_parser::mailbox::mbox::MessageIterator::new(Cursor::new(start)).enumerate() {
            let place = format!("{source}#{}", i + 1);
            match m {
                Ok(m) => out.extend(from_message(&place, m.contents())),
                Err(e) => out.push(problem(&place, format!("cannot read the mbox: {e}"))),
            }
        }
        return out;
    }
    from_message(source, bytes)
}

fn problem(source: &str, why: impl Into<String>) -> Found {
    Found { source: source.to_string(), answer: Err(why.into()) }
}

fn from_message(source: &str, bytes: &[u8]) -> Vec<Found> {
    let Some(message) = MessageParser::default().parse(bytes) else {
        return vec![problem(source, "not a mail message or calendar file")];
    };
    let mut calendars: Vec<String> = Vec::new();
    for part in &message.parts {
        let calendar_type =
            part.content_type().is_some_and(|t| {
                let sub = t.subtype().unwrap_or_default().to_ascii_lowercase();
                (t.ctype().eq_ignore_ascii_case("text") && sub == "calendar")
                    || (t.ctype().eq_ignore_ascii_case("application") && sub == "ics")
            }) || part.attachment_name().is_some_and(|n| n.to_ascii_lowercase().ends_with(".ics"));
        if calendar_type && !part.is_content_type("multipart", "") {
            let text = String::from_utf8_lossy(part.contents()).into_owned();
            // Clients often attach the same calendar twice (inline and as a file).
            if !calendars.contains(&text) {
                calendars.push(text);
            }
        }
    }
    if calendars.is_empty() {
        return vec![problem(source, "the message has no calendar part (not a calendar reply)")];
    }
    let mut out: Vec<Found> = Vec::new();
    for c in calendars {
        for f in from_calendar(source, &c) {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

fn prop<'a>(c: &'a Component, name: &str) -> Option<&'a str> {
    c.properties.iter().find(|p| p.name.as_str().eq_ignore_ascii_case(name)).map(|p| p.val.as_str())
}

fn from_calendar(source: &str, text: &str) -> Vec<Found> {
    let unfolded = unfold(&text.replace("\r\n", "\n"));
    let calendar = match read_calendar(&unfolded) {
        Ok(c) => c,
        Err(_) => return vec![problem(source, "the calendar part cannot be read (not iCalendar)")],
    };
    let method = calendar
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("METHOD"))
        .map(|p| p.val.as_str().trim().to_ascii_uppercase());
    if method.as_deref() != Some("REPLY") {
        let m = method.unwrap_or_else(|| "none".into());
        return vec![problem(source, format!("not a reply: METHOD is {m}, expected REPLY"))];
    }
    let events: Vec<&Component> =
        calendar.components.iter().filter(|c| c.name.as_str().eq_ignore_ascii_case("VEVENT")).collect();
    if events.is_empty() {
        return vec![problem(source, "the reply holds no event")];
    }
    let mut out = Vec::new();
    for e in events {
        out.push(Found { source: source.to_string(), answer: answer(e) });
    }
    out
}

fn answer(e: &Component) -> Result<Answer, String> {
    let uid = prop(e, "UID").map(str::trim).filter(|u| !u.is_empty()).ok_or("the event has no UID")?;
    let sequence = match prop(e, "SEQUENCE") {
        None => 0,
        Some(s) => s.trim().parse::<i64>().map_err(|_| format!("SEQUENCE {s:?} is not a number"))?,
    };
    let attendee = e
        .properties
        .iter()
        .find(|p| p.name.as_str().eq_ignore_ascii_case("ATTENDEE"))
        .ok_or("the event has no ATTENDEE")?;
    let address = attendee.val.as_str().trim();
    let address = address
        .get(..7)
        .filter(|p| p.eq_ignore_ascii_case("mailto:"))
        .map_or(address, |_| &address[7..])
        .trim()
        .to_string();
    let partstat = attendee
        .params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case("PARTSTAT"))
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str().trim_matches('"').to_string())
        .unwrap_or_else(|| "NEEDS-ACTION".into());
    Ok(Answer { uid: uid.to_string(), sequence, attendee: address, partstat })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const REPLY: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:abc@cop\r\n\
        SEQUENCE:2\r\nATTENDEE;CN=\"Ana, S\";PARTSTAT=ACCEPTED:mailto:ana@ex\r\n ample.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    #[test]
    fn a_bare_reply_gives_its_answer() {
        let f = read("r.ics", REPLY.as_bytes());
        assert_eq!(
            f[0].answer,
            Ok(Answer {
                uid: "abc@cop".into(),
                sequence: 2,
                attendee: "ana@example.org".into(),
                partstat: "ACCEPTED".into()
            })
        );
    }

    #[test]
    fn a_request_or_a_plain_mail_is_one_problem() {
        let req = REPLY.replace("METHOD:REPLY", "METHOD:REQUEST");
        assert!(read("r.ics", req.as_bytes())[0].answer.as_ref().unwrap_err().contains("REQUEST"));
        let mail = b"From: a@b.org\r\nSubject: hi\r\n\r\nsee you\r\n";
        assert!(read("m.eml", mail)[0].answer.as_ref().unwrap_err().contains("no calendar part"));
    }

    proptest! {
        #[test]
        fn any_bytes_give_an_answer_or_a_problem(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read("x", &bytes);
            let mut framed = b"BEGIN:VCALENDAR\r\n".to_vec();
            framed.extend(&bytes);
            let _ = read("x", &framed);
            let mut mbox = b"From x\n".to_vec();
            mbox.extend(&bytes);
            let _ = read("x", &mbox);
        }
    }
}
