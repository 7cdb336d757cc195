use chrono::Datelike;
use proptest::prelude::*;

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn form_headers_map_to_fields() {
    for (header, field) in [
        ("Email Address", Field::Email),
        ("Your email", Field::Email),
        ("Full name", Field::Name),
        ("Your name", Field::Name),
        ("What would you like to learn?", Field::Needs),
        ("What could you teach others to learn?", Field::Expertise),
        ("Topics of interest", Field::Interests),
        ("Your time zone", Field::Timezone),
        ("When are you available?", Field::Availability),
        ("Would you facilitate a session?", Field::Facilitator),
        ("Anything else?", Field::Note),
    ] {
        assert_eq!(synonym(&key(header)), Some(field), "{header}");
    }
    assert_eq!(synonym(&key("Timestamp")), None);
    assert_eq!(synonym(&key("Shoe size")), None);
    assert!(email_like("E-Mail-Adresse"));
    assert!(!email_like("Name"));
}

#[test]
fn form_timestamps_read_as_their_day() {
    let nov2 = day(2026, 11, 2);
    assert_eq!(parse_timestamp("2026/11/02 9:14:07 AM GMT-6", None), Ok(nov2));
    assert_eq!(parse_timestamp("2026/11/02 11:14:07 PM GMT+05:30", None), Ok(nov2));
    assert_eq!(parse_timestamp("11/2/26 9:14:07", Some(DateOrder::MonthFirst)), Ok(nov2));
    assert_eq!(parse_timestamp("2/11/26 9:14:07", Some(DateOrder::DayFirst)), Ok(nov2));
    assert_eq!(parse_timestamp("11/2/2026 9:14", Some(DateOrder::MonthFirst)), Ok(nov2));
    assert_eq!(parse_timestamp("11/20/2026 9:14", None), Ok(day(2026, 11, 20)), "20 cannot be a month");
    assert_eq!(parse_timestamp("46328.38", None), Ok(nov2));
    assert_eq!(parse_timestamp("46328", None), Ok(nov2));
    assert_eq!(parse_timestamp("1", None), Ok(day(1900, 1, 1)));
    assert!(parse_timestamp("11/2/26 9:14", None).unwrap_err().contains("--date-format"));
}

#[test]
fn bad_timestamps_say_what_was_expected() {
    for bad in [
        "",
        "soon",
        "13/13/26",
        "2026/02/30",
        "11/2/26 25:00",
        "11/2/26 9:14 XM",
        "11/2/26 13:00 PM",
        "11/2/26 9:14 AM GMT+x",
        "0",
        "9999999",
        "11/2/263",
        "1/2/3/4",
        "2026/11/02 9:14 AM GMT-6 extra",
    ] {
        let err = parse_timestamp(bad, Some(DateOrder::MonthFirst)).unwrap_err();
        assert!(err.contains("expected"), "{bad}: {err}");
    }
}

#[test]
fn a_column_tells_its_order_or_is_refused_when_it_mixes_them() {
    assert_eq!(infer_order(["11/2/26", "25/3/26"]), Ok(Some(DateOrder::DayFirst)));
    assert_eq!(infer_order(["11/2/26", "3/25/26"]), Ok(Some(DateOrder::MonthFirst)));
    assert_eq!(infer_order(["11/2/26", "2026/11/02"]), Ok(None));
    assert!(infer_order(["25/3/26", "3/25/26"]).unwrap_err().contains("--date-format"));
    assert!(ambiguous("11/2/26 9:14") && !ambiguous("25/2/26") && !ambiguous("2/2/26"));
    assert_eq!(DateOrder::parse("DMY"), Ok(DateOrder::DayFirst));
    assert_eq!(DateOrder::parse("m/d/y"), Ok(DateOrder::MonthFirst));
    assert!(DateOrder::parse("ymd").is_err());
}

fn excel_serial(d: NaiveDate) -> i64 {
    (d - day(1899, 12, 30)).num_days()
}

proptest! {
    /// Every day from 1901 to 9999, written as each form writes it, reads back as that day.
    #[test]
    fn any_day_round_trips_through_every_form_style(
        days in 0i64..(365 * 8000),
        h in 0u32..24, min in 0u32..60, s in 0u32..60,
        zone in prop_oneof![Just(String::new()), "GMT[+-][0-9]{1,2}", Just("GMT".to_string())],
    ) {
        let d = day(1901, 1, 1) + Duration::days(days);
        prop_assume!(d.year() <= 9999);
        let (h12, ampm) = match h { 0 => (12, "AM"), 1..=11 => (h, "AM"), 12 => (12, "PM"), _ => (h - 12, "PM") };
        let google = format!("{}/{:02}/{:02} {h12}:{min:02}:{s:02} {ampm} {zone}", d.year(), d.month(), d.day());
        prop_assert_eq!(parse_timestamp(&google, None), Ok(d));
        let us = format!("{}/{}/{} {h}:{min:02}", d.month(), d.day(), d.year());
        prop_assert_eq!(parse_timestamp(&us, Some(DateOrder::MonthFirst)), Ok(d));
        let eu = format!("{}/{}/{} {h}:{min:02}:{s:02}", d.day(), d.month(), d.year());
        prop_assert_eq!(parse_timestamp(&eu, Some(DateOrder::DayFirst)), Ok(d));
        if (2000..2100).contains(&d.year()) {
            let short = format!("{}/{}/{:02} {h}:{min:02}:{s:02}", d.month(), d.day(), d.year() % 100);
            prop_assert_eq!(parse_timestamp(&short, Some(DateOrder::MonthFirst)), Ok(d));
        }
        let serial = format!("{}.{:03}", excel_serial(d), (h * 41) % 1000);
        prop_assert_eq!(parse_timestamp(&serial, None), Ok(d));
        // The order shown by a cell is never wrong about it.
        if let Some(o) = order_shown(&us) {
            prop_assert_eq!(o, DateOrder::MonthFirst);
        }
    }

    /// Whatever the text, a timestamp is read or refused, never a panic.
    #[test]
    fn any_text_is_read_or_refused(s in "\\PC{0,30}|[0-9/. :APMGT+-]{0,30}") {
        for order in [None, Some(DateOrder::MonthFirst), Some(DateOrder::DayFirst)] {
            let _ = parse_timestamp(&s, order);
        }
        let _ = infer_order([s.as_str()]);
        let _ = ambiguous(&s);
    }
}
