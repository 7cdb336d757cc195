//! Learning popups: a member names something to learn and invites others.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::rules::{COUNTER_MAX, PLACES_MAX, Rule};

/// The rules of a popup's fields and its agenda's (see [`super::rules`]).
pub const TITLE: Rule = Rule::Title;
pub const DESCRIPTION: Rule = Rule::Text;
pub const STATUS: Rule = Rule::OneOf(&["proposed", "scheduled", "done", "cancelled"]);
/// The name of an expert from outside the community.
pub const EXTERNAL_EXPERT: Rule = Rule::Line;
pub const MAX: Rule = Rule::Range(1, PLACES_MAX);
pub const OUTCOME: Rule = Rule::Text;
/// A member's place as stored (`popup_members.status`).
pub const PLACE: Rule = Rule::OneOf(&["invited", "joined", "waiting", "declined", "left"]);
/// A place in the popup's line, and an agenda item's place in the agenda.
pub const POSITION: Rule = Rule::Range(0, COUNTER_MAX);
pub const AGENDA_TEXT: Rule = Rule::Title;
/// An agenda item's time: at most the day a session lasts.
pub const AGENDA_MINUTES: Rule = super::session::MINUTES;

/// Where a popup is in its life: proposed -> scheduled -> done, or cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PopupStatus {
    #[default]
    Proposed,
    Scheduled,
    Done,
    Cancelled,
}

impl PopupStatus {
    pub const ALL: [PopupStatus; 4] =
        [PopupStatus::Proposed, PopupStatus::Scheduled, PopupStatus::Done, PopupStatus::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            PopupStatus::Proposed => "proposed",
            PopupStatus::Scheduled => "scheduled",
            PopupStatus::Done => "done",
            PopupStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Result<PopupStatus, String> {
        let lower = s.trim().to_lowercase();
        PopupStatus::ALL
            .into_iter()
            .find(|k| k.as_str() == lower)
            .ok_or_else(|| format!("status {s:?}: expected proposed, scheduled, done or cancelled"))
    }

    /// Whether members may still join and sessions may still be added.
    pub fn is_open(self) -> bool {
        matches!(self, PopupStatus::Proposed | PopupStatus::Scheduled)
    }
}

/// A member's place in a popup. In JSON a `waiting` place reads `waitlisted`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    Invited,
    Joined,
    #[serde(rename = "waitlisted")]
    Waiting,
    Declined,
    Left,
}

impl Participation {
    pub const ALL: [Participation; 5] = [
        Participation::Invited,
        Participation::Joined,
        Participation::Waiting,
        Participation::Declined,
        Participation::Left,
    ];

    /// The value stored in `popup_members.status`.
    pub fn as_str(self) -> &'static str {
        match self {
            Participation::Invited => "invited",
            Participation::Joined => "joined",
            Participation::Waiting => "waiting",
            Participation::Declined => "declined",
            Participation::Left => "left",
        }
    }

    /// The word people and JSON see.
    pub fn label(self) -> &'static str {
        match self {
            Participation::Waiting => "waitlisted",
            other => other.as_str(),
        }
    }

    pub fn parse(s: &str) -> Result<Participation, String> {
        Participation::ALL
            .into_iter()
            .find(|p| p.as_str() == s || p.label() == s)
            .ok_or_else(|| format!("popup place {s:?}: expected invited, joined, waiting, declined or left"))
    }

    /// Whether the member holds a place (joined, or in line for one).
    pub fn is_in(self) -> bool {
        matches!(self, Participation::Joined | Participation::Waiting)
    }
}

/// The fields a popup is proposed with and `popup edit` changes: one type, so a new
/// field is written by both or by neither. `tags` are normalized names; the store
/// writes them with the popup on insert, and `popup edit` replaces them on their own.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PopupFields {
    pub title: String,
    pub description: Option<String>,
    pub proposer_id: Option<i64>,
    pub needs_expert: bool,
    pub expert_id: Option<i64>,
    pub external_expert: Option<String>,
    pub max_members: Option<u32>,
    pub tags: Vec<String>,
}

