//! Schema versions: an append-only list of migrations, the version kept in
//! `PRAGMA user_version`.
//!
//! Compatibility rule: a database at version N is upgraded by running migrations
//! N+1.. in order, each in its own transaction. A database whose version is above
//! [`LATEST`] was written by a newer `cop` and is refused untouched. Never edit or
//! remove an entry; never drop tables or columns.

use std::time::Duration;

use rusqlite::Connection;

use super::file::{APPLICATION_ID, retry_busy};
use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_member_name_order.sql"),
    include_str!("migrations/0003_tombstones.sql"),
    include_str!("migrations/0004_query_indexes.sql"),
    include_str!("migrations/0005_drop_unused_member_index.sql"),
    include_str!("migrations/0006_operation_log.sql"),
    include_str!("migrations/0008_pauses_outcomes_exclusions.sql"),
    include_str!("migrations/0009_value_stories.sql"),
    include_str!("migrations/0010_outbox.sql"),
];

/// The schema version this binary writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Refuses a database from a newer `cop` before anything touches it.
pub fn check_not_newer(conn: &Connection) -> Result<i64> {
    let v = version(conn)?;
    if v > LATEST {
        return Err(Error::runtime(format!(
            "the database has schema version {v}, newer than this cop knows ({LATEST}): \
             upgrade cop to use it; the file was left untouched"
        )));
    }
    Ok(v)
}

/// Brings the schema up to [`LATEST`], each step committing on its own, and marks the
/// file as cop's (`application_id`) in the same transaction, which adopts a database
/// made before cop marked its files. Several cops starting at once on a new file each
/// wait their turn; the first one does the work.
pub fn migrate(conn: &mut Connection, timeout: Duration) -> Result<()> {
    let current = check_not_newer(conn)?;
    let marked = |c: &Connection| -> Result<bool> {
        Ok(c.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0))? == APPLICATION_ID)
    };
    if current == LATEST && marked(conn)? {
        return Ok(());
    }
    loop {
        let tx = retry_busy(timeout, || {
            Ok(rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?)
        })?;
        // Read again under the write lock: another cop may have migrated meanwhile.
        let now = check_not_newer(&tx)?;
        if let Some(sql) = MIGRATIONS.get(now as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", now + 1)?;
        }
        if !marked(&tx)? {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()?;
        if now + 1 >= LATEST {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_database_migrates_to_the_latest_version_with_every_table() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Duration::ZERO).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let mut stmt =
            conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").unwrap();
        let tables: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect();
        for t in [
            "members",
            "tags",
            "member_tags",
            "availability",
            "sessions",
            "rsvps",
            "attendance",
            "popups",
            "popup_members",
            "agenda_items",
            "assists",
            "assist_notes",
            "next_steps",
            "takeaways",
            "resources",
            "pairing_rounds",
            "pairing_members",
            "tombstones",
            "member_pauses",
            "pairing_exclusions",
            "stories",
            "operations",
            "oplog_settings",
            "oplog_mentions",
            "outbox",
            "mail_settings",
        ] {
            assert!(tables.iter().any(|x| x == t), "missing table {t}");
        }
        drop(stmt);
        // Migrating again is a no-op.
        migrate(&mut conn, Duration::ZERO).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
    }

    #[test]
    fn an_older_database_is_upgraded_step_by_step() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO members (uuid, name, created_at, updated_at) VALUES ('u', 'Ana', 'x', 'x');",
        )
        .unwrap();
        migrate(&mut conn, Duration::ZERO).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let kept: String = conn.query_row("SELECT name FROM members", [], |r| r.get(0)).unwrap();
        assert_eq!(kept, "Ana");
        let index: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'members_status_name_nocase'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(index, 1);
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", LATEST + 1).unwrap();
        let err = migrate(&mut conn, Duration::ZERO).unwrap_err();
        assert!(err.to_string().contains("newer"));
        assert_eq!(version(&conn).unwrap(), LATEST + 1);
    }
}
