//! Reading the dates and times people type, relative to a given "now".
//!
//! Accepted: `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` (or with `T`), RFC 3339, `today`,
//! `tomorrow`, `yesterday`, weekday names (`fri`, `friday`: the next such day, today
//! included, as GNU `date` reads them), and offsets `+3d`, `-2w`, `+1m` (months).
//! A relative day may be followed by a time: `fri 12:00`, `tomorrow 18:30`.
//! Everything is read in the zone of `now` and returned in UTC.

use chrono::{
    DateTime, Datelike, Days, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset as _,
    TimeZone, Utc, Weekday,
};

const EXPECTED: &str = "expected YYYY-MM-DD, YYYY-MM-DD HH:MM, RFC 3339, today, tomorrow, \
yesterday, a weekday (fri) or an offset (+3d, +2w, -1m)";

/// The years a stored date may fall in: RFC 3339 and `YYYY-MM-DD` have four-digit
/// years, so a later moment could be written but never read back.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A moment as every `*_at` column stores it and every machine format (json, csv)
/// prints it: RFC 3339 in UTC, to the second.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Refuses a day outside [`YEARS`] (`+100000m`, `9999-12-31 23:00` west of UTC).
pub fn check_day(day: NaiveDate, input: &str) -> Result<NaiveDate, String> {
    if YEARS.contains(&day.year()) {
        Ok(day)
    } else {
        Err(format!("{input:?}: out of range: years {} to {}", YEARS.start(), YEARS.end()))
    }
}

/// Refuses a moment whose UTC day falls outside [`YEARS`].
pub fn check_moment(at: DateTime<Utc>, input: &str) -> Result<DateTime<Utc>, String> {
    check_day(at.date_naive(), input).map(|_| at)
}

/// An IANA zone name as people type it, in any case: `america/chicago` is America/Chicago.
pub fn parse_zone(input: &str) -> Option<chrono_tz::Tz> {
    let s = input.trim();
    s.parse()
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|z| z.name().eq_ignore_ascii_case(s)))
}

/// What [`parse_zone`] refuses, said for the flag or variable that carried it.
pub fn zone_error(field: &str, input: &str) -> String {
    format!("{field} {input:?}: expected an IANA time zone name like America/Chicago")
}

/// The zone of the environment: `TZ` when it names an IANA zone (a leading `:` aside;
/// a POSIX rule like `CST6CDT` is passed over, as other tools do), else the machine's.
pub fn environment_zone() -> chrono_tz::Tz {
    let tz = std::env::var("TZ").ok().and_then(|v| parse_zone(v.trim_start_matches(':')));
    tz.unwrap_or_else(system_zone)
}

/// The machine's own zone, as `/etc/localtime` links to it; UTC when it names none.
pub fn system_zone() -> chrono_tz::Tz {
    let linked = std::fs::read_link("/etc/localtime").ok().and_then(|p| {
        let p = p.to_string_lossy().into_owned();
        p.split_once("zoneinfo/").and_then(|(_, name)| parse_zone(name))
    });
    let named = || std::fs::read_to_string("/etc/timezone").ok().and_then(|s| parse_zone(&s));
    linked.or_else(named).unwrap_or(chrono_tz::UTC)
}

/// Parses a weekday name or its three-letter form (`fri`, `Friday`).
pub fn parse_weekday(s: &str) -> Option<Weekday> {
    let lower = s.trim().to_lowercase();
    let all = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    all.iter().find(|(name, _)| lower.len() >= 3 && name.starts_with(&lower)).map(|&(_, d)| d)
}

/// Parses `HH:MM` (24-hour clock).
pub fn parse_clock(s: &str) -> Option<NaiveTime> {
    let (h, m) = s.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// Reads a calendar day (`YYYY-MM-DD`, `today`, `fri`, `+2w`, ...) in the zone of `now`.
pub fn parse_date<Tz: TimeZone>(input: &str, now: &DateTime<Tz>) -> Result<NaiveDate, String> {
    check_day(read_date(input, now)?, input)
}

fn read_date<Tz: TimeZone>(input: &str, now: &DateTime<Tz>) -> Result<NaiveDate, String> {
    let s = input.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.with_timezone(&now.timezone()).date_naive());
    }
    relative_day(s, now.date_naive()).ok_or_else(|| format!("{input:?}: {EXPECTED}"))
}

/// Reads a moment in the zone of `now`; a bare day means its midnight.
pub fn parse_datetime<Tz: TimeZone>(input: &str, now: &DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    check_moment(read_datetime(input, now)?, input)
}

