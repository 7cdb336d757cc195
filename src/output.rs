//! Everything `cop` prints: data to stdout in the chosen format, messages to stderr.
//!
//! Lists stream in every format but `table`, which must see all rows to size its
//! columns. A closed stdout turns into [`Error::BrokenPipe`], which ends the
//! command quietly with exit 0.
//!
//! Stored text reaches people through this module only, and passes through
//! [`visible`] on the way: every table cell and `show` value, markdown notes, messages,
//! warnings and errors. `json`, `jsonl`, `csv` and `tsv` keep the exact text.

pub mod assist;
mod chart;
pub mod file;
pub mod html;
pub mod ics;
pub mod level_history;
mod log;
pub mod mail;
mod members;
mod members_import;
pub mod movement;
pub mod pairs;
pub mod pauses;
pub mod popup;
pub mod report;
mod resources;
pub mod sessions;
mod stories;
pub mod sync;
mod table;
mod tags;
mod transfer;
mod tsv;
mod visible;
mod zone;

pub use members_import::ImportSummary;
pub use visible::{Layout, visible};
pub use zone::{local_time, set_zone, zone};

use std::cell::RefCell;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::marker::PhantomData;
use std::rc::Rc;

use serde::Serialize;

use crate::domain::formula_guard;
use crate::error::Result;

/// Writes a line to stderr, ignoring failure: a closed stderr must not stop (or panic) a
/// command whose data already went to stdout.
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

/// How data is printed (`--format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    /// Markdown notes (`assist show`); lists and other records print as a table.
    Markdown,
}

/// A record that can be printed as a row of a list.
pub trait Tabular: Serialize {
    /// The columns of the `table` view: the few a person scans.
    fn table_headers() -> &'static [&'static str];
    fn table_cells(&self) -> Vec<String>;
    /// The columns of the `csv`/`tsv` views: every field, for spreadsheets and re-import.
    fn csv_headers() -> &'static [&'static str] {
        Self::table_headers()
    }
    fn csv_cells(&self) -> Vec<String> {
        self.table_cells()
    }
    /// What `-q` prints.
    fn id(&self) -> i64;
    /// Whether the table shows times, so it names the zone they are in below it.
    fn shows_times() -> bool {
        false
    }
}

/// A record that can be shown on its own as label/value lines (`show` verbs).
pub trait Detail: Tabular {
    fn details(&self) -> Vec<(&'static str, String)>;
}

pub struct Output {
    pub format: Format,
    pub quiet: bool,
    /// `--raw`: csv and tsv cells exactly as stored, without the `'` that keeps a
    /// spreadsheet from reading text as a formula ([`formula_guard`]).
    pub exact_cells: bool,
    color: bool,
    /// Stdout is a terminal: tables fit its width (see [`Output::table_width`]).
    tty: bool,
    stdout: BufWriter<Box<dyn Write>>,
    stderr_color: bool,
    /// The file `redirect` sends data to, put in place by [`Output::save_file`].
    pending: Option<file::NewFile>,
}

/// Whether colour is allowed at all: never when `NO_COLOR` is set to anything.
fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

impl Output {
    pub fn new(format: Format, quiet: bool) -> Output {
        Output {
            format,
            quiet,
            exact_cells: false,
            color: color_allowed() && io::stdout().is_terminal(),
            tty: io::stdout().is_terminal(),
            stdout: BufWriter::with_capacity(64 * 1024, Box::new(io::stdout())),
            stderr_color: color_allowed() && io::stderr().is_terminal(),
            pending: None,
        }
    }

    fn table_style(&self) -> table::Style {
        table::Style { color: self.color, width: self.table_width() }
    }

    /// The width a table must fit: `COLUMNS` when set to a number, else the terminal's.
    /// A pipe without `COLUMNS` has no width to fit, so its table keeps every character
    /// (`grep`, `less -S`); a file written with `--out` always does.
    fn table_width(&self) -> Option<u16> {
        if self.pending.is_some() {
            return None;
        }
        let columns =
            std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()).filter(|&c| c > 0);
        columns.or_else(|| if self.tty { terminal_width() } else { None })
    }

