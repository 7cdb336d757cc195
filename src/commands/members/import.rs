//! `cop members import`: all or nothing, every bad row reported by its place.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};

use serde::Serialize;

use crate::cli::members::ImportArgs;
use crate::commands::Context;
use crate::domain::member::Profile;
use crate::domain::roster::{self, Field, Roster};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::store::{Db, members as store, tombstones};

enum Action {
    Add { draft: Profile, uuid: Option<String> },
    Update { id: i64, draft: Profile },
    Unchanged,
}

#[derive(Default, Serialize)]
struct Summary {
    dry_run: bool,
    added: usize,
    updated: usize,
    unchanged: usize,
    ignored_columns: Vec<String>,
}

/// Opens the sheet (`-` for stdin) for reading as it is parsed: the file is never held
/// whole, so its size does not decide how much memory an import takes.
fn open_input(path: &std::path::Path) -> Result<Box<dyn BufRead>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    let file = std::fs::File::open(path)
        .map_err(|e| Error::invalid(format!("FILE {}: cannot read it: {e}", path.display())))?;
    Ok(Box::new(BufReader::with_capacity(64 * 1024, file)))
}

pub fn run(ctx: &mut Context, a: ImportArgs) -> Result<()> {
    let maps = a
        .map
        .iter()
        .map(|m| roster::parse_mapping(m).map_err(|e| Error::invalid(format!("--map {e}"))))
        .collect::<Result<Vec<_>>>()?;
    let roster = roster::parse(open_input(&a.file)?, &maps, ctx.out.exact_cells)
        .map_err(|e| Error::invalid(format!("FILE {}: {e}", a.file.display())))?;
    if let Some(warning) = ignored_warning(&roster) {
        ctx.out.warn(&warning);
    }
    let today = ctx.now.date_naive();
    let read_date = |s: &str| crate::domain::time::parse_date(s, &ctx.now);
    let mut summary =
        Summary { dry_run: a.dry_run, ignored_columns: roster.ignored.clone(), ..Summary::default() };

    let outcome = if a.dry_run {
        match ctx.reader()? {
            Some(s) => s.read(|db| plan(Some(db), &roster, today, &read_date)),
            None => plan(None, &roster, today, &read_date),
        }
    } else {
        let mut s = ctx.writer()?;
        let file = a.file.display().to_string();
        let mut rows = Some(roster);
        s.write("import members", |db| {
            let roster = rows.as_ref().ok_or_else(|| Error::runtime("members import: the rows are gone"))?;
            let actions = plan(Some(db), roster, today, &read_date)?;
            // The rows are planned: their memory goes to SQLite's page cache instead.
            if !db.may_run_again() {
                rows = None;
            }
            apply(db, &actions)?;
            let added = actions.iter().filter(|x| matches!(x, Action::Add { .. })).count();
            let updated = actions.iter().filter(|x| matches!(x, Action::Update { .. })).count();
            db.summarize(format!("members import {file}: {added} added, {updated} updated"));
            Ok(actions)
        })
    };
    let actions = match outcome {
        Err(Error::BadRows { rows, .. }) => {
            let summary = format!(
                "{} bad row{} in {}: nothing was imported",
                rows.len(),
                if rows.len() == 1 { "" } else { "s" },
                a.file.display()
            );
            return Err(Error::BadRows { rows, summary });
        }
        other => other?,
    };
    for action in &actions {
        match action {
            Action::Add { .. } => summary.added += 1,
            Action::Update { .. } => summary.updated += 1,
            Action::Unchanged => summary.unchanged += 1,
        }
    }
    if matches!(ctx.out.format, Format::Json | Format::Jsonl) {
        ctx.out.json(&summary)?;
    }
    let verb = if a.dry_run { "Would import" } else { "Imported" };
    ctx.out.message(&format!(
        "{verb} {}: {} added, {} updated, {} unchanged",
        crate::output::count(actions.len(), "row"),
        summary.added,
        summary.updated,
        summary.unchanged
    ));
    Ok(())
}

/// One line for the columns that fill no field, however many there are.
fn ignored_warning(roster: &Roster) -> Option<String> {
    const SHOWN: usize = 5;
    match roster.ignored.as_slice() {
        [] => None,
        [col] if roster.ignored_columns == 1 => Some(format!(
            "ignoring column {col:?}: not a member field (use --map \"{col}=FIELD\" to read it)"
        )),
        names => {
            let mut list: Vec<String> = names.iter().take(SHOWN).map(|n| format!("{n:?}")).collect();
            if names.len() > SHOWN {
                list.push("...".into());
            }
            Some(format!(
                "ignoring {} columns not member fields: {} (use --map \"HEADER=FIELD\" to read one)",
                roster.ignored_columns,
                list.join(", ")
            ))
        }
    }
}

