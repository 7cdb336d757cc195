//! Where an import reads its records from: a document already in memory, or one read
//! from a file or stdin as it streams in, each list of records written to its own
//! temporary file of one record a line, so a document of any size takes the memory of
//! its largest record. The merge reads the lists in its own order (tombstones first,
//! records before what links to them), whatever order the document gives them.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value as Json};

use super::{EXCLUSIONS, bad};
use crate::error::{Error, Result};
use crate::store::record_kinds::KINDS;

/// The records of a document, list by list.
pub trait Source {
    /// Calls `f` with each record listed under `key` and its place in the list; a
    /// field that is there but is no list is refused as not `expected`.
    fn each(&self, key: &str, expected: &str, f: &mut dyn FnMut(usize, &Json) -> Result<()>) -> Result<()>;
    /// The whole list under `key`, for the small ones (exclusions); `None` without one.
    fn whole(&self, key: &str) -> Result<Option<Json>>;
}

impl Source for Map<String, Json> {
    fn each(&self, key: &str, expected: &str, f: &mut dyn FnMut(usize, &Json) -> Result<()>) -> Result<()> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(()),
            Some(Json::Array(a)) => a.iter().enumerate().try_for_each(|(i, r)| f(i, r)),
            Some(_) => Err(bad(key, expected)),
        }
    }

    fn whole(&self, key: &str) -> Result<Option<Json>> {
        Ok(self.get(key).cloned())
    }
}

enum Field {
    /// A list, one record a line in this file.
    List(PathBuf),
    /// Something that is not a list.
    Other,
}

/// A document read into temporary files, one per list of records.
pub struct Spool {
    dir: tempfile::TempDir,
    fields: HashMap<String, Field>,
    /// `schema_version` as the document gives it, if it does.
    pub schema_version: Option<Json>,
}

/// Why a document could not be read: not JSON, or not an object.
pub enum Unreadable {
    Json(serde_json::Error),
    NotAnObject,
    Io(Error),
}

/// The fields whose values are lists of records, kept; every other is skipped unread.
fn is_list(key: &str) -> bool {
    key == "tombstones" || key == EXCLUSIONS || KINDS.iter().any(|k| k.name == key)
}

impl Spool {
    /// Reads a whole document from `input`, keeping its lists of records apart.
    pub fn read(input: impl Read) -> std::result::Result<Spool, Unreadable> {
        let dir = tempfile::tempdir()
            .map_err(|e| Unreadable::Io(Error::runtime(format!("cannot make a scratch folder: {e}"))))?;
        let mut spool = Spool { dir, fields: HashMap::new(), schema_version: None };
        let mut de = serde_json::Deserializer::from_reader(BufReader::with_capacity(1 << 16, input));
        let object = Top(&mut spool).deserialize(&mut de).map_err(Unreadable::Json)?;
        de.end().map_err(Unreadable::Json)?;
        if !object {
            return Err(Unreadable::NotAnObject);
        }
        Ok(spool)
    }

    /// An empty spool, to be filled record by record (a sync segment's lines).
    pub fn builder() -> Result<SpoolBuilder> {
        let dir =
            tempfile::tempdir().map_err(|e| Error::runtime(format!("cannot make a scratch folder: {e}")))?;
        let spool = Spool { dir, fields: HashMap::new(), schema_version: None };
        Ok(SpoolBuilder { spool, writers: HashMap::new() })
    }

    fn lines(&self, path: &PathBuf, f: &mut dyn FnMut(usize, &Json) -> Result<()>) -> Result<()> {
        let file =
            File::open(path).map_err(|e| Error::runtime(format!("cannot read the scratch file: {e}")))?;
        for (i, line) in BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::runtime(format!("cannot read the scratch file: {e}")))?;
            let record: Json = serde_json::from_str(&line)
                .map_err(|e| Error::runtime(format!("the scratch file is damaged: {e}")))?;
            f(i, &record)?;
        }
        Ok(())
    }
}

