//! The whole community as one JSON document (`cop export`), and merging such a
//! document into the database by UUID (`cop import`).
//!
//! Integer ids are local to one database and never leave it: every record travels with
//! its UUID and every link names the records it joins by their UUIDs. A member carries
//! their tags (by name) and availability windows; popups and resources carry their tags.
//! Records are ordered by creation time and UUID, links by the UUIDs they join, so the
//! same community always gives the same document, whatever its local ids.
//!
//! Merging records: a record is matched by UUID (a tag also by its name, a member also
//! by their email, since those are unique); a new one is added, one whose incoming
//! `updated_at` is strictly newer replaces the stored one, any other is kept as stored.
//!
//! Merging links: every link belongs to one owning record, its parent:
//!
//! | links | owner |
//! |---|---|
//! | member tags (`interests`, `needs`, `expertise`), `availability` | the member |
//! | popup `tags`, `popup_members` | the popup |
//! | resource `tags` | the resource |
//! | `session_facilitators`, `rsvps`, `attendance` | the session |
//! | `assist_people`, `assist_invitations`, assist `tags` | the assist |
//! | `pairing_members` (with each member's `outcome`) | the pairing round |
//! | `tag_aliases` | the tag |
//!
//! When the incoming parent is added or replaces the stored one, the parent's links
//! become exactly the document's: missing ones are added, changed ones (an RSVP's
//! response or waitlist position, a popup member's status) are updated, and stored ones
//! the document lacks are removed (counted as `removed`). When the stored parent is kept
//! (incoming `updated_at` older or equal), or the parent is not in the document, its
//! links stay as stored and the document's are skipped. So a removed link travels with
//! its parent, which is why every command that changes a link set stamps the parent's
//! `updated_at` in the same transaction (see `Db::touch_owner`); a parent edited on both
//! copies keeps the newer copy's record and links whole (no field-by-field merge).
//!
//! Merging child records: records with their own UUID that exist only inside a parent
//! follow it the same way (`Kind::parent`):
//!
//! | children | parent |
//! |---|---|
//! | `agenda_items` | the popup |
//! | `assist_notes`, `takeaways`, `next_steps` | the assist |
//!
//! When the incoming parent is added or replaces the stored one, its stored children of
//! a kind whose UUID the document lacks are deleted (counted as `removed`), and its new
//! children are added. When the stored parent is kept, or is not in the document, all its
//! stored children stay and new incoming ones are skipped: the kept copy is the newer one
//! and may have deleted them on purpose, and adding them would leave the two copies
//! different after they exchanged documents. A child both copies hold is merged as any
//! record (newer `updated_at` wins), whatever its parent's fate: so a next step marked
//! done on one copy after the other edited the assist keeps its mark. Every store
//! function that adds, deletes, reorders or finishes a child stamps its parent in the
//! same transaction (`popups::add_agenda_item` and friends, `assists::add_note`,
//! `assists::replace`, `assists::mark_done`), so the rule sees every change.
//!
//! Deleted records travel as tombstones: `members forget` and `tags merge` keep the UUID
//! of the record they delete, its kind (table) and when, and nothing else (see
//! `store::tombstones`); the document lists them in `tombstones`, sorted by UUID. An
//! import applies the incoming tombstones before any record: each deletes the stored
//! record of its kind with its UUID, whatever its `updated_at` (privacy wins over a newer
//! local edit; the schema's cascades take its links and children, as the delete did on
//! the other copy; counted as `removed` under the record's kind), and is stored (counted
//! under `tombstones`). Then a record whose UUID has a tombstone, incoming or stored, is
//! skipped, never added back; so is a link, or a record, that refers to one and cannot
//! exist without it (a `Ref`, or an `OptRef` whose foreign key cascades, as a takeaway's
//! member), while an `OptRef` whose foreign key sets null (a popup's proposer) is
//! imported empty. Tombstones go by UUID only: a member matched by email whose UUID
//! differs is another record (someone who rejoined), so it is merged as usual.
//!
//! Member pauses (`member_pauses`) are records like any other: a resume updates one, so
//! it travels. Pairing exclusions are confidential: a document holds them
//! (`pairing_exclusions`: `member`, `other` by UUID, `created_at`) only when written by
//! `cop export --with-exclusions`; an import adds the ones it holds, skips those of a
//! forgotten member, and never lifts one (`store::exclusions`).
//!
//! Nothing else is ever deleted. All of it is one transaction: a bad record or
//! tombstone anywhere changes nothing.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::record_kinds::{
    Field, KINDS, Kind, Nested, TAG_KINDS, Ty, Ty::*, as_rule_value, most_tags, whole_record,
};
use super::tombstones::{self, Tombstone};
use super::{Db, exclusions, parse_timestamp, tags, timestamp};
use crate::domain::member::Availability;
use crate::domain::rules::{self, Rule};
use crate::domain::tag;
use crate::error::{Error, Result};

