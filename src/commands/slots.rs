//! What `popup schedule --suggest` and `assist schedule --suggest` share: the search
//! window typed, and the slots when most of the people are free, with their names.

use chrono::{DateTime, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;

use crate::commands::Context;
use crate::domain::member::Availability;
use crate::domain::slots::{Person, Search, suggest};
use crate::domain::time::local_to_utc;
use crate::error::{Error, Result};
use crate::output::popup::SlotRow;
use crate::store::popups::StoredAvailability;

/// The most days `--suggest` searches at a time.
const MAX_SEARCH_DAYS: i64 = 92;

/// The community's zone (`--tz`, `COP_TZ`, `init --timezone`, `TZ`), where members
/// without a zone are read.
fn local_zone() -> Tz {
    crate::output::zone()
}

fn local_midnight(ctx: &Context, flag: &str, day: chrono::NaiveDate) -> Result<DateTime<Utc>> {
    local_to_utc(day.and_time(NaiveTime::MIN), &ctx.now.timezone(), flag).map_err(Error::invalid)
}

/// The moments `--from` and `--to` (days, local) bound, from now and for two weeks by
/// default; `limit` is checked too, as every search takes one.
pub fn search_window(
    ctx: &Context,
    from: Option<&str>,
    to: Option<&str>,
    limit: usize,
) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    if limit == 0 {
        return Err(Error::invalid("--limit 0: expected at least 1 suggestion"));
    }
    let now = ctx.now_utc();
    let (first, last) = ctx.day_range(from, to)?;
    let from = match first {
        Some(day) => local_midnight(ctx, "--from", day)?.max(now),
        None => now,
    };
    let to = match last {
        Some(day) => {
            let next = day.succ_opt().ok_or_else(|| Error::invalid(format!("--to {day}: out of range")))?;
            local_midnight(ctx, "--to", next)?
        }
        None => from + chrono::Duration::days(14),
    };
    if to <= from {
        return Err(Error::invalid(format!(
            "--to {}: the search starts now, so expected today or a later day",
            last.map(|d| d.to_string()).unwrap_or_default()
        )));
    }
    if to - from > chrono::Duration::days(MAX_SEARCH_DAYS) {
        return Err(Error::invalid(format!("--to: search at most {MAX_SEARCH_DAYS} days at a time")));
    }
    Ok((from, to))
}

/// The best `limit` start times between `from` and `to` for a meeting of `minutes`
/// with the `stored` people, each with the names of who can and cannot come.
pub fn suggest_rows(
    stored: &[StoredAvailability],
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    minutes: u32,
    limit: usize,
) -> Vec<SlotRow> {
    let zone = local_zone();
    let people: Vec<Person> = stored
        .iter()
        .map(|p| Person {
            member_id: p.member_id,
            timezone: p.timezone.as_deref().and_then(crate::domain::time::parse_zone).unwrap_or(zone),
            windows: p
                .windows
                .iter()
                .filter_map(|&(d, s, e)| {
                    let weekday = Weekday::try_from(u8::try_from(d).ok()?).ok()?;
                    Some(Availability { weekday, start_minute: s, end_minute: e })
                })
                .collect(),
        })
        .collect();
    let name_of =
        |id: &i64| stored.iter().find(|p| p.member_id == *id).map(|p| p.name.clone()).unwrap_or_default();
    suggest(&people, &Search { from, to, minutes, limit, zone })
        .into_iter()
        .enumerate()
        .map(|(i, slot)| SlotRow {
            rank: i as i64 + 1,
            available_names: slot.available.iter().map(name_of).collect(),
            unavailable_names: slot.unavailable.iter().map(name_of).collect(),
            slot,
        })
        .collect()
}
