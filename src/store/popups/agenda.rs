//! A popup's learning agenda: ordered items, each perhaps planned for one of its
//! sessions. Items are child records: every change stamps their popup.

use rusqlite::params;

use crate::domain::popup::{self, AgendaItem};
use crate::error::Result;
use crate::store::stored::{number, opt_number};
use crate::store::{Db, new_uuid};

pub fn agenda(db: &Db, popup_id: i64) -> Result<Vec<AgendaItem>> {
    let mut stmt = db.conn.prepare_cached(
        "SELECT id, popup_id, position, text, minutes, done_at IS NOT NULL, session_id
           FROM agenda_items WHERE popup_id = ?1 ORDER BY position, id",
    )?;
    let rows = stmt.query_map([popup_id], |r| {
        Ok(AgendaItem {
            id: r.get(0)?,
            popup_id: r.get(1)?,
            position: number(r, 2, popup::POSITION)?,
            text: r.get(3)?,
            minutes: opt_number(r, 4, popup::AGENDA_MINUTES)?,
            done: r.get(5)?,
            session_id: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Stamps the popup an agenda item belongs to, so `cop import` carries the change to
/// its agenda (items are child records: they follow their popup).
fn touch_popup_of_item(db: &Db, item_id: i64) -> Result<()> {
    db.conn.execute(
        "UPDATE popups SET updated_at = ?2 WHERE id = (SELECT popup_id FROM agenda_items WHERE id = ?1)",
        params![item_id, db.stamp()],
    )?;
    Ok(())
}

/// Adds an item at the end of the agenda; returns its id. Stamps the popup.
pub fn add_agenda_item(
    db: &Db,
    popup_id: i64,
    text: &str,
    minutes: Option<u32>,
    session_id: Option<i64>,
) -> Result<i64> {
    db.touch_owner("popups", popup_id)?;
    // Positions stop at the record rules' COUNTER_MAX (2147483647), so none overflows.
    db.conn.execute(
        "INSERT INTO agenda_items (uuid, popup_id, position, text, minutes, session_id, created_at, updated_at)
         VALUES (?1, ?2, (SELECT min(coalesce(max(position), 0) + 1, 2147483647) FROM agenda_items WHERE popup_id = ?2),
                 ?3, ?4, ?5, ?6, ?6)",
        params![new_uuid(), popup_id, text, minutes, session_id, db.stamp()],
    )?;
    Ok(db.conn.last_insert_rowid())
}

/// Writes the agenda's order: `ids` (items of one popup) in their new order get
/// positions 1, 2, ... When an item moves, the popup is stamped.
pub fn reorder_agenda(db: &Db, ids: &[i64]) -> Result<()> {
    let stamp = db.stamp();
    let mut stmt = db.conn.prepare_cached(
        "UPDATE agenda_items SET position = ?2, updated_at = ?3 WHERE id = ?1 AND position <> ?2",
    )?;
    let mut moved = None;
    for (i, id) in ids.iter().enumerate() {
        if stmt.execute(params![id, i as i64 + 1, stamp])? > 0 {
            moved = Some(*id);
        }
    }
    match moved {
        Some(id) => touch_popup_of_item(db, id),
        None => Ok(()),
    }
}

/// Marks an item done; stamps its popup.
pub fn finish_agenda_item(db: &Db, item_id: i64) -> Result<()> {
    touch_popup_of_item(db, item_id)?;
    db.conn.execute(
        "UPDATE agenda_items SET done_at = ?2, updated_at = ?2 WHERE id = ?1",
        params![item_id, db.stamp()],
    )?;
    Ok(())
}

/// Deletes an item; stamps its popup, so the removal travels with it.
pub fn remove_agenda_item(db: &Db, item_id: i64) -> Result<()> {
    touch_popup_of_item(db, item_id)?;
    db.conn.execute("DELETE FROM agenda_items WHERE id = ?1", [item_id])?;
    Ok(())
}

/// Writes an item's text, time box and session (`agenda edit`). Stamps the popup.
pub fn update_agenda_item(
    db: &Db,
    item_id: i64,
    text: &str,
    minutes: Option<u32>,
    session_id: Option<i64>,
) -> Result<()> {
    touch_popup_of_item(db, item_id)?;
    db.conn.execute(
        "UPDATE agenda_items SET text = ?2, minutes = ?3, session_id = ?4, updated_at = ?5 WHERE id = ?1",
        params![item_id, text, minutes, session_id, db.stamp()],
    )?;
    Ok(())
}
