//! Peer assists: a challenge group brings a challenge and the others help, in seven steps.
//!
//! [`PeerAssist`] is both the stored record and its JSON contract (`assist show --format
//! json` prints it, `assist log --from FILE` reads it back). The parsers of the short
//! forms people type (`"TEXT @MEMBER due:DATE"`, `"MEMBER: TEXT"`, `"TITLE URL"`) and the
//! time boxes of `assist run` live here too, free of SQL and I/O.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

pub use super::assist_request::{Invitation, InvitationStatus};
use super::rules::{COUNTER_MAX, Rule};

/// The most minutes an assist may last.
pub const MINUTES_MAX: u32 = 240;
/// The fewest and most minutes an assist may last (see [`super::rules`] for all rules).
pub const MINUTES: Rule = Rule::Range(5, MINUTES_MAX as i64);
/// The rules of an assist's other fields.
pub const CHALLENGE: Rule = Rule::Title;
/// The name of the challenge group, when it is not members.
pub const GROUP: Rule = Rule::Line;
/// The answers of steps 1, 4 and 6 (situation, response, reflection).
pub const STEP_TEXT: Rule = Rule::Text;
/// One clarifying question or idea, a takeaway, a next step.
pub const NOTE: Rule = Rule::Note;
/// `requested` comes before `draft` and `logged` (issue 17).
pub const STATUS: Rule = Rule::OneOf(&["requested", "draft", "logged"]);
/// The step a draft resumes at; 8 when all seven are answered.
pub const CURRENT_STEP: Rule = Rule::Range(1, 8);
/// The step a note belongs to: 2 (clarifying questions) or 3 (ideas).
pub const NOTE_STEP: Rule = Rule::Range(2, 3);
pub const NOTE_POSITION: Rule = Rule::Range(0, COUNTER_MAX);
pub const ROLE: Rule = Rule::OneOf(&["presenter", "listener", "facilitator"]);
/// The default length of an assist, in minutes.
pub const DEFAULT_MINUTES: u32 = 45;
/// The number of steps of a peer assist.
pub const STEPS: usize = 7;

/// The seven steps, in order: a short name and the question put to the group.
pub const STEP_NAMES: [(&str, &str); STEPS] = [
    ("Situation", "The challenge group presents its situation and challenge"),
    ("Clarifying questions", "Listeners ask clarifying questions, which are answered"),
    ("Ideas", "Listeners offer ideas, questions, suggestions, sources, other cases"),
    ("Response", "The challenge group responds"),
    ("Takeaways", "Listeners say what this gave them for their own network or project"),
    ("Reflection", "The whole group reflects on the session and the insights gained"),
    ("Next steps", "The group decides next steps, or to continue the discussion"),
];

/// Relative weights of the steps' time boxes: 6,6,12,5,6,5,5 is exactly 45 minutes,
/// the idea step the longest.
const WEIGHTS: [u32; STEPS] = [6, 6, 12, 5, 6, 5, 5];
/// Index of the idea step in [`STEP_NAMES`].
pub const IDEA_STEP: usize = 2;

/// Where an assist stands: asked for and not held yet (`assist request`), being written
/// (`assist run`, an interrupted walk), or done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum AssistStatus {
    Requested,
    Draft,
    #[default]
    Logged,
}

impl AssistStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AssistStatus::Requested => "requested",
            AssistStatus::Draft => "draft",
            AssistStatus::Logged => "logged",
        }
    }

    pub fn parse(s: &str) -> Result<AssistStatus, String> {
        match s {
            "requested" => Ok(AssistStatus::Requested),
            "draft" => Ok(AssistStatus::Draft),
            "logged" => Ok(AssistStatus::Logged),
            _ => Err(format!("status {s:?}: expected requested, draft or logged")),
        }
    }
}

/// A member as a JSON file may name one: an id (what `show` prints), or any MEMBER
/// reference (email, name prefix) for hand-written files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum MemberRef {
    Id(i64),
    Name(String),
}

