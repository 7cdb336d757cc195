//! Unit and property tests of the parent module, kept apart so the module reads in one sitting.

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
    for bad in ["harmless\u{1b}]52;c;Y3VybA==\u{7}", "over\rdrawn", "bell\u{7}", "nul\u{0}", "c1\u{9b}2J"] {
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
