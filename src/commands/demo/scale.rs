//! `cop demo --members N ...`: a large, realistic community made up from a seed: people
//! with tags and weekly availability, three years of sessions with their attendance,
//! assists with next steps, popups with their members. Everything is drawn from one
//! seeded generator in a fixed order, so a seed (with COP_NOW) always makes the same data.

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};

use crate::cli::system::DemoArgs;
use crate::commands::Context;
use crate::domain::member::{Role, TagKind};
use crate::domain::popup::{Participation, PopupStatus};
use crate::domain::session::{Response, SessionKind};
use crate::error::Result;
use crate::store::generate::{self as bulk, AssistRow, MemberRow, NextStepRow, PopupRow, SessionRow};
use crate::store::{Db, system, timestamp};

/// How much to make.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizes {
    pub members: u32,
    pub sessions: u32,
    pub assists: u32,
    pub popups: u32,
    /// `--tags N`: every member has three interests, two needs and one expertise among
    /// the first N tags, which sessions, assists and popups are about too.
    pub dense_tags: Option<u32>,
}

/// Members when only other sizes are given.
const DEFAULT_MEMBERS: u32 = 1_000;
/// Attendance rows per session held, on average.
const ATTENDANCE_PER_SESSION: u32 = 50;
/// How far back sessions, assists and popups go.
const HISTORY_DAYS: u32 = 3 * 365;

impl Sizes {
    /// `None` without any size flag: the small sample community then.
    pub fn of(a: &DemoArgs) -> Option<Sizes> {
        if a.members.is_none()
            && a.sessions.is_none()
            && a.assists.is_none()
            && a.popups.is_none()
            && a.tags.is_none()
        {
            return None;
        }
        let members = a.members.unwrap_or(DEFAULT_MEMBERS);
        Some(Sizes {
            members,
            sessions: a.sessions.unwrap_or(members / 5),
            assists: a.assists.unwrap_or(members / 10),
            popups: a.popups.unwrap_or(members / 50),
            dense_tags: a.tags,
        })
    }
}

/// What was made, for the summary.
#[derive(Default)]
struct Made {
    members: u64,
    tag_links: u64,
    windows: u64,
    sessions: u64,
    upcoming: u64,
    attendance: u64,
    rsvps: u64,
    assists: u64,
    next_steps: u64,
    open_steps: u64,
    popups: u64,
    popup_members: u64,
}

const FIRST: &[&str] = &[
    "Ana",
    "Bruno",
    "Chen",
    "Dana",
    "Eli",
    "Fatima",
    "Gus",
    "Hana",
    "Ivan",
    "Jade",
    "Kofi",
    "Lena",
    "Maya",
    "Nico",
    "Olga",
    "Pedro",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
    "Amara",
    "Bao",
    "Carmen",
    "Diego",
    "Esther",
    "Farid",
    "Grace",
    "Hugo",
    "Imani",
    "Jonas",
    "Keiko",
    "Luis",
    "Mei",
    "Nadia",
    "Omar",
    "Priya",
    "Rafael",
    "Sofia",
    "Tomas",
    "Valentina",
    "Wanjiru",
    "Yara",
];

const LAST: &[&str] = &[
    "Souza",
    "Lima",
    "Wei",
    "Okafor",
    "Novak",
    "Rahman",
    "Andersen",
    "Sato",
    "Petrov",
    "Moreau",
    "Mensah",
    "Fischer",
    "Garcia",
    "Nguyen",
    "Kowalski",
    "Haddad",
    "Ibrahim",
    "Johansson",
    "Kim",
    "Lopez",
    "Mbeki",
    "Nakamura",
    "Oliveira",
    "Patel",
    "Quispe",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Walker",
    "Xu",
    "Yilmaz",
    "Zhang",
    "Adeyemi",
    "Brown",
    "Castro",
    "Diallo",
    "Evans",
    "Ferreira",
    "Gomez",
    "Hughes",
    "Ito",
    "Jensen",
    "Khan",
    "Larsen",
    "Murphy",
    "Ortiz",
];

const DOMAINS: &[&str] = &["example.org", "example.net", "example.com"];

/// Regions with the time zone most of their people live in.
const REGIONS: &[(&str, &str)] = &[
    ("north", "America/Chicago"),
    ("south", "America/New_York"),
    ("east", "America/New_York"),
    ("west", "America/Los_Angeles"),
    ("mountain", "America/Denver"),
    ("europe", "Europe/Berlin"),
    ("uk", "Europe/London"),
    ("latam", "America/Sao_Paulo"),
    ("africa", "Africa/Nairobi"),
    ("asia", "Asia/Kolkata"),
    ("pacific", "Pacific/Auckland"),
];

