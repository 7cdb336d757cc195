//! How resources print.

use super::{Detail, Tabular, joined, opt};
use crate::domain::resource::Resource;
use crate::domain::time::timestamp;

impl Tabular for Resource {
    fn table_headers() -> &'static [&'static str] {
        &["id", "title", "url", "tags", "assist"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.title.clone(),
            opt(&self.url),
            joined(&self.tags),
            opt(&self.assist_id),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "uuid", "title", "url", "note", "tags", "assist_id", "popup_id", "session_id", "created_at"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.uuid.clone(),
            self.title.clone(),
            opt(&self.url),
            opt(&self.note),
            self.tags.join(";"),
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

impl Detail for Resource {
    fn details(&self) -> Vec<(&'static str, String)> {
        vec![
            ("id", self.id.to_string()),
            ("title", self.title.clone()),
            ("url", opt(&self.url)),
            ("tags", joined(&self.tags)),
            ("note", opt(&self.note)),
            ("assist", opt(&self.assist_id)),
            ("popup", opt(&self.popup_id)),
            ("session", opt(&self.session_id)),
            ("uuid", self.uuid.clone()),
            ("created", super::local_time(self.created_at)),
        ]
    }
}
