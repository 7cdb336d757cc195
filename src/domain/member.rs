//! Members of the community and the rules their fields follow.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday};
use serde::{Deserialize, Serialize};

use super::rules::{EMAIL_MAX, Rule, optional};
use super::time::{parse_clock, parse_weekday};

/// The rules of a member's fields (see [`super::rules`]).
pub const NAME: Rule = Rule::Title;
pub const EMAIL: Rule = Rule::Email;
pub const REGION: Rule = Rule::Line;
pub const TIMEZONE: Rule = Rule::Timezone;
pub const NOTE: Rule = Rule::Text;
pub const ROLE: Rule = Rule::OneOf(&["member", "core", "trainer", "guest"]);
pub const STATUS: Rule = Rule::OneOf(&["active", "archived"]);
/// How a tag attaches to a member (`member_tags.kind`).
pub const TAG_KIND: Rule = Rule::OneOf(&["interest", "need", "expertise"]);
/// A weekly window: the day (0 = Monday) and its minutes from local midnight.
pub const WEEKDAY: Rule = Rule::Range(0, 6);
pub const WINDOW_START: Rule = Rule::Range(0, 24 * 60 - 1);
pub const WINDOW_END: Rule = Rule::Range(1, 24 * 60);

/// What part a member plays: most are `member`; the `core` group forms first;
/// the external `trainer` trains and coaches them; `guest`s visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Member,
    Core,
    Trainer,
    Guest,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Member, Role::Core, Role::Trainer, Role::Guest];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Core => "core",
            Role::Trainer => "trainer",
            Role::Guest => "guest",
        }
    }

    pub fn parse(s: &str) -> Result<Role, String> {
        let lower = s.trim().to_lowercase();
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == lower)
            .ok_or_else(|| format!("role {s:?}: expected member, core, trainer or guest"))
    }
}

/// Archived members keep their history but are never offered for anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Active,
    Archived,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Archived => "archived",
        }
    }

    pub fn parse(s: &str) -> Result<Status, String> {
        match s.trim().to_lowercase().as_str() {
            "active" => Ok(Status::Active),
            "archived" => Ok(Status::Archived),
            _ => Err(format!("status {s:?}: expected active or archived")),
        }
    }
}

/// One weekly window in which a member is free, in the member's own time zone:
/// `fri 12:00-13:00`. Minutes count from local midnight; `24:00` may end a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Availability {
    pub weekday: Weekday,
    pub start_minute: u32,
    pub end_minute: u32,
}

impl Availability {
    /// Checks a window as stored: a weekday and minutes within the day, ending after it starts.
    pub fn check_stored(weekday: i64, start: i64, end: i64) -> Result<(), (&'static str, String)> {
        WEEKDAY.check_int(weekday).map_err(|e| ("weekday", e))?;
        WINDOW_START.check_int(start).map_err(|e| ("start_minute", e))?;
        WINDOW_END.check_int(end).map_err(|e| ("end_minute", e))?;
        if end <= start {
            return Err(("end_minute", format!("must be after start_minute {start}, got {end}")));
        }
        Ok(())
    }

    pub fn parse(s: &str) -> Result<Availability, String> {
        let expected =
            || format!("availability {s:?}: expected a weekday and a window, like \"fri 12:00-13:00\"");
        let (day, window) = s.trim().split_once(char::is_whitespace).ok_or_else(expected)?;
        let weekday = parse_weekday(day).ok_or_else(expected)?;
        let (from, to) = window.trim().split_once('-').ok_or_else(expected)?;
        let start = parse_clock(from).ok_or_else(expected)?;
        let end_minute =
            if to.trim() == "24:00" { 24 * 60 } else { minutes(parse_clock(to).ok_or_else(expected)?) };
        let start_minute = minutes(start);
        if end_minute <= start_minute {
            return Err(format!("availability {s:?}: the window must end after it starts"));
        }
        Ok(Availability { weekday, start_minute, end_minute })
    }

