//! Resources: links, books and articles suggested in assists, read in reading sessions,
//! or gathered by popups, tagged by topic.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::rules::Rule;

/// The rules of a resource's fields (see [`super::rules`]).
pub const TITLE: Rule = Rule::Title;
pub const URL: Rule = Rule::Url;
pub const NOTE: Rule = Rule::Text;

/// A resource, as `resources show --format json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Resource {
    pub id: i64,
    pub uuid: String,
    pub title: String,
    pub url: Option<String>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    /// The assist it was suggested in.
    pub assist_id: Option<i64>,
    pub popup_id: Option<i64>,
    pub session_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A resource about to be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResource {
    pub title: String,
    pub url: Option<String>,
    pub note: Option<String>,
    pub tags: Vec<String>,
    pub assist_id: Option<i64>,
}

impl NewResource {
    /// Checks every field against the record rules, as every way in must before a
    /// resource is stored; the error names the field.
    pub fn check(&self) -> Result<(), (&'static str, String)> {
        TITLE.check_text(&self.title).map_err(|e| ("title", e))?;
        if let Some(u) = &self.url {
            URL.check_text(u).map_err(|e| ("url", e))?;
        }
        if let Some(n) = &self.note {
            NOTE.check_text(n).map_err(|e| ("note", e))?;
        }
        for t in &self.tags {
            Rule::Tag.check_text(t).map_err(|e| ("tag", e))?;
        }
        Ok(())
    }
}

/// Checks a title: one line, not empty once trimmed.
pub fn check_title(title: &str) -> Result<String, String> {
    let t = title.trim();
    TITLE.check_text(t)?;
    Ok(t.to_string())
}

/// Checks a link: an `https`, `http` or `mailto` link without spaces or control
/// characters (see [`super::rules::url`]).
pub fn check_url(url: &str) -> Result<String, String> {
    let u = url.trim();
    URL.check_text(u)?;
    Ok(u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_links_are_checked() {
        assert_eq!(check_title("  Net Gains ").unwrap(), "Net Gains");
        assert!(check_title("  ").is_err());
        assert!(check_title("a\r\nb").is_err());
        assert!(check_url("https://a.org/x").is_ok());
        assert!(check_url("not a link").is_err());
        assert!(check_url("javascript:alert(1)").is_err());
        let r = NewResource {
            title: "T".into(),
            url: Some("data:text/html,x".into()),
            note: None,
            tags: vec![],
            assist_id: None,
        };
        assert_eq!(r.check().unwrap_err().0, "url");
    }
}
