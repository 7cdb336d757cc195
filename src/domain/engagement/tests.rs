//! Unit and property tests of the parent module, kept apart so the module reads in one sitting.

use super::*;
use proptest::prelude::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn history(id: i64, joined: &str, days: &[&str]) -> History {
    History {
        member_id: id,
        name: format!("m{id}"),
        role: Role::Member,
        joined: day(joined),
        participations: days.iter().map(|d| Participation { on: day(d), kind: Kind::Attended }).collect(),
    }
}

#[test]
fn levels_follow_the_default_thresholds() {
    let t = Thresholds::default();
    assert_eq!(level(0, Role::Member, &t), Level::Peripheral);
    assert_eq!(level(1, Role::Member, &t), Level::Occasional);
    assert_eq!(level(2, Role::Member, &t), Level::Active);
    assert_eq!(level(3, Role::Member, &t), Level::Core);
    assert_eq!(level(0, Role::Core, &t), Level::Peripheral, "the core level is earned, not named");
    assert_eq!(level(2, Role::Core, &t), Level::Active);
    assert_eq!(level(3, Role::Core, &t), Level::Core);
    assert_eq!(level(40, Role::Guest, &t), Level::Transactional, "guests stay outside");
    assert_eq!(level(40, Role::Trainer, &t), Level::Transactional);
}

#[test]
fn the_window_ends_on_the_day_and_ignores_later_and_older_days() {
    let h = history(1, "2026-01-01", &["2026-08-01", "2026-10-01", "2026-11-24", "2026-12-01"]);
    let s = standing(&h, day("2026-11-24"), 90);
    assert_eq!(s.total, 2);
    assert_eq!(s.last_seen, Some(day("2026-11-24")));
    // 90 days before 2026-11-24 is 2026-08-26: that day itself is outside.
    assert!(!in_window(day("2026-08-26"), day("2026-11-24"), 90));
    assert!(in_window(day("2026-08-27"), day("2026-11-24"), 90));
}

#[test]
fn counts_are_kept_per_kind() {
    let mut h = history(1, "2026-01-01", &["2026-11-01"]);
    h.participations.push(Participation { on: day("2026-11-02"), kind: Kind::Facilitated });
    h.participations.push(Participation { on: day("2026-11-03"), kind: Kind::Assist });
    h.participations.push(Participation { on: day("2026-11-04"), kind: Kind::Popup });
    let s = standing(&h, day("2026-11-24"), 30);
    assert_eq!((s.total, s.attended, s.facilitated, s.assists, s.popups), (4, 1, 1, 1, 1));
}

#[test]
fn a_member_moving_from_peripheral_to_active_shows_in_the_right_month() {
    // Joined in June, silent until two sessions in September.
    let h = history(1, "2026-06-10", &["2026-09-05", "2026-09-19"]);
    let months = Month::last(day("2026-11-24"), 6);
    let rows = growth(&[h], &months, day("2026-11-24"), 90, &Thresholds::default());
    let shown: Vec<(String, u32, u32, u32, u32, u32)> = rows
        .iter()
        .map(|(m, r)| (m.to_string(), r.active, r.peripheral, r.joined, r.moved_up, r.moved_down))
        .collect();
    assert_eq!(
        shown,
        vec![
            ("2026-06".into(), 0, 1, 1, 0, 0),
            ("2026-07".into(), 0, 1, 0, 0, 0),
            ("2026-08".into(), 0, 1, 0, 0, 0),
            ("2026-09".into(), 1, 0, 0, 1, 0),
            ("2026-10".into(), 1, 0, 0, 0, 0),
            // 90 days before 2026-11-24 the two September days are still in.
            ("2026-11".into(), 1, 0, 0, 0, 0),
        ]
    );
    // ... and they fall back once the window has passed them.
    let later = growth(
        &[history(1, "2026-06-10", &["2026-09-05", "2026-09-19"])],
        &[Month { year: 2026, month: 12 }],
        day("2026-12-31"),
        90,
        &Thresholds::default(),
    );
    assert_eq!(later[0].1.peripheral, 1);
    assert_eq!(later[0].1.moved_down, 1);
}

#[test]
fn members_count_only_from_the_month_they_joined() {
    let a = history(1, "2026-10-20", &[]);
    let b = history(2, "2026-11-02", &["2026-11-03"]);
    let rows =
        growth(&[a, b], &Month::last(day("2026-11-24"), 3), day("2026-11-24"), 90, &Thresholds::default());
    let totals: Vec<u32> =
        rows.iter().map(|(_, r)| r.core + r.active + r.occasional + r.peripheral).collect();
    assert_eq!(totals, vec![0, 1, 2]);
    assert_eq!(rows[2].1.joined, 1);
    assert_eq!(rows[2].1.moved_up, 0, "a newcomer has no month before to move from");
}

