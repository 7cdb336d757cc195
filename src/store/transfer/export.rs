//! Writing the whole community as one document.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde_json::{Map, Value as Json, json};

use super::EXCLUSIONS;
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
