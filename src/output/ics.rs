//! iCalendar (RFC 5545) for sessions: one VEVENT per session, keyed by the session's
//! UUID so a calendar app that imports the file again updates its events instead of
//! duplicating them, with a SEQUENCE that grows with each edit and the cancellation.

use chrono::{DateTime, Utc};

use crate::domain::session::{Session, SessionStatus};

/// The calendar file for these sessions.
pub fn calendar(sessions: &[Session]) -> String {
    render(None, sessions, None)
}

/// The organizer and the one attendee of an iTIP (RFC 5546) message: display names and
/// addresses already checked as email addresses.
pub struct People<'a> {
    pub organizer_name: &'a str,
    pub organizer_email: &'a str,
    pub attendee_name: &'a str,
    pub attendee_email: &'a str,
}

/// An iTIP request for one attendee (`METHOD:REQUEST`, or `CANCEL` when every session is
/// cancelled): the same VEVENTs as the export, with the same UID and SEQUENCE, so the
/// attendee's calendar offers Accept/Decline and updates the event it already has.
pub fn request(sessions: &[Session], people: &People) -> String {
    let cancelled = !sessions.is_empty() && sessions.iter().all(|s| s.status == SessionStatus::Cancelled);
    render(Some(if cancelled { "CANCEL" } else { "REQUEST" }), sessions, Some(people))
}

fn render(method: Option<&str>, sessions: &[Session], people: Option<&People>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//cop//Community of Practice organizer//EN".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    if let Some(m) = method {
        lines.push(format!("METHOD:{m}"));
    }
    for s in sessions {
        let mut ev = event(s);
        if let Some(p) = people {
            let end = ev.len() - 1;
            ev.splice(
                end..end,
                [
                    format!("ORGANIZER;CN={}:mailto:{}", param(p.organizer_name), uri(p.organizer_email)),
                    format!(
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={}:mailto:{}",
                        param(p.attendee_name),
                        uri(p.attendee_email)
                    ),
                ],
            );
        }
        lines.extend(ev);
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

/// A parameter value (RFC 5545 3.1): always quoted, so `:`, `;` and `,` stay inside it;
/// a double quote or control character cannot be written in one at all and is dropped.
fn param(text: &str) -> String {
    let inner: String = text.chars().filter(|c| *c != '"' && !c.is_control()).collect();
    format!("\"{inner}\"")
}

/// An address in a `mailto:` URI: nothing that could end the line or the value.
fn uri(address: &str) -> String {
    address.chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect()
}

/// The session's link when it keeps the record rules. URL is a URI, not TEXT, so it
/// cannot be escaped: a link that breaks them (a control character, a `javascript:`
/// link, from a database damaged by an older cop) is left out of the calendar whole,
/// rather than written where an app would make it something to click.
fn clean_link(s: &Session) -> Option<&str> {
    s.link.as_deref().filter(|l| crate::domain::rules::url(l).is_ok())
}

fn event(s: &Session) -> Vec<String> {
    let mut v = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@cop", escape(&s.uuid)),
        format!("DTSTAMP:{}", utc(s.updated_at)),
        format!("CREATED:{}", utc(s.created_at)),
        format!("LAST-MODIFIED:{}", utc(s.updated_at)),
        format!("SEQUENCE:{}", s.sequence),
        format!("DTSTART:{}", utc(s.starts_at)),
        format!("DTEND:{}", utc(s.ends_at)),
        format!("SUMMARY:{}", escape(&s.title)),
        format!("DESCRIPTION:{}", escape(&description(s))),
        format!("CATEGORIES:{}", escape(s.kind.as_str())),
    ];
    match (&s.location, clean_link(s)) {
        (Some(place), _) => v.push(format!("LOCATION:{}", escape(place))),
        (None, Some(link)) => v.push(format!("LOCATION:{}", escape(link))),
        (None, None) => {}
    }
    if let Some(link) = clean_link(s) {
        v.push(format!("URL:{link}"));
    }
    v.push(
        match s.status {
            SessionStatus::Scheduled => "STATUS:CONFIRMED",
            SessionStatus::Cancelled => "STATUS:CANCELLED",
        }
        .into(),
    );
    v.push("END:VEVENT".into());
    v
}

