//! `cop meetup plan`: the recurring meetup, with facilitator rotation.

use chrono::{DateTime, Datelike, Days, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::cli::meetup::{MeetupCommand, PlanArgs};
use crate::commands::{Context, field};
use crate::domain::meetup_plan::{DatePlan, decide, overlaps, same_title};
use crate::domain::member::Status;
use crate::domain::rotation::{Volunteer, is_free, rotate};
use crate::domain::rules::Rule;
use crate::domain::session::{self as rules, SessionFields, SessionKind, check_minutes, check_title};
use crate::domain::time::{parse_clock, parse_weekday, series_local_to_utc};
use crate::error::{Error, Result};
use crate::output::sessions::PlannedMeetup;
use crate::store::Db;
use crate::store::meetup_plan::{self, Commitment};
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

/// What the calendar already holds around the plan.
struct Around<'a> {
    /// Sessions led by members (facilitating, presenting, a popup's expert).
    busy: &'a [Commitment],
    /// The meetups `--replace` replans, with their facilitators: neither clashes with
    /// the plan nor counts as an earlier facilitation.
    replaced: &'a [(i64, Vec<i64>)],
}

/// Active volunteer facilitators, with their history and whether they are free on each
/// date: within their weekly windows, and leading no other session at that time.
fn volunteers(
    db: &Db,
    dates: &[DateTime<Utc>],
    minutes: u32,
    around: &Around,
) -> Result<(Vec<Volunteer>, Names)> {
    let history = store::facilitation_history(db)?;
    let filter = MemberFilter {
        facilitator: true,
        status: Some(Status::Active),
        sort: MemberSort::Id,
        ..MemberFilter::default()
    };
    let replaced = |session: i64| around.replaced.iter().any(|(id, _)| *id == session);
    let mut out = Vec::new();
    let mut names = Vec::new();
    members::for_each(db, &filter, |m| {
        let windows = &m.profile.availability;
        let zone: Option<Tz> = m.profile.timezone.as_deref().and_then(crate::domain::time::parse_zone);
        let free = dates
            .iter()
            .map(|&d| {
                let in_window = match &zone {
                    Some(z) => is_free(windows, z, d, minutes),
                    None => is_free(windows, &crate::output::zone(), d, minutes),
                };
                in_window
                    && !around.busy.iter().any(|c| {
                        c.member_id == m.id
                            && !replaced(c.session_id)
                            && overlaps(d, minutes, c.starts_at, c.minutes)
                    })
            })
            .collect();
        let (prior, last) =
            history.iter().find(|h| h.0 == m.id).map_or((0, None), |&(_, n, last)| (n, Some(last)));
        let replanned = around.replaced.iter().filter(|(_, f)| f.contains(&m.id)).count() as u32;
        out.push(Volunteer { id: m.id, prior: prior.saturating_sub(replanned), last, free });
        names.push((m.id, m.profile.name));
        Ok(())
    })?;
    Ok((out, names))
}

/// The days of `--skip`, each read as any date is.
fn skip_days(ctx: &Context, a: &PlanArgs) -> Result<Vec<NaiveDate>> {
    a.skip.iter().filter(|s| !s.trim().is_empty()).map(|s| ctx.date("--skip", s.trim())).collect()
}

/// The plan for each date, and the rows of the sessions it writes.
struct Outcome {
    plans: Vec<DatePlan>,
    rows: Vec<PlannedMeetup>,
    /// Whether any member volunteers to facilitate at all.
    volunteers: bool,
}

