//! Sessions: the meetings of the community.

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

use super::rules::{COUNTER_MAX, PLACES_MAX, Rule};

/// The rules of a session's fields (see [`super::rules`]).
pub const TITLE: Rule = Rule::Title;
pub const KIND: Rule =
    Rule::OneOf(&["meetup", "training", "coaching", "reading", "popup", "assist", "other"]);
/// At most a day: a longer training is several sessions, and a day added to any date
/// cop can store stays a date it can write.
pub const MINUTES: Rule = Rule::Range(1, 24 * 60);
pub const LINK: Rule = Rule::Url;
/// The location, the trainer and the reason a session was cancelled.
pub const PLACE: Rule = Rule::Line;
pub const CAPACITY: Rule = Rule::Range(1, PLACES_MAX);
pub const NOTE: Rule = Rule::Text;
pub const STATUS: Rule = Rule::OneOf(&["scheduled", "cancelled"]);
/// The calendar version: RFC 5545's SEQUENCE is a 32-bit INTEGER.
pub const SEQUENCE: Rule = Rule::Range(0, COUNTER_MAX);
/// An RSVP as stored: the three answers people give, and the two cop writes itself
/// (`invited` by a popup, `waitlist` for a yes past capacity).
pub const RESPONSE: Rule = Rule::OneOf(&["invited", "yes", "no", "maybe", "waitlist"]);
/// A place in a waitlist (or a popup's line).
pub const POSITION: Rule = Rule::Range(0, COUNTER_MAX);

/// What kind of meeting a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[default]
    Meetup,
    Training,
    Coaching,
    Reading,
    Popup,
    Assist,
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 7] = [
        SessionKind::Meetup,
        SessionKind::Training,
        SessionKind::Coaching,
        SessionKind::Reading,
        SessionKind::Popup,
        SessionKind::Assist,
        SessionKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SessionKind::Meetup => "meetup",
            SessionKind::Training => "training",
            SessionKind::Coaching => "coaching",
            SessionKind::Reading => "reading",
            SessionKind::Popup => "popup",
            SessionKind::Assist => "assist",
            SessionKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Result<SessionKind, String> {
        let lower = s.trim().to_lowercase();
        SessionKind::ALL.into_iter().find(|k| k.as_str() == lower).ok_or_else(|| {
            format!("kind {s:?}: expected meetup, training, coaching, reading, popup, assist or other")
        })
    }
}

/// The fields a session is created with and `sessions edit` changes: one type, so a
/// new field is written by both or by neither. `popup_id` is set on creation only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionFields {
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
    pub link: Option<String>,
    pub location: Option<String>,
    pub trainer: Option<String>,
    pub capacity: Option<u32>,
    pub note: Option<String>,
    pub popup_id: Option<i64>,
}

/// Whether a session still happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    #[default]
    Scheduled,
    Cancelled,
}

impl SessionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SessionStatus::Scheduled => "scheduled",
            SessionStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Result<SessionStatus, String> {
        match s {
            "scheduled" => Ok(SessionStatus::Scheduled),
            "cancelled" => Ok(SessionStatus::Cancelled),
            _ => Err(format!("status {s:?}: expected scheduled or cancelled")),
        }
    }
}

/// A member's answer to a session. `Invited` is written by popups; `Waitlist` is a yes
/// that came past the session's capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Invited,
    Yes,
    No,
    Maybe,
    Waitlist,
}

impl Response {
    pub fn as_str(self) -> &'static str {
        match self {
            Response::Invited => "invited",
            Response::Yes => "yes",
            Response::No => "no",
            Response::Maybe => "maybe",
            Response::Waitlist => "waitlist",
        }
    }

    pub fn parse(s: &str) -> Result<Response, String> {
        [Response::Invited, Response::Yes, Response::No, Response::Maybe, Response::Waitlist]
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| format!("response {s:?}: expected invited, yes, no, maybe or waitlist"))
    }
}

/// One member's RSVP; `position` orders the waitlist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rsvp {
    pub member_id: i64,
    pub response: Response,
    #[serde(skip)]
    pub position: i64,
}

/// A record linked to a session (its popup, or the peer assist held in it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub id: i64,
    pub title: String,
}

/// A session as shown and exported. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Session {
    pub id: i64,
    pub uuid: String,
    pub kind: SessionKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub minutes: u32,
    pub link: Option<String>,
    pub location: Option<String>,
    pub trainer: Option<String>,
    pub capacity: Option<u32>,
    pub note: Option<String>,
    pub status: SessionStatus,
    pub cancel_reason: Option<String>,
    /// Grows with each edit and the cancellation, so calendars take the newest version.
    pub sequence: i64,
    pub popup_id: Option<i64>,
    pub popup: Option<Link>,
    pub assist: Option<Link>,
    pub facilitators: Vec<i64>,
    pub rsvps: Vec<Rsvp>,
    pub attendees: Vec<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Facilitators' names, in the order of `facilitators`, for tables and calendars.
    #[serde(skip)]
    pub facilitator_names: Vec<String>,
    /// The name of every member the session mentions, for `show`.
    #[serde(skip)]
    pub member_names: std::collections::BTreeMap<i64, String>,
}

