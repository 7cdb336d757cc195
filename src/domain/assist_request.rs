//! A request for a peer assist (`cop assist request`): a member or their group brings a
//! challenge and seeks listeners with relevant experience. A request is an assist of
//! status `requested`, with the tags its challenge is about, how many listeners it asks
//! for, and the invitations sent to possible listeners and their answers.

use serde::{Deserialize, Serialize};

use super::rules::Rule;

/// The fewest and most listeners a request may ask for. Practice guides put a peer
/// assist at 4 to 12 people, the challenge group and a facilitator among them.
pub const SIZE_MIN: u32 = 1;
pub const SIZE_MAX: u32 = 12;
/// How many listeners a request may ask for (see [`super::rules`] for all rules).
pub const SIZE: Rule = Rule::Range(SIZE_MIN as i64, SIZE_MAX as i64);
/// The listeners a request asks for when it does not say.
pub const DEFAULT_SIZE: u32 = 6;
/// The most tags a request may carry: a challenge is about a few things.
pub const MAX_TAGS: usize = 10;
/// Each tag of a request, in its normal form.
pub const TAG: Rule = Rule::Tag;
/// A request is an assist of status `requested` ([`super::assist::STATUS`]).
pub const REQUEST_STATUS: &str = "requested";
/// Where an invitation to listen stands ([`InvitationStatus`]).
pub const INVITATION_STATUS: Rule = Rule::OneOf(&["invited", "joined", "declined"]);

/// Checks the number of listeners a request asks for.
pub fn check_size(size: u32) -> Result<u32, String> {
    if (SIZE_MIN..=SIZE_MAX).contains(&size) {
        Ok(size)
    } else {
        Err(format!("expected {SIZE_MIN} to {SIZE_MAX} listeners, got {size}"))
    }
}

/// Checks how many tags a request carries.
pub fn check_tag_count(n: usize) -> Result<(), String> {
    if n <= MAX_TAGS { Ok(()) } else { Err(format!("a request is about at most {MAX_TAGS} tags, got {n}")) }
}

/// Where an invitation to listen stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InvitationStatus {
    /// Asked, no answer yet.
    Invited,
    /// Said yes: a listener of the assist.
    Joined,
    Declined,
}

impl InvitationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Invited => "invited",
            InvitationStatus::Joined => "joined",
            InvitationStatus::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Result<InvitationStatus, String> {
        match s {
            "invited" => Ok(InvitationStatus::Invited),
            "joined" => Ok(InvitationStatus::Joined),
            "declined" => Ok(InvitationStatus::Declined),
            _ => Err(format!("invitation status {s:?}: expected invited, joined or declined")),
        }
    }
}

/// A member asked to listen, and their answer. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub member_id: i64,
    pub status: InvitationStatus,
}

/// An invitation just recorded, with what a message to the member needs. Sending such
/// messages is the invitations issue's work (`--mail`); until it lands, invitations are
/// recorded and listed, never sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewInvitation {
    pub assist_id: i64,
    pub member_id: i64,
    pub name: String,
    pub email: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_tag_counts_are_checked() {
        assert!(check_size(0).is_err());
        assert_eq!(check_size(1), Ok(1));
        assert_eq!(check_size(12), Ok(12));
        assert!(check_size(13).unwrap_err().contains("1 to 12"));
        assert!(check_tag_count(MAX_TAGS).is_ok());
        assert!(check_tag_count(MAX_TAGS + 1).is_err());
    }

    #[test]
    fn statuses_read_back_what_they_write() {
        for s in [InvitationStatus::Invited, InvitationStatus::Joined, InvitationStatus::Declined] {
            assert_eq!(InvitationStatus::parse(s.as_str()), Ok(s));
        }
        assert!(InvitationStatus::parse("maybe").is_err());
        for s in [InvitationStatus::Invited, InvitationStatus::Joined, InvitationStatus::Declined] {
            assert_eq!(INVITATION_STATUS.check_text(s.as_str()), Ok(()));
        }
        assert!(INVITATION_STATUS.check_text("maybe").is_err());
        assert!(super::super::assist::STATUS.check_text(REQUEST_STATUS).is_ok());
        assert!(SIZE.check_int(13).is_err() && SIZE.check_int(0).is_err() && SIZE.check_int(12).is_ok());
    }
}
