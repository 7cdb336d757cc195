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
