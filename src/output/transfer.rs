//! How an import reports what it did.

use super::Tabular;
use crate::domain::sync::Counts;

impl Tabular for Counts {
    fn table_headers() -> &'static [&'static str] {
        &["kind", "added", "updated", "skipped", "removed"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.kind.into(),
            self.added.to_string(),
            self.updated.to_string(),
            self.skipped.to_string(),
            self.removed.to_string(),
        ]
    }

    /// Rows are kinds of record, not records: `-q` prints how many changed.
    fn id(&self) -> i64 {
        i64::try_from(self.added + self.updated + self.removed).unwrap_or(i64::MAX)
    }
}
