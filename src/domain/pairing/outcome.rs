//! Whether the groups of a recorded round met: what `pairs met` and `pairs missed`
//! record for each member, how a group and a round count, and who is a ghost.

use serde::Serialize;

use crate::domain::rules::Rule;

/// The rule of a round member's stored outcome (`pairing_members.outcome`): the words
/// of [`Outcome`], or nothing yet.
pub const OUTCOME: Rule = Rule::OneOf(&["met", "missed"]);

/// What was recorded for one member of a round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// They met their group (or part of it).
    Met,
    /// They did not take part: they did not show up, or never answered.
    Missed,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Missed => "missed",
        }
    }

    pub fn parse(s: &str) -> Option<Outcome> {
        match s {
            "met" => Some(Outcome::Met),
            "missed" => Some(Outcome::Missed),
            _ => None,
        }
    }
}

/// How many rounds missed in a row make a member a ghost, left out of pairing until
/// resumed (Donut's word and rule).
pub const GHOST_AFTER: usize = 3;

/// The rounds a member missed in a row, newest first, from their rounds newest first
/// (round id, what was recorded). A round with nothing recorded ends the run: the
/// organizer may record only who missed, and an unanswered round is no proof of absence.
pub fn missed_in_a_row(rounds: &[(i64, Option<Outcome>)]) -> Vec<i64> {
    rounds.iter().take_while(|(_, o)| *o == Some(Outcome::Missed)).map(|(id, _)| *id).collect()
}

/// Whether a member with these rounds (newest first) is a ghost.
pub fn is_ghost(rounds: &[(i64, Option<Outcome>)]) -> bool {
    missed_in_a_row(rounds).len() >= GHOST_AFTER
}

/// What a group of a round did, from its members' records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupOutcome {
    /// Someone recorded as met: nobody meets alone, so the group met.
    Met,
    /// Fewer than two of its members could have met: the others missed.
    Missed,
    /// Not known yet.
    Unrecorded,
}

pub fn group_outcome(members: &[Option<Outcome>]) -> GroupOutcome {
    if members.contains(&Some(Outcome::Met)) {
        GroupOutcome::Met
    } else if members.iter().filter(|o| **o != Some(Outcome::Missed)).count() < 2 {
        GroupOutcome::Missed
    } else {
        GroupOutcome::Unrecorded
    }
}

/// How many groups of a round met, missed, or are not known yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct MetRate {
    pub met: usize,
    pub missed: usize,
    pub unrecorded: usize,
}

impl MetRate {
    pub fn of(groups: &[Vec<Option<Outcome>>]) -> MetRate {
        let mut r = MetRate::default();
        for g in groups {
            match group_outcome(g) {
                GroupOutcome::Met => r.met += 1,
                GroupOutcome::Missed => r.missed += 1,
                GroupOutcome::Unrecorded => r.unrecorded += 1,
            }
        }
        r
    }

    pub fn add(&mut self, other: MetRate) {
        self.met += other.met;
        self.missed += other.missed;
        self.unrecorded += other.unrecorded;
    }

    /// The share of groups with a known outcome that met; `None` when none is known.
    pub fn rate(&self) -> Option<f64> {
        let known = self.met + self.missed;
        (known > 0).then(|| self.met as f64 / known as f64)
    }

    /// "3 of 4 (75%)": of the groups with a known outcome, how many met; "" when none is known.
    pub fn short(&self) -> String {
        match self.rate() {
            Some(r) => format!("{} of {} ({:.0}%)", self.met, self.met + self.missed, r * 100.0),
            None => String::new(),
        }
    }

    /// "3 of 4 groups met (75%)", or "no group's outcome is recorded yet".
    pub fn describe(&self) -> String {
        match self.rate() {
            Some(r) => format!("{} of {} groups met ({:.0}%)", self.met, self.met + self.missed, r * 100.0),
            None => "no group's outcome is recorded yet".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Outcome::*;

    #[test]
    fn the_stored_rule_takes_every_outcome_and_only_those() {
        for o in [Met, Missed] {
            assert_eq!(OUTCOME.check_text(o.as_str()), Ok(()));
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
        }
        assert!(OUTCOME.check_text("ghost").is_err());
    }

    #[test]
    fn a_run_of_misses_ends_at_a_meeting_or_a_round_with_nothing_recorded() {
        assert_eq!(missed_in_a_row(&[(9, Some(Missed)), (8, Some(Missed)), (7, Some(Met))]), [9, 8]);
        assert_eq!(missed_in_a_row(&[(9, Some(Missed)), (8, None), (7, Some(Missed))]), [9]);
        assert!(is_ghost(&[(9, Some(Missed)), (8, Some(Missed)), (5, Some(Missed)), (1, Some(Met))]));
        assert!(!is_ghost(&[(9, Some(Met)), (8, Some(Missed)), (5, Some(Missed)), (1, Some(Missed))]));
        assert!(!is_ghost(&[]));
    }

    #[test]
    fn a_group_met_when_anyone_met_and_missed_when_fewer_than_two_could_have() {
        assert_eq!(group_outcome(&[Some(Met), None]), GroupOutcome::Met);
        assert_eq!(group_outcome(&[Some(Missed), None]), GroupOutcome::Missed);
        assert_eq!(group_outcome(&[Some(Missed), None, None]), GroupOutcome::Unrecorded);
        assert_eq!(group_outcome(&[None, None]), GroupOutcome::Unrecorded);
        let r = MetRate::of(&[vec![Some(Met), Some(Met)], vec![Some(Missed), None], vec![None, None]]);
        assert_eq!((r.met, r.missed, r.unrecorded), (1, 1, 1));
        assert_eq!(r.rate(), Some(0.5));
        assert_eq!(r.describe(), "1 of 2 groups met (50%)");
        assert_eq!(r.short(), "1 of 2 (50%)");
        assert_eq!(MetRate::default().short(), "");
    }
}