/// The tag vocabulary: interests, needs and expertise are drawn from the same words,
/// the first ones far more often than the last, as in real communities.
const TAGS: &[&str] = &[
    "facilitation",
    "network-mapping",
    "storytelling",
    "evaluation",
    "social-media",
    "fundraising",
    "data",
    "coaching",
    "network-weaving",
    "community-organizing",
    "grant-writing",
    "systems-thinking",
    "design-thinking",
    "policy",
    "advocacy",
    "volunteer-management",
    "partnerships",
    "communications",
    "leadership",
    "equity",
    "conflict-resolution",
    "mentoring",
    "public-speaking",
    "event-planning",
    "research",
    "surveys",
    "data-visualization",
    "sna",
    "theory-of-change",
    "impact-measurement",
    "budgeting",
    "governance",
    "board-development",
    "youth-engagement",
    "health",
    "education",
    "housing",
    "food-systems",
    "climate",
    "water",
    "rural-development",
    "urban-planning",
    "digital-tools",
    "open-source",
    "knowledge-management",
    "learning-design",
    "peer-learning",
    "appreciative-inquiry",
    "open-space",
    "world-cafe",
    "graphic-facilitation",
    "translation",
    "accessibility",
    "wellbeing",
    "trust-building",
    "collective-impact",
    "participatory-budgeting",
    "citizen-science",
    "media-relations",
    "crowdfunding",
];

const STEPS: &[&str] = &[
    "Share the network map with the steering group",
    "Introduce {who} to two funders working on {tag}",
    "Draft a one-page summary of the {tag} plan",
    "Try the listening exercise at the next team meeting",
    "Ask three partners what they need from the network",
    "Write up what we learned about {tag} for the newsletter",
    "Book a follow-up call in a month",
    "Send the evaluation template to the group",
];

const CHALLENGES: &[&str] = &[
    "How do we keep volunteers engaged in {tag} after the first year?",
    "Our partners do not share data: where do we start with {tag}?",
    "The board wants results from {tag} faster than the network can deliver",
    "Two member groups disagree about priorities for {tag}",
    "We have funding for {tag} for one more year only",
    "New members join but never come back after their first meetup",
];

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// A skewed draw from `0..n`: low indexes far more often, so a few tags are popular and
/// a core of early members takes part much more than the rest.
fn skewed(rng: &mut fastrand::Rng, n: usize, power: f64) -> usize {
    ((rng.f64().powf(power) * n as f64) as usize).min(n.saturating_sub(1))
}

/// `k` different numbers below `n`, skewed towards small ones, sorted.
fn distinct(rng: &mut fastrand::Rng, n: usize, k: usize, power: f64) -> Vec<usize> {
    let k = k.min(n);
    if k * 2 > n {
        let mut all: Vec<usize> = (0..n).collect();
        rng.shuffle(&mut all);
        all.truncate(k);
        all.sort_unstable();
        return all;
    }
    let mut out: Vec<usize> = Vec::with_capacity(k);
    while out.len() < k {
        let i = skewed(rng, n, power);
        if let Err(at) = out.binary_search(&i) {
            out.insert(at, i);
        }
    }
    out
}

fn uuid(rng: &mut fastrand::Rng) -> String {
    uuid::Builder::from_random_bytes(rng.u128(..).to_le_bytes()).into_uuid().to_string()
}

fn title_case(tag: &str) -> String {
    let mut c = tag.replace('-', " ");
    if let Some(first) = c.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    c
}

/// A moment `days` before (negative: after) `now`, at a whole or half hour of the
/// afternoon UTC, when most of the community is awake.
fn moment(rng: &mut fastrand::Rng, now: DateTime<Utc>, days_ago: i64) -> DateTime<Utc> {
    let day = (now - Duration::days(days_ago)).date_naive();
    let minute = rng.i64(28..46) * 30;
    day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::minutes(minute)
}