fn plan(ctx: &mut Context, a: PlanArgs) -> Result<()> {
    let title = field("--title", check_title(&a.title))?;
    let minutes = field("--minutes", check_minutes(&a.minutes))?;
    let dates = dates(ctx, &a)?;
    let skip = skip_days(ctx, &a)?;
    let tz = ctx.now.timezone();
    let local_day = |t: DateTime<Utc>| t.with_timezone(&tz).date_naive();
    let days: Vec<NaiveDate> = dates.iter().map(|&d| local_day(d)).collect();
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
    let make = |db: Option<&Db>, write: bool| -> Result<Outcome> {
        let existing: Vec<(i64, NaiveDate)> = match db {
            Some(db) => meetup_plan::meetups(db)?
                .into_iter()
                .filter(|(_, t, _, _)| same_title(t, &template.title))
                .map(|(id, _, at, _)| (id, local_day(at)))
                .collect(),
            None => Vec::new(),
        };
        let plans = decide(&days, &existing, &skip, a.replace);
        let written: Vec<(DateTime<Utc>, DatePlan)> =
            dates.iter().zip(&plans).filter(|(_, p)| p.writes()).map(|(d, p)| (*d, *p)).collect();
        let at: Vec<DateTime<Utc>> = written.iter().map(|w| w.0).collect();
        let (vols, names) = match db {
            Some(db) => {
                let busy = meetup_plan::commitments(db)?;
                let mut replaced = Vec::new();
                for (_, p) in &written {
                    if let DatePlan::Replace(id) = p {
                        replaced.push((*id, store::require(db, *id)?.facilitators));
                    }
                }
                volunteers(db, &at, minutes, &Around { busy: &busy, replaced: &replaced })?
            }
            None => (Vec::new(), Vec::new()),
        };
        let who = rotate(&vols, &at);
        let mut rows = Vec::new();
        for ((start, p), facilitator) in written.iter().zip(who) {
            let new = SessionFields { starts_at: *start, ..template.clone() };
            let mut session_id = match p {
                DatePlan::Replace(id) => Some(*id),
                _ => None,
            };
            if let (true, Some(db)) = (write, db) {
                let id = match p {
                    DatePlan::Replace(id) => {
                        let old = store::require(db, *id)?;
                        let kept = SessionFields {
                            trainer: old.trainer,
                            capacity: old.capacity,
                            note: old.note,
                            popup_id: old.popup_id,
                            link: new.link.clone().or(old.link),
                            location: new.location.clone().or(old.location),
                            ..new.clone()
                        };
                        store::update(db, *id, &kept)?;
                        for f in old.facilitators.iter().filter(|f| Some(**f) != facilitator) {
                            store::remove_facilitator(db, *id, *f)?;
                        }
                        *id
                    }
                    _ => store::insert(db, &new)?,
                };
                if let Some(f) = facilitator {
                    store::add_facilitator(db, id, f)?;
                }
                session_id = Some(id);
            }
            rows.push(PlannedMeetup {
                session_id,
                title: template.title.clone(),
                starts_at: *start,
                ends_at: *start + Duration::minutes(i64::from(minutes)),
                facilitator,
                facilitator_name: facilitator
                    .and_then(|f| names.iter().find(|n| n.0 == f).map(|n| n.1.clone())),
            });
        }
        Ok(Outcome { plans, rows, volunteers: !vols.is_empty() })
    };
    let Outcome { plans, rows, volunteers } = if a.dry_run {
        match ctx.reader()? {
            Some(s) => s.read(|db| make(Some(db), false))?,
            None => make(None, false)?,
        }
    } else {
        let mut db = ctx.writer()?;
        db.write("plan the meetup", |db| make(Some(db), true))?
    };
    for day in skip.iter().filter(|d| !days.contains(d)) {
        ctx.out.warn(&format!("--skip {day}: not a date of this plan, nothing to skip"));
    }
    let unled = rows.iter().filter(|r| r.facilitator.is_none()).count();
    if !volunteers && unled > 0 {
        ctx.out.warn(&format!(
            "no member volunteers to facilitate (`members edit MEMBER --facilitator`): {} without a facilitator",
            crate::output::count(unled, "session")
        ));
    }
    for r in rows.iter().filter(|r| volunteers && r.facilitator.is_none()) {
        ctx.out.warn(&format!(
            "no volunteer facilitator is free on {}: {} without a facilitator",
            crate::output::sessions::local(r.starts_at),
            if a.dry_run { "it would be created" } else { "created it" }
        ));
    }
    ctx.out.list_all("planned sessions", &rows)?;
    let kept: Vec<String> = plans
        .iter()
        .filter_map(|p| match p {
            DatePlan::Already(id) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    let replaced = plans.iter().filter(|p| matches!(p, DatePlan::Replace(_))).count();
    let created = rows.len() - replaced;
    let skipped = plans.iter().filter(|p| **p == DatePlan::Skipped).count();
    let mut said = vec![format!(
        "{} {} of {}",
        if a.dry_run { "Dry run: would create" } else { "Created" },
        crate::output::count(created, "session"),
        template.title
    )];
    if replaced > 0 {
        said.push(format!("replanned {replaced}"));
    }
    if !kept.is_empty() {
        said.push(format!(
            "left {} already planned as they are (session {}; --replace replans them)",
            kept.len(),
            kept.join(", ")
        ));
    }
    if skipped > 0 {
        said.push(format!("skipped {skipped} (--skip)"));
    }
    let mut message = said.join(", ");
    if a.dry_run {
        message.push_str("; nothing was written");
    }
    ctx.out.message(&message);
    Ok(())
}
