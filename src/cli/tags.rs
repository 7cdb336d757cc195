//! `cop tags ...`: the shared vocabulary of interests, needs, expertise and topics.

use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TagsCommand {
    /// List tags with how many members, popups and resources use each, and their aliases
    List(ListArgs),
    /// Rename a tag; the old name stays as an alias, so it still finds the tag
    Rename(RenameArgs),
    /// Fold tags into one: move their links, delete them, keep their names as aliases
    /// (asks first; --yes off a terminal)
    Merge(MergeArgs),
    /// Make another spelling stand for a tag, or remove one with --remove
    Alias(AliasArgs),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum TagSort {
    /// Alphabetical
    #[default]
    Name,
    /// Most used first (members, popups and resources together)
    Uses,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Order of the rows
    #[arg(long, value_enum, default_value_t = TagSort::Name)]
    pub sort: TagSort,
    /// Only tags that no member, popup or resource uses
    #[arg(long)]
    pub unused: bool,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The tag's current name, or one of its aliases
    pub old: String,
    /// Its new name (not already a tag or an alias of another tag)
    pub new: String,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The tags to fold in (names or aliases)
    #[arg(required = true, value_name = "FROM")]
    pub from: Vec<String>,
    /// The tag that remains
    #[arg(long, value_name = "TAG")]
    pub into: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct AliasArgs {
    /// The other spelling (not already a tag)
    #[arg(required_unless_present = "remove", conflicts_with = "remove")]
    pub alias: Option<String>,
    /// The tag it stands for (a name or an alias)
    #[arg(required_unless_present = "remove", conflicts_with = "remove")]
    pub tag: Option<String>,
    /// Remove this alias instead; the tag stays
    #[arg(long, value_name = "ALIAS")]
    pub remove: Option<String>,
}
