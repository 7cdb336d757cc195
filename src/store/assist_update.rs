//! Finding an assist by its UUID, so `assist log --from` of a file that came out of
//! `assist show --format json` updates the assist it describes instead of logging it
//! a second time.

use rusqlite::OptionalExtension;

use super::Db;
use crate::error::Result;

/// The id of the assist whose UUID is `uuid`, if this copy holds it.
pub fn id_by_uuid(db: &Db, uuid: &str) -> Result<Option<i64>> {
    Ok(db.conn.query_row("SELECT id FROM assists WHERE uuid = ?1", [uuid], |r| r.get(0)).optional()?)
}
