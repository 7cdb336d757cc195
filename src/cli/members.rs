//! `cop members ...`

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MembersCommand {
    /// Add a member and print their id
    Add(AddArgs),
    /// List members, filtered and sorted
    List(ListArgs),
    /// Show one member in full
    Show(MemberArg),
    /// Change a member's fields; add and remove tags and availability windows
    Edit(EditArgs),
    /// Archive members: they keep their history but are offered for nothing
    Archive(MembersArg),
    /// Bring archived members back
    Restore(MembersArg),
    /// Delete a member and every link to them, for privacy (asks first; --yes off a terminal)
    Forget(ForgetArgs),
    /// Add or update members from a CSV (or JSON) file; all or nothing
    Import(ImportArgs),
    /// Print every member (archived too) as CSV (default) or JSON (--format json), in the
    /// form `import` reads back
    Export(ExportArgs),
    /// Leave a member out of pairing, popup match and assist match until a day
    Pause(PauseArgs),
    /// Bring a paused member (or a ghost of pairing) back at once
    Resume(MemberArg),
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    /// Id, email, or unique name (prefix)
    pub member: String,
    /// The first day they are back (after today): a date, a weekday or +2w; pausing a
    /// paused member changes the day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub until: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Full name (asked for on a terminal when missing)
    pub name: Option<String>,
    /// Email address, where invitations and reminders go
    #[arg(long)]
    pub email: Option<String>,
    /// member, core, trainer or guest
    #[arg(long, default_value = "member")]
    pub role: String,
    /// Something they care about (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub interest: Vec<String>,
    /// Something they want to learn
    #[arg(long, value_name = "TAG")]
    pub need: Vec<String>,
    /// Something they could teach
    #[arg(long, value_name = "TAG")]
    pub expertise: Vec<String>,
    /// Where they are, in words
    #[arg(long)]
    pub region: Option<String>,
    /// IANA time zone of their availability, like America/Chicago
    #[arg(long, value_name = "IANA")]
    pub timezone: Option<String>,
    /// A weekly window they are free, like "fri 12:00-13:00" (repeat)
    #[arg(long, value_name = "WINDOW")]
    pub available: Vec<String>,
    /// Volunteers to facilitate sessions
    #[arg(long)]
    pub facilitator: bool,
    /// When they joined [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub joined: Option<String>,
    /// Anything else worth knowing
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StatusFilter {
    Active,
    Archived,
    All,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SortKey {
    Name,
    Id,
    Joined,
    Created,
    Updated,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only members with this interest (repeat: all of them)
    #[arg(long, value_name = "TAG")]
    pub interest: Vec<String>,
    /// Only members who need this
    #[arg(long, value_name = "TAG")]
    pub need: Vec<String>,
    /// Only members with this expertise
    #[arg(long, value_name = "TAG")]
    pub expertise: Vec<String>,
    /// Only members with this role
    #[arg(long)]
    pub role: Option<String>,
    /// Only members in this region
    #[arg(long)]
    pub region: Option<String>,
    /// Only volunteer facilitators
    #[arg(long)]
    pub facilitator: bool,
    /// Which members, by status
    #[arg(long, value_enum, default_value = "active")]
    pub status: StatusFilter,
    /// Order of the list
    #[arg(long, value_enum, default_value = "name")]
    pub sort: SortKey,
    /// At most N members
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Only members left out today: paused, or ghosts of pairing (with why)
    #[arg(long)]
    pub paused: bool,
}

#[derive(Debug, Args)]
pub struct MemberArg {
    /// Id, email, or unique name (prefix)
    pub member: String,
}

#[derive(Debug, Args)]
pub struct MembersArg {
    /// Ids, emails, or unique names (prefixes)
    #[arg(required = true)]
    pub members: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Id, email, or unique name (prefix)
    pub member: String,
    /// New full name
    #[arg(long)]
    pub name: Option<String>,
    /// New email ("" removes it)
    #[arg(long)]
    pub email: Option<String>,
    /// New role
    #[arg(long)]
    pub role: Option<String>,
    /// New region ("" removes it)
    #[arg(long)]
    pub region: Option<String>,
    /// New time zone ("" removes it)
    #[arg(long, value_name = "IANA")]
    pub timezone: Option<String>,
    /// When they joined
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub joined: Option<String>,
    /// New note ("" removes it)
    #[arg(long)]
    pub note: Option<String>,
    /// Mark as a volunteer facilitator
    #[arg(long, conflicts_with = "no_facilitator")]
    pub facilitator: bool,
    /// No longer a volunteer facilitator
    #[arg(long)]
    pub no_facilitator: bool,
    /// Add an interest (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub add_interest: Vec<String>,
    /// Remove an interest
    #[arg(long, value_name = "TAG")]
    pub remove_interest: Vec<String>,
    /// Add a learning need (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub add_need: Vec<String>,
    /// Remove a learning need
    #[arg(long, value_name = "TAG")]
    pub remove_need: Vec<String>,
    /// Add an expertise (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub add_expertise: Vec<String>,
    /// Remove an expertise
    #[arg(long, value_name = "TAG")]
    pub remove_expertise: Vec<String>,
    /// Add a weekly window, like "tue 12:00-14:00"
    #[arg(long, value_name = "WINDOW")]
    pub add_available: Vec<String>,
    /// Remove a weekly window
    #[arg(long, value_name = "WINDOW")]
    pub remove_available: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ForgetArgs {
    /// Id, email, or unique name (prefix)
    pub member: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A CSV file (or a JSON array as `members export --format json` prints); - reads stdin
    pub file: PathBuf,
    /// Check every row and report what would change, without writing
    #[arg(long)]
    pub dry_run: bool,
    /// Read a column under another header, like "Email Address=email" (repeat)
    #[arg(long, value_name = "HEADER=FIELD")]
    pub map: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE (mode 0600, never the database) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists (a symbolic link there is replaced, not followed)
    #[arg(long, requires = "out")]
    pub force: bool,
}