/// A spool being filled record by record; `finish` makes it one to merge.
pub struct SpoolBuilder {
    spool: Spool,
    writers: HashMap<String, BufWriter<File>>,
}

fn cannot_spool(e: &std::io::Error) -> Error {
    Error::runtime(format!("cannot write the scratch file: {e}"))
}

impl SpoolBuilder {
    /// Adds one record to the list under `key`.
    pub fn push(&mut self, key: &str, record: &Json) -> Result<()> {
        let w = match self.writers.entry(key.to_string()) {
            Entry::Occupied(o) => o.into_mut(),
            Entry::Vacant(v) => {
                let path = self.spool.dir.path().join(format!("{key}.jsonl"));
                let file = File::create(&path).map_err(|e| cannot_spool(&e))?;
                self.spool.fields.insert(key.to_string(), Field::List(path));
                v.insert(BufWriter::with_capacity(1 << 16, file))
            }
        };
        serde_json::to_writer(&mut *w, record)
            .map_err(|e| Error::runtime(format!("cannot spool a record: {e}")))?;
        w.write_all(b"\n").map_err(|e| cannot_spool(&e))
    }

    pub fn finish(mut self) -> Result<Spool> {
        for (_, mut w) in self.writers.drain() {
            w.flush().map_err(|e| cannot_spool(&e))?;
        }
        Ok(self.spool)
    }
}

impl Source for Spool {
    fn each(&self, key: &str, expected: &str, f: &mut dyn FnMut(usize, &Json) -> Result<()>) -> Result<()> {
        match self.fields.get(key) {
            None => Ok(()),
            Some(Field::Other) => Err(bad(key, expected)),
            Some(Field::List(path)) => self.lines(path, f),
        }
    }

    fn whole(&self, key: &str) -> Result<Option<Json>> {
        match self.fields.get(key) {
            None => Ok(None),
            Some(Field::Other) => Ok(Some(Json::Bool(false))),
            Some(Field::List(path)) => {
                let mut all = Vec::new();
                self.lines(path, &mut |_, r| {
                    all.push(r.clone());
                    Ok(())
                })?;
                Ok(Some(Json::Array(all)))
            }
        }
    }
}

/// The top level: `true` when it is an object (its lists spooled), `false` otherwise.
struct Top<'s>(&'s mut Spool);

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

macro_rules! not_an_object {
    ($($name:ident: $ty:ty),*) => {$(
        fn $name<E: de::Error>(self, _: $ty) -> std::result::Result<bool, E> { Ok(false) }
    )*};
}

impl<'de> Visitor<'de> for Top<'_> {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    not_an_object!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);
    fn visit_unit<E: de::Error>(self) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<bool, A::Error> {
        let spool = self.0;
        while let Some(key) = map.next_key::<String>()? {
            if key == "schema_version" {
                spool.schema_version = Some(map.next_value()?);
            } else if is_list(&key) {
                let path = spool.dir.path().join(format!("{key}.jsonl"));
                let file = File::create(&path).map_err(de::Error::custom)?;
                let list = map.next_value_seed(List(BufWriter::new(file)))?;
                spool.fields.insert(key, if list { Field::List(path) } else { Field::Other });
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(true)
    }
}

/// One list of records, written a line each: `true` when it is a list (or null, an
/// empty one), `false` when it is something else.
struct List(BufWriter<File>);

impl<'de> DeserializeSeed<'de> for List {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for List {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of records")
    }
    not_an_object!(visit_bool: bool, visit_i64: i64, visit_u64: u64, visit_f64: f64, visit_str: &str);
    fn visit_unit<E: de::Error>(mut self) -> std::result::Result<bool, E> {
        self.0.flush().map_err(E::custom)?;
        Ok(true)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<bool, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(false)
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> std::result::Result<bool, A::Error> {
        while let Some(record) = seq.next_element::<Json>()? {
            serde_json::to_writer(&mut self.0, &record).map_err(de::Error::custom)?;
            self.0.write_all(b"\n").map_err(de::Error::custom)?;
        }
        self.0.flush().map_err(de::Error::custom)?;
        Ok(true)
    }
}