/// Decides what each row does, checking every row; all bad rows come back together.
/// A row carrying the UUID of a forgotten member is refused too (exit 4, when no row is
/// bad otherwise): forgetting is for good, and the row would bring the person back.
fn plan(
    db: Option<&Db>,
    roster: &Roster,
    today: chrono::NaiveDate,
    read_date: &dyn Fn(&str) -> Result<chrono::NaiveDate, String>,
) -> Result<Vec<Action>> {
    let mut bad = Vec::new();
    let mut forgotten = Vec::new();
    let mut actions = Vec::new();
    let mut seen_email: HashMap<String, &str> = HashMap::new();
    let mut seen_uuid: HashMap<String, &str> = HashMap::new();
    for row in &roster.rows {
        if let (Some(db), Ok(Some(u))) = (db, row_uuid(row))
            && tombstones::contains(db, "members", &u)?
        {
            forgotten.push(format!("{}: uuid {u} is a forgotten member's", row.place));
            continue;
        }
        match plan_row(db, row, today, read_date, &mut seen_email, &mut seen_uuid) {
            Ok(a) => actions.push(a),
            Err(e) => bad.push(format!("{}: {e}", row.place)),
        }
    }
    if !bad.is_empty() {
        bad.extend(forgotten);
        return Err(Error::BadRows { rows: bad, summary: String::new() });
    }
    if let Some(first) = forgotten.first() {
        let more = match forgotten.len() {
            1 => String::new(),
            n => format!(" (and {} more rows)", n - 1),
        };
        return Err(Error::conflict(format!("{first}{more}: nothing was imported")).with_hint(
            "a forgotten member is not brought back: leave the uuid cell empty to add them as a new member",
        ));
    }
    Ok(actions)
}

/// The row's UUID in the form cop stores it (lower case, with hyphens), when it has one.
fn row_uuid(row: &roster::RosterRow) -> std::result::Result<Option<String>, String> {
    let Some(u) = row.get(Field::Uuid).map(str::trim).filter(|u| !u.is_empty()) else { return Ok(None) };
    let parsed = uuid::Uuid::parse_str(u).map_err(|_| format!("uuid {u:?}: expected a UUID"))?;
    Ok(Some(parsed.hyphenated().to_string()))
}

fn plan_row<'r>(
    db: Option<&Db>,
    row: &'r roster::RosterRow,
    today: chrono::NaiveDate,
    read_date: &dyn Fn(&str) -> Result<chrono::NaiveDate, String>,
    seen_email: &mut HashMap<String, &'r str>,
    seen_uuid: &mut HashMap<String, &'r str>,
) -> std::result::Result<Action, String> {
    let email = row.email()?;
    let uuid = row_uuid(row)?;
    if let Some(u) = &uuid
        && let Some(first) = seen_uuid.insert(u.clone(), &row.place)
    {
        return Err(format!("uuid {u} is also on {first}"));
    }
    if let Some(e) = &email
        && let Some(first) = seen_email.insert(e.clone(), &row.place)
    {
        return Err(format!("email {e} is also on {first}"));
    }
    let db_err = |e: Error| e.to_string();
    let by_uuid = match (db, &uuid) {
        (Some(db), Some(u)) => store::id_by_uuid(db, u).map_err(db_err)?,
        _ => None,
    };
    let by_email = match (db, &email) {
        (Some(db), Some(e)) => store::id_by_email(db, e).map_err(db_err)?,
        _ => None,
    };
    let existing = match (by_uuid, by_email) {
        (Some(a), Some(b)) if a != b => {
            return Err(format!(
                "email {} belongs to member {b}, but the uuid is member {a}'s",
                email.unwrap_or_default()
            ));
        }
        (Some(id), _) | (None, Some(id)) => {
            db.map(|db| store::get(db, id)).transpose().map_err(db_err)?.flatten()
        }
        (None, None) => None,
    };
    match existing {
        Some(m) => {
            let before = m.profile.clone();
            let draft = row.apply(before.clone(), read_date)?;
            if draft == before {
                return Ok(Action::Unchanged);
            }
            draft.check()?;
            Ok(Action::Update { id: m.id, draft })
        }
        None => {
            if row.get(Field::Name).is_none_or(|n| n.trim().is_empty()) {
                return Err(
                    "name must not be empty: no member has this email or uuid, so the row adds one".into()
                );
            }
            let base = Profile { joined_on: Some(today), ..Profile::default() };
            let base = if row.get(Field::Joined).is_some() { Profile::default() } else { base };
            let draft = row.apply(base, read_date)?;
            draft.check()?;
            Ok(Action::Add { draft, uuid })
        }
    }
}

fn apply(db: &Db, actions: &[Action]) -> Result<()> {
    store::write_many(db, |writer| {
        for a in actions {
            match a {
                Action::Add { draft, uuid } => {
                    writer.insert(draft, uuid.as_deref())?;
                }
                Action::Update { id, draft } => writer.update(*id, draft)?,
                Action::Unchanged => {}
            }
        }
        Ok(())
    })
}
