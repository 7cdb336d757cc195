//! `cop sync`: replicas of one community exchange segment files through a shared folder.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
    /// Also `git pull --rebase` before and `git add/commit/push` after (the folder is a git work tree)
    #[arg(long)]
    pub git: bool,
    /// Replace this replica's segments by one snapshot (done by itself after a deletion)
    #[arg(long)]
    pub compact: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Make this database a replica syncing through DIR (never put the database itself there)
    Init(InitArgs),
    /// Each replica in the folder, its last segment, and how far behind this one is
    Status,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The shared folder: a Syncthing, Dropbox or Nextcloud folder, a mounted share, a git work tree
    pub dir: PathBuf,
    /// The name this replica goes by, as others see it ("Ana's laptop")
    #[arg(long = "as", value_name = "NAME")]
    pub name: String,
    /// Run git around every sync by default
    #[arg(long)]
    pub git: bool,
    /// Encrypt every segment with the folder's passphrase ($COP_SYNC_PASSPHRASE, else asked)
    #[arg(long)]
    pub encrypt: bool,
}
