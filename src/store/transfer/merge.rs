//! Merging a document into the database by UUID: records, then what they carry.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use serde_json::{Map, Value as Json};

use super::kinds::{column_values, newer_than, parent_of, resolve, run, tag_list};
use super::links::merge_links;
use super::spool::Source;
use super::tombstones::merge_tombstones;
use super::{Counts, EXCLUSIONS, bad, refused};
use crate::domain::member::Availability;
use crate::domain::rules;
use crate::domain::sync::Overwritten;
use crate::error::{Error, Result};
use crate::store::record_kinds::{KINDS, Kind, Nested, TAG_KINDS, most_tags, whole_record};
use crate::store::{Db, exclusions, members, tags, tombstones};

/// Merges every kind of record of `doc` into the database, in one transaction the
/// caller holds. With `dry_run`, everything is done and then undone, so the counts are
/// exactly what a real import would do.
pub fn merge(db: &Db, doc: &dyn Source, dry_run: bool) -> Result<Vec<Counts>> {
    merge_as(db, doc, dry_run, false)
}

/// Like [`merge`]; with `ties`, of two copies of a record with one `updated_at` the one
/// whose record reads greater wins, on every replica alike, so replicas that edited one
/// record in the same second still end with the same copy (`cop sync`). An import
/// keeps the stored copy of such a tie, as it always has.
pub fn merge_as(db: &Db, doc: &dyn Source, dry_run: bool, ties: bool) -> Result<Vec<Counts>> {
    // Scratch tables of the document's UUIDs and link keys: in SQLite's temporary
    // storage, so they take no memory to speak of and never reach the file or the log.
    db.conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS cop_import_uuids (uuid TEXT PRIMARY KEY, at TEXT NOT NULL);
         CREATE TEMP TABLE IF NOT EXISTS cop_import_links (owner INTEGER, key TEXT, PRIMARY KEY (owner, key));
         DELETE FROM cop_import_uuids; DELETE FROM cop_import_links;",
    )?;
    db.conn.execute_batch("SAVEPOINT cop_import")?;
    let result = merge_all(db, doc, ties);
    if dry_run || result.is_err() {
        db.conn.execute_batch("ROLLBACK TO cop_import")?;
    }
    db.conn.execute_batch("RELEASE cop_import")?;
    db.conn.execute_batch("DELETE FROM cop_import_uuids; DELETE FROM cop_import_links;")?;
    result
}