fn read_datetime<Tz: TimeZone>(input: &str, now: &DateTime<Tz>) -> Result<DateTime<Utc>, String> {
    let s = input.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Ok(dt.with_timezone(&Utc));
    }
    for fmt in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt) {
            return local_to_utc(naive, &now.timezone(), input);
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return local_to_utc(d.and_time(NaiveTime::MIN), &now.timezone(), input);
    }
    let (day_part, time) = match s.rsplit_once(' ') {
        Some((day, clock)) if parse_clock(clock).is_some() => (day.trim(), parse_clock(clock)),
        _ => (s, None),
    };
    if let Some(off) = parse_offset(day_part)
        && time.is_none()
    {
        // A bare offset keeps the time of day: `+2h` style offsets are not needed here,
        // and `+3d` means "three days from now".
        let moved = apply_offset(now.naive_local(), off)
            .ok_or_else(|| format!("{input:?}: offset is out of range"))?;
        return local_to_utc(moved, &now.timezone(), input);
    }
    let day = relative_day(day_part, now.date_naive()).ok_or_else(|| format!("{input:?}: {EXPECTED}"))?;
    local_to_utc(day.and_time(time.unwrap_or(NaiveTime::MIN)), &now.timezone(), input)
}

/// Converts a local wall-clock time to UTC; in a DST fold the earlier instant is taken,
/// and a time skipped by a DST jump is refused rather than silently moved.
pub fn local_to_utc<Tz: TimeZone>(
    naive: NaiveDateTime,
    tz: &Tz,
    input: &str,
) -> Result<DateTime<Utc>, String> {
    tz.from_local_datetime(&naive).earliest().map(|dt| dt.with_timezone(&Utc)).ok_or_else(|| {
        format!("{input:?}: that time does not exist in the local time zone (a daylight-saving jump)")
    })
}

