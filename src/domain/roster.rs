//! Reading a roster of members (a CSV sheet, or the JSON that `members export` prints)
//! into drafts, with the place of each row so every bad row can be reported.

use std::collections::HashSet;
use std::io::BufRead;

use chrono::NaiveDate;

use super::forms;
use super::formula_guard;
use super::member::{Availability, Profile, Role, Status, check_email, check_name, check_timezone};
use super::sheet::{MAX_CELL, Sheet, detect_delimiter};
use super::tag;

/// A member field a roster column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Uuid,
    Name,
    Email,
    Role,
    Status,
    Region,
    Timezone,
    Interests,
    Needs,
    Expertise,
    Availability,
    Facilitator,
    Joined,
    Note,
}

const FIELDS: &[(&str, Field)] = &[
    ("uuid", Field::Uuid),
    ("name", Field::Name),
    ("full_name", Field::Name),
    ("email", Field::Email),
    ("e_mail", Field::Email),
    ("role", Field::Role),
    ("status", Field::Status),
    ("region", Field::Region),
    ("timezone", Field::Timezone),
    ("time_zone", Field::Timezone),
    ("interests", Field::Interests),
    ("interest", Field::Interests),
    ("needs", Field::Needs),
    ("need", Field::Needs),
    ("learning_needs", Field::Needs),
    ("expertise", Field::Expertise),
    ("availability", Field::Availability),
    ("available", Field::Availability),
    ("facilitator", Field::Facilitator),
    ("joined", Field::Joined),
    ("joined_on", Field::Joined),
    ("note", Field::Note),
    ("notes", Field::Note),
];

/// Columns `members export` writes that are not read back: ids and times belong to the database.
const SKIPPED: &[&str] = &["id", "created_at", "updated_at"];

/// The canonical field names, for error messages.
pub const FIELD_NAMES: &str = "name, email, role, status, region, timezone, interests, needs, expertise, availability, facilitator, joined, note, uuid";

use forms::key as header_key;

/// Reads a `--map HEADER=FIELD` option.
pub fn parse_mapping(spec: &str) -> Result<(String, Field), String> {
    let (header, field) = spec
        .rsplit_once('=')
        .ok_or_else(|| format!("{spec:?}: expected HEADER=FIELD, like \"Email Address=email\""))?;
    let key = header_key(field);
    let f = FIELDS
        .iter()
        .find(|(n, _)| *n == key)
        .map(|&(_, f)| f)
        .ok_or_else(|| format!("{spec:?}: unknown field {field:?}: expected one of {FIELD_NAMES}"))?;
    Ok((header_key(header), f))
}

/// One row: where it came from and its cells by field.
#[derive(Debug, Clone)]
pub struct RosterRow {
    /// "line 4" for CSV, "record 2" for JSON.
    pub place: String,
    /// In column order; a short list, since a lookup among a dozen fields by scanning
    /// costs less than hashing (and an import makes eight per row).
    pub cells: Vec<(Field, String)>,
}

/// Why a column fills the field it fills, for `--dry-run` to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// The header is the field's name (`email`, `joined_on`).
    Named,
    /// `--map HEADER=FIELD`.
    Mapped,
    /// A form's question, by the synonyms of [`forms`].
    Form,
}

/// A column that fills a field.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Column {
    pub header: String,
    pub field: &'static str,
    pub how: How,
}

#[derive(Debug)]
pub struct Roster {
    pub rows: Vec<RosterRow>,
    /// The columns read, in order.
    pub columns: Vec<Column>,
    /// An unread column whose header says it holds emails, when no column fills `email`.
    pub email_like: Option<String>,
    /// Headers that mean nothing to cop, to warn about: each name once, in order.
    pub ignored: Vec<String>,
    /// How many columns those headers head (a sheet may repeat one).
    pub ignored_columns: usize,
}

/// Parses a roster: a JSON array when it starts with `[`, CSV otherwise (UTF-8, with or
/// without BOM, CRLF or LF), read row by row within the limits of [`sheet`]. `maps`
/// renames headers (already normalized by [`parse_mapping`]). Unless `raw`, a CSV cell
/// loses the `'` that `--format csv` puts before text a spreadsheet would take for a
/// formula ([`formula_guard::strip`]). Fails only when the input as a whole cannot be read.
pub fn parse(input: impl BufRead, maps: &[(String, Field)], raw: bool) -> Result<Roster, String> {
    parse_with(input, maps, raw, None)
}

