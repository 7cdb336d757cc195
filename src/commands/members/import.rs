//! `cop members import`: all or nothing, every bad row reported by its place.

use std::collections::HashMap;
use std::io::Read;

use serde::Serialize;

use crate::cli::members::ImportArgs;
use crate::commands::Context;
use crate::domain::member::Profile;
use crate::domain::roster::{self, Field, Roster};
use crate::error::{Error, Result};
use crate::output::Format;
use crate::store::{Db, members as store};

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

fn read_input(path: &std::path::Path) -> Result<String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path)
            .map_err(|e| Error::invalid(format!("FILE {}: cannot read it: {e}", path.display())))?;
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::invalid(format!(
            "FILE {}: not UTF-8 text (byte {}): save the sheet as UTF-8 CSV",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

pub fn run(ctx: &mut Context, a: ImportArgs) -> Result<()> {
    let maps = a
        .map
        .iter()
        .map(|m| roster::parse_mapping(m).map_err(|e| Error::invalid(format!("--map {e}"))))
        .collect::<Result<Vec<_>>>()?;
    // The text is let go once parsed: a big sheet is held once, as rows, not twice.
    let roster = roster::parse(&read_input(&a.file)?, &maps)
        .map_err(|e| Error::invalid(format!("FILE {}: {e}", a.file.display())))?;
    for col in &roster.ignored {
        ctx.out.warn(&format!(
            "ignoring column {col:?}: not a member field (use --map \"{col}=FIELD\" to read it)"
        ));
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
        s.write("import members", move |db| {
            let actions = plan(Some(db), &roster, today, &read_date)?;
            // The rows are planned: their memory goes to SQLite's page cache instead.
            drop(roster);
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
        "{verb} {} rows: {} added, {} updated, {} unchanged",
        actions.len(),
        summary.added,
        summary.updated,
        summary.unchanged
    ));
    Ok(())
}

/// Decides what each row does, checking every row; all bad rows come back together.
fn plan(
    db: Option<&Db>,
    roster: &Roster,
    today: chrono::NaiveDate,
    read_date: &dyn Fn(&str) -> Result<chrono::NaiveDate, String>,
) -> Result<Vec<Action>> {
    let mut bad = Vec::new();
    let mut actions = Vec::new();
    let mut seen_email: HashMap<String, &str> = HashMap::new();
    let mut seen_uuid: HashMap<String, &str> = HashMap::new();
    for row in &roster.rows {
        match plan_row(db, row, today, read_date, &mut seen_email, &mut seen_uuid) {
            Ok(a) => actions.push(a),
            Err(e) => bad.push(format!("{}: {e}", row.place)),
        }
    }
    if bad.is_empty() { Ok(actions) } else { Err(Error::BadRows { rows: bad, summary: String::new() }) }
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
    let uuid = row.get(Field::Uuid).map(str::trim).filter(|u| !u.is_empty()).map(str::to_lowercase);
    if let Some(u) = &uuid {
        uuid::Uuid::parse_str(u).map_err(|_| format!("uuid {u:?}: expected a UUID"))?;
        if let Some(first) = seen_uuid.insert(u.clone(), &row.place) {
            return Err(format!("uuid {u} is also on {first}"));
        }
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
            Ok(if draft == before { Action::Unchanged } else { Action::Update { id: m.id, draft } })
        }
        None => {
            if row.get(Field::Name).is_none_or(|n| n.trim().is_empty()) {
                return Err(
                    "name must not be empty: no member has this email or uuid, so the row adds one".into()
                );
            }
            let base = Profile { joined_on: Some(today), ..Profile::default() };
            let base = if row.get(Field::Joined).is_some() { Profile::default() } else { base };
            Ok(Action::Add { draft: row.apply(base, read_date)?, uuid })
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
