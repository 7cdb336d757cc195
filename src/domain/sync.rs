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

/// A segment as read: who wrote it, its number, and its records as a document in the
/// `cop export` shape, to be merged by the import rules.
pub struct Segment {
    pub replica: String,
    pub name: String,
    pub number: i64,
    pub schema_version: i64,
    pub doc: serde_json::Map<String, serde_json::Value>,
}

/// Reads a segment's text: a head line (format, schema version, replica, number), one
/// line per record (`{"kind": ..., "record": {...}}`), and an end line with the count of
/// records, so a file cut short is told from a whole one. `known` says which kinds a
/// record may be of. The error says what is wrong, for a line naming the file.
pub fn parse_segment(text: &str, latest: i64, known: &dyn Fn(&str) -> bool) -> Result<Segment, String> {
    use serde_json::Value as Json;
    let mut lines = text.split('\n');
    let head: Json = lines
        .next()
        .and_then(|l| serde_json::from_str(l).ok())
        .ok_or("not a cop sync segment: the first line is not its head")?;
    let format =
        head.get("cop_segment").and_then(Json::as_i64).ok_or("not a cop sync segment: no cop_segment")?;
    let schema_version = head.get("schema_version").and_then(Json::as_i64).unwrap_or(0);
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
    let mut doc = serde_json::Map::new();
    let mut count: u64 = 0;
    let mut ended = None;
    for (i, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        if ended.is_some() {
            return Err(format!("line {}: more after the end line", i + 2));
        }
        let v: Json = serde_json::from_str(line).map_err(|e| format!("line {}: not JSON: {e}", i + 2))?;
        if let Some(n) = v.get("end") {
            ended = Some(n.as_u64().ok_or(format!("line {}: the end line has no count", i + 2))?);
            continue;
        }
        let kind = v.get("kind").and_then(Json::as_str).filter(|k| known(k));
        let (Some(kind), Some(record)) = (kind, v.get("record")) else {
            return Err(format!("line {}: expected a record of a known kind", i + 2));
        };
        let list = doc.entry(kind.to_string()).or_insert_with(|| Json::Array(Vec::new()));
        if let Json::Array(list) = list {
            list.push(record.clone());
        }
        count += 1;
    }
    match ended {
        None => Err("cut short: it has no end line (still being copied?)".into()),
        Some(n) if n != count => {
            Err(format!("cut short or garbled: the end line says {n} records, it has {count}"))
        }
        Some(_) => Ok(Segment { replica, name, number, schema_version, doc }),
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
