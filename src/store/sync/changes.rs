//! What a replica sends: every record changed since its last segment, with what a
//! merge on another replica needs to apply it as the import rules say. A record travels
//! with all its links and children (a parent arriving without them would have them
//! removed where it is newer), and with every record it, its links or its children
//! refer to (the other replica may not have them yet, when a third one made them).
//! Records sent again are harmless: a merge of an equal record keeps the stored one.

use serde_json::{Value as Json, json};

use crate::error::Result;
use crate::store::record_kinds::{KINDS, Kind, Ty};
use crate::store::transfer::export::each_record;
use crate::store::{Db, tombstones};

/// The record kinds a reference of this type points to.
fn target(ty: Ty) -> Option<&'static str> {
    match ty {
        Ty::Ref(t) | Ty::OptRef(t) => Some(t),
        _ => None,
    }
}

fn column(k: &Kind, field: &str) -> Option<&'static str> {
    k.fields.iter().find(|f| f.0 == field).map(|f| f.1)
}

/// What a sync has picked to send: the records by id (in a temporary table), and the
/// tombstones as they were when picked, so none that came in since is sent back.
#[derive(Clone, Debug, Default)]
pub struct Picked {
    pub records: u64,
    pub tombstones: Vec<tombstones::Tombstone>,
}

impl Picked {
    pub fn is_empty(&self) -> bool {
        self.records == 0 && self.tombstones.is_empty()
    }
}

/// Picks every record changed at or after `since` (all of them without it), with what
/// travels with it, by local id in a temporary table that [`picked`] reads. A sync picks
/// before it applies the other replicas' segments, so what it merges from them is not
/// sent back to them.
pub fn pick(db: &Db, since: Option<&str>) -> Result<Picked> {
    pick_ids(db, since)?;
    let records: i64 = db.conn.query_row("SELECT count(*) FROM cop_sync_pick", [], |r| r.get(0))?;
    let mut tombstones = tombstones::list(db)?;
    tombstones.retain(|t| since.is_none_or(|s| t.deleted_at.as_str() >= s));
    Ok(Picked { records: records.unsigned_abs(), tombstones })
}

fn pick_ids(db: &Db, since: Option<&str>) -> Result<()> {
    db.conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS cop_sync_pick (kind TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, id));
         DELETE FROM cop_sync_pick;",
    )?;
    for k in KINDS.iter().filter(|k| k.uuid) {
        let changed = match since {
            Some(_) => format!("SELECT '{0}', id FROM {0} WHERE updated_at >= ?1", k.name),
            None => format!("SELECT '{0}', id FROM {0} WHERE ?1 IS NULL", k.name),
        };
        db.conn.execute(&format!("INSERT OR IGNORE INTO cop_sync_pick {changed}"), [since])?;
    }
    let picked = |kind: &str| format!("(SELECT id FROM cop_sync_pick WHERE kind = '{kind}')");
    loop {
        let mut more = 0;
        for k in KINDS {
            // The record that owns a link or a child, when it is sent.
            let owner = if k.uuid { k.parent } else { k.owner };
            let owner = (!owner.is_empty())
                .then(|| k.fields.iter().find(|f| f.0 == owner))
                .flatten()
                .and_then(|f| Some((f.1, target(f.2)?)));
            if k.uuid
                && let Some((col, parent)) = owner
            {
                more += db.conn.execute(
                    &format!(
                        "INSERT OR IGNORE INTO cop_sync_pick SELECT '{0}', id FROM {0} WHERE {col} IN {1}",
                        k.name,
                        picked(parent)
                    ),
                    [],
                )?;
            }
            // What the records sent of this kind refer to (for links: those of an owner sent).
            let sent = match (k.uuid, owner) {
                (true, _) => format!("x.id IN {}", picked(k.name)),
                (false, Some((col, parent))) => format!("x.{col} IN {}", picked(parent)),
                (false, None) => continue,
            };
            for f in k.fields {
                let Some(t) = target(f.2) else { continue };
                more += db.conn.execute(
                    &format!(
                        "INSERT OR IGNORE INTO cop_sync_pick SELECT '{t}', x.{} FROM {} x WHERE x.{} IS NOT NULL AND {sent}",
                        f.1, k.name, f.1
                    ),
                    [],
                )?;
            }
        }
        if more == 0 {
            return Ok(());
        }
    }
}

/// What [`pick`] picked: its tombstones, and its records as they are now, as
/// `(kind, record)` in the `cop export` shape.
pub fn picked(db: &Db, picked: &Picked, f: &mut dyn FnMut(&str, Json) -> Result<()>) -> Result<u64> {
    let mut n = 0;
    for t in &picked.tombstones {
        f("tombstones", json!({"uuid": t.uuid, "kind": t.kind, "deleted_at": t.deleted_at}))?;
        n += 1;
    }
    for k in KINDS {
        let only = if k.uuid {
            format!("x.id IN (SELECT id FROM cop_sync_pick WHERE kind = '{}')", k.name)
        } else {
            let Some(col) = column(k, k.owner) else { continue };
            let Some(parent) = k.fields.iter().find(|f| f.0 == k.owner).and_then(|f| target(f.2)) else {
                continue;
            };
            format!("x.{col} IN (SELECT id FROM cop_sync_pick WHERE kind = '{parent}')")
        };
        each_record(db, k, Some(&only), &mut |mut r| {
            // Integer ids are local to each replica; the UUID is the identity across them.
            if let Some(o) = r.as_object_mut() {
                o.remove("id");
            }
            n += 1;
            f(k.name, r)
        })?;
    }
    db.conn.execute_batch("DELETE FROM cop_sync_pick")?;
    Ok(n)
}
