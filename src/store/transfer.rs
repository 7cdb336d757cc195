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
//! | `assist_people` | the assist |
//! | `pairing_members` | the pairing round |
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
//! Nothing else is ever deleted. All of it is one transaction: a bad record or
//! tombstone anywhere changes nothing.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde::Serialize;
use serde_json::{Map, Value as Json, json};

use super::tombstones::{self, Tombstone};
use super::{Db, parse_timestamp, tags, timestamp};
use crate::domain::{member, tag};
use crate::error::{Error, Result};

/// How a field is stored and checked.
#[derive(Clone, Copy, PartialEq)]
enum Ty {
    Text,
    OptText,
    Int,
    OptInt,
    Bool,
    /// An RFC 3339 moment, stored in UTC.
    Time,
    OptTime,
    /// A `YYYY-MM-DD` day.
    OptDate,
    /// A link to a record of the named table, by its UUID.
    Ref(&'static str),
    OptRef(&'static str),
}

/// One field of a record: its name in the document, its column, its type.
struct Field(&'static str, &'static str, Ty);

/// Tags a record carries, by name.
#[derive(Clone, Copy, PartialEq)]
enum Nested {
    None,
    /// Interests, needs and expertise, and availability windows.
    Member,
    /// `tags`, kept in the link table named, by the column naming the record.
    Tags(&'static str, &'static str),
}

/// A kind of record in the document: a table with UUIDs, or a link table.
struct Kind {
    name: &'static str,
    /// Records have a `uuid`; links are identified by `key` instead.
    uuid: bool,
    fields: &'static [Field],
    /// For links: the fields that identify one.
    key: &'static [&'static str],
    /// For records: another unique field that identifies the same record.
    also_by: Option<&'static str>,
    nested: Nested,
    /// For links: the field naming the record that owns the link (its parent), whose
    /// `updated_at` decides whether the stored links or the incoming ones win.
    owner: &'static str,
    /// For child records (records that exist only inside another): the field naming
    /// the record that owns them (their parent), whose `updated_at` decides which
    /// children it has.
    parent: &'static str,
}

use Ty::*;

const CREATED: Field = Field("created_at", "created_at", Time);
const UPDATED: Field = Field("updated_at", "updated_at", Time);
/// The two ends most links join.
const MEMBER: Field = Field("member", "member_id", Ref("members"));
const SESSION: Field = Field("session", "session_id", Ref("sessions"));

const fn record(name: &'static str, fields: &'static [Field]) -> Kind {
    Kind { name, uuid: true, fields, key: &[], also_by: None, nested: Nested::None, owner: "", parent: "" }
}

/// A child record kind: its records exist only inside the record that `parent` (one of
/// its fields, a reference) names.
const fn child(name: &'static str, fields: &'static [Field], parent: &'static str) -> Kind {
    Kind { parent, ..record(name, fields) }
}

/// A link table: `key` identifies one link, `owner` (one of the key's fields, a
/// reference) names the record the link belongs to.
const fn link(
    name: &'static str,
    fields: &'static [Field],
    key: &'static [&'static str],
    owner: &'static str,
) -> Kind {
    Kind { name, uuid: false, fields, key, also_by: None, nested: Nested::None, owner, parent: "" }
}

