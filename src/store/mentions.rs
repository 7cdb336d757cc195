//! Free text that still names a forgotten member: `members forget` removes the person's
//! record and links, but notes others wrote about them are the organizer's to edit.

use serde::Serialize;

use super::Db;
use crate::error::Result;

/// One free-text field that mentions someone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub record: &'static str,
    /// The table it lives in, for the operation log.
    #[serde(skip)]
    pub table: &'static str,
    pub id: i64,
    pub field: &'static str,
    pub text: String,
}

/// Every free-text column, as (record, table, column). Table and column names are
/// constants, never input.
pub(crate) const FREE_TEXT: &[(&str, &str, &str)] = &[
    ("member", "members", "note"),
    ("session", "sessions", "title"),
    ("session", "sessions", "note"),
    ("session", "sessions", "trainer"),
    ("session", "sessions", "location"),
    ("session", "sessions", "cancel_reason"),
    ("popup", "popups", "title"),
    ("popup", "popups", "description"),
    ("popup", "popups", "outcome"),
    ("popup", "popups", "external_expert"),
    ("agenda item", "agenda_items", "text"),
    ("assist", "assists", "challenge"),
    ("assist", "assists", "group_name"),
    ("assist", "assists", "situation"),
    ("assist", "assists", "response"),
    ("assist", "assists", "reflection"),
    ("assist note", "assist_notes", "text"),
    ("takeaway", "takeaways", "text"),
    ("story", "stories", "text"),
    ("next step", "next_steps", "text"),
    ("resource", "resources", "title"),
    ("resource", "resources", "note"),
    ("pairing round", "pairing_rounds", "note"),
];

/// The free-text fields that mention any of `terms` as a whole word, ignoring case.
pub fn find(db: &Db, terms: &[String]) -> Result<Vec<Mention>> {
    let terms: Vec<String> = terms.iter().map(|t| t.to_lowercase()).filter(|t| !t.is_empty()).collect();
    let mut out = Vec::new();
    for &(record, table, field) in FREE_TEXT {
        let mut stmt = db.conn.prepare(&format!(
            "SELECT id, {field} FROM {table} WHERE {field} IS NOT NULL AND {field} <> '' ORDER BY id"
        ))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let text: String = row.get(1)?;
            if mentions(&text.to_lowercase(), &terms) {
                out.push(Mention { record, table, id: row.get(0)?, field, text });
            }
        }
    }
    out.sort_by(|a, b| (a.record, a.id, a.field).cmp(&(b.record, b.id, b.field)));
    Ok(out)
}

/// Whether `text` holds one of `terms` not run into other letters or digits.
pub(crate) fn mentions(text: &str, terms: &[String]) -> bool {
    terms.iter().any(|term| {
        text.match_indices(term.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + term.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// What to look for: the whole name, the email, and each longer word of the name.
pub fn terms(name: &str, email: Option<&str>) -> Vec<String> {
    let mut terms = vec![name.trim().to_string()];
    terms.extend(email.map(str::to_string));
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() > 1 {
        terms.extend(words.iter().filter(|w| w.chars().count() >= 3).map(|w| w.to_string()));
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_a_whole_word_in_any_case() {
        let t = terms("Zoë Brandt", Some("zb@x.org"));
        let t: Vec<String> = t.iter().map(|s| s.to_lowercase()).collect();
        assert!(mentions("met zoë at the fair", &t));
        assert!(mentions("ask brandt.", &t));
        assert!(mentions("mail zb@x.org", &t));
        assert!(!mentions("brandtner and zoëy", &t));
        assert!(!mentions("", &t));
    }

    #[test]
    fn short_words_of_a_longer_name_are_not_searched_alone() {
        assert_eq!(terms("Al Li", None), ["Al Li"]);
        assert_eq!(terms("Al", None), ["Al"]);
    }
}
