//! `cop popup ...`: learning popups.

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum PopupCommand {
    /// Propose a learning popup and print its id; the proposer joins it
    Propose(ProposeArgs),
    /// List popups (open ones by default)
    List(ListArgs),
    /// Show a popup: tags, proposer, expert, members by status, agenda, sessions
    Show(PopupArg),
    /// Change a popup's title, description, tags, expert or size
    Edit(EditArgs),
    /// Rank active members who would want to learn this, and possible experts, with why
    Match(MatchArgs),
    /// Invite members to a popup
    Invite(InviteArgs),
    /// Join a member to a popup (past --max they wait in line)
    Join(MemberInPopup),
    /// Take a member out of a popup; the first in line gets the place
    Leave(MemberInPopup),
    /// Record that a member declined a popup; they are not offered it again
    Decline(MemberInPopup),
    /// The popup's learning agenda: ordered items
    Agenda(AgendaArgs),
    /// Create the popup's sessions (--at), or suggest times when most can come (--suggest)
    Schedule(ScheduleArgs),
    /// Learning needs many members share that no open popup covers
    Suggest(SuggestArgs),
    /// Mark a popup done
    Close(CloseArgs),
    /// Cancel a popup and its sessions still to come
    Cancel(CancelArgs),
}

#[derive(Debug, Args)]
pub struct ProposeArgs {
    /// What to learn (asked for on a terminal when missing)
    pub title: Option<String>,
    /// Who proposes it (asked for on a terminal when missing)
    #[arg(long, value_name = "MEMBER")]
    pub by: Option<String>,
    /// A topic (repeat, or comma-separated) [default: known tags found in the title]
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// What the popup is about, in a few sentences
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// The popup needs someone with advanced knowledge to lead it
    #[arg(long)]
    pub needs_expert: bool,
    /// A member who will lead it as the expert
    #[arg(long, value_name = "MEMBER", conflicts_with = "external_expert")]
    pub expert: Option<String>,
    /// An outsider who will lead it as the expert
    #[arg(long, value_name = "NAME")]
    pub external_expert: Option<String>,
    /// At most N members; later joins wait in line
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub max: Option<u32>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum StatusFilter {
    /// Proposed or scheduled
    Open,
    Proposed,
    Scheduled,
    Done,
    Cancelled,
    All,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which popups, by status
    #[arg(long, value_enum, default_value = "open")]
    pub status: StatusFilter,
    /// Only popups with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only popups this member proposed, leads, joined, waits for or was invited to
    #[arg(long, value_name = "MEMBER")]
    pub member: Option<String>,
}

#[derive(Debug, Args)]
pub struct PopupArg {
    /// The popup's id
    pub popup: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The popup's id
    pub popup: String,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New description ("" removes it)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Who proposed it
    #[arg(long, value_name = "MEMBER")]
    pub proposer: Option<String>,
    /// Add a topic (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub add_tag: Vec<String>,
    /// Remove a topic
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
    /// It needs someone with advanced knowledge to lead it
    #[arg(long, conflicts_with = "no_needs_expert")]
    pub needs_expert: bool,
    /// It does not need an expert
    #[arg(long)]
    pub no_needs_expert: bool,
    /// A member who will lead it as the expert
    #[arg(long, value_name = "MEMBER", conflicts_with_all = ["external_expert", "no_expert"])]
    pub expert: Option<String>,
    /// An outsider who will lead it as the expert
    #[arg(long, value_name = "NAME", conflicts_with = "no_expert")]
    pub external_expert: Option<String>,
    /// Nobody leads it as the expert any more
    #[arg(long)]
    pub no_expert: bool,
    /// At most N members (raising it lets those waiting in)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "no_max")]
    pub max: Option<u32>,
    /// No limit on members
    #[arg(long)]
    pub no_max: bool,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The popup's id
    pub popup: String,
    /// At most N learners and N experts
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Invite the top N learners
    #[arg(long, value_name = "N")]
    pub invite: Option<usize>,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The popup's id
    pub popup: String,
    /// Ids, emails, or unique names (prefixes)
    #[arg(required_unless_present = "matched")]
    pub members: Vec<String>,
    /// Invite the N best-matched learners, as `popup match` ranks them
    #[arg(long, value_name = "N", conflicts_with = "members")]
    pub matched: Option<usize>,
    /// Also mail each one the invitation, its sessions as a calendar request
    #[arg(long)]
    pub mail: bool,
    #[command(flatten)]
    pub sender: crate::cli::mail::Sender,
    #[command(flatten)]
    pub delivery: crate::cli::mail::Delivery,
}

#[derive(Debug, Args)]
pub struct MemberInPopup {
    /// The popup's id
    pub popup: String,
    /// Ids, emails, or unique names (prefixes); several at once, all or none
    #[arg(required = true, value_name = "MEMBER")]
    pub members: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AgendaArgs {
    /// The popup's id
    pub popup: String,
    #[command(subcommand)]
    pub action: AgendaCommand,
}

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Add an item at the end of the agenda and print its id
    Add(AgendaAddArgs),
    /// The agenda in order
    List,
    /// Move an item to another position (1 is first)
    Move(AgendaMoveArgs),
    /// Change an item's text or time box, or assign it to one of the popup's sessions
    Edit(AgendaEditArgs),
    /// Mark an item done
    Done(AgendaItemArg),
    /// Remove an item
    Remove(AgendaItemArg),
}

#[derive(Debug, Args)]
pub struct AgendaAddArgs {
    /// What to learn or do
    pub text: String,
    /// A time box for the item
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub minutes: Option<u32>,
    /// The popup session where it is covered
    #[arg(long, value_name = "SESSION")]
    pub session: Option<i64>,
}

#[derive(Debug, Args)]
pub struct AgendaEditArgs {
    /// The item's id
    pub item: i64,
    /// What to learn or do
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// A time box for the item
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), conflicts_with = "no_minutes")]
    pub minutes: Option<u32>,
    /// Take the time box off
    #[arg(long)]
    pub no_minutes: bool,
    /// The popup session where it is covered
    #[arg(long, value_name = "SESSION", conflicts_with = "no_session")]
    pub session: Option<i64>,
    /// Assign it to no session
    #[arg(long)]
    pub no_session: bool,
}