impl PopupFields {
    /// A stored popup's fields, to change and write back.
    pub fn of(p: &Popup) -> PopupFields {
        PopupFields {
            title: p.title.clone(),
            description: p.description.clone(),
            proposer_id: p.proposer_id,
            needs_expert: p.needs_expert,
            expert_id: match &p.expert {
                Some(Expert::Member(id)) => Some(*id),
                _ => None,
            },
            external_expert: match &p.expert {
                Some(Expert::External(name)) => Some(name.clone()),
                _ => None,
            },
            max_members: p.max,
            tags: p.tags.clone(),
        }
    }

    /// Checks every field against the record rules, as every way in must before a popup
    /// is stored; the error names the field (as its flag does).
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        check_fields(
            &self.title,
            self.description.as_deref(),
            self.external_expert.as_deref(),
            self.max_members,
        )
    }
}

/// Who could lead the popup: a member, or someone from outside named in words.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Expert {
    Member(i64),
    External(String),
}

/// One member's place in a popup. `name` is for people; `member_id` is the contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PopupMember {
    pub member_id: i64,
    pub name: String,
    pub status: Participation,
}

/// One item of a popup's learning agenda, in `position` order (1-based).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AgendaItem {
    pub id: i64,
    pub popup_id: i64,
    pub position: i64,
    pub text: String,
    pub minutes: Option<u32>,
    pub done: bool,
    pub session_id: Option<i64>,
}

/// A session of a popup, for `show`.
#[derive(Clone, Debug, PartialEq)]
pub struct PopupSession {
    pub id: i64,
    pub starts_at: DateTime<Utc>,
    pub cancelled: bool,
}

/// One learning need, the active members who have it and those whose expertise meets
/// it, as `popup suggest` reads them: (id, name) pairs, sorted by name.
#[derive(Clone, Debug)]
pub struct NeedHolders {
    pub tag: String,
    pub members: Vec<(i64, String)>,
    pub experts: Vec<(i64, String)>,
}

/// A popup as shown and exported. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Popup {
    pub id: i64,
    pub uuid: String,
    pub title: String,
    pub description: Option<String>,
    pub status: PopupStatus,
    pub tags: Vec<String>,
    pub proposer_id: Option<i64>,
    #[serde(skip)]
    pub proposer_name: Option<String>,
    pub needs_expert: bool,
    pub expert: Option<Expert>,
    #[serde(skip)]
    pub expert_name: Option<String>,
    pub max: Option<u32>,
    pub members: Vec<PopupMember>,
    pub agenda: Vec<AgendaItem>,
    pub sessions: Vec<i64>,
    #[serde(skip)]
    pub session_times: Vec<PopupSession>,
    pub outcome: Option<String>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Popup {
    pub fn count(&self, p: Participation) -> usize {
        self.members.iter().filter(|m| m.status == p).count()
    }

    pub fn place_of(&self, member_id: i64) -> Option<Participation> {
        self.members.iter().find(|m| m.member_id == member_id).map(|m| m.status)
    }

    /// Whether one more join would have to wait for a place.
    pub fn is_full(&self) -> bool {
        self.max.is_some_and(|max| self.count(Participation::Joined) >= max as usize)
    }

    /// Whether more members joined than `max` allows (after `--max` was lowered: nobody
    /// is taken out for it).
    pub fn is_over_max(&self) -> bool {
        self.max.is_some_and(|max| self.count(Participation::Joined) > max as usize)
    }

    /// The waitlist's turn: those waiting who get a place now, first in line first, as
    /// many as there is room for. Only an open popup lets anyone in.
    pub fn promotions(&self) -> Vec<&PopupMember> {
        if !self.status.is_open() {
            return Vec::new();
        }
        let room = self
            .max
            .map_or(usize::MAX, |max| (max as usize).saturating_sub(self.count(Participation::Joined)));
        self.members.iter().filter(|m| m.status == Participation::Waiting).take(room).collect()
    }
}

