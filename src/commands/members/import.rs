//! `cop members import`: all or nothing, every bad row reported by its place.

use std::collections::HashMap;
use std::io::{BufRead, BufReader};

use crate::cli::members::ImportArgs;
use crate::commands::Context;
use crate::domain::forms::{self, DateOrder};
use crate::domain::member::Profile;
use crate::domain::roster::{self, Field, Roster};
use crate::error::{Error, Result};
use crate::output::ImportSummary;
use crate::store::{Db, members as store, tombstones};

enum Action {
    Add { draft: Profile, uuid: Option<String> },
    Update { id: i64, draft: Profile },
    Unchanged,
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
    let order = a
        .date_format
        .as_deref()
        .map(|f| DateOrder::parse(f).map_err(|e| Error::invalid(format!("--date-format {e}"))))
        .transpose()?;
    let mut roster = roster::parse_with(open_input(&a.file)?, &maps, ctx.out.exact_cells, a.delimiter)
        .map_err(|e| Error::invalid(format!("FILE {}: {e}", a.file.display())))?;
    if let Some(warning) = ignored_warning(&roster) {
        ctx.out.warn(&warning);
    }
    let order = match order {
        Some(o) => Some(o),
        None => forms::infer_order(roster.rows.iter().filter_map(|r| r.get(Field::Joined)))
            .map_err(|e| Error::invalid(format!("FILE {}: {e}", a.file.display())))?,
    };
    let superseded = if a.strict { Vec::new() } else { supersede(&mut roster) };
    for s in &superseded {
        ctx.out.warn(s);
    }
    let today = ctx.now.date_naive();
    let now = ctx.now;
    let read_date = move |s: &str| {
        crate::domain::time::parse_date(s, &now).or_else(|e| {
            if s.contains(['/', '.', ':']) || s.trim().bytes().all(|b| b.is_ascii_digit()) {
                forms::parse_timestamp(s, order)
            } else {
                Err(e)
            }
        })
    };
    let mut summary = ImportSummary {
        dry_run: a.dry_run,
        superseded: superseded.len(),
        ignored_columns: roster.ignored.clone(),
        columns: a.dry_run.then(|| roster.columns.clone()),
        ..ImportSummary::default()
    };
    let email_like = roster.email_like.clone();

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
            let planned = plan(Some(db), roster, today, &read_date)?;
            // The rows are planned: their memory goes to SQLite's page cache instead,
            // unless a lost race for a new file runs this write again.
            if !db.may_run_again() {
                rows = None;
            }
            apply(db, &planned.actions)?;
            let added = planned.actions.iter().filter(|x| matches!(x, Action::Add { .. })).count();
            let updated = planned.actions.iter().filter(|x| matches!(x, Action::Update { .. })).count();
            db.summarize(format!("members import {file}: {added} added, {updated} updated"));
            Ok(planned)
        })
    };
    let planned = match outcome {
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
    for w in &planned.warnings {
        ctx.out.warn(w);
    }
    let mut without_email = 0;
    for action in &planned.actions {
        match action {
            Action::Add { draft, .. } => {
                summary.added += 1;
                without_email += usize::from(draft.email.is_none());
            }
            Action::Update { .. } => summary.updated += 1,
            Action::Unchanged => summary.unchanged += 1,
        }
    }
    if let Some(col) = email_like
        && without_email > 0
    {
        let would = if a.dry_run { "would add" } else { "added" };
        ctx.out.warn(&format!(
            "{would} {without_email} member{} without an email, yet column {col:?} looks like emails: \
             --map \"{col}=email\" reads it",
            if without_email == 1 { "" } else { "s" }
        ));
    }
    ctx.out.import_summary(&summary)
}

/// Keeps only the newest row of each email (the lowest in the sheet, as forms append
/// each answer), so a resubmitted form updates the answer instead of failing the
/// import; the newest row keeps the older `joined`, the day the person first signed
/// up. Returns one warning per row left out.
fn supersede(roster: &mut Roster) -> Vec<String> {
    let mut newest: HashMap<String, usize> = HashMap::new();
    for (i, row) in roster.rows.iter().enumerate() {
        if let Ok(Some(e)) = row.email() {
            newest.insert(e, i);
        }
    }
    let mut warnings = Vec::new();
    let mut dropped = vec![false; roster.rows.len()];
    let mut first_joined: HashMap<usize, String> = HashMap::new();
    for (i, older) in roster.rows.iter().enumerate() {
        let Ok(Some(e)) = older.email() else { continue };
        let keep = newest[&e];
        if keep == i {
            continue;
        }
        dropped[i] = true;
        let newer = &roster.rows[keep].place;
        warnings.push(format!(
            "{}: email {e} is also on {newer}, a newer answer: {} is not read",
            older.place, older.place
        ));
        if let Some(joined) = older.get(Field::Joined).filter(|j| !j.trim().is_empty()) {
            first_joined.entry(keep).or_insert_with(|| joined.to_owned());
        }
    }
    for (keep, joined) in first_joined {
        roster.rows[keep].set(Field::Joined, joined);
    }
    let mut i = 0;
    roster.rows.retain(|_| {
        i += 1;
        !dropped[i - 1]
    });
    warnings
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
struct Planned {
    actions: Vec<Action>,
    /// New members named like a member already there (one line each).
    warnings: Vec<String>,
}

fn plan(
    db: Option<&Db>,
    roster: &Roster,
    today: chrono::NaiveDate,
    read_date: &dyn Fn(&str) -> Result<chrono::NaiveDate, String>,
) -> Result<Planned> {
    let mut bad = Vec::new();
    let mut forgotten = Vec::new();
    let mut actions = Vec::new();
    let mut warnings = Vec::new();
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
            Ok(a) => {
                if let (Some(db), Action::Add { draft, .. }) = (db, &a) {
                    let same = store::ids_named(db, &draft.name)?;
                    if let Some(w) = crate::domain::member::same_name_warning(&draft.name, &same, None) {
                        warnings.push(format!("{}: {w}", row.place));
                    }
                }
                actions.push(a)
            }
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
    Ok(Planned { actions, warnings })
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
        (Some(db), Some(u)) => match store::id_by_uuid(db, u).map_err(db_err)? {
            Some(id) => Some(id),
            // A merged member's old UUID names the member it was merged into.
            None => store::resolve_member_alias(db, u)
                .map_err(db_err)?
                .map(|keep| store::id_by_uuid(db, &keep))
                .transpose()
                .map_err(db_err)?
                .flatten(),
        },
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
