//! Generated peer assists: logged with every step walked, the people in their roles,
//! and next steps that mostly got done, the longer ago they were due the likelier.

use chrono::{DateTime, Days, Duration, Utc};

use super::draw::Draw;
use super::{HISTORY_DAYS, Made, People, broken};
use crate::domain::assist::{AssistStatus, MemberRef, NextStep, PeerAssist};
use crate::error::Result;
use crate::store::{Db, assists, bulk, timestamp};

pub fn write(db: &Db, d: &mut Draw, count: u32, people: &People, made: &mut Made) -> Result<()> {
    if people.count < 2 {
        return Ok(());
    }
    let mut held: Vec<DateTime<Utc>> = (0..count)
        .map(|_| {
            let days = d.rng.i64(1..=HISTORY_DAYS as i64);
            d.moment(days)
        })
        .collect();
    held.sort_unstable();
    for at in held {
        let a = draft(d, at, people);
        a.check().map_err(|(field, why)| broken("assist", format!("{field}: {why}")))?;
        assists::insert_as(&bulk::at(db, at), &a, &mut || d.uuid())?;
        made.assists += 1;
        made.next_steps += a.next_steps.len() as u64;
        made.open_steps += a.open_steps() as u64;
    }
    Ok(())
}

/// An assist held at `at` among the community's people.
pub fn draft(d: &mut Draw, at: DateTime<Utc>, people: &People) -> PeerAssist {
    let w = d.words;
    let today = d.now.date_naive();
    let tag = w.tags[d.skewed(people.interested.len(), 1.8)];
    let stamp = timestamp(at);
    let minutes = *d.pick(&[45, 45, 60, 90]);
    let challenge = d.pick(&w.challenges).replace("{tag}", tag);
    let group = d.rng.bool().then(|| d.pick(&w.groups).to_string());
    let continue_discussion = d.rng.u32(0..5) == 0;
    let k = d.rng.usize(5..=8);
    let people_here: Vec<i64> = d.distinct(people.count, k, 1.5).into_iter().map(|m| m as i64 + 1).collect();
    let presenter = people_here[0];
    let facilitator = match people.facilitators.is_empty() {
        true => people_here[1],
        false => *d.pick(&people.facilitators),
    };
    let mut next_steps = Vec::new();
    for _ in 0..d.rng.usize(1..=3) {
        let owner = if d.rng.u32(0..4) == 0 { *d.pick(&people_here) } else { presenter };
        let due = (d.rng.u32(0..10) > 0).then(|| at.date_naive() + Days::new(d.rng.u64(7..=42)));
        // Steps get done, mostly: the longer ago they were due, the likelier.
        let due_by = due.unwrap_or(at.date_naive() + Days::new(30));
        let done_share = match (today - due_by).num_days() {
            ..0 => 0,
            0..60 => 70,
            _ => 97,
        };
        let done_at = (d.rng.u32(0..100) < done_share)
            .then(|| timestamp(at + Duration::days(d.rng.i64(2..30))).min(timestamp(d.now)));
        next_steps.push(NextStep {
            id: None,
            text: d.pick(&w.steps).replace("{tag}", tag).replace("{who}", "the presenter"),
            owner_id: Some(MemberRef::Id(owner)),
            due: due.map(|day| day.format("%Y-%m-%d").to_string()),
            done_at,
        });
    }
    PeerAssist {
        date: Some(stamp),
        minutes,
        challenge,
        group,
        presenters: vec![MemberRef::Id(presenter)],
        listeners: people_here[1..].iter().map(|m| MemberRef::Id(*m)).collect(),
        facilitators: vec![MemberRef::Id(facilitator)],
        situation: Some("Two years in, the network has grown faster than its habits.".into()),
        response: Some("Start small: one shared practice, revisited in a month.".into()),
        reflection: Some("Hearing the questions helped more than the ideas.".into()),
        next_steps,
        continue_discussion,
        status: AssistStatus::Logged,
        tags: vec![tag.to_string()],
        // Every step walked.
        current_step: 8,
        ..PeerAssist::default()
    }
}

#[cfg(test)]
mod tests {
    use super::super::draw::tests::draw;
    use super::super::words::Words;
    use super::*;

    #[test]
    fn drafted_assists_keep_the_record_rules_and_name_members_who_exist() {
        let words = Words::load().unwrap();
        let mut d = draw(&words, 11);
        for facilitators in [vec![], vec![4, 9]] {
            let people =
                People { count: 12, facilitators, trainers: Vec::new(), interested: vec![Vec::new(); 5] };
            for days in 1..300 {
                let at = d.moment(days);
                let a = draft(&mut d, at, &people);
                a.check().unwrap();
                assert!(!a.next_steps.is_empty() && a.presenters.len() == 1 && a.facilitators.len() == 1);
                let ids = a.presenters.iter().chain(&a.listeners).chain(&a.facilitators);
                assert!(ids.into_iter().all(|r| matches!(r, MemberRef::Id(1..=12))));
                assert!(a.next_steps.iter().all(|s| s.done_at.as_deref() <= Some(&timestamp(d.now))));
            }
        }
    }
}
