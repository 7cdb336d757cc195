//! What `cop members import` reports: the summary (JSON on stdout in json formats, a
//! sentence on stderr), and in a dry run how each column is read.

use serde::Serialize;

use super::{Format, Output};
use crate::domain::roster::{Column, How};
use crate::error::Result;

#[derive(Default, Serialize)]
pub struct ImportSummary {
    pub dry_run: bool,
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Older rows of an email that a newer row replaced.
    pub superseded: usize,
    pub ignored_columns: Vec<String>,
    /// How each column that fills a field is read (a dry run only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<Column>>,
}

impl Output {
    pub fn import_summary(&mut self, s: &ImportSummary) -> Result<()> {
        for c in s.columns.iter().flatten() {
            let why = match c.how {
                How::Named => "its name",
                How::Mapped => "--map",
                How::Form => "a form's question",
            };
            self.message(&format!("column {:?} -> {} ({why})", c.header, c.field));
        }
        if matches!(self.format, Format::Json | Format::Jsonl) {
            self.json(s)?;
        }
        let verb = if s.dry_run { "Would import" } else { "Imported" };
        let rows = s.added + s.updated + s.unchanged;
        let superseded = match s.superseded {
            0 => String::new(),
            1 => ", 1 older row superseded".into(),
            n => format!(", {n} older rows superseded"),
        };
        self.message(&format!(
            "{verb} {rows} row{}: {} added, {} updated, {} unchanged{superseded}",
            if rows == 1 { "" } else { "s" },
            s.added,
            s.updated,
            s.unchanged
        ));
        Ok(())
    }
}