/// [`parse`], with the CSV delimiter given (`--delimiter`) or, when `None`, the one the
/// header line uses ([`detect_delimiter`]).
pub fn parse_with(
    mut input: impl BufRead,
    maps: &[(String, Field)],
    raw: bool,
    delimiter: Option<u8>,
) -> Result<Roster, String> {
    let io = |e: std::io::Error| format!("cannot read it: {e}");
    if input.fill_buf().map_err(io)?.starts_with("\u{feff}".as_bytes()) {
        input.consume(3);
    }
    // Leading blank lines are looked past (and counted) to see which format this is.
    let mut line = 1;
    loop {
        let buf = input.fill_buf().map_err(io)?;
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) if buf[i] == b'[' => return parse_json(input, maps),
            Some(_) => break,
            None if buf.is_empty() => break,
            None => {
                line += buf.iter().filter(|&&b| b == b'\n').count() as u64;
                let n = buf.len();
                input.consume(n);
            }
        }
    }
    let delimiter = match delimiter {
        Some(d) => d,
        None => detect_delimiter(input.fill_buf().map_err(io)?),
    };
    parse_csv(Sheet::starting_at(input, line).with_delimiter(delimiter), maps, raw)
}

/// The field a header fills and why; `Some(None)` for a column cop writes and never reads.
fn field_for(header: &str, maps: &[(String, Field)], forms_too: bool) -> Option<Option<(Field, How)>> {
    let key = header_key(header);
    if let Some((_, f)) = maps.iter().find(|(h, _)| *h == key) {
        return Some(Some((*f, How::Mapped)));
    }
    if let Some((_, f)) = FIELDS.iter().find(|(n, _)| *n == key) {
        return Some(Some((*f, How::Named)));
    }
    if SKIPPED.contains(&key.as_str()) {
        return Some(None);
    }
    forms::synonym(&key).filter(|_| forms_too).map(|f| Some((f, How::Form)))
}

/// The canonical name of a field.
pub fn field_name(f: Field) -> &'static str {
    FIELDS.iter().find(|(_, g)| *g == f).map_or("?", |(n, _)| n)
}

/// Drops the guesses that collide: a form's question for a field another column names
/// or is mapped to, or two questions guessed for one field; they are read by --map.
fn drop_colliding_guesses(fields: &mut [Option<(Field, How)>]) {
    let all: Vec<Option<(Field, How)>> = fields.to_vec();
    for slot in fields.iter_mut() {
        if let Some((f, How::Form)) = *slot {
            let others = all.iter().flatten().filter(|(g, _)| *g == f).count();
            if others > 1 {
                *slot = None;
            }
        }
    }
}

fn parse_csv(mut sheet: Sheet<impl BufRead>, maps: &[(String, Field)], raw: bool) -> Result<Roster, String> {
    let utf8 = |line: u64, cell: &[u8]| {
        std::str::from_utf8(cell)
            .map_err(|_| format!("line {line}: not UTF-8 text: save the sheet as UTF-8 CSV"))
            .map(str::to_owned)
    };
    let mut headers: Vec<String> = Vec::new();
    let mut fields: Vec<Option<(Field, How)>> = Vec::new();
    let mut skipped: Vec<bool> = Vec::new();
    if let Some(line) = sheet.next_row()? {
        for h in sheet.cells() {
            let h = utf8(line, h)?;
            let field = field_for(&h, maps, true);
            skipped.push(field == Some(None));
            fields.push(field.flatten());
            headers.push(h);
        }
    }
    drop_colliding_guesses(&mut fields);
    let columns: Vec<Option<Field>> = fields.iter().map(|f| f.map(|(f, _)| f)).collect();
    let (mut ignored, mut ignored_columns, mut seen) = (Vec::new(), 0, HashSet::new());
    let mut read = Vec::new();
    for ((h, field), skip) in headers.iter().zip(&fields).zip(&skipped) {
        let name = h.trim();
        match field {
            Some((f, how)) => {
                read.push(Column { header: name.to_string(), field: field_name(*f), how: *how })
            }
            None if !skip && !name.is_empty() => {
                ignored_columns += 1;
                if seen.insert(name.to_string()) {
                    ignored.push(name.to_string());
                }
            }
            None => {}
        }
    }
    let email_like = if columns.contains(&Some(Field::Email)) {
        None
    } else {
        ignored.iter().find(|h| forms::email_like(h)).cloned()
    };
    check_columns(&columns)?;
    let mut rows = Vec::new();
    while let Some(line) = sheet.next_row()? {
        let mut blank = true;
        let mut cells = Vec::new();
        for (i, cell) in sheet.cells().enumerate() {
            blank = blank && std::str::from_utf8(cell).is_ok_and(|c| c.trim().is_empty());
            if let Some(Some(f)) = columns.get(i) {
                let text = utf8(line, cell)?;
                cells.push((*f, if raw { text } else { formula_guard::strip(&text).to_owned() }));
            }
        }
        if !blank {
            rows.push(RosterRow { place: format!("line {line}"), cells });
        }
    }
    Ok(Roster { rows, columns: read, email_like, ignored, ignored_columns })
}

