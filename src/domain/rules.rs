//! The rules every stored value keeps, in one place: lengths, ranges, allowed
//! characters, fixed words, dates and identifiers.
//!
//! Each field of each record names one [`Rule`] (the record modules hold the named ones:
//! `session::MINUTES`, `popup::MAX`, ...). Every way into the database applies them: the
//! command line and its prompts through the record modules' `check_*` functions,
//! `members import`, `cop import` and `assist log --from`; and `cop doctor` runs the same
//! rules over every stored row. So a value that one way refuses cannot arrive by another,
//! and a database damaged by an older `cop` or by hand is found row by row.
//!
//! The bounds leave room for the arithmetic done on stored values (a position plus one,
//! minutes added to a start) and keep every moment within the four-digit years that
//! RFC 3339 and `YYYY-MM-DD` can write and read back.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::time::YEARS;

/// The most characters of one line of text: names, titles, places, a challenge.
pub const LINE_MAX: usize = 500;
/// The most characters of free text: notes, descriptions, the answers of an assist's
/// steps. 16,000 characters are about eight pages, and at most 64,000 bytes of UTF-8:
/// a note always fits the 64 KiB a cell of a members sheet may hold.
pub const TEXT_MAX: usize = 16_000;
/// The most characters of a tag or an alias.
pub const TAG_MAX: usize = 100;
/// The most characters of an email address (the limit RFC 5321 sets on a path).
pub const EMAIL_MAX: usize = 254;
/// The most characters of a link.
pub const URL_MAX: usize = 2_048;
/// The highest position (agenda, waitlist, notes), calendar `SEQUENCE` and pairing group:
/// RFC 5545 makes SEQUENCE a 32-bit INTEGER, and one more than any of them fits an `i64`.
pub const COUNTER_MAX: i64 = i32::MAX as i64;
/// The most places a session or a popup may offer.
pub const PLACES_MAX: i64 = 100_000;
/// The schemes a link may use: the web and mail. `javascript:`, `data:` and `file:`
/// links would run or open something on the machine of whoever follows them.
pub const URL_SCHEMES: [&str; 3] = ["https", "http", "mailto"];

/// The community's own name (`cop init --name`).
pub const COMMUNITY_NAME: Rule = Rule::Title;
/// The community's time zone (`cop init --timezone`): an IANA name.
pub const COMMUNITY_TIMEZONE: Rule = Rule::Timezone;

/// What one field may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// One line, not blank: a name, a title, a challenge, an agenda item.
    Title,
    /// One line, possibly blank: a region, a place, a trainer, a reason.
    Line,
    /// Free text, not blank: a note of a step, a takeaway, a next step.
    Note,
    /// Free text, possibly blank: a member's note, a description, a situation.
    Text,
    /// A tag or an alias, in its normal form (`social-media`).
    Tag,
    /// An email address, trimmed and lower case.
    Email,
    /// An IANA time zone name (`America/Chicago`).
    Timezone,
    /// An `https`, `http` or `mailto` link.
    Url,
    /// A UUID in its usual form: lower case, with hyphens.
    Uuid,
    /// A whole number from the first to the second, both included.
    Range(i64, i64),
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// An RFC 3339 moment in the years 1 to 9999.
    Moment,
    /// A `YYYY-MM-DD` day in the years 1 to 9999.
    Day,
    /// True or false, stored as 1 or 0.
    Flag,
    /// Any value (a random seed, an id).
    Any,
}

/// A stored or incoming value, as the rules see it (free of any database type).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Blob,
}

impl Rule {
    /// Checks a value; `Null` passes (whether a field may be empty is its column's
    /// business). The message says what was expected and what came.
    pub fn check(self, v: Value<'_>) -> Result<(), String> {
        match (self, v) {
            (_, Value::Null) | (Rule::Any, _) => Ok(()),
            (Rule::Range(lo, hi), Value::Int(n)) => in_range(n, lo, hi),
            (Rule::Flag, Value::Int(0 | 1)) => Ok(()),
            (Rule::Flag, Value::Int(n)) => Err(format!("must be true or false (1 or 0), got {n}")),
            (Rule::Range(..) | Rule::Flag, other) => {
                Err(format!("must be a whole number, got {}", shown(other)))
            }
            (rule, Value::Text(s)) => rule.check_text(s),
            (_, other) => Err(format!("must be text, got {}", shown(other))),
        }
    }

