//! How `cop` delivers mail (shared by `popup invite --mail`, `sessions invite` and
//! `outbox retry`), and `cop outbox ...`.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

// Where the messages go: exactly one of --out, --mbox, --sendmail, or --dry-run (a plain
// comment: a doc comment would become the help text of every command that flattens it).
#[derive(Debug, Args, Default)]
#[command(group(ArgGroup::new("delivery").args(["out", "mbox", "sendmail", "dry_run"])))]
pub struct Delivery {
    /// Write one .eml file per message into DIR (Maildir-style names, mode 0600)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write the messages into one mbox FILE (mode 0600, never the database)
    #[arg(long, value_name = "FILE")]
    pub mbox: Option<PathBuf>,
    /// Pipe each message to a sendmail-compatible command run by sh, such as
    /// "msmtp -t" or "sendmail -t"; your mail set-up keeps the credentials
    #[arg(long, value_name = "CMD")]
    pub sendmail: Option<String>,
    /// Record nothing, send nothing: print the first message and the recipients
    #[arg(long)]
    pub dry_run: bool,
    /// Replace an existing --mbox FILE
    #[arg(long, requires = "mbox")]
    pub force: bool,
}

// Who the messages are from.
#[derive(Debug, Args, Default)]
pub struct Sender {
    /// The organizer, "Name <addr>": kept for the community, so later runs may leave it out
    #[arg(long, value_name = "MAILBOX")]
    pub from: Option<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum OutboxCommand {
    /// Every message cop wrote: for what, to whom, when sent, the last error
    List(ListArgs),
    /// Deliver the messages not sent yet (each one once, in order; stops at a failure)
    Retry(RetryArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only the messages not sent yet
    #[arg(long)]
    pub pending: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["out", "mbox", "sendmail", "dry_run"])))]
pub struct RetryArgs {
    #[command(flatten)]
    pub delivery: Delivery,
}
