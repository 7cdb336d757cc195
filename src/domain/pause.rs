//! Pauses: why a member is left out of pairing (and of matching) for a while.

use chrono::NaiveDate;
use serde::Serialize;

use super::rules::Rule;

/// The rules of a stored pause (`member_pauses`, see [`super::rules`]): a `pause` the
/// organizer set, or a `ghost` row recording that a ghost was brought back. `until`
/// and `resumed_at` keep the rules every day and moment keep.
pub const KIND: Rule = Rule::OneOf(&["pause", "ghost"]);

/// One reason a member is left out today. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Absence {
    /// Paused by the organizer (`members pause`): back on `until`. Left out of pairing,
    /// `popup match` and `assist match`.
    Paused { until: NaiveDate },
    /// Missed [`super::pairing::outcome::GHOST_AFTER`] or more recorded rounds in a row, newest first: left out
    /// of pairing until `members resume`. Matching still offers them: missing peer
    /// meetings says nothing about wanting to learn.
    Ghost { missed_rounds: Vec<i64> },
}

impl Absence {
    /// Whether it also keeps the member out of `popup match` and `assist match`.
    pub fn leaves_out_of_matching(&self) -> bool {
        matches!(self, Absence::Paused { .. })
    }

    /// "paused until 2026-12-01", "missed rounds 6, 5 and 4 in a row".
    pub fn describe(&self) -> String {
        match self {
            Absence::Paused { until } => format!("paused until {until}"),
            Absence::Ghost { missed_rounds } => {
                let ids: Vec<String> = missed_rounds.iter().map(i64::to_string).collect();
                let list = match ids.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                    _ => ids.join(""),
                };
                format!("missed rounds {list} in a row")
            }
        }
    }
}

/// Checks the day a pause ends (`--until`, the first day the member is back): a day
/// after `today`, since a pause that ends today or earlier would leave nobody out.
pub fn check_until(until: NaiveDate, today: NaiveDate) -> Result<NaiveDate, String> {
    if until <= today {
        return Err(format!(
            "{until} is not after today ({today}): give the first day the member is back, like +2w"
        ));
    }
    Ok(until)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_pause_must_end_after_today() {
        let today = day("2026-11-24");
        assert!(check_until(day("2026-11-23"), today).is_err());
        assert!(check_until(today, today).unwrap_err().contains("not after today (2026-11-24)"));
        assert_eq!(check_until(day("2026-11-25"), today), Ok(day("2026-11-25")));
    }

    #[test]
    fn absences_say_why() {
        assert_eq!(Absence::Paused { until: day("2026-12-01") }.describe(), "paused until 2026-12-01");
        let ghost = Absence::Ghost { missed_rounds: vec![6, 5, 4] };
        assert_eq!(ghost.describe(), "missed rounds 6, 5 and 4 in a row");
        assert!(!ghost.leaves_out_of_matching());
        assert_eq!(
            serde_json::to_value(&ghost).unwrap(),
            serde_json::json!({"reason": "ghost", "missed_rounds": [6, 5, 4]})
        );
    }
}