    /// Whether the window holds the whole stretch `[start, start + len)` on `weekday`.
    pub fn covers(&self, weekday: Weekday, start_minute: u32, len_minutes: u32) -> bool {
        self.weekday == weekday
            && self.start_minute <= start_minute
            && start_minute + len_minutes <= self.end_minute
    }
}

fn minutes(t: NaiveTime) -> u32 {
    use chrono::Timelike;
    t.hour() * 60 + t.minute()
}

/// Windows travel as the text people type (`"fri 12:00-13:00"`).
impl Serialize for Availability {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Availability {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Availability::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl std::fmt::Display for Availability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let day = format!("{:?}", self.weekday).to_lowercase();
        write!(
            f,
            "{day} {:02}:{:02}-{:02}:{:02}",
            self.start_minute / 60,
            self.start_minute % 60,
            self.end_minute / 60,
            self.end_minute % 60
        )
    }
}

/// A member as shown and exported: their profile between the ids and the times.
/// Field names are the JSON contract (the profile's fields are inlined).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: i64,
    pub uuid: String,
    #[serde(flatten)]
    pub profile: Profile,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a member tells the community about themselves: the fields `add` takes, `edit`
/// changes and a roster imports. Tags are kept sorted and unique so two profiles compare
/// equal when they say the same.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Profile {
    pub name: String,
    pub email: Option<String>,
    pub role: Role,
    pub status: Status,
    pub region: Option<String>,
    pub timezone: Option<String>,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub expertise: Vec<String>,
    pub availability: Vec<Availability>,
    pub facilitator: bool,
    pub joined_on: Option<NaiveDate>,
    pub note: Option<String>,
}

impl Profile {
    pub fn tags(&self, kind: TagKind) -> &Vec<String> {
        match kind {
            TagKind::Interest => &self.interests,
            TagKind::Need => &self.needs,
            TagKind::Expertise => &self.expertise,
        }
    }

    pub fn tags_mut(&mut self, kind: TagKind) -> &mut Vec<String> {
        match kind {
            TagKind::Interest => &mut self.interests,
            TagKind::Need => &mut self.needs,
            TagKind::Expertise => &mut self.expertise,
        }
    }

    /// Checks every field against the record rules, as every way in must before a
    /// profile is stored; the error starts with the field's name.
    pub fn check(&self) -> Result<(), String> {
        let text = |name: &str, rule: Rule, v: Option<&str>| match v {
            Some(v) => rule.check_text(v).map_err(|e| format!("{name}: {e}")),
            None => Ok(()),
        };
        text("name", NAME, Some(&self.name))?;
        text("email", EMAIL, self.email.as_deref())?;
        text("region", REGION, self.region.as_deref())?;
        text("timezone", TIMEZONE, self.timezone.as_deref())?;
        text("note", NOTE, self.note.as_deref())?;
        for kind in TagKind::ALL {
            for t in self.tags(kind) {
                text(kind.as_str(), Rule::Tag, Some(t))?;
            }
        }
        if let Some(d) = self.joined_on {
            text("joined", Rule::Day, Some(&d.to_string()))?;
        }
        Ok(())
    }

    /// Sorts and de-duplicates the lists, and turns blank optional text into none.
    pub fn tidy(&mut self) {
        for kind in TagKind::ALL {
            let tags = self.tags_mut(kind);
            tags.sort();
            tags.dedup();
        }
        self.availability.sort_by_key(|a| (a.weekday.num_days_from_monday(), a.start_minute, a.end_minute));
        self.availability.dedup();
        for field in [&mut self.region, &mut self.note, &mut self.email, &mut self.timezone] {
            if field.as_deref().is_some_and(|s| s.trim().is_empty()) {
                *field = None;
            }
        }
    }
}

/// The three ways a tag attaches to a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagKind {
    Interest,
    Need,
    Expertise,
}

impl TagKind {
    pub const ALL: [TagKind; 3] = [TagKind::Interest, TagKind::Need, TagKind::Expertise];

    pub fn as_str(self) -> &'static str {
        match self {
            TagKind::Interest => "interest",
            TagKind::Need => "need",
            TagKind::Expertise => "expertise",
        }
    }
}

