//! Ranking possible listeners for a peer assist request (`assist match`).
//!
//! Listeners are chosen for relevant experience: members whose expertise meets the
//! request's tags come first ([`MatchKind::Expert`]), then members who took part in an
//! assist on the same tags ([`MatchKind::Experienced`]), then members interested in them
//! ([`MatchKind::Interested`]); a learning need alone makes no listener. Within each of
//! these, a member who listened to one of the presenters in the last [`RECENT_DAYS`]
//! days ranks lower, and so does one already busy (a listener in [`BUSY`] or more
//! assists held or planned within [`BUSY_DAYS`] days of now), so the same few are not
//! asked every time; the reasons say so. Then more tags met rank higher, and ties go as
//! in `popup match`: the member who took part most recently, then by name. Pure: the
//! caller leaves out the presenters and everyone already asked.

use chrono::{DateTime, Duration, Utc};

use super::matching::{
    Candidate, Group, Match, MatchKind, Scored, best, count, met, met_count, met_count_where, reaching,
};

/// Listening to the same presenter within this many days counts against a listener.
pub const RECENT_DAYS: i64 = 180;
/// Assists within this many days of now, either side, count as a listener's load.
pub const BUSY_DAYS: i64 = 30;
/// A listener in this many assists within [`BUSY_DAYS`] is busy.
pub const BUSY: u32 = 3;

/// What the ranking knows about one possible listener.
#[derive(Clone, Debug, Default)]
pub struct Listener {
    /// Their name, interests and expertise among the request's tags, and when they last
    /// took part in anything (their needs are not read).
    pub member: Candidate,
    /// The request's tags on which they took part in assists held before, with how many.
    pub assists_on: Vec<(String, u32)>,
    /// Assists they are a listener in, held or planned within [`BUSY_DAYS`] of now.
    pub busy: u32,
    /// When they last listened to one of the request's presenters, and that presenter's name.
    pub heard: Option<(DateTime<Utc>, String)>,
}

impl Listener {
    /// The presenter they listened to within [`RECENT_DAYS`], and how many days ago.
    fn heard_recently(&self, now: DateTime<Utc>) -> Option<(&str, i64)> {
        let (at, who) = self.heard.as_ref()?;
        let days = (now - *at).num_days().max(0);
        (now - *at < Duration::days(RECENT_DAYS)).then_some((who.as_str(), days))
    }
}

/// Every listener that meets the request, scored, in candidate order.
fn scored<'a>(tags: &[String], listeners: &'a [Listener], now: DateTime<Utc>) -> Vec<Scored<'a>> {
    let weight = u64::try_from(tags.len()).unwrap_or(u64::MAX).saturating_add(1);
    let mut out = Vec::new();
    for (index, l) in listeners.iter().enumerate() {
        let c = &l.member;
        let expertise = met_count(&c.expertise, tags);
        let assists = met_count_where(tags, |t| l.assists_on.iter().any(|(x, _)| x == t));
        let interests = met_count(&c.interests, tags);
        let (tier, kind) = if expertise > 0 {
            (3, MatchKind::Expert)
        } else if assists > 0 {
            (2, MatchKind::Experienced)
        } else if interests > 0 {
            (1, MatchKind::Interested)
        } else {
            continue;
        };
        let penalties = u64::from(l.heard_recently(now).is_some()) + u64::from(l.busy >= BUSY);
        // Digits of base `weight`, most significant first: the tier less its penalties,
        // then tags met by expertise, by past assists, by interests.
        let score = [tier * 3 + 2 - penalties, expertise.into(), assists.into(), interests.into()]
            .into_iter()
            .fold(0u64, |acc, digit| acc.saturating_mul(weight).saturating_add(digit));
        out.push(Scored {
            index,
            score: u32::try_from(score).unwrap_or(u32::MAX),
            kind,
            last_active: c.last_active,
            name: &c.name,
            member_id: c.member_id,
        });
    }
    out
}