/// Every kind, in the order an import must add them (records before what links to them).
const KINDS: &[Kind] = &[
    record("community", &[Field("name", "name", Text), CREATED, UPDATED]),
    Kind { also_by: Some("name"), ..record("tags", &[Field("name", "name", Text), CREATED, UPDATED]) },
    Kind {
        also_by: Some("email"),
        nested: Nested::Member,
        ..record(
            "members",
            &[
                Field("name", "name", Text),
                Field("email", "email", OptText),
                Field("role", "role", Text),
                Field("status", "status", Text),
                Field("region", "region", OptText),
                Field("timezone", "timezone", OptText),
                Field("facilitator", "facilitator", Bool),
                Field("joined_on", "joined_on", OptDate),
                Field("note", "note", OptText),
                CREATED,
                UPDATED,
            ],
        )
    },
    Kind {
        nested: Nested::Tags("popup_tags", "popup_id"),
        ..record(
            "popups",
            &[
                Field("title", "title", Text),
                Field("description", "description", OptText),
                Field("status", "status", Text),
                Field("proposer", "proposer_id", OptRef("members")),
                Field("needs_expert", "needs_expert", Bool),
                Field("expert", "expert_id", OptRef("members")),
                Field("external_expert", "external_expert", OptText),
                Field("max_members", "max_members", OptInt),
                Field("outcome", "outcome", OptText),
                Field("closed_at", "closed_at", OptTime),
                CREATED,
                UPDATED,
            ],
        )
    },
    record(
        "sessions",
        &[
            Field("kind", "kind", Text),
            Field("title", "title", Text),
            Field("starts_at", "starts_at", Time),
            Field("minutes", "minutes", Int),
            Field("link", "link", OptText),
            Field("location", "location", OptText),
            Field("trainer", "trainer", OptText),
            Field("capacity", "capacity", OptInt),
            Field("note", "note", OptText),
            Field("status", "status", Text),
            Field("cancel_reason", "cancel_reason", OptText),
            Field("sequence", "sequence", Int),
            Field("popup", "popup_id", OptRef("popups")),
            CREATED,
            UPDATED,
        ],
    ),
    child(
        "agenda_items",
        &[
            Field("popup", "popup_id", Ref("popups")),
            Field("position", "position", Int),
            Field("text", "text", Text),
            Field("minutes", "minutes", OptInt),
            Field("session", "session_id", OptRef("sessions")),
            Field("done_at", "done_at", OptTime),
            CREATED,
            UPDATED,
        ],
        "popup",
    ),
    record(
        "assists",
        &[
            Field("held_at", "held_at", Time),
            Field("minutes", "minutes", Int),
            Field("challenge", "challenge", Text),
            Field("group_name", "group_name", OptText),
            Field("situation", "situation", OptText),
            Field("response", "response", OptText),
            Field("reflection", "reflection", OptText),
            Field("continue_discussion", "continue_discussion", Bool),
            Field("status", "status", Text),
            Field("current_step", "current_step", Int),
            Field("session", "session_id", OptRef("sessions")),
            CREATED,
            UPDATED,
        ],
    ),
    child(
        "assist_notes",
        &[
            Field("assist", "assist_id", Ref("assists")),
            Field("step", "step", Int),
            Field("position", "position", Int),
            Field("text", "text", Text),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    child(
        "takeaways",
        &[
            Field("assist", "assist_id", Ref("assists")),
            Field("member", "member_id", OptRef("members")),
            Field("text", "text", Text),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    child(
        "next_steps",
        &[
            Field("assist", "assist_id", Ref("assists")),
            Field("text", "text", Text),
            Field("owner", "owner_id", OptRef("members")),
            Field("due_on", "due_on", OptDate),
            Field("done_at", "done_at", OptTime),
            CREATED,
            UPDATED,
        ],
        "assist",
    ),
    Kind {
        nested: Nested::Tags("resource_tags", "resource_id"),
        ..record(
            "resources",
            &[
                Field("title", "title", Text),
                Field("url", "url", OptText),
                Field("note", "note", OptText),
                Field("assist", "assist_id", OptRef("assists")),
                Field("popup", "popup_id", OptRef("popups")),
                Field("session", "session_id", OptRef("sessions")),
                CREATED,
                UPDATED,
            ],
        )
    },
    record(
        "pairing_rounds",
        &[
            Field("seed", "seed", OptInt),
            Field("session", "session_id", OptRef("sessions")),
            Field("note", "note", OptText),
            CREATED,
            UPDATED,
        ],
    ),
    link(
        "tag_aliases",
        &[Field("alias", "alias", Text), Field("tag", "tag_id", Ref("tags")), CREATED],
        &["alias"],
        "tag",
    ),
    link(
        "popup_members",
        &[
            Field("popup", "popup_id", Ref("popups")),
            MEMBER,
            Field("status", "status", Text),
            Field("position", "position", Int),
            CREATED,
            UPDATED,
        ],
        &["popup", "member"],
        "popup",
    ),
    link("session_facilitators", &[SESSION, MEMBER, CREATED], &["session", "member"], "session"),
    link(
        "rsvps",
        &[
            SESSION,
            MEMBER,
            Field("response", "response", Text),
            Field("position", "position", Int),
            CREATED,
            UPDATED,
        ],
        &["session", "member"],
        "session",
    ),
    link("attendance", &[SESSION, MEMBER, CREATED], &["session", "member"], "session"),
    link(
        "assist_people",
        &[Field("assist", "assist_id", Ref("assists")), MEMBER, Field("role", "role", Text), CREATED],
        &["assist", "member", "role"],
        "assist",
    ),
    link(
        "pairing_members",
        &[Field("round", "round_id", Ref("pairing_rounds")), MEMBER, Field("group_no", "group_no", Int)],
        &["round", "member"],
        "round",
    ),
];

/// The kinds of record a document holds, in import order.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|k| k.name)
}

const TAG_KINDS: [(&str, &str); 3] =
    [("interests", "interest"), ("needs", "need"), ("expertise", "expertise")];

fn select_sql(k: &Kind) -> String {
    let mut cols: Vec<String> = Vec::new();
    if k.uuid {
        cols.push("x.id".into());
        cols.push("x.uuid".into());
    }
    for Field(_, col, ty) in k.fields {
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
        for (i, Field(name, _, ty)) in k.fields.iter().enumerate() {
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

/// The whole community: `schema_version`, `exported_at`, then every kind of record.
pub fn export(db: &Db, schema_version: i64) -> Result<Json> {
    let mut doc = Map::new();
    doc.insert("schema_version".into(), json!(schema_version));
    doc.insert("exported_at".into(), json!(db.stamp()));
    for k in KINDS {
        doc.insert(k.name.into(), Json::Array(export_kind(db, k)?));
    }
    let gone: Vec<Json> = tombstones::list(db)?
        .into_iter()
        .map(|t| json!({"uuid": t.uuid, "kind": t.kind, "deleted_at": t.deleted_at}))
        .collect();
    doc.insert("tombstones".into(), Json::Array(gone));
    Ok(Json::Object(doc))
}

/// An empty community, for a database that does not exist yet.
pub fn export_empty(now: &str, schema_version: i64) -> Json {
    let mut doc = Map::new();
    doc.insert("schema_version".into(), json!(schema_version));
    doc.insert("exported_at".into(), json!(now));
    for k in KINDS {
        doc.insert(k.name.into(), json!([]));
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
                let Field(name, col, Ref(table) | OptRef(table)) = f else { return Err(e) };
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

/// Checks one field of an incoming record and turns it into what its column stores.
fn column_value(db: &Db, ids: &Ids, obj: &Map<String, Json>, f: &Field, at: &str) -> Result<Value> {
    let Field(name, _, ty) = f;
    let at = format!("{at}.{name}");
    let v = obj.get(*name).unwrap_or(&Json::Null);
    let optional = matches!(ty, OptText | OptInt | OptTime | OptDate | OptRef(_));
    if v.is_null() {
        return if optional { Ok(Value::Null) } else { Err(Error::invalid(format!("{at}: missing"))) };
    }
    Ok(match ty {
        Text | OptText => Value::Text(v.as_str().ok_or_else(|| bad(&at, "text"))?.to_string()),
        Int | OptInt => Value::Integer(v.as_i64().ok_or_else(|| bad(&at, "a whole number"))?),
        Bool => Value::Integer(i64::from(v.as_bool().ok_or_else(|| bad(&at, "true or false"))?)),
        Time | OptTime => {
            let s = v.as_str().ok_or_else(|| bad(&at, "an RFC 3339 time"))?;
            Value::Text(timestamp(parse_timestamp(s).map_err(|_| bad(&at, "an RFC 3339 time"))?))
        }
        OptDate => {
            let s = v.as_str().ok_or_else(|| bad(&at, "a day as YYYY-MM-DD"))?;
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| bad(&at, "a day as YYYY-MM-DD"))?;
            Value::Text(s.to_string())
        }
        Ref(t) | OptRef(t) => {
            let u = v.as_str().ok_or_else(|| bad(&at, "a uuid"))?;
            Value::Integer(ids.resolve(db, t, u, &at)?)
        }
    })
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
    uuid::Uuid::parse_str(&uuid).map_err(|_| bad(&format!("{at}.uuid"), "a UUID"))?;
    let kinds: Vec<&str> = KINDS.iter().filter(|k| deletable(k.name).is_some()).map(|k| k.name).collect();
    let expected = format!("one of {}", kinds.join(", "));
    let kind = text("kind", &expected)?;
    let k = deletable(&kind).ok_or_else(|| bad(&format!("{at}.kind"), &expected))?;
    let deleted_at = text("deleted_at", "an RFC 3339 time")?;
    let deleted_at =
        parse_timestamp(&deleted_at).map_err(|_| bad(&format!("{at}.deleted_at"), "an RFC 3339 time"))?;
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

fn merge_all(db: &Db, doc: &Map<String, Json>) -> Result<Vec<Counts>> {
    let mut ids = Ids::default();
    let mut fates = Fates::default();
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
    uuid::Uuid::parse_str(u).map_err(|_| bad(&format!("{at}.uuid"), "a UUID"))?;
    let uuid = u.to_string();
    let values = column_values(db, ids, k, obj, at)?;
    // A deleted record is never added back, nor one that cannot exist without one.
    let gone = k.name != "community" && tombstones::contains(db, k.name, &uuid)?;
    let Some(values) = values.filter(|_| !gone) else {
        counts.skipped += 1;
        return Ok(());
    };
    if k.nested == Nested::Member {
        check_member(obj, at)?;
    }
    let value_of = |name: &str| k.fields.iter().position(|f| f.0 == name).map(|i| values[i].clone());
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

/// The checks `cop members add` makes, so an import cannot store what the CLI refuses.
fn check_member(obj: &Map<String, Json>, at: &str) -> Result<()> {
    let check = |field: &str, check: fn(&str) -> std::result::Result<String, String>| -> Result<()> {
        match obj.get(field).and_then(Json::as_str) {
            Some(v) => check(v).map(|_| ()).map_err(|e| Error::invalid(format!("{at}.{field}: {e}"))),
            None => Ok(()),
        }
    };
    check("name", member::check_name)?;
    check("email", member::check_email)?;
    check("timezone", member::check_timezone)?;
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
                db.conn
                    .execute(
                        "INSERT INTO availability (member_id, weekday, start_minute, end_minute)
                         VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                        rusqlite::params![id, n("weekday")?, n("start_minute")?, n("end_minute")?],
                    )
                    .map_err(|e| refused(e, &wat))?;
            }
        }
        Nested::Tags(table, col) => {
            db.conn.execute(&format!("DELETE FROM {table} WHERE {col} = ?1"), [id])?;
            for name in tag_list(obj, "tags", at)? {
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