fn description(s: &Session) -> String {
    let mut parts = Vec::new();
    if let Some(reason) = &s.cancel_reason {
        parts.push(format!("Cancelled: {reason}"));
    }
    parts.push(format!("Kind: {}", s.kind.as_str()));
    if !s.facilitator_names.is_empty() {
        parts.push(format!("Facilitators: {}", s.facilitator_names.join(", ")));
    }
    if let Some(t) = &s.trainer {
        parts.push(format!("Trainer: {t}"));
    }
    if let Some(l) = clean_link(s) {
        parts.push(format!("Link: {l}"));
    }
    if let Some(n) = &s.note {
        parts.push(n.clone());
    }
    parts.join("\n")
}

/// A UTC time in the iCalendar form `20261204T180000Z`.
fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes TEXT as RFC 5545 section 3.3.11 says: backslash, semicolon, comma, newline.
/// Every line break (CR, LF, CRLF, NEL, the Unicode line and paragraph separators)
/// becomes an escaped newline, a tab a space, and no other control character reaches the
/// file: the format forbids them (3.1), and a calendar app may show or act on them.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let normalized = text.replace("\r\n", "\n");
    for c in normalized.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line so no physical line exceeds 75 octets (CRLF not counted),
/// never splitting a UTF-8 character; continuation lines start with one space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::{SessionKind, SessionStatus};
    use chrono::Duration;
    use proptest::prelude::*;

    /// Unfolds and splits a calendar back into (name, value) lines, checking the framing.
    fn parse(ics: &str) -> Vec<(String, String)> {
        assert!(ics.ends_with("\r\n"));
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "line too long: {physical:?}");
            assert!(!physical.contains('\n') && !physical.contains('\r'));
        }
        let unfolded = ics.replace("\r\n ", "");
        unfolded
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| {
                let (k, v) = l.split_once(':').expect("name:value");
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    fn unescape(v: &str) -> String {
        let mut out = String::new();
        let mut it = v.chars();
        while let Some(c) = it.next() {
            if c == '\\' {
                match it.next() {
                    Some('n') | Some('N') => out.push('\n'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn session(title: &str) -> Session {
        let t = DateTime::parse_from_rfc3339("2026-12-04T18:00:00Z").unwrap().with_timezone(&Utc);
        Session {
            id: 1,
            uuid: "0b7c6f1e-1111-4222-8333-444455556666".into(),
            kind: SessionKind::Meetup,
            title: title.into(),
            starts_at: t,
            ends_at: t + Duration::minutes(60),
            minutes: 60,
            link: Some("https://meet.example.org/a,b;c".into()),
            location: None,
            trainer: None,
            capacity: None,
            note: Some("Bring a map\\sketch; and, questions".into()),
            status: SessionStatus::Scheduled,
            cancel_reason: None,
            sequence: 2,
            popup_id: None,
            popup: None,
            assist: None,
            facilitators: vec![3],
            facilitator_names: vec!["Ana Souza".into()],
            rsvps: vec![],
            attendees: vec![],
            created_at: t,
            updated_at: t,
            member_names: Default::default(),
        }
    }

    fn value<'a>(lines: &'a [(String, String)], name: &str) -> &'a str {
        &lines.iter().find(|(k, _)| k == name).unwrap_or_else(|| panic!("no {name}")).1
    }

    #[test]
    fn a_session_reads_back_from_its_calendar() {
        let s = session("Friday brown-bag: maps, networks; and more");
        let lines = parse(&calendar(std::slice::from_ref(&s)));
        assert_eq!(lines.first().unwrap().1, "VCALENDAR");
        assert_eq!(value(&lines, "UID"), "0b7c6f1e-1111-4222-8333-444455556666@cop");
        assert_eq!(value(&lines, "DTSTART"), "20261204T180000Z");
        assert_eq!(value(&lines, "DTEND"), "20261204T190000Z");
        assert_eq!(value(&lines, "SEQUENCE"), "2");
        assert_eq!(value(&lines, "STATUS"), "CONFIRMED");
        assert_eq!(unescape(value(&lines, "SUMMARY")), s.title);
        let d = unescape(value(&lines, "DESCRIPTION"));
        assert!(d.contains("Facilitators: Ana Souza\n"), "{d}");
        assert!(d.ends_with("Bring a map\\sketch; and, questions"), "{d}");
        assert_eq!(value(&lines, "URL"), "https://meet.example.org/a,b;c");
    }

    #[test]
    fn a_cancelled_session_says_so() {
        let mut s = session("Gone");
        s.status = SessionStatus::Cancelled;
        s.cancel_reason = Some("snow".into());
        let lines = parse(&calendar(&[s]));
        assert_eq!(value(&lines, "STATUS"), "CANCELLED");
        assert!(unescape(value(&lines, "DESCRIPTION")).starts_with("Cancelled: snow"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let title = "é".repeat(100);
        let out = fold(&format!("SUMMARY:{title}"));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75);
        }
        assert_eq!(out.replace("\r\n ", ""), format!("SUMMARY:{title}"));
    }

    /// Whether a calendar holds only the characters RFC 5545 allows in a content line,
    /// CRLF framing aside.
    fn clean(ics: &str) -> bool {
        ics.split("\r\n").all(|l| !l.chars().any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'))
    }

    #[test]
    fn control_characters_never_reach_a_line_and_bad_links_are_left_out() {
        let mut s = session("Title\u{b}\u{c}\u{1b}[2J\u{85}x\u{2028}y");
        s.link = Some("https://a.org/\u{b}\r\nATTENDEE:evil".into());
        s.location = Some("Hall\u{85}B".into());
        s.uuid = "0b7c6f1e-1111\r\nX-EVIL:1".into();
        let ics = calendar(&[s]);
        assert!(clean(&ics), "{ics:?}");
        let lines = parse(&ics);
        assert!(lines.iter().all(|(k, _)| k != "URL" && k != "ATTENDEE" && k != "X-EVIL"), "{lines:?}");
        assert_eq!(unescape(value(&lines, "SUMMARY")), "Title[2J\nx\ny");
        for bad in ["javascript:alert(1)", "data:text/html,x"] {
            let mut s = session("T");
            s.link = Some(bad.into());
            assert!(!calendar(&[s]).contains("\r\nURL:"), "{bad}");
        }
    }

    #[test]
    fn a_request_names_one_organizer_and_one_attendee_whatever_their_names_hold() {
        let people = People {
            organizer_name: "Org \"the; boss\"",
            organizer_email: "org@example.org",
            attendee_name: "Bob, Bcc\r\nATTENDEE:mailto:evil@x.org",
            attendee_email: "bob@example.org\r\nX",
        };
        let ics = request(&[session("T")], &people);
        assert!(clean(&ics), "{ics:?}");
        let lines = parse(&ics);
        assert_eq!(value(&lines, "METHOD"), "REQUEST");
        let attendees: Vec<_> = lines.iter().filter(|(k, _)| k.starts_with("ATTENDEE")).collect();
        assert_eq!(attendees.len(), 1, "{lines:?}");
        // The name stays inside its quotes; the value is the one address.
        let line = format!("{}:{}", attendees[0].0, attendees[0].1);
        assert!(
            line.ends_with(";CN=\"Bob, BccATTENDEE:mailto:evil@x.org\":mailto:bob@example.orgX"),
            "{line}"
        );
        assert!(
            lines.iter().any(|(k, v)| k == "ORGANIZER;CN=\"Org the; boss\"" && v == "mailto:org@example.org"),
            "{lines:?}"
        );
        let mut cancelled = session("T");
        cancelled.status = SessionStatus::Cancelled;
        assert_eq!(value(&parse(&request(&[cancelled], &people)), "METHOD"), "CANCEL");
    }

    proptest! {
        /// Whatever a stored session holds (a database damaged by hand included), its
        /// calendar lines hold no control character and frame as RFC 5545 says.
        #[test]
        fn any_stored_text_gives_clean_lines(
            title in "\\PC{0,20}|[a\u{0}-\u{1f}\u{7f}-\u{9f}\u{2028}\u{2029}]{0,12}",
            link in "\\PC{0,20}|https://a.org/[a\u{0}-\u{1f}\u{85}\u{2028}]{0,6}",
        ) {
            let mut s = session(&title);
            s.link = Some(link.clone());
            s.location = Some(title.clone());
            s.note = Some(format!("{title}\r\n{link}"));
            let ics = calendar(&[s]);
            prop_assert!(clean(&ics), "{:?}", ics);
            parse(&ics);
        }

        #[test]
        fn any_title_and_note_round_trip(title in "\\PC{1,200}", note in "[a-zé\\\\;,\n\r ]{0,120}") {
            let mut s = session(&title);
            s.note = Some(note.clone());
            let lines = parse(&calendar(&[s]));
            let want: String = title
                .chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .filter(|c| !c.is_control())
                .map(|c| if matches!(c, '\u{2028}' | '\u{2029}') { '\n' } else { c })
                .collect();
            prop_assert_eq!(unescape(value(&lines, "SUMMARY")), want);
            let normalized = note.replace("\r\n", "\n").replace('\r', "\n");
            prop_assert!(unescape(value(&lines, "DESCRIPTION")).ends_with(&normalized));
        }
    }
}