/// Validates a member's name: not blank, one line.
pub fn check_name(name: &str) -> Result<String, String> {
    let name = name.trim();
    NAME.check_text(name).map_err(|e| format!("name {e}"))?;
    Ok(name.to_string())
}

/// Validates optional one-line text of a member (the region): trimmed, `None` when blank.
pub fn check_region(region: &str) -> Result<Option<String>, String> {
    optional(region, REGION)
}

/// Validates a member's note: free text, trimmed, `None` when blank.
pub fn check_note(note: &str) -> Result<Option<String>, String> {
    optional(note, NOTE)
}

/// Validates an email address loosely (one `@`, a dotted domain, no spaces) and lower-cases it,
/// since addresses are matched without regard to case.
pub fn check_email(email: &str) -> Result<String, String> {
    let e = email.trim();
    let bad = || format!("email {email:?}: expected an address like ana@example.org");
    let (local, domain) = e.split_once('@').ok_or_else(bad)?;
    if local.is_empty()
        || domain.contains('@')
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
        || e.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(bad());
    }
    if e.chars().count() > EMAIL_MAX {
        return Err(format!("email: must be at most {EMAIL_MAX} characters"));
    }
    Ok(e.to_lowercase())
}

/// Validates an IANA time zone name such as `America/Chicago`.
pub fn check_timezone(tz: &str) -> Result<String, String> {
    let tz = tz.trim();
    super::time::parse_zone(tz)
        .map(|z| z.name().to_string())
        .ok_or_else(|| format!("timezone {tz:?}: expected an IANA zone name like America/Chicago"))
}

/// A name as MEMBER matches it: lower case, accents and other marks dropped after
/// compatibility decomposition (NFKD), so `maria` finds `María` and `ﬁ` reads `fi`.
pub fn fold(text: &str) -> String {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let bare = |s: &str| s.nfkd().filter(|c| !is_combining_mark(*c)).collect::<String>();
    // Lower case comes between: a decomposition may hold capitals (℡ is TEL), and a
    // lower case may hold a mark (İ is i and a dot above).
    bare(&bare(text).to_lowercase()).trim().to_string()
}

