//! Turning one incoming record of a kind into the values its columns store, checked
//! against the record rules.

use rusqlite::OptionalExtension;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json};

use super::bad;
use crate::domain::rules::{self, Rule};
use crate::domain::tag;
use crate::error::{Error, Result};
use crate::store::record_kinds::{Field, KINDS, Kind, Ty::*, as_rule_value};
use crate::store::{Db, members, parse_timestamp, timestamp, tombstones};

/// The local id of the record of `table` with this UUID. Records are merged before what
/// refers to them, so one the document added is found like one stored before; no map of
/// every UUID is kept, which for a large community would outgrow the rest of the import.
pub(super) fn resolve(db: &Db, table: &'static str, uuid: &str, at: &str) -> Result<i64> {
    let sql = format!("SELECT id FROM {table} WHERE uuid = ?1");
    if let Some(id) = db.conn.prepare_cached(&sql)?.query_row([uuid], |r| r.get(0)).optional()? {
        return Ok(id);
    }
    // A member merged into another (`members merge`) is still known by its old UUID in
    // colleagues' files: what refers to it now refers to the member it was merged into.
    if table == "members"
        && let Some(keep) = members::resolve_member_alias(db, uuid)?
    {
        return resolve(db, table, &keep, at);
    }
    Err(Error::invalid(format!("{at}: no {table} record with uuid {uuid} in the file or the database")))
}

/// Checks every field of an incoming record or link of kind `k` and turns them into
/// what their columns store; `None` when it refers to a deleted record (one with a
/// tombstone) it cannot exist without: the import skips it, as the delete's cascade did.
pub(super) fn column_values(
    db: &Db,
    k: &Kind,
    obj: &Map<String, Json>,
    at: &str,
) -> Result<Option<Vec<Value>>> {
    let mut values = Vec::with_capacity(k.fields.len());
    for f in k.fields {
        match column_value(db, obj, f, at) {
            Ok(v) => values.push(v),
            Err(e) => {
                let Field(name, col, Ref(table) | OptRef(table), _) = f else { return Err(e) };
                let Some(u) = obj.get(*name).and_then(Json::as_str) else { return Err(e) };
                if !tombstones::contains(db, table, u)? {
                    return Err(e);
                }
                if matches!(f.2, Ref(_)) || cascades(db, k.name, col)? {
                    return Ok(None);
                }
                values.push(Value::Null);
            }
        }
    }
    Ok(Some(values))
}

/// Whether deleting the record that column `col` of `table` refers to deletes the row too
/// (`ON DELETE CASCADE`), rather than setting the column to null.
pub(super) fn cascades(db: &Db, table: &str, col: &str) -> Result<bool> {
    let action: Option<String> = db
        .conn
        .query_row(
            "SELECT on_delete FROM pragma_foreign_key_list(?1) WHERE \"from\" = ?2",
            [table, col],
            |r| r.get(0),
        )
        .optional()?;
    Ok(action.is_none_or(|a| a.eq_ignore_ascii_case("CASCADE")))
}

/// Checks one field of an incoming record against its record rule and turns it into
/// what its column stores.
pub(super) fn column_value(db: &Db, obj: &Map<String, Json>, f: &Field, at: &str) -> Result<Value> {
    let Field(name, _, ty, rule) = f;
    let at = format!("{at}.{name}");
    let v = obj.get(*name).unwrap_or(&Json::Null);
    if v.is_null() {
        return if ty.optional() { Ok(Value::Null) } else { Err(Error::invalid(format!("{at}: missing"))) };
    }
    let broken = |e: String| Error::invalid(format!("{at}: {e}"));
    let value = match ty {
        Text | OptText => Value::Text(v.as_str().ok_or_else(|| bad(&at, "text"))?.to_string()),
        Int | OptInt => match (v.as_i64(), rule) {
            (Some(n), _) => Value::Integer(n),
            // A whole number past i64 (2^64 - 1) is out of any range a field has.
            (None, Rule::Range(lo, hi)) if v.is_u64() => {
                return Err(broken(format!("must be {lo} to {hi}, got {v}")));
            }
            (None, _) => return Err(bad(&at, "a whole number")),
        },
        Bool => Value::Integer(i64::from(v.as_bool().ok_or_else(|| bad(&at, "true or false"))?)),
        Time | OptTime => {
            let s = v.as_str().ok_or_else(|| bad(&at, "an RFC 3339 time"))?;
            Value::Text(timestamp(rules::moment(s).map_err(broken)?))
        }
        OptDate => Value::Text(v.as_str().ok_or_else(|| bad(&at, "a day as YYYY-MM-DD"))?.to_string()),
        Ref(t) | OptRef(t) => {
            let u = v.as_str().ok_or_else(|| bad(&at, "a uuid"))?;
            rules::uuid(u).map_err(broken)?;
            return Ok(Value::Integer(resolve(db, t, u, &at)?));
        }
    };
    rule.check(as_rule_value(&value)).map_err(broken)?;
    Ok(value)
}

/// For a child record kind: the position of its parent field, and the parent's table.
pub(super) fn parent_of(k: &Kind) -> Result<(usize, &'static str)> {
    let internal =
        || Error::runtime(format!("{}: the parent of these records is not a field of theirs", k.name));
    let at = k.fields.iter().position(|f| f.0 == k.parent).ok_or_else(internal)?;
    match k.fields[at].2 {
        Ref(table) => Ok((at, table)),
        _ => Err(internal()),
    }
}

/// The kinds a tombstone may name: every kind of record but the community itself.
pub(super) fn deletable(kind: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.uuid && k.name == kind && k.name != "community")
}

pub(super) fn newer_than(new: &str, old: &str) -> bool {
    match (parse_timestamp(new), parse_timestamp(old)) {
        (Ok(n), Ok(o)) => n > o,
        (Ok(_), Err(_)) => true,
        _ => false,
    }
}

/// A list of tag names in a record, normalized.
pub(super) fn tag_list(obj: &Map<String, Json>, field: &str, at: &str) -> Result<Vec<String>> {
    let at = format!("{at}.{field}");
    let raw: Vec<String> = match obj.get(field) {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(a)) => a
            .iter()
            .map(|t| t.as_str().map(str::to_string).ok_or_else(|| bad(&at, "a list of tag names")))
            .collect::<Result<_>>()?,
        Some(_) => return Err(bad(&at, "a list of tag names")),
    };
    tag::normalize_all(&raw).map_err(|e| Error::invalid(format!("{at}: {e}")))
}

/// Runs one statement through the connection's cache of prepared ones: an import runs
/// the same few statements for every record.
pub(super) fn run(db: &Db, sql: &str, params: impl rusqlite::Params) -> rusqlite::Result<usize> {
    db.conn.prepare_cached(sql)?.execute(params)
}