    /// Checks a text value.
    pub fn check_text(self, s: &str) -> Result<(), String> {
        match self {
            Rule::Title => not_blank(s).and_then(|()| one_line(s, LINE_MAX)),
            Rule::Line => one_line(s, LINE_MAX),
            Rule::Note => not_blank(s).and_then(|()| free_text(s)),
            Rule::Text => free_text(s),
            Rule::Tag => tag(s),
            Rule::Email => canonical(s, super::member::check_email(s), "an address like ana@example.org"),
            Rule::Timezone => {
                canonical(s, super::member::check_timezone(s), "an IANA zone name like America/Chicago")
            }
            Rule::Url => url(s),
            Rule::Uuid => uuid(s),
            Rule::OneOf(words) => {
                if words.contains(&s) {
                    Ok(())
                } else {
                    Err(format!("must be {}, got {}", one_of(words), shown_text(s)))
                }
            }
            Rule::Moment => moment(s).map(|_| ()),
            Rule::Day => day(s).map(|_| ()),
            Rule::Range(..) | Rule::Flag => Err(format!("must be a whole number, got {}", shown_text(s))),
            Rule::Any => Ok(()),
        }
    }

    /// Checks a whole number held in a narrower type (`u32` minutes, `u8` steps).
    pub fn check_int(self, n: impl Into<i64>) -> Result<(), String> {
        self.check(Value::Int(n.into()))
    }

    /// Reads a whole number typed for this rule (`--minutes 90`): `+` and spaces around
    /// it are allowed; text or a number out of range is refused with the range.
    pub fn read_int(self, typed: &str) -> Result<i64, String> {
        let t = typed.trim();
        let digits = t.strip_prefix('+').unwrap_or(t);
        let n = match digits.parse::<i64>() {
            Ok(n) => n,
            Err(_)
                if !digits.is_empty()
                    && digits.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) =>
            {
                // More digits than any i64: out of every range.
                return Err(match self {
                    Rule::Range(lo, hi) => format!("must be {lo} to {hi}, got {t}"),
                    _ => format!("expected a whole number, got {typed:?}"),
                });
            }
            Err(_) => return Err(self.expected_number(typed)),
        };
        self.check(Value::Int(n)).map(|()| n)
    }

    /// Brings a stored number into this rule's range (a range's nearest end; any other
    /// rule leaves it), so a read of a damaged row still shows the record.
    pub fn clamp(self, n: i64) -> i64 {
        match self {
            Rule::Range(lo, hi) => n.clamp(lo, hi),
            _ => n,
        }
    }

    fn expected_number(self, typed: &str) -> String {
        match self {
            Rule::Range(lo, hi) => format!("expected a whole number from {lo} to {hi}, got {typed:?}"),
            _ => format!("expected a whole number, got {typed:?}"),
        }
    }
}

/// Trims optional text (a flag where an empty value clears the field) and checks it
/// against `rule`; `None` when nothing is left.
pub fn optional(text: &str, rule: Rule) -> Result<Option<String>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    rule.check_text(t)?;
    Ok(Some(t.to_string()))
}

fn in_range(n: i64, lo: i64, hi: i64) -> Result<(), String> {
    if (lo..=hi).contains(&n) { Ok(()) } else { Err(format!("must be {lo} to {hi}, got {n}")) }
}

fn one_of(words: &[&str]) -> String {
    match words {
        [] => "nothing".into(),
        [one] => (*one).into(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// A value for a message: text quoted with its control characters escaped (so the
/// message itself is safe on a terminal), cut to a readable length.
fn shown(v: Value<'_>) -> String {
    match v {
        Value::Null => "nothing".into(),
        Value::Int(n) => n.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => shown_text(s),
        Value::Blob => "binary data".into(),
    }
}

/// Text for a message, as [`shown`] gives it.
pub fn shown_text(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        format!("{s:?}")
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head:?}...")
    }
}

fn not_blank(s: &str) -> Result<(), String> {
    if s.trim().is_empty() { Err("must not be empty".into()) } else { Ok(()) }
}

fn length(s: &str, max: usize) -> Result<(), String> {
    // Bytes bound characters from above: most values need no count.
    if s.len() <= max {
        return Ok(());
    }
    let n = s.chars().count();
    if n <= max { Ok(()) } else { Err(format!("must be at most {max} characters, got {n}")) }
}

/// Whether a character breaks a line or controls a terminal: C0 and C1 controls, DEL,
/// and the Unicode line and paragraph separators.
pub fn breaks_line(c: char) -> bool {
    c.is_control() || c == '\u{2028}' || c == '\u{2029}'
}

/// One line: no control character (CR, LF, tab and ESC included) and no line separator.
fn one_line(s: &str, max: usize) -> Result<(), String> {
    length(s, max)?;
    match s.chars().find(|&c| breaks_line(c)) {
        Some(c) => Err(format!(
            "must be one line without control characters, got {} in {}",
            escaped(c),
            shown_text(s)
        )),
        None => Ok(()),
    }
}

/// Free text: lines broken by LF or CRLF, tabs, and no other control character (no ESC,
/// no lone CR that would draw over a line on a terminal).
fn free_text(s: &str) -> Result<(), String> {
    length(s, TEXT_MAX)?;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            c => !c.is_control(),
        };
        if !allowed {
            return Err(format!(
                "must be text without control characters (line breaks and tabs are fine), got {} in {}",
                escaped(c),
                shown_text(s)
            ));
        }
    }
    Ok(())
}

