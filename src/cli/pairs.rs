//! `cop pairs ...`

use clap::{Args, Subcommand};

/// Pair members for one-to-one peer support, avoiding earlier partners
///
/// Without a subcommand, proposes a round (and saves it with --record).
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct PairsCommand {
    #[command(subcommand)]
    pub command: Option<PairsSubcommand>,
    #[command(flatten)]
    pub args: PairArgs,
}

#[derive(Debug, Subcommand)]
pub enum PairsSubcommand {
    /// List the recorded rounds, newest first
    History,
}

#[derive(Debug, Args)]
pub struct PairArgs {
    /// Only members with this interest (repeat: all of them)
    #[arg(long, value_name = "TAG")]
    pub interest: Vec<String>,
    /// Only members of this region
    #[arg(long)]
    pub region: Option<String>,
    /// Pair the attendees of this session (its yes RSVPs when nobody is recorded yet)
    #[arg(long, value_name = "S")]
    pub session: Option<String>,
    /// Make the round reproducible: the same seed and history give the same pairs
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Save the round, so later rounds avoid these pairs
    #[arg(long)]
    pub record: bool,
    /// A note kept with a recorded round
    #[arg(long, value_name = "TEXT", requires = "record")]
    pub note: Option<String>,
}