/// Whether a folded name has a word that starts with the folded `reference`, the
/// reference running on past that word if it likes: `aiko` and `sato, ai` both find
/// `sato, aiko`. A word starts the name or follows a character that is neither a
/// letter nor a digit.
pub fn word_starts_with(folded_name: &str, reference: &str) -> bool {
    if reference.is_empty() {
        return false;
    }
    let mut prev: Option<char> = None;
    for (i, c) in folded_name.char_indices() {
        if prev.is_none_or(|p| !p.is_alphanumeric()) && folded_name[i..].starts_with(reference) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// The warning for a new member (`new`, once it has an id) named as members already are
/// (`ids`), or `None`.
pub fn same_name_warning(name: &str, ids: &[i64], new: Option<i64>) -> Option<String> {
    let new = new.map_or("NEW".to_string(), |id| id.to_string());
    let list: Vec<String> = ids.iter().take(5).map(|id| id.to_string()).collect();
    let more = if ids.len() > 5 { ", ..." } else { "" };
    match ids {
        [] => None,
        [one] => Some(format!(
            "member {one} is also named {name:?}: if they are one person, `cop members merge {one} {new}` joins them"
        )),
        _ => Some(format!(
            "members {}{more} are also named {name:?}: use an id or email to tell them apart",
            list.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_fold_case_and_accents_and_match_at_any_word() {
        assert_eq!(fold("  María LÓPEZ "), "maria lopez");
        assert_eq!(fold("Zoë Ångström"), "zoe angstrom");
        assert_eq!(fold("İpek"), "ipek");
        assert_eq!(fold("ﬁona"), "fiona");
        assert_eq!(fold("Straße"), "straße", "ß has no decomposition");
        let sato = fold("Sato, Aiko");
        assert!(word_starts_with(&sato, "aiko"));
        assert!(word_starts_with(&sato, "sato, ai"));
        assert!(!word_starts_with(&sato, "iko"));
        assert!(word_starts_with(&fold("Jean-Luc Picard"), "luc"));
        assert!(!word_starts_with(&sato, ""));
        assert!(same_name_warning("Ana", &[], Some(4)).is_none());
        assert!(same_name_warning("Ana", &[3], Some(4)).unwrap().contains("members merge 3 4"));
        assert!(same_name_warning("Ana", &[3], None).unwrap().contains("members merge 3 NEW"));
    }

    #[test]
    fn availability_reads_and_prints_the_same() {
        let a = Availability::parse("Friday 12:00-13:30").unwrap();
        assert_eq!(a.to_string(), "fri 12:00-13:30");
        assert!(a.covers(Weekday::Fri, 12 * 60, 60));
        assert!(!a.covers(Weekday::Fri, 13 * 60, 60));
        assert_eq!(Availability::parse("sun 20:00-24:00").unwrap().end_minute, 1440);
    }

    #[test]
    fn bad_availability_is_refused() {
        for bad in ["fri", "fri 12:00", "xyz 12:00-13:00", "fri 13:00-12:00", "fri 25:00-26:00", ""] {
            assert!(Availability::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn emails_are_checked_and_lowercased() {
        assert_eq!(check_email(" Ana@Example.ORG ").unwrap(), "ana@example.org");
        for bad in ["ana", "ana@", "@x.org", "ana@x", "a b@x.org", "a@b@c.org", "a@.org"] {
            assert!(check_email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn names_and_roles_and_zones() {
        assert!(check_name("  ").is_err());
        assert!(check_name("a\nb").is_err());
        assert_eq!(Role::parse("Core").unwrap(), Role::Core);
        assert!(Role::parse("boss").is_err());
        assert_eq!(check_timezone("America/Chicago").unwrap(), "America/Chicago");
        assert!(check_timezone("Mars/Base").is_err());
    }

    proptest! {
        #[test]
        fn any_valid_window_round_trips(d in 0u32..7, s in 0u32..1439, len in 1u32..600) {
            let end = (s + len).min(1440);
            prop_assume!(end > s);
            let day = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][d as usize];
            let text = format!("{day} {:02}:{:02}-{:02}:{:02}", s / 60, s % 60, end / 60, end % 60);
            let a = Availability::parse(&text).unwrap();
            prop_assert_eq!(a.to_string(), text);
        }

        #[test]
        fn arbitrary_text_is_checked_without_panicking(s in "\\PC{0,30}|[a-z]{3} [0-9:]{0,6}-[0-9:]{0,6}") {
            if let Ok(a) = Availability::parse(&s) {
                prop_assert!(a.start_minute < a.end_minute && a.end_minute <= 24 * 60);
                prop_assert_eq!(Availability::parse(&a.to_string()), Ok(a));
            }
            if let Ok(e) = check_email(&s) {
                prop_assert_eq!(check_email(&e), Ok(e.clone()));
            }
            let _ = check_timezone(&s);
            let _ = Role::parse(&s);
            let _ = Status::parse(&s);
        }

        /// A name is kept exactly as typed, trimmed: quotes, semicolons, `%`, `_`, emoji,
        /// right-to-left text and combining marks are ordinary characters.
        #[test]
        fn folding_never_panics_and_a_name_matches_itself(name in "\\PC{0,20}") {
            let f = fold(&name);
            prop_assert_eq!(fold(&f), f.clone(), "folding twice changes nothing");
            prop_assert!(f.is_empty() || word_starts_with(&f, &f));
        }

        #[test]
        fn any_one_line_name_is_kept_exactly(name in "[^\\p{Cc}]{0,20}") {
            match check_name(&name) {
                Ok(kept) => prop_assert_eq!(kept, name.trim()),
                Err(_) => prop_assert!(name.trim().is_empty()),
            }
            let with_newline = format!("a{name}\nx");
            prop_assert!(check_name(&with_newline).is_err());
        }
    }
}
