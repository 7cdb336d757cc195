//! How tags print.

use super::{Tabular, joined};
use crate::domain::tag::TagUse;

impl Tabular for TagUse {
    fn table_headers() -> &'static [&'static str] {
        &["id", "name", "interests", "needs", "expertise", "popups", "resources", "assists", "aliases"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.interests.to_string(),
            self.needs.to_string(),
            self.expertise.to_string(),
            self.popups.to_string(),
            self.resources.to_string(),
            self.assists.to_string(),
            joined(&self.aliases),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &[
            "id",
            "uuid",
            "name",
            "interests",
            "needs",
            "expertise",
            "popups",
            "resources",
            "assists",
            "aliases",
        ]
    }

    /// The table's cells plus the uuid, with aliases split the way imports read lists.
    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.table_cells();
        cells.insert(1, self.uuid.clone());
        if let Some(aliases) = cells.last_mut() {
            *aliases = self.aliases.join(";");
        }
        cells
    }

    fn id(&self) -> i64 {
        self.id
    }
}
