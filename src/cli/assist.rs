//! `cop assist ...`: peer assists, their seven steps, and the follow-up of next steps.

use std::path::PathBuf;

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum AssistCommand {
    /// Ask for a peer assist: a member (or their group) brings a challenge and seeks
    /// listeners with relevant experience; prints the request's id
    Request(RequestArgs),
    /// Rank possible listeners for a request, with reasons: expertise in its tags first,
    /// then past assists on them, then interests; the busy and those who heard the
    /// presenter lately rank lower. --invite N invites the best N
    Match(MatchArgs),
    /// A member joins a request as a listener
    Join(MemberInAssist),
    /// A member declines a request (a listener who joined leaves it)
    Decline(MemberInAssist),
    /// Times when a request's people are free (--suggest), or its session (--at)
    Schedule(ScheduleArgs),
    /// Record an assist that happened: every step as flags, or --from FILE; on a terminal
    /// with steps missing, walks you through them, saving each as it is answered
    Log(LogArgs),
    /// The live guide for the facilitator: each step with its time box and the time left,
    /// notes saved as a draft as you type them (resume with --resume N); `run N` starts
    /// from request N with its people filled in
    Run(RunArgs),
    /// List assists, newest first
    List(ListArgs),
    /// Show one assist in full (--format markdown gives notes to share with the group)
    Show(ShowArgs),
    /// Change an assist: set fields, add notes and people, or replace it all with --from FILE
    Edit(EditArgs),
    /// Open next steps, oldest due first
    Followups(FollowupsArgs),
    /// Mark a next step done
    Done(DoneArgs),
}

// Who took part, and the assist's frame.
#[derive(Debug, Args, Default)]
pub struct PeopleArgs {
    /// A member of the challenge group (repeat)
    #[arg(long, value_name = "MEMBER")]
    pub presenter: Vec<String>,
    /// A listener, who helps with the challenge (repeat)
    #[arg(long, value_name = "MEMBER")]
    pub listener: Vec<String>,
    /// Who facilitated (repeat)
    #[arg(long, value_name = "MEMBER")]
    pub facilitator: Vec<String>,
    /// The challenge group, when it is a project group or a whole network
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// The session it was held in (links to it; creates none)
    #[arg(long, value_name = "SESSION_ID")]
    pub session: Option<i64>,
}

// The notes of the seven steps.
#[derive(Debug, Args, Default)]
pub struct StepArgs {
    /// Step 1: the situation and challenge, as presented
    #[arg(long, value_name = "TEXT")]
    pub situation: Option<String>,
    /// Step 2: a clarifying question and its answer (repeat)
    #[arg(long, value_name = "TEXT")]
    pub clarify: Vec<String>,
    /// Step 3: an idea, question, suggestion or other case (repeat)
    #[arg(long, value_name = "TEXT")]
    pub idea: Vec<String>,
    /// Step 3: a source suggested, "TITLE [URL]" (repeat); it lands in `cop resources`
    #[arg(long, value_name = "TITLE [URL]")]
    pub resource: Vec<String>,
    /// Step 4: the challenge group's response
    #[arg(long, value_name = "TEXT")]
    pub response: Option<String>,
    /// Step 5: what a listener takes home, "MEMBER: TEXT" (repeat)
    #[arg(long, value_name = "MEMBER: TEXT")]
    pub takeaway: Vec<String>,
    /// Step 6: the group's reflection on the session
    #[arg(long, value_name = "TEXT")]
    pub reflection: Option<String>,
    /// Step 7: a next step, "TEXT [@MEMBER] [due:DATE]" (repeat)
    #[arg(long, value_name = "TEXT [@MEMBER] [due:DATE]")]
    pub next_step: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Who asks for the assist and presents the challenge
    #[arg(long, value_name = "MEMBER")]
    pub by: Option<String>,
    /// The challenge to bring to the group
    #[arg(long, value_name = "TEXT")]
    pub challenge: Option<String>,
    /// What the challenge is about, to find listeners by (repeat, or a list "a, b")
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// The challenge group, when it is a project group or a whole network
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
    /// How many listeners to seek, 1 to 12
    #[arg(long, value_name = "N", default_value_t = crate::domain::assist_request::DEFAULT_SIZE)]
    pub size: u32,
    /// How long the assist should last, 5 to 240
    #[arg(long, value_name = "N", default_value_t = crate::domain::assist::DEFAULT_MINUTES)]
    pub minutes: u32,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The request's id
    pub assist: String,
    /// Show at most N listeners
    #[arg(long, value_name = "N", default_value_t = 20, conflicts_with = "all")]
    pub limit: usize,
    /// Show every possible listener
    #[arg(long)]
    pub all: bool,
    /// Invite the best N (not yet asked) to listen
    #[arg(long, value_name = "N")]
    pub invite: Option<usize>,
    /// Also mail each one the invitation (why they fit, the challenge, the session as a
    /// calendar request once one is set)
    #[arg(long, requires = "invite")]
    pub mail: bool,
    #[command(flatten)]
    pub sender: crate::cli::mail::Sender,
    #[command(flatten)]
    pub delivery: crate::cli::mail::Delivery,
}