/// Whether a member whose place is `place` may step out to `to` (`Left` or `Declined`):
/// leaving needs a place or an invitation (which it withdraws); declining is for anyone
/// who has not already declined or left.
pub fn may_step_out(place: Option<Participation>, to: Participation) -> bool {
    match to {
        Participation::Left => place.is_some_and(|p| p.is_in() || p == Participation::Invited),
        Participation::Declined => !matches!(place, Some(Participation::Declined | Participation::Left)),
        _ => false,
    }
}

/// Only active members take a place (in a popup, an assist, a session): an archived one
/// is restored first. The refusal names them and says how.
pub fn check_may_take_part(id: i64, name: &str, status: super::member::Status) -> Result<(), String> {
    if status == super::member::Status::Archived {
        return Err(format!(
            "{name} (id {id}) is archived: restore them first with `cop members restore {id}`"
        ));
    }
    Ok(())
}

/// Checks the fields a popup is proposed with and `popup edit` changes.
pub fn check_fields(
    title: &str,
    description: Option<&str>,
    external_expert: Option<&str>,
    max: Option<u32>,
) -> Result<(), (&'static str, String)> {
    TITLE.check_text(title).map_err(|e| ("title", e))?;
    if let Some(d) = description {
        DESCRIPTION.check_text(d).map_err(|e| ("description", e))?;
    }
    if let Some(e) = external_expert {
        EXTERNAL_EXPERT.check_text(e).map_err(|e| ("external-expert", e))?;
    }
    if let Some(m) = max {
        MAX.check_int(m).map_err(|e| ("max", e))?;
    }
    Ok(())
}

/// Validates a popup's title: not blank, one line.
pub fn check_title(title: &str) -> Result<String, String> {
    let t = title.trim();
    TITLE.check_text(t).map_err(|e| format!("title {e}"))?;
    Ok(t.to_string())
}

