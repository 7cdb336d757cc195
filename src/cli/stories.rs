//! `cop stories ...`: value-creation stories, what members took from the community.

use clap::{ArgGroup, Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum StoriesCommand {
    /// Add a value-creation story and print its id
    Add(AddArgs),
    /// List stories, newest first
    List(ListArgs),
    /// Show one story in full
    Show(ShowArgs),
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").multiple(false)))]
pub struct AddArgs {
    /// The story, in the member's words ("From my peer assist I took away ...")
    pub text: String,
    /// Whose story it is (id, email, or name)
    #[arg(long)]
    pub member: String,
    /// It came from this peer assist
    #[arg(long, value_name = "N", group = "source")]
    pub from_assist: Option<String>,
    /// It came from this learning popup
    #[arg(long, value_name = "N", group = "source")]
    pub from_popup: Option<String>,
    /// It came from this session
    #[arg(long, value_name = "S", group = "source")]
    pub from_session: Option<String>,
    /// The value it shows (Wenger-Trayner's cycles): immediate, potential, applied,
    /// realized or reframing
    #[arg(long, value_name = "VALUE")]
    pub value: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only stories showing this value
    #[arg(long, value_name = "VALUE")]
    pub value: Option<String>,
    /// Only this member's stories
    #[arg(long)]
    pub member: Option<String>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The story's id
    pub story: String,
}
