//! Generated members: names, roles, regions, tags and weekly windows, joining over the
//! community's history (ids in joining order, so the earliest take part the most).

use chrono::{DateTime, Days, Duration, Utc, Weekday};

use super::draw::Draw;
use super::{HISTORY_DAYS, Made, People, Sizes, broken};
use crate::domain::member::{Availability, Profile, Role, Status, TagKind};
use crate::error::Result;
use crate::store::{Db, bulk, members};

/// One member as drafted: their profile, when they joined, and which tags of the
/// vocabulary (by index) they are interested in.
pub struct Drafted {
    pub uuid: String,
    pub profile: Profile,
    pub joined_at: DateTime<Utc>,
    pub interests: Vec<usize>,
}

pub fn write(db: &Db, d: &mut Draw, sizes: Sizes, vocabulary: usize, made: &mut Made) -> Result<People> {
    let mut people = People {
        count: sizes.members as usize,
        facilitators: Vec::new(),
        trainers: Vec::new(),
        interested: vec![Vec::new(); vocabulary],
    };
    for i in 0..sizes.members {
        let m = draft(d, i, sizes, vocabulary);
        m.profile.check().map_err(|e| broken("member", e))?;
        let id = members::insert(&bulk::at(db, m.joined_at), &m.profile, Some(&m.uuid))?;
        made.members += 1;
        made.tag_links += TagKind::ALL.iter().map(|k| m.profile.tags(*k).len() as u64).sum::<u64>();
        made.windows += m.profile.availability.len() as u64;
        if m.profile.facilitator && m.profile.status == Status::Active {
            people.facilitators.push(id);
        }
        if m.profile.role == Role::Trainer {
            people.trainers.push(m.profile.name);
        }
        for t in m.interests {
            people.interested[t].push(id);
        }
    }
    Ok(people)
}

/// The `i`th of `sizes.members` members, drawing tags from the first `vocabulary` words.
pub fn draft(d: &mut Draw, i: u32, sizes: Sizes, vocabulary: usize) -> Drafted {
    let w = d.words;
    let count = sizes.members;
    let (first, last) = (*d.pick(&w.first), *d.pick(&w.last));
    // Numbered, so unique however many share a name.
    let email = format!("{}.{}.{}@{}", first.to_lowercase(), last.to_lowercase(), i + 1, d.pick(&w.domains));
    let role = match d.rng.u32(0..100) {
        0..2 => Role::Core,
        2..3 => Role::Trainer,
        3..88 => Role::Member,
        _ => Role::Guest,
    };
    let archived = d.rng.u32(0..100) < 4;
    let (region, zone) = match d.rng.u32(0..100) {
        0..5 => (None, None),
        5..8 => (Some(d.pick(&w.regions).0), Some(d.pick(&w.regions).1)),
        _ => {
            let r = d.pick(&w.regions);
            (Some(r.0), Some(r.1))
        }
    };
    let facilitator = role == Role::Core || d.rng.u32(0..100) < 4;
    let span = u64::from(HISTORY_DAYS) + 400;
    let today = d.now.date_naive();
    let joined = today - Days::new(span * u64::from(count - i) / u64::from(count) + d.rng.u64(0..7));
    let joined_at =
        joined.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::minutes(d.rng.i64(0..1440));
    let mut profile = Profile {
        name: format!("{first} {last}"),
        email: Some(email),
        role,
        status: if archived { Status::Archived } else { Status::Active },
        region: region.map(str::to_string),
        timezone: zone.map(str::to_string),
        facilitator,
        joined_on: Some(joined),
        ..Profile::default()
    };
    let mut interests = Vec::new();
    let mut tag = |kind: TagKind, t: usize, profile: &mut Profile| {
        profile.tags_mut(kind).push(w.tags[t].to_string());
        if kind == TagKind::Interest {
            interests.push(t);
        }
    };
    if sizes.dense_tags.is_some() {
        let mut six = d.distinct(vocabulary, 6, 1.0);
        d.rng.shuffle(&mut six);
        let kinds = [TagKind::Interest, TagKind::Interest, TagKind::Interest, TagKind::Need, TagKind::Need];
        for (n, t) in six.into_iter().enumerate() {
            tag(kinds.get(n).copied().unwrap_or(TagKind::Expertise), t, &mut profile);
        }
    } else {
        let k = d.rng.usize(3..=8);
        for t in d.distinct(vocabulary, k, 1.8) {
            let kind = match d.rng.u32(0..4) {
                0 | 1 => TagKind::Interest,
                2 => TagKind::Need,
                _ => TagKind::Expertise,
            };
            tag(kind, t, &mut profile);
        }
    }
    let n = match d.rng.u32(0..100) {
        0..15 => 0,
        15..60 => 1,
        60..90 => 2,
        _ => 3,
    };
    for _ in 0..n {
        let weekday = if d.rng.u32(0..10) == 0 { d.rng.u8(5..7) } else { d.rng.u8(0..5) };
        let start = d.rng.u32(8..20) * 60 + if d.rng.bool() { 30 } else { 0 };
        let end = (start + *d.pick(&[60, 90, 120])).min(1440);
        let weekday = Weekday::try_from(weekday).unwrap_or(Weekday::Mon);
        if !profile.availability.iter().any(|a| a.weekday == weekday && a.start_minute == start) {
            profile.availability.push(Availability { weekday, start_minute: start, end_minute: end });
        }
    }
    profile.tidy();
    Drafted { uuid: d.uuid(), profile, joined_at, interests }
}

#[cfg(test)]
mod tests {
    use super::super::draw::tests::draw;
    use super::super::words::Words;
    use super::*;

    #[test]
    fn drafted_members_keep_the_record_rules_and_their_tag_shape() {
        let words = Words::load().unwrap();
        for (seed, dense) in [(1, None), (2, Some(10)), (3, Some(3))] {
            let mut d = draw(&words, seed);
            let sizes = Sizes { members: 300, sessions: 0, assists: 0, popups: 0, dense_tags: dense };
            let vocabulary = dense.map_or(words.tags.len(), |n| n as usize);
            for i in 0..sizes.members {
                let m = draft(&mut d, i, sizes, vocabulary);
                m.profile.check().unwrap();
                let links: usize = TagKind::ALL.iter().map(|k| m.profile.tags(*k).len()).sum();
                match dense {
                    Some(n) => assert_eq!(links, 6.min(n as usize)),
                    None => assert!((3..=8).contains(&links)),
                }
                assert!(m.joined_at <= d.now);
                assert!(m.profile.availability.iter().all(|a| a.start_minute < a.end_minute));
            }
        }
    }
}
