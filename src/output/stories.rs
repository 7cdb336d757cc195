//! How value-creation stories print.

use super::{Detail, Tabular, opt};
use crate::domain::story::Story;
use crate::domain::time::timestamp;

fn value(s: &Story) -> String {
    s.value.map_or_else(String::new, |v| v.as_str().to_string())
}

impl Tabular for Story {
    fn table_headers() -> &'static [&'static str] {
        &["id", "member", "value", "story", "source"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.id.to_string(), self.member.clone(), value(self), self.text.clone(), opt(&self.source)]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "member_id",
            "member",
            "value",
            "text",
            "assist_id",
            "popup_id",
            "session_id",
            "created_at",
        ]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            self.member_id.to_string(),
            self.member.clone(),
            value(self),
            self.text.clone(),
            opt(&self.assist_id),
            opt(&self.popup_id),
            opt(&self.session_id),
            timestamp(self.created_at),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for Story {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.to_string()),
            ("member", format!("{} ({})", self.member, self.member_id)),
            ("value", value(self)),
            ("story", self.text.clone()),
            ("source", opt(&self.source)),
            ("uuid", self.uuid.clone()),
            ("created", super::local_time(self.created_at)),
        ]
    }
}