/// Validates an agenda item's text (one line) and its minutes.
pub fn check_agenda_item(text: &str, minutes: Option<u32>) -> Result<String, (&'static str, String)> {
    let t = text.trim();
    AGENDA_TEXT.check_text(t).map_err(|e| ("TEXT", e))?;
    if let Some(m) = minutes {
        AGENDA_MINUTES.check_int(m).map_err(|e| ("--minutes", e))?;
    }
    Ok(t.to_string())
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The known tags all of whose words appear in a title, in the order given:
/// "Network mapping basics" finds `network-mapping` and `mapping`, not `network-weaving`.
pub fn tags_in_title(title: &str, known: &[String]) -> Vec<String> {
    let title_words = words(title);
    known
        .iter()
        .filter(|tag| {
            let tw = words(tag);
            !tw.is_empty() && tw.iter().all(|w| title_words.contains(w))
        })
        .cloned()
        .collect()
}

/// Reads a repeat interval like `1w`, `2w` or `3d` as a number of days.
pub fn parse_every(s: &str) -> Result<u32, String> {
    let t = s.trim().to_lowercase();
    let bad = || format!("{s:?}: expected a number of days or weeks, like 1w, 2w or 3d");
    let unit = t.chars().last().ok_or_else(bad)?;
    let n: u32 = t[..t.len() - unit.len_utf8()].parse().map_err(|_| bad())?;
    let days = match unit {
        'd' => n,
        'w' => n.checked_mul(7).ok_or_else(bad)?,
        _ => return Err(bad()),
    };
    if days == 0 || days > 3660 {
        return Err(bad());
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn known(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tags_are_found_by_their_words() {
        let k = known(&["network-mapping", "mapping", "network-weaving", "facilitation"]);
        assert_eq!(tags_in_title("Network Mapping basics!", &k), ["network-mapping", "mapping"]);
        assert!(tags_in_title("Cooking", &k).is_empty());
    }

    fn popup(max: Option<u32>, places: &[Participation]) -> Popup {
        let now = chrono::DateTime::<Utc>::UNIX_EPOCH;
        Popup {
            id: 1,
            uuid: String::new(),
            title: "SNA".into(),
            description: None,
            status: PopupStatus::Proposed,
            tags: Vec::new(),
            proposer_id: None,
            proposer_name: None,
            needs_expert: false,
            expert: None,
            expert_name: None,
            max,
            members: places
                .iter()
                .enumerate()
                .map(|(i, &status)| PopupMember {
                    member_id: i as i64 + 1,
                    name: format!("m{}", i + 1),
                    status,
                })
                .collect(),
            agenda: Vec::new(),
            sessions: Vec::new(),
            session_times: Vec::new(),
            outcome: None,
            closed_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    fn promoted(p: &Popup) -> Vec<i64> {
        p.promotions().iter().map(|m| m.member_id).collect()
    }

    #[test]
    fn the_waitlist_fills_the_room_first_in_line_first() {
        use Participation::*;
        let p = popup(Some(3), &[Joined, Waiting, Invited, Waiting, Waiting]);
        assert_eq!(promoted(&p), [2, 4]);
        assert!(promoted(&popup(Some(1), &[Joined, Waiting])).is_empty());
        assert_eq!(promoted(&popup(None, &[Waiting, Waiting])), [1, 2]);
        // A lowered --max leaves more joined than room: nobody gets in, nobody is out.
        let over = popup(Some(1), &[Joined, Joined, Waiting]);
        assert!(promoted(&over).is_empty());
        assert!(over.is_over_max());
        let mut done = popup(None, &[Waiting]);
        done.status = PopupStatus::Done;
        assert!(promoted(&done).is_empty());
    }

    #[test]
    fn leaving_needs_a_place_or_an_invitation_and_declining_is_once() {
        use Participation::*;
        for place in [Some(Joined), Some(Waiting)] {
            assert!(may_step_out(place, Left));
            assert!(may_step_out(place, Declined));
        }
        assert!(may_step_out(Some(Invited), Left), "leaving withdraws the invitation");
        assert!([None, Some(Declined), Some(Left)].into_iter().all(|p| !may_step_out(p, Left)));
        assert!(may_step_out(None, Declined));
        assert!(may_step_out(Some(Invited), Declined));
        assert!(!may_step_out(Some(Declined), Declined));
        assert!(!may_step_out(Some(Left), Declined));
    }

    #[test]
    fn archived_members_take_no_part() {
        use super::super::member::Status;
        assert!(check_may_take_part(7, "Ana", Status::Active).is_ok());
        let e = check_may_take_part(7, "Ana", Status::Archived).unwrap_err();
        assert_eq!(e, "Ana (id 7) is archived: restore them first with `cop members restore 7`");
    }

    #[test]
    fn waitlisted_is_the_json_word_for_waiting() {
        assert_eq!(serde_json::to_string(&Participation::Waiting).unwrap(), "\"waitlisted\"");
        assert_eq!(Participation::parse("waiting").unwrap(), Participation::Waiting);
    }

    #[test]
    fn intervals_read_days_and_weeks() {
        assert_eq!(parse_every("1w"), Ok(7));
        assert_eq!(parse_every("3D"), Ok(3));
        for bad in ["", "w", "0w", "1x", "-1w", "99999999w"] {
            assert!(parse_every(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn titles_must_have_text() {
        assert!(check_title("  ").is_err());
        assert_eq!(check_title(" SNA ").unwrap(), "SNA");
    }

    proptest! {
        #[test]
        fn found_tags_are_known_and_never_panic(title in "\\PC{0,30}", tags in proptest::collection::vec("[a-z]{1,5}(-[a-z]{1,5})?", 0..5)) {
            let found = tags_in_title(&title, &tags);
            prop_assert!(found.iter().all(|t| tags.contains(t)));
        }

        #[test]
        fn every_parses_without_panic(s in "\\PC{0,8}|[+-]?[0-9]{0,12}[dwDW ]?") {
            if let Ok(days) = parse_every(&s) {
                prop_assert!((1..=3660).contains(&days));
            }
        }

        #[test]
        fn any_one_line_title_is_kept_exactly(t in "[^\\p{Cc}]{0,20}") {
            match check_title(&t) {
                Ok(kept) => prop_assert_eq!(kept, t.trim()),
                Err(_) => prop_assert!(t.trim().is_empty()),
            }
        }
    }
}
