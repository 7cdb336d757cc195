//! Tags: the shared vocabulary of interests, needs, expertise and topics.

use super::rules::{TAG_MAX, breaks_line, shown_text};

/// Normalizes a tag so that `Social Media`, `social_media` and `social-media` are one tag:
/// trimmed, lower case, runs of spaces, underscores and hyphens become one hyphen.
///
/// Commas and semicolons are refused because lists of tags are split on them
/// (CSV cells, `--tag a,b`); so are control characters (a tag is shown everywhere, an
/// ESC in it would act on the terminal) and tags longer than [`TAG_MAX`] characters.
pub fn normalize(raw: &str) -> Result<String, String> {
    // Most tags (every one `cop` itself prints) are already in normal form: copy them.
    if is_normal(raw) && raw.len() <= TAG_MAX {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut pending_hyphen = false;
    for c in raw.trim().chars() {
        if c == ',' || c == ';' {
            return Err(format!("tag {} must not contain ',' or ';'", shown_text(raw)));
        }
        if breaks_line(c) && !c.is_whitespace() {
            return Err(format!("tag {} must not contain control characters", shown_text(raw)));
        }
        if c.is_whitespace() || c == '_' || c == '-' {
            pending_hyphen = true;
            continue;
        }
        if pending_hyphen && !out.is_empty() {
            out.push('-');
        }
        pending_hyphen = false;
        out.extend(c.to_lowercase());
    }
    if out.is_empty() {
        return Err("tag must not be empty".into());
    }
    let n = out.chars().count();
    if n > TAG_MAX {
        return Err(format!("tag {} must be at most {TAG_MAX} characters, got {n}", shown_text(&out)));
    }
    Ok(out)
}

/// Whether `s` is what [`normalize`] would return for it: lower-case ASCII letters and
/// digits in runs joined by single hyphens.
fn is_normal(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Splits a cell like `"facilitation; Social Media, mapping"` into normalized tags,
/// dropping empty pieces and duplicates while keeping the first-seen order.
pub fn split_list(cell: &str) -> Result<Vec<String>, String> {
    let mut tags = Vec::new();
    for piece in cell.split([',', ';']) {
        if piece.trim().is_empty() {
            continue;
        }
        let tag = normalize(piece)?;
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    Ok(tags)
}

/// Normalizes every tag of a flag given several times; duplicates collapse.
pub fn normalize_all(raw: &[String]) -> Result<Vec<String>, String> {
    let mut tags = Vec::new();
    for r in raw {
        for tag in split_list(r)? {
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
    }
    if tags.is_empty() && !raw.is_empty() {
        return Err("tag must not be empty".into());
    }
    Ok(tags)
}

/// A tag with how much the community uses it: `tags list`, and the record the tag
/// verbs print. The JSON field names are a stable contract.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TagUse {
    pub id: i64,
    pub uuid: String,
    pub name: String,
    /// Members with the tag as an interest, a learning need, expertise.
    pub interests: i64,
    pub needs: i64,
    pub expertise: i64,
    pub popups: i64,
    pub resources: i64,
    /// Peer assists (and requests) about the tag.
    pub assists: i64,
    /// Other spellings that stand for this tag, sorted.
    pub aliases: Vec<String>,
}

impl TagUse {
    /// Every link to the tag: what `--sort uses` orders by, and zero for `--unused`.
    pub fn uses(&self) -> i64 {
        self.interests + self.needs + self.expertise + self.popups + self.resources + self.assists
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spellings_of_one_tag_agree() {
        for raw in ["Social Media", "social_media", "social-media", "  SOCIAL   media "] {
            assert_eq!(normalize(raw).unwrap(), "social-media");
        }
    }

    #[test]
    fn edges_are_trimmed_and_runs_collapse() {
        assert_eq!(normalize("--a__b  c-").unwrap(), "a-b-c");
        assert_eq!(normalize("Ñandú Mapping").unwrap(), "ñandú-mapping");
    }

    #[test]
    fn empty_and_separator_tags_are_refused() {
        assert!(normalize("   ").is_err());
        assert!(normalize("_-_").is_err());
        assert!(normalize("a,b").is_err());
    }

    #[test]
    fn percent_quotes_and_scripts_are_kept_literally() {
        assert_eq!(normalize("100%").unwrap(), "100%");
        assert_eq!(normalize("O'Neil \"x\"").unwrap(), "o'neil-\"x\"");
        assert_eq!(normalize("\u{202e}שלום עולם").unwrap(), "\u{202e}שלום-עולם");
        assert_eq!(normalize("👩\u{200d}💻 e\u{301}").unwrap(), "👩\u{200d}💻-e\u{301}");
        assert_eq!(normalize("a%_b").unwrap(), "a%-b", "an underscore is a separator, as documented");
    }

    #[test]
    fn lists_split_on_commas_and_semicolons() {
        assert_eq!(
            split_list("Facilitation; social media,, facilitation").unwrap(),
            vec!["facilitation", "social-media"]
        );
        assert!(split_list(" ; ").unwrap().is_empty());
    }

    /// [`normalize`] without its shortcut for tags already in normal form.
    fn normalize_slowly(raw: &str) -> Result<String, String> {
        normalize(&format!(" {raw}"))
    }

    proptest! {
        #[test]
        fn the_shortcut_agrees_with_the_full_rules(raw in "[a-z0-9\\-]{0,12}|[a-zA-Z _\\-0-9]{0,12}") {
            prop_assert_eq!(normalize(&raw), normalize_slowly(&raw));
        }

        #[test]
        fn normalizing_is_idempotent(raw in "[a-zA-Z _\\-éÅ0-9]{0,20}") {
            if let Ok(once) = normalize(&raw) {
                prop_assert_eq!(normalize(&once).unwrap(), once.clone());
                prop_assert!(!once.starts_with('-') && !once.ends_with('-'));
                prop_assert!(!once.contains("--") && !once.contains(' ') && !once.contains('_'));
            }
        }

        /// Any text, quotes, `%`, emoji, right-to-left marks and combining accents
        /// included, normalizes to a fixed point or is refused; only separators change.
        #[test]
        fn any_text_normalizes_to_a_fixed_point_or_is_refused(raw in "\\PC{0,24}|[a-z%_'\";\\- ]{0,12}") {
            match normalize(&raw) {
                Ok(once) => {
                    prop_assert_eq!(normalize(&once), Ok(once.clone()));
                    prop_assert!(!once.chars().any(|c| c.is_whitespace() || c == '_'));
                    prop_assert_eq!(once.matches('%').count(), raw.matches('%').count(), "% is an ordinary character");
                    prop_assert_eq!(once.matches('\'').count(), raw.matches('\'').count());
                }
                Err(e) => prop_assert!(raw.contains([',', ';']) || raw.chars().all(|c| c.is_whitespace() || c == '_' || c == '-'), "{}", e),
            }
            if let Ok(tags) = split_list(&raw) {
                for t in tags {
                    prop_assert_eq!(normalize(&t), Ok(t.clone()));
                }
            }
        }
    }
}
