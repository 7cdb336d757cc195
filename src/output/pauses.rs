//! How a member left out of pairing and matching prints (`members show`,
//! `members list --paused`).

use serde::Serialize;

use super::{Detail, Tabular, opt};
use crate::domain::member::Member;
use crate::domain::pause::Absence;

/// A member with why they are left out today (nothing when they are not). Field names are
/// the JSON contract: a member's fields, then `left_out`.
#[derive(Clone, Debug, Serialize)]
pub struct MemberWithAbsences {
    #[serde(flatten)]
    pub member: Member,
    pub left_out: Vec<Absence>,
}

/// Each reason, with what ends it: "paused until 2026-12-01; missed rounds 6, 5 and 4 in
/// a row (left out of pairing until `cop members resume`)".
pub fn describe(absences: &[Absence]) -> String {
    absences
        .iter()
        .map(|a| match a {
            Absence::Paused { .. } => a.describe(),
            Absence::Ghost { .. } => {
                format!("{} (left out of pairing until `cop members resume`)", a.describe())
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

impl Tabular for MemberWithAbsences {
    fn table_headers() -> &'static [&'static str] {
        &["id", "name", "email", "role", "region", "left out"]
    }

    fn table_cells(&self) -> Vec<String> {
        let p = &self.member.profile;
        vec![
            self.member.id.to_string(),
            p.name.clone(),
            opt(&p.email),
            p.role.as_str().into(),
            opt(&p.region),
            describe(&self.left_out),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "uuid", "name", "email", "role", "status", "region", "paused_until", "missed_rounds"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let p = &self.member.profile;
        let mut until = String::new();
        let mut missed = String::new();
        for a in &self.left_out {
            match a {
                Absence::Paused { until: u } => until = u.to_string(),
                Absence::Ghost { missed_rounds } => {
                    missed = missed_rounds.iter().map(i64::to_string).collect::<Vec<_>>().join(";")
                }
            }
        }
        vec![
            self.member.id.to_string(),
            self.member.uuid.clone(),
            p.name.clone(),
            opt(&p.email),
            p.role.as_str().into(),
            p.status.as_str().into(),
            opt(&p.region),
            until,
            missed,
        ]
    }

    fn id(&self) -> i64 {
        self.member.id
    }
}

impl Detail for MemberWithAbsences {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut fields = self.member.details();
        let at = fields.iter().position(|(label, _)| *label == "status").map_or(fields.len(), |i| i + 1);
        fields.insert(at, ("left out", describe(&self.left_out)));
        fields
    }
}