impl MemberRef {
    /// The reference as MEMBER text, for resolving.
    pub fn as_reference(&self) -> String {
        match self {
            MemberRef::Id(id) => id.to_string(),
            MemberRef::Name(s) => s.clone(),
        }
    }
}

/// Step 5: what a listener takes back to their own network or project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Takeaway {
    pub member_id: Option<MemberRef>,
    pub text: String,
}

/// Step 7: a next step, with an owner and a due day, followed up until done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NextStep {
    /// Ignored when read from a file: a logged assist gets new ids.
    #[serde(default)]
    pub id: Option<i64>,
    pub text: String,
    #[serde(default)]
    pub owner_id: Option<MemberRef>,
    /// `YYYY-MM-DD` (or any date form when read from a file).
    #[serde(default)]
    pub due: Option<String>,
    /// RFC 3339, when it was marked done.
    #[serde(default)]
    pub done_at: Option<String>,
}

/// A resource suggested in step 3; it lands in `cop resources` too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuggestedResource {
    /// Ignored when read from a file.
    #[serde(default)]
    pub id: Option<i64>,
    pub title: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// A peer assist, as stored and as its JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeerAssist {
    /// Ignored when read from a file: `log --from` always records a new assist.
    #[serde(default)]
    pub id: Option<i64>,
    /// Ignored when read from a file.
    #[serde(default)]
    pub uuid: Option<String>,
    /// When it was held (RFC 3339; any date form when read from a file).
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default = "default_minutes")]
    pub minutes: u32,
    #[serde(default)]
    pub challenge: String,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub presenters: Vec<MemberRef>,
    #[serde(default)]
    pub listeners: Vec<MemberRef>,
    #[serde(default)]
    pub facilitators: Vec<MemberRef>,
    #[serde(default)]
    pub session_id: Option<i64>,
    #[serde(default)]
    pub situation: Option<String>,
    #[serde(default)]
    pub clarifying: Vec<String>,
    #[serde(default)]
    pub ideas: Vec<String>,
    #[serde(default)]
    pub resources: Vec<SuggestedResource>,
    #[serde(default)]
    pub response: Option<String>,
    #[serde(default)]
    pub takeaways: Vec<Takeaway>,
    #[serde(default)]
    pub reflection: Option<String>,
    #[serde(default)]
    pub next_steps: Vec<NextStep>,
    #[serde(default)]
    pub continue_discussion: bool,
    #[serde(default)]
    pub status: AssistStatus,
    /// What the challenge is about: how `assist match` finds listeners, and who has met
    /// such a challenge before.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A request: how many listeners it asks for.
    #[serde(default)]
    pub size: Option<u32>,
    /// A request: who was asked to listen and what they answered. Ignored when read from
    /// a file: invitations change through `assist match --invite`, `join` and `decline`.
    #[serde(default)]
    pub invitations: Vec<Invitation>,
    /// The step a draft resumes at (8 when every step is answered); not in the JSON.
    #[serde(skip, default = "first_step")]
    pub current_step: u8,
    /// Member names by id, for tables and markdown; not in the JSON.
    #[serde(skip)]
    pub names: HashMap<i64, String>,
}

fn default_minutes() -> u32 {
    DEFAULT_MINUTES
}

fn first_step() -> u8 {
    1
}

impl Default for PeerAssist {
    /// An empty, logged assist of the default length, with no challenge yet.
    fn default() -> Self {
        PeerAssist {
            id: None,
            uuid: None,
            date: None,
            minutes: DEFAULT_MINUTES,
            challenge: String::new(),
            group: None,
            presenters: Vec::new(),
            listeners: Vec::new(),
            facilitators: Vec::new(),
            session_id: None,
            situation: None,
            clarifying: Vec::new(),
            ideas: Vec::new(),
            resources: Vec::new(),
            response: None,
            takeaways: Vec::new(),
            reflection: None,
            next_steps: Vec::new(),
            continue_discussion: false,
            status: AssistStatus::Logged,
            tags: Vec::new(),
            size: None,
            invitations: Vec::new(),
            current_step: 1,
            names: HashMap::new(),
        }
    }
}

