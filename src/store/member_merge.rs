//! `members merge KEEP DROP` in the store: every row that points at DROP points at KEEP.

use rusqlite::params;

use super::Db;
use super::members::Writer;
use crate::domain::member::Profile;
use crate::error::Result;

/// The tables and columns that refer to members, read from the schema itself so a
/// table a later migration adds is merged too.
fn references(db: &Db) -> Result<Vec<(String, String)>> {
    let mut stmt = db.conn.prepare(
        "SELECT s.name, f.\"from\" FROM sqlite_schema s, pragma_foreign_key_list(s.name) f
          WHERE s.type = 'table' AND f.\"table\" = 'members' ORDER BY s.name, f.\"from\"",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Moves everything of `drop` to `keep`, gives `keep` the merged profile, deletes
/// `drop`, and keeps `drop_uuid` as an alias of `keep`. A row that would repeat one
/// `keep` already has (both RSVPed to a session) stays KEEP's and DROP's copy goes
/// with DROP. Returns how many rows moved, by table.
pub fn merge(
    db: &Db,
    keep: i64,
    drop: i64,
    drop_uuid: &str,
    merged: &Profile,
) -> Result<Vec<(String, usize)>> {
    let mut moved = Vec::new();
    // An exclusion is stored with the smaller id first: moved by hand, in that order.
    let exclusions = db.conn.execute(
        "INSERT OR IGNORE INTO pairing_exclusions (member_id, other_id, created_at)
         SELECT min(?1, o), max(?1, o), created_at FROM (
           SELECT CASE member_id WHEN ?2 THEN other_id ELSE member_id END AS o, created_at
             FROM pairing_exclusions WHERE member_id = ?2 OR other_id = ?2)
          WHERE o <> ?1",
        params![keep, drop],
    )?;
    if exclusions > 0 {
        moved.push(("pairing_exclusions".to_string(), exclusions));
    }
    for (table, column) in references(db)? {
        if table == "pairing_exclusions" {
            continue;
        }
        // Names from the schema itself, never from input.
        let sql = format!("UPDATE OR IGNORE \"{table}\" SET \"{column}\" = ?1 WHERE \"{column}\" = ?2");
        let n = db.conn.execute(&sql, params![keep, drop])?;
        if n > 0 {
            moved.push((table, n));
        }
    }
    // The email may be DROP's, and emails are unique.
    db.conn.execute("UPDATE members SET email = NULL WHERE id = ?1", [drop])?;
    db.conn.execute("DELETE FROM members WHERE id = ?1", [drop])?;
    Writer::new(db).update(keep, merged)?;
    db.conn.execute(
        "INSERT INTO member_aliases (uuid, member_id, created_at) VALUES (?1, ?2, ?3)",
        params![drop_uuid, keep, db.stamp()],
    )?;
    Ok(moved)
}
