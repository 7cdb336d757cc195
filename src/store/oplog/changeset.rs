//! Reading, inverting and filtering the changesets SQLite's session extension records.
//! Nothing here compares rows itself: SQLite says what changed, and how to take it back.

use std::collections::HashMap;
use std::io::Read;

use rusqlite::Connection;
use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action as SqlAction;
use rusqlite::session::{ChangesetItem, ChangesetIter};
use rusqlite::types::ValueRef;
use serde_json::Value as Json;

use crate::domain::operation::{Action, FieldChange, RecordChange};
use crate::error::{Error, Result};

/// Calls `f` with each change of `changeset`, in order.
pub fn for_each(changeset: &[u8], mut f: impl FnMut(&ChangesetItem) -> Result<()>) -> Result<()> {
    let mut input: &[u8] = changeset;
    let reader: &mut dyn Read = &mut input;
    let mut it = ChangesetIter::start_strm(&reader).map_err(damaged)?;
    while let Some(item) = it.next().map_err(damaged)? {
        f(item)?;
    }
    Ok(())
}

/// What a stored changeset that SQLite cannot read turns into.
fn damaged(e: rusqlite::Error) -> Error {
    Error::runtime(format!("a stored change of the operation log cannot be read ({e}): run `cop doctor`"))
}

/// The change that takes `changeset` back.
pub fn invert(changeset: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(changeset.len());
    rusqlite::session::invert_strm(&mut &changeset[..], &mut out).map_err(damaged)?;
    Ok(out)
}

/// One change, read out of the iterator: the table, what happened, and the values of
/// each column before and after (`None` where the change holds none: the side where
/// the row did not exist, or an unchanged column of an update).
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub table: String,
    pub action: Action,
    pub pk: Vec<bool>,
    pub old: Vec<Option<Json>>,
    pub new: Vec<Option<Json>>,
}

impl Change {
    pub fn read(item: &ChangesetItem) -> Result<Change> {
        let op = item.op()?;
        let action = match op.code() {
            SqlAction::SQLITE_INSERT => Action::Added,
            SqlAction::SQLITE_DELETE => Action::Removed,
            _ => Action::Changed,
        };
        let n = usize::try_from(op.number_of_columns()).unwrap_or(0);
        let table = op.table_name().to_string();
        let pk = item.pk()?.iter().map(|b| *b != 0).collect();
        let side = |new: bool| -> Vec<Option<Json>> {
            (0..n)
                .map(|i| {
                    let v = if new { item.new_value(i) } else { item.old_value(i) };
                    v.ok().map(json)
                })
                .collect()
        };
        let old = if action == Action::Added { vec![None; n] } else { side(false) };
        let new = if action == Action::Removed { vec![None; n] } else { side(true) };
        Ok(Change { table, action, pk, old, new })
    }

    /// The value of column `i` that identifies the row or, for other columns, the one
    /// it held before the change when it had one, else after.
    pub fn value(&self, i: usize) -> Option<&Json> {
        self.old.get(i).and_then(Option::as_ref).or_else(|| self.new.get(i).and_then(Option::as_ref))
    }

    /// The row's identity across changesets: its table and primary key.
    pub fn row_key(&self) -> String {
        let key: Vec<&Json> =
            self.pk.iter().enumerate().filter(|(_, p)| **p).filter_map(|(i, _)| self.value(i)).collect();
        format!("{}\u{0}{}", self.table, serde_json::to_string(&key).unwrap_or_default())
    }

    /// The row's primary key, column by column.
    pub fn key(&self, columns: &[String]) -> Vec<(String, Json)> {
        self.pk
            .iter()
            .enumerate()
            .filter(|(_, is_pk)| **is_pk)
            .map(|(i, _)| (column_name(columns, i), self.value(i).cloned().unwrap_or(Json::Null)))
            .collect()
    }

    /// The change as `cop log show` prints it.
    pub fn record(&self, columns: &[String]) -> RecordChange {
        let key = self.key(columns);
        let id = match key.as_slice() {
            [(name, Json::Number(n))] if name == "id" => n.as_i64(),
            _ => None,
        };
        let fields = (0..self.pk.len())
            .filter(|i| self.action != Action::Changed || self.new.get(*i).is_some_and(Option::is_some))
            .filter(|i| self.action != Action::Changed || !self.pk[*i])
            .map(|i| FieldChange {
                field: column_name(columns, i),
                before: self.old.get(i).cloned().flatten().unwrap_or(Json::Null),
                after: self.new.get(i).cloned().flatten().unwrap_or(Json::Null),
            })
            .collect();
        RecordChange { kind: self.table.clone(), id, key, action: self.action, fields }
    }
}

