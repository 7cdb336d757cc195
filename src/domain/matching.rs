//! Ranking members for a popup: who would want to learn it, and who could lead it; and
//! the ordering and top-k selection every matcher shares (`popup match`, and the
//! listeners of `assist match` in [`super::listeners`]).
//!
//! A learner whose needs meet the popup's tags ranks above one who is only interested;
//! more needs met rank higher, then more interests met; ties go to the member who took
//! part most recently, then by name. Members whose expertise meets a tag are possible
//! experts and are ranked apart. Pure: the caller removes members who must not be offered.

use std::cmp::Ordering;

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
    /// `popup match`: wants to learn it.
    Learner,
    /// `popup match`: could lead it; `assist match`: has expertise in the challenge.
    Expert,
    /// `assist match`: took part in an assist on the same tags.
    Experienced,
    /// `assist match`: interested in the challenge's tags.
    Interested,
}

impl MatchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Learner => "learner",
            MatchKind::Expert => "expert",
            MatchKind::Experienced => "experienced",
            MatchKind::Interested => "interested",
        }
    }
}

/// One ranked member and why. Field names are the JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    pub member_id: i64,
    pub name: String,
    /// Higher is better; comparable only within one kind and one popup (for `assist
    /// match`, across kinds within one request).
    pub score: u32,
    pub kind: MatchKind,
    pub reasons: Vec<String>,
}

/// The entries of `list` that are among `tags`, sorted, once each.
pub(crate) fn met<'a>(list: &'a [String], tags: &[String]) -> Vec<&'a String> {
    let mut out: Vec<&String> = list.iter().filter(|t| tags.contains(t)).collect();
    out.sort();
    out.dedup();
    out
}

/// How many of `tags` (each counted once) are in `list`, without building a list: the
/// score of every candidate is counted, the reasons only of those shown.
pub(crate) fn met_count(list: &[String], tags: &[String]) -> u32 {
    met_count_where(tags, |t| list.contains(t))
}

/// How many of `tags` (each counted once) a member holds, by `holds`.
pub(crate) fn met_count_where(tags: &[String], holds: impl Fn(&String) -> bool) -> u32 {
    count(distinct(tags).filter(|t| holds(t)).count())
}

/// Each of `tags` once, in order.
fn distinct(tags: &[String]) -> impl Iterator<Item = &String> {
    tags.iter().enumerate().filter(|(i, t)| !tags[..*i].contains(t)).map(|(_, t)| t)
}

/// A candidate on its way to a [`Match`]: the ranking key, and which candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scored<'a> {
    pub index: usize,
    pub score: u32,
    pub kind: MatchKind,
    pub last_active: Option<DateTime<Utc>>,
    pub name: &'a str,
    pub member_id: i64,
}

/// The order of every matcher: higher score first, then the member who took part most
/// recently, then by name without regard to case, then by id. Names are compared
/// character by character, lowered on the way, so no name is copied to be compared.
pub(crate) fn order(a: &Scored, b: &Scored) -> Ordering {
    b.score
        .cmp(&a.score)
        .then_with(|| b.last_active.cmp(&a.last_active))
        .then_with(|| caseless(a.name).cmp(caseless(b.name)))
        .then_with(|| a.member_id.cmp(&b.member_id))
}

/// A name lowered character by character, as it is compared.
fn caseless(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars().flat_map(char::to_lowercase)
}

/// The best `limit` of `items` (all of them without a limit) in [`order`]. With a limit
/// only those are sorted: a selection finds them first, so a long list of candidates
/// costs a pass over it, not a full sort.
pub(crate) fn best(mut items: Vec<Scored<'_>>, limit: Option<usize>) -> Vec<Scored<'_>> {
    if let Some(k) = limit
        && k < items.len()
    {
        if k == 0 {
            items.clear();
            return items;
        }
        items.select_nth_unstable_by(k - 1, order);
        items.truncate(k);
    }
    items.sort_unstable_by(order);
    items
}

/// Candidates of equal score that reach into the best `limit` of a ranked list: to
/// order them the ranking needs to know when the `latest` of them last took part (every
/// one of them when the whole group is shown). Members are indices into the candidates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<usize>,
    pub latest: usize,
}

impl Group {
    /// Whether every member's last participation counts, not only the latest few.
    pub fn whole(&self) -> bool {
        self.latest >= self.members.len()
    }
}

/// The groups of equal score of one list (`items`) that reach into its best `limit`,
/// best first: whole groups while they fit, then the one the limit cuts.
pub(crate) fn reaching(items: &[Scored], limit: usize) -> Vec<Group> {
    let mut by_score: std::collections::BTreeMap<std::cmp::Reverse<u32>, Vec<usize>> = Default::default();
    for s in items {
        by_score.entry(std::cmp::Reverse(s.score)).or_default().push(s.index);
    }
    let mut left = limit;
    let mut out = Vec::new();
    for members in by_score.into_values() {
        if left == 0 {
            break;
        }
        let latest = left.min(members.len());
        left -= latest;
        out.push(Group { members, latest });
    }
    out
}

/// The candidates whose names a ranking with the `wanted` groups may compare or show,
/// once it knows which of them took part at all (`active`, from their last
/// participation): everyone without a limit; else every member of a group shown
/// whole, and of a group the limit cuts those who took part, or all of them when fewer
/// took part than it shows (the rest then go by name).
pub fn named(wanted: Option<&[Group]>, active: &[bool]) -> Vec<usize> {
    let Some(groups) = wanted else { return (0..active.len()).collect() };
    let mut out = Vec::new();
    for g in groups {
        let took_part: Vec<usize> = g.members.iter().copied().filter(|&i| active[i]).collect();
        if g.whole() || took_part.len() < g.latest {
            out.extend(g.members.iter().copied());
        } else {
            out.extend(took_part);
        }
    }
    out
}

