//! Stored text made safe to show a person.
//!
//! Names, notes and titles arrive from other people's files (`members import`,
//! `cop import`, `assist log --from`), so any of them may hold bytes a terminal obeys:
//! an OSC 52 sequence that fills the clipboard, a CSI that clears the screen or moves
//! the cursor over the line before, a bidi override that shows text in another order
//! than it is stored. Wherever stored text reaches a person (tables, `show`, markdown,
//! prompts, messages and errors on stderr) it passes through [`visible`], which writes
//! each such character as the escape Rust's `{:?}` gives it (`\u{1b}`, `\r`), the same
//! escapes the error messages show when they quote a value. `json`, `jsonl`, `csv` and
//! `tsv` are for programs and keep the exact text.

use std::borrow::Cow;

/// Which layout characters a place can show as themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// One line (a prompt, a chart label): newline and tab are escaped too.
    Line,
    /// A table cell or a `show` value: several lines are fine, but a tab would shift the
    /// columns after it, since its width depends on where it lands.
    Lines,
    /// Free text (messages, markdown notes): newlines and tabs are kept.
    Text,
}

/// Whether `c` must be escaped in `layout`: C0 and C1 control characters and DEL
/// (except the layout's newline and tab), and the bidi embeddings, overrides and
/// isolates (U+202A..=U+202E, U+2066..=U+2069).
fn hidden(c: char, layout: Layout) -> bool {
    match c {
        '\n' => layout == Layout::Line,
        '\t' => layout != Layout::Text,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    }
}

/// Whether a UTF-8 byte can start a character [`hidden`] may escape: ASCII controls and
/// DEL, 0xC2 (U+0080..=U+00BF, holding C1) and 0xE2 (U+2000..=U+2FFF, holding the bidi
/// controls). Most text has none, and a byte scan is several times faster than decoding.
fn suspect(b: u8) -> bool {
    b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2
}

/// `text` as it may be shown to a person in `layout`: unchanged and not copied when it
/// holds nothing to escape (the usual case: a list of 100k members copies no cell).
pub fn visible(text: &str, layout: Layout) -> Cow<'_, str> {
    if !text.bytes().any(suspect) {
        return Cow::Borrowed(text);
    }
    let Some(first) = text.char_indices().find(|&(_, c)| hidden(c, layout)).map(|(i, _)| i) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if hidden(c, layout) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const LAYOUTS: [Layout; 3] = [Layout::Line, Layout::Lines, Layout::Text];

    /// What must never reach a person in `layout`, said apart from [`hidden`].
    fn forbidden(c: char, layout: Layout) -> bool {
        let allowed = match layout {
            Layout::Line => "",
            Layout::Lines => "\n",
            Layout::Text => "\n\t",
        };
        let code = u32::from(c);
        let control = code < 0x20 || (0x7f..=0x9f).contains(&code);
        let bidi = (0x202a..=0x202e).contains(&code) || (0x2066..=0x2069).contains(&code);
        (control && !allowed.contains(c)) || bidi
    }

    #[test]
    fn terminal_sequences_are_shown_not_obeyed() {
        let note = "harmless\x1b]52;c;Y3VybA==\x07\x1b]0;HACKED\x07";
        assert_eq!(visible(note, Layout::Text), "harmless\\u{1b}]52;c;Y3VybA==\\u{7}\\u{1b}]0;HACKED\\u{7}");
        assert_eq!(visible("r\x1b[2J", Layout::Lines), "r\\u{1b}[2J");
        assert_eq!(visible("\u{202e}gnp.exe\u{2069}", Layout::Line), "\\u{202e}gnp.exe\\u{2069}");
        assert_eq!(visible("a\u{85}b\x7fc\u{9b}", Layout::Line), "a\\u{85}b\\u{7f}c\\u{9b}");
    }

    #[test]
    fn the_escapes_are_those_of_the_error_messages() {
        let name = "Ana\x1b[31m\r\u{202d}";
        assert_eq!(format!("\"{}\"", visible(name, Layout::Line)), format!("{name:?}"));
    }

    #[test]
    fn each_layout_keeps_only_its_own_newlines_and_tabs() {
        assert_eq!(visible("a\nb\tc", Layout::Line), "a\\nb\\tc");
        assert_eq!(visible("a\nb\tc", Layout::Lines), "a\nb\\tc");
        assert_eq!(visible("a\nb\tc", Layout::Text), "a\nb\tc");
        assert_eq!(visible("a\r\nb", Layout::Text), "a\\r\nb");
    }

    #[test]
    fn clean_text_is_not_copied() {
        for text in ["Ana Souza", "São Paulo – café", "漢字 🙂", "a\nb", "quote \" and \\u{1b}"] {
            assert!(matches!(visible(text, Layout::Text), Cow::Borrowed(_)), "{text:?}");
        }
        // U+2014 and U+00E9 share a lead byte with what is escaped, and are kept.
        assert!(matches!(visible("—é\u{2028}\u{200f}", Layout::Line), Cow::Borrowed(_)));
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('a'),
                Just('\n'),
                Just('\t'),
                Just('\r'),
                Just('\x1b'),
                Just('\x7f'),
                Just('\u{85}'),
                Just('\u{9f}'),
                Just('\u{a0}'),
                Just('\u{202a}'),
                Just('\u{202e}'),
                Just('\u{202f}'),
                Just('\u{2066}'),
                Just('\u{2069}'),
                Just('\u{2014}'),
                Just('é'),
                any::<char>(),
            ],
            0..24,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #[test]
        fn nothing_hidden_survives_and_clean_text_is_unchanged(s in text()) {
            for layout in LAYOUTS {
                let shown = visible(&s, layout);
                prop_assert!(!shown.chars().any(|c| forbidden(c, layout)), "{:?} -> {:?}", s, shown);
                if !s.chars().any(|c| forbidden(c, layout)) {
                    prop_assert!(matches!(shown, Cow::Borrowed(_)));
                    prop_assert_eq!(&*shown, &*s);
                }
                // Every character kept is the one stored, in order: only escapes are added.
                let kept: String = s.chars().filter(|&c| !forbidden(c, layout)).collect();
                let mut rest = shown.as_ref();
                for c in kept.chars() {
                    let at = rest.find(c);
                    prop_assert!(at.is_some(), "{:?} lost {:?}", s, c);
                    rest = &rest[at.unwrap_or(0) + c.len_utf8()..];
                }
            }
        }

        #[test]
        fn a_line_stays_one_line(s in text()) {
            prop_assert!(!visible(&s, Layout::Line).contains(['\n', '\r', '\t']));
        }
    }
}
