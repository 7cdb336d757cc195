//! Generated sessions: three years of meetups, trainings, coaching and reading groups
//! (a few still to come), with their facilitators, attendance or RSVPs.

use chrono::{DateTime, Duration, Utc};

use super::draw::{Draw, title_case};
use super::{HISTORY_DAYS, Made, People, broken_field};
use crate::domain::session::{Response, Rsvp, SessionFields, SessionKind};
use crate::error::Result;
use crate::store::{Db, bulk, sessions};

/// Attendance rows per session held, on average.
const ATTENDANCE_PER_SESSION: u32 = 50;

/// One session as drafted, with who comes.
pub struct Drafted {
    pub uuid: String,
    pub fields: SessionFields,
    pub created_at: DateTime<Utc>,
    pub cancelled: bool,
    pub facilitators: Vec<i64>,
    /// Who attended a past session, or answered one to come.
    pub attendees: Vec<i64>,
    pub rsvps: Vec<Rsvp>,
}

pub fn write(db: &Db, d: &mut Draw, count: u32, people: &People, made: &mut Made) -> Result<()> {
    if count == 0 || people.count == 0 {
        return Ok(());
    }
    let upcoming = (count / 50).max(1);
    let mut starts: Vec<DateTime<Utc>> = (0..count)
        .map(|i| {
            let days = if i < upcoming { -d.rng.i64(1..=90) } else { d.rng.i64(1..=HISTORY_DAYS as i64) };
            d.moment(days)
        })
        .collect();
    starts.sort_unstable();
    // Held sessions, less the 3% cancelled ones, carry all the attendance.
    let held = (u64::from(count - upcoming) * 97 / 100).max(1);
    let per_session = (u64::from(ATTENDANCE_PER_SESSION) * u64::from(count)).div_ceil(held) as usize;
    for starts_at in starts {
        let s = draft(d, starts_at, per_session, people);
        s.fields.check().map_err(broken_field("session"))?;
        let at = bulk::at(db, s.created_at);
        let id = sessions::insert_as(&at, &s.fields, &s.uuid)?;
        sessions::add_facilitators(&at, id, &s.facilitators)?;
        made.sessions += 1;
        made.upcoming += u64::from(starts_at >= d.now);
        if s.cancelled {
            sessions::cancel(&at, id, Some("the facilitator fell ill"))?;
        }
        // Attendance is taken when the session is held.
        sessions::add_attendances(&bulk::at(db, starts_at), id, &s.attendees)?;
        sessions::save_rsvps(&at, id, &[], &s.rsvps)?;
        made.attendance += s.attendees.len() as u64;
        made.rsvps += s.rsvps.len() as u64;
    }
    Ok(())
}

/// A session starting at `starts_at`, attended (or answered) by about `per_session`.
pub fn draft(d: &mut Draw, starts_at: DateTime<Utc>, per_session: usize, people: &People) -> Drafted {
    let w = d.words;
    let past = starts_at < d.now;
    let kind = match d.rng.u32(0..100) {
        0..60 => SessionKind::Meetup,
        60..75 => SessionKind::Training,
        75..85 => SessionKind::Coaching,
        85..95 => SessionKind::Reading,
        _ => SessionKind::Other,
    };
    let topic = title_case(w.tags[d.skewed(people.interested.len(), 1.8)]);
    let title = match kind {
        SessionKind::Meetup => format!("Brown-bag hour: {topic}"),
        SessionKind::Training => format!("{topic} training"),
        SessionKind::Coaching => format!("Coaching circle on {}", topic.to_lowercase()),
        SessionKind::Reading => format!("Reading group: {topic}"),
        _ => "Community call".to_string(),
    };
    let online = kind != SessionKind::Training || d.rng.bool();
    let cancelled = d.rng.u32(0..100) < 3;
    let created_at = (starts_at - Duration::days(d.rng.i64(3..30))).min(d.now);
    let trainer = (kind == SessionKind::Training && !people.trainers.is_empty())
        .then(|| d.pick(&people.trainers).clone());
    let fields = SessionFields {
        kind,
        title,
        starts_at,
        minutes: *d.pick(&[60, 60, 90, 120]),
        link: online.then(|| "https://meet.example.org/weavers".to_string()),
        location: (!online).then(|| "Community hall".to_string()),
        trainer,
        ..SessionFields::default()
    };
    let mut facilitators = Vec::new();
    if !people.facilitators.is_empty() {
        for _ in 0..if d.rng.u32(0..5) == 0 { 2 } else { 1 } {
            facilitators.push(*d.pick(&people.facilitators));
        }
    }
    let (mut attendees, mut rsvps) = (Vec::new(), Vec::new());
    if !cancelled {
        let spread = per_session * 2 / 5;
        let k = d.rng.usize(per_session - spread..=per_session + spread);
        for m in d.distinct(people.count, k, 1.5) {
            let member_id = m as i64 + 1;
            if past {
                attendees.push(member_id);
            } else {
                let response = match d.rng.u32(0..100) {
                    0..70 => Response::Yes,
                    70..85 => Response::Maybe,
                    85..95 => Response::No,
                    _ => Response::Invited,
                };
                rsvps.push(Rsvp { member_id, response, position: 0 });
            }
        }
    }
    Drafted { uuid: d.uuid(), fields, created_at, cancelled, facilitators, attendees, rsvps }
}

#[cfg(test)]
mod tests {
    use super::super::draw::tests::draw;
    use super::super::words::Words;
    use super::*;

    #[test]
    fn drafted_sessions_keep_the_record_rules_and_only_held_ones_have_attendance() {
        let words = Words::load().unwrap();
        let mut d = draw(&words, 7);
        let people = People {
            count: 200,
            facilitators: vec![1, 2, 3],
            trainers: vec!["Ana Souza".into()],
            interested: vec![Vec::new(); words.tags.len()],
        };
        for days in -90..400 {
            let starts_at = d.moment(days);
            let s = draft(&mut d, starts_at, 50, &people);
            s.fields.check().unwrap();
            assert!(s.created_at <= d.now && s.created_at < starts_at);
            assert!(!s.facilitators.is_empty());
            if s.cancelled || starts_at >= d.now {
                assert!(s.attendees.is_empty());
            }
            if starts_at < d.now {
                assert!(s.rsvps.is_empty());
            }
            assert!(
                s.attendees.iter().chain(s.rsvps.iter().map(|r| &r.member_id)).all(|m| (1..=200).contains(m))
            );
        }
    }
}
