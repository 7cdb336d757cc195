//! Learning popups: a member names something to learn and invites others.

use serde::{Deserialize, Serialize};

/// Where a popup is in its life: proposed -> scheduled -> done, or cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PopupStatus {
    #[default]
    Proposed,
    Scheduled,
    Done,
    Cancelled,
}

impl PopupStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PopupStatus::Proposed => "proposed",
            PopupStatus::Scheduled => "scheduled",
            PopupStatus::Done => "done",
            PopupStatus::Cancelled => "cancelled",
        }
    }
}

/// A member's place in a popup.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    Invited,
    Joined,
    Waiting,
    Declined,
    Left,
}

impl Participation {
    pub fn as_str(self) -> &'static str {
        match self {
            Participation::Invited => "invited",
            Participation::Joined => "joined",
            Participation::Waiting => "waiting",
            Participation::Declined => "declined",
            Participation::Left => "left",
        }
    }
}

/// A popup about to be proposed.
#[derive(Clone, Debug, Default)]
pub struct NewPopup {
    pub title: String,
    pub description: Option<String>,
    pub proposer_id: Option<i64>,
    pub needs_expert: bool,
    pub expert_id: Option<i64>,
    pub external_expert: Option<String>,
    pub max_members: Option<u32>,
    /// Normalized tags.
    pub tags: Vec<String>,
}
