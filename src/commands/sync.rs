//! `cop sync init DIR --as NAME`, `cop sync [--git]`, `cop sync status`: replicas of one
//! community exchange numbered, immutable segment files through a folder that Syncthing,
//! Dropbox, Nextcloud or git replicate. Each replica writes only into its own sub-folder
//! (named by its UUID), so the file sync engine never sees two writers of one file.

mod crypt;
mod git;
mod segment;

use std::path::{Path, PathBuf};

use self::crypt::{CHECK_FILE, Passphrase};
use self::segment::{SegmentFile, in_file};
use crate::cli::sync::{InitArgs, SyncArgs, SyncCommand};
use crate::commands::Context;
use crate::domain::sync::{
    Overwritten, REPLICA_NAME, Replica, ReplicaStatus, SEGMENT_FORMAT, SyncRow, segment_name, segment_number,
};
use crate::error::{Error, Result};
use crate::output::sync as files;
use crate::store::{self, schema, sync, transfer};

pub fn run(ctx: &mut Context, a: SyncArgs) -> Result<()> {
    match a.command {
        Some(SyncCommand::Init(i)) => init(ctx, i),
        Some(SyncCommand::Status) => status(ctx),
        None => exchange(ctx, a.git, a.compact),
    }
}

fn not_a_replica() -> Error {
    Error::invalid("this database is not a sync replica yet: run `cop sync init DIR --as NAME` first")
}

/// Where a script gives the folder's passphrase.
const PASSPHRASE_VAR: &str = "COP_SYNC_PASSPHRASE";

/// The folder's passphrase: `COP_SYNC_PASSPHRASE`, else asked on the terminal (twice
/// when the first replica of a folder chooses it).
fn passphrase(ctx: &Context, choosing: bool) -> Result<Passphrase> {
    match std::env::var(PASSPHRASE_VAR) {
        Ok(v) => Passphrase::new(v, PASSPHRASE_VAR),
        Err(_) => {
            let typed = ctx.prompt.secret("Passphrase of the sync folder", PASSPHRASE_VAR, choosing)?;
            Passphrase::new(typed, "the passphrase")
        }
    }
}

/// The check files of the replicas in `dir` other than `me`: the folder is encrypted
/// when there are any, and a passphrase must open them all.
fn check_files(dir: &Path, me: Option<&str>) -> Result<Vec<PathBuf>> {
    let others = folders(dir, me.unwrap_or_default())?;
    Ok(others.into_iter().map(|(name, _)| dir.join(name).join(CHECK_FILE)).filter(|c| c.is_file()).collect())
}

/// Refuses a passphrase that does not open `check`: every replica of a folder uses one.
fn prove(pass: &Passphrase, check: &Path) -> Result<()> {
    let bytes =
        std::fs::read(check).map_err(|e| Error::runtime(format!("cannot read {}: {e}", check.display())))?;
    if pass.opens_check(&bytes) {
        return Ok(());
    }
    Err(Error::runtime(format!(
        "the passphrase does not open {}: every replica of the folder uses one passphrase; \
         nothing was applied or sent",
        check.display()
    )))
}

fn init(ctx: &mut Context, a: InitArgs) -> Result<()> {
    REPLICA_NAME.check_text(&a.name).map_err(|e| Error::invalid(format!("--as: {e}")))?;
    files::make_folder(&a.dir)?;
    let dir = std::fs::canonicalize(&a.dir)
        .map_err(|e| Error::runtime(format!("cannot open the folder {}: {e}", a.dir.display())))?;
    let db = std::path::absolute(&ctx.db_path).unwrap_or_else(|_| ctx.db_path.clone());
    let db = db.parent().and_then(|p| std::fs::canonicalize(p).ok()).unwrap_or_default();
    if db.starts_with(&dir) {
        return Err(Error::invalid(format!(
            "DIR: {} holds the database itself: a file sync engine would corrupt it; \
             give a folder apart from the database",
            dir.display()
        )));
    }
    let folder = dir.to_str().ok_or_else(|| Error::invalid("DIR: the folder's path is not valid UTF-8"))?;
    let existing = match ctx.reader()? {
        Some(store) => store.read(sync::replica)?.map(|r| r.uuid),
        None => None,
    };
    let sealed = check_files(&dir, existing.as_deref())?;
    let pass = if a.encrypt {
        let pass = passphrase(ctx, sealed.is_empty())?;
        for check in &sealed {
            prove(&pass, check)?;
        }
        Some(pass)
    } else if let Some(check) = sealed.first() {
        return Err(Error::invalid(format!(
            "DIR: the folder's segments are encrypted ({}); run again with --encrypt and the folder's passphrase",
            check.display()
        )));
    } else {
        None
    };
    let wanted = Replica {
        uuid: store::new_uuid(),
        name: a.name.clone(),
        folder: folder.into(),
        git: a.git,
        last_segment: 0,
        sent_at: None,
        encrypted: a.encrypt,
    };
    let mut store = ctx.writer()?;
    let me = store.write(&format!("sync init {folder}"), |db| sync::init(db, &wanted))?;
    let mine = dir.join(&me.uuid);
    files::make_folder(&mine)?;
    match &pass {
        Some(pass) => files::write(&mine.join(CHECK_FILE), &pass.check_file()?)?,
        None => files::remove(&mine.join(CHECK_FILE))?,
    }
    let about = serde_json::json!({"replica": me.uuid, "name": me.name, "encrypted": me.encrypted});
    files::write(&mine.join("replica.json"), format!("{about}\n").as_bytes())?;
    // Like any created record: the whole of it in JSON formats, its identity otherwise.
    if ctx.out.wants_json() {
        ctx.out.json(&me)?;
    } else {
        ctx.out.raw(&format!("{}\n", me.uuid))?;
    }
    ctx.out.message(&format!(
        "This database is replica \"{}\" ({}) syncing through {folder}; run `cop sync` to exchange changes",
        me.name, me.uuid
    ));
    Ok(())
}

