//! Schema versions: an append-only list of migrations, the version kept in
//! `PRAGMA user_version`.
//!
//! Compatibility rule: a database at version N is upgraded by running migrations
//! N+1.. in order, each in its own transaction. A database whose version is above
//! [`LATEST`] was written by a newer `cop` and is refused untouched. Never edit or
//! remove an entry; never drop tables or columns.

use std::time::Duration;

use rusqlite::Connection;

use super::file::APPLICATION_ID;
use super::retry::Retry;
use crate::error::{Error, Result};

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_member_name_order.sql"),
    include_str!("migrations/0003_tombstones.sql"),
    include_str!("migrations/0004_query_indexes.sql"),
    include_str!("migrations/0005_drop_unused_member_index.sql"),
    include_str!("migrations/0006_operation_log.sql"),
    include_str!("migrations/0007_assist_requests.sql"),
    include_str!("migrations/0008_pauses_outcomes_exclusions.sql"),
    include_str!("migrations/0009_value_stories.sql"),
    include_str!("migrations/0010_outbox.sql"),
    include_str!("migrations/0011_sync.sql"),
    include_str!("migrations/0012_member_aliases.sql"),
    include_str!("migrations/0013_community_timezone.sql"),
    include_str!("migrations/0014_sync_encryption.sql"),
    include_str!("migrations/0015_changed_since.sql"),
];

/// The schema version this binary writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// The schema version of the database a command has open.
pub fn stored_version(db: &super::Db) -> Result<i64> {
    version(db.conn)
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
///
/// Foreign keys are off while migrating: a migration may rebuild a table others refer
/// to (SQLite's only way to change a constraint), and with them on, dropping the old
/// table would delete its children. Each step checks them before it commits instead.
pub fn migrate(conn: &mut Connection, timeout: Duration) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let outcome = migrate_steps(conn, Retry::for_locks_within(timeout));
    conn.pragma_update(None, "foreign_keys", true)?;
    outcome
}

fn migrate_steps(conn: &mut Connection, retry: Retry) -> Result<()> {
    let current = check_not_newer(conn)?;
    let marked = |c: &Connection| -> Result<bool> {
        Ok(c.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0))? == APPLICATION_ID)
    };
    if current == LATEST && marked(conn)? {
        return Ok(());
    }
    loop {
        let tx = retry.while_busy(|| {
            Ok(rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?)
        })?;
        // Read again under the write lock: another cop may have migrated meanwhile.
        let now = check_not_newer(&tx)?;
        if let Some(sql) = MIGRATIONS.get(now as usize) {
            tx.execute_batch(sql).map_err(|e| match e {
                // SQLite's message would quote the whole migration file after it.
                // An ALTER TABLE fails as it runs, not as it is read, with a short message.
                rusqlite::Error::SqlInputError { msg, .. } | rusqlite::Error::SqliteFailure(_, Some(msg)) => {
                    Error::runtime(format!(
                        "upgrading the schema to version {}: {msg}; the file was left untouched",
                        now + 1
                    ))
                }
                other => other.into(),
            })?;
            let broken: i64 =
                tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
            if broken > 0 {
                return Err(Error::runtime(format!(
                    "upgrading the schema to version {} would break {broken} links between records; \
                     the file was left untouched",
                    now + 1
                )));
            }
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
    fn a_failed_upgrade_names_its_version_in_one_line_without_the_migration_text() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, Duration::ZERO).unwrap();
        // A file that says it is one step behind while already holding that step's tables.
        conn.pragma_update(None, "user_version", LATEST - 1).unwrap();
        let err = migrate(&mut conn, Duration::ZERO).unwrap_err().to_string();
        assert!(err.starts_with(&format!("upgrading the schema to version {LATEST}: ")), "{err}");
        assert!(!err.contains("CREATE") && !err.contains('\n'), "{err}");
        assert_eq!(version(&conn).unwrap(), LATEST - 1, "nothing was changed");
    }

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
            "assist_tags",
            "assist_invitations",
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
    fn rebuilding_assists_keeps_every_link_and_never_reuses_an_id() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::harden(&conn).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        // Up to 0006 (the operation log), the migration 0007 follows.
        for sql in &MIGRATIONS[..6] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 6).unwrap();
        conn.execute_batch(
            "INSERT INTO members (uuid, name, created_at, updated_at) VALUES ('m', 'Ana', 'x', 'x');
             INSERT INTO assists (uuid, held_at, challenge, created_at, updated_at) VALUES ('a1', 'x', 'One', 'x', 'x');
             INSERT INTO assists (uuid, held_at, challenge, created_at, updated_at) VALUES ('a2', 'x', 'Two', 'x', 'x');
             INSERT INTO assists (uuid, held_at, challenge, created_at, updated_at) VALUES ('a3', 'x', 'Gone', 'x', 'x');
             DELETE FROM assists WHERE uuid = 'a3';
             INSERT INTO assist_people VALUES (1, 1, 'presenter', 'x');
             INSERT INTO assist_notes (uuid, assist_id, step, position, text, created_at, updated_at)
               VALUES ('n', 2, 2, 1, 'Why?', 'x', 'x');
             INSERT INTO next_steps (uuid, assist_id, text, created_at, updated_at) VALUES ('s', 2, 'Call', 'x', 'x');
             INSERT INTO resources (uuid, title, assist_id, created_at, updated_at) VALUES ('r', 'Book', 1, 'x', 'x');",
        )
        .unwrap();
        migrate(&mut conn, Duration::ZERO).unwrap();
        assert_eq!(version(&conn).unwrap(), LATEST);
        let fk: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert!(fk, "foreign keys are on again after migrating");
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(count("SELECT count(*) FROM assists"), 2);
        assert_eq!(count("SELECT count(*) FROM assist_people WHERE assist_id = 1"), 1);
        assert_eq!(count("SELECT count(*) FROM assist_notes WHERE assist_id = 2"), 1);
        assert_eq!(count("SELECT count(*) FROM next_steps WHERE assist_id = 2"), 1);
        assert_eq!(count("SELECT count(*) FROM resources WHERE assist_id = 1"), 1);
        conn.execute_batch(
            "INSERT INTO assists (uuid, held_at, challenge, status, size, created_at, updated_at)
             VALUES ('a4', 'x', 'Asked', 'requested', 6, 'x', 'x')",
        )
        .unwrap();
        assert_eq!(count("SELECT id FROM assists WHERE uuid = 'a4'"), 4, "id 3 was deleted, never reused");
        // The children still cascade from the rebuilt table.
        conn.execute_batch("DELETE FROM assists WHERE id = 2").unwrap();
        assert_eq!(count("SELECT count(*) FROM assist_notes"), 0);
        assert!(conn.execute_batch("UPDATE assists SET status = 'held' WHERE id = 1").is_err());
        // The later migrations' links to assists (0009's stories) point at the rebuilt
        // table: a story keeps its assist, and loses it when the assist goes.
        conn.execute_batch(
            "INSERT INTO stories (uuid, member_id, text, assist_id, created_at, updated_at)
             VALUES ('st', 1, 'It helped', 1, 'x', 'x');",
        )
        .unwrap();
        assert!(conn.execute_batch("UPDATE stories SET assist_id = 99").is_err(), "no such assist");
        conn.execute_batch("DELETE FROM assists WHERE id = 1").unwrap();
        assert_eq!(count("SELECT count(*) FROM stories WHERE assist_id IS NULL"), 1);
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
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