pub fn fill(ctx: &mut Context, a: &DemoArgs, sizes: Sizes) -> Result<()> {
    let seed = a.seed.unwrap_or_else(|| fastrand::u64(..1_000_000));
    let now = ctx.now_utc();
    let mut store = ctx.writer()?;
    // A generated community is thrown away, not undone: keeping its million rows as a
    // change would double the generator's time for nothing.
    let why = crate::domain::operation::not_undoable::GENERATED;
    let made = store.write_unkept("generate the demo community", why, |db| {
        super::refuse_members(db, &ctx.db_path)?;
        bulk::tune_for_bulk(db)?;
        generate(db, &mut fastrand::Rng::with_seed(seed), now, sizes)
    })?;
    let point = super::pointer(ctx, a);
    ctx.out.raw(&format!(
        "Made a community in {path} (seed {seed}):\n  \
         {} members with {} tags and {} weekly windows,\n  \
         {} sessions ({} upcoming) with {} attendance rows and {} RSVPs,\n  \
         {} assists with {} next steps ({} open),\n  \
         {} learning popups with {} members.\n\n\
         Explore it:{point}\n  cop members list --need facilitation\n  cop sessions list --upcoming\n  \
         cop assist followups\n  cop report engagement\n  cop popup match 1\n",
        made.members,
        made.tag_links,
        made.windows,
        made.sessions,
        made.upcoming,
        made.attendance,
        made.rsvps,
        made.assists,
        made.next_steps,
        made.open_steps,
        made.popups,
        made.popup_members,
        path = ctx.db_path.display(),
    ))
}

/// Members as the later records need them.
struct People {
    count: usize,
    facilitators: Vec<i64>,
    trainers: Vec<String>,
    /// For each tag of the vocabulary drawn from (all, or the first `--tags N`), the
    /// members interested in it.
    interested: Vec<Vec<i64>>,
}

fn generate(db: &Db, rng: &mut fastrand::Rng, now: DateTime<Utc>, sizes: Sizes) -> Result<Made> {
    let stamp = timestamp(now - Duration::days(HISTORY_DAYS as i64 + 30));
    system::set_community(db, &uuid(rng), "Network Weavers (generated demo)", &stamp)?;
    let vocabulary = sizes.dense_tags.map_or(TAGS.len(), |n| (n as usize).min(TAGS.len()));
    let mut tag_ids = Vec::with_capacity(vocabulary);
    for t in &TAGS[..vocabulary] {
        tag_ids.push(bulk::tag(db, &uuid(rng), t, &stamp)?);
    }
    let mut made = Made::default();
    let people = members(db, rng, now, sizes, &tag_ids, &mut made)?;
    sessions(db, rng, now, sizes.sessions, &people, &mut made)?;
    assists(db, rng, now, sizes.assists, &people, &tag_ids, &mut made)?;
    popups(db, rng, now, sizes.popups, &people, &tag_ids, &mut made)?;
    Ok(made)
}

