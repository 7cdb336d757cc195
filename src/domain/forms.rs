//! What Google Forms, Microsoft Forms and Excel put in a sheet: the headers their
//! questions become, and the ways they write a moment.
//!
//! Headers a form writes map to member fields without `--map` (the list is in the
//! README, "Importing a sign-up sheet"); the timestamps they write read as dates, with
//! the day/month order told by `--date-format` or by the column itself.

use chrono::{Duration, NaiveDate};

use super::roster::Field;

/// Headers that mean a field whatever the form (compared as [`key`] makes them).
const EXACT: &[(&str, Field)] = &[
    ("email_address", Field::Email),
    ("email_addresses", Field::Email),
    ("your_email", Field::Email),
    ("your_email_address", Field::Email),
    ("e_mail_address", Field::Email),
    ("mail", Field::Email),
    ("your_name", Field::Name),
    ("full_name", Field::Name),
    ("first_and_last_name", Field::Name),
    ("name_(first_and_last)", Field::Name),
    ("what_is_your_name?", Field::Name),
    ("what's_your_name?", Field::Name),
    ("comments", Field::Note),
    ("comment", Field::Note),
    ("location", Field::Region),
    ("where_are_you_based?", Field::Region),
];

/// Words a question may contain, tried in this order: the first that a header holds
/// decides, so "What could you teach others to learn?" is expertise, not a need.
const CONTAINS: &[(&str, Field)] = &[
    ("teach", Field::Expertise),
    ("expertise", Field::Expertise),
    ("learn", Field::Needs),
    ("interest", Field::Interests),
    ("time_zone", Field::Timezone),
    ("timezone", Field::Timezone),
    ("availab", Field::Availability),
    ("facilitat", Field::Facilitator),
    ("region", Field::Region),
    ("anything_else", Field::Note),
];

/// A header as compared: trimmed, without a BOM, lower case, spaces and hyphens as `_`.
pub fn key(header: &str) -> String {
    header.trim().trim_start_matches('\u{feff}').to_lowercase().replace([' ', '-'], "_")
}

/// The field a form's question header means, when it is one of the documented ones
/// (`key` already made by [`key`]).
pub fn synonym(key: &str) -> Option<Field> {
    if let Some(&(_, f)) = EXACT.iter().find(|(k, _)| *k == key) {
        return Some(f);
    }
    CONTAINS.iter().find(|(w, _)| key.contains(w)).map(|&(_, f)| f)
}

/// Whether an unread header looks like it holds email addresses.
pub fn email_like(header: &str) -> bool {
    key(header).contains("mail")
}

/// How the day and month of a date like `11/2/26` are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateOrder {
    /// Month first, as Microsoft Forms and Excel in the United States write it.
    MonthFirst,
    /// Day first, as most of the world writes it.
    DayFirst,
}

impl DateOrder {
    /// Reads `--date-format`: `mdy` or `dmy` (`m/d/y`, `d/m/y` too).
    pub fn parse(s: &str) -> Result<DateOrder, String> {
        match s.trim().to_lowercase().replace(['/', '-', '.'], "").as_str() {
            "mdy" | "mmddyyyy" | "mmddyy" => Ok(DateOrder::MonthFirst),
            "dmy" | "ddmmyyyy" | "ddmmyy" => Ok(DateOrder::DayFirst),
            _ => Err(format!("{s:?}: expected mdy (11/2/26 is 2 November) or dmy (2 November is 2/11/26)")),
        }
    }
}

/// The parts of a slashed date (`a/b/c`), each still to be told day, month or year.
fn slashed(s: &str) -> Option<(u32, u32, &str)> {
    let date = s.split_whitespace().next()?;
    let mut parts = date.split(['/', '.']);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || a.len() > 2 || b.len() > 2 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, c))
}

/// What a slashed date says about the order of a column: `Some` when its first or
/// second number cannot be a month.
pub fn order_shown(s: &str) -> Option<DateOrder> {
    let (a, b, _) = slashed(s.trim())?;
    match (a > 12, b > 12) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// Whether a cell is a slashed date whose day and month could be swapped.
pub fn ambiguous(s: &str) -> bool {
    slashed(s.trim()).is_some_and(|(a, b, _)| a != b && (1..=12).contains(&a) && (1..=12).contains(&b))
}

/// The order of a column of dates: the one its cells show, `None` when none shows one;
/// an error when some are day first and others month first.
pub fn infer_order<'a>(cells: impl IntoIterator<Item = &'a str>) -> Result<Option<DateOrder>, String> {
    let mut found: Option<(DateOrder, &str)> = None;
    for c in cells {
        if let Some(o) = order_shown(c) {
            match found {
                Some((f, first)) if f != o => {
                    return Err(format!(
                        "joined: {first:?} and {c:?} put day and month in different orders: pass --date-format mdy or dmy"
                    ));
                }
                Some(_) => {}
                None => found = Some((o, c)),
            }
        }
    }
    Ok(found.map(|(o, _)| o))
}

