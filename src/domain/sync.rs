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
    /// The stored values a newer incoming edit replaced, when merging for `cop sync`
    /// (which says them, naming the replica); not part of the import's counts.
    #[serde(skip)]
    pub overwritten: Vec<Overwritten>,
}

/// One stored value a newer edit from another replica replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overwritten {
    /// The kind's singular name: `member`, `session`.
    pub kind: &'static str,
    /// What people call the record: its name or title, else its UUID.
    pub record: String,
    pub field: &'static str,
    pub old: String,
    pub new: String,
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

/// The name a replica goes by (`--as "Ana's laptop"`): one line, not blank.
pub const REPLICA_NAME: crate::domain::rules::Rule = crate::domain::rules::Rule::Title;

/// The version of the segment format this cop writes and reads.
pub const SEGMENT_FORMAT: i64 = 1;

/// This copy of the database as one replica of the community.
#[derive(Clone, Debug, Serialize)]
pub struct Replica {
    pub uuid: String,
    pub name: String,
    /// The shared folder, as an absolute path.
    pub folder: String,
    pub git: bool,
    /// The number of the last segment it wrote (0: none yet).
    pub last_segment: i64,
    /// When the changes of its last segment were gathered.
    pub sent_at: Option<String>,
    /// Whether it seals its segments with the folder's passphrase (`sync init --encrypt`).
    pub encrypted: bool,
}

/// How far this replica has read another one's segments.
#[derive(Clone, Debug, Serialize)]
pub struct Cursor {
    pub replica: String,
    pub name: String,
    pub last_segment: i64,
    pub applied_at: String,
}

/// One segment file's name: its number, six digits or more, then `.jsonl`.
pub fn segment_name(number: i64) -> String {
    format!("{number:06}.jsonl")
}

/// The number of a segment file, from its name; `None` for any other file (a temporary
/// name, a file sync engine's own files).
pub fn segment_number(file_name: &str) -> Option<i64> {
    let digits = file_name.strip_suffix(".jsonl")?;
    if digits.len() < 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| *n >= 1)
}

/// A segment's head: who wrote it and its number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentHead {
    pub replica: String,
    pub name: String,
    pub number: i64,
    pub schema_version: i64,
}

/// Reads a segment line by line, so a segment of any size takes the memory of its
/// longest line: a head line (format, schema version, replica, number), one line per
/// record (`{"kind": ..., "record": {...}}`), and an end line with the count of
/// records, so a file cut short is told from a whole one. Each error says what is
/// wrong, for a line naming the file.
pub struct SegmentReader<'k> {
    latest: i64,
    /// Which kinds a record may be of.
    known: &'k dyn Fn(&str) -> bool,
    head: Option<SegmentHead>,
    /// The number of the line read last, from 1.
    line: usize,
    count: u64,
    ended: Option<u64>,
}

impl<'k> SegmentReader<'k> {
    pub fn new(latest: i64, known: &'k dyn Fn(&str) -> bool) -> SegmentReader<'k> {
        SegmentReader { latest, known, head: None, line: 0, count: 0, ended: None }
    }

    /// Reads the next line (without its newline): the record it holds, if it holds one.
    pub fn line(&mut self, line: &str) -> Result<Option<(String, serde_json::Value)>, String> {
        use serde_json::Value as Json;
        self.line += 1;
        let at = self.line;
        if self.head.is_none() {
            self.head = Some(self.read_head(line)?);
            return Ok(None);
        }
        if line.is_empty() {
            return Ok(None);
        }
        if self.ended.is_some() {
            return Err(format!("line {at}: more after the end line"));
        }
        let v: Json = serde_json::from_str(line).map_err(|e| format!("line {at}: not JSON: {e}"))?;
        let Json::Object(mut v) = v else {
            return Err(format!("line {at}: expected a record of a known kind"));
        };
        if let Some(n) = v.get("end") {
            self.ended = Some(n.as_u64().ok_or(format!("line {at}: the end line has no count"))?);
            return Ok(None);
        }
        let kind = match v.remove("kind") {
            Some(Json::String(k)) if (self.known)(&k) => k,
            _ => return Err(format!("line {at}: expected a record of a known kind")),
        };
        let record = v.remove("record").ok_or(format!("line {at}: expected a record of a known kind"))?;
        self.count += 1;
        Ok(Some((kind, record)))
    }

    fn read_head(&self, line: &str) -> Result<SegmentHead, String> {
        use serde_json::Value as Json;
        let head: Json = serde_json::from_str(line)
            .map_err(|_| "not a cop sync segment: the first line is not its head")?;
        let format =
            head.get("cop_segment").and_then(Json::as_i64).ok_or("not a cop sync segment: no cop_segment")?;
        let schema_version = head.get("schema_version").and_then(Json::as_i64).unwrap_or(0);
        let latest = self.latest;
        if format > SEGMENT_FORMAT || schema_version > latest {
            return Err(format!(
                "written by a newer cop (segment format {format}, schema version {schema_version}; this cop knows \
                 {SEGMENT_FORMAT} and {latest}): upgrade cop to read it"
            ));
        }
        if format < 1 || schema_version < 1 {
            return Err("not a cop sync segment: its head has no valid format or schema version".into());
        }
        let text_of = |f: &str| head.get(f).and_then(Json::as_str).map(str::to_string);
        let replica = text_of("replica").ok_or("the head names no replica")?;
        crate::domain::rules::uuid(&replica).map_err(|e| format!("replica: {e}"))?;
        let name = text_of("name").unwrap_or_default();
        let number =
            head.get("number").and_then(Json::as_i64).filter(|n| *n >= 1).ok_or("the head has no number")?;
        Ok(SegmentHead { replica, name, number, schema_version })
    }

    /// Once every line is read: the head, when the segment is whole.
    pub fn finish(self) -> Result<SegmentHead, String> {
        let Some(head) = self.head else {
            return Err("not a cop sync segment: the file is empty".into());
        };
        match self.ended {
            None => Err("cut short: it has no end line (still being copied?)".into()),
            Some(n) if n != self.count => {
                Err(format!("cut short or garbled: the end line says {n} records, it has {}", self.count))
            }
            Some(_) => Ok(head),
        }
    }
}

/// What one sync did, replica by replica.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SyncRow {
    pub replica: String,
    pub name: String,
    /// `in`: segments this replica read from it; `out`: the one it wrote.
    pub direction: &'static str,
    pub segments: u64,
    pub added: u64,
    pub updated: u64,
    pub removed: u64,
}

/// A replica as `cop sync status` shows it.
#[derive(Clone, Debug, Serialize)]
pub struct ReplicaStatus {
    pub replica: String,
    pub name: String,
    pub this: bool,
    /// The last segment in the folder.
    pub last_segment: i64,
    /// The last one this replica applied (its own: the last it wrote).
    pub applied: i64,
    pub behind: i64,
}

#[cfg(test)]
mod tests;