    /// Sends data to a file (`--out`) instead of stdout, through [`file::NewFile`]: the
    /// target stays as it was until [`Output::save_file`], and a command that fails
    /// before that leaves no file at all.
    pub fn redirect(&mut self, target: &file::Target, protected: &file::Protected) -> Result<()> {
        let new = file::NewFile::create(target, protected)?;
        self.flush()?;
        self.stdout = BufWriter::with_capacity(64 * 1024, Box::new(new.writer()?));
        self.pending = Some(new);
        self.color = false;
        self.tty = false;
        Ok(())
    }

    /// Puts the file `redirect` began at its target; does nothing without one.
    pub fn save_file(&mut self) -> Result<()> {
        self.flush()?;
        if let Some(new) = self.pending.take() {
            self.stdout = BufWriter::with_capacity(64 * 1024, Box::new(io::stdout()));
            new.commit()?;
        }
        Ok(())
    }

    /// Starts printing a list of `T`; call [`ListWriter::finish`] at the end.
    pub fn list<T: Tabular>(&mut self, noun: &'static str) -> Result<ListWriter<'_, T>> {
        let mut w = ListWriter { out: self, rows: Vec::new(), count: 0, noun, csv: None, item: PhantomData };
        w.begin()?;
        Ok(w)
    }

    /// Prints a whole list at once.
    pub fn list_all<T: Tabular>(&mut self, noun: &'static str, items: &[T]) -> Result<()> {
        let mut w = self.list::<T>(noun)?;
        for item in items {
            w.push(item)?;
        }
        w.finish()
    }

    /// Prints one record in full (`show`).
    pub fn detail<T: Detail>(&mut self, item: &T) -> Result<()> {
        if self.quiet {
            writeln!(self.stdout, "{}", item.id())?;
            return self.flush();
        }
        match self.format {
            Format::Table | Format::Markdown => {
                let mut fields = item.details();
                for (_, value) in &mut fields {
                    shown(value, Layout::Lines);
                }
                let text = table::details(&fields, self.table_style());
                // Every record shown on its own carries a time (created, at, done).
                writeln!(self.stdout, "{text}\ntimes in {}", zone().name())?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.stdout, item)?;
                writeln!(self.stdout)?;
            }
            _ => return self.list_all("records", std::slice::from_ref(item)),
        }
        self.flush()
    }

    /// Whether the caller asked for a JSON document (and not `-q`).
    pub fn wants_json(&self) -> bool {
        matches!(self.format, Format::Json | Format::Jsonl) && !self.quiet
    }

    /// Prints any serializable value as JSON (json and jsonl both print one document).
    pub fn json<T: Serialize>(&mut self, value: &T) -> Result<()> {
        if self.format == Format::Jsonl {
            serde_json::to_writer(&mut self.stdout, value)?;
        } else {
            serde_json::to_writer_pretty(&mut self.stdout, value)?;
        }
        writeln!(self.stdout)?;
        self.flush()
    }

    /// Reports a created or changed record: its id on stdout (the whole record in JSON
    /// formats), and a sentence on stderr for people.
    pub fn written<T: Serialize>(&mut self, id: i64, record: &T, message: &str) -> Result<()> {
        match self.format {
            Format::Json | Format::Jsonl if !self.quiet => self.json(record)?,
            _ => {
                writeln!(self.stdout, "{id}")?;
                self.flush()?;
            }
        }
        self.message(message);
        Ok(())
    }

    /// Reports records a command created or changed: the records in JSON formats, their
    /// ids one a line otherwise (and with `-q`).
    pub fn written_list<T: Tabular>(&mut self, noun: &'static str, records: &[T]) -> Result<()> {
        if matches!(self.format, Format::Json | Format::Jsonl) && !self.quiet {
            return self.list_all(noun, records);
        }
        let ids: Vec<i64> = records.iter().map(Tabular::id).collect();
        self.ids(&ids)
    }