/// What [`rank`] with `limit` must know of the listeners' last participation: `None`
/// (no limit) means everyone's; else the groups in which it decides who is shown.
pub fn wanted(
    tags: &[String],
    listeners: &[Listener],
    now: DateTime<Utc>,
    limit: Option<usize>,
) -> Option<Vec<Group>> {
    Some(reaching(&scored(tags, listeners, now), limit?))
}

/// The possible listeners for a request with `tags`, best first, at most `limit`.
pub fn rank(tags: &[String], listeners: &[Listener], now: DateTime<Utc>, limit: Option<usize>) -> Vec<Match> {
    best(scored(tags, listeners, now), limit)
        .into_iter()
        .map(|s| {
            let l = &listeners[s.index];
            let mut reasons: Vec<String> =
                met(&l.member.expertise, tags).iter().map(|t| format!("expertise: {t}")).collect();
            let mut assists: Vec<&(String, u32)> =
                l.assists_on.iter().filter(|(t, _)| tags.contains(t)).collect();
            assists.sort();
            assists.dedup_by(|a, b| a.0 == b.0);
            for (t, n) in assists {
                reasons.push(match n {
                    1 => format!("took part in an assist on {t}"),
                    n => format!("took part in {n} assists on {t}"),
                });
            }
            reasons.extend(met(&l.member.interests, tags).iter().map(|t| format!("interest: {t}")));
            if let Some((who, days)) = l.heard_recently(now) {
                reasons.push(match days {
                    0 => format!("listened to {who} today"),
                    1 => format!("listened to {who} yesterday"),
                    d => format!("listened to {who} {d} days ago"),
                });
            }
            if l.busy >= BUSY {
                reasons.push(format!("busy: a listener in {} assists within {BUSY_DAYS} days", l.busy));
            }
            Match {
                member_id: l.member.member_id,
                name: l.member.name.clone(),
                score: s.score,
                kind: s.kind,
                reasons,
            }
        })
        .collect()
}

