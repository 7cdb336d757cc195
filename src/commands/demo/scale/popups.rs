//! Generated learning popups: proposed over the community's history on one to three
//! tags, most of the older ones done by now, with members drawn mostly from those
//! interested in their main topic.

use chrono::{DateTime, Duration, Utc};

use super::draw::Draw;
use super::{HISTORY_DAYS, Made, People, broken_field};
use crate::domain::popup::{Participation, PopupFields, PopupStatus};
use crate::error::Result;
use crate::store::{Db, bulk, popups};

/// One popup as drafted: where it stands, when, and who holds a place in it.
pub struct Drafted {
    pub uuid: String,
    pub fields: PopupFields,
    pub created_at: DateTime<Utc>,
    pub status: PopupStatus,
    /// When a done or cancelled popup closed.
    pub closed_at: Option<DateTime<Utc>>,
    pub places: Vec<(i64, Participation)>,
}

pub fn write(db: &Db, d: &mut Draw, count: u32, people: &People, made: &mut Made) -> Result<()> {
    if people.count == 0 {
        return Ok(());
    }
    let mut created: Vec<i64> = (0..count).map(|_| d.rng.i64(0..=HISTORY_DAYS as i64)).collect();
    created.sort_unstable_by(|a, b| b.cmp(a));
    for days_ago in created {
        let p = draft(d, days_ago, people);
        p.fields.check().map_err(broken_field("popup"))?;
        let at = bulk::at(db, p.created_at);
        let id = popups::insert_as(&at, &p.fields, &p.uuid)?;
        popups::set_members(&at, id, &p.places)?;
        if p.status != PopupStatus::Proposed {
            let outcome =
                (p.status == PopupStatus::Done).then_some("Most left with a plan to try it at home.");
            popups::set_status(&bulk::at(db, p.closed_at.unwrap_or(p.created_at)), id, p.status, outcome)?;
        }
        made.popups += 1;
        made.popup_members += p.places.len() as u64;
    }
    Ok(())
}

/// A popup proposed `days_ago` days ago.
pub fn draft(d: &mut Draw, days_ago: i64, people: &People) -> Drafted {
    let w = d.words;
    let created_at = d.moment(days_ago).min(d.now);
    let k = d.rng.usize(1..=3);
    let topics = d.distinct(people.interested.len(), k, 1.8);
    let main = w.tags[topics[0]];
    let status = match (days_ago > 120, d.rng.u32(0..100)) {
        (true, 0..60) => PopupStatus::Done,
        (true, 60..70) => PopupStatus::Cancelled,
        (true, 70..80) => PopupStatus::Scheduled,
        (false, 0..30) => PopupStatus::Scheduled,
        (false, 30..40) => PopupStatus::Done,
        _ => PopupStatus::Proposed,
    };
    let closed_at = (!status.is_open()).then(|| (created_at + Duration::days(d.rng.i64(20..90))).min(d.now));
    let needs_expert = d.rng.u32(0..10) < 4;
    let title = format!("{} {}", d.pick(&w.openings), main.replace('-', " "));
    let fields = PopupFields {
        title,
        description: d.rng.bool().then(|| "A short, practical session proposed by a member.".to_string()),
        proposer_id: Some(people.someone(d)),
        needs_expert,
        expert_id: (needs_expert && d.rng.bool()).then(|| people.someone(d)),
        external_expert: None,
        max_members: (d.rng.u32(0..10) < 3).then(|| d.rng.u32(8..=20)),
        tags: topics.iter().map(|t| w.tags[*t].to_string()).collect(),
    };
    let fans = &people.interested[topics[0]];
    let mut places: Vec<(i64, Participation)> = Vec::new();
    for _ in 0..d.rng.u32(3..=15) {
        let member = if !fans.is_empty() && d.rng.u32(0..5) > 0 { *d.pick(fans) } else { people.someone(d) };
        if places.iter().any(|(m, _)| *m == member) {
            continue;
        }
        let place = match d.rng.u32(0..10) {
            0..6 => Participation::Joined,
            6..8 => Participation::Invited,
            8 => Participation::Waiting,
            _ => Participation::Declined,
        };
        places.push((member, place));
    }
    Drafted { uuid: d.uuid(), fields, created_at, status, closed_at, places }
}

#[cfg(test)]
mod tests {
    use super::super::draw::tests::draw;
    use super::super::words::Words;
    use super::*;

    #[test]
    fn drafted_popups_keep_the_record_rules_and_close_only_when_done_or_cancelled() {
        let words = Words::load().unwrap();
        let mut d = draw(&words, 13);
        let mut interested = vec![Vec::new(); words.tags.len()];
        interested[0] = vec![3, 5, 8];
        let people = People { count: 40, facilitators: Vec::new(), trainers: Vec::new(), interested };
        for days_ago in 0..400 {
            let p = draft(&mut d, days_ago, &people);
            p.fields.check().unwrap();
            assert_eq!(p.closed_at.is_some(), !p.status.is_open());
            assert!(p.closed_at.is_none_or(|c| c >= p.created_at && c <= d.now));
            assert!((1..=3).contains(&p.fields.tags.len()));
            let mut members: Vec<i64> = p.places.iter().map(|(m, _)| *m).collect();
            members.dedup();
            assert_eq!(members.len(), p.places.len(), "one place each");
            assert!(members.iter().all(|m| (1..=40).contains(m)));
        }
    }
}