/// Free text with every character [`Rule::Text`] refuses written out as `\u{1b}`, so a
/// typed answer holding a pasted terminal escape is kept, visibly, instead of refused:
/// nothing typed into a walk is lost. Text that is fine comes back borrowed.
pub fn written_out(s: &str) -> std::borrow::Cow<'_, str> {
    if free_text(s).is_ok() || s.chars().count() > TEXT_MAX {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c if c.is_control() => out.push_str(&escaped(c)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A character as `\u{1b}`, for a message.
fn escaped(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

fn canonical(s: &str, checked: Result<String, String>, expected: &str) -> Result<(), String> {
    match checked {
        Ok(c) if c == s => Ok(()),
        Ok(c) => Err(format!("must be written {c:?}, got {}", shown_text(s))),
        Err(_) => Err(format!("must be {expected}, got {}", shown_text(s))),
    }
}

fn tag(s: &str) -> Result<(), String> {
    match super::tag::normalize(s) {
        Ok(t) if t == s => Ok(()),
        Ok(t) => Err(format!("must be a tag in its normal form ({t:?}), got {}", shown_text(s))),
        Err(e) => Err(e),
    }
}

/// Checks a link: at most [`URL_MAX`] characters, no spaces, controls or bidi
/// overrides (the `url` crate would drop or encode some silently), a scheme of
/// [`URL_SCHEMES`], and a host for web links.
pub fn url(s: &str) -> Result<(), String> {
    length(s, URL_MAX)?;
    if let Some(c) = s.chars().find(|&c| c.is_whitespace() || c.is_control() || is_bidi_control(c)) {
        return Err(format!(
            "must be a link without spaces or control characters, got {} in {}",
            escaped(c),
            shown_text(s)
        ));
    }
    let parsed = ::url::Url::parse(s)
        .map_err(|e| format!("must be a link like https://example.org, got {} ({e})", shown_text(s)))?;
    let scheme = parsed.scheme();
    if !URL_SCHEMES.contains(&scheme) {
        return Err(format!("must be an https, http or mailto link, got a {scheme}: link"));
    }
    let empty = match scheme {
        "mailto" => parsed.path().is_empty(),
        _ => parsed.host_str().is_none_or(str::is_empty),
    };
    if empty {
        return Err(format!("must be a link to somewhere, got {}", shown_text(s)));
    }
    Ok(())
}

/// The bidirectional embeddings, overrides and isolates, which make text read in another
/// order than it is written.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Checks a UUID in the form `cop` writes: `0b7c6f1e-1111-4222-8333-444455556666`.
/// A record's local id as an export carries it (`None`: not a whole number that fits).
pub fn record_id(n: Option<i64>) -> Result<i64, String> {
    n.filter(|&i| i > 0).ok_or_else(|| "a whole number from 1 up".to_string())
}

pub fn uuid(s: &str) -> Result<(), String> {
    match ::uuid::Uuid::parse_str(s) {
        Ok(u) if u.hyphenated().to_string() == s => Ok(()),
        _ => Err(format!(
            "must be a UUID like 0b7c6f1e-1111-4222-8333-444455556666 (lower case, with hyphens), got {}",
            shown_text(s)
        )),
    }
}

fn years() -> String {
    format!("the years {} to {}", YEARS.start(), YEARS.end())
}

/// Reads an RFC 3339 moment within the years 1 to 9999 (in UTC).
pub fn moment(s: &str) -> Result<DateTime<Utc>, String> {
    let bad = || format!("must be an RFC 3339 time in {}, got {}", years(), shown_text(s));
    let t = DateTime::parse_from_rfc3339(s).map_err(|_| bad())?.with_timezone(&Utc);
    if YEARS.contains(&t.year()) { Ok(t) } else { Err(bad()) }
}

/// Reads a `YYYY-MM-DD` day within the years 1 to 9999, written with four digits.
pub fn day(s: &str) -> Result<NaiveDate, String> {
    let bad = || format!("must be a day as YYYY-MM-DD in {}, got {}", years(), shown_text(s));
    let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad())?;
    if YEARS.contains(&d.year()) && d.format("%Y-%m-%d").to_string() == s { Ok(d) } else { Err(bad()) }
}

/// The last moment a stored date can hold, which every session must end by.
pub fn last_moment() -> DateTime<Utc> {
    NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31)
        .and_then(|d| d.and_hms_opt(23, 59, 59))
        .map(|t| t.and_utc())
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests;
