//! The whole community as one JSON document (`cop export`), and merging such a
//! document into the database by UUID (`cop import`).
//!
//! Integer ids are local to one database and never leave it: every record travels with
//! its UUID and every link names the records it joins by their UUIDs. A member carries
//! their tags (by name) and availability windows; popups and resources carry their tags.
//! Records are ordered by creation time and UUID, links by the UUIDs they join, so the
//! same community always gives the same document, whatever its local ids.
//!
//! Merging records: a record is matched by UUID (a tag also by its name, a member also
//! by their email, since those are unique); a new one is added, one whose incoming
//! `updated_at` is strictly newer replaces the stored one, any other is kept as stored.
//!
//! Merging links: every link belongs to one owning record, its parent:
//!
//! | links | owner |
//! |---|---|
//! | member tags (`interests`, `needs`, `expertise`), `availability` | the member |
//! | popup `tags`, `popup_members` | the popup |
//! | resource `tags` | the resource |
//! | `session_facilitators`, `rsvps`, `attendance` | the session |
//! | `assist_people`, `assist_invitations`, assist `tags` | the assist |
//! | `pairing_members` (with each member's `outcome`) | the pairing round |
//! | `tag_aliases` | the tag |
//!
//! When the incoming parent is added or replaces the stored one, the parent's links
//! become exactly the document's: missing ones are added, changed ones (an RSVP's
//! response or waitlist position, a popup member's status) are updated, and stored ones
//! the document lacks are removed (counted as `removed`). When the stored parent is kept
//! (incoming `updated_at` older or equal), or the parent is not in the document, its
//! links stay as stored and the document's are skipped. So a removed link travels with
//! its parent, which is why every command that changes a link set stamps the parent's
//! `updated_at` in the same transaction (see `Db::touch_owner`); a parent edited on both
//! copies keeps the newer copy's record and links whole (no field-by-field merge).
//!
//! Merging child records: records with their own UUID that exist only inside a parent
//! follow it the same way (`Kind::parent`):
//!
//! | children | parent |
//! |---|---|
//! | `agenda_items` | the popup |
//! | `assist_notes`, `takeaways`, `next_steps` | the assist |
//!
//! When the incoming parent is added or replaces the stored one, its stored children of
//! a kind whose UUID the document lacks are deleted (counted as `removed`), and its new
//! children are added. When the stored parent is kept, or is not in the document, all its
//! stored children stay and new incoming ones are skipped: the kept copy is the newer one
//! and may have deleted them on purpose, and adding them would leave the two copies
//! different after they exchanged documents. A child both copies hold is merged as any
//! record (newer `updated_at` wins), whatever its parent's fate: so a next step marked
//! done on one copy after the other edited the assist keeps its mark. Every store
//! function that adds, deletes, reorders or finishes a child stamps its parent in the
//! same transaction (`popups::add_agenda_item` and friends, `assists::add_note`,
//! `assists::replace`, `assists::mark_done`), so the rule sees every change.
//!
//! Deleted records travel as tombstones: `members forget` and `tags merge` keep the UUID
//! of the record they delete, its kind (table) and when, and nothing else (see
//! `store::tombstones`); the document lists them in `tombstones`, sorted by UUID. An
//! import applies the incoming tombstones before any record: each deletes the stored
//! record of its kind with its UUID, whatever its `updated_at` (privacy wins over a newer
//! local edit; the schema's cascades take its links and children, as the delete did on
//! the other copy; counted as `removed` under the record's kind), and is stored (counted
//! under `tombstones`). Then a record whose UUID has a tombstone, incoming or stored, is
//! skipped, never added back; so is a link, or a record, that refers to one and cannot
//! exist without it (a `Ref`, or an `OptRef` whose foreign key cascades, as a takeaway's
//! member), while an `OptRef` whose foreign key sets null (a popup's proposer) is
//! imported empty. Tombstones go by UUID only: a member matched by email whose UUID
//! differs is another record (someone who rejoined), so it is merged as usual.
//!
//! Member pauses (`member_pauses`) are records like any other: a resume updates one, so
//! it travels. Pairing exclusions are confidential: a document holds them
//! (`pairing_exclusions`: `member`, `other` by UUID, `created_at`) only when written by
//! `cop export --with-exclusions`; an import adds the ones it holds, skips those of a
//! forgotten member, and never lifts one (`store::exclusions`).
//!
//! Nothing else is ever deleted. All of it is one transaction: a bad record or
//! tombstone anywhere changes nothing.

pub(super) mod export;
mod kinds;
mod links;
mod merge;
mod spool;
mod tombstones;

use super::record_kinds::KINDS;
use crate::error::Error;

pub use crate::domain::sync::Counts;
pub use export::export;
pub use merge::{merge, merge_as};
pub use spool::{Source, Spool, SpoolBuilder, Unreadable};

/// The confidential pairing exclusions: in a document only from `cop export
/// --with-exclusions`; an import adds them and never lifts one (`store::exclusions`).
const EXCLUSIONS: &str = "pairing_exclusions";

/// The kinds of record a document holds, in import order.
pub fn kinds() -> impl Iterator<Item = &'static str> {
    KINDS.iter().map(|k| k.name)
}

pub(super) fn bad(at: &str, expected: &str) -> Error {
    Error::invalid(format!("{at}: expected {expected}"))
}

/// A constraint the database refused: a bad value (exit 2) or a duplicate (exit 4).
pub(super) fn refused(e: rusqlite::Error, at: &str) -> Error {
    if let rusqlite::Error::SqliteFailure(f, msg) = &e
        && f.code == rusqlite::ErrorCode::ConstraintViolation
    {
        let what = msg.clone().unwrap_or_default();
        return if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
        {
            Error::conflict(format!("{at}: clashes with a different stored record ({what})"))
        } else {
            Error::invalid(format!("{at}: a value is not allowed ({what})"))
        };
    }
    Error::from(e)
}

#[cfg(test)]
mod tests;

/// Whether the database holds no record yet but its community: an import into it can
/// only add, and undoing it is removing the file, so its change need not be kept (for a
/// large community it would take more memory than the import itself).
pub fn is_empty(db: &super::Db) -> crate::error::Result<bool> {
    for k in KINDS.iter().filter(|k| k.uuid && k.name != "community") {
        let any: bool =
            db.conn.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {})", k.name), [], |r| r.get(0))?;
        if any {
            return Ok(false);
        }
    }
    Ok(!db.conn.query_row("SELECT EXISTS (SELECT 1 FROM tombstones)", [], |r| r.get::<_, bool>(0))?)
}

/// Why an import into an empty database keeps no change in the operation log.
pub const INTO_EMPTY: &str = "an import into an empty database is not recorded: remove the database instead";