#[derive(Debug, Args)]
pub struct MemberInAssist {
    /// The request's id
    pub assist: String,
    /// Id, email, or unique name (prefix)
    pub member: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("mode").required(true).args(["at", "suggest"])))]
pub struct ScheduleArgs {
    /// The request's id
    pub assist: String,
    /// Create the assist's session at this time; its people are invited
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Suggest times when most of its presenters and listeners are free
    #[arg(long)]
    pub suggest: bool,
    /// Length in minutes [default: the request's]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub minutes: Option<u32>,
    /// The video link of the session
    #[arg(long, value_name = "URL", conflicts_with = "suggest")]
    pub link: Option<String>,
    /// Search from this day [default: now]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "suggest")]
    pub from: Option<String>,
    /// Search to this day [default: two weeks after --from]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "suggest")]
    pub to: Option<String>,
    /// How many suggestions
    #[arg(long, value_name = "N", default_value_t = 5, requires = "suggest")]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The challenge brought to the group (asked for on a terminal)
    #[arg(long, value_name = "TEXT")]
    pub challenge: Option<String>,
    /// What the challenge was about (repeat)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    #[command(flatten)]
    pub people: PeopleArgs,
    /// When it was held [default: now]
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// How long it lasted, 5 to 240
    #[arg(long, value_name = "N")]
    pub minutes: Option<u32>,
    #[command(flatten)]
    pub steps: StepArgs,
    /// Step 7: the group wishes to continue the discussion
    #[arg(long = "continue")]
    pub continue_discussion: bool,
    /// Step 5: keep each takeaway also as its member's value story from this assist
    /// (`cop stories`); the guided walk asks instead
    #[arg(long)]
    pub story: bool,
    /// Read the whole assist as JSON (the form `assist show --format json` prints); - reads stdin
    #[arg(long, value_name = "FILE", conflicts_with_all = [
        "challenge", "tag", "presenter", "listener", "facilitator", "group", "session", "date", "minutes",
        "situation", "clarify", "idea", "resource", "response", "takeaway", "reflection", "next_step",
        "continue_discussion", "story",
    ])]
    pub from: Option<PathBuf>,
    /// With --from: log the file as a new assist with a new UUID, even when this copy
    /// already holds the assist it came from (which it otherwise updates)
    #[arg(long, requires = "from")]
    pub new: bool,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Start from this requested assist: its challenge, group and people are filled in
    #[arg(value_name = "REQUEST", conflicts_with_all = ["challenge", "presenter", "group", "resume"])]
    pub request: Option<String>,
    /// The length of the assist, shared among the steps (7 to 240) [default: 45, or the request's]
    #[arg(long, value_name = "N")]
    pub minutes: Option<u32>,
    /// The challenge (asked for when missing)
    #[arg(long, value_name = "TEXT")]
    pub challenge: Option<String>,
    #[command(flatten)]
    pub people: PeopleArgs,
    /// Continue the draft assist N where it stopped
    #[arg(long, value_name = "N", conflicts_with_all = [
        "challenge", "presenter", "listener", "facilitator", "group", "session",
    ])]
    pub resume: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only assists this member took part in (any role, a takeaway or a next step)
    #[arg(long, value_name = "MEMBER")]
    pub member: Option<String>,
    /// Only assists held on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only assists with next steps not yet done
    #[arg(long)]
    pub open: bool,
    /// Only drafts (runs not finished; continue with `assist run --resume N`)
    #[arg(long, conflicts_with = "requested")]
    pub drafts: bool,
    /// Only requests not held yet (see `assist request`)
    #[arg(long)]
    pub requested: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The assist's id
    pub assist: String,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The assist's id
    pub assist: String,
    /// A new challenge
    #[arg(long, value_name = "TEXT")]
    pub challenge: Option<String>,
    /// Add a tag (repeat)
    #[arg(long, value_name = "TAG")]
    pub tag: Vec<String>,
    /// Remove a tag (repeat)
    #[arg(long, value_name = "TAG")]
    pub remove_tag: Vec<String>,
    /// A request: how many listeners it seeks, 1 to 12
    #[arg(long, value_name = "N")]
    pub size: Option<u32>,
    /// Add people and set the group or session
    #[command(flatten)]
    pub people: PeopleArgs,
    /// Take a member out of the assist, from every role
    #[arg(long, value_name = "MEMBER")]
    pub remove_member: Vec<String>,
    /// When it was held
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// How long it lasted
    #[arg(long, value_name = "N")]
    pub minutes: Option<u32>,
    /// Set step 1, 4 or 6 ("" removes it); add notes to steps 2, 3, 5 and 7
    #[command(flatten)]
    pub steps: StepArgs,
    /// The group wishes to continue the discussion
    #[arg(long = "continue", conflicts_with = "no_continue")]
    pub continue_discussion: bool,
    /// The group does not wish to continue the discussion
    #[arg(long)]
    pub no_continue: bool,
    /// Replace the whole assist with this JSON (next steps and resources keep their ids);
    /// - reads stdin. Without any flag on a terminal, the assist opens in your editor
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FollowupsArgs {
    /// Only next steps past their due day
    #[arg(long)]
    pub overdue: bool,
    /// Only next steps this member owns
    #[arg(long, value_name = "MEMBER")]
    pub owner: Option<String>,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The next step's id (see `cop assist followups`)
    pub step: String,
}
