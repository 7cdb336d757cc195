//! `cop demo` without a size: a small sample community to explore.

use chrono::{Datelike, Days, Duration, NaiveTime, Weekday};

use crate::cli::system::DemoArgs;
use crate::commands::Context;
use crate::domain::member::{Availability, Profile, Role};
use crate::domain::popup::{Participation, PopupFields};
use crate::domain::session::{SessionFields, SessionKind};
use crate::domain::story::{NewStory, Source, ValueCycle};
use crate::domain::time::local_to_utc;
use crate::error::{Error, Result};
use crate::store::{members, popups, sessions, stories, system};

/// name, email, role, region, timezone, interests, needs, expertise, availability, facilitator
type Person = (
    &'static str,
    &'static str,
    Role,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
);

const PEOPLE: &[Person] = &[
    (
        "Ana Souza",
        "ana@example.org",
        Role::Core,
        "north",
        "America/Chicago",
        "facilitation",
        "network-mapping;social-media",
        "storytelling",
        "fri 12:00-13:00;tue 09:00-11:00",
        true,
    ),
    (
        "Bruno Lima",
        "bruno@example.org",
        Role::Core,
        "north",
        "America/Chicago",
        "network-mapping",
        "evaluation",
        "facilitation",
        "fri 12:00-14:00",
        true,
    ),
    (
        "Chen Wei",
        "chen@example.org",
        Role::Core,
        "south",
        "America/New_York",
        "evaluation",
        "",
        "network-mapping;data",
        "fri 13:00-14:00;wed 10:00-12:00",
        true,
    ),
    (
        "Dana Okafor",
        "dana@example.org",
        Role::Trainer,
        "",
        "America/Denver",
        "",
        "",
        "network-weaving;facilitation",
        "",
        false,
    ),
    (
        "Eli Novak",
        "eli@example.org",
        Role::Member,
        "south",
        "America/Chicago",
        "social-media",
        "network-mapping",
        "",
        "fri 12:00-13:00",
        false,
    ),
    (
        "Fatima Rahman",
        "fatima@example.org",
        Role::Member,
        "east",
        "America/New_York",
        "network-mapping;fundraising",
        "",
        "",
        "fri 13:00-14:00",
        false,
    ),
    (
        "Gus Andersen",
        "gus@example.org",
        Role::Member,
        "west",
        "America/Los_Angeles",
        "storytelling",
        "social-media",
        "",
        "fri 10:00-11:00",
        true,
    ),
    (
        "Hana Sato",
        "hana@example.org",
        Role::Member,
        "west",
        "America/Los_Angeles",
        "",
        "network-mapping;evaluation",
        "",
        "",
        false,
    ),
    (
        "Ivan Petrov",
        "ivan@example.org",
        Role::Member,
        "east",
        "America/New_York",
        "fundraising",
        "",
        "social-media",
        "mon 18:00-20:00",
        false,
    ),
    (
        "Jade Moreau",
        "jade@example.org",
        Role::Member,
        "north",
        "America/Chicago",
        "data",
        "storytelling",
        "",
        "fri 12:00-13:00",
        false,
    ),
    (
        "Kofi Mensah",
        "kofi@example.org",
        Role::Guest,
        "south",
        "America/Chicago",
        "network-mapping",
        "",
        "",
        "",
        false,
    ),
    (
        "Lena Fischer",
        "lena@example.org",
        Role::Member,
        "east",
        "America/New_York",
        "",
        "fundraising",
        "evaluation",
        "thu 15:00-16:00",
        false,
    ),
];

fn split(s: &str) -> Vec<String> {
    s.split(';').filter(|t| !t.is_empty()).map(str::to_string).collect()
}

