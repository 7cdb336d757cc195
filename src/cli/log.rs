//! `cop log` and `cop undo`: the operation log, and taking an operation back.

use std::ffi::OsString;

use clap::{Args, Subcommand};

use crate::domain::operation::Invocation;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LogArgs {
    #[command(subcommand)]
    pub command: Option<LogCommand>,
    /// Show at most N operations, newest first
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Show only operations from DATE on
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Keep operations for DAYS from now on (default 180; the newest 1,000 are always
    /// kept), and prune older ones now
    #[arg(long, value_name = "DAYS", conflicts_with_all = ["limit", "since"],
          value_parser = clap::value_parser!(i64).range(0..=crate::domain::operation::MAX_KEEP_DAYS))]
    pub keep: Option<i64>,
}

#[derive(Debug, Subcommand)]
pub enum LogCommand {
    /// The records an operation added, changed (field by field, before and after) and removed
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The operation's id (from `cop log`)
    pub op: String,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// The operation to take back [default: the latest one not undone]; undoing an undo
    /// redoes what it took back
    pub op: Option<String>,
    /// Show what the undo would change, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// How the command was typed, for the operation log: the words after `cop`, quoted for a
/// shell, without the database path (`--db PATH`), and the subcommand alone.
pub fn invocation(args: impl IntoIterator<Item = OsString>, matches: &clap::ArgMatches) -> Invocation {
    let mut words = Vec::new();
    let mut args = args.into_iter().skip(1);
    while let Some(a) = args.next() {
        let a = a.to_string_lossy().into_owned();
        if a == "--db" {
            args.next();
            continue;
        }
        if a.starts_with("--db=") {
            continue;
        }
        words.push(a);
    }
    let mut verb = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        verb.push(name.to_string());
        m = sub;
    }
    let verb = join(&verb);
    // Who is kept apart is confidential: the log keeps only that an exclusion was made.
    let line = if verb == "pairs exclude" { verb.clone() } else { join(&words) };
    Invocation { line, verb }
}

/// Words as a shell would need them typed again.
fn join(words: &[String]) -> String {
    words
        .iter()
        .map(|w| shlex::try_quote(w).map(|q| q.into_owned()).unwrap_or_else(|_| format!("{w:?}")))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_database_path_is_left_out_and_values_are_quoted() {
        let args = ["cop", "--db", "/secret/path.db", "members", "add", "Ana Souza", "--db=/x", "-q"];
        let m = crate::cli::command().try_get_matches_from(["cop", "members", "add", "Ana"]).unwrap();
        let inv = invocation(args.iter().map(OsString::from), &m);
        assert_eq!(inv.line, "members add 'Ana Souza' -q");
        assert_eq!(inv.verb, "members add");
    }
}
