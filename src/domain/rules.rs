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
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ranges_name_both_ends_and_the_value() {
        let minutes = Rule::Range(1, 1440);
        assert_eq!(
            minutes.check(Value::Int(1_000_000_000_000_000)).unwrap_err(),
            "must be 1 to 1440, got 1000000000000000"
        );
        assert!(minutes.check(Value::Int(1440)).is_ok());
        assert!(minutes.check(Value::Int(0)).is_err());
        assert!(minutes.check(Value::Text("60")).unwrap_err().contains("whole number"));
        assert!(minutes.check(Value::Null).is_ok(), "whether a field may be empty is its column's business");
        assert!(Rule::Range(0, COUNTER_MAX).check(Value::Int(-1)).is_err());
        assert!(Rule::Range(0, COUNTER_MAX).check(Value::Int(i64::MAX)).is_err());
        assert!(Rule::Flag.check(Value::Int(2)).is_err());
        assert_eq!(minutes.clamp(1_000_000_000_000_000), 1440);
        assert_eq!(minutes.clamp(-5), 1);
        assert_eq!(Rule::Any.clamp(-5), -5);
    }

    #[test]
    fn typed_numbers_are_read_within_the_range() {
        let r = Rule::Range(1, 1440);
        assert_eq!(r.read_int(" +90 "), Ok(90));
        assert_eq!(
            r.read_int("99999999999999999999999").unwrap_err(),
            "must be 1 to 1440, got 99999999999999999999999"
        );
        assert!(r.read_int("-5").unwrap_err().contains("1 to 1440"));
        assert!(r.read_int("ninety").unwrap_err().contains("from 1 to 1440"));
        assert!(r.read_int("").is_err());
    }

    #[test]
    fn one_line_text_refuses_every_control_and_line_separator() {
        for bad in ["a\r\nb", "a\nb", "a\tb", "a\u{1b}[2Jb", "a\u{85}b", "a\u{2028}b", "a\u{7f}", "\u{0}"] {
            let e = Rule::Title.check_text(bad).unwrap_err();
            assert!(e.contains("one line"), "{bad:?}: {e}");
            assert!(!e.contains('\u{1b}') && !e.contains('\r'), "the message is safe to print: {e:?}");
        }
        assert!(Rule::Title.check_text("  ").unwrap_err().contains("empty"));
        assert!(Rule::Line.check_text("").is_ok());
        assert!(Rule::Title.check_text("عربي \u{202e}txet\u{202c} emoji 👩\u{200d}💻").is_ok());
        assert!(Rule::Title.check_text(&"é".repeat(LINE_MAX)).is_ok());
        assert_eq!(
            Rule::Title.check_text(&"é".repeat(LINE_MAX + 1)).unwrap_err(),
            "must be at most 500 characters, got 501"
        );
    }

    #[test]
    fn free_text_keeps_line_breaks_and_tabs_only() {
        assert!(Rule::Text.check_text("first\r\nsecond\nthird\tcolumn").is_ok());
        for bad in ["harmless\u{1b}]52;c;Y3VybA==\u{7}", "over\rdrawn", "bell\u{7}", "nul\u{0}", "c1\u{9b}2J"]
        {
            assert!(Rule::Text.check_text(bad).unwrap_err().contains("control"), "{bad:?}");
        }
        assert!(Rule::Note.check_text(" \n ").is_err());
        assert!(Rule::Text.check_text(&"x".repeat(TEXT_MAX + 1)).unwrap_err().contains("at most 16000"));
    }

    #[test]
    fn written_out_text_keeps_every_character_and_passes_the_rule() {
        let typed = "see\u{1b}[1A\u{1b}[2K here\r over\r\nnext\tcol";
        let kept = written_out(typed);
        assert_eq!(kept, "see\\u{1b}[1A\\u{1b}[2K here\\u{d} over\r\nnext\tcol");
        assert!(Rule::Text.check_text(&kept).is_ok());
        assert!(matches!(written_out("fine\nline"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn words_tags_emails_and_zones_must_be_in_their_stored_form() {
        let rsvp = Rule::OneOf(&["invited", "yes", "no", "maybe", "waitlist"]);
        assert!(rsvp.check_text("yes").is_ok());
        assert_eq!(
            rsvp.check_text("sure").unwrap_err(),
            "must be invited, yes, no, maybe or waitlist, got \"sure\""
        );
        assert!(Rule::Tag.check_text("social-media").is_ok());
        assert!(Rule::Tag.check_text("Social Media").unwrap_err().contains("\"social-media\""));
        assert!(Rule::Tag.check_text("bad\u{1b}[31m").is_err());
        assert!(Rule::Email.check_text("ana@example.org").is_ok());
        assert!(Rule::Email.check_text("Ana@Example.org").is_err());
        assert!(Rule::Timezone.check_text("America/Chicago").is_ok());
        assert!(Rule::Timezone.check_text("Mars/Base").is_err());
    }

    #[test]
    fn links_are_web_or_mail_and_clean() {
        for good in [
            "https://meet.example.org/x?a=1,b;c",
            "http://例え.jp/パス",
            "mailto:ana@example.org",
            "HTTPS://A.ORG",
        ] {
            assert!(url(good).is_ok(), "{good}");
        }
        for (bad, says) in [
            ("javascript:alert(1)", "javascript"),
            ("JavaScript:alert(1)", "javascript"),
            ("data:text/html,<script>", "data"),
            ("file:///etc/passwd", "file"),
            ("https://a.org/\u{b}x", "control"),
            ("https://a.org/\u{c}", "control"),
            ("https://a.org/\u{85}", "control"),
            ("https://a.org/\u{2028}", "control"),
            ("https://a.org/\u{202e}gpj.exe", "control"),
            ("https://a.org/ x", "spaces"),
            ("www.example.org", "like https://"),
            ("https://", "like https://"),
            ("mailto:", "somewhere"),
        ] {
            let e = url(bad).unwrap_err();
            assert!(e.contains(says), "{bad:?}: {e}");
        }
        assert!(url(&format!("https://a.org/{}", "x".repeat(URL_MAX))).unwrap_err().contains("at most"));
    }

    #[test]
    fn uuids_moments_and_days_keep_their_written_form() {
        assert!(uuid("0b7c6f1e-1111-4222-8333-444455556666").is_ok());
        for bad in [
            "0B7C6F1E-1111-4222-8333-444455556666",
            "0b7c6f1e111142228333444455556666",
            "{0b7c6f1e-1111-4222-8333-444455556666}",
            "x",
        ] {
            assert!(uuid(bad).is_err(), "{bad}");
        }
        assert!(moment("2026-11-24T16:00:00Z").is_ok());
        assert!(moment("9999-12-31T23:59:59Z").is_ok());
        assert!(moment("0000-06-01T00:00:00Z").unwrap_err().contains("years 1 to 9999"));
        assert!(moment("0001-01-01T00:30:00+01:00").is_err(), "year 0 in UTC");
        assert!(day("2026-12-01").is_ok());
        for bad in ["0000-01-01", "10000-01-01", "+2026-01-01", "2026-1-1", "2026-02-30"] {
            assert!(day(bad).is_err(), "{bad}");
        }
        assert_eq!(last_moment().to_rfc3339(), "9999-12-31T23:59:59+00:00");
    }

    proptest! {
        /// Every rule answers every value without panicking, and a refusal never carries
        /// a raw control character into the message.
        #[test]
        fn any_value_is_checked_without_panicking(s in "\\PC{0,40}|[\u{0}-\u{1f}\u{7f}-\u{9f}a-z:/.]{0,20}", n in any::<i64>()) {
            for rule in [Rule::Title, Rule::Line, Rule::Note, Rule::Text, Rule::Tag, Rule::Email, Rule::Timezone,
                         Rule::Url, Rule::Uuid, Rule::Range(1, 1440), Rule::OneOf(&["yes", "no"]), Rule::Moment,
                         Rule::Day, Rule::Flag, Rule::Any] {
                for v in [Value::Text(&s), Value::Int(n), Value::Real(n as f64), Value::Blob, Value::Null] {
                    if let Err(e) = rule.check(v) {
                        prop_assert!(!e.chars().any(char::is_control), "{:?}", e);
                    }
                }
                let _ = rule.read_int(&s);
            }
        }

        /// One line is exactly: not longer than the limit, no character that breaks a line.
        #[test]
        fn one_line_is_exactly_text_without_breaks(s in "\\PC{0,30}|[a\r\n\t\u{1b}\u{2028}]{0,6}") {
            let clean = !s.chars().any(breaks_line);
            prop_assert_eq!(Rule::Line.check_text(&s).is_ok(), clean);
            prop_assert_eq!(Rule::Title.check_text(&s).is_ok(), clean && !s.trim().is_empty());
        }

        /// Free text is exactly: no control character but LF, tab and the CR of a CRLF.
        #[test]
        fn free_text_allows_only_its_breaks(s in "[a\r\n\t\u{1b}\u{7}\u{85}]{0,8}") {
            let stripped = s.replace("\r\n", "");
            let clean = !stripped.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
            prop_assert_eq!(Rule::Text.check_text(&s).is_ok(), clean);
        }

        #[test]
        fn ranges_hold_exactly_their_numbers(lo in -5i64..5, len in 0i64..10, n in any::<i64>()) {
            let hi = lo + len;
            prop_assert_eq!(Rule::Range(lo, hi).check_int(n).is_ok(), (lo..=hi).contains(&n));
            if let Ok(read) = Rule::Range(lo, hi).read_int(&n.to_string()) {
                prop_assert_eq!(read, n);
            }
        }

        /// Every moment of the four-digit years is accepted in the form cop stores.
        #[test]
        fn stored_moments_and_days_pass(secs in -62_135_596_800i64..253_402_300_799) {
            let t = DateTime::from_timestamp(secs, 0).unwrap();
            prop_assert!(moment(&t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)).is_ok());
            prop_assert!(day(&t.date_naive().to_string()).is_ok());
        }

        #[test]
        fn generated_uuids_pass(bytes in any::<[u8; 16]>()) {
            prop_assert!(uuid(&::uuid::Uuid::from_bytes(bytes).to_string()).is_ok());
        }
    }
}