const EXPECTED: &str = "expected a date (2026-11-02), a form's timestamp (2026/11/02 9:14:07 AM GMT-6, \
     11/2/26 9:14:07, 11/2/2026 9:14) or an Excel serial number (46328.38)";

/// The day a form's timestamp falls on, as the form wrote it (its own time zone):
/// Google's `2026/11/02 9:14:07 AM GMT-6`, Microsoft's `11/2/26 9:14:07`, Excel's
/// `11/2/2026 9:14` and serial numbers (days since 1899-12-30, a fraction for the time).
/// `order` says how to read `11/2/26`; without it a date whose day and month could
/// be swapped is refused.
pub fn parse_timestamp(s: &str, order: Option<DateOrder>) -> Result<NaiveDate, String> {
    let t = s.trim();
    let bad = || format!("{s:?}: {EXPECTED}");
    if t.is_empty() {
        return Err(bad());
    }
    if t.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let days: f64 = t.parse().map_err(|_| bad())?;
        // Serial 60 is Excel's 1900-02-29, which never was; serials above 2,958,465
        // are past 9999-12-31.
        if !(1.0..2_958_466.0).contains(&days) {
            return Err(bad());
        }
        let base = NaiveDate::from_ymd_opt(1899, 12, 30).ok_or_else(bad)?;
        let whole = days.floor() as i64;
        let whole = if whole < 61 { whole + 1 } else { whole };
        return base.checked_add_signed(Duration::days(whole)).ok_or_else(bad);
    }
    let mut words = t.split_whitespace();
    let date = words.next().ok_or_else(bad)?;
    check_clock(words).ok_or_else(bad)?;
    let parts: Vec<&str> = date.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else { return Err(bad()) };
    let num = |p: &str| if p.bytes().all(|b| b.is_ascii_digit()) { p.parse::<u32>().ok() } else { None };
    let (a_n, b_n, c_n) = (num(a).ok_or_else(bad)?, num(b).ok_or_else(bad)?, num(c).ok_or_else(bad)?);
    let (y, m, d) = if a.len() == 4 {
        (a_n as i32, b_n, c_n)
    } else {
        let year = match c.len() {
            2 => 2000 + c_n as i32,
            4 => c_n as i32,
            _ => return Err(bad()),
        };
        let order = match (order, order_shown(date)) {
            (Some(o), _) | (None, Some(o)) => o,
            (None, None) if a_n == b_n => DateOrder::MonthFirst,
            (None, None) => {
                return Err(format!(
                    "{s:?}: day and month could be either way round: pass --date-format mdy or dmy"
                ));
            }
        };
        match order {
            DateOrder::MonthFirst => (year, a_n, b_n),
            DateOrder::DayFirst => (year, b_n, a_n),
        }
    };
    NaiveDate::from_ymd_opt(y, m, d).filter(|_| y >= 1).ok_or_else(bad)
}

/// Checks what follows the date: a clock (`9:14`, `9:14:07`), then `AM`/`PM`, then a
/// zone (`GMT-6`, `GMT+05:30`, `UTC`), each optional but in that order.
fn check_clock<'a>(mut words: impl Iterator<Item = &'a str>) -> Option<()> {
    let Some(clock) = words.next() else { return Some(()) };
    let nums: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&nums.len()) || nums.iter().any(|n| n.is_empty() || n.len() > 2) {
        return None;
    }
    let n: Vec<u32> = nums.iter().map(|n| n.parse().ok()).collect::<Option<_>>()?;
    if n[0] > 23 || n[1] > 59 || n.get(2).is_some_and(|s| *s > 59) {
        return None;
    }
    let mut next = words.next();
    if let Some(w) = next
        && (w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm"))
    {
        if !(1..=12).contains(&n[0]) {
            return None;
        }
        next = words.next();
    }
    if let Some(zone) = next {
        let upper = zone.to_ascii_uppercase();
        let rest = upper.strip_prefix("GMT").or_else(|| upper.strip_prefix("UTC"))?;
        if !rest.is_empty() {
            let digits = rest.strip_prefix(['+', '-'])?;
            let ok = digits
                .split(':')
                .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()));
            if !ok {
                return None;
            }
        }
    }
    words.next().is_none().then_some(())
}

#[cfg(test)]
#[path = "forms/tests.rs"]
mod tests;
