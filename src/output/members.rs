//! How members print.

use super::{Detail, Tabular, joined, opt};
use crate::domain::member::Member;

impl Tabular for Member {
    fn table_headers() -> &'static [&'static str] {
        &["id", "name", "email", "role", "region", "interests", "needs", "expertise"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.profile.name.clone(),
            opt(&self.profile.email),
            self.profile.role.as_str().into(),
            opt(&self.profile.region),
            joined(&self.profile.interests),
            joined(&self.profile.needs),
            joined(&self.profile.expertise),
        ]
    }

    /// Every field, with lists joined by `;`, so `members import` reads it back unchanged.
    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "name",
            "email",
            "role",
            "status",
            "region",
            "timezone",
            "interests",
            "needs",
            "expertise",
            "availability",
            "facilitator",
            "joined_on",
            "note",
            "created_at",
            "updated_at",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            self.profile.name.clone(),
            opt(&self.profile.email),
            self.profile.role.as_str().into(),
            self.profile.status.as_str().into(),
            opt(&self.profile.region),
            opt(&self.profile.timezone),
            self.profile.interests.join(";"),
            self.profile.needs.join(";"),
            self.profile.expertise.join(";"),
            self.profile.availability.iter().map(ToString::to_string).collect::<Vec<_>>().join(";"),
            self.profile.facilitator.to_string(),
            opt(&self.profile.joined_on),
            opt(&self.profile.note),
            crate::domain::time::timestamp(self.created_at),
            crate::domain::time::timestamp(self.updated_at),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for Member {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.to_string()),
            ("name", self.profile.name.clone()),
            ("email", opt(&self.profile.email)),
            ("role", self.profile.role.as_str().into()),
            ("status", self.profile.status.as_str().into()),
            ("region", opt(&self.profile.region)),
            ("timezone", opt(&self.profile.timezone)),
            ("interests", joined(&self.profile.interests)),
            ("needs", joined(&self.profile.needs)),
            ("expertise", joined(&self.profile.expertise)),
            ("availability", joined(&self.profile.availability)),
            ("facilitator", if self.profile.facilitator { "yes".into() } else { "no".into() }),
            ("joined", opt(&self.profile.joined_on)),
            ("note", opt(&self.profile.note)),
            ("uuid", self.uuid.clone()),
            ("created", super::local_time(self.created_at)),
            ("updated", super::local_time(self.updated_at)),
        ]
    }
}
