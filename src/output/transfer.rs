//! How an import reports what it did.

use std::io::Write;

use serde_json::Value as Json;

use super::Tabular;
use crate::domain::sync::{Counts, DocumentSink};
use crate::error::Result;

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

/// Writes a whole-community document as it comes, byte for byte as a pretty-printed
/// (`json`) or one-line (`jsonl`) JSON object would be, so an export of any size takes
/// the memory of one record.
pub struct Document<'o> {
    out: &'o mut super::Output,
    pretty: bool,
    /// Whether the next top-level field, or the next item of an array, is the first.
    first_field: bool,
    first_item: bool,
}

impl super::Output {
    /// Starts a document; call [`Document::finish`] at the end.
    pub fn document(&mut self) -> Result<Document<'_>> {
        let pretty = self.format != super::Format::Jsonl;
        self.stdout.write_all(b"{")?;
        Ok(Document { out: self, pretty, first_field: true, first_item: true })
    }
}

impl Document<'_> {
    fn key(&mut self, key: &str) -> Result<()> {
        let sep: &[u8] = match (self.first_field, self.pretty) {
            (true, true) => b"\n  ",
            (false, true) => b",\n  ",
            (true, false) => b"",
            (false, false) => b",",
        };
        self.first_field = false;
        self.out.stdout.write_all(sep)?;
        serde_json::to_writer(&mut self.out.stdout, key)?;
        self.out.stdout.write_all(if self.pretty { b": " } else { b":" })?;
        Ok(())
    }

    /// Ends the document and writes it out.
    pub fn finish(self) -> Result<()> {
        let end: &[u8] = match (self.first_field, self.pretty) {
            (false, true) => b"\n}\n",
            _ => b"}\n",
        };
        self.out.stdout.write_all(end)?;
        self.out.flush()
    }
}

impl DocumentSink for Document<'_> {
    fn value(&mut self, key: &str, value: &Json) -> Result<()> {
        self.key(key)?;
        serde_json::to_writer(&mut self.out.stdout, value)?;
        Ok(())
    }

    fn begin(&mut self, key: &str) -> Result<()> {
        self.key(key)?;
        self.first_item = true;
        self.out.stdout.write_all(b"[")?;
        Ok(())
    }

    fn item(&mut self, record: &Json) -> Result<()> {
        let w = &mut self.out.stdout;
        if self.pretty {
            w.write_all(if self.first_item { b"\n    " } else { b",\n    " })?;
            // A string's line breaks are escaped, so every line break is the layout's.
            let text = serde_json::to_string_pretty(record)?;
            w.write_all(text.replace('\n', "\n    ").as_bytes())?;
        } else {
            if !self.first_item {
                w.write_all(b",")?;
            }
            serde_json::to_writer(&mut *w, record)?;
        }
        self.first_item = false;
        Ok(())
    }

    fn end(&mut self) -> Result<()> {
        let end: &[u8] = if self.pretty && !self.first_item { b"\n  ]" } else { b"]" };
        self.out.stdout.write_all(end)?;
        Ok(())
    }
}
