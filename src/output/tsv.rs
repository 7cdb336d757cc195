//! Tab-separated values as PostgreSQL's `COPY ... TO` writes them (its text format):
//! one record per line, fields split by a tab, and a tab, newline, carriage return or
//! backslash inside a field written `\t`, `\n`, `\r`, `\\`. So `cut -f`, `awk -F'\t'`
//! and `COPY ... FROM` read every record as one line, whatever its notes hold.

use std::borrow::Cow;
use std::io::{self, Write};

/// A field with its tabs, line breaks and backslashes escaped; most have none and are
/// not copied.
pub fn escape(field: &str) -> Cow<'_, str> {
    if !field.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r' | b'\\')) {
        return Cow::Borrowed(field);
    }
    let mut out = String::with_capacity(field.len() + 4);
    for c in field.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Writes one record and its newline.
pub fn write_record<S: AsRef<str>>(
    w: &mut impl Write,
    fields: impl IntoIterator<Item = S>,
) -> io::Result<()> {
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            w.write_all(b"\t")?;
        }
        w.write_all(escape(field.as_ref()).as_bytes())?;
    }
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// What `COPY ... FROM` does with a field (for the escapes [`escape`] writes).
    fn unescape(field: &str) -> String {
        let mut out = String::new();
        let mut chars = field.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        out
    }

    #[test]
    fn each_special_character_has_its_escape() {
        assert_eq!(escape("a\tb\nc\rd\\e"), "a\\tb\\nc\\rd\\\\e");
        assert!(matches!(escape("plain text, 'quoted'"), Cow::Borrowed(_)));
    }

    proptest! {
        #[test]
        fn records_are_one_line_and_read_back_exactly(fields in proptest::collection::vec("[a-z\t\n\r\\\\\"' ]{0,12}", 1..6)) {
            let mut out = Vec::new();
            write_record(&mut out, &fields).unwrap();
            let text = String::from_utf8(out).unwrap();
            prop_assert_eq!(text.matches('\n').count(), 1);
            prop_assert!(!text.contains('\r'));
            let back: Vec<String> = text.trim_end_matches('\n').split('\t').map(unescape).collect();
            prop_assert_eq!(back, fields);
        }
    }
}
