//! Writing the whole community as one document.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};

use super::EXCLUSIONS;
use crate::domain::sync::DocumentSink;
use crate::error::Result;
use crate::store::Db;
use crate::store::record_kinds::{Field, KINDS, Kind, Nested, TAG_KINDS, Ty, Ty::*};
use crate::store::{exclusions, tombstones};

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

/// Every record of one kind as JSON objects, in their stable order: records by creation
/// time and UUID, links by the UUIDs (or names) they join. SQLite sorts, so a kind
/// of a million links is never held in memory.
pub(in crate::store) fn each_record(
    db: &Db,
    k: &Kind,
    only: Option<&str>,
    f: &mut dyn FnMut(Json) -> Result<()>,
) -> Result<()> {
    let offset = if k.uuid { 2 } else { 0 };
    let position = |name: &str| k.fields.iter().position(|f| f.0 == name).map(|i| i + offset + 1);
    let order: Vec<String> = if k.uuid {
        vec![position("created_at").map_or("1".into(), |p| p.to_string()), "2".into()]
    } else {
        k.key.iter().filter_map(|f| position(f)).map(|p| p.to_string()).collect()
    };
    let only = only.map(|w| format!(" WHERE {w}")).unwrap_or_default();
    let sql = format!("{}{only} ORDER BY {}", select_sql(k), order.join(", "));
    let mut stmt = db.conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut obj = Map::new();
        let mut id = 0;
        if k.uuid {
            id = r.get(0)?;
            obj.insert("uuid".into(), Json::String(r.get(1)?));
            if k.name != "community" {
                obj.insert("id".into(), Json::from(id));
            }
        }
        for (i, Field(name, _, ty, _)) in k.fields.iter().enumerate() {
            obj.insert((*name).into(), to_json(r.get(i + offset)?, *ty));
        }
        export_nested(db, k.nested, id, &mut obj)?;
        f(Json::Object(obj))?;
    }
    Ok(())
}

fn names(db: &Db, sql: &str, args: &[Value]) -> Result<Vec<String>> {
    let mut stmt = db.conn.prepare_cached(sql)?;
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
            let mut stmt = db.conn.prepare_cached(
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

/// The top-level fields of a document, in the order it lists them (by name, as a JSON
/// object's keys are kept), each with the kind of record it holds.
fn fields(with_exclusions: bool) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = KINDS.iter().map(|k| k.name).collect();
    keys.extend(["schema_version", "exported_at", "tombstones"]);
    if with_exclusions {
        keys.push(EXCLUSIONS);
    }
    keys.sort_unstable();
    keys
}

/// Writes the whole community: `schema_version`, `exported_at`, then every kind of
/// record; the confidential pairing exclusions only when asked for. `db` is `None` for
/// a database that does not exist yet: an empty community.
pub fn export(
    db: Option<&Db>,
    now: &str,
    schema_version: i64,
    with_exclusions: bool,
    sink: &mut dyn DocumentSink,
) -> Result<()> {
    for key in fields(with_exclusions) {
        match key {
            "schema_version" => sink.value(key, &json!(schema_version))?,
            "exported_at" => sink.value(key, &json!(now))?,
            _ => {
                sink.begin(key)?;
                if let Some(db) = db {
                    if key == EXCLUSIONS {
                        for x in exclusions::export(db)? {
                            sink.item(&x)?;
                        }
                    } else if key == "tombstones" {
                        for t in tombstones::list(db)? {
                            sink.item(&json!({"uuid": t.uuid, "kind": t.kind, "deleted_at": t.deleted_at}))?;
                        }
                    } else if let Some(k) = KINDS.iter().find(|k| k.name == key) {
                        each_record(db, k, None, &mut |r| sink.item(&r))?;
                    }
                }
                sink.end()?;
            }
        }
    }
    Ok(())
}