/// How many of `n` listeners a request has: "2 of 6".
pub fn filled(listeners: usize, size: Option<u32>) -> String {
    match size {
        Some(s) => format!("{listeners} of {s}"),
        None => count(listeners).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 24, 16, 0, 0).unwrap()
    }

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn listener(id: i64, name: &str, expertise: &[&str], assists: &[&str], interests: &[&str]) -> Listener {
        Listener {
            member: Candidate {
                member_id: id,
                name: name.into(),
                expertise: strings(expertise),
                interests: strings(interests),
                ..Candidate::default()
            },
            assists_on: assists.iter().map(|t| (t.to_string(), 1)).collect(),
            ..Listener::default()
        }
    }

    fn ids(ms: &[Match]) -> Vec<i64> {
        ms.iter().map(|m| m.member_id).collect()
    }

    #[test]
    fn expertise_ranks_above_past_assists_above_interests_and_needs_alone_are_left_out() {
        let t = strings(&["funding"]);
        let mut needs_only = listener(4, "Dee", &[], &[], &[]);
        needs_only.member.needs = strings(&["funding"]);
        let ls = [
            listener(1, "Ana", &[], &[], &["funding"]),
            listener(2, "Bo", &[], &["funding"], &[]),
            listener(3, "Cy", &["funding"], &[], &[]),
            needs_only,
        ];
        let r = rank(&t, &ls, now(), None);
        assert_eq!(ids(&r), [3, 2, 1]);
        assert_eq!(
            r.iter().map(|m| m.kind).collect::<Vec<_>>(),
            [MatchKind::Expert, MatchKind::Experienced, MatchKind::Interested]
        );
        assert_eq!(r[0].reasons, ["expertise: funding"]);
        assert_eq!(r[1].reasons, ["took part in an assist on funding"]);
        assert_eq!(r[2].reasons, ["interest: funding"]);
    }

    #[test]
    fn an_expert_who_also_took_part_in_such_an_assist_ranks_above_one_who_did_not() {
        let t = strings(&["funding", "boards"]);
        let ls = [
            listener(1, "Ana", &["funding"], &[], &["boards"]),
            listener(2, "Bo", &["funding"], &["funding"], &[]),
            listener(3, "Cy", &["funding", "boards"], &[], &[]),
        ];
        assert_eq!(ids(&rank(&t, &ls, now(), None)), [3, 2, 1]);
    }

    #[test]
    fn a_busy_listener_or_one_who_heard_the_presenter_lately_ranks_lower_and_is_told_why() {
        let t = strings(&["funding"]);
        let mut busy = listener(1, "Ana", &["funding"], &[], &[]);
        busy.busy = 3;
        let mut heard = listener(2, "Bo", &["funding"], &[], &[]);
        heard.heard = Some((now() - Duration::days(40), "Pat".into()));
        let mut long_ago = listener(3, "Cy", &["funding"], &[], &[]);
        long_ago.heard = Some((now() - Duration::days(400), "Pat".into()));
        let mut two = listener(4, "Dee", &["funding"], &[], &[]);
        two.busy = 2;
        let interested = listener(5, "Eve", &[], &[], &["funding"]);
        let r = rank(&t, &[busy, heard, long_ago, two, interested], now(), None);
        assert_eq!(ids(&r), [3, 4, 1, 2, 5], "penalised experts still above the merely interested");
        assert_eq!(r[2].reasons, ["expertise: funding", "busy: a listener in 3 assists within 30 days"]);
        assert_eq!(r[3].reasons, ["expertise: funding", "listened to Pat 40 days ago"]);
        assert_eq!(r[0].reasons, ["expertise: funding"], "a year ago is not recent");
    }

    fn listener_strategy() -> impl Strategy<Value = Vec<Listener>> {
        let tag = prop::sample::select(vec!["a", "b", "c"]);
        let list = prop::collection::vec(tag, 0..3);
        prop::collection::vec(
            (list.clone(), list.clone(), list, 0u32..5, prop::option::of(0i64..400), 0i64..4),
            1..10,
        )
        .prop_map(|rows| {
            rows.into_iter()
                .enumerate()
                .map(|(i, (e, a, n, busy, heard, active))| Listener {
                    member: Candidate {
                        member_id: i as i64 + 1,
                        name: format!("M{}", i % 3),
                        expertise: e.into_iter().map(String::from).collect(),
                        interests: n.into_iter().map(String::from).collect(),
                        last_active: Some(now() - Duration::days(active)),
                        ..Candidate::default()
                    },
                    assists_on: a.into_iter().map(|t| (t.to_string(), 1)).collect(),
                    busy,
                    heard: heard.map(|d| (now() - Duration::days(d), "Pat".to_string())),
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn tiers_hold_whatever_the_load_and_a_limit_keeps_the_first(ls in listener_strategy(), k in 0usize..6) {
            let t = strings(&["a", "b"]);
            let full = rank(&t, &ls, now(), None);
            let tier = |m: &Match| match m.kind { MatchKind::Expert => 3, MatchKind::Experienced => 2, _ => 1 };
            prop_assert!(full.windows(2).all(|w| tier(&w[0]) >= tier(&w[1])));
            prop_assert!(full.windows(2).all(|w| w[0].score >= w[1].score));
            prop_assert!(full.iter().all(|m| !m.reasons.is_empty()));
            let limited = rank(&t, &ls, now(), Some(k));
            prop_assert_eq!(&limited[..], &full[..k.min(full.len())]);
            let needed: usize = wanted(&t, &ls, now(), Some(k)).unwrap_or_default().iter().map(|g| g.latest).sum();
            prop_assert_eq!(needed, k.min(full.len()));
        }

        #[test]
        fn getting_busier_never_raises_a_listener(ls in listener_strategy(), pick in any::<prop::sample::Index>()) {
            let t = strings(&["a", "b"]);
            let who = pick.index(ls.len());
            let before = rank(&t, &ls, now(), None);
            let mut busier = ls.clone();
            busier[who].busy += BUSY;
            let after = rank(&t, &busier, now(), None);
            let id = ls[who].member.member_id;
            let at = |r: &[Match]| r.iter().position(|m| m.member_id == id);
            prop_assert!(at(&after) >= at(&before));
        }
    }
}
