//! What an import or a sync did, kind by kind.

use serde::Serialize;

/// What an import did with one kind of record.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    pub kind: &'static str,
    pub added: u64,
    pub updated: u64,
    pub skipped: u64,
    /// Links and child records of an added or replaced record that the document no
    /// longer has, and records an incoming tombstone deleted.
    pub removed: u64,
}

/// Where a whole-community document is written, piece by piece, so no record needs to
/// be held longer than it takes to write it: `cop export`'s file, a sync segment.
pub trait DocumentSink {
    /// A top-level field that is one value (`schema_version`).
    fn value(&mut self, key: &str, value: &serde_json::Value) -> crate::error::Result<()>;
    /// Starts a top-level array of records.
    fn begin(&mut self, key: &str) -> crate::error::Result<()>;
    /// One record of the array begun last.
    fn item(&mut self, record: &serde_json::Value) -> crate::error::Result<()>;
    /// Ends the array begun last.
    fn end(&mut self) -> crate::error::Result<()>;
}
