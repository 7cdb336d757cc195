//! `members show` with the member's level at each of the last months' ends.

use serde::Serialize;

use super::{Detail, Tabular};
use crate::domain::engagement::Level;

/// A member's level at one month's end; `None` before they joined.
#[derive(Clone, Debug, Serialize)]
pub struct LevelMonth {
    /// `YYYY-MM`.
    pub month: String,
    pub level: Option<Level>,
}

/// A member as `members show` prints them: the record it is given (the member, with
/// why they are left out of pairing; its JSON contract unchanged) plus `level_history`.
#[derive(Clone, Debug, Serialize)]
pub struct MemberWithLevels<T> {
    #[serde(flatten)]
    pub member: T,
    pub level_history: Vec<LevelMonth>,
}

impl<T: Tabular> Tabular for MemberWithLevels<T> {
    fn table_headers() -> &'static [&'static str] {
        T::table_headers()
    }

    fn table_cells(&self) -> Vec<String> {
        self.member.table_cells()
    }

    fn csv_headers() -> &'static [&'static str] {
        T::csv_headers()
    }

    fn csv_cells(&self) -> Vec<String> {
        self.member.csv_cells()
    }

    fn id(&self) -> i64 {
        self.member.id()
    }
}

impl<T: Detail> Detail for MemberWithLevels<T> {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut d = self.member.details();
        d.push(("levels", changes(&self.level_history)));
        d
    }
}

/// Only the months where the level changed: "2026-01 peripheral → 2026-09 active".
pub fn changes(history: &[LevelMonth]) -> String {
    let mut shown: Vec<String> = Vec::new();
    let mut last: Option<Level> = None;
    for m in history {
        if let Some(level) = m.level
            && last != Some(level)
        {
            shown.push(format!("{} {}", m.month, level.as_str()));
            last = Some(level);
        }
    }
    if shown.is_empty() { "-".into() } else { shown.join(" → ") }
}