    /// Reports a change that made several records (the sessions a schedule created):
    /// `record`, what changed, in JSON formats, and the new ids one a line otherwise.
    pub fn written_ids<T: Serialize>(&mut self, ids: &[i64], record: &T) -> Result<()> {
        match self.format {
            Format::Json | Format::Jsonl if !self.quiet => self.json(record),
            _ => self.ids(ids),
        }
    }

    fn ids(&mut self, ids: &[i64]) -> Result<()> {
        for id in ids {
            writeln!(self.stdout, "{id}")?;
        }
        self.flush()
    }

    /// An export has no table view: `table`, the default, means `csv` there.
    pub fn default_to_csv(&mut self) {
        if self.format == Format::Table {
            self.format = Format::Csv;
        }
    }

    /// Prints plain text to stdout (man pages, completions, calendar files, markdown).
    pub fn raw(&mut self, text: &str) -> Result<()> {
        self.stdout.write_all(text.as_bytes())?;
        self.flush()
    }

    /// A sentence for people on stderr; `-q` silences it. Any stored text it quotes is
    /// made [`visible`].
    pub fn message(&self, msg: &str) {
        if !self.quiet {
            stderr_line!("{}", visible(msg, Layout::Text));
        }
    }

    /// A warning on stderr; shown even with `-q`, since it may change what the user does.
    pub fn warn(&self, msg: &str) {
        let msg = visible(msg, Layout::Text);
        if self.stderr_color {
            stderr_line!("\x1b[33mwarning:\x1b[0m {msg}");
        } else {
            stderr_line!("warning: {msg}");
        }
    }

    pub fn flush(&mut self) -> Result<()> {
        self.stdout.flush()?;
        Ok(())
    }
}

/// The terminal's width, as comfy-table reads it; a pseudo-terminal whose size was
/// never set reports 0, which says nothing.
fn terminal_width() -> Option<u16> {
    comfy_table::Table::new().width().filter(|&w| w > 0)
}

/// Prints lines on stderr (each bad row of an import), with the text they quote made
/// [`visible`].
pub fn print_lines(lines: &[String]) {
    for l in lines {
        stderr_line!("{}", visible(l, Layout::Text));
    }
}

/// Prints a usage error of the command line parser, several lines worded by it;
/// `render` is told whether stderr takes colour.
pub fn print_usage_error(render: impl FnOnce(bool) -> String) {
    let text = render(color_allowed() && io::stderr().is_terminal());
    let _ = io::stderr().write_all(text.as_bytes());
}

/// Prints an error and its hint on stderr, in red on a terminal; a value it quotes is
/// made [`visible`] (most already are, quoted with `{:?}`, which gives the same escapes).
pub fn print_error(msg: &str, hint: Option<&str>) {
    let color = color_allowed() && io::stderr().is_terminal();
    let (red, cyan, reset) = if color { ("\x1b[31m", "\x1b[36m", "\x1b[0m") } else { ("", "", "") };
    stderr_line!("{red}error:{reset} {}", visible(msg, Layout::Text));
    if let Some(h) = hint {
        stderr_line!("{cyan}hint:{reset} {}", visible(h, Layout::Text));
    }
}

/// A list being printed.
pub struct ListWriter<'o, T: Tabular> {
    out: &'o mut Output,
    rows: Vec<Vec<String>>,
    count: usize,
    noun: &'static str,
    /// CSV rows (TSV ones are written straight, see [`tsv`]) are written into a shared buffer that is drained to stdout now and
    /// then, since the CSV writer must own its sink while the list borrows the output.
    csv: Option<(csv::Writer<SharedBuf>, SharedBuf)>,
    item: PhantomData<T>,
}

