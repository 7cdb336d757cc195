//! `cop sessions ...`

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SessionsCommand {
    /// Schedule a session and print its id
    Add(AddArgs),
    /// List sessions in time order
    List(ListArgs),
    /// Show one session: RSVPs, attendance, facilitators, linked popup or assist
    Show(SessionArg),
    /// Change a session (calendars pick up the change on the next export)
    Edit(EditArgs),
    /// Cancel a session; it stays listed, and calendars show it as cancelled
    Cancel(CancelArgs),
    /// Record members' answers; past capacity a yes goes on the waitlist
    Rsvp(RsvpArgs),
    /// Record who actually came (or --remove)
    Attend(AttendArgs),
    /// Write sessions as an iCalendar file (RFC 5545) that calendar apps import
    Export(ExportArgs),
    /// Mail members the session (announcement or --reminder) with a calendar request
    Invite(InviteArgs),
    /// Record the RSVPs in calendar replies (iTIP REPLY in .ics, .eml or mbox files)
    Replies(RepliesArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// What the session is called (asked for on a terminal when missing)
    #[arg(long)]
    pub title: Option<String>,
    /// When it starts: "2026-12-04 12:00", "fri 12:00", RFC 3339 (asked for on a terminal)
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// meetup, training, coaching, reading, popup, assist or other
    #[arg(long, default_value = "meetup")]
    pub kind: String,
    /// How long it lasts
    #[arg(long, value_name = "N", default_value = "60")]
    pub minutes: String,
    /// Video link
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// Where it happens
    #[arg(long, value_name = "TEXT")]
    pub location: Option<String>,
    /// A member who facilitates it (repeat)
    #[arg(long, value_name = "MEMBER")]
    pub facilitator: Vec<String>,
    /// The (external) trainer's name
    #[arg(long, value_name = "NAME")]
    pub trainer: Option<String>,
    /// How many yes answers fit; later ones wait
    #[arg(long, value_name = "N")]
    pub capacity: Option<String>,
    /// Anything else worth knowing
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only sessions that have not started yet
    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,
    /// Only sessions that have started, newest first
    #[arg(long)]
    pub past: bool,
    /// Only this kind
    #[arg(long)]
    pub kind: Option<String>,
    /// Only sessions this member facilitates, answered or attended
    #[arg(long, value_name = "MEMBER")]
    pub member: Option<String>,
    /// Only sessions on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Only sessions on or before this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
}

#[derive(Debug, Args)]
pub struct SessionArg {
    /// Session id
    pub session: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Session id
    pub session: String,
    /// New title
    #[arg(long)]
    pub title: Option<String>,
    /// New start time
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// New kind: meetup, training, coaching, reading, popup, assist or other
    #[arg(long)]
    pub kind: Option<String>,
    /// New length
    #[arg(long, value_name = "N")]
    pub minutes: Option<String>,
    /// New video link ("" removes it)
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// New place ("" removes it)
    #[arg(long, value_name = "TEXT")]
    pub location: Option<String>,
    /// New trainer ("" removes it)
    #[arg(long, value_name = "NAME")]
    pub trainer: Option<String>,
    /// New capacity ("" removes the limit); a higher one lets the waitlist in
    #[arg(long, value_name = "N")]
    pub capacity: Option<String>,
    /// New note ("" removes it)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Add a facilitator
    #[arg(long, value_name = "MEMBER")]
    pub add_facilitator: Vec<String>,
    /// Remove a facilitator
    #[arg(long, value_name = "MEMBER")]
    pub remove_facilitator: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Session id
    pub session: String,
    /// Why, for the members and their calendars
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("answer").required(true).args(["yes", "no", "maybe"])))]
pub struct RsvpArgs {
    /// Session id
    pub session: String,
    /// Ids, emails, or unique names (prefixes)
    #[arg(required = true, value_name = "MEMBER")]
    pub members: Vec<String>,
    /// They come (or wait for a place when the session is full)
    #[arg(long)]
    pub yes: bool,
    /// They do not come; their place goes to the waitlist
    #[arg(long)]
    pub no: bool,
    /// They may come
    #[arg(long)]
    pub maybe: bool,
}

#[derive(Debug, Args)]
pub struct AttendArgs {
    /// Session id
    pub session: String,
    /// Ids, emails, or unique names (prefixes)
    #[arg(required = true, value_name = "MEMBER")]
    pub members: Vec<String>,
    /// Remove their attendance instead
    #[arg(long)]
    pub remove: bool,
    /// Record attendance of a session that has not started yet (refused otherwise, exit 4)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// iCalendar, the only export format (the default)
    #[arg(long)]
    pub ics: bool,
    /// Only sessions that have not started yet
    #[arg(long)]
    pub upcoming: bool,
    /// Only sessions this member facilitates, answered or attended
    #[arg(long, value_name = "MEMBER")]
    pub member: Option<String>,
    /// Write to FILE (mode 0600, never the database) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists (a symbolic link there is replaced, not followed)
    #[arg(long, requires = "out")]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("who").required(true).args(["members", "all", "rsvp"])))]
#[command(group(ArgGroup::new("how").required(true).args(["out", "mbox", "sendmail", "dry_run"])))]
pub struct InviteArgs {
    /// Session id
    pub session: String,
    /// Ids, emails, or unique names (prefixes)
    #[arg(value_name = "MEMBER")]
    pub members: Vec<String>,
    /// Every active member
    #[arg(long)]
    pub all: bool,
    /// Those whose answer is this (yes, maybe, invited, waitlist, no): for reminders
    #[arg(long, value_name = "ANSWER")]
    pub rsvp: Option<String>,
    /// A reminder: a new message even to those the announcement reached (one a day)
    #[arg(long)]
    pub reminder: bool,
    #[command(flatten)]
    pub sender: crate::cli::mail::Sender,
    #[command(flatten)]
    pub delivery: crate::cli::mail::Delivery,
}

#[derive(Debug, Args)]
pub struct RepliesArgs {
    /// Calendar replies: .ics, .eml or mbox files, or - for standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}