impl PeerAssist {
    /// The name of a member taking part, or `member N` when unknown.
    pub fn name_of(&self, r: &MemberRef) -> String {
        match r {
            MemberRef::Id(id) => self.names.get(id).cloned().unwrap_or_else(|| format!("member {id}")),
            MemberRef::Name(s) => s.clone(),
        }
    }

    pub fn names_of(&self, refs: &[MemberRef]) -> Vec<String> {
        refs.iter().map(|r| self.name_of(r)).collect()
    }

    /// Which of the seven steps already hold something.
    pub fn answered(&self) -> [bool; STEPS] {
        [
            self.situation.is_some(),
            !self.clarifying.is_empty(),
            !self.ideas.is_empty() || !self.resources.is_empty(),
            self.response.is_some(),
            !self.takeaways.is_empty(),
            self.reflection.is_some(),
            !self.next_steps.is_empty() || self.continue_discussion,
        ]
    }

    /// Next steps not yet done.
    pub fn open_steps(&self) -> usize {
        self.next_steps.iter().filter(|s| s.done_at.is_none()).count()
    }
}

/// An open (or done) next step with the assist it came from, for `assist followups`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub id: i64,
    pub assist_id: i64,
    pub challenge: String,
    pub text: String,
    pub owner_id: Option<i64>,
    /// The owner's name.
    pub owner: Option<String>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub done_at: Option<String>,
}

/// Checks the length of an assist.
pub fn check_minutes(minutes: u32) -> Result<u32, String> {
    MINUTES.check_int(minutes).map(|()| minutes)
}

impl PeerAssist {
    /// Checks every field against the record rules, as every way in must before an
    /// assist is stored (flags, a `--from` file, the guided walk). The error names the
    /// field as the JSON does (`next_steps[1].text`) and says what is wrong. Dates are
    /// read (and their years checked) where they are typed.
    pub fn check(&self) -> Result<(), (String, String)> {
        let one = |path: &str, rule: Rule, v: &str| rule.check_text(v).map_err(|e| (path.to_string(), e));
        let opt =
            |path: &str, rule: Rule, v: &Option<String>| v.as_deref().map_or(Ok(()), |v| one(path, rule, v));
        one("challenge", CHALLENGE, &self.challenge)?;
        MINUTES.check_int(self.minutes).map_err(|e| ("minutes".to_string(), e))?;
        opt("group", GROUP, &self.group)?;
        opt("situation", STEP_TEXT, &self.situation)?;
        opt("response", STEP_TEXT, &self.response)?;
        opt("reflection", STEP_TEXT, &self.reflection)?;
        for (list, notes) in [("clarifying", &self.clarifying), ("ideas", &self.ideas)] {
            for (i, n) in notes.iter().enumerate() {
                one(&format!("{list}[{i}]"), NOTE, n)?;
            }
        }
        for (i, r) in self.resources.iter().enumerate() {
            one(&format!("resources[{i}].title"), super::resource::TITLE, &r.title)?;
            opt(&format!("resources[{i}].url"), super::resource::URL, &r.url)?;
        }
        for (i, t) in self.takeaways.iter().enumerate() {
            one(&format!("takeaways[{i}].text"), NOTE, &t.text)?;
        }
        for (i, s) in self.next_steps.iter().enumerate() {
            one(&format!("next_steps[{i}].text"), NOTE, &s.text)?;
        }
        Ok(())
    }
}

/// Trims text; `None` when nothing is left.
pub fn tidy(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

/// A next step as typed, before its owner and due day are resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedNextStep {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<String>,
}

