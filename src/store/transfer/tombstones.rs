//! Incoming tombstones: deleted records stay deleted on every copy.

use std::collections::HashMap;

use serde_json::Value as Json;

use super::spool::Source;

use super::kinds::deletable;
use super::{Counts, bad};
use crate::domain::rules;
use crate::error::{Error, Result};
use crate::store::record_kinds::KINDS;
use crate::store::tombstones::{self, Tombstone};
use crate::store::{Db, timestamp};

/// Checks one incoming tombstone.
fn tombstone(rec: &Json, at: &str) -> Result<Tombstone> {
    let obj = rec.as_object().ok_or_else(|| bad(at, "an object"))?;
    let text = |field: &str, expected: &str| -> Result<String> {
        match obj.get(field) {
            None | Some(Json::Null) => Err(Error::invalid(format!("{at}.{field}: missing"))),
            Some(v) => v.as_str().map(str::to_string).ok_or_else(|| bad(&format!("{at}.{field}"), expected)),
        }
    };
    let uuid = text("uuid", "a UUID")?;
    rules::uuid(&uuid).map_err(|e| Error::invalid(format!("{at}.uuid: {e}")))?;
    let kinds: Vec<&str> = KINDS.iter().filter(|k| deletable(k.name).is_some()).map(|k| k.name).collect();
    let expected = format!("one of {}", kinds.join(", "));
    let kind = text("kind", &expected)?;
    let k = deletable(&kind).ok_or_else(|| bad(&format!("{at}.kind"), &expected))?;
    let deleted_at = text("deleted_at", "an RFC 3339 time")?;
    let deleted_at =
        rules::moment(&deleted_at).map_err(|e| Error::invalid(format!("{at}.deleted_at: {e}")))?;
    Ok(Tombstone { uuid, kind: k.name.into(), deleted_at: timestamp(deleted_at) })
}

/// Tombstones come first: each incoming one deletes the stored record it names, if any,
/// whatever its `updated_at` (a forgotten person is forgotten everywhere; the schema's
/// cascades take their links), and is kept so the record never comes back. Returns the
/// tombstones' own counts, and how many records of each kind were deleted.
pub(super) fn merge_tombstones(db: &Db, doc: &dyn Source) -> Result<(Counts, HashMap<&'static str, u64>)> {
    let mut counts = Counts { kind: "tombstones", ..Counts::default() };
    let mut removed: HashMap<&'static str, u64> = HashMap::new();
    // A bad tombstone anywhere refuses the document: the caller rolls back what the
    // ones before it did.
    doc.each("tombstones", "an array of tombstones", &mut |i, r| {
        let t = tombstone(r, &format!("tombstones[{i}]"))?;
        let Some(k) = deletable(&t.kind) else { return Ok(()) };
        if k.name == "members" {
            // Privacy first: the operation log forgets them too.
            crate::store::oplog::forget::noting(db, &t.uuid)?;
        }
        let sql = format!("DELETE FROM {} WHERE uuid = ?1", k.name);
        if db.conn.prepare_cached(&sql)?.execute([&t.uuid])? > 0 {
            *removed.entry(k.name).or_default() += 1;
        }
        if tombstones::add(db, &t)? {
            counts.added += 1;
        } else {
            counts.skipped += 1;
        }
        Ok(())
    })?;
    Ok((counts, removed))
}
