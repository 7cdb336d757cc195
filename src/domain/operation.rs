//! The operation log: every writing command is one operation the organizer can list
//! (`cop log`), inspect (`cop log show`) and take back (`cop undo`), as in jj's op log.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value as Json;

/// How long operations are kept when nobody said (`cop log --keep DAYS`).
pub const DEFAULT_KEEP_DAYS: i64 = 180;

/// The newest operations are kept whatever their age.
pub const KEEP_AT_LEAST: i64 = 1000;

/// The longest `--keep` allowed: a hundred years.
pub const MAX_KEEP_DAYS: i64 = 36_500;

/// Why an operation keeps no change to take back.
pub mod not_undoable {
    /// Set on `members forget` itself.
    pub const FORGET: &str = "forgetting a member cannot be undone";
    /// Set on an earlier operation whose every change was about a member since forgotten.
    pub const HELD_FORGOTTEN: &str = "it held a forgotten member";
    /// Set on `cop demo --members N`: a generated community is not recorded.
    pub const GENERATED: &str = "a generated community is not recorded: generate it again instead";
}

/// The summary that replaces one naming a forgotten member.
pub const SCRUBBED_SUMMARY: &str = "(details removed: they named a forgotten member)";

/// How a command was typed, as the log keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Invocation {
    /// The subcommand and its flags as typed, quoted for a shell, without `--db PATH`.
    pub line: String,
    /// The subcommand alone (`members add`), kept when a forgotten member's details go.
    pub verb: String,
}

/// One operation of the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Operation {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub command: String,
    pub summary: String,
    /// Whether its effect is taken back at the moment (by `undone_by`).
    pub undone: bool,
    pub undone_by: Option<i64>,
    /// The operation this one took back, when it is an undo (or, of an undo, a redo).
    pub undoes: Option<i64>,
    pub undoable: bool,
    /// Why it cannot be undone, when it cannot.
    pub not_undoable: Option<String>,
}

impl Operation {
    /// The "undone" column of `cop log`: by which operation, or why it never can be.
    pub fn state(&self) -> String {
        match (&self.undone_by, &self.not_undoable) {
            (Some(by), _) => format!("undone by {by}"),
            (None, Some(why)) => format!("not undoable: {why}"),
            (None, None) => String::new(),
        }
    }
}

/// What happened to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Added,
    Changed,
    Removed,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Added => "added",
            Action::Changed => "changed",
            Action::Removed => "removed",
        }
    }
}

/// One record an operation added, changed or removed, field by field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordChange {
    /// The kind of record: the table it lives in (`members`, `rsvps`...).
    pub kind: String,
    /// The record's id, for kinds that have one; links are known by `key` alone.
    pub id: Option<i64>,
    /// The fields that identify the record (`{"session_id": 3, "member_id": 5}`), in
    /// the table's order.
    #[serde(serialize_with = "as_map")]
    pub key: Vec<(String, Json)>,
    pub action: Action,
    /// Every field of an added or removed record; only the changed ones of a changed one.
    pub fields: Vec<FieldChange>,
}

impl RecordChange {
    /// The record as people read it: `12` or `session_id=3 member_id=5`.
    pub fn label(&self) -> String {
        match self.id {
            Some(id) if self.key.len() == 1 => id.to_string(),
            _ => self.key.iter().map(|(k, v)| format!("{k}={}", plain(v))).collect::<Vec<_>>().join(" "),
        }
    }
}

fn as_map<S: serde::Serializer>(pairs: &[(String, Json)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(pairs.len()))?;
    for (k, v) in pairs {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// One field's value before and after (`null` on the side where the record did not exist).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Json,
    pub after: Json,
}

/// A stored value as text for a table or CSV cell: strings bare, null empty.
pub fn plain(v: &Json) -> String {
    match v {
        Json::Null => String::new(),
        Json::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The summary of undoing `op`: an undo of an undo is a redo of what that undid.
pub fn undo_summary(op: &Operation, redone: Option<&Operation>) -> String {
    match (op.undoes, redone) {
        (Some(x), Some(r)) => format!("redo op {x}: {}", r.summary),
        (Some(x), None) => format!("redo op {x}"),
        (None, _) => format!("undo op {}: {}", op.id, op.summary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_labelled_by_their_key() {
        let key = vec![("session_id".into(), Json::from(3)), ("member_id".into(), Json::from(5))];
        let c = RecordChange { kind: "rsvps".into(), id: None, key, action: Action::Added, fields: vec![] };
        assert_eq!(c.label(), "session_id=3 member_id=5");
    }
}