/// For each kind of record, what the import did with each one met so far, by local id:
/// `true` when the incoming record was added or replaced the stored one, so the links it
/// owns follow the document; `false` when the stored one was kept, and its links with it.
/// The second field says whether ties of `updated_at` are broken (see [`merge_as`]).
pub(super) struct Fates(pub(super) HashMap<&'static str, HashMap<i64, bool>>, pub(super) bool);

impl Fates {
    /// Whether the record of `table` with local id `id` follows the document.
    pub(super) fn follows(&self, table: &str, id: i64) -> bool {
        self.0.get(table).and_then(|m| m.get(&id)).copied().unwrap_or(false)
    }

    /// The local ids of the records of `table` that follow the document, in order.
    pub(super) fn following(&self, table: &str) -> Vec<i64> {
        let mut ids: Vec<i64> = self
            .0
            .get(table)
            .map(|m| m.iter().filter(|(_, f)| **f).map(|(id, _)| *id).collect())
            .unwrap_or_default();
        ids.sort_unstable();
        ids
    }
}

/// Child records follow their parent: for every parent the import added or replaced,
/// the stored children of kind `k` the document lacks are deleted (counted as
/// `removed`). The children it has are then merged one by one, as any record.
fn prune_children(db: &Db, fates: &Fates, k: &Kind, counts: &mut Counts) -> Result<()> {
    let (at, table) = parent_of(k)?;
    let wanted = |uuid: &str| -> Result<bool> {
        let mut stmt = db.conn.prepare_cached("SELECT 1 FROM cop_import_uuids WHERE uuid = ?1")?;
        Ok(stmt.exists([uuid])?)
    };
    let children = format!("SELECT id, uuid FROM {} WHERE {} = ?1", k.name, k.fields[at].1);
    let delete = format!("DELETE FROM {} WHERE id = ?1", k.name);
    for parent in fates.following(table) {
        let stored: Vec<(i64, String)> = db
            .conn
            .prepare_cached(&children)?
            .query_map([parent], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, uuid) in stored {
            if !wanted(&uuid)? {
                db.conn.prepare_cached(&delete)?.execute([id])?;
                counts.removed += 1;
            }
        }
    }
    Ok(())
}

/// Every UUID names one record: a UUID on two records of a document, of one kind (the
/// last would silently win) or of two (a member reusing a session's), is refused with
/// both places. (A tombstone listed twice deletes the same record twice: harmless.)
/// Returns the highest id the document's records of each kind carry (see [`free_id`]).
fn unique_uuids(db: &Db, doc: &dyn Source) -> Result<HashMap<&'static str, i64>> {
    let mut highest = HashMap::new();
    let mut add =
        db.conn.prepare_cached("INSERT OR IGNORE INTO cop_import_uuids (uuid, at) VALUES (?1, ?2)")?;
    let mut first = db.conn.prepare_cached("SELECT at FROM cop_import_uuids WHERE uuid = ?1")?;
    for k in KINDS.iter().filter(|k| k.uuid) {
        doc.each(k.name, "an array of records", &mut |i, r| {
            let Some(u) = r.get("uuid").and_then(Json::as_str) else { return Ok(()) };
            if let Some(id) = r.get("id").and_then(Json::as_i64) {
                let top = highest.entry(k.name).or_insert(id);
                *top = (*top).max(id);
            }
            let at = format!("{}[{i}]", k.name);
            if add.execute([u, &at])? == 0 {
                let first: String = first.query_row([u], |r| r.get(0))?;
                return Err(Error::invalid(format!("{at}.uuid: {u} is also the uuid of {first}")));
            }
            Ok(())
        })?;
    }
    Ok(highest)
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

fn merge_all(db: &Db, doc: &dyn Source, ties: bool) -> Result<Vec<Counts>> {
    let mut fates = Fates(HashMap::new(), ties);
    let highest = unique_uuids(db, doc)?;
    let (gone, removed) = merge_tombstones(db, doc)?;
    let mut all = vec![gone];
    for k in KINDS {
        let removed = removed.get(k.name).copied().unwrap_or(0);
        let mut counts = Counts { kind: k.name, removed, ..Counts::default() };
        if k.uuid {
            if !k.parent.is_empty() {
                prune_children(db, &fates, k, &mut counts)?;
            }
            doc.each(k.name, "an array of records", &mut |i, rec| {
                let at = format!("{}[{i}]", k.name);
                let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
                let highest = highest.get(k.name).copied().unwrap_or(0);
                merge_one(db, &mut fates, k, (obj, highest), &at, &mut counts)
            })?;
        } else {
            merge_links(db, &fates, k, doc, &mut counts)?;
        }
        all.push(counts);
    }
    if let Some(records) = doc.whole(EXCLUSIONS)? {
        let member = |uuid: &str, at: &str| -> Result<Option<i64>> {
            match resolve(db, "members", uuid, at) {
                Ok(id) => Ok(Some(id)),
                Err(_) if tombstones::contains(db, "members", uuid)? => Ok(None),
                Err(e) => Err(e),
            }
        };
        let (added, skipped) = exclusions::merge(db, &records, member)?;
        all.push(Counts { kind: EXCLUSIONS, added, skipped, ..Counts::default() });
    }
    Ok(all)
}

fn merge_one(
    db: &Db,
    fates: &mut Fates,
    k: &'static Kind,
    (obj, highest): (&Map<String, Json>, i64),
    at: &str,
    counts: &mut Counts,
) -> Result<()> {
    let u = obj
        .get("uuid")
        .and_then(Json::as_str)
        .ok_or_else(|| Error::invalid(format!("{at}.uuid: missing")))?;
    rules::uuid(u).map_err(|e| Error::invalid(format!("{at}.uuid: {e}")))?;
    let uuid = u.to_string();
    // A member merged away (`members merge`) is not brought back by an older file.
    if k.name == "members" && members::resolve_member_alias(db, &uuid)?.is_some() {
        counts.skipped += 1;
        return Ok(());
    }
    let values = column_values(db, k, obj, at)?;
    let wanted_id = match obj.get("id") {
        Some(v) if k.name != "community" => {
            Some(rules::record_id(v.as_i64()).map_err(|e| bad(&format!("{at}.id"), &e))?)
        }
        _ => None,
    };
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
        let mut found = db
            .conn
            .prepare_cached(&by_uuid)?
            .query_row([&uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if found.is_none()
            && let Some(field) = k.also_by
            && let Some(v @ Value::Text(_)) = value_of(field)
        {
            let col = k.fields.iter().find(|f| f.0 == field).map_or(field, |f| f.1);
            let sql = format!("SELECT id, updated_at FROM {} WHERE {col} = ?1", k.name);
            found =
                db.conn.prepare_cached(&sql)?.query_row([v], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
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
            } else if let Some(id) = free_id(db, k, wanted_id, highest)? {
                all_cols.push("id");
                args.push(Value::Integer(id));
            }
            all_cols.push("uuid");
            args.push(Value::Text(uuid.clone()));
            all_cols.extend(&cols);
            args.extend(values.iter().cloned());
            let marks: Vec<String> = (1..=args.len()).map(|i| format!("?{i}")).collect();
            let sql =
                format!("INSERT INTO {} ({}) VALUES ({})", k.name, all_cols.join(", "), marks.join(", "));
            db.conn.prepare_cached(&sql)?.execute(params_from_iter(&args)).map_err(|e| refused(e, at))?;
            let id = if k.name == "community" { 1 } else { db.conn.last_insert_rowid() };
            import_nested(db, k.nested, id, obj, at)?;
            counts.added += 1;
            (id, true)
        }
        Some((id, old)) => {
            let newer = match (&incoming_updated, &old) {
                (Some(Value::Text(new)), Some(old)) if new == old && fates.1 => greater(db, k, id, obj)?,
                (Some(Value::Text(new)), Some(old)) => newer_than(new, old),
                _ => false,
            };
            if newer {
                if fates.1 {
                    counts.overwritten.extend(overwritten(db, k, id, &uuid, &values)?);
                }
                let sets: Vec<String> =
                    cols.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
                let mut args = values.clone();
                args.push(Value::Integer(id));
                let sql = format!("UPDATE {} SET {} WHERE id = ?{}", k.name, sets.join(", "), args.len());
                db.conn.prepare_cached(&sql)?.execute(params_from_iter(&args)).map_err(|e| refused(e, at))?;
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

/// The stored values of record `id` that `values` (every field of `k`, in order) would
/// replace; the stamps aside, which every edit changes.
fn overwritten(db: &Db, k: &Kind, id: i64, uuid: &str, values: &[Value]) -> Result<Vec<Overwritten>> {
    let cols: Vec<&str> = k.fields.iter().map(|f| f.1).collect();
    let sql = format!("SELECT {} FROM {} WHERE id = ?1", cols.join(", "), k.name);
    let stored: Vec<Value> = db.conn.prepare_cached(&sql)?.query_row([id], |r| {
        (0..cols.len()).map(|i| r.get::<_, Value>(i)).collect::<rusqlite::Result<_>>()
    })?;
    let text = |v: &Value| match v {
        Value::Null => String::new(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(t) => t.clone(),
        Value::Blob(_) => "(binary)".into(),
    };
    let named = ["name", "title", "challenge"]
        .iter()
        .find_map(|n| k.fields.iter().position(|f| f.0 == *n))
        .map(|i| text(&values[i]))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| uuid.to_string());
    Ok(k.fields
        .iter()
        .zip(stored.iter().zip(values))
        .filter(|(f, (old, new))| !matches!(f.0, "created_at" | "updated_at") && old != new)
        .map(|(f, (old, new))| Overwritten {
            kind: k.one,
            record: named.clone(),
            field: f.0,
            old: text(old),
            new: text(new),
        })
        .collect())
}

/// The id a new record had where it was exported, when no record here has it: scripts
/// and messages name records by id ("session 6"), so a community rebuilt from its export
/// keeps them. The UUID stays the identity; a taken id gives way to a fresh one past
/// both the stored ids and the `highest` the document carries, so it never takes the id
/// a record later in the document keeps, whatever order the records come in.
fn free_id(db: &Db, k: &Kind, wanted: Option<i64>, highest: i64) -> Result<Option<i64>> {
    let Some(id) = wanted else { return Ok(None) };
    let taken = format!("SELECT 1 FROM {} WHERE id = ?1", k.name);
    if !db.conn.prepare_cached(&taken)?.exists([id])? {
        return Ok(Some(id));
    }
    let top = format!("SELECT coalesce(max(id), 0) FROM {}", k.name);
    let stored: i64 = db.conn.prepare_cached(&top)?.query_row([], |r| r.get(0))?;
    // Past the last id an i64 holds, SQLite picks a free one itself.
    Ok(stored.max(highest).checked_add(1))
}

/// Replaces the tags and windows a record carries with the incoming ones.
fn import_nested(db: &Db, nested: Nested, id: i64, obj: &Map<String, Json>, at: &str) -> Result<()> {
    let stamp = db.stamp();
    match nested {
        Nested::None => {}
        Nested::Member => {
            run(db, "DELETE FROM member_tags WHERE member_id = ?1", [id])?;
            for (field, kind) in TAG_KINDS {
                for name in tag_list(obj, field, at)? {
                    let tag_id = tags::ensure(db, &name)?;
                    run(
                        db,
                        "INSERT OR IGNORE INTO member_tags (member_id, kind, tag_id, created_at) VALUES (?1, ?2, ?3, ?4)",
                        rusqlite::params![id, kind, tag_id, stamp],
                    )?;
                }
            }
            run(db, "DELETE FROM availability WHERE member_id = ?1", [id])?;
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
            run(db, &format!("DELETE FROM {table} WHERE {col} = ?1"), [id])?;
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
                run(
                    db,
                    &format!("INSERT OR IGNORE INTO {table} ({col}, tag_id) VALUES (?1, ?2)"),
                    rusqlite::params![id, tag_id],
                )?;
            }
        }
    }
    Ok(())
}

/// Whether the incoming copy of a record reads greater than the stored one, as the
/// document would write each: the same answer on every replica.
fn greater(db: &Db, k: &Kind, id: i64, incoming: &Map<String, Json>) -> Result<bool> {
    let mut stored = None;
    super::export::each_record(db, k, Some(&format!("x.id = {id}")), &mut |r| {
        stored = Some(r);
        Ok(())
    })?;
    let Some(Json::Object(mut stored)) = stored else { return Ok(false) };
    // What is local to one database would break the same tie differently on each.
    stored.remove("id");
    if k.name == "community" {
        stored.remove("uuid");
    }
    let mut incoming = incoming.clone();
    incoming.retain(|key, _| stored.contains_key(key));
    if k.name == "community" {
        incoming.remove("uuid");
    }
    let (incoming, stored) = (Json::Object(incoming).to_string(), Json::Object(stored).to_string());
    Ok(incoming > stored)
}
