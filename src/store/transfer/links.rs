//! Merging links: a link follows the record that owns it.

use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde_json::Value as Json;

use super::kinds::{column_values, run};
use super::merge::Fates;
use super::spool::Source;
use super::{Counts, bad, refused};
use crate::error::{Error, Result};
use crate::store::Db;
use crate::store::record_kinds::{Kind, Ty::*};

/// Merges one kind of link. A link follows its owner (parent) record: when the incoming
/// parent was added or replaced the stored one, the parent's stored links become exactly
/// the document's (missing ones added, changed ones updated, the others removed); when
/// the stored parent was kept, or the parent is not in the document, its stored links stay
/// as they are and the document's are skipped.
pub(super) fn merge_links(
    db: &Db,
    fates: &Fates,
    k: &'static Kind,
    doc: &dyn Source,
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
    let records = |f: &mut dyn FnMut(Vec<Value>, String) -> Result<()>| -> Result<()> {
        doc.each(k.name, "an array of records", &mut |i, rec| {
            let at = format!("{}[{i}]", k.name);
            let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
            match column_values(db, k, obj, &at)? {
                Some(values) => f(values, at),
                // A link to a deleted record went with it.
                None => Ok(()),
            }
        })
    };

    // Check and resolve every incoming link before changing anything, noting which
    // links each parent keeps.
    run(db, "DELETE FROM cop_import_links", [])?;
    let keep = "INSERT OR IGNORE INTO cop_import_links (owner, key) VALUES (?1, ?2)";
    let mut gone = 0;
    doc.each(k.name, "an array of records", &mut |i, rec| {
        let at = format!("{}[{i}]", k.name);
        let obj = rec.as_object().ok_or_else(|| bad(&at, "an object"))?;
        match column_values(db, k, obj, &at)? {
            Some(values) => {
                if let Value::Integer(parent) = values[owner_at] {
                    run(db, keep, rusqlite::params![parent, key_text(&key_of(&values))])?;
                }
            }
            None => gone += 1,
        }
        Ok(())
    })?;
    counts.skipped += gone;

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
    let kept = "SELECT 1 FROM cop_import_links WHERE owner = ?1 AND key = ?2";
    for parent in parents {
        for row in read_rows(&of_parent, &[Value::Integer(parent)])? {
            let key = key_of(&row);
            if !db.conn.prepare_cached(kept)?.exists(rusqlite::params![parent, key_text(&key)])? {
                run(db, &delete, params_from_iter(&key))?;
                counts.removed += 1;
            }
        }
    }

    // Then its incoming links are added, or written over the stored ones that differ.
    let one = format!("{select} WHERE {by_key}");
    let sets: Vec<String> = cols.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
    let wheres: Vec<String> =
        key_at.iter().enumerate().map(|(n, i)| format!("{} = ?{}", cols[*i], cols.len() + n + 1)).collect();
    let update = format!("UPDATE {} SET {} WHERE {}", k.name, sets.join(", "), wheres.join(" AND "));
    let marks: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    let insert = format!("INSERT INTO {} ({}) VALUES ({})", k.name, cols.join(", "), marks.join(", "));
    records(&mut |values, at| {
        if !follows(&values[owner_at]) {
            counts.skipped += 1;
            return Ok(());
        }
        let key = key_of(&values);
        match read_rows(&one, &key)?.into_iter().next() {
            Some(row) if row == values => counts.skipped += 1,
            Some(_) => {
                let args: Vec<Value> = values.iter().cloned().chain(key).collect();
                run(db, &update, params_from_iter(&args)).map_err(|e| refused(e, &at))?;
                counts.updated += 1;
            }
            None => {
                run(db, &insert, params_from_iter(&values)).map_err(|e| refused(e, &at))?;
                counts.added += 1;
            }
        }
        Ok(())
    })
}

/// A link's key as one text, unambiguously: numbers as they are, text quoted.
fn key_text(key: &[Value]) -> String {
    let parts: Vec<String> = key
        .iter()
        .map(|v| match v {
            Value::Integer(i) => i.to_string(),
            Value::Text(s) => Json::String(s.clone()).to_string(),
            Value::Null => "null".into(),
            other => format!("{other:?}"),
        })
        .collect();
    parts.join(",")
}
