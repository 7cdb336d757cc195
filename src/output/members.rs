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
            self.name.clone(),
            opt(&self.email),
            self.role.as_str().into(),
            opt(&self.region),
            joined(&self.interests),
            joined(&self.needs),
            joined(&self.expertise),
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
            self.name.clone(),
            opt(&self.email),
            self.role.as_str().into(),
            self.status.as_str().into(),
            opt(&self.region),
            opt(&self.timezone),
            self.interests.join(";"),
            self.needs.join(";"),
            self.expertise.join(";"),
            self.availability.join(";"),
            self.facilitator.to_string(),
            opt(&self.joined_on),
            opt(&self.note),
            crate::store::timestamp(self.created_at),
            crate::store::timestamp(self.updated_at),
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
            ("name", self.name.clone()),
            ("email", opt(&self.email)),
            ("role", self.role.as_str().into()),
            ("status", self.status.as_str().into()),
            ("region", opt(&self.region)),
            ("timezone", opt(&self.timezone)),
            ("interests", joined(&self.interests)),
            ("needs", joined(&self.needs)),
            ("expertise", joined(&self.expertise)),
            ("availability", joined(&self.availability)),
            ("facilitator", if self.facilitator { "yes".into() } else { "no".into() }),
            ("joined", opt(&self.joined_on)),
            ("note", opt(&self.note)),
            ("uuid", self.uuid.clone()),
            ("created", super::local_time(self.created_at)),
            ("updated", super::local_time(self.updated_at)),
        ]
    }
}