#[test]
fn months_run_back_across_the_year() {
    let m: Vec<String> = Month::last(day("2026-02-15"), 3).iter().map(ToString::to_string).collect();
    assert_eq!(m, vec!["2025-12", "2026-01", "2026-02"]);
    assert_eq!(Month { year: 2024, month: 2 }.last_day(), day("2024-02-29"));
}

#[test]
fn activity_counts_each_participant_once_a_month() {
    let h = vec![
        (day("2026-11-01"), Happening::Session(SessionKind::Meetup)),
        (day("2026-11-08"), Happening::Session(SessionKind::Training)),
        (day("2026-11-01"), Happening::Participant(1)),
        (day("2026-11-08"), Happening::Participant(1)),
        (day("2026-11-08"), Happening::Participant(2)),
        (day("2026-10-08"), Happening::Participant(2)),
        (day("2026-11-09"), Happening::Assist),
        (day("2026-11-09"), Happening::PopupProposed),
    ];
    let rows = activity(&h, &Month::last(day("2026-11-24"), 2));
    assert_eq!(rows[0].1.participants, 1);
    let nov = &rows[1].1;
    assert_eq!((nov.sessions[0], nov.sessions[1], nov.assists, nov.popups_proposed), (1, 1, 1, 1));
    assert_eq!(nov.participants, 2);
}

#[test]
fn thresholds_must_be_ordered() {
    assert!(Thresholds::default().check().is_ok());
    assert!(Thresholds { core: 2, active: 3, occasional: 1 }.check().unwrap_err().contains("--core"));
    assert!(Thresholds { core: 6, active: 3, occasional: 0 }.check().is_err());
}

fn arb_days() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(0u32..400, 0..20)
}

fn from_offsets(offsets: &[u32]) -> Vec<Participation> {
    let base = day("2026-01-01");
    offsets
        .iter()
        .map(|o| Participation { on: base + Days::new(u64::from(*o)), kind: Kind::Attended })
        .collect()
}

proptest! {
    #[test]
    fn more_participations_never_lower_a_level(
        n in 0u32..50, extra in 0u32..50, occ in 1u32..5, act in 0u32..5, core in 0u32..5, role in proptest::sample::select(Role::ALL.to_vec())
    ) {
        let t = Thresholds { occasional: occ, active: occ + act, core: occ + act + core };
        prop_assert!(level(n + extra, role, &t) >= level(n, role, &t));
    }

    #[test]
    fn the_core_role_earns_the_same_level_as_any_member(n in 0u32..50) {
        let t = Thresholds::default();
        prop_assert_eq!(level(n, Role::Core, &t), level(n, Role::Member, &t));
    }

    #[test]
    fn adding_a_participation_never_lowers_a_standing(
        offsets in arb_days(), more in 0u32..400, as_of in 0u32..400, window in 1u32..200
    ) {
        let mut h = history(1, "2025-12-01", &[]);
        h.participations = from_offsets(&offsets);
        let as_of = day("2026-01-01") + Days::new(u64::from(as_of));
        let t = Thresholds::default();
        let before = level_on(&h, as_of, window, &t);
        h.participations.extend(from_offsets(&[more]));
        prop_assert!(level_on(&h, as_of, window, &t) >= before);
    }

    #[test]
    fn growth_counts_every_member_who_has_joined_once(
        joins in proptest::collection::vec(0u32..300, 0..12), offsets in arb_days()
    ) {
        let as_of = day("2026-11-24");
        let histories: Vec<History> = joins.iter().enumerate().map(|(i, j)| History {
            member_id: i as i64,
            name: String::new(),
            role: Role::Member,
            joined: day("2026-01-01") + Days::new(u64::from(*j)),
            participations: from_offsets(&offsets),
        }).collect();
        let months = Month::last(as_of, 12);
        for (m, row) in growth(&histories, &months, as_of, 90, &Thresholds::default()) {
            let joined = histories.iter().filter(|h| Month::of(h.joined) <= m).count() as u32;
            prop_assert_eq!(row.core + row.active + row.occasional + row.peripheral + row.transactional, joined);
            prop_assert!(row.moved_up + row.moved_down + row.joined <= joined);
        }
    }
}
