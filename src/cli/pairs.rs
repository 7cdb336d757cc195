//! `cop pairs ...`

use clap::{Args, Subcommand};

/// Pair members (or make groups) for peer support, avoiding earlier partners
///
/// Without a subcommand, proposes a round (and saves it with --record). Paused members
/// and ghosts (three rounds missed in a row) are left out, with a warning that says why.
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
    /// List the recorded rounds, newest first, with how many groups met
    History,
    /// Record that members of a round met their group
    Met(OutcomeArgs),
    /// Record that members of a round did not take part (three in a row make a ghost)
    Missed(OutcomeArgs),
    /// Keep two members out of each other's groups, confidentially (or --remove it)
    Exclude(ExcludeArgs),
    /// List the exclusions: the only command that prints them
    Exclusions,
}

#[derive(Debug, Args)]
pub struct OutcomeArgs {
    /// The recorded round (see `cop pairs history`)
    pub round: String,
    /// Members of that round: ids, emails, or unique names (prefixes)
    #[arg(required = true)]
    pub members: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExcludeArgs {
    /// Id, email, or unique name (prefix)
    pub member: String,
    /// The member to keep them apart from
    pub other: String,
    /// Lift the exclusion instead
    #[arg(long)]
    pub remove: bool,
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
    /// Groups of this many (2 to 8): as many of K as the numbers allow, the others one
    /// larger or smaller, never a group of one
    #[arg(long, value_name = "K", default_value_t = 2,
          value_parser = clap::value_parser!(u8).range(2..=8))]
    pub size: u8,
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
