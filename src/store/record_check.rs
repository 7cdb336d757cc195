//! `cop doctor`'s record check: the record rules every way in applies (see
//! `domain::rules` and the table in `record_kinds.rs`), run over every stored row, so a
//! database damaged by an older `cop`, by another tool or by hand is found and each bad
//! row named (`session 6: minutes must be 1 to 1440, got 1000000000000000`).
//!
//! Values are read as SQLite holds them, never converted to the types commands use, so
//! no stored value can make the check itself fail. Links to other records are the
//! foreign-key check's business and are not looked at here.

use rusqlite::types::{Value, ValueRef};

use super::Db;
use super::record_kinds::{
    Field, KINDS, Kind, Nested, Ty, as_checked, checked_kinds, most_tags, whole_record,
};
use crate::domain::member::{self, Availability};
use crate::domain::rules::{self, Rule, shown_text};
use crate::error::Result;

/// Every stored value that breaks a record rule, one line per problem, in table order.
pub fn problems(db: &Db) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for k in checked_kinds() {
        check_kind(db, k, &mut out)?;
    }
    check_member_tags(db, &mut out)?;
    check_tag_counts(db, &mut out)?;
    check_availability(db, &mut out)?;
    check_tombstones(db, &mut out)?;
    shared_uuids(db, &mut out)?;
    tombstoned_yet_stored(db, &mut out)?;
    Ok(out)
}

/// Whether a field holds a value of its own (rather than a link to another record).
fn own_value(f: &Field) -> bool {
    !matches!(f.2, Ty::Ref(_) | Ty::OptRef(_))
}

fn check_kind(db: &Db, k: &Kind, out: &mut Vec<String>) -> Result<()> {
    let fields: Vec<&Field> = k.fields.iter().filter(|f| own_value(f) || k.key.contains(&f.0)).collect();
    let mut cols: Vec<&str> = if k.uuid { vec!["id", "uuid"] } else { Vec::new() };
    let first = cols.len();
    cols.extend(fields.iter().map(|f| f.1));
    // Table and column names come from the constant table of kinds, never from input.
    let mut stmt = db.conn.prepare(&format!("SELECT {} FROM {}", cols.join(", "), k.name))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let mut found = Vec::new();
        if k.uuid
            && let Err(e) = Rule::Uuid.check(as_checked(r.get_ref(1)?))
        {
            found.push(format!("uuid {e}"));
        }
        for (i, f) in fields.iter().enumerate() {
            if !own_value(f) {
                continue;
            }
            let v = r.get_ref(first + i)?;
            let broken = match v {
                ValueRef::Null if !f.2.optional() => Err("is missing".to_string()),
                v => f.3.check(as_checked(v)),
            };
            if let Err(e) = broken {
                found.push(format!("{} {e}", f.0));
            }
        }
        if k.name == "sessions" {
            let value_of = |name: &str| {
                let at = fields.iter().position(|f| f.0 == name)?;
                r.get::<_, Value>(first + at).ok()
            };
            if let Err((field, e)) = whole_record(k, value_of) {
                found.push(format!("{field}: {e}"));
            }
        }
        if !found.is_empty() {
            let who = name_row(k, r, &fields, first)?;
            out.extend(found.into_iter().map(|p| format!("{who}: {p}")));
        }
    }
    Ok(())
}

/// How a problem names its row: `session 6`, the community, or a link by what it joins
/// (`RSVP (session 3, member 5)`).
fn name_row(k: &Kind, r: &rusqlite::Row, fields: &[&Field], first: usize) -> Result<String> {
    if k.name == "community" {
        return Ok(k.one.to_string());
    }
    if k.uuid {
        return Ok(format!("{} {}", k.one, shown(r.get_ref(0)?)));
    }
    let mut parts = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        if k.key.contains(&f.0) {
            let v = shown(r.get_ref(first + i)?);
            parts.push(if own_value(f) { v } else { format!("{} {v}", f.0) });
        }
    }
    Ok(format!("{} ({})", k.one, parts.join(", ")))
}

fn shown(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Integer(n) => n.to_string(),
        ValueRef::Text(t) => shown_text(&String::from_utf8_lossy(t)),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Null => "(none)".into(),
        ValueRef::Blob(_) => "(binary)".into(),
    }
}

fn check_member_tags(db: &Db, out: &mut Vec<String>) -> Result<()> {
    let mut stmt = db.conn.prepare("SELECT member_id, kind FROM member_tags")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        if let Err(e) = member::TAG_KIND.check(as_checked(r.get_ref(1)?)) {
            out.push(format!("member {}: a tag's kind {e}", shown(r.get_ref(0)?)));
        }
    }
    Ok(())
}

