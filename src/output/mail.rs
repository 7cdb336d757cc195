//! Mail as bytes: RFC 5322 messages built with lettre's message builder (MIME parts,
//! encoded words for UTF-8 names and subjects, line lengths), mbox framing, and the
//! outbox and reply tables.

use std::time::SystemTime;

use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message, MultiPart, SinglePart};

use super::{Tabular, joined, local_time, opt};
use crate::domain::mail::{OutboxEntry, header_text};
use crate::error::{Error, Result};
use crate::output::ics;

/// The parts of one message.
pub struct Letter<'a> {
    pub from: &'a Mailbox,
    pub to: &'a Mailbox,
    pub subject: &'a str,
    pub message_id: &'a str,
    pub date: SystemTime,
    pub text: &'a str,
    /// The iTIP calendar and its METHOD, when the message carries sessions.
    pub calendar: Option<(String, &'a str)>,
}

/// Reads `--from "Name <addr>"` (or a bare address).
pub fn mailbox(flag: &str, text: &str) -> Result<Mailbox> {
    if text.chars().any(char::is_control) {
        return Err(Error::invalid(format!("{flag}: {text:?} holds a control character")));
    }
    text.trim().parse::<Mailbox>().map_err(|e| {
        Error::invalid(format!(
            "{flag}: {text:?} is not a mail address ({e}); expected \"Name <name@example.org>\""
        ))
    })
}

/// The mailbox for a stored name and address; `None` when the address is not one mail
/// can carry. The name goes through [`header_text`] and then lettre's encoder, so it can
/// neither end the header nor add a recipient.
pub fn recipient(name: &str, email: &str) -> Option<Mailbox> {
    let address = email.trim().parse().ok()?;
    Some(Mailbox::new(Some(header_text(name)), address))
}

/// The whole message, CRLF line ends, as a mail program reads a `.eml` file.
pub fn compose(l: &Letter) -> Result<Vec<u8>> {
    let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(l.text.to_string());
    let builder = Message::builder()
        .from(l.from.clone())
        .to(l.to.clone())
        .subject(header_text(l.subject))
        .message_id(Some(l.message_id.to_string()))
        .date(l.date)
        .user_agent(format!("cop {}", env!("CARGO_PKG_VERSION")));
    let message = match &l.calendar {
        None => builder.singlepart(text),
        Some((calendar, method)) => {
            let kind = ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                .map_err(|e| Error::runtime(format!("calendar part: {e}")))?;
            let part = SinglePart::builder().header(kind).body(calendar.clone());
            builder.multipart(MultiPart::alternative().singlepart(text).singlepart(part))
        }
    };
    let message = message.map_err(|e| Error::runtime(format!("cannot build the message: {e}")))?;
    Ok(message.formatted())
}

/// The iTIP calendar for one recipient, with the METHOD its MIME part must repeat.
pub fn calendar(
    sessions: &[crate::domain::session::Session],
    people: &ics::People,
) -> (String, &'static str) {
    let text = ics::request(sessions, people);
    let method = if text.contains("\r\nMETHOD:CANCEL\r\n") { "CANCEL" } else { "REQUEST" };
    (text, method)
}

/// The message with the local line ends (LF) that sendmail and mbox readers expect.
pub fn unix_lines(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len());
    let mut i = 0;
    while i < message.len() {
        if message[i] == b'\r' && message.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(message[i]);
        i += 1;
    }
    out
}

/// One message framed for an mbox (mboxrd): a `From ` separator line, and every line of
/// the message that starts with `From ` (after any `>`) quoted with one more `>`.
pub fn mbox_entry(message: &[u8], sender: &str, date: chrono::DateTime<chrono::Utc>) -> Vec<u8> {
    let sender: String = sender.chars().filter(|c| c.is_ascii_graphic()).collect();
    let sender = if sender.is_empty() { "MAILER-DAEMON".to_string() } else { sender };
    let mut out = format!("From {sender} {}\n", date.format("%a %b %e %H:%M:%S %Y")).into_bytes();
    for line in unix_lines(message).split_inclusive(|b| *b == b'\n') {
        let unquoted = line.iter().position(|b| *b != b'>').map_or(&line[line.len()..], |p| &line[p..]);
        if unquoted.starts_with(b"From ") {
            out.push(b'>');
        }
        out.extend_from_slice(line);
    }
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    out.push(b'\n');
    out
}

impl Tabular for OutboxEntry {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["id", "recipient", "purpose", "created", "sent", "attempts", "last_error"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.recipient.clone(),
            self.purpose.clone(),
            local_time(self.created_at),
            self.sent_at.map(local_time).unwrap_or_else(|| "pending".into()),
            self.attempts.to_string(),
            opt(&self.last_error),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "message_id",
            "member_id",
            "recipient",
            "purpose",
            "created_at",
            "sent_at",
            "attempts",
            "last_error",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.message_id.clone(),
            opt(&self.member_id),
            self.recipient.clone(),
            self.purpose.clone(),
            self.created_at.to_rfc3339(),
            self.sent_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            self.attempts.to_string(),
            opt(&self.last_error),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

/// One line of the `sessions replies` report: an answer recorded, or why one was not.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ReplyLine {
    /// Where the reply was read: the file, and the message within an mbox.
    pub source: String,
    pub session_id: Option<i64>,
    pub member_id: Option<i64>,
    pub response: Option<String>,
    /// `recorded`, or `skipped` with the reason in `problem`.
    pub outcome: String,
    pub problem: Option<String>,
    #[serde(skip)]
    pub notes: Vec<String>,
}

impl Tabular for ReplyLine {
    fn table_headers() -> &'static [&'static str] {
        &["source", "session", "member", "response", "outcome"]
    }

    fn table_cells(&self) -> Vec<String> {
        let mut outcome =
            self.problem.clone().map_or(self.outcome.clone(), |p| format!("{}: {p}", self.outcome));
        if !self.notes.is_empty() {
            outcome = format!("{outcome} ({})", joined(&self.notes));
        }
        vec![self.source.clone(), opt(&self.session_id), opt(&self.member_id), opt(&self.response), outcome]
    }

    fn id(&self) -> i64 {
        self.session_id.unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_lines_that_look_like_separators_are_quoted_and_reread_exactly() {
        let message = b"Subject: x\r\n\r\nFrom here on\r\n>From there\r\nend\r\n";
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-24T16:00:00Z").unwrap().to_utc();
        let entry = mbox_entry(message, "cop@example.org", t);
        let text = String::from_utf8(entry.clone()).unwrap();
        assert!(text.starts_with("From cop@example.org Tue Nov 24 16:00:00 2026\n"), "{text}");
        assert!(text.contains("\n>From here on\n>>From there\n"), "{text}");
        let mut twice = entry.clone();
        twice.extend(entry);
        let read: Vec<_> = mail_parser::mailbox::mbox::MessageIterator::new(std::io::Cursor::new(twice))
            .map(|m| m.unwrap().unwrap_contents())
            .collect();
        assert_eq!(read.len(), 2);
        assert_eq!(read[0], b"Subject: x\n\nFrom here on\n>From there\nend\n\n");
    }

    #[test]
    fn from_must_be_one_mailbox_on_one_line() {
        assert!(mailbox("--from", "Ana <ana@example.org>").is_ok());
        assert!(mailbox("--from", "ana@example.org").is_ok());
        for bad in ["Ana <ana@example.org>\r\nBcc: x@y.org", "a@b.org, c@d.org", "not an address", ""] {
            assert_eq!(mailbox("--from", bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }
}
