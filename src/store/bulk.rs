//! One very large write (`cop demo --members N`): the records go in through each
//! table's own typed inserts, inside the command's one transaction, each stamped with
//! the moment it stands for rather than the command's time.

use chrono::{DateTime, Utc};

use super::Db;
use crate::error::Result;

/// Statements reused for every row; more than the default cache holds.
const STATEMENTS: usize = 32;

/// Settings for one large write: every typed insert's statement stays prepared, and a
/// bigger page cache keeps the indexes of the link tables in memory while a million
/// rows go in.
pub fn tune_for_bulk(db: &Db) -> Result<()> {
    db.conn.set_prepared_statement_cache_capacity(STATEMENTS);
    db.grow_cache(256)?;
    Ok(())
}

/// The same transaction seen from `now`: what is written through it is stamped as made
/// then (a generated community's three years of history). What it tells the operation
/// log is dropped: the command's own view keeps that.
pub fn at<'c>(db: &Db<'c>, now: DateTime<Utc>) -> Db<'c> {
    Db::new(db.conn, now)
}