fn members(
    db: &Db,
    rng: &mut fastrand::Rng,
    now: DateTime<Utc>,
    sizes: Sizes,
    tag_ids: &[i64],
    made: &mut Made,
) -> Result<People> {
    let today = now.date_naive();
    let count = sizes.members;
    let mut people = People {
        count: count as usize,
        facilitators: Vec::new(),
        trainers: Vec::new(),
        interested: vec![Vec::new(); tag_ids.len()],
    };
    let mut tags: Vec<(&str, i64, usize)> = Vec::with_capacity(8);
    let mut windows: Vec<(u32, u32, u32)> = Vec::with_capacity(3);
    for i in 0..count {
        let (first, last) = (*pick(rng, FIRST), *pick(rng, LAST));
        let name = format!("{first} {last}");
        // Numbered, so unique however many share a name.
        let email =
            format!("{}.{}.{}@{}", first.to_lowercase(), last.to_lowercase(), i + 1, pick(rng, DOMAINS));
        let role = match rng.u32(0..100) {
            0..2 => Role::Core,
            2..3 => Role::Trainer,
            3..88 => Role::Member,
            _ => Role::Guest,
        };
        let archived = rng.u32(0..100) < 4;
        let (region, zone) = match rng.u32(0..100) {
            0..5 => (None, None),
            5..8 => (Some(pick(rng, REGIONS).0), Some(pick(rng, REGIONS).1)),
            _ => {
                let r = pick(rng, REGIONS);
                (Some(r.0), Some(r.1))
            }
        };
        let facilitator = role == Role::Core || rng.u32(0..100) < 4;
        // Ids follow joining order, so the earliest members, who take part the most, joined first.
        let span = u64::from(HISTORY_DAYS) + 400;
        let joined = today - Days::new(span * u64::from(count - i) / u64::from(count) + rng.u64(0..7));
        let joined_stamp = timestamp(
            joined.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc() + Duration::minutes(rng.i64(0..1440)),
        );
        let id = bulk::member(
            db,
            &MemberRow {
                uuid: &uuid(rng),
                name: &name,
                email: &email,
                role: role.as_str(),
                status: if archived { "archived" } else { "active" },
                region,
                timezone: zone,
                facilitator,
                joined_on: &joined.format("%Y-%m-%d").to_string(),
                stamp: &joined_stamp,
            },
        )?;
        made.members += 1;
        if facilitator && !archived {
            people.facilitators.push(id);
        }
        if role == Role::Trainer {
            people.trainers.push(name);
        }
        tags.clear();
        if sizes.dense_tags.is_some() {
            let mut six = distinct(rng, tag_ids.len(), 6, 1.0);
            rng.shuffle(&mut six);
            let kinds =
                [TagKind::Interest, TagKind::Interest, TagKind::Interest, TagKind::Need, TagKind::Need];
            for (n, t) in six.into_iter().enumerate() {
                let kind = kinds.get(n).copied().unwrap_or(TagKind::Expertise);
                tags.push((kind.as_str(), tag_ids[t], t));
            }
        } else {
            let k = rng.usize(3..=8);
            for t in distinct(rng, tag_ids.len(), k, 1.8) {
                let kind = match rng.u32(0..4) {
                    0 | 1 => TagKind::Interest,
                    2 => TagKind::Need,
                    _ => TagKind::Expertise,
                };
                tags.push((kind.as_str(), tag_ids[t], t));
            }
        }
        // In primary-key order, so each row lands at the end of the member's range.
        tags.sort_unstable();
        for (kind, tag_id, t) in &tags {
            bulk::member_tag(db, id, kind, *tag_id, &joined_stamp)?;
            if *kind == TagKind::Interest.as_str() {
                people.interested[*t].push(id);
            }
        }
        made.tag_links += tags.len() as u64;
        windows.clear();
        let n = match rng.u32(0..100) {
            0..15 => 0,
            15..60 => 1,
            60..90 => 2,
            _ => 3,
        };
        for _ in 0..n {
            let weekday = if rng.u32(0..10) == 0 { rng.u32(5..7) } else { rng.u32(0..5) };
            let start = rng.u32(8..20) * 60 + if rng.bool() { 30 } else { 0 };
            let end = (start + *pick(rng, &[60, 90, 120])).min(1440);
            if !windows.iter().any(|w| w.0 == weekday && w.1 == start) {
                windows.push((weekday, start, end));
            }
        }
        for (weekday, start, end) in &windows {
            bulk::window(db, id, *weekday, *start, *end)?;
        }
        made.windows += windows.len() as u64;
    }
    Ok(people)
}

/// A member id from the skewed draw: the earliest members take part the most.
fn someone(rng: &mut fastrand::Rng, people: &People) -> i64 {
    skewed(rng, people.count, 1.5) as i64 + 1
}

