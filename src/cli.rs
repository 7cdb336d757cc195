//! The command line: clap definitions only, one file per noun, mirroring the command tree.

pub mod assist;
pub mod completions;
pub mod log;
pub mod mail;
pub mod meetup;
pub mod members;
pub mod pairs;
pub mod popup;
pub mod report;
pub mod resources;
pub mod sessions;
pub mod stories;
pub mod sync;
pub mod system;
pub mod tags;
pub mod transfer;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::output::Format;

const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  runtime failure (I/O, database damaged or read-only, schema from a newer cop)
  2  usage or invalid input (including an ambiguous MEMBER)
  3  not found
  4  conflict (duplicate, or not allowed in the record's current state)
  5  database busy past the timeout (COP_BUSY_TIMEOUT_MS, default 30000)
  130  interrupted (Ctrl-C): stopped at once; a write in progress is rolled back

MEMBER is an id, an email, or a name: the whole name or the start of any word of it,
case and accents folded; a name that fits several members lists them (exit 2).
Dates: YYYY-MM-DD, \"YYYY-MM-DD HH:MM\", RFC 3339, today, tomorrow, yesterday, a weekday
(fri), or an offset (+3d, +2w, -1m), read in the community time zone (see --tz).";

/// The organizer for a Community of Practice of network weavers.
///
/// Members, learning popups, peer assists, sessions and pairing, kept in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "cop", version, after_help = EXIT_CODES, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,

    /// How the command was typed, for the operation log.
    #[arg(skip)]
    pub invocation: crate::domain::operation::Invocation,
}

/// Options every command takes, shown after the command's own.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database file [default: $XDG_DATA_HOME/cop/cop.db]
    #[arg(long, global = true, env = "COP_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// How to print data: table, json, jsonl, csv or tsv (markdown: `assist show` only;
    /// `export` writes JSON, `sessions export` iCalendar, and `report html`, `backup`,
    /// `man`, `completions`, `init` and `demo` take no format)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// Print only ids (and errors)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Never prompt, even on a terminal: a missing value is an error
    #[arg(long, global = true)]
    pub no_input: bool,

    /// CSV and TSV cells exactly as stored: no ' before text a spreadsheet would read
    /// as a formula (=, +, -, @, tab, CR), and none taken off by `members import`
    #[arg(long, global = true)]
    pub raw: bool,

    /// The time zone to type and show times in, an IANA name (any case) [default:
    /// $COP_TZ, else the community's `init --timezone`, else $TZ, else the system's]
    #[arg(long, global = true, value_name = "ZONE")]
    pub tz: Option<String>,
}

impl Cli {
    /// A `--format` the command has no view in, as the line saying so: a flag that
    /// would do nothing is refused rather than ignored.
    pub fn format_refusal(&self) -> Option<String> {
        let given = match (self.global.json, self.global.format) {
            (true, _) => "--json".to_string(),
            (false, Some(f)) => format!("--format {}", f.name()),
            (false, None) => return None,
        };
        let json = self.global.json || matches!(self.global.format, Some(FormatArg::Json));
        // Commands that write one kind of file, or only a sentence, have no view to pick.
        let fixed = match &self.command {
            Command::Report(c) if matches!(**c, report::ReportCommand::Html(_)) => {
                Some("report html` writes HTML")
            }
            Command::Backup(_) => Some("backup` writes a SQLite file"),
            Command::Completions(_) => Some("completions` writes a shell script"),
            Command::Man => Some("man` writes roff"),
            Command::Init(_) => Some("init` prints a sentence"),
            Command::Demo(_) => Some("demo` prints a sentence"),
            _ => None,
        };
        if let Some(what) = fixed {
            return Some(format!("{given}: `{what}, with no other format; leave out {given}"));
        }
        match &self.command {
            Command::Sessions(c) if matches!(**c, sessions::SessionsCommand::Export(_)) => {
                Some(format!("{given}: `sessions export` writes iCalendar only (--ics); leave out {given}"))
            }
            Command::Export(_) if !json => {
                Some(format!("{given}: `export` writes one JSON document only; leave out {given}"))
            }
            Command::Assist(c) if matches!(**c, assist::AssistCommand::Show(_)) => None,
            _ if matches!(self.global.format, Some(FormatArg::Markdown)) => Some(format!(
                "{given}: only `assist show` has a markdown view; expected table, json, jsonl, csv or tsv"
            )),
            _ => None,
        }
    }
}

impl FormatArg {
    fn name(self) -> String {
        self.to_possible_value().map(|v| v.get_name().to_string()).unwrap_or_default()
    }
}

