//! Keeping spreadsheet cells from being read as formulas (CSV injection, as OWASP
//! describes it): a member named `=HYPERLINK(...)` or `+cmd|'/c calc'!A0` must reach a
//! spreadsheet as text, and come back from `members import` as the same text.
//!
//! [`protect`] puts a `'` before a cell a spreadsheet would take for a formula; to keep
//! that reversible it also does so before a cell that already begins with `'`s followed
//! by such a character. [`strip`] takes exactly that one `'` away again, so
//! `strip(protect(s)) == s` for every text.

/// The characters that make a spreadsheet read a cell as a formula (or, for tab and
/// carriage return, that some spreadsheets skip before looking for one).
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A plain negative number (`-3`, `-0.5`): a spreadsheet reads it as the number it is,
/// never as a formula, so a count or a change in a report stays a number.
fn is_negative_number(s: &str) -> bool {
    let Some(digits) = s.strip_prefix('-') else { return false };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// Whether `s` after its leading `'`s begins with a formula character.
fn quoted_trigger(s: &str) -> bool {
    s.trim_start_matches('\'').starts_with(TRIGGERS)
}

/// The cell as a spreadsheet should receive it: `'` first when it would otherwise be a
/// formula, or when it already begins with `'`s and then a formula character.
pub fn protect(s: &str) -> std::borrow::Cow<'_, str> {
    let guard = if s.starts_with('\'') {
        quoted_trigger(s)
    } else {
        s.starts_with(TRIGGERS) && !is_negative_number(s)
    };
    if guard { format!("'{s}").into() } else { s.into() }
}

/// The cell as it was before [`protect`]: one leading `'` dropped when what follows the
/// leading `'`s is a formula character; anything else is kept exactly.
pub fn strip(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if quoted_trigger(rest) => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formula_cells_get_one_quote_and_lose_it_again() {
        for (plain, guarded) in [
            ("=1+1", "'=1+1"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''@a", "'''@a"),
            ("-", "'-"),
            ("-3x", "'-3x"),
            ("'-3", "''-3"),
        ] {
            assert_eq!(protect(plain), guarded, "{plain:?}");
            assert_eq!(strip(guarded), plain, "{guarded:?}");
        }
    }

    #[test]
    fn other_cells_and_negative_numbers_stay_as_they_are() {
        for s in ["Ana", "", "'", "'x", "''", "a=b", " =x", "-3", "-0.5", "-12345678901234567890", "3"] {
            assert_eq!(protect(s), s, "{s:?}");
            assert_eq!(strip(s), s, "{s:?}");
        }
        for s in ["-.5", "-5.", "-1e3", "--3"] {
            assert_eq!(protect(s), format!("'{s}"), "{s:?} is no plain number");
        }
    }

    proptest! {
        #[test]
        fn strip_undoes_protect(s in prop_oneof!["\\PC{0,12}", "['=+@\t\r0-9.-]{0,8}", "'{0,3}[=+@\t\r-]\\PC{0,4}"]) {
            let guarded = protect(&s);
            prop_assert_eq!(strip(&guarded), s.as_str());
        }

        #[test]
        fn a_protected_cell_never_starts_a_formula(s in prop_oneof!["\\PC{0,12}", "['=+@\t\r0-9.-]{0,8}"]) {
            let p = protect(&s);
            prop_assert!(!p.starts_with(TRIGGERS) || is_negative_number(&p));
        }
    }
}
