//! `cop init`, `backup`, `demo`, `completions`: the arguments of the commands about the
//! database and the program itself.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The community's name
    #[arg(long)]
    pub name: Option<String>,

    /// The community's time zone, an IANA name (any case): times are typed and shown
    /// in it unless --tz or COP_TZ names another
    #[arg(long, value_name = "ZONE")]
    pub timezone: Option<String>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (mode 0600; must not exist unless --force; never the
    /// database or its -wal, -shm or -journal file)
    pub path: PathBuf,
    /// Replace PATH if it exists (a symbolic link there is replaced, not followed)
    #[arg(long)]
    pub force: bool,
}

// Without a size the demo is a small sample community; any size generates a realistic
// one at that scale (for trying `cop` on a large community, and for `cargo bench`).
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("size").multiple(true))]
pub struct DemoArgs {
    /// Fill the default database (or --db / COP_DB) instead of a throwaway one; refused
    /// when it already has members
    #[arg(long)]
    pub here: bool,
    /// Generate N members with 3 to 8 tags and weekly availability (1 to 1,000,000;
    /// default 1,000 when only other sizes are given)
    #[arg(long, value_name = "N", group = "size", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub members: Option<u32>,
    /// Sessions over the last three years, 2% upcoming, ~50 attending each
    /// (default: members / 5)
    #[arg(long, value_name = "N", group = "size", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    pub sessions: Option<u32>,
    /// Peer assists with their people and next steps, some open or overdue (default: members / 10)
    #[arg(long, value_name = "N", group = "size", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    pub assists: Option<u32>,
    /// Learning popups with tags and members (default: members / 50)
    #[arg(long, value_name = "N", group = "size", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    pub popups: Option<u32>,
    /// Draw every member's tags from the first N words of the vocabulary (6 to 60): three
    /// interests, two needs and one expertise each, so most members share most tags
    /// (the hardest case for `popup match` and `assist match`)
    #[arg(long, value_name = "N", group = "size", allow_hyphen_values = true,
          value_parser = clap::value_parser!(u32).range(6..=60))]
    pub tags: Option<u32>,
    /// Make the generated community reproducible: the same seed and COP_NOW give the
    /// same data (default: a fresh seed, printed)
    #[arg(long, value_name = "S", requires = "size", allow_hyphen_values = true)]
    pub seed: Option<u64>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_parser = shells())]
    pub shell: clap_complete::Shell,
}

/// clap_complete's own shells, offered in the order cop always listed them.
fn shells() -> impl clap::builder::TypedValueParser<Value = clap_complete::Shell> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(["bash", "zsh", "fish", "elvish", "powershell"])
        .try_map(|s| s.parse::<clap_complete::Shell>())
}