fn check_columns(columns: &[Option<Field>]) -> Result<(), String> {
    // A sheet that only updates members may name them by email or uuid alone.
    if ![Field::Name, Field::Email, Field::Uuid].iter().any(|f| columns.contains(&Some(*f))) {
        return Err(format!(
            "no name column: the header row needs a \"name\" column (or \"email\" to update members), \
             or --map \"YOUR HEADER=name\" (fields: {FIELD_NAMES})"
        ));
    }
    let mut seen = Vec::new();
    for f in columns.iter().flatten() {
        if seen.contains(f) {
            return Err(format!("two columns fill the same field ({f:?}): drop one or --map it elsewhere"));
        }
        seen.push(*f);
    }
    Ok(())
}

fn json_cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(json_cell).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

fn parse_json(mut input: impl BufRead, maps: &[(String, Field)]) -> Result<Roster, String> {
    let mut text = String::new();
    input.read_to_string(&mut text).map_err(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => "not UTF-8 text: save the file as UTF-8".to_string(),
        _ => format!("cannot read it: {e}"),
    })?;
    let items: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&text).map_err(|e| format!("not a JSON array of members: {e}"))?;
    let mut rows = Vec::new();
    let mut ignored: Vec<String> = Vec::new();
    for (i, obj) in items.iter().enumerate() {
        let mut cells: Vec<(Field, String)> = Vec::new();
        let mut columns = Vec::new();
        for (k, v) in obj {
            match field_for(k, maps, false) {
                Some(Some((f, _))) => {
                    let cell = json_cell(v);
                    if cell.len() > MAX_CELL {
                        return Err(format!(
                            "record {}: {k} holds more than 64 KiB of text (the limit for one field)",
                            i + 1
                        ));
                    }
                    columns.push(Some(f));
                    cells.push((f, cell));
                }
                Some(None) => {}
                None => {
                    if !ignored.contains(k) {
                        ignored.push(k.clone());
                    }
                }
            }
        }
        let place = format!("record {}", i + 1);
        check_columns(&columns).map_err(|e| format!("{place}: {e}"))?;
        rows.push(RosterRow { place, cells });
    }
    let ignored_columns = ignored.len();
    Ok(Roster { rows, columns: Vec::new(), email_like: None, ignored, ignored_columns })
}

fn yes_no(s: &str) -> Result<bool, String> {
    match s.trim().to_lowercase().as_str() {
        "" | "false" | "no" | "n" | "0" => Ok(false),
        "true" | "yes" | "y" | "1" | "x" => Ok(true),
        _ => Err(format!("facilitator {s:?}: expected yes or no")),
    }
}

fn text(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

impl RosterRow {
    pub fn get(&self, f: Field) -> Option<&str> {
        self.cells.iter().find(|(g, _)| *g == f).map(|(_, v)| v.as_str())
    }

    /// Sets the cell of a field the row has (a row lacking the column is left alone).
    pub fn set(&mut self, f: Field, value: String) {
        if let Some(cell) = self.cells.iter_mut().find(|(g, _)| *g == f) {
            cell.1 = value;
        }
    }

    /// The row's email, checked, when the row has one.
    pub fn email(&self) -> Result<Option<String>, String> {
        self.get(Field::Email).and_then(text).map(|e| check_email(&e)).transpose()
    }

    /// Lays the row's cells over `base` (the stored member, or a new one): a column the
    /// sheet has sets the field, blank included; a column it lacks leaves it alone.
    pub fn apply(
        &self,
        mut d: Profile,
        read_date: impl Fn(&str) -> Result<NaiveDate, String>,
    ) -> Result<Profile, String> {
        for (f, v) in &self.cells {
            match *f {
                Field::Uuid => {}
                Field::Name => d.name = check_name(v)?,
                Field::Email => d.email = self.email()?,
                Field::Role => d.role = if v.trim().is_empty() { Role::Member } else { Role::parse(v)? },
                Field::Status => {
                    d.status = if v.trim().is_empty() { Status::Active } else { Status::parse(v)? }
                }
                Field::Region => d.region = text(v),
                Field::Timezone => d.timezone = text(v).map(|t| check_timezone(&t)).transpose()?,
                Field::Interests => d.interests = tag::split_list(v)?,
                Field::Needs => d.needs = tag::split_list(v)?,
                Field::Expertise => d.expertise = tag::split_list(v)?,
                Field::Availability => {
                    d.availability = v
                        .split([';', ','])
                        .filter(|w| !w.trim().is_empty())
                        .map(Availability::parse)
                        .collect::<Result<_, _>>()?
                }
                Field::Facilitator => d.facilitator = yes_no(v)?,
                Field::Joined => {
                    d.joined_on =
                        text(v).map(|j| read_date(&j).map_err(|e| format!("joined: {e}"))).transpose()?
                }
                Field::Note => d.note = text(v),
            }
        }
        d.tidy();
        Ok(d)
    }
}

#[cfg(test)]
#[path = "roster/tests.rs"]
mod tests;
