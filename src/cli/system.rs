//! `cop init`, `backup`, `demo`, `completions`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The community's name
    #[arg(long)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist unless --force)
    pub path: PathBuf,
    /// Replace PATH if it exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Fill the default database (or --db / COP_DB) instead of a throwaway one; refused
    /// when it already has members
    #[arg(long)]
    pub here: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: Shell,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}
