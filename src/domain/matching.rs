//! Ranking members for a popup: who would want to learn it, and who could lead it.
//!
//! A learner whose needs meet the popup's tags ranks above one who is only interested;
//! more needs met rank higher, then more interests met; ties go to the member who took
//! part most recently, then by name. Members whose expertise meets a tag are possible
//! experts and are ranked apart. Pure: the caller removes members who must not be offered.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// What the matcher knows about one member.
#[derive(Clone, Debug, Default)]
pub struct Candidate {
    pub member_id: i64,
    pub name: String,
    pub interests: Vec<String>,
    pub needs: Vec<String>,
    pub expertise: Vec<String>,
    /// The latest time they took part in anything (sessions, facilitation, assists, popups).
    pub last_active: Option<DateTime<Utc>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Learner,
    Expert,
}

impl MatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Learner => "learner",
            MatchKind::Expert => "expert",
        }
    }
}

/// One ranked member and why. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    pub member_id: i64,
    pub name: String,
    /// Higher is better; comparable only within one kind and one popup.
    pub score: u32,
    pub kind: MatchKind,
    pub reasons: Vec<String>,
}

fn met<'a>(list: &'a [String], tags: &[String]) -> Vec<&'a String> {
    let mut out: Vec<&String> = list.iter().filter(|t| tags.contains(t)).collect();
    out.sort();
    out.dedup();
    out
}

/// The ranked learners and possible experts for a popup with `tags`: learners first,
/// best first, then experts, best first. Members meeting nothing are left out.
pub fn rank(tags: &[String], candidates: &[Candidate]) -> Vec<Match> {
    let weight = u32::try_from(tags.len()).unwrap_or(u32::MAX - 1).saturating_add(1);
    let mut learners = Vec::new();
    let mut experts = Vec::new();
    for c in candidates {
        let expertise = met(&c.expertise, tags);
        if !expertise.is_empty() {
            let reasons = expertise.iter().map(|t| format!("expertise: {t}")).collect();
            experts.push(Ranked::new(c, count(expertise.len()), reasons));
            continue;
        }
        let needs = met(&c.needs, tags);
        let interests: Vec<&String> =
            met(&c.interests, tags).into_iter().filter(|t| !needs.contains(t)).collect();
        if needs.is_empty() && interests.is_empty() {
            continue;
        }
        let score = count(needs.len()).saturating_mul(weight).saturating_add(count(interests.len()));
        let reasons = needs
            .iter()
            .map(|t| format!("needs: {t}"))
            .chain(interests.iter().map(|t| format!("interest: {t}")))
            .collect();
        learners.push(Ranked::new(c, score, reasons));
    }
    // Names are lowered once each rather than at every comparison of the sort.
    let order = |a: &Ranked, b: &Ranked| {
        b.score
            .cmp(&a.score)
            .then_with(|| b.candidate.last_active.cmp(&a.candidate.last_active))
            .then_with(|| a.lower_name.cmp(&b.lower_name))
            .then_with(|| a.candidate.member_id.cmp(&b.candidate.member_id))
    };
    learners.sort_by(order);
    experts.sort_by(order);
    let make = |kind| {
        move |r: Ranked| Match {
            member_id: r.candidate.member_id,
            name: r.candidate.name.clone(),
            score: r.score,
            kind,
            reasons: r.reasons,
        }
    };
    learners
        .into_iter()
        .map(make(MatchKind::Learner))
        .chain(experts.into_iter().map(make(MatchKind::Expert)))
        .collect()
}

/// A candidate on the way to a [`Match`], with the key the sort needs.
struct Ranked<'a> {
    candidate: &'a Candidate,
    score: u32,
    reasons: Vec<String>,
    lower_name: String,
}