impl Session {
    /// The session's editable fields, to change and write back.
    pub fn draft(&self) -> SessionFields {
        SessionFields {
            kind: self.kind,
            title: self.title.clone(),
            starts_at: self.starts_at,
            minutes: self.minutes,
            link: self.link.clone(),
            location: self.location.clone(),
            trainer: self.trainer.clone(),
            capacity: self.capacity,
            note: self.note.clone(),
            popup_id: self.popup_id,
        }
    }

    /// A member's name, or their id when the session does not know it.
    pub fn name_of(&self, id: i64) -> String {
        self.member_names.get(&id).cloned().unwrap_or_else(|| format!("member {id}"))
    }

    /// How many members said yes (the waitlist not counted).
    pub fn yes_count(&self) -> usize {
        self.rsvps.iter().filter(|r| r.response == Response::Yes).count()
    }
}

impl SessionFields {
    /// Checks every field against the record rules, as every way in must before a
    /// session is stored. The error names the field (as its flag does) and says what is
    /// wrong; `span` is a start and length that would end past the years a date holds.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        let text = |name: &'static str, rule: Rule, v: Option<&str>| match v {
            Some(v) => rule.check_text(v).map_err(|e| (name, e)),
            None => Ok(()),
        };
        text("title", TITLE, Some(&self.title))?;
        MINUTES.check_int(self.minutes).map_err(|e| ("minutes", e))?;
        text("link", LINK, self.link.as_deref())?;
        text("location", PLACE, self.location.as_deref())?;
        text("trainer", PLACE, self.trainer.as_deref())?;
        if let Some(c) = self.capacity {
            CAPACITY.check_int(c).map_err(|e| ("capacity", e))?;
        }
        text("note", NOTE, self.note.as_deref())?;
        check_span(self.starts_at, self.minutes).map_err(|e| ("span", e))
    }
}

/// Checks a session title: not blank, one line.
pub fn check_title(title: &str) -> Result<String, String> {
    let t = title.trim();
    TITLE.check_text(t)?;
    Ok(t.to_string())
}

