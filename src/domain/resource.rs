//! Resources: links, books and articles suggested in assists, read in reading sessions,
//! or gathered by popups, tagged by topic.

use chrono::{DateTime, Utc};
use serde::Serialize;

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

/// Checks a title: not empty once trimmed.
pub fn check_title(title: &str) -> Result<String, String> {
    Some(title.trim().to_string())
        .filter(|t| !t.is_empty())
        .ok_or_else(|| "expected a title, got nothing".into())
}

/// Checks a link: one word without spaces.
pub fn check_url(url: &str) -> Result<String, String> {
    let u = url.trim();
    if u.is_empty() || u.contains(char::is_whitespace) {
        return Err(format!("{url:?}: expected a link without spaces, like https://example.org"));
    }
    Ok(u.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_links_are_checked() {
        assert_eq!(check_title("  Net Gains ").unwrap(), "Net Gains");
        assert!(check_title("  ").is_err());
        assert!(check_url("https://a.org/x").is_ok());
        assert!(check_url("not a link").is_err());
    }
}
