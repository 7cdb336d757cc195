//! `cop meetup plan`: the recurring meetup, with facilitator rotation.

use chrono::{DateTime, Datelike, Days, Duration, Utc};
use chrono_tz::Tz;

use crate::cli::meetup::{MeetupCommand, PlanArgs};
use crate::commands::{Context, field};
use crate::domain::member::Status;
use crate::domain::rotation::{Volunteer, is_free, rotate};
use crate::domain::rules::Rule;
use crate::domain::session::{self as rules, SessionFields, SessionKind, check_minutes, check_title};
use crate::domain::time::{parse_clock, parse_weekday, series_local_to_utc};
use crate::error::{Error, Result};
use crate::output::sessions::PlannedMeetup;
use crate::store::Db;
use crate::store::members::{self, MemberFilter, MemberSort};
use crate::store::sessions as store;

/// More than this many sessions in one plan is surely a typo.
const MAX_COUNT: u32 = 520;

pub fn run(ctx: &mut Context, cmd: MeetupCommand) -> Result<()> {
    match cmd {
        MeetupCommand::Plan(a) => plan(ctx, a),
    }
}

/// The start times of the plan, in UTC.
fn dates(ctx: &Context, a: &PlanArgs) -> Result<Vec<DateTime<Utc>>> {
    let weekday = parse_weekday(&a.weekday).ok_or_else(|| {
        Error::invalid(format!(
            "--weekday: expected a day of the week (mon, tue, ..., sun), got {:?}",
            a.weekday
        ))
    })?;
    let time = parse_clock(&a.time).ok_or_else(|| {
        Error::invalid(format!("--time: expected HH:MM on a 24-hour clock, got {:?}", a.time))
    })?;
    let count = field("--count", Rule::Range(1, i64::from(MAX_COUNT)).read_int(&a.count))?;
    let step = match a.every.trim() {
        "1w" => 1,
        "2w" => 2,
        other => return Err(Error::invalid(format!("--every: expected 1w or 2w, got {other:?}"))),
    };
    let start = match &a.start {
        Some(s) => ctx.date("--start", s)?,
        None => ctx.now.date_naive(),
    };
    let ahead = (7 + weekday.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    let mut day = start + Days::new(u64::from(ahead));
    let tz = ctx.now.timezone();
    if a.start.is_none() && series_local_to_utc(day.and_time(time), &tz).is_some_and(|t| t < ctx.now_utc()) {
        day = day + Days::new(7);
    }
    let mut out = Vec::new();
    for _ in 0..count {
        out.push(series_local_to_utc(day.and_time(time), &tz).ok_or_else(|| {
            Error::invalid(format!("--start: {day} {} is beyond the calendar's range", a.time))
        })?);
        day = day + Days::new(7 * step);
    }
    Ok(out)
}

/// Member ids and names, to show who facilitates.
type Names = Vec<(i64, String)>;

/// Active volunteer facilitators, with their history and whether they are free on each date.
fn volunteers(db: &Db, dates: &[DateTime<Utc>], minutes: u32) -> Result<(Vec<Volunteer>, Names)> {
    let history = store::facilitation_history(db)?;
    let filter = MemberFilter {
        facilitator: true,
        status: Some(Status::Active),
        sort: MemberSort::Id,
        ..MemberFilter::default()
    };
    let mut out = Vec::new();
    let mut names = Vec::new();
    members::for_each(db, &filter, |m| {
        let windows = &m.profile.availability;
        let zone: Option<Tz> = m.profile.timezone.as_deref().and_then(crate::domain::time::parse_zone);
        let free = dates
            .iter()
            .map(|&d| match &zone {
                Some(z) => is_free(windows, z, d, minutes),
                None => is_free(windows, &crate::output::zone(), d, minutes),
            })
            .collect();
        let (prior, last) =
            history.iter().find(|h| h.0 == m.id).map_or((0, None), |&(_, n, last)| (n, Some(last)));
        out.push(Volunteer { id: m.id, prior, last, free });
        names.push((m.id, m.profile.name));
        Ok(())
    })?;
    Ok((out, names))
}

fn plan(ctx: &mut Context, a: PlanArgs) -> Result<()> {
    let title = field("--title", check_title(&a.title))?;
    let minutes = field("--minutes", check_minutes(&a.minutes))?;
    let dates = dates(ctx, &a)?;
    let template = SessionFields {
        kind: SessionKind::Meetup,
        title,
        minutes,
        link: a
            .link
            .as_deref()
            .map(|l| field("--link", crate::domain::rules::optional(l, rules::LINK)))
            .transpose()?
            .flatten(),
        location: a
            .location
            .as_deref()
            .map(|l| field("--location", crate::domain::rules::optional(l, rules::PLACE)))
            .transpose()?
            .flatten(),
        ..SessionFields::default()
    };
    for (i, at) in dates.iter().enumerate() {
        let session = SessionFields { starts_at: *at, ..template.clone() };
        super::sessions::checked(&session, if i == 0 { "--start" } else { "--count" })?;
    }
    let make = |db: Option<&Db>, write: bool| -> Result<Vec<PlannedMeetup>> {
        let (vols, names) = match db {
            Some(db) => volunteers(db, &dates, minutes)?,
            None => (Vec::new(), Vec::new()),
        };
        let who = rotate(&vols, &dates);
        let mut rows = Vec::new();
        for (at, facilitator) in dates.iter().zip(who) {
            let mut session_id = None;
            if let (true, Some(db)) = (write, db) {
                let id = store::insert(db, &SessionFields { starts_at: *at, ..template.clone() })?;
                if let Some(f) = facilitator {
                    store::add_facilitator(db, id, f)?;
                }
                session_id = Some(id);
            }
            rows.push(PlannedMeetup {
                session_id,
                title: template.title.clone(),
                starts_at: *at,
                ends_at: *at + Duration::minutes(i64::from(minutes)),
                facilitator,
                facilitator_name: facilitator
                    .and_then(|f| names.iter().find(|n| n.0 == f).map(|n| n.1.clone())),
            });
        }
        Ok(rows)
    };
    let rows = if a.dry_run {
        match ctx.reader()? {
            Some(s) => s.read(|db| make(Some(db), false))?,
            None => make(None, false)?,
        }
    } else {
        let mut db = ctx.writer()?;
        db.write("plan the meetup", |db| make(Some(db), true))?
    };
    for r in rows.iter().filter(|r| r.facilitator.is_none()) {
        ctx.out.warn(&format!(
            "no volunteer facilitator is free on {}: {} without a facilitator",
            crate::output::sessions::local(r.starts_at),
            if a.dry_run { "it would be created" } else { "created it" }
        ));
    }
    ctx.out.list_all("planned sessions", &rows)?;
    if a.dry_run {
        ctx.out.message(&format!("Dry run: {} sessions planned, nothing was written", rows.len()));
    } else {
        ctx.out.message(&format!("Created {} sessions of {}", rows.len(), template.title));
    }
    Ok(())
}