pub fn fill(ctx: &mut Context, a: &DemoArgs) -> Result<()> {
    let today = ctx.now.date_naive();
    let tz = ctx.now.timezone();
    let mut store = ctx.writer()?;
    let made = store.write("fill the demo community", |db| {
        super::refuse_members(db, &ctx.db_path)?;
        system::set_community_name(db, "Network Weavers (demo)")?;
        let mut ids = Vec::new();
        for (i, p) in PEOPLE.iter().enumerate() {
            let mut d = Profile {
                name: p.0.into(),
                email: Some(p.1.into()),
                role: p.2,
                region: Some(p.3.to_string()).filter(|r| !r.is_empty()),
                timezone: Some(p.4.into()),
                interests: split(p.5),
                needs: split(p.6),
                expertise: split(p.7),
                availability: split(p.8).iter().filter_map(|w| Availability::parse(w).ok()).collect(),
                facilitator: p.9,
                joined_on: today.checked_sub_days(Days::new(200 - 15 * i as u64)),
                ..Profile::default()
            };
            d.tidy();
            ids.push(members::insert(db, &d, None)?);
        }
        // The Friday brown-bag hour: three past, two coming.
        let days_to_friday =
            (7 + Weekday::Fri.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
        let next_friday = today + Days::new(days_to_friday as u64);
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        let mut session_ids = Vec::new();
        for week in -3i64..2 {
            let day = next_friday + Duration::weeks(week);
            let starts_at = local_to_utc(day.and_time(noon), &tz, "demo").map_err(Error::runtime)?;
            let s = SessionFields {
                kind: SessionKind::Meetup,
                title: "Friday brown-bag hour".into(),
                starts_at,
                minutes: 60,
                link: Some("https://meet.example.org/weavers".into()),
                ..SessionFields::default()
            };
            let id = sessions::insert(db, &s)?;
            sessions::add_facilitator(db, id, ids[(week + 3) as usize % 3])?;
            if week < 0 {
                for (j, m) in ids.iter().enumerate() {
                    if (j as i64 + week) % 3 != 0 {
                        sessions::add_attendance(db, id, *m)?;
                    }
                }
            }
            session_ids.push(id);
        }
        let training_at =
            local_to_utc((today - Duration::days(40)).and_time(noon), &tz, "demo").map_err(Error::runtime)?;
        let training = sessions::insert(
            db,
            &SessionFields {
                kind: SessionKind::Training,
                title: "Network weaving 101 for the core group".into(),
                starts_at: training_at,
                minutes: 120,
                trainer: Some("Dana Okafor".into()),
                location: Some("Community hall".into()),
                ..SessionFields::default()
            },
        )?;
        for m in &ids[..4] {
            sessions::add_attendance(db, training, *m)?;
        }
        let popup = popups::insert(
            db,
            &PopupFields {
                title: "Network mapping basics".into(),
                description: Some("Learn to draw and read a map of who works with whom.".into()),
                proposer_id: Some(ids[0]),
                needs_expert: true,
                tags: vec!["network-mapping".into()],
                ..PopupFields::default()
            },
        )?;
        popups::set_member(db, popup, ids[0], Participation::Joined)?;
        // What members took away, as value stories (`cop stories`).
        let told = [
            (
                4,
                "From the training I took away mapping who works with whom before planning",
                ValueCycle::Applied,
                Source::Session(training),
            ),
            (
                0,
                "Our gaps are missing connections, not missing people",
                ValueCycle::Reframing,
                Source::Popup(popup),
            ),
            (
                6,
                "A contact at the county I would never have found alone",
                ValueCycle::Immediate,
                Source::Session(session_ids[0]),
            ),
        ];
        for (who, text, value, source) in told {
            let story = NewStory { member_id: ids[who], text: text.into(), value: Some(value), source };
            stories::insert(db, &story)?;
        }
        Ok((ids.len(), session_ids.len() + 1, popup))
    })?;
    let path = ctx.db_path.display().to_string();
    let point = super::pointer(ctx, a);
    ctx.out.raw(&format!(
        "Made a sample community in {path}:\n  {} members, {} sessions, 1 learning popup (id {}).\n\n\
         Explore it:{point}\n  cop members list\n  cop members list --need network-mapping\n  \
         cop members show ana\n  cop popup match {popup}      # who needs or wants this popup, and why\n  \
         cop popup schedule {popup} --suggest\n  cop doctor\n",
        made.0,
        made.1,
        made.2,
        popup = made.2
    ))
}
