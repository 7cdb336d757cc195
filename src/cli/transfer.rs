//! `cop export` and `cop import`: the whole community as one JSON document.

use std::path::PathBuf;

use clap::Args;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE (mode 0600, never the database) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists (a symbolic link there is replaced, not followed)
    #[arg(long, requires = "out")]
    pub force: bool,
    /// Include the confidential pairing exclusions (`cop pairs exclude`), left out otherwise
    #[arg(long)]
    pub with_exclusions: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A document written by `cop export`; - reads stdin
    pub file: PathBuf,
    /// Check the document and report what would be added, updated and skipped, without writing
    #[arg(long)]
    pub dry_run: bool,
}