#[derive(Clone, Default)]
struct SharedBuf(Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<T: Tabular> ListWriter<'_, T> {
    fn begin(&mut self) -> Result<()> {
        if self.out.quiet {
            return Ok(());
        }
        match self.out.format {
            Format::Json => self.out.stdout.write_all(b"[")?,
            Format::Tsv => tsv::write_record(&mut self.out.stdout, T::csv_headers())?,
            Format::Csv => {
                let buf = SharedBuf::default();
                let mut w = csv::WriterBuilder::new().from_writer(buf.clone());
                w.write_record(T::csv_headers())?;
                self.csv = Some((w, buf));
                self.drain_csv()?;
            }
            _ => {}
        }
        Ok(())
    }

    fn drain_csv(&mut self) -> Result<()> {
        if let Some((w, buf)) = self.csv.as_mut() {
            w.flush()?;
            let mut bytes = buf.0.borrow_mut();
            self.out.stdout.write_all(&bytes)?;
            bytes.clear();
        }
        Ok(())
    }

    pub fn push(&mut self, item: &T) -> Result<()> {
        self.count += 1;
        if self.out.quiet {
            writeln!(self.out.stdout, "{}", item.id())?;
            return Ok(());
        }
        match self.out.format {
            Format::Table | Format::Markdown => {
                let mut cells = item.table_cells();
                for cell in &mut cells {
                    shown(cell, Layout::Lines);
                }
                self.rows.push(cells);
            }
            Format::Json => {
                self.out.stdout.write_all(if self.count == 1 { b"\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut self.out.stdout, item)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out.stdout, item)?;
                self.out.stdout.write_all(b"\n")?;
            }
            Format::Tsv => {
                let cells = item.csv_cells();
                if self.out.exact_cells {
                    tsv::write_record(&mut self.out.stdout, &cells)?;
                } else {
                    tsv::write_record(&mut self.out.stdout, cells.iter().map(|c| formula_guard::protect(c)))?;
                }
            }
            Format::Csv => {
                if let Some((w, _)) = self.csv.as_mut() {
                    let cells = item.csv_cells();
                    if self.out.exact_cells {
                        w.write_record(&cells)?;
                    } else {
                        w.write_record(cells.iter().map(|c| formula_guard::protect(c).into_owned()))?;
                    }
                }
                if self.count.is_multiple_of(256) {
                    self.drain_csv()?;
                }
            }
        }
        Ok(())
    }

    pub fn count(&self) -> usize {
        self.count
    }

    pub fn finish(mut self) -> Result<()> {
        if !self.out.quiet {
            match self.out.format {
                Format::Table | Format::Markdown if self.count == 0 => {
                    self.out.message(&format!("no {} found", self.noun))
                }
                Format::Table | Format::Markdown => {
                    let style = self.out.table_style();
                    table::write(&mut self.out.stdout, T::table_headers(), &self.rows, style)?;
                    if T::shows_times() {
                        writeln!(self.out.stdout, "times in {}", zone().name())?;
                    }
                }
                Format::Json => self.out.stdout.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?,
                Format::Csv => self.drain_csv()?,
                Format::Jsonl | Format::Tsv => {}
            }
        }
        self.out.flush()
    }
}

/// Makes a cell or value [`visible`] in place; most need nothing and are not copied.
fn shown(text: &mut String, layout: Layout) {
    if let std::borrow::Cow::Owned(escaped) = visible(text, layout) {
        *text = escaped;
    }
}

/// A count with its noun in the number it needs: `1 popup`, `3 popups`, `0 rows`. For
/// nouns whose plural adds an `s`; others are worded where they are used.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// `count` for a noun known by its plural (a table's name): "1 session", "2 sessions".
pub fn count_plural(n: i64, plural: &str) -> String {
    match plural.strip_suffix('s') {
        Some(one) if n == 1 => format!("1 {one}"),
        _ => format!("{n} {plural}"),
    }
}

/// Joins a list for a table or CSV cell.
pub fn joined<T: std::fmt::Display>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// Shows an optional value, or nothing.
pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