/// Converts one date of a recurring series. A time a daylight-saving jump skips is read
/// with the offset in force before the jump, as RFC 5545 (3.3.5) has calendars do: a
/// weekly 02:30 falls at 03:30 on the one morning the clocks spring forward, instead of
/// failing the whole series. In a fold the earlier instant is taken. `None` only at the
/// edges of the calendar.
pub fn series_local_to_utc<Tz: TimeZone>(naive: NaiveDateTime, tz: &Tz) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
        LocalResult::None => {
            // No zone jumps twice in a day, so a day earlier the old offset still held.
            let before = tz.from_local_datetime(&naive.checked_sub_days(Days::new(1))?).earliest()?;
            let offset = before.offset().fix().local_minus_utc();
            let utc = naive.checked_sub_signed(chrono::Duration::seconds(i64::from(offset)))?;
            Some(Utc.from_utc_datetime(&utc))
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Offset {
    Days(i64),
    Months(i64),
}

fn parse_offset(s: &str) -> Option<Offset> {
    let sign = match s.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let body = &s[1..];
    let unit = body.chars().last()?;
    let digits = &body[..body.len() - unit.len_utf8()];
    // Digits only: `+-5d` is no offset, and a signed parse would let `--9223372036854775808d`
    // overflow below.
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = digits.parse().ok().filter(|&n| n <= 100_000)?;
    match unit.to_ascii_lowercase() {
        'd' => Some(Offset::Days(sign * n)),
        'w' => Some(Offset::Days(sign * n * 7)),
        'm' => Some(Offset::Months(sign * n)),
        _ => None,
    }
}

fn apply_offset(at: NaiveDateTime, off: Offset) -> Option<NaiveDateTime> {
    match off {
        Offset::Days(d) if d >= 0 => at.checked_add_days(Days::new(d as u64)),
        Offset::Days(d) => at.checked_sub_days(Days::new(d.unsigned_abs())),
        Offset::Months(m) if m >= 0 => at.checked_add_months(Months::new(u32::try_from(m).ok()?)),
        Offset::Months(m) => at.checked_sub_months(Months::new(u32::try_from(m.unsigned_abs()).ok()?)),
    }
}

fn relative_day(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    match s.to_lowercase().as_str() {
        "today" | "now" => return Some(today),
        "tomorrow" => return today.succ_opt(),
        "yesterday" => return today.pred_opt(),
        _ => {}
    }
    if let Some(off) = parse_offset(s) {
        return apply_offset(today.and_time(NaiveTime::MIN), off).map(|dt| dt.date());
    }
    let wd = parse_weekday(s)?;
    let ahead = (7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today.checked_add_days(Days::new(ahead as u64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::FixedOffset;
    use proptest::prelude::*;

    #[test]
    fn zones_are_read_in_any_case_and_come_back_as_iana_spells_them() {
        assert_eq!(parse_zone("america/chicago"), Some(chrono_tz::America::Chicago));
        assert_eq!(parse_zone(" EUROPE/BERLIN "), Some(chrono_tz::Europe::Berlin));
        assert_eq!(parse_zone("utc"), Some(chrono_tz::UTC));
        assert_eq!(parse_zone("Mars/Olympus"), None);
        assert_eq!(parse_zone(""), None);
    }

    fn chicago(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    #[test]
    fn a_series_time_skipped_by_the_clocks_moves_past_the_jump() {
        let tz = chrono_tz::America::Chicago;
        // 02:30 does not exist on 2027-03-14: read at CST, it is 08:30 UTC, 03:30 CDT.
        let t = series_local_to_utc(chicago("2027-03-14 02:30"), &tz).unwrap();
        assert_eq!(t.to_rfc3339(), "2027-03-14T08:30:00+00:00");
        assert_eq!(t.with_timezone(&tz).format("%H:%M").to_string(), "03:30");
        // An ordinary day and a fold (01:30 twice on 2027-11-07: the first, CDT).
        assert_eq!(
            series_local_to_utc(chicago("2027-03-21 02:30"), &tz).unwrap().to_rfc3339(),
            "2027-03-21T07:30:00+00:00"
        );
        assert_eq!(
            series_local_to_utc(chicago("2027-11-07 01:30"), &tz).unwrap().to_rfc3339(),
            "2027-11-07T06:30:00+00:00"
        );
    }

    proptest! {
        #[test]
        fn every_series_time_lands_at_or_just_after_its_wall_clock(
            minutes in 0i64..(60 * 24 * 365 * 5),
            zone in prop::sample::select(vec![
                chrono_tz::America::Chicago,
                chrono_tz::Europe::Berlin,
                chrono_tz::Australia::Lord_Howe,
                chrono_tz::America::Sao_Paulo,
                chrono_tz::Asia::Kolkata,
            ]),
        ) {
            let naive = chicago("2025-01-01 00:00") + chrono::Duration::minutes(minutes);
            let t = series_local_to_utc(naive, &zone).unwrap();
            let wall = t.with_timezone(&zone).naive_local();
            // Never earlier than asked, and at most the length of a jump (an hour) later.
            prop_assert!(wall >= naive && wall - naive <= chrono::Duration::hours(1), "{naive} -> {wall}");
        }
    }

    /// Tuesday 2026-11-24 09:30 at UTC-5.
    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-24T09:30:00-05:00").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn iso_forms_are_read_in_the_local_zone() {
        assert_eq!(parse_datetime("2026-12-01", &now()).unwrap(), utc("2026-12-01T05:00:00Z"));
        assert_eq!(parse_datetime("2026-12-01 12:00", &now()).unwrap(), utc("2026-12-01T17:00:00Z"));
        assert_eq!(parse_datetime("2026-12-01T12:00", &now()).unwrap(), utc("2026-12-01T17:00:00Z"));
        assert_eq!(parse_datetime("2026-12-01T12:00:00+01:00", &now()).unwrap(), utc("2026-12-01T11:00:00Z"));
    }

    #[test]
    fn relative_words_count_from_now() {
        let n = now();
        assert_eq!(parse_date("today", &n).unwrap().to_string(), "2026-11-24");
        assert_eq!(parse_date("tomorrow", &n).unwrap().to_string(), "2026-11-25");
        assert_eq!(parse_date("fri", &n).unwrap().to_string(), "2026-11-27");
        assert_eq!(parse_date("Tuesday", &n).unwrap().to_string(), "2026-11-24");
        assert_eq!(parse_date("mon", &n).unwrap().to_string(), "2026-11-30");
        assert_eq!(parse_date("+3d", &n).unwrap().to_string(), "2026-11-27");
        assert_eq!(parse_date("+2w", &n).unwrap().to_string(), "2026-12-08");
        assert_eq!(parse_date("-1m", &n).unwrap().to_string(), "2026-10-24");
        assert_eq!(parse_datetime("fri 12:00", &n).unwrap(), utc("2026-11-27T17:00:00Z"));
        assert_eq!(parse_datetime("+1d", &n).unwrap(), utc("2026-11-25T14:30:00Z"));
    }

    #[test]
    fn nonsense_is_refused_with_the_expected_forms() {
        for bad in [
            "",
            "fr",
            "2026-13-01",
            "2026-02-30",
            "+3x",
            "+d",
            "next week",
            "2026-12-01 25:00",
            "+-5d",
            "--9223372036854775808d",
            "+-4611686018427387904w",
            "+100001d",
        ] {
            let err = parse_datetime(bad, &now()).unwrap_err();
            assert!(err.contains("expected") || err.contains("range"), "{bad}: {err}");
        }
    }

    #[test]
    fn moments_past_four_digit_years_are_refused() {
        assert_eq!(parse_date("9999-12-31", &now()).unwrap().to_string(), "9999-12-31");
        assert!(parse_datetime("9999-12-31 18:00", &now()).is_ok());
        // 23:00 at UTC-5 is already year 10000 in UTC, which RFC 3339 cannot write.
        for bad in ["9999-12-31 23:00", "0000-12-31", "+100000m", "-100000m", "+96000m", "-24400m"] {
            let err = parse_datetime(bad, &now()).unwrap_err();
            assert!(err.contains("out of range"), "{bad}: {err}");
        }
        assert!(parse_date("+96000m", &now()).is_err());
    }

    #[test]
    fn clock_times_are_strict() {
        assert_eq!(parse_clock("9:05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert!(parse_clock("25:00").is_none());
        assert!(parse_clock("12:5").is_none());
        assert!(parse_clock("noon").is_none());
    }

    #[test]
    fn skipped_local_times_are_refused() {
        let ny = chrono_tz::America::New_York;
        let n = ny.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        assert!(parse_datetime("2026-03-08 02:30", &n).is_err());
        assert!(parse_datetime("2026-11-01 01:30", &n).is_ok());
    }

    proptest! {
        #[test]
        fn any_iso_day_round_trips(days in 0u64..200_000) {
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + Days::new(days);
            prop_assert_eq!(parse_date(&d.to_string(), &now()).unwrap(), d);
        }

        #[test]
        fn weekdays_land_within_a_week(w in 0usize..7) {
            let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
            let d = parse_date(names[w], &now()).unwrap();
            let ahead = (d - now().date_naive()).num_days();
            prop_assert!((0..7).contains(&ahead));
            prop_assert_eq!(d.weekday().num_days_from_monday() as usize, w);
        }

        #[test]
        fn arbitrary_text_never_panics(s in "\\PC{0,24}") {
            let _ = parse_datetime(&s, &now());
            let _ = parse_date(&s, &now());
        }

        #[test]
        fn offsets_of_any_size_are_read_or_refused(sign in "[-+]{1,2}", n in prop_oneof![any::<i64>(), 0i64..=100_000, 99_990i64..100_010], unit in "[dwmDWMx]", clock in "( [0-9:]{0,6})?") {
            let s = format!("{sign}{n}{unit}{clock}");
            let (day, moment) = (parse_date(&s, &now()), parse_datetime(&s, &now()));
            if sign.len() == 1 && (0..=100_000).contains(&n) && unit != "x" && clock.is_empty() {
                // Read, unless it lands outside the years a date can be stored in.
                for err in [day.as_ref().err(), moment.as_ref().err()].into_iter().flatten() {
                    prop_assert!(unit.eq_ignore_ascii_case("m") && err.contains("out of range"), "{}: {}", s, err);
                }
            }
            if n > 100_000 || sign.len() == 2 || n < 0 {
                prop_assert!(day.is_err() && moment.is_err(), "{}", s);
            }
        }

        #[test]
        fn date_shaped_text_is_read_within_the_years_or_refused(
            y in prop_oneof![any::<i32>(), -2i32..10_002], m in 0u8..14, d in 0u8..33, h in 0u8..26,
            min in 0u8..62, sep in "[ T]", off in "[-+]",
        ) {
            let texts = [
                format!("{y}-{m:02}-{d:02}"),
                format!("{y:04}-{m:02}-{d:02}{sep}{h:02}:{min:02}"),
                format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:00{off}{h:02}:00"),
            ];
            for s in texts {
                if let Ok(day) = parse_date(&s, &now()) {
                    prop_assert!(YEARS.contains(&day.year()));
                    prop_assert_eq!(parse_date(&day.to_string(), &now()), Ok(day));
                }
                if let Ok(at) = parse_datetime(&s, &now()) {
                    let stored = at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                    prop_assert_eq!(parse_datetime(&stored, &now()), Ok(at), "{}", stored);
                }
            }
        }
    }
}
