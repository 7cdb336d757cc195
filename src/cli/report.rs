//! `cop report ...`

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum ReportCommand {
    /// Each active member's level (Wenger-Trayner's core, active, occasional, peripheral,
    /// transactional) from their participations in the window: sessions attended and
    /// facilitated, assists presented, listened to or facilitated (not drafts), popups
    /// joined; the role is shown beside the level, which it no longer decides (trainers and
    /// guests stay transactional). The table ends with each level's share beside the
    /// typical one.
    Engagement(EngagementArgs),
    /// For each month: members at each level at the month's end, and how many moved up or
    /// down since the month before. A member counts from the month they joined.
    Growth(GrowthArgs),
    /// For each month: how many moved between each pair of levels (a transition matrix
    /// and a flow chart), and what those who moved up had taken part in during the two
    /// months before (popups joined, assists, sessions)
    Movement(GrowthArgs),
    /// One self-contained HTML page for the core group and sponsors: levels over time,
    /// movement, learning needs against popups, popups and assists per month, follow-ups,
    /// the facilitator rotation and value stories; inline CSS and SVG, no script, every
    /// chart with its numbers in a table
    Html(HtmlArgs),
    /// Each learning need: who needs it, who has the expertise, which popups cover it
    Needs(AsOfArgs),
    /// Per month: sessions by kind, assists, popups proposed and done, distinct participants
    Activity(ActivityArgs),
}

#[derive(Debug, Args)]
pub struct AsOfArgs {
    /// The day the report looks back from [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,
}

/// How far back participations count unless `--window` says otherwise.
pub const DEFAULT_WINDOW: &str = "120d";

// How participations become levels.
#[derive(Debug, Args)]
pub struct LevelArgs {
    /// How far back participations count: days (90d) or weeks (13w)
    #[arg(long, value_name = "PERIOD", default_value = DEFAULT_WINDOW)]
    pub window: String,
    /// Participations in the window that make a member core
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub core: u32,
    /// Participations in the window that make a member active
    #[arg(long, value_name = "N", default_value_t = 2)]
    pub active: u32,
    /// Participations in the window that make a member occasional (fewer: peripheral)
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub occasional: u32,
}

#[derive(Debug, Args)]
pub struct EngagementArgs {
    #[command(flatten)]
    pub as_of: AsOfArgs,
    #[command(flatten)]
    pub levels: LevelArgs,
}

#[derive(Debug, Args)]
pub struct GrowthArgs {
    #[command(flatten)]
    pub as_of: AsOfArgs,
    #[command(flatten)]
    pub levels: LevelArgs,
    /// How many months, ending with the month of --as-of
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub months: u32,
}

#[derive(Debug, Args)]
pub struct ActivityArgs {
    #[command(flatten)]
    pub as_of: AsOfArgs,
    /// How many months, ending with the month of --as-of
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub months: u32,
}

#[derive(Debug, Args)]
pub struct HtmlArgs {
    #[command(flatten)]
    pub as_of: AsOfArgs,
    #[command(flatten)]
    pub levels: LevelArgs,
    /// How many months, ending with the month of --as-of
    #[arg(long, value_name = "N", default_value_t = 6)]
    pub months: u32,
    /// Write the page to FILE (mode 0600, never the database) instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<std::path::PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "out")]
    pub force: bool,
}