/// Reads `"TEXT [@MEMBER] [due:DATE]"`: words starting with `@` name the owner and a word
/// starting with `due:` the due day, wherever they stand; the other words are the text.
pub fn parse_next_step(input: &str) -> Result<TypedNextStep, String> {
    let mut text = Vec::new();
    let mut owner = None;
    let mut due = None;
    for word in input.split_whitespace() {
        if let Some(o) = word.strip_prefix('@').filter(|o| !o.is_empty()) {
            if owner.replace(o.to_string()).is_some() {
                return Err(format!("{input:?}: name one owner (@MEMBER) per next step"));
            }
        } else if let Some(d) = word.strip_prefix("due:") {
            if d.is_empty() {
                return Err(format!("{input:?}: expected a date after due: (due:fri, due:2026-12-01)"));
            }
            if due.replace(d.to_string()).is_some() {
                return Err(format!("{input:?}: give one due:DATE per next step"));
            }
        } else {
            text.push(word);
        }
    }
    if text.is_empty() {
        return Err(format!("{input:?}: expected TEXT [@MEMBER] [due:DATE], the text is missing"));
    }
    Ok(TypedNextStep { text: text.join(" "), owner, due })
}

/// Reads `"MEMBER: TEXT"` into the member reference and the text.
pub fn parse_takeaway(input: &str) -> Result<(String, String), String> {
    let expected = || format!("{input:?}: expected MEMBER: TEXT");
    let (member, text) = input.split_once(':').ok_or_else(expected)?;
    match (tidy(member), tidy(text)) {
        (Some(m), Some(t)) => Ok((m, t)),
        _ => Err(expected()),
    }
}

fn looks_like_url(word: &str) -> bool {
    word.contains("://") || word.starts_with("www.") || word.starts_with("mailto:")
}

/// Reads `"TITLE [URL]"`: a last word that looks like a link (`https://...`, `www....`,
/// optionally in `<>`, `()` or `[]`) is the URL; a bare link is its own title. A `www.`
/// address gets `https://` in front, so that it is a link a calendar or browser opens.
pub fn parse_resource(input: &str) -> Result<SuggestedResource, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err("expected TITLE [URL], got nothing".into());
    }
    let (head, last) = match trimmed.rsplit_once(char::is_whitespace) {
        Some((h, l)) => (h.trim(), l),
        None => ("", trimmed),
    };
    let bare = last.trim_matches(|c| matches!(c, '<' | '>' | '(' | ')' | '[' | ']'));
    if looks_like_url(bare) {
        let title = if head.is_empty() { bare } else { head };
        let url = if bare.starts_with("www.") { format!("https://{bare}") } else { bare.to_string() };
        return Ok(SuggestedResource { id: None, title: title.to_string(), url: Some(url) });
    }
    Ok(SuggestedResource { id: None, title: trimmed.to_string(), url: None })
}

/// Shares `total` minutes among the seven steps by their weights, the idea step longest.
///
/// Every step gets at least one minute and the boxes add up to `total` exactly, so
/// `total` must be at least [`STEPS`]; smaller totals are clamped up to it.
pub fn time_boxes(total: u32) -> [u32; STEPS] {
    let total = total.max(STEPS as u32);
    // The weighted shares by largest remainder; on a tie the heavier step, then the earlier.
    let weight_sum: u32 = WEIGHTS.iter().sum();
    let mut boxes = [0u32; STEPS];
    let mut remainders = [(0u32, 0usize); STEPS];
    for (i, w) in WEIGHTS.iter().enumerate() {
        // In u64: a stored length (from an imported file) may be any u32, and
        // total * weight would overflow. The share is at most total, so it fits back.
        let share = u64::from(total) * u64::from(*w);
        boxes[i] = u32::try_from(share / u64::from(weight_sum)).unwrap_or(total);
        remainders[i] = ((share % u64::from(weight_sum)) as u32, i);
    }
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(WEIGHTS[b.1].cmp(&WEIGHTS[a.1])).then(a.1.cmp(&b.1)));
    let given: u32 = boxes.iter().sum();
    for &(_, i) in remainders.iter().take((total - given) as usize) {
        boxes[i] += 1;
    }
    // Then every step at least a minute, taken from the longest box.
    while let Some(empty) = boxes.iter().position(|&b| b == 0) {
        let longest = (0..STEPS).max_by_key(|&i| (boxes[i], i != IDEA_STEP)).unwrap_or(IDEA_STEP);
        boxes[longest] -= 1;
        boxes[empty] += 1;
    }
    boxes
}

#[cfg(test)]
mod tests;
