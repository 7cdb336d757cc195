//! Everything `cop` prints: data to stdout in the chosen format, messages to stderr.
//!
//! Lists stream in every format but `table`, which must see all rows to size its
//! columns. A closed stdout turns into [`Error::BrokenPipe`], which ends the
//! command quietly with exit 0.

pub mod assist;
mod chart;
pub mod ics;
mod log;
mod members;
pub mod pairs;
pub mod popup;
pub mod report;
mod resources;
pub mod sessions;
mod table;
mod tags;
mod transfer;

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::marker::PhantomData;
use std::path::Path;
use std::rc::Rc;

use serde::Serialize;

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
}

/// A record that can be shown on its own as label/value lines (`show` verbs).
pub trait Detail: Tabular {
    fn details(&self) -> Vec<(&'static str, String)>;
}

pub struct Output {
    pub format: Format,
    pub quiet: bool,
    color: bool,
    /// Stdout is a terminal: tables fit its width.
    tty: bool,
    stdout: BufWriter<Box<dyn Write>>,
    stderr_color: bool,
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
            color: color_allowed() && io::stdout().is_terminal(),
            tty: io::stdout().is_terminal(),
            stdout: BufWriter::with_capacity(64 * 1024, Box::new(io::stdout())),
            stderr_color: color_allowed() && io::stderr().is_terminal(),
        }
    }

    fn table_style(&self) -> table::Style {
        table::Style { color: self.color, fit_width: self.tty }
    }

    /// Sends data to a new file (0600, since it holds people's details) instead of stdout.
    pub fn redirect(&mut self, path: &Path) -> Result<()> {
        use std::os::unix::fs::OpenOptionsExt;
        let file = File::options()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(path)
            .map_err(|e| crate::error::Error::runtime(format!("cannot write {}: {e}", path.display())))?;
        self.flush()?;
        self.stdout = BufWriter::with_capacity(64 * 1024, Box::new(file));
        self.color = false;
        self.tty = false;
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
                let text = table::details(&item.details(), self.table_style());
                writeln!(self.stdout, "{text}")?;
            }
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.stdout, item)?;
                writeln!(self.stdout)?;
            }
            _ => return self.list_all("records", std::slice::from_ref(item)),
        }
        self.flush()
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

    /// Prints plain text to stdout (man pages, completions, calendar files, markdown).
    pub fn raw(&mut self, text: &str) -> Result<()> {
        self.stdout.write_all(text.as_bytes())?;
        self.flush()
    }

    /// A sentence for people on stderr; `-q` silences it.
    pub fn message(&self, msg: &str) {
        if !self.quiet {
            stderr_line!("{msg}");
        }
    }

    /// A warning on stderr; shown even with `-q`, since it may change what the user does.
    pub fn warn(&self, msg: &str) {
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

/// Prints lines on stderr as they are (each bad row of an import).
pub fn print_lines(lines: &[String]) {
    for l in lines {
        stderr_line!("{l}");
    }
}

/// Prints an error and its hint on stderr, in red on a terminal.
pub fn print_error(msg: &str, hint: Option<&str>) {
    let color = color_allowed() && io::stderr().is_terminal();
    let (red, cyan, reset) = if color { ("\x1b[31m", "\x1b[36m", "\x1b[0m") } else { ("", "", "") };
    stderr_line!("{red}error:{reset} {msg}");
    if let Some(h) = hint {
        stderr_line!("{cyan}hint:{reset} {h}");
    }
}

/// A list being printed.
pub struct ListWriter<'o, T: Tabular> {
    out: &'o mut Output,
    rows: Vec<Vec<String>>,
    count: usize,
    noun: &'static str,
    /// CSV rows are written into a shared buffer that is drained to stdout now and
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
            Format::Csv | Format::Tsv => {
                let delim = if self.out.format == Format::Csv { b',' } else { b'\t' };
                let buf = SharedBuf::default();
                let mut w = csv::WriterBuilder::new().delimiter(delim).from_writer(buf.clone());
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
            Format::Table | Format::Markdown => self.rows.push(item.table_cells()),
            Format::Json => {
                self.out.stdout.write_all(if self.count == 1 { b"\n  " } else { b",\n  " })?;
                serde_json::to_writer(&mut self.out.stdout, item)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.out.stdout, item)?;
                self.out.stdout.write_all(b"\n")?;
            }
            Format::Csv | Format::Tsv => {
                if let Some((w, _)) = self.csv.as_mut() {
                    w.write_record(item.csv_cells())?;
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
                    let text = table::render(T::table_headers(), &self.rows, self.out.table_style());
                    writeln!(self.out.stdout, "{text}")?;
                }
                Format::Json => self.out.stdout.write_all(if self.count == 0 { b"]\n" } else { b"\n]\n" })?,
                Format::Csv | Format::Tsv => self.drain_csv()?,
                Format::Jsonl => {}
            }
        }
        self.out.flush()
    }
}

/// Joins a list for a table or CSV cell.
pub fn joined<T: std::fmt::Display>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// A stored UTC moment as people read it: local time (`TZ`), to the minute.
pub fn local_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string()
}

/// Shows an optional value, or nothing.
pub fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}
