//! Invitations by mail: what one message says and to whom, what makes two messages the
//! same one (so nothing is sent twice), and the outbox record of each. Pure: the MIME
//! and calendar encoding live in `output::mail`, the SQL in `store::outbox`.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::session::{Response, Session};

/// One message in the outbox. Field names are the JSON contract of `cop outbox list`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutboxEntry {
    pub id: i64,
    pub message_id: String,
    pub purpose: String,
    pub member_id: Option<i64>,
    pub recipient: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub attempts: i64,
    pub last_error: Option<String>,
    /// The formatted message, exactly as it is delivered (CRLF line ends).
    #[serde(skip)]
    pub message: Vec<u8>,
}

/// A message to record in the outbox.
#[derive(Clone, Debug)]
pub struct NewMessage {
    pub message_id: String,
    pub purpose_key: String,
    pub purpose: String,
    pub member_id: i64,
    pub recipient: String,
    pub message: Vec<u8>,
}

/// Someone a message goes to: the name and address as stored, the zone their times are
/// shown in, and why they are invited ("you listed maps as a learning need").
#[derive(Clone, Debug)]
pub struct Recipient {
    pub member_id: i64,
    pub name: String,
    pub email: String,
    pub timezone: Tz,
    pub reason: Option<String>,
}

/// What the message is about.
#[derive(Clone, Debug)]
pub enum Occasion {
    /// An invitation to a learning popup, with its upcoming sessions.
    Popup {
        id: i64,
        title: String,
        description: Option<String>,
        proposer: Option<String>,
        agenda: Vec<String>,
        sessions: Vec<Session>,
    },
    /// A session's announcement (or, with `reminder`, a reminder of it).
    Session { session: Box<Session>, reminder: bool },
    /// An invitation to listen in a requested peer assist, with its session if one is set.
    Assist {
        id: i64,
        challenge: String,
        group: Option<String>,
        presenters: Vec<String>,
        minutes: u32,
        sessions: Vec<Session>,
    },
}

impl Occasion {
    pub fn sessions(&self) -> &[Session] {
        match self {
            Occasion::Popup { sessions, .. } | Occasion::Assist { sessions, .. } => sessions,
            Occasion::Session { session, .. } => std::slice::from_ref(session),
        }
    }

    /// What makes a message for `member_id` the same one as an earlier: the thing it is
    /// for, and the SEQUENCE of each session it carries, so a changed session (a new
    /// SEQUENCE) or a reminder (`day`) is a new message and a rerun is not.
    pub fn purpose_key(&self, member_id: i64, day: &str) -> String {
        let seqs: Vec<String> = self.sessions().iter().map(|s| format!("{}.{}", s.id, s.sequence)).collect();
        match self {
            Occasion::Popup { id, .. } => {
                format!("popup:{id}:member:{member_id}:sessions:{}", seqs.join(","))
            }
            Occasion::Assist { id, .. } => {
                format!("assist:{id}:member:{member_id}:sessions:{}", seqs.join(","))
            }
            Occasion::Session { session, reminder: false } => {
                format!("session:{}:seq:{}:member:{member_id}", session.id, session.sequence)
            }
            Occasion::Session { session, reminder: true } => {
                format!("reminder:{}:seq:{}:member:{member_id}:day:{day}", session.id, session.sequence)
            }
        }
    }

    /// A short description for `outbox list`.
    pub fn purpose(&self) -> String {
        match self {
            Occasion::Popup { id, .. } => format!("popup {id} invitation"),
            Occasion::Assist { id, .. } => format!("assist {id} invitation to listen"),
            Occasion::Session { session, reminder: false } => {
                format!("session {} announcement (sequence {})", session.id, session.sequence)
            }
            Occasion::Session { session, reminder: true } => format!("session {} reminder", session.id),
        }
    }

    pub fn subject(&self) -> String {
        match self {
            Occasion::Popup { title, .. } => format!("Invitation: learning popup \"{title}\""),
            Occasion::Assist { challenge, .. } => format!("Invitation: peer assist \"{challenge}\""),
            Occasion::Session { session, reminder: false } => format!("Invitation: {}", session.title),
            Occasion::Session { session, reminder: true } => format!("Reminder: {}", session.title),
        }
    }
}