impl<'a> Ranked<'a> {
    fn new(candidate: &'a Candidate, score: u32, reasons: Vec<String>) -> Self {
        Ranked { candidate, score, reasons, lower_name: candidate.name.to_lowercase() }
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn cand(id: i64, name: &str, needs: &[&str], interests: &[&str], expertise: &[&str]) -> Candidate {
        Candidate {
            member_id: id,
            name: name.into(),
            needs: tags(needs),
            interests: tags(interests),
            expertise: tags(expertise),
            last_active: None,
        }
    }

    fn ids(ms: &[Match]) -> Vec<i64> {
        ms.iter().map(|m| m.member_id).collect()
    }

    #[test]
    fn needs_rank_above_interests_and_nothing_is_not_listed() {
        let t = tags(&["mapping"]);
        let cs = [
            cand(1, "Ana", &[], &["mapping"], &[]),
            cand(2, "Bo", &["mapping"], &[], &[]),
            cand(3, "Cy", &["cooking"], &["art"], &[]),
        ];
        let r = rank(&t, &cs);
        assert_eq!(ids(&r), [2, 1]);
        assert_eq!(r[0].reasons, ["needs: mapping"]);
        assert_eq!(r[1].reasons, ["interest: mapping"]);
    }

    #[test]
    fn more_tags_met_rank_higher_and_ties_go_to_recent_then_name() {
        let t = tags(&["a", "b"]);
        let mut recent = cand(1, "Zed", &["a"], &[], &[]);
        recent.last_active = Some(Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap());
        let cs = [
            cand(4, "Bea", &["a"], &[], &[]),
            cand(3, "Abe", &["a"], &[], &[]),
            recent,
            cand(2, "Two", &["a", "b"], &[], &[]),
        ];
        assert_eq!(ids(&rank(&t, &cs)), [2, 1, 3, 4]);
    }

    #[test]
    fn experts_are_listed_apart_after_learners() {
        let t = tags(&["mapping"]);
        let cs = [cand(1, "Ana", &[], &[], &["mapping"]), cand(2, "Bo", &[], &["mapping"], &[])];
        let r = rank(&t, &cs);
        assert_eq!(ids(&r), [2, 1]);
        assert_eq!(r[1].kind, MatchKind::Expert);
        assert_eq!(r[1].reasons, ["expertise: mapping"]);
    }

    fn position(r: &[Match], id: i64) -> Option<usize> {
        r.iter().position(|m| m.member_id == id)
    }

    fn candidate_strategy() -> impl Strategy<Value = Vec<Candidate>> {
        let tag = prop::sample::select(vec!["a", "b", "c", "d", "e"]);
        let list = prop::collection::vec(tag, 0..4);
        prop::collection::vec((list.clone(), list, prop::option::of(0i64..5), "[A-E][a-z]{0,2}"), 1..8)
            .prop_map(|rows| {
                rows.into_iter()
                    .enumerate()
                    .map(|(i, (needs, interests, day, name))| Candidate {
                        member_id: i as i64 + 1,
                        name,
                        needs: needs.into_iter().map(String::from).collect(),
                        interests: interests.into_iter().map(String::from).collect(),
                        expertise: Vec::new(),
                        last_active: day
                            .map(|d| Utc.with_ymd_and_hms(2026, 1, 1 + d as u32, 0, 0, 0).unwrap()),
                    })
                    .collect()
            })
    }

    proptest! {
        #[test]
        fn adding_a_need_that_meets_the_popup_never_lowers_a_rank(
            cs in candidate_strategy(),
            pick in any::<prop::sample::Index>(),
            extra in prop::sample::select(vec!["a", "b", "c"]),
        ) {
            let t = tags(&["a", "b", "c"]);
            let before = rank(&t, &cs);
            let who = pick.index(cs.len());
            let mut more = cs.clone();
            more[who].needs.push(extra.to_string());
            let after = rank(&t, &more);
            let id = cs[who].member_id;
            let was = position(&before, id).unwrap_or(usize::MAX);
            let now = position(&after, id);
            prop_assert!(now.is_some());
            prop_assert!(now.unwrap_or(usize::MAX) <= was);
        }

        #[test]
        fn needs_always_rank_above_interests_only(cs in candidate_strategy()) {
            let t = tags(&["a", "b"]);
            let r = rank(&t, &cs);
            let has_need = |m: &Match| m.reasons.iter().any(|x| x.starts_with("needs:"));
            let first_interest_only = r.iter().position(|m| !has_need(m));
            if let Some(i) = first_interest_only {
                prop_assert!(r[i..].iter().all(|m| !has_need(m)));
            }
            prop_assert!(r.iter().all(|m| !m.reasons.is_empty()));
            prop_assert!(r.windows(2).all(|w| w[0].score >= w[1].score));
        }
    }
}