/// The confidential pairing exclusions: in a document only from `cop export
/// --with-exclusions`; an import adds them and never lifts one (`store::exclusions`).
const EXCLUSIONS: &str = "pairing_exclusions";

/// The kinds of record a document holds, in import order.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|k| k.name)
}

fn select_sql(k: &Kind) -> String {
    let mut cols: Vec<String> = Vec::new();
    if k.uuid {
        cols.push("x.id".into());
        cols.push("x.uuid".into());
    }
    for Field(_, col, ty, _) in k.fields {
        cols.push(match ty {
            Ref(t) | OptRef(t) => format!("(SELECT uuid FROM {t} WHERE id = x.{col})"),
            _ => format!("x.{col}"),
        });
    }
    format!("SELECT {} FROM {} x", cols.join(", "), k.name)
}

fn to_json(v: Value, ty: Ty) -> Json {
    match (v, ty) {
        (Value::Null, _) => Json::Null,
        (Value::Integer(i), Bool) => Json::Bool(i != 0),
        (Value::Integer(i), _) => json!(i),
        (Value::Real(f), _) => json!(f),
        (Value::Text(s), _) => Json::String(s),
        (Value::Blob(_), _) => Json::Null,
    }
}

/// Every record of one kind as JSON objects, in their stable order.
fn export_kind(db: &Db, k: &Kind) -> Result<Vec<Json>> {
    let mut stmt = db.conn.prepare(&select_sql(k))?;
    let mut rows = stmt.query([])?;
    let mut out: Vec<(String, Json)> = Vec::new();
    while let Some(r) = rows.next()? {
        let mut obj = Map::new();
        let offset = if k.uuid { 2 } else { 0 };
        let mut id = 0;
        if k.uuid {
            id = r.get(0)?;
            obj.insert("uuid".into(), Json::String(r.get(1)?));
        }
        for (i, Field(name, _, ty, _)) in k.fields.iter().enumerate() {
            obj.insert((*name).into(), to_json(r.get(i + offset)?, *ty));
        }
        export_nested(db, k.nested, id, &mut obj)?;
        let order = if k.uuid {
            format!(
                "{}\u{0}{}",
                obj.get("created_at").and_then(Json::as_str).unwrap_or(""),
                obj.get("uuid").and_then(Json::as_str).unwrap_or("")
            )
        } else {
            k.key
                .iter()
                .map(|f| obj.get(*f).map(ToString::to_string).unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\u{0}")
        };
        out.push((order, Json::Object(obj)));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out.into_iter().map(|(_, v)| v).collect())
}

fn names(db: &Db, sql: &str, args: &[Value]) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare(sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn export_nested(db: &Db, nested: Nested, id: i64, obj: &mut Map<String, Json>) -> Result<()> {
    match nested {
        Nested::None => {}
        Nested::Member => {
            for (field, kind) in TAG_KINDS {
                let list = names(
                    db,
                    "SELECT t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
                      WHERE mt.member_id = ?1 AND mt.kind = ?2 ORDER BY t.name",
                    &[Value::Integer(id), Value::Text(kind.into())],
                )?;
                obj.insert(field.into(), json!(list));
            }
            let mut stmt = db.conn.prepare(
                "SELECT weekday, start_minute, end_minute FROM availability WHERE member_id = ?1
                  ORDER BY weekday, start_minute, end_minute",
            )?;
            let windows = stmt
                .query_map([id], |r| {
                    Ok(json!({"weekday": r.get::<_, i64>(0)?, "start_minute": r.get::<_, i64>(1)?,
                              "end_minute": r.get::<_, i64>(2)?}))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            obj.insert("availability".into(), Json::Array(windows));
        }
        Nested::Tags(table, col) => {
            let sql = format!(
                "SELECT t.name FROM {table} l JOIN tags t ON t.id = l.tag_id WHERE l.{col} = ?1 ORDER BY t.name"
            );
            obj.insert("tags".into(), json!(names(db, &sql, &[Value::Integer(id)])?));
        }
    }
    Ok(())
}

/// The whole community: `schema_version`, `exported_at`, then every kind of record;
/// the confidential pairing exclusions only when asked for.
pub fn export(db: &Db, schema_version: i64, with_exclusions: bool) -> Result<Json> {
    let mut doc = Map::new();
    doc.insert("schema_version".into(), json!(schema_version));
    doc.insert("exported_at".into(), json!(db.stamp()));
    for k in KINDS {
        doc.insert(k.name.into(), Json::Array(export_kind(db, k)?));
    }
    if with_exclusions {
        doc.insert(EXCLUSIONS.into(), Json::Array(exclusions::export(db)?));
    }
    let gone: Vec<Json> = tombstones::list(db)?
        .into_iter()
        .map(|t| json!({"uuid": t.uuid, "kind": t.kind, "deleted_at": t.deleted_at}))
        .collect();
    doc.insert("tombstones".into(), Json::Array(gone));
    Ok(Json::Object(doc))
}

/// An empty community, for a database that does not exist yet.
pub fn export_empty(now: &str, schema_version: i64, with_exclusions: bool) -> Json {
    let mut doc = Map::new();
    doc.insert("schema_version".into(), json!(schema_version));
    doc.insert("exported_at".into(), json!(now));
    for k in KINDS {
        doc.insert(k.name.into(), json!([]));
    }
    if with_exclusions {
        doc.insert(EXCLUSIONS.into(), json!([]));
    }
    doc.insert("tombstones".into(), json!([]));
    Json::Object(doc)
}

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

/// Local ids of the records met so far, by kind and incoming UUID.
#[derive(Default)]
struct Ids(HashMap<&'static str, HashMap<String, i64>>);

impl Ids {
    fn resolve(&self, db: &Db, table: &'static str, uuid: &str, at: &str) -> Result<i64> {
        if let Some(id) = self.0.get(table).and_then(|m| m.get(uuid)) {
            return Ok(*id);
        }
        let sql = format!("SELECT id FROM {table} WHERE uuid = ?1");
        db.conn.query_row(&sql, [uuid], |r| r.get(0)).optional()?.ok_or_else(|| {
            Error::invalid(format!("{at}: no {table} record with uuid {uuid} in the file or the database"))
        })
    }
}

fn bad(at: &str, expected: &str) -> Error {
    Error::invalid(format!("{at}: expected {expected}"))
}

/// Checks every field of an incoming record or link of kind `k` and turns them into
/// what their columns store; `None` when it refers to a deleted record (one with a
/// tombstone) it cannot exist without: the import skips it, as the delete's cascade did.
fn column_values(
    db: &Db,
    ids: &Ids,
    k: &Kind,
    obj: &Map<String, Json>,
    at: &str,
) -> Result<Option<Vec<Value>>> {
    let mut values = Vec::with_capacity(k.fields.len());
    for f in k.fields {
        match column_value(db, ids, obj, f, at) {
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
fn cascades(db: &Db, table: &str, col: &str) -> Result<bool> {
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
fn column_value(db: &Db, ids: &Ids, obj: &Map<String, Json>, f: &Field, at: &str) -> Result<Value> {
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
            return Ok(Value::Integer(ids.resolve(db, t, u, &at)?));
        }
    };
    rule.check(as_rule_value(&value)).map_err(broken)?;
    Ok(value)
}

/// A constraint the database refused: a bad value (exit 2) or a duplicate (exit 4).
fn refused(e: rusqlite::Error, at: &str) -> Error {
    if let rusqlite::Error::SqliteFailure(f, msg) = &e
        && f.code == rusqlite::ErrorCode::ConstraintViolation
    {
        let what = msg.clone().unwrap_or_default();
        return if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
        {
            Error::conflict(format!("{at}: clashes with a different stored record ({what})"))
        } else {
            Error::invalid(format!("{at}: a value is not allowed ({what})"))
        };
    }
    Error::from(e)
}

/// Merges every kind of record of `doc` into the database, in one transaction the
/// caller holds. With `dry_run`, everything is done and then undone, so the counts are
/// exactly what a real import would do.
pub fn merge(db: &Db, doc: &Map<String, Json>, dry_run: bool) -> Result<Vec<Counts>> {
    db.conn.execute_batch("SAVEPOINT cop_import")?;
    let result = merge_all(db, doc);
    if dry_run || result.is_err() {
        db.conn.execute_batch("ROLLBACK TO cop_import")?;
    }
    db.conn.execute_batch("RELEASE cop_import")?;
    result
}

/// For each kind of record, what the import did with each one met so far, by local id:
/// `true` when the incoming record was added or replaced the stored one, so the links it
/// owns follow the document; `false` when the stored one was kept, and its links with it.
#[derive(Default)]
struct Fates(HashMap<&'static str, HashMap<i64, bool>>);

impl Fates {
    /// Whether the record of `table` with local id `id` follows the document.
    fn follows(&self, table: &str, id: i64) -> bool {
        self.0.get(table).and_then(|m| m.get(&id)).copied().unwrap_or(false)
    }

    /// The local ids of the records of `table` that follow the document, in order.
    fn following(&self, table: &str) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .0
            .get(table)
            .map(|m| m.iter().filter(|(_, f)| **f).map(|(id, _)| *id).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }
}

/// For a child record kind: the position of its parent field, and the parent's table.
fn parent_of(k: &Kind) -> Result<(usize, &'static str)> {
    let internal =
        || Error::runtime(format!("{}: the parent of these records is not a field of theirs", k.name));
    let at = k.fields.iter().position(|f| f.0 == k.parent).ok_or_else(internal)?;
    match k.fields[at].2 {
        Ref(table) => Ok((at, table)),
        _ => Err(internal()),
    }
}

/// Child records follow their parent: for every parent the import added or replaced,
/// the stored children of kind `k` the document lacks are deleted (counted as
/// `removed`). The children it has are then merged one by one, as any record.
fn prune_children(db: &Db, fates: &Fates, k: &Kind, records: &[Json], counts: &mut Counts) -> Result<()> {
    let (at, table) = parent_of(k)?;
    let wanted: std::collections::HashSet<&str> =
        records.iter().filter_map(|r| r.get("uuid").and_then(Json::as_str)).collect();
    let children = format!("SELECT id, uuid FROM {} WHERE {} = ?1", k.name, k.fields[at].1);
    let delete = format!("DELETE FROM {} WHERE id = ?1", k.name);
    for parent in fates.following(table) {
        let stored: Vec<(i64, String)> = db
            .conn
            .prepare_cached(&children)?
            .query_map([parent], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, uuid) in stored {
            if !wanted.contains(uuid.as_str()) {
                db.conn.execute(&delete, [id])?;
                counts.removed += 1;
            }
        }
    }
    Ok(())
}

/// The kinds a tombstone may name: every kind of record but the community itself.
fn deletable(kind: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| k.uuid && k.name == kind && k.name != "community")
}

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
fn merge_tombstones(db: &Db, doc: &Map<String, Json>) -> Result<(Counts, HashMap<&'static str, u64>)> {
    let mut counts = Counts { kind: "tombstones", ..Counts::default() };
    let mut removed: HashMap<&'static str, u64> = HashMap::new();
    let records = match doc.get("tombstones") {
        None | Some(Json::Null) => &Vec::new(),
        Some(Json::Array(a)) => a,
        Some(_) => return Err(bad("tombstones", "an array of tombstones")),
    };
    let checked: Vec<Tombstone> = records
        .iter()
        .enumerate()
        .map(|(i, r)| tombstone(r, &format!("tombstones[{i}]")))
        .collect::<Result<_>>()?;
    for t in checked {
        let Some(k) = deletable(&t.kind) else { continue };
        if k.name == "members" {
            // Privacy first: the operation log forgets them too.
            super::oplog::forget::noting(db, &t.uuid)?;
        }
        let sql = format!("DELETE FROM {} WHERE uuid = ?1", k.name);
        if db.conn.execute(&sql, [&t.uuid])? > 0 {
            *removed.entry(k.name).or_default() += 1;
        }
        if tombstones::add(db, &t)? {
            counts.added += 1;
        } else {
            counts.skipped += 1;
        }
    }
    Ok((counts, removed))
}

/// Every UUID names one record: a UUID on two records of a document, of one kind (the
/// last would silently win) or of two (a member reusing a session's), is refused with
/// both places. (A tombstone listed twice deletes the same record twice: harmless.)
fn unique_uuids(doc: &Map<String, Json>) -> Result<()> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    for k in KINDS.iter().filter(|k| k.uuid) {
        let Some(Json::Array(list)) = doc.get(k.name) else { continue };
        for (i, r) in list.iter().enumerate() {
            let Some(u) = r.get("uuid").and_then(Json::as_str) else { continue };
            let at = format!("{}[{i}]", k.name);
            if let Some(first) = seen.insert(u, at.clone()) {
                return Err(Error::invalid(format!("{at}.uuid: {u} is also the uuid of {first}")));
            }
        }
    }
    Ok(())
}

/// The stored record of another kind that already has `uuid`, or the tombstone of one:
/// a new record may not take it (cop makes every UUID anew, so it is a hand-edited file
/// or a mix-up of two communities).
fn uuid_taken_elsewhere(db: &Db, k: &Kind, uuid: &str) -> Result<Option<String>> {
    for other in KINDS.iter().filter(|o| o.uuid && o.name != k.name) {
        let sql = format!("SELECT id FROM {} WHERE uuid = ?1", other.name);
        if let Some(id) =
            db.conn.prepare_cached(&sql)?.query_row([uuid], |r| r.get::<_, i64>(0)).optional()?
        {
            return Ok(Some(format!("{} {id}", other.one)));
        }
    }
    let gone: Option<String> = db
        .conn
        .prepare_cached("SELECT kind FROM tombstones WHERE uuid = ?1 AND kind <> ?2")?
        .query_row([uuid, k.name], |r| r.get(0))
        .optional()?;
    Ok(gone.map(|kind| format!("a deleted record of {kind}")))
}

fn merge_all(db: &Db, doc: &Map<String, Json>) -> Result<Vec<Counts>> {
    let mut ids = Ids::default();
    let mut fates = Fates::default();
    unique_uuids(doc)?;
    let (gone, removed) = merge_tombstones(db, doc)?;
    let mut all = vec![gone];
    for k in KINDS {
        let records = match doc.get(k.name) {
            None | Some(Json::Null) => &Vec::new(),
            Some(Json::Array(a)) => a,
            Some(_) => return Err(bad(k.name, "an array of records")),
        };
        let removed = removed.get(k.name).copied().unwrap_or(0);
        let mut counts = Counts { kind: k.name, removed, ..Counts::default() };
        if k.uuid {
            if !k.parent.is_empty() {
                prune_children(db, &fates, k, records, &mut counts)?;
            }
            for (i, rec) in records.iter().enumerate() {
                let at = format!("{}[{i}]", k.name);
                let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
                merge_one(db, &mut ids, &mut fates, k, obj, &at, &mut counts)?;
            }
        } else {
            merge_links(db, &ids, &fates, k, records, &mut counts)?;
        }
        all.push(counts);
    }
    if let Some(records) = doc.get(EXCLUSIONS) {
        let member = |uuid: &str, at: &str| -> Result<Option<i64>> {
            match ids.resolve(db, "members", uuid, at) {
                Ok(id) => Ok(Some(id)),
                Err(_) if tombstones::contains(db, "members", uuid)? => Ok(None),
                Err(e) => Err(e),
            }
        };
        let (added, skipped) = exclusions::merge(db, records, member)?;
        all.push(Counts { kind: EXCLUSIONS, added, skipped, ..Counts::default() });
    }
    Ok(all)
}

fn merge_one(
    db: &Db,
    ids: &mut Ids,
    fates: &mut Fates,
    k: &'static Kind,
    obj: &Map<String, Json>,
    at: &str,
    counts: &mut Counts,
) -> Result<()> {
    let u = obj
        .get("uuid")
        .and_then(Json::as_str)
        .ok_or_else(|| Error::invalid(format!("{at}.uuid: missing")))?;
    rules::uuid(u).map_err(|e| Error::invalid(format!("{at}.uuid: {e}")))?;
    let uuid = u.to_string();
    let values = column_values(db, ids, k, obj, at)?;
    // A deleted record is never added back, nor one that cannot exist without one.
    let gone = k.name != "community" && tombstones::contains(db, k.name, &uuid)?;
    let Some(values) = values.filter(|_| !gone) else {
        counts.skipped += 1;
        return Ok(());
    };
    let value_of = |name: &str| k.fields.iter().position(|f| f.0 == name).map(|i| values[i].clone());
    whole_record(k, |name| value_of(name))
        .map_err(|(field, e)| Error::invalid(format!("{at}.{field}: {e}")))?;
    let incoming_updated = value_of("updated_at");
    let cols: Vec<&str> = k.fields.iter().map(|f| f.1).collect();

    // Find the stored record: (local id, stored updated_at).
    let stored: Option<(i64, Option<String>)> = if k.name == "community" {
        db.conn
            .query_row("SELECT id, updated_at FROM community WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
    } else {
        let by_uuid = format!("SELECT id, updated_at FROM {} WHERE uuid = ?1", k.name);
        let mut found = db.conn.query_row(&by_uuid, [&uuid], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        if found.is_none()
            && let Some(field) = k.also_by
            && let Some(v @ Value::Text(_)) = value_of(field)
        {
            let col = k.fields.iter().find(|f| f.0 == field).map_or(field, |f| f.1);
            let sql = format!("SELECT id, updated_at FROM {} WHERE {col} = ?1", k.name);
            found = db.conn.query_row(&sql, [v], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        }
        found
    };

    // A new child of a parent whose stored copy was kept is one that copy does not
    // have: it deleted it, or the other copy added it in an edit the kept copy won over.
    if stored.is_none() && !k.parent.is_empty() {
        let (parent, table) = parent_of(k)?;
        let follows = match &values[parent] {
            Value::Integer(id) => fates.follows(table, *id),
            _ => false,
        };
        if !follows {
            counts.skipped += 1;
            return Ok(());
        }
    }

    let (id, follows) = match stored {
        None => {
            if let Some(holder) = uuid_taken_elsewhere(db, k, &uuid)? {
                return Err(Error::conflict(format!("{at}.uuid: {uuid} is already the uuid of {holder}")));
            }
            let mut all_cols: Vec<&str> = Vec::new();
            let mut args: Vec<Value> = Vec::new();
            if k.name == "community" {
                all_cols.push("id");
                args.push(Value::Integer(1));
            }
            all_cols.push("uuid");
            args.push(Value::Text(uuid.clone()));
            all_cols.extend(&cols);
            args.extend(values.iter().cloned());
            let marks: Vec<String> = (1..=args.len()).map(|i| format!("?{i}")).collect();
            let sql =
                format!("INSERT INTO {} ({}) VALUES ({})", k.name, all_cols.join(", "), marks.join(", "));
            db.conn.execute(&sql, params_from_iter(&args)).map_err(|e| refused(e, at))?;
            let id = if k.name == "community" { 1 } else { db.conn.last_insert_rowid() };
            ids.0.entry(k.name).or_default().insert(uuid, id);
            import_nested(db, k.nested, id, obj, at)?;
            counts.added += 1;
            (id, true)
        }
        Some((id, old)) => {
            ids.0.entry(k.name).or_default().insert(uuid, id);
            let newer = match (&incoming_updated, &old) {
                (Some(Value::Text(new)), Some(old)) => newer_than(new, old),
                _ => false,
            };
            if newer {
                let sets: Vec<String> =
                    cols.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
                let mut args = values.clone();
                args.push(Value::Integer(id));
                let sql = format!("UPDATE {} SET {} WHERE id = ?{}", k.name, sets.join(", "), args.len());
                db.conn.execute(&sql, params_from_iter(&args)).map_err(|e| refused(e, at))?;
                import_nested(db, k.nested, id, obj, at)?;
                counts.updated += 1;
            } else {
                counts.skipped += 1;
            }
            (id, newer)
        }
    };
    fates.0.entry(k.name).or_default().insert(id, follows);
    Ok(())
}

/// Merges one kind of link. A link follows its owner (parent) record: when the incoming
/// parent was added or replaced the stored one, the parent's stored links become exactly
/// the document's (missing ones added, changed ones updated, the others removed); when
/// the stored parent was kept, or the parent is not in the document, its stored links stay
/// as they are and the document's are skipped.
fn merge_links(
    db: &Db,
    ids: &Ids,
    fates: &Fates,
    k: &'static Kind,
    records: &[Json],
    counts: &mut Counts,
) -> Result<()> {
    let pos = |name: &str| k.fields.iter().position(|f| f.0 == name);
    let internal =
        || Error::runtime(format!("{}: the owner of these links is not a field of theirs", k.name));
    let owner_at = pos(k.owner).ok_or_else(internal)?;
    let Ref(parent_table) = k.fields[owner_at].2 else { return Err(internal()) };
    let key_at: Vec<usize> = k.key.iter().filter_map(|f| pos(f)).collect();
    let cols: Vec<&str> = k.fields.iter().map(|f| f.1).collect();
    let follows = |parent: &Value| match parent {
        Value::Integer(id) => fates.follows(parent_table, *id),
        _ => false,
    };
    let key_of = |values: &[Value]| key_at.iter().map(|i| values[*i].clone()).collect::<Vec<_>>();

    // Check and resolve every incoming link before changing anything.
    let mut incoming: Vec<(Vec<Value>, String)> = Vec::new();
    let mut wanted: HashMap<i64, Vec<Vec<Value>>> = HashMap::new();
    for (i, rec) in records.iter().enumerate() {
        let at = format!("{}[{i}]", k.name);
        let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
        // A link to a deleted record went with it.
        let Some(values) = column_values(db, ids, k, obj, &at)? else {
            counts.skipped += 1;
            continue;
        };
        if let Value::Integer(parent) = values[owner_at] {
            wanted.entry(parent).or_default().push(key_of(&values));
        }
        incoming.push((values, at));
    }

    let select = format!("SELECT {} FROM {}", cols.join(", "), k.name);
    let by_key: Vec<String> =
        key_at.iter().enumerate().map(|(n, i)| format!("{} = ?{}", cols[*i], n + 1)).collect();
    let by_key = by_key.join(" AND ");
    let read_rows = |sql: &str, args: &[Value]| -> Result<Vec<Vec<Value>>> {
        let mut stmt = db.conn.prepare_cached(sql)?;
        let rows = stmt.query_map(params_from_iter(args), |r| {
            (0..cols.len()).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<Vec<_>>>()
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };

    // The stored links of a parent that follows the document, and that it lacks, go.
    let parents = fates.following(parent_table);
    let of_parent = format!("{select} WHERE {} = ?1", cols[owner_at]);
    let delete = format!("DELETE FROM {} WHERE {by_key}", k.name);
    for parent in parents {
        let keep = wanted.get(&parent).map_or(&[][..], Vec::as_slice);
        for row in read_rows(&of_parent, &[Value::Integer(parent)])? {
            let key = key_of(&row);
            if !keep.contains(&key) {
                db.conn.execute(&delete, params_from_iter(&key))?;
                counts.removed += 1;
            }
        }
    }

    // Then its incoming links are added, or written over the stored ones that differ.
    let one = format!("{select} WHERE {by_key}");
    for (values, at) in incoming {
        if !follows(&values[owner_at]) {
            counts.skipped += 1;
            continue;
        }
        let key = key_of(&values);
        match read_rows(&one, &key)?.into_iter().next() {
            Some(row) if row == values => counts.skipped += 1,
            Some(_) => {
                let sets: Vec<String> =
                    cols.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
                let wheres: Vec<String> = key_at
                    .iter()
                    .enumerate()
                    .map(|(n, i)| format!("{} = ?{}", cols[*i], values.len() + n + 1))
                    .collect();
                let sql = format!("UPDATE {} SET {} WHERE {}", k.name, sets.join(", "), wheres.join(" AND "));
                let args: Vec<Value> = values.iter().cloned().chain(key).collect();
                db.conn.execute(&sql, params_from_iter(&args)).map_err(|e| refused(e, &at))?;
                counts.updated += 1;
            }
            None => {
                let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
                let sql =
                    format!("INSERT INTO {} ({}) VALUES ({})", k.name, cols.join(", "), marks.join(", "));
                db.conn.execute(&sql, params_from_iter(&values)).map_err(|e| refused(e, &at))?;
                counts.added += 1;
            }
        }
    }
    Ok(())
}

fn newer_than(new: &str, old: &str) -> bool {
    match (parse_timestamp(new), parse_timestamp(old)) {
        (Ok(n), Ok(o)) => n > o,
        (Ok(_), Err(_)) => true,
        _ => false,
    }
}

/// A list of tag names in a record, normalized.
fn tag_list(obj: &Map<String, Json>, field: &str, at: &str) -> Result<Vec<String>> {
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

/// Replaces the tags and windows a record carries with the incoming ones.
fn import_nested(db: &Db, nested: Nested, id: i64, obj: &Map<String, Json>, at: &str) -> Result<()> {
    let stamp = db.stamp();
    match nested {
        Nested::None => {}
        Nested::Member => {
            db.conn.execute("DELETE FROM member_tags WHERE member_id = ?1", [id])?;
            for (field, kind) in TAG_KINDS {
                for name in tag_list(obj, field, at)? {
                    let tag_id = tags::ensure(db, &name)?;
                    db.conn.execute(
                        "INSERT OR IGNORE INTO member_tags (member_id, kind, tag_id, created_at) VALUES (?1, ?2, ?3, ?4)",
                        rusqlite::params![id, kind, tag_id, stamp],
                    )?;
                }
            }
            db.conn.execute("DELETE FROM availability WHERE member_id = ?1", [id])?;
            let windows = match obj.get("availability") {
                None | Some(Json::Null) => &Vec::new(),
                Some(Json::Array(a)) => a,
                Some(_) => return Err(bad(&format!("{at}.availability"), "a list of windows")),
            };
            for (i, w) in windows.iter().enumerate() {
                let wat = format!("{at}.availability[{i}]");
                let n = |f: &str| {
                    w.get(f)
                        .and_then(Json::as_i64)
                        .ok_or_else(|| Error::invalid(format!("{wat}.{f}: missing or not a whole number")))
                };
                let (weekday, start, end) = (n("weekday")?, n("start_minute")?, n("end_minute")?);
                Availability::check_stored(weekday, start, end)
                    .map_err(|(f, e)| Error::invalid(format!("{wat}.{f}: {e}")))?;
                db.conn
                    .execute(
                        "INSERT INTO availability (member_id, weekday, start_minute, end_minute)
                         VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                        rusqlite::params![id, weekday, start, end],
                    )
                    .map_err(|e| refused(e, &wat))?;
            }
        }
        Nested::Tags(table, col) => {
            db.conn.execute(&format!("DELETE FROM {table} WHERE {col} = ?1"), [id])?;
            let names = tag_list(obj, "tags", at)?;
            if let Some(most) = most_tags(table)
                && names.len() > most
            {
                return Err(Error::invalid(format!(
                    "{at}.tags: expected at most {most} tags, got {}",
                    names.len()
                )));
            }
            for name in names {
                let tag_id = tags::ensure(db, &name)?;
                db.conn.execute(
                    &format!("INSERT OR IGNORE INTO {table} ({col}, tag_id) VALUES (?1, ?2)"),
                    rusqlite::params![id, tag_id],
                )?;
            }
        }
    }
    Ok(())
}