/// Text for a header: every control character (CR and LF above all) becomes a space,
/// so stored text can never end a header line and start another.
pub fn header_text(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A session's time in the recipient's zone: "Fri 4 Dec 2026, 12:00-13:00 CST".
pub fn when(s: &Session, tz: &Tz) -> String {
    let start = s.starts_at.with_timezone(tz);
    let end = s.ends_at.with_timezone(tz);
    let same_day = start.date_naive() == end.date_naive();
    let end_text =
        if same_day { end.format("%H:%M").to_string() } else { end.format("%a %-d %b %Y %H:%M").to_string() };
    format!("{}-{} {}", start.format("%a %-d %b %Y, %H:%M"), end_text, start.format("%Z"))
}

/// The match reasons of `popup match` and `assist match` ("needs: maps", "interest: gis",
/// "expertise: gis", "took part in an assist on gis") as a sentence.
pub fn reason_sentence(reasons: &[String]) -> Option<String> {
    let mut needs = Vec::new();
    let mut interests = Vec::new();
    let mut expertise = Vec::new();
    let mut took_part = Vec::new();
    for r in reasons {
        if let Some(t) = r.strip_prefix("needs: ") {
            needs.push(t.to_string());
        } else if let Some(t) = r.strip_prefix("interest: ") {
            interests.push(t.to_string());
        } else if let Some(t) = r.strip_prefix("expertise: ") {
            expertise.push(t.to_string());
        } else if r.starts_with("took part in ") {
            took_part.push(format!("you {r}"));
        }
    }
    let mut parts = Vec::new();
    if !needs.is_empty() {
        let noun = if needs.len() == 1 { "a learning need" } else { "learning needs" };
        parts.push(format!("{} as {noun}", needs.join(", ")));
    }
    if !interests.is_empty() {
        let noun = if interests.len() == 1 { "an interest" } else { "interests" };
        parts.push(format!("{} as {noun}", interests.join(", ")));
    }
    if !expertise.is_empty() {
        parts.push(format!("{} as expertise", expertise.join(", ")));
    }
    let listed = (!parts.is_empty()).then(|| format!("you listed {}", parts.join(", and ")));
    let all: Vec<String> = listed.into_iter().chain(took_part).collect();
    (!all.is_empty()).then(|| all.join("; "))
}

fn session_lines(out: &mut Vec<String>, s: &Session, tz: &Tz) {
    out.push(format!("- {}: {}", when(s, tz), s.title));
    if let Some(place) = &s.location {
        out.push(format!("  Where: {place}"));
    }
    if let Some(link) = &s.link {
        out.push(format!("  Link: {link}"));
    }
    if !s.facilitator_names.is_empty() {
        out.push(format!("  Facilitated by {}", s.facilitator_names.join(", ")));
    }
}

/// The plain-text body of a message to `to`. Stored text is written as it is: a mail
/// body is data, and the MIME encoder keeps its lines intact.
pub fn body(occasion: &Occasion, to: &Recipient, organizer: &str) -> String {
    let tz = &to.timezone;
    let mut out = vec![format!("Hello {},", to.name), String::new()];
    match occasion {
        Occasion::Popup { title, description, proposer, agenda, sessions, .. } => {
            let who = proposer.as_deref().unwrap_or(organizer);
            out.push(format!("{who} invites you to a learning popup: {title}"));
            if let Some(d) = description {
                out.push(String::new());
                out.push(d.clone());
            }
            if let Some(r) = &to.reason {
                out.push(String::new());
                out.push(format!("Why you: {r}."));
            }
            if !agenda.is_empty() {
                out.push(String::new());
                out.push("The learning agenda:".into());
                out.extend(agenda.iter().enumerate().map(|(i, a)| format!("{}. {a}", i + 1)));
            }
            out.push(String::new());
            if sessions.is_empty() {
                out.push("No session is set yet: the group sets the times together.".into());
            } else {
                out.push(format!("Sessions (times in {}):", tz.name()));
                for s in sessions {
                    session_lines(&mut out, s, tz);
                }
            }
            out.push(String::new());
            out.push(if sessions.is_empty() {
                "To join, reply to this message.".into()
            } else {
                "To answer, accept or decline the attached invitation in your calendar, or reply to this message."
                    .into()
            });
        }
        Occasion::Assist { challenge, group, presenters, minutes, sessions, .. } => {
            let who = match (presenters.as_slice(), group) {
                (_, Some(g)) => g.clone(),
                ([], None) => organizer.to_string(),
                (names, None) => names.join(", "),
            };
            out.push(format!(
                "{who} would like your thinking and advice in a peer assist on this challenge:"
            ));
            out.push(String::new());
            out.push(challenge.clone());
            if let Some(r) = &to.reason {
                out.push(String::new());
                out.push(format!("Why you: {r}."));
            }
            out.push(String::new());
            out.push(format!(
                "A peer assist takes about {minutes} minutes in seven steps: the challenge is presented, \
                 listeners ask and offer ideas, the group responds, and everyone reflects on what they take away."
            ));
            out.push(String::new());
            if sessions.is_empty() {
                out.push(
                    "No time is set yet: the organizer finds one when the listeners have answered.".into(),
                );
            } else {
                out.push(format!("Session (times in {}):", tz.name()));
                for s in sessions {
                    session_lines(&mut out, s, tz);
                }
            }
            out.push(String::new());
            out.push("To answer, reply to this message: yes to listen, or no.".into());
        }
        Occasion::Session { session: s, reminder } => {
            let lead = if *reminder { "A reminder of" } else { "You are invited to" };
            out.push(format!("{lead} a {} session of the community:", s.kind.as_str()));
            out.push(String::new());
            out.push(format!("Times in {}:", tz.name()));
            session_lines(&mut out, s, tz);
            if let Some(t) = &s.trainer {
                out.push(format!("  Trainer: {t}"));
            }
            if let Some(n) = &s.note {
                out.push(String::new());
                out.push(n.clone());
            }
            if let Some(r) = &to.reason {
                out.push(String::new());
                out.push(format!("Why you: {r}."));
            }
            out.push(String::new());
            out.push(
                "To answer, accept, decline or answer maybe to the attached invitation in your calendar, \
                 or reply to this message."
                    .into(),
            );
        }
    }
    out.push(String::new());
    out.push(format!("-- \n{organizer}"));
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The RSVP a calendar's PARTSTAT means, if it is an answer.
pub fn response_of(partstat: &str) -> Option<Response> {
    match partstat.to_ascii_uppercase().as_str() {
        "ACCEPTED" => Some(Response::Yes),
        "DECLINED" => Some(Response::No),
        "TENTATIVE" => Some(Response::Maybe),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_text_never_keeps_a_line_break() {
        assert_eq!(header_text("Ana\r\nBcc: x@evil.org"), "Ana Bcc: x@evil.org");
        assert_eq!(header_text("a\u{2028}b\u{85}c\td"), "a b c d");
    }

    #[test]
    fn reasons_read_as_a_sentence() {
        let r = vec!["needs: network-mapping".to_string(), "interest: gis".to_string()];
        assert_eq!(
            reason_sentence(&r).unwrap(),
            "you listed network-mapping as a learning need, and gis as an interest"
        );
        // A listener for a peer assist is asked for what they know and have done.
        let listener = vec!["expertise: gis".to_string(), "took part in 2 assists on gis".to_string()];
        assert_eq!(
            reason_sentence(&listener).unwrap(),
            "you listed gis as expertise; you took part in 2 assists on gis"
        );
        assert_eq!(reason_sentence(&["busy: a listener in 3 assists".to_string()]), None);
    }

    #[test]
    fn partstat_maps_to_rsvps() {
        assert_eq!(response_of("accepted"), Some(Response::Yes));
        assert_eq!(response_of("DECLINED"), Some(Response::No));
        assert_eq!(response_of("TENTATIVE"), Some(Response::Maybe));
        assert_eq!(response_of("NEEDS-ACTION"), None);
    }
}