/// Reads a session's length as typed (`--minutes 90`).
pub fn check_minutes(typed: &str) -> Result<u32, String> {
    MINUTES.read_int(typed).map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

/// Reads a session's capacity as typed (`--capacity 12`).
pub fn check_capacity(typed: &str) -> Result<u32, String> {
    CAPACITY.read_int(typed).map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

/// Refuses a session that would start or end past the years a stored date can hold
/// (its end is shown and exported, so it must be writable too).
pub fn check_span(starts_at: DateTime<Utc>, minutes: u32) -> Result<(), String> {
    // u32 minutes are about 8,000 years: no overflow from any storable start.
    let ends_at = starts_at + chrono::Duration::minutes(i64::from(minutes));
    for (what, at) in [("start", starts_at), ("end", ends_at)] {
        if !crate::domain::time::YEARS.contains(&at.year()) {
            let (from, to) = (crate::domain::time::YEARS.start(), crate::domain::time::YEARS.end());
            return Err(format!(
                "the session would {what} in year {}: expected years {from} to {to}",
                at.year()
            ));
        }
    }
    Ok(())
}

/// What one RSVP change did, to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RsvpOutcome {
    /// The member now has this response.
    Set(i64, Response),
    /// A yes past capacity went onto the waitlist at this place (1 = next in line).
    Waitlisted(i64, usize),
    /// A waitlisted member got a freed place.
    Promoted(i64),
}

/// Applies one member's answer to a session's RSVPs, keeping the capacity rule: past
/// capacity a yes goes to the end of the waitlist, and places freed by a yes that turns
/// into something else go to the waitlist in order.
pub fn apply_rsvp(
    rsvps: &mut Vec<Rsvp>,
    capacity: Option<u32>,
    member_id: i64,
    answer: Response,
) -> Vec<RsvpOutcome> {
    let mut out = Vec::new();
    let current = rsvps.iter().position(|r| r.member_id == member_id);
    let before = current.map(|i| rsvps[i].response);
    let next_position = rsvps.iter().map(|r| r.position).max().unwrap_or(0) + 1;
    let yes = rsvps.iter().filter(|r| r.response == Response::Yes).count();
    let full = capacity.is_some_and(|c| yes >= c as usize);
    let new = match answer {
        Response::Yes if before == Some(Response::Yes) => Response::Yes,
        Response::Yes if before == Some(Response::Waitlist) => Response::Waitlist,
        Response::Yes if full => Response::Waitlist,
        other => other,
    };
    let position = if new == Response::Waitlist && before != Some(Response::Waitlist) {
        next_position
    } else {
        current.map_or(next_position, |i| rsvps[i].position)
    };
    match current {
        Some(i) => {
            rsvps[i].response = new;
            rsvps[i].position = position;
        }
        None => rsvps.push(Rsvp { member_id, response: new, position }),
    }
    if new == Response::Waitlist {
        let place = waitlist(rsvps).iter().position(|&m| m == member_id).map_or(0, |p| p + 1);
        out.push(RsvpOutcome::Waitlisted(member_id, place));
    } else {
        out.push(RsvpOutcome::Set(member_id, new));
    }
    out.extend(promote(rsvps, capacity));
    out
}

/// The waitlisted members, next in line first.
pub fn waitlist(rsvps: &[Rsvp]) -> Vec<i64> {
    let mut w: Vec<&Rsvp> = rsvps.iter().filter(|r| r.response == Response::Waitlist).collect();
    w.sort_by_key(|r| (r.position, r.member_id));
    w.iter().map(|r| r.member_id).collect()
}

/// Gives free places to the waitlist in order (all of it when there is no capacity).
pub fn promote(rsvps: &mut [Rsvp], capacity: Option<u32>) -> Vec<RsvpOutcome> {
    let mut out = Vec::new();
    for m in waitlist(rsvps) {
        let yes = rsvps.iter().filter(|r| r.response == Response::Yes).count();
        if capacity.is_some_and(|c| yes >= c as usize) {
            break;
        }
        if let Some(r) = rsvps.iter_mut().find(|r| r.member_id == m) {
            r.response = Response::Yes;
            out.push(RsvpOutcome::Promoted(m));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn responses(rsvps: &[Rsvp]) -> Vec<(i64, Response)> {
        let mut v: Vec<_> = rsvps.iter().map(|r| (r.member_id, r.response)).collect();
        v.sort_by_key(|p| p.0);
        v
    }

    #[test]
    fn past_capacity_a_yes_waits_and_is_promoted_in_order() {
        let mut r = Vec::new();
        apply_rsvp(&mut r, Some(1), 1, Response::Yes);
        assert_eq!(apply_rsvp(&mut r, Some(1), 2, Response::Yes), vec![RsvpOutcome::Waitlisted(2, 1)]);
        assert_eq!(apply_rsvp(&mut r, Some(1), 3, Response::Yes), vec![RsvpOutcome::Waitlisted(3, 2)]);
        let out = apply_rsvp(&mut r, Some(1), 1, Response::No);
        assert_eq!(out, vec![RsvpOutcome::Set(1, Response::No), RsvpOutcome::Promoted(2)]);
        assert_eq!(responses(&r), vec![(1, Response::No), (2, Response::Yes), (3, Response::Waitlist)]);
        // Saying yes again puts them at the end of the line.
        assert_eq!(apply_rsvp(&mut r, Some(1), 1, Response::Yes), vec![RsvpOutcome::Waitlisted(1, 2)]);
        assert_eq!(waitlist(&r), vec![3, 1]);
    }

    #[test]
    fn without_capacity_every_yes_is_a_yes() {
        let mut r = Vec::new();
        for m in 1..5 {
            apply_rsvp(&mut r, None, m, Response::Yes);
        }
        assert!(r.iter().all(|x| x.response == Response::Yes));
    }

    #[test]
    fn sessions_must_start_and_end_within_four_digit_years() {
        let late = DateTime::parse_from_rfc3339("9999-12-31T22:00:00Z").unwrap().to_utc();
        assert!(check_span(late, 60).is_ok());
        assert!(check_span(late, 121).unwrap_err().contains("end in year 10000"));
        let now = DateTime::parse_from_rfc3339("2026-11-24T10:00:00Z").unwrap().to_utc();
        assert!(check_span(now, u32::MAX).unwrap_err().contains("expected years 1 to 9999"));
    }

    proptest! {
        #[test]
        fn typed_numbers_and_words_are_read_or_refused(s in "\\PC{0,12}|[+-]?[0-9]{0,22}") {
            if let Ok(n) = check_minutes(&s) {
                prop_assert!((1..=1440).contains(&n));
                prop_assert_eq!(n.to_string(), s.trim().trim_start_matches('+').trim_start_matches('0'));
            }
            if let Ok(n) = check_capacity(&s) {
                prop_assert!(n >= 1);
            }
            let _ = check_title(&s);
            let _ = SessionKind::parse(&s);
            let _ = Response::parse(&s);
        }

        #[test]
        fn yeses_never_exceed_capacity_and_waitlist_fills_free_places(
            cap in 1u32..5,
            steps in proptest::collection::vec((1i64..8, 0usize..3), 0..40),
        ) {
            let mut r = Vec::new();
            for (m, a) in steps {
                let answer = [Response::Yes, Response::No, Response::Maybe][a];
                apply_rsvp(&mut r, Some(cap), m, answer);
                let yes = r.iter().filter(|x| x.response == Response::Yes).count();
                prop_assert!(yes <= cap as usize);
                if yes < cap as usize {
                    prop_assert!(waitlist(&r).is_empty());
                }
            }
        }
    }
}