/// Learners and experts of a popup with `tags`, scored, in candidate order.
fn scored<'a>(tags: &[String], candidates: &'a [Candidate]) -> (Vec<Scored<'a>>, Vec<Scored<'a>>) {
    let weight = u32::try_from(tags.len()).unwrap_or(u32::MAX - 1).saturating_add(1);
    let mut learners = Vec::new();
    let mut experts = Vec::new();
    for (index, c) in candidates.iter().enumerate() {
        let scored = |score, kind| Scored {
            index,
            score,
            kind,
            last_active: c.last_active,
            name: &c.name,
            member_id: c.member_id,
        };
        let expertise = met_count(&c.expertise, tags);
        if expertise > 0 {
            experts.push(scored(expertise, MatchKind::Expert));
            continue;
        }
        let needs = met_count(&c.needs, tags);
        let interests =
            count(distinct(tags).filter(|t| c.interests.contains(t) && !c.needs.contains(t)).count());
        if needs == 0 && interests == 0 {
            continue;
        }
        learners.push(scored(needs.saturating_mul(weight).saturating_add(interests), MatchKind::Learner));
    }
    (learners, experts)
}

/// What [`rank`] with `limit` must know of the candidates' last participation, which is
/// costly to read for many: `None` (no limit) means everyone's; else the groups in
/// which it decides who is shown. Scores come from the tags alone.
pub fn wanted(tags: &[String], candidates: &[Candidate], limit: Option<usize>) -> Option<Vec<Group>> {
    let limit = limit?;
    let (learners, experts) = scored(tags, candidates);
    Some(reaching(&learners, limit).into_iter().chain(reaching(&experts, limit)).collect())
}

/// The ranked learners and possible experts for a popup with `tags`: learners first,
/// best first, then experts, best first; at most `limit` of each kind. Members meeting
/// nothing are left out. With a limit, only the candidates [`wanted`] names need their
/// `last_active`.
pub fn rank(tags: &[String], candidates: &[Candidate], limit: Option<usize>) -> Vec<Match> {
    let (learners, experts) = scored(tags, candidates);
    best(learners, limit)
        .into_iter()
        .chain(best(experts, limit))
        .map(|s| {
            let c = &candidates[s.index];
            let reasons = if s.kind == MatchKind::Expert {
                met(&c.expertise, tags).iter().map(|t| format!("expertise: {t}")).collect()
            } else {
                let needs = met(&c.needs, tags);
                let interests = met(&c.interests, tags).into_iter().filter(|t| !needs.contains(t));
                needs
                    .iter()
                    .map(|t| format!("needs: {t}"))
                    .chain(interests.map(|t| format!("interest: {t}")))
                    .collect()
            };
            Match { member_id: c.member_id, name: c.name.clone(), score: s.score, kind: s.kind, reasons }
        })
        .collect()
}

pub(crate) fn count(n: usize) -> u32 {
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
        let r = rank(&t, &cs, None);
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
        assert_eq!(ids(&rank(&t, &cs, None)), [2, 1, 3, 4]);
    }

    #[test]
    fn experts_are_listed_apart_after_learners() {
        let t = tags(&["mapping"]);
        let cs = [cand(1, "Ana", &[], &[], &["mapping"]), cand(2, "Bo", &[], &["mapping"], &[])];
        let r = rank(&t, &cs, None);
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
            let before = rank(&t, &cs, None);
            let who = pick.index(cs.len());
            let mut more = cs.clone();
            more[who].needs.push(extra.to_string());
            let after = rank(&t, &more, None);
            let id = cs[who].member_id;
            let was = position(&before, id).unwrap_or(usize::MAX);
            let now = position(&after, id);
            prop_assert!(now.is_some());
            prop_assert!(now.unwrap_or(usize::MAX) <= was);
        }

        #[test]
        fn a_limit_keeps_the_first_of_each_kind_of_the_full_ranking(cs in candidate_strategy(), k in 0usize..6) {
            let t = tags(&["a", "b"]);
            let full = rank(&t, &cs, None);
            let first = |kind| full.iter().filter(move |m| m.kind == kind).take(k);
            let expected: Vec<Match> = first(MatchKind::Learner).chain(first(MatchKind::Expert)).cloned().collect();
            prop_assert_eq!(rank(&t, &cs, Some(k)), expected.clone());
            // The groups the limit needs hold k candidates of each kind, or all there are.
            let groups = wanted(&t, &cs, Some(k)).unwrap_or_default();
            let needed: usize = groups.iter().map(|g| g.latest).sum();
            let listed = |kind| full.iter().filter(|m| m.kind == kind).count().min(k);
            prop_assert_eq!(needed, listed(MatchKind::Learner) + listed(MatchKind::Expert));
            // Names the ranking does not need may stay unread.
            let active: Vec<bool> = cs.iter().map(|c| c.last_active.is_some()).collect();
            let keep = named(Some(&groups), &active);
            let mut unnamed = cs.clone();
            for (i, c) in unnamed.iter_mut().enumerate() {
                if !keep.contains(&i) {
                    c.name.clear();
                }
            }
            prop_assert_eq!(rank(&t, &unnamed, Some(k)), expected);
        }

        #[test]
        fn needs_always_rank_above_interests_only(cs in candidate_strategy()) {
            let t = tags(&["a", "b"]);
            let r = rank(&t, &cs, None);
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