fn sessions(
    db: &Db,
    rng: &mut fastrand::Rng,
    now: DateTime<Utc>,
    count: u32,
    people: &People,
    made: &mut Made,
) -> Result<()> {
    if count == 0 || people.count == 0 {
        return Ok(());
    }
    let upcoming = (count / 50).max(1);
    let mut starts: Vec<DateTime<Utc>> = (0..count)
        .map(|i| {
            let days = if i < upcoming { -rng.i64(1..=90) } else { rng.i64(1..=HISTORY_DAYS as i64) };
            moment(rng, now, days)
        })
        .collect();
    starts.sort_unstable();
    // Held sessions, less the 3% cancelled ones, carry all the attendance.
    let held = (u64::from(count - upcoming) * 97 / 100).max(1);
    let per_session = (u64::from(ATTENDANCE_PER_SESSION) * u64::from(count)).div_ceil(held) as usize;
    let mut attendees: Vec<usize> = Vec::new();
    for starts_at in starts {
        let past = starts_at < now;
        let kind = match rng.u32(0..100) {
            0..60 => SessionKind::Meetup,
            60..75 => SessionKind::Training,
            75..85 => SessionKind::Coaching,
            85..95 => SessionKind::Reading,
            _ => SessionKind::Other,
        };
        let topic = title_case(TAGS[skewed(rng, people.interested.len(), 1.8)]);
        let title = match kind {
            SessionKind::Meetup => format!("Brown-bag hour: {topic}"),
            SessionKind::Training => format!("{topic} training"),
            SessionKind::Coaching => format!("Coaching circle on {}", topic.to_lowercase()),
            SessionKind::Reading => format!("Reading group: {topic}"),
            _ => "Community call".to_string(),
        };
        let online = kind != SessionKind::Training || rng.bool();
        let cancelled = rng.u32(0..100) < 3;
        let starts = timestamp(starts_at);
        let created = timestamp((starts_at - Duration::days(rng.i64(3..30))).min(now));
        let trainer = (kind == SessionKind::Training && !people.trainers.is_empty())
            .then(|| pick(rng, &people.trainers).as_str());
        let id = bulk::session(
            db,
            &SessionRow {
                uuid: &uuid(rng),
                kind: kind.as_str(),
                title: &title,
                starts_at: &starts,
                minutes: *pick(rng, &[60, 60, 90, 120]),
                link: online.then_some("https://meet.example.org/weavers"),
                location: (!online).then_some("Community hall"),
                trainer,
                status: if cancelled { "cancelled" } else { "scheduled" },
                cancel_reason: cancelled.then_some("the facilitator fell ill"),
                popup_id: None,
                stamp: &created,
            },
        )?;
        made.sessions += 1;
        made.upcoming += u64::from(!past);
        if !people.facilitators.is_empty() {
            for _ in 0..if rng.u32(0..5) == 0 { 2 } else { 1 } {
                bulk::facilitator(db, id, *pick(rng, &people.facilitators), &created)?;
            }
        }
        if cancelled {
            continue;
        }
        let spread = per_session * 2 / 5;
        let k = rng.usize(per_session - spread..=per_session + spread);
        attendees.clear();
        attendees.extend(distinct(rng, people.count, k, 1.5));
        for m in &attendees {
            let member_id = *m as i64 + 1;
            if past {
                bulk::attendance(db, id, member_id, &starts)?;
            } else {
                let response = match rng.u32(0..100) {
                    0..70 => Response::Yes,
                    70..85 => Response::Maybe,
                    85..95 => Response::No,
                    _ => Response::Invited,
                };
                bulk::rsvp(db, id, member_id, response.as_str(), &created)?;
            }
        }
        if past {
            made.attendance += attendees.len() as u64;
        } else {
            made.rsvps += attendees.len() as u64;
        }
    }
    Ok(())
}

fn assists(
    db: &Db,
    rng: &mut fastrand::Rng,
    now: DateTime<Utc>,
    count: u32,
    people: &People,
    tag_ids: &[i64],
    made: &mut Made,
) -> Result<()> {
    if people.count < 2 {
        return Ok(());
    }
    let today = now.date_naive();
    let mut held: Vec<DateTime<Utc>> = (0..count)
        .map(|_| {
            let days = rng.i64(1..=HISTORY_DAYS as i64);
            moment(rng, now, days)
        })
        .collect();
    held.sort_unstable();
    for at in held {
        let topic = skewed(rng, people.interested.len(), 1.8);
        let tag = TAGS[topic];
        let stamp = timestamp(at);
        let id = bulk::assist(
            db,
            &AssistRow {
                uuid: &uuid(rng),
                held_at: &stamp,
                minutes: *pick(rng, &[45, 45, 60, 90]),
                challenge: &pick(rng, CHALLENGES).replace("{tag}", tag),
                group_name: rng
                    .bool()
                    .then(|| *pick(rng, &["Tuesday circle", "Core group", "Regional leads"])),
                situation: "Two years in, the network has grown faster than its habits.",
                response: "Start small: one shared practice, revisited in a month.",
                reflection: "Hearing the questions helped more than the ideas.",
                continue_discussion: rng.u32(0..5) == 0,
                stamp: &stamp,
            },
        )?;
        made.assists += 1;
        bulk::assist_tag(db, id, tag_ids[topic])?;
        let k = rng.usize(5..=8);
        let people_here = distinct(rng, people.count, k, 1.5);
        let presenter = people_here[0] as i64 + 1;
        bulk::assist_person(db, id, presenter, "presenter", &stamp)?;
        let facilitator = match people.facilitators.is_empty() {
            true => people_here[1] as i64 + 1,
            false => *pick(rng, &people.facilitators),
        };
        bulk::assist_person(db, id, facilitator, "facilitator", &stamp)?;
        for m in &people_here[1..] {
            bulk::assist_person(db, id, *m as i64 + 1, "listener", &stamp)?;
        }
        for _ in 0..rng.usize(1..=3) {
            let owner = if rng.u32(0..4) == 0 { *pick(rng, &people_here) as i64 + 1 } else { presenter };
            let due = (rng.u32(0..10) > 0).then(|| at.date_naive() + Days::new(rng.u64(7..=42)));
            // Steps get done, mostly: the longer ago they were due, the likelier.
            let due_by = due.unwrap_or(at.date_naive() + Days::new(30));
            let done_share = match (today - due_by).num_days() {
                ..0 => 0,
                0..60 => 70,
                _ => 97,
            };
            let done = (rng.u32(0..100) < done_share)
                .then(|| timestamp(at + Duration::days(rng.i64(2..30))).min(timestamp(now)));
            bulk::next_step(
                db,
                &NextStepRow {
                    uuid: &uuid(rng),
                    assist_id: id,
                    text: &pick(rng, STEPS).replace("{tag}", tag).replace("{who}", "the presenter"),
                    owner_id: Some(owner),
                    due_on: due.map(|d: NaiveDate| d.format("%Y-%m-%d").to_string()).as_deref(),
                    done_at: done.as_deref(),
                    stamp: &stamp,
                },
            )?;
            made.next_steps += 1;
            made.open_steps += u64::from(done.is_none());
        }
    }
    Ok(())
}

