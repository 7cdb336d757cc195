//! How the operation log prints: `cop log`, `cop log show`, `cop undo --dry-run`.

use serde::Serialize;

use super::{Detail, Format, Output, Tabular, local_time, opt};
use crate::domain::operation::{Action, Operation, RecordChange, plain};
use crate::domain::time::timestamp;
use crate::error::Result;

impl Tabular for Operation {
    fn shows_times() -> bool {
        true
    }
    fn table_headers() -> &'static [&'static str] {
        &["id", "at", "command", "summary", "undone"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            local_time(self.at),
            self.command.clone(),
            self.summary.clone(),
            self.state(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["id", "at", "command", "summary", "undone", "undone_by", "undoes", "undoable", "not_undoable"]
    }

    fn csv_cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            timestamp(self.at),
            self.command.clone(),
            self.summary.clone(),
            self.undone.to_string(),
            opt(&self.undone_by),
            opt(&self.undoes),
            self.undoable.to_string(),
            opt(&self.not_undoable),
        ]
    }

    fn id(&self) -> i64 {
        self.id
    }
}

impl Detail for Operation {
    fn details(&self) -> Vec<(&'static str, String)> {
        let mut d = vec![
            ("operation", self.id.to_string()),
            ("at", local_time(self.at)),
            ("command", self.command.clone()),
            ("summary", self.summary.clone()),
        ];
        if let Some(x) = self.undoes {
            d.push(("undoes", format!("operation {x}")));
        }
        let state = self.state();
        if !state.is_empty() {
            d.push(("undone", state));
        }
        d
    }
}

/// One field of one record an operation touched: a row of `cop log show`.
#[derive(Serialize)]
struct FieldRow<'a> {
    kind: &'a str,
    id: Option<i64>,
    record: String,
    action: &'static str,
    field: &'a str,
    before: String,
    after: String,
}

impl Tabular for FieldRow<'_> {
    fn table_headers() -> &'static [&'static str] {
        &["kind", "record", "change", "field", "before", "after"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![
            self.kind.to_string(),
            self.record.clone(),
            self.action.to_string(),
            self.field.to_string(),
            self.before.clone(),
            self.after.clone(),
        ]
    }

    fn csv_headers() -> &'static [&'static str] {
        &["kind", "id", "record", "change", "field", "before", "after"]
    }

    fn csv_cells(&self) -> Vec<String> {
        let mut cells = self.table_cells();
        cells.insert(1, opt(&self.id));
        cells
    }

    fn id(&self) -> i64 {
        self.id.unwrap_or(0)
    }
}

impl Tabular for RecordChange {
    fn table_headers() -> &'static [&'static str] {
        &["kind", "record", "change"]
    }

    fn table_cells(&self) -> Vec<String> {
        vec![self.kind.clone(), self.label(), self.action.as_str().to_string()]
    }

    fn id(&self) -> i64 {
        self.id.unwrap_or(0)
    }
}

/// `cop log show --json`: the operation with its records.
#[derive(Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    operation: &'a Operation,
    changes: &'a [RecordChange],
}

impl Output {
    /// An operation and the records it touched (`cop log show`).
    pub fn operation(&mut self, op: &Operation, changes: &[RecordChange]) -> Result<()> {
        match self.format {
            Format::Json if !self.quiet => self.json(&Shown { operation: op, changes }),
            Format::Table | Format::Markdown if !self.quiet => {
                let count = |a: Action| changes.iter().filter(|c| c.action == a).count();
                let mut lines = op.details();
                lines.push((
                    "records",
                    format!(
                        "{} added, {} changed, {} removed",
                        count(Action::Added),
                        count(Action::Changed),
                        count(Action::Removed)
                    ),
                ));
                // The command and summary are stored text, shown like any `show` value.
                for (_, value) in &mut lines {
                    super::shown(value, super::Layout::Lines);
                }
                let text = super::table::details(&lines, self.table_style());
                self.raw(&format!("{text}\n\n"))?;
                self.changes(changes)
            }
            _ => self.changes(changes),
        }
    }

    /// Records an operation touched or an undo would touch: in a table or CSV one row
    /// per field, in JSON one object per record.
    pub fn changes(&mut self, changes: &[RecordChange]) -> Result<()> {
        if matches!(self.format, Format::Json | Format::Jsonl) {
            return self.list_all("changes", changes);
        }
        let mut w = self.list::<FieldRow>("changes")?;
        for c in changes {
            for f in &c.fields {
                w.push(&FieldRow {
                    kind: &c.kind,
                    id: c.id,
                    record: c.label(),
                    action: c.action.as_str(),
                    field: &f.field,
                    before: plain(&f.before),
                    after: plain(&f.after),
                })?;
            }
        }
        w.finish()
    }
}