impl GlobalArgs {
    pub fn output_format(&self) -> Format {
        if self.json {
            return Format::Json;
        }
        match self.format.unwrap_or(FormatArg::Table) {
            FormatArg::Table => Format::Table,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
            FormatArg::Tsv => Format::Tsv,
            FormatArg::Markdown => Format::Markdown,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Jsonl,
    Csv,
    Tsv,
    Markdown,
}

/// Each noun's verbs and flags are built only when that noun is run (`defer`): the
/// whole tree of a few hundred arguments cost a quarter of `cop members list`'s start.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Create the database (any write also creates it)
    Init(system::InitArgs),
    /// People in the community: their interests, needs, expertise and availability
    #[command(subcommand)]
    Members(Box<members::MembersCommand>),
    /// Learning popups: propose, match members, set an agenda, schedule sessions
    #[command(subcommand)]
    Popup(Box<popup::PopupCommand>),
    /// Peer assists: log one, run one live, list, show, edit, and follow up next steps
    #[command(subcommand)]
    Assist(Box<assist::AssistCommand>),
    /// Meetings: trainings, coaching, meetups; RSVPs, attendance, calendar export
    #[command(subcommand)]
    Sessions(Box<sessions::SessionsCommand>),
    /// Mail cop wrote (invitations, reminders): what was sent, what is pending, retry
    #[command(subcommand)]
    Outbox(Box<mail::OutboxCommand>),
    /// The recurring meetup: plan dates and rotate volunteer facilitators
    #[command(subcommand)]
    Meetup(Box<meetup::MeetupCommand>),
    /// Pair members, or make groups of up to 8, for peer support, avoiding earlier partners
    Pairs(Box<pairs::PairsCommand>),
    /// Links, books and articles suggested in assists or gathered by the community
    #[command(subcommand)]
    Resources(Box<resources::ResourcesCommand>),
    /// Value-creation stories: what members took from an assist, a popup or a session
    #[command(subcommand)]
    Stories(Box<stories::StoriesCommand>),
    /// The shared vocabulary: list tags with their uses, rename, merge, alias
    #[command(subcommand)]
    Tags(Box<tags::TagsCommand>),
    /// Reports: engagement levels, growth and movement month by month, learning needs,
    /// activity, and one HTML page to share
    #[command(subcommand)]
    Report(Box<report::ReportCommand>),
    /// Print the whole community as one JSON document (every record, links by UUID)
    Export(transfer::ExportArgs),
    /// Merge a document from `cop export` by UUID: newer records win; all or nothing
    Import(transfer::ImportArgs),
    /// Share the community with other organizers' copies through a synced folder (Syncthing, git)
    Sync(sync::SyncArgs),
    /// Copy the database to PATH while others may be writing (SQLite online backup)
    Backup(system::BackupArgs),
    /// Check the database: integrity, links, schema version, file mode, where it lives
    Doctor,
    /// The operation log: every change, newest first; `log show OP` details one
    Log(log::LogArgs),
    /// Take back an operation (the latest by default); an undo is itself an operation
    Undo(log::UndoArgs),
    /// Fill a throwaway database with a small sample community to explore
    ///
    /// With a size (--members, --sessions, --assists, --popups) it generates a realistic
    /// community of that size instead, e.g. `cop demo --members 100000` for 100,000 members,
    /// 20,000 sessions with a million attendance rows, 10,000 assists and 2,000 popups.
    Demo(system::DemoArgs),
    /// Print shell completions
    Completions(system::CompletionsArgs),
    /// Print the man page (roff)
    Man,
}

/// The whole command tree, built (deferred parts included), for completions, the man
/// page and tests that walk it.
pub fn command() -> clap::Command {
    let mut command = <Cli as clap::CommandFactory>::command();
    command.build();
    command
}

/// A usage error from clap as it is to be printed: clap's own lines, except that the
/// first line of a missing argument names it ("error: missing required argument
/// <MEMBER>") where clap has a sentence and the names on the lines after.
pub fn usage_error_text(e: &clap::Error, color: bool) -> String {
    const SENTENCE: &str = "the following required arguments were not provided:";
    let styled = e.render();
    let text = if color { styled.ansi().to_string() } else { styled.to_string() };
    let Some((first, rest)) = text.split_once('\n') else { return text };
    if e.kind() != clap::error::ErrorKind::MissingRequiredArgument || !first.ends_with(SENTENCE) {
        return text;
    }
    let mut lines = rest.split_inclusive('\n').peekable();
    let mut missing = Vec::new();
    while let Some(line) = lines.next_if(|l| l.starts_with("  ")) {
        missing.push(line.trim());
    }
    let plural = if missing.len() == 1 { "" } else { "s" };
    let head = first.replace(SENTENCE, &format!("missing required argument{plural} {}", missing.join(", ")));
    format!("{head}\n{}", lines.collect::<String>())
}

/// Parses the process's arguments, like `Cli::try_parse`, and records how the command
/// was typed for the operation log.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut command = <Cli as clap::CommandFactory>::command();
    let matches = command.try_get_matches_from_mut(std::env::args_os())?;
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut command))?;
    cli.invocation = log::invocation(std::env::args_os(), &matches);
    Ok(cli)
}
