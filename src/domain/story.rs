//! Value-creation stories: what someone took from the community, in their words, tied
//! to where it came from (an assist, a popup, a session).
//!
//! Wenger-Trayner measure a community by its indicators together with such stories,
//! each naming the cycle of value it shows: immediate (it helped right then), potential
//! (something to use later), applied (put into practice), realized (it made a
//! difference to results), reframing (it changed how success is seen).

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::rules::Rule;

/// The rules of a story's fields (see [`super::rules`]).
pub const TEXT: Rule = Rule::Note;
pub const VALUE: Rule = Rule::OneOf(&["immediate", "potential", "applied", "realized", "reframing"]);

/// Wenger-Trayner's cycles of value, in their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueCycle {
    Immediate,
    Potential,
    Applied,
    Realized,
    Reframing,
}

impl ValueCycle {
    pub const ALL: [ValueCycle; 5] = [
        ValueCycle::Immediate,
        ValueCycle::Potential,
        ValueCycle::Applied,
        ValueCycle::Realized,
        ValueCycle::Reframing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ValueCycle::Immediate => "immediate",
            ValueCycle::Potential => "potential",
            ValueCycle::Applied => "applied",
            ValueCycle::Realized => "realized",
            ValueCycle::Reframing => "reframing",
        }
    }

    pub fn parse(s: &str) -> Result<ValueCycle, String> {
        let lower = s.trim().to_lowercase();
        ValueCycle::ALL.into_iter().find(|v| v.as_str() == lower).ok_or_else(|| {
            format!("expected immediate, potential, applied, realized or reframing, got {s:?}")
        })
    }
}

/// Where a story came from: at most one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Source {
    #[default]
    None,
    Assist(i64),
    Popup(i64),
    Session(i64),
}

/// A story, as `stories show --format json` prints it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Story {
    pub id: i64,
    pub uuid: String,
    pub member_id: i64,
    /// The member's name, so a list reads without a second lookup.
    pub member: String,
    pub text: String,
    pub value: Option<ValueCycle>,
    pub assist_id: Option<i64>,
    pub popup_id: Option<i64>,
    pub session_id: Option<i64>,
    /// The source in words: `assist 3: Planning in chunks`, or null.
    pub source: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A story about to be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStory {
    pub member_id: i64,
    pub text: String,
    pub value: Option<ValueCycle>,
    pub source: Source,
}

/// Checks a story's text: free text, not blank once trimmed.
pub fn check_text(text: &str) -> Result<String, String> {
    let t = text.trim();
    TEXT.check_text(t)?;
    Ok(t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_parse_in_any_case_and_name_the_choices() {
        assert_eq!(ValueCycle::parse(" Applied ").unwrap(), ValueCycle::Applied);
        assert!(ValueCycle::parse("huge").unwrap_err().contains("reframing"));
        for v in ValueCycle::ALL {
            assert!(VALUE.check_text(v.as_str()).is_ok(), "{v:?} keeps the stored rule");
        }
    }

    #[test]
    fn text_is_trimmed_and_not_blank() {
        assert_eq!(check_text("  planning in chunks\n").unwrap(), "planning in chunks");
        assert!(check_text(" \n ").is_err());
    }
}