fn popups(
    db: &Db,
    rng: &mut fastrand::Rng,
    now: DateTime<Utc>,
    count: u32,
    people: &People,
    tag_ids: &[i64],
    made: &mut Made,
) -> Result<()> {
    if people.count == 0 {
        return Ok(());
    }
    let mut created: Vec<i64> = (0..count).map(|_| rng.i64(0..=HISTORY_DAYS as i64)).collect();
    created.sort_unstable_by(|a, b| b.cmp(a));
    for days_ago in created {
        let at = moment(rng, now, days_ago);
        let stamp = timestamp(at);
        let k = rng.usize(1..=3);
        let topics = distinct(rng, people.interested.len(), k, 1.8);
        let main = TAGS[topics[0]];
        let status = match (days_ago > 120, rng.u32(0..100)) {
            (true, 0..60) => PopupStatus::Done,
            (true, 60..70) => PopupStatus::Cancelled,
            (true, 70..80) => PopupStatus::Scheduled,
            (false, 0..30) => PopupStatus::Scheduled,
            (false, 30..40) => PopupStatus::Done,
            _ => PopupStatus::Proposed,
        };
        let closed = (!status.is_open()).then(|| timestamp((at + Duration::days(rng.i64(20..90))).min(now)));
        let needs_expert = rng.u32(0..10) < 4;
        let id = bulk::popup(
            db,
            &PopupRow {
                uuid: &uuid(rng),
                title: &format!(
                    "{} {}",
                    pick(rng, &["Intro to", "Hands-on", "Deep dive:", "Office hours:"]),
                    main.replace('-', " ")
                ),
                description: rng.bool().then_some("A short, practical session proposed by a member."),
                status: status.as_str(),
                proposer_id: Some(someone(rng, people)),
                needs_expert,
                expert_id: (needs_expert && rng.bool()).then(|| someone(rng, people)),
                max_members: (rng.u32(0..10) < 3).then(|| rng.u32(8..=20)),
                outcome: (status == PopupStatus::Done).then_some("Most left with a plan to try it at home."),
                closed_at: closed.as_deref(),
                stamp: &stamp,
            },
        )?;
        made.popups += 1;
        for t in &topics {
            bulk::popup_tag(db, id, tag_ids[*t])?;
        }
        let fans = &people.interested[topics[0]];
        let mut seen: Vec<i64> = Vec::new();
        for _ in 0..rng.u32(3..=15) {
            let member =
                if !fans.is_empty() && rng.u32(0..5) > 0 { *pick(rng, fans) } else { someone(rng, people) };
            if seen.contains(&member) {
                continue;
            }
            seen.push(member);
            let place = match rng.u32(0..10) {
                0..6 => Participation::Joined,
                6..8 => Participation::Invited,
                8 => Participation::Waiting,
                _ => Participation::Declined,
            };
            bulk::popup_member(db, id, member, place.as_str(), seen.len() as u32, &stamp)?;
            made.popup_members += 1;
        }
    }
    Ok(())
}