/// Records with more tags than their kind allows (a request with eleven tags). The tags'
/// own names are checked with the `tags` kind.
fn check_tag_counts(db: &Db, out: &mut Vec<String>) -> Result<()> {
    for k in KINDS {
        let Nested::Tags(table, col) = k.nested else { continue };
        let Some(most) = most_tags(table) else { continue };
        let mut stmt = db
            .conn
            .prepare(&format!("SELECT {col}, count(*) FROM {table} GROUP BY {col} HAVING count(*) > ?1"))?;
        let mut rows = stmt.query([most as i64])?;
        while let Some(r) = rows.next()? {
            out.push(format!(
                "{} {}: tags: expected at most {most}, got {}",
                k.one,
                shown(r.get_ref(0)?),
                shown(r.get_ref(1)?)
            ));
        }
    }
    Ok(())
}

fn check_availability(db: &Db, out: &mut Vec<String>) -> Result<()> {
    let mut stmt =
        db.conn.prepare("SELECT member_id, weekday, start_minute, end_minute FROM availability")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let n = |i: usize| match r.get_ref(i) {
            Ok(ValueRef::Integer(n)) => Ok(n),
            Ok(v) => Err(shown(v)),
            Err(_) => Err("nothing".to_string()),
        };
        let problem = match (n(1), n(2), n(3)) {
            (Ok(d), Ok(s), Ok(e)) => {
                Availability::check_stored(d, s, e).err().map(|(f, e)| format!("{f} {e}"))
            }
            _ => Some("must hold whole numbers".to_string()),
        };
        if let Some(p) = problem {
            out.push(format!("member {}: an availability window's {p}", shown(r.get_ref(0)?)));
        }
    }
    Ok(())
}

fn check_tombstones(db: &Db, out: &mut Vec<String>) -> Result<()> {
    let kinds: Vec<&str> = KINDS.iter().filter(|k| k.uuid && k.name != "community").map(|k| k.name).collect();
    let mut stmt = db.conn.prepare("SELECT uuid, kind, deleted_at FROM tombstones")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let who = format!("tombstone {}", shown(r.get_ref(0)?));
        if let Err(e) = Rule::Uuid.check(as_checked(r.get_ref(0)?)) {
            out.push(format!("{who}: uuid {e}"));
        }
        let kind = r.get_ref(1)?;
        if !matches!(as_checked(kind), rules::Value::Text(t) if kinds.contains(&t)) {
            out.push(format!("{who}: kind must be one of {}, got {}", kinds.join(", "), shown(kind)));
        }
        if let Err(e) = Rule::Moment.check(as_checked(r.get_ref(2)?)) {
            out.push(format!("{who}: deleted_at {e}"));
        }
    }
    Ok(())
}

/// Every kind of record that has a UUID.
fn with_uuids() -> impl Iterator<Item = &'static Kind> {
    KINDS.iter().filter(|k| k.uuid)
}

/// A UUID names one record: two records sharing one (a member reusing a session's, as
/// an older `cop import` allowed) are each named.
fn shared_uuids(db: &Db, out: &mut Vec<String>) -> Result<()> {
    let union: Vec<String> =
        with_uuids().map(|k| format!("SELECT '{}' AS kind, id, uuid FROM {}", k.name, k.name)).collect();
    let sql = format!(
        "SELECT kind, id, uuid FROM ({u}) WHERE uuid IN
           (SELECT uuid FROM ({u}) GROUP BY uuid HAVING count(*) > 1)
         ORDER BY uuid, kind, id",
        u = union.join(" UNION ALL ")
    );
    let mut stmt = db.conn.prepare(&sql)?;
    let rows =
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, Value>(2)?)))?;
    let mut holders: Vec<(String, Vec<String>)> = Vec::new();
    for row in rows {
        let (kind, id, uuid) = row?;
        let one = KINDS.iter().find(|k| k.name == kind).map_or("record", |k| k.one);
        let uuid = match uuid {
            Value::Text(t) => t,
            other => format!("{other:?}"),
        };
        match holders.last_mut() {
            Some((u, list)) if *u == uuid => list.push(format!("{one} {id}")),
            _ => holders.push((uuid, vec![format!("{one} {id}")])),
        }
    }
    for (uuid, list) in holders {
        out.push(format!("uuid {uuid} is held by {}: a UUID names one record", list.join(" and ")));
    }
    Ok(())
}

/// A record whose UUID has a tombstone was deleted on purpose (a forgotten member) and
/// came back, as an older `members import` allowed.
fn tombstoned_yet_stored(db: &Db, out: &mut Vec<String>) -> Result<()> {
    for k in with_uuids() {
        let sql = format!(
            "SELECT x.id, t.kind FROM {} x JOIN tombstones t ON t.uuid = x.uuid ORDER BY x.id",
            k.name
        );
        let mut stmt = db.conn.prepare(&sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, kind) = row?;
            out.push(format!(
                "{} {id}: its uuid has a tombstone (a deleted record of {kind}): what was deleted on purpose is back",
                k.one
            ));
        }
    }
    Ok(())
}