fn column_name(columns: &[String], i: usize) -> String {
    columns.get(i).cloned().unwrap_or_else(|| format!("column {}", i + 1))
}

/// A stored value as JSON: text exact, numbers as numbers, blobs (cop stores none) as hex.
fn json(v: ValueRef) -> Json {
    match v {
        ValueRef::Null => Json::Null,
        ValueRef::Integer(i) => Json::from(i),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Json::Null, Json::Number),
        ValueRef::Text(t) => Json::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Json::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

/// The column names of each table, read from the schema once per table.
#[derive(Default)]
pub struct Columns(HashMap<String, Vec<String>>);

impl Columns {
    pub fn of(&mut self, conn: &Connection, table: &str) -> Result<&[String]> {
        if !self.0.contains_key(table) {
            let names = conn
                .prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")?
                .query_map([table], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            self.0.insert(table.to_string(), names);
        }
        Ok(self.0.get(table).map(Vec::as_slice).unwrap_or_default())
    }
}

/// Every record `changeset` touches, as `cop log show` lists them.
pub fn records(conn: &Connection, changeset: &[u8]) -> Result<Vec<RecordChange>> {
    let mut columns = Columns::default();
    let mut out = Vec::new();
    for_each(changeset, |item| {
        let change = Change::read(item)?;
        out.push(change.record(columns.of(conn, &change.table)?));
        Ok(())
    })?;
    Ok(out)
}

/// The changes of `changeset` for which `keep` says yes, as a new changeset (empty when
/// none is kept). SQLite's changegroup copies each kept change as it was recorded.
pub fn filter(changeset: &[u8], mut keep: impl FnMut(&Change) -> Result<bool>) -> Result<Vec<u8>> {
    filter_items(changeset, |item| keep(&Change::read(item)?))
}

/// Like [`filter`], deciding on each change as SQLite's iterator gives it, for callers
/// that look at a few columns of many changes.
pub fn filter_items(
    changeset: &[u8],
    mut keep: impl FnMut(&ChangesetItem) -> Result<bool>,
) -> Result<Vec<u8>> {
    let mut kept = Vec::new();
    for_each(changeset, |item| {
        kept.push(keep(item)?);
        Ok(())
    })?;
    if kept.iter().all(|k| *k) {
        return Ok(changeset.to_vec());
    }
    if !kept.iter().any(|k| *k) {
        return Ok(Vec::new());
    }
    group::select(changeset, &kept)
}

/// The one use of SQLite's C interface that rusqlite does not wrap:
/// `sqlite3changegroup_add_change`, which copies single changes into a new changeset.
mod group {
    use std::ffi::{c_int, c_void};
    use std::ptr;

    use rusqlite::ffi;

    use crate::error::{Error, Result};

    fn check(rc: c_int, what: &str) -> Result<()> {
        if rc == ffi::SQLITE_OK {
            Ok(())
        } else {
            Err(Error::runtime(format!("cannot rewrite a stored change ({what}: SQLite error {rc})")))
        }
    }

    /// Frees what SQLite allocated, whichever way the function returns.
    struct Owned {
        iter: *mut ffi::sqlite3_changeset_iter,
        group: *mut ffi::sqlite3_changegroup,
    }

    impl Drop for Owned {
        fn drop(&mut self) {
            // SAFETY: each pointer is null or was made by SQLite and is freed once, here.
            unsafe {
                if !self.iter.is_null() {
                    ffi::sqlite3changeset_finalize(self.iter);
                }
                if !self.group.is_null() {
                    ffi::sqlite3changegroup_delete(self.group);
                }
            }
        }
    }

    /// The changes of `changeset` whose place in `keep` is true.
    pub fn select(changeset: &[u8], keep: &[bool]) -> Result<Vec<u8>> {
        let len = c_int::try_from(changeset.len())
            .map_err(|_| Error::runtime("a stored change is too large to rewrite"))?;
        let mut owned = Owned { iter: ptr::null_mut(), group: ptr::null_mut() };
        // SAFETY: SQLite only reads the buffer, which outlives the iterator (dropped at the
        // end of this function); every out-pointer is a valid place to write.
        unsafe {
            check(ffi::sqlite3changegroup_new(&mut owned.group), "changegroup")?;
            check(
                ffi::sqlite3changeset_start(&mut owned.iter, len, changeset.as_ptr() as *mut c_void),
                "start",
            )?;
            for k in keep {
                let rc = ffi::sqlite3changeset_next(owned.iter);
                if rc != ffi::SQLITE_ROW {
                    return Err(Error::runtime(format!("a stored change ended early (SQLite error {rc})")));
                }
                if *k {
                    check(ffi::sqlite3changegroup_add_change(owned.group, owned.iter), "add")?;
                }
            }
            let mut n: c_int = 0;
            let mut out: *mut c_void = ptr::null_mut();
            check(ffi::sqlite3changegroup_output(owned.group, &mut n, &mut out), "output")?;
            let bytes = if out.is_null() {
                Vec::new()
            } else {
                std::slice::from_raw_parts(out as *const u8, usize::try_from(n).unwrap_or(0)).to_vec()
            };
            ffi::sqlite3_free(out);
            Ok(bytes)
        }
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::session::Session;

    use super::*;

    fn recorded(conn: &Connection, sql: &str) -> Vec<u8> {
        let mut s = Session::new(conn).unwrap();
        s.attach::<&str>(None).unwrap();
        conn.execute_batch(sql).unwrap();
        let mut out = Vec::new();
        s.changeset_strm(&mut out).unwrap();
        out
    }

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);
             CREATE TABLE l (p INTEGER, k TEXT, PRIMARY KEY (p, k)) WITHOUT ROWID;
             INSERT INTO p VALUES (1, 'a');",
        )
        .unwrap();
        conn
    }

    #[test]
    fn records_say_what_changed_field_by_field() {
        let conn = db();
        let cs = recorded(&conn, "UPDATE p SET name = 'b' WHERE id = 1; INSERT INTO l VALUES (1, 'x');");
        let r = records(&conn, &cs).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].kind.as_str(), r[0].id, r[0].action), ("p", Some(1), Action::Changed));
        assert_eq!(
            r[0].fields,
            [FieldChange { field: "name".into(), before: "a".into(), after: "b".into() }]
        );
        assert_eq!((r[1].id, r[1].label().as_str()), (None, "p=1 k=x"));
    }

    #[test]
    fn a_filtered_changeset_keeps_only_what_was_asked() {
        let conn = db();
        let cs = recorded(&conn, "INSERT INTO p VALUES (2, 'secret'); INSERT INTO l VALUES (1, 'x');");
        let kept = filter(&cs, |c| Ok(c.table != "p")).unwrap();
        let r = records(&conn, &kept).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].kind, "l");
        assert!(!String::from_utf8_lossy(&kept).contains("secret"));
        assert!(filter(&cs, |_| Ok(false)).unwrap().is_empty());
        assert_eq!(filter(&cs, |_| Ok(true)).unwrap(), cs);
    }

    #[test]
    fn an_inverted_changeset_takes_the_change_back() {
        let conn = db();
        let cs = recorded(&conn, "UPDATE p SET name = 'b' WHERE id = 1; INSERT INTO p VALUES (2, 'c');");
        let back = invert(&cs).unwrap();
        conn.apply_strm(&mut &back[..], None::<fn(&str) -> bool>, |_, _| {
            rusqlite::session::ConflictAction::SQLITE_CHANGESET_ABORT
        })
        .unwrap();
        let rows: Vec<(i64, String)> = conn
            .prepare("SELECT id, name FROM p")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(rows, [(1, "a".to_string())]);
    }

    #[test]
    fn garbage_is_an_error_not_a_crash() {
        let conn = db();
        let cs = recorded(&conn, "INSERT INTO p VALUES (2, 'b');");
        // A cut right after a table's header is a valid changeset with no change in it.
        for cut in 1..cs.len() {
            let read = records(&conn, &cs[..cut]);
            assert!(read.as_ref().map_or(true, Vec::is_empty), "a changeset cut at {cut} was read: {read:?}");
        }
        assert_eq!(records(&conn, &cs).unwrap().len(), 1);
        assert!(records(&conn, b"garbage").is_err());
    }
}
