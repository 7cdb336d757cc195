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

/// Whether a resource being added is one already kept: by its link when it has one
/// (scheme and host fold case, a trailing `/` is dropped; the path keeps its case, since
/// `?v=AbC` and `?v=abc` are two videos), else by its title with case and spacing folded,
/// whatever link the kept one has. So the same link logged twice, or a book named twice,
/// is one resource.
pub fn is_same(title: &str, url: Option<&str>, kept_title: &str, kept_url: Option<&str>) -> bool {
    match url {
        Some(u) => kept_url.is_some_and(|k| link_key(u) == link_key(k)),
        None => title_key(title) == title_key(kept_title),
    }
}

fn title_key(title: &str) -> String {
    title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn link_key(url: &str) -> String {
    let u = url.trim();
    let u = u.strip_suffix('/').unwrap_or(u);
    let Some((scheme, rest)) = u.split_once(':') else { return u.to_string() };
    let scheme = scheme.to_ascii_lowercase();
    if scheme == "mailto" {
        return format!("mailto:{}", rest.to_lowercase());
    }
    let rest = rest.trim_start_matches('/');
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(host_end);
    format!("{scheme}://{}{path}", host.to_ascii_lowercase())
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

    #[test]
    fn the_same_link_or_title_is_the_same_resource() {
        let url = Some("https://Example.org/Net-Gains/");
        assert!(is_same("Net Gains", url, "Other title", Some("https://example.org/Net-Gains")));
        assert!(
            !is_same("Net Gains", url, "Net Gains", Some("https://example.org/net-gains")),
            "paths keep case"
        );
        assert!(!is_same("Net Gains", url, "Net Gains", None), "a link is matched by link only");
        assert!(is_same("net  gains", None, "Net Gains", Some("https://example.org/x")));
        assert!(!is_same("Net Gains 2", None, "Net Gains", None));
        assert!(is_same("M", Some("mailto:Ana@X.org"), "N", Some("MAILTO:ana@x.org")));
    }

    proptest::proptest! {
        #[test]
        fn a_resource_is_the_same_as_itself_in_any_case(title in "[a-zA-Z ]{1,20}", host in "[a-zA-Z]{1,10}") {
            let url = format!("https://{host}.org/p");
            let shouted = format!("HTTPS://{}.ORG/p/", host.to_uppercase());
            proptest::prop_assert!(is_same(&title, Some(&url), "", Some(&shouted)));
            let padded = format!(" {} ", title);
            proptest::prop_assert!(is_same(&title.to_uppercase(), None, &padded, None));
        }
    }
}