/// A replica's segment files in the folder: each number with its path.
type Segments = Vec<(i64, PathBuf)>;

/// The other replicas' sub-folders, each with its segment files in order.
fn folders(dir: &Path, me: &str) -> Result<Vec<(String, Segments)>> {
    let cannot = |e: std::io::Error| Error::runtime(format!("cannot read the folder {}: {e}", dir.display()));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let entry = entry.map_err(cannot)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == me || crate::domain::rules::uuid(&name).is_err() || !entry.path().is_dir() {
            continue;
        }
        out.push((name, segments(&entry.path())?));
    }
    out.sort();
    Ok(out)
}

/// Why the first sync of an empty replica cannot be undone.
const FIRST_SYNC: &str = "the first sync into an empty replica is not recorded: remove the database and run `cop sync init` again instead";

/// The number of the next segment: past the last one this replica recorded, and past
/// any file a sync killed before its commit left, which another replica may have read.
fn next_number(mine: &Path, last: i64) -> Result<i64> {
    let next = last + 1;
    if !mine.join(segment_name(next)).exists() {
        return Ok(next);
    }
    Ok(segments(mine)?.last().map_or(next, |(n, _)| (*n + 1).max(next)))
}

/// A replica's segment files, by number; any other file (a temporary name) is left alone.
fn segments(folder: &Path) -> Result<Segments> {
    let cannot =
        |e: std::io::Error| Error::runtime(format!("cannot read the folder {}: {e}", folder.display()));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(cannot)? {
        let entry = entry.map_err(cannot)?;
        if let Some(n) = segment_number(&entry.file_name().to_string_lossy()) {
            out.push((n, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

fn exchange(ctx: &mut Context, git: bool, compact: bool) -> Result<()> {
    let mut store = ctx.writer()?;
    let me = store.read(sync::replica)?.ok_or_else(not_a_replica)?;
    let dir = PathBuf::from(&me.folder);
    let git = git || me.git;
    if git {
        git::pull(&dir)?;
    }
    let others = folders(&dir, &me.uuid)?;
    let mine = dir.join(&me.uuid);
    files::make_folder(&mine)?;
    // Asked and proven before anything is read or written with it.
    let pass = if me.encrypted {
        let pass = passphrase(ctx, false)?;
        let check = mine.join(CHECK_FILE);
        if check.is_file() {
            prove(&pass, &check)?;
        } else {
            files::write(&check, &pass.check_file()?)?;
        }
        Some(pass)
    } else {
        None
    };
    // Like an import into an empty database, a replica's first sync brings in the whole
    // community: too large a change to keep in memory for `cop undo`.
    let first = store.read(transfer::is_empty)?;
    let exchange = |db: &store::Db| {
        // What changed here since the last segment this replica wrote, picked before the
        // others' records come in, so that they are not sent back.
        let stamp = db.stamp();
        let pending = sync::pick(db, me.sent_at.as_deref())?;
        let mut rows = Vec::new();
        let mut replaced = Vec::new();
        // A deletion that travels as a tombstone (`members forget`, here or on another
        // replica) makes this replica rewrite its own segments without the record.
        let mut deleted = !pending.tombstones.is_empty();
        for (replica, list) in &others {
            let from = sync::cursor(db, replica)?;
            let mut row = SyncRow { replica: replica.clone(), direction: "in", ..SyncRow::default() };
            for (number, path) in list.iter().filter(|(n, _)| *n > from) {
                let (head, spool) = segment::read(path, pass.as_ref())?;
                if head.replica != *replica || head.number != *number {
                    return Err(in_file(
                        Error::invalid(
                            "its head names another replica or number than its place in the folder",
                        ),
                        path,
                    ));
                }
                let counts = transfer::merge_as(db, &spool, false, true).map_err(|e| in_file(e, path))?;
                for c in counts {
                    deleted |= c.kind == "tombstones" && c.added > 0;
                    row.added += c.added;
                    row.updated += c.updated;
                    row.removed += c.removed;
                    replaced.extend(c.overwritten.into_iter().map(|o| (head.name.clone(), o)));
                }
                row.segments += 1;
                row.name = head.name.clone();
                sync::applied(db, replica, &head.name, *number)?;
            }
            if row.segments > 0 {
                rows.push(row);
            }
        }
        // Compaction: one snapshot of the whole community (tombstones included) replaces
        // every segment this replica wrote, so no older file keeps a deleted record.
        let older = if compact || deleted { segments(&mine)? } else { Vec::new() };
        let compacting = !older.is_empty();
        let pending = if compacting { sync::pick(db, None)? } else { pending };
        let mut n = 0;
        let wrote = !pending.is_empty();
        let number = if wrote { next_number(&mine, me.last_segment)? } else { me.last_segment };
        if wrote {
            let head = serde_json::json!({"cop_segment": SEGMENT_FORMAT, "schema_version": schema::LATEST,
                "replica": me.uuid, "name": me.name, "number": number, "written_at": stamp});
            // Written before the commit: if this cop dies in between, the next sync
            // writes what it held and more under the next number.
            let mut file = SegmentFile::create(&mine.join(segment_name(number)), &head, pass.as_ref())?;
            sync::picked(db, &pending, &mut |kind, record| file.record(kind, record))?;
            n = file.commit()?;
            if compacting {
                // Other replicas skip numbers that are gone and read the snapshot whole.
                for (_, path) in older.iter().filter(|(old, _)| *old < number) {
                    files::remove(path)?;
                }
            }
            rows.push(SyncRow {
                replica: me.uuid.clone(),
                name: me.name.clone(),
                direction: "out",
                segments: 1,
                added: n,
                ..SyncRow::default()
            });
        }
        // Even with nothing sent, what came in up to now is not this replica's to send.
        sync::sent(db, number, &stamp)?;
        let came: u64 =
            rows.iter().filter(|r| r.direction == "in").map(|r| r.added + r.updated + r.removed).sum();
        db.summarize(format!("sync: {came} changes in, {n} records out"));
        let compacted =
            if compacting && n > 0 { older.iter().filter(|(old, _)| *old < number).count() } else { 0 };
        Ok((rows, replaced, compacted))
    };
    let (rows, replaced, compacted) = if first {
        store.write_unkept("sync", FIRST_SYNC, exchange)?
    } else {
        store.write("sync", exchange)?
    };
    if git && rows.iter().any(|r| r.direction == "out") {
        git::publish(&dir, &me.uuid, &me.name)?;
    }
    ctx.out.list_all("replicas", &rows)?;
    say_replaced(ctx, &replaced);
    let from = rows.iter().filter(|r| r.direction == "in").count();
    let sent = rows.iter().find(|r| r.direction == "out").map_or(0, |r| r.added);
    ctx.out.message(&format!(
        "Synced: applied segments from {}, sent {}",
        crate::output::count(from, "replica"),
        crate::output::count(usize::try_from(sent).unwrap_or(usize::MAX), "record")
    ));
    if compacted > 0 {
        ctx.out.message(&format!(
            "Compacted: one snapshot replaced this replica's {}",
            crate::output::count(compacted, "older segment")
        ));
    }
    Ok(())
}

/// How many replaced values `cop sync` names; the operation log keeps every one.
const REPLACED_SHOWN: usize = 20;

/// Says each stored value a newer edit from another replica replaced, naming the
/// replica, so an organizer whose edit lost sees what it was.
fn say_replaced(ctx: &Context, replaced: &[(String, Overwritten)]) {
    let shown = crate::domain::rules::shown_text;
    for (replica, o) in replaced.iter().take(REPLACED_SHOWN) {
        ctx.out.message(&format!(
            "{replica}'s newer edit replaced {} {} {}: was {}, now {}",
            o.kind,
            shown(&o.record),
            o.field,
            shown(&o.old),
            shown(&o.new)
        ));
    }
    if replaced.len() > REPLACED_SHOWN {
        ctx.out.message(&format!(
            "... and {} more replaced values: `cop log show` on this sync lists every change",
            replaced.len() - REPLACED_SHOWN
        ));
    }
}

fn status(ctx: &mut Context) -> Result<()> {
    let store = ctx.reader()?.ok_or_else(not_a_replica)?;
    let (me, cursors) = store.read(|db| Ok((sync::replica(db)?, sync::cursors(db)?)))?;
    let me = me.ok_or_else(not_a_replica)?;
    let dir = PathBuf::from(&me.folder);
    let mut rows = vec![ReplicaStatus {
        replica: me.uuid.clone(),
        name: me.name.clone(),
        this: true,
        last_segment: me.last_segment,
        applied: me.last_segment,
        behind: 0,
    }];
    for (replica, list) in folders(&dir, &me.uuid)? {
        let cursor = cursors.iter().find(|c| c.replica == replica);
        let last = list.last().map_or(0, |(n, _)| *n);
        let applied = cursor.map_or(0, |c| c.last_segment);
        let name = cursor
            .map(|c| c.name.clone())
            .or_else(|| files::replica_name(&dir.join(&replica)))
            .unwrap_or_default();
        rows.push(ReplicaStatus {
            replica,
            name,
            this: false,
            last_segment: last,
            applied,
            behind: (last - applied).max(0),
        });
    }
    ctx.out.list_all("replicas", &rows)
}
