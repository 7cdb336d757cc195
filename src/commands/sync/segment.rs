//! Segment files, read and written a line at a time: a sync takes the memory of its
//! longest record, not of its segments, whatever the size of the community.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

use age::stream::StreamWriter;

use super::crypt::{self, Passphrase};
use crate::domain::sync::{SegmentHead, SegmentReader};
use crate::error::{Error, Result};
use crate::output::sync::{self as files, NewFile};
use crate::store::schema;
use crate::store::transfer::{self, Spool};

/// The longest line a segment may hold: far past any record the rules let in, and a
/// bound on what a hostile file can make a sync hold in memory.
const MAX_LINE: usize = 16 << 20;

const BUFFER: usize = 1 << 16;

/// Says which file a refusal comes from, keeping its exit code.
pub fn in_file(e: Error, path: &Path) -> Error {
    let say = |m: String| format!("{}: {m}; nothing from it was applied", path.display());
    match e {
        Error::Invalid(m) => Error::Invalid(say(m)),
        Error::Conflict(m) => Error::Conflict(say(m)),
        Error::NotFound(m) => Error::Invalid(say(m)),
        Error::Runtime(m) => Error::Runtime(say(m)),
        other => other,
    }
}

/// The kinds a segment's record may be of.
fn known(kind: &str) -> bool {
    kind == "tombstones" || transfer::kinds().any(|k| k == kind)
}

/// Reads a whole segment into a spool of its records, opened with the folder's
/// passphrase when this replica has one. An encrypted replica refuses a plain segment:
/// whoever holds the cloud folder could otherwise slip in records without knowing the
/// passphrase. Nothing is merged here, so a segment refused halfway changes nothing.
pub fn read(path: &Path, pass: Option<&Passphrase>) -> Result<(SegmentHead, Spool)> {
    let cannot_read = |e: std::io::Error| Error::runtime(format!("cannot read {}: {e}", path.display()));
    let mut input = BufReader::with_capacity(BUFFER, File::open(path).map_err(cannot_read)?);
    let sealed = crypt::is_sealed(input.fill_buf().map_err(cannot_read)?);
    match (pass, sealed) {
        (None, false) => lines(path, input, false),
        (None, true) => Err(in_file(
            Error::runtime(
                "it is encrypted: run `cop sync init DIR --as NAME --encrypt` with the folder's passphrase",
            ),
            path,
        )),
        (Some(_), false) => {
            Err(in_file(Error::invalid("it is not encrypted, and this folder's segments must be"), path))
        }
        (Some(pass), true) => match pass.open_from(input) {
            Ok(Some(plain)) => lines(path, BufReader::with_capacity(BUFFER, plain), true),
            Ok(None) => Err(in_file(Error::runtime("the passphrase does not open it"), path)),
            Err(m) => Err(in_file(Error::invalid(m), path)),
        },
    }
}

fn lines(path: &Path, mut input: impl BufRead, sealed: bool) -> Result<(SegmentHead, Spool)> {
    let bad = |m: String| in_file(Error::invalid(m), path);
    let mut reader = SegmentReader::new(schema::LATEST, &known);
    let mut spool = Spool::builder()?;
    let mut line = Vec::new();
    for at in 1.. {
        line.clear();
        let read = (&mut input).take(MAX_LINE as u64 + 1).read_until(b'\n', &mut line);
        let n = read.map_err(|e| match sealed {
            // What cannot be read of a sealed file is a piece that does not open.
            true => bad(crypt::damaged(&e)),
            false => Error::runtime(format!("cannot read {}: {e}", path.display())),
        })?;
        if n == 0 {
            break;
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        if line.len() > MAX_LINE {
            return Err(bad(format!("line {at}: longer than {} MiB", MAX_LINE >> 20)));
        }
        let text = std::str::from_utf8(&line).map_err(|_| bad("it is not UTF-8 text".into()))?;
        if let Some((kind, record)) = reader.line(text).map_err(bad)? {
            spool.push(&kind, &record)?;
        }
    }
    let head = reader.finish().map_err(bad)?;
    Ok((head, spool.finish()?))
}

fn cannot_write(e: &std::io::Error) -> Error {
    Error::runtime(format!("cannot write a segment: {e}"))
}

/// Where a segment's bytes go: its temporary file, sealed on the way when the folder
/// is encrypted.
enum Body {
    Plain(BufWriter<File>),
    Sealed(StreamWriter<BufWriter<File>>),
}

/// A segment being written under a temporary name in this replica's sub-folder, so a
/// file sync engine or another replica never reads it half written.
pub struct SegmentFile {
    new: NewFile,
    body: Body,
    records: u64,
}

impl SegmentFile {
    /// Starts the segment at `path` with its head line.
    pub fn create(path: &Path, head: &serde_json::Value, pass: Option<&Passphrase>) -> Result<SegmentFile> {
        let new = files::create(path)?;
        let out = BufWriter::with_capacity(BUFFER, new.writer()?);
        let body = match pass {
            Some(pass) => Body::Sealed(pass.seal_to(out)?),
            None => Body::Plain(out),
        };
        let mut segment = SegmentFile { new, body, records: 0 };
        segment.line(head)?;
        Ok(segment)
    }

    fn line(&mut self, value: &serde_json::Value) -> Result<()> {
        let out: &mut dyn Write = match &mut self.body {
            Body::Plain(w) => w,
            Body::Sealed(w) => w,
        };
        serde_json::to_writer(&mut *out, value)?;
        out.write_all(b"\n").map_err(|e| cannot_write(&e))
    }

    /// Adds one record, a line in the `cop export` shape.
    pub fn record(&mut self, kind: &str, record: serde_json::Value) -> Result<()> {
        self.line(&serde_json::json!({"kind": kind, "record": record}))?;
        self.records += 1;
        Ok(())
    }

    /// Ends the segment with the count of its records, makes it durable and puts it in
    /// place; returns that count.
    pub fn commit(mut self) -> Result<u64> {
        let n = self.records;
        self.line(&serde_json::json!({"end": n}))?;
        let out = match self.body {
            Body::Plain(w) => w,
            Body::Sealed(w) => w.finish().map_err(|e| crypt::cannot_encrypt(&e))?,
        };
        out.into_inner().map_err(|e| cannot_write(e.error()))?;
        self.new.commit()?;
        Ok(n)
    }
}