#[derive(Debug, Args)]
pub struct AgendaMoveArgs {
    /// The item's id
    pub item: i64,
    /// Its new position (1 is first)
    #[arg(long, value_name = "POS")]
    pub to: i64,
}

#[derive(Debug, Args)]
pub struct AgendaItemArg {
    /// The item's id
    pub item: i64,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("mode").required(true).args(["at", "suggest"])))]
pub struct ScheduleArgs {
    /// The popup's id
    pub popup: String,
    /// When the (first) session starts
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Suggest start times at which most joined and interested members are free
    #[arg(long)]
    pub suggest: bool,
    /// Length of each session
    #[arg(long, value_name = "N", default_value_t = 60, value_parser = clap::value_parser!(u32).range(1..))]
    pub minutes: u32,
    /// Video link or place
    #[arg(long, value_name = "URL", conflicts_with = "suggest")]
    pub link: Option<String>,
    /// How many sessions to create
    #[arg(long, value_name = "N", default_value_t = 1, conflicts_with = "suggest")]
    pub count: u32,
    /// Time between sessions, like 1w or 3d
    #[arg(long, value_name = "INTERVAL", default_value = "1w", conflicts_with = "suggest")]
    pub every: String,
    /// First day to search [default: now]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "suggest")]
    pub from: Option<String>,
    /// Last day to search [default: two weeks after --from]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "suggest")]
    pub to: Option<String>,
    /// At most N suggestions
    #[arg(long, value_name = "N", default_value_t = 5, requires = "suggest")]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// Only needs shared by at least N active members
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub min: usize,
}

#[derive(Debug, Args)]
pub struct CloseArgs {
    /// The popup's id
    pub popup: String,
    /// What the group learned or produced
    #[arg(long, value_name = "TEXT")]
    pub outcome: Option<String>,
    /// Keep its sessions still to come [default: they are cancelled]
    #[arg(long)]
    pub keep_sessions: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// The popup's id
    pub popup: String,
    /// Why; also given on its cancelled sessions
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Keep its sessions still to come [default: they are cancelled]
    #[arg(long)]
    pub keep_sessions: bool,
}
