//! `cop meetup ...`

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum MeetupCommand {
    /// Create the recurring meetup's sessions, rotating volunteer facilitators fairly
    Plan(PlanArgs),
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// What each session is called
    #[arg(long)]
    pub title: String,
    /// The day of the week it meets: mon, tue, ..., sun
    #[arg(long, value_name = "DAY")]
    pub weekday: String,
    /// When it starts, HH:MM in the community time zone (see --tz)
    #[arg(long, value_name = "HH:MM")]
    pub time: String,
    /// How many sessions to create
    #[arg(long, value_name = "N")]
    pub count: String,
    /// The first possible day [default: today, or next week when today's time has passed]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub start: Option<String>,
    /// How long each session lasts
    #[arg(long, value_name = "N", default_value = "60")]
    pub minutes: String,
    /// Video link
    #[arg(long, value_name = "URL")]
    pub link: Option<String>,
    /// Where it happens
    #[arg(long, value_name = "TEXT")]
    pub location: Option<String>,
    /// How often: 1w (weekly) or 2w (every other week)
    #[arg(long, value_name = "1w|2w", default_value = "1w")]
    pub every: String,
    /// Days not to meet, e.g. holidays (YYYY-MM-DD or any date; repeat, or several after one
    /// --skip); the plan leaves them out
    #[arg(long, value_name = "DATE", num_args = 1.., value_delimiter = ',')]
    pub skip: Vec<String>,
    /// Replan the days that already have a meetup of this title: they take the plan's time,
    /// length, place and facilitator, and keep their id and RSVPs [default: leave them]
    #[arg(long)]
    pub replace: bool,
    /// Show the plan without creating anything
    #[arg(long)]
    pub dry_run: bool,
}
