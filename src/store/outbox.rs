//! The outbox (every message cop wrote, sent or not) and the organizer's address.

use rusqlite::{OptionalExtension, Row, params};

use super::{Db, parse_timestamp};
use crate::domain::mail::{NewMessage, OutboxEntry};
use crate::error::Result;

const SELECT: &str = "SELECT id, message_id, purpose, member_id, recipient, created_at, sent_at, attempts,
                             last_error, message FROM outbox";

fn from_row(r: &Row) -> rusqlite::Result<OutboxEntry> {
    Ok(OutboxEntry {
        id: r.get(0)?,
        message_id: r.get(1)?,
        purpose: r.get(2)?,
        member_id: r.get(3)?,
        recipient: r.get(4)?,
        created_at: parse_timestamp(&r.get::<_, String>(5)?)?,
        sent_at: r.get::<_, Option<String>>(6)?.as_deref().map(parse_timestamp).transpose()?,
        attempts: r.get(7)?,
        last_error: r.get(8)?,
        message: r.get(9)?,
    })
}

/// Records a message unless one for the same purpose exists; returns that one either way.
pub fn record(db: &Db, m: &NewMessage) -> Result<(OutboxEntry, bool)> {
    let added = db.conn.execute(
        "INSERT INTO outbox (message_id, purpose_key, purpose, member_id, recipient, message, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (purpose_key) DO NOTHING",
        params![m.message_id, m.purpose_key, m.purpose, m.member_id, m.recipient, m.message, db.stamp()],
    )?;
    let sql = format!("{SELECT} WHERE purpose_key = ?1");
    let entry = db.conn.query_row(&sql, [&m.purpose_key], from_row)?;
    Ok((entry, added == 1))
}

/// The messages, oldest first; only those not yet sent with `pending`.
pub fn list(db: &Db, pending: bool) -> Result<Vec<OutboxEntry>> {
    let filter = if pending { " WHERE sent_at IS NULL" } else { "" };
    let mut stmt = db.conn.prepare(&format!("{SELECT}{filter} ORDER BY id"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Reads one message again, to see whether another cop sent it meanwhile.
pub fn get(db: &Db, id: i64) -> Result<Option<OutboxEntry>> {
    let sql = format!("{SELECT} WHERE id = ?1");
    Ok(db.conn.query_row(&sql, [id], from_row).optional()?)
}

/// A delivery is no operation of the log ([`Db::delivery_only`]): undo cannot unsend.
pub fn mark_sent(db: &Db, id: i64) -> Result<()> {
    db.delivery_only();
    db.conn.execute(
        "UPDATE outbox SET sent_at = ?2, attempts = attempts + 1, last_error = NULL WHERE id = ?1",
        params![id, db.stamp()],
    )?;
    Ok(())
}

pub fn mark_failed(db: &Db, id: i64, error: &str) -> Result<()> {
    db.delivery_only();
    db.conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1",
        params![id, error],
    )?;
    Ok(())
}

/// The From address the community uses, once `--from` named it.
pub fn organizer(db: &Db) -> Result<Option<String>> {
    Ok(db.conn.query_row("SELECT organizer FROM mail_settings WHERE id = 1", [], |r| r.get(0)).optional()?)
}

pub fn set_organizer(db: &Db, organizer: &str) -> Result<()> {
    db.conn.execute(
        "INSERT INTO mail_settings (id, organizer) VALUES (1, ?1)
         ON CONFLICT (id) DO UPDATE SET organizer = excluded.organizer",
        [organizer],
    )?;
    Ok(())
}

/// The session a calendar UID names (`<uuid>@cop`).
pub fn session_by_uuid(db: &Db, uuid: &str) -> Result<Option<i64>> {
    Ok(db.conn.query_row("SELECT id FROM sessions WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?)
}

/// The member an ATTENDEE address names, ignoring case as mail does.
pub fn member_by_email(db: &Db, email: &str) -> Result<Option<i64>> {
    Ok(db
        .conn
        .query_row(
            "SELECT id FROM members WHERE lower(email) = lower(?1) ORDER BY id LIMIT 1",
            [email],
            |r| r.get(0),
        )
        .optional()?)
}
