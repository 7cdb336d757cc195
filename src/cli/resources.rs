//! `cop resources ...`: links, books and articles, tagged by topic.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ResourcesCommand {
    /// Add a resource and print its id
    Add(AddArgs),
    /// List resources, with a tag or from an assist
    List(ListArgs),
    /// Show one resource in full
    Show(ShowArgs),
    /// Change a resource's title, link, note, tags or assist
    Edit(EditArgs),
    /// Delete a resource (asks first; --yes in scripts)
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Its title
    pub title: String,
    /// Where to find it
    #[arg(long)]
    pub url: Option<String>,
    /// A topic (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Why it is worth reading, or anything else
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The assist it was suggested in
    #[arg(long, value_name = "N")]
    pub assist: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only resources with this topic
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only resources suggested in this assist
    #[arg(long, value_name = "N")]
    pub assist: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The resource's id
    pub resource: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The resource's id
    pub resource: String,
    /// A new title
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// A new link ("" removes it)
    #[arg(long)]
    pub url: Option<String>,
    /// A new note ("" removes it)
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Add a topic (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Take a topic off (repeat, or comma-separated)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
    /// The assist it was suggested in ("" for none)
    #[arg(long, value_name = "N")]
    pub assist: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The resource's id
    pub resource: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}
