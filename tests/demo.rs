//! `cop demo --members N ...`: the generated community, at small sizes.

mod common;

use common::Env;

fn count(env: &Env, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).expect("open db");
    conn.query_row(sql, [], |r| r.get(0)).expect(sql)
}

#[test]
fn the_same_seed_makes_the_same_community_and_another_seed_another() {
    let (a, b, c) = (Env::new(), Env::new(), Env::new());
    a.ok(&["demo", "--members", "150", "--seed", "5"]);
    b.ok(&["demo", "--members", "150", "--seed", "5"]);
    c.ok(&["demo", "--members", "150", "--seed", "6"]);
    assert!(a.snapshot() == b.snapshot(), "same seed, same rows");
    assert!(a.snapshot() != c.snapshot(), "another seed, other rows");
}

#[test]
fn sizes_land_with_proportional_defaults() {
    let env = Env::new();
    let out = env.ok(&["demo", "--members", "500", "--seed", "1"]);
    assert!(out.contains("500 members"), "{out}");
    assert!(out.contains("(seed 1)"), "{out}");
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 500);
    assert_eq!(count(&env, "SELECT count(DISTINCT email) FROM members"), 500);
    assert_eq!(count(&env, "SELECT count(*) FROM sessions"), 100, "members / 5");
    assert_eq!(count(&env, "SELECT count(*) FROM assists"), 50, "members / 10");
    assert_eq!(count(&env, "SELECT count(*) FROM popups"), 10, "members / 50");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM (SELECT member_id, count(*) n FROM member_tags GROUP BY member_id)
              WHERE n BETWEEN 3 AND 8"
        ),
        500,
        "every member has 3 to 8 tags"
    );
    let attendance = count(&env, "SELECT count(*) FROM attendance");
    assert!((4_000..=6_000).contains(&attendance), "about 50 per session: {attendance}");
    assert!(count(&env, "SELECT count(*) FROM sessions WHERE starts_at > '2026-11-24T16:00:00Z'") >= 1);
    assert!(count(&env, "SELECT count(*) FROM next_steps WHERE done_at IS NULL") > 0, "some steps open");
    assert!(count(&env, "SELECT count(*) FROM availability") > 0);
    assert!(count(&env, "SELECT count(*) FROM popup_members") > 0);
}

#[test]
fn explicit_sizes_are_kept_and_zero_is_allowed_but_for_members() {
    let env = Env::new();
    env.ok(&["demo", "--members", "40", "--sessions", "0", "--assists", "3", "--popups", "0", "--seed", "2"]);
    assert_eq!(count(&env, "SELECT count(*) FROM members"), 40);
    assert_eq!(count(&env, "SELECT count(*) FROM sessions"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM attendance"), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM assists"), 3);
    assert_eq!(count(&env, "SELECT count(*) FROM popups"), 0);

    let other = Env::new();
    other.ok(&["demo", "--sessions", "10", "--seed", "2"]);
    assert_eq!(
        count(&other, "SELECT count(*) FROM members"),
        1_000,
        "the default when only other sizes are given"
    );
    assert_eq!(count(&other, "SELECT count(*) FROM sessions"), 10);
}

#[test]
fn dense_tags_give_everyone_three_interests_two_needs_and_one_expertise_of_n() {
    let env = Env::new();
    env.ok(&["demo", "--members", "200", "--tags", "10", "--seed", "3"]);
    assert_eq!(count(&env, "SELECT count(*) FROM tags"), 10, "only the vocabulary drawn from");
    for (kind, n) in [("interest", 3), ("need", 2), ("expertise", 1)] {
        let sql = format!(
            "SELECT count(*) FROM (SELECT member_id, count(*) n FROM member_tags WHERE kind = '{kind}'
              GROUP BY member_id) WHERE n = {n}"
        );
        assert_eq!(count(&env, &sql), 200, "every member has {n} {kind} tags");
    }
    assert_eq!(
        count(&env, "SELECT count(*) FROM (SELECT DISTINCT member_id, tag_id FROM member_tags)"),
        1_200,
        "six different tags each"
    );
    env.ok(&["popup", "match", "1"]);
}

#[test]
fn the_generated_community_is_sound_and_every_command_reads_it() {
    let env = Env::new();
    env.ok(&["demo", "--members", "300", "--seed", "9"]);
    env.ok(&["doctor"]);
    env.ok(&["members", "list", "--format", "json"]);
    env.ok(&["sessions", "list", "--upcoming"]);
    env.ok(&["assist", "followups"]);
    env.ok(&["report", "engagement"]);
    env.ok(&["popup", "match", "1"]);
    env.ok(&["pairs", "--seed", "1", "--record"]);
}

#[test]
fn bad_sizes_exit_2_naming_the_flag_and_make_nothing() {
    let env = Env::new();
    for (flag, value) in [
        ("--members", "-1"),
        ("--members", "abc"),
        ("--members", "0"),
        ("--members", "1000001"),
        ("--sessions", "-3"),
        ("--assists", "x"),
        ("--popups", "2.5"),
        ("--tags", "5"),
        ("--tags", "61"),
        ("--seed", "-4"),
    ] {
        let args: &[&str] = if flag == "--members" {
            &["demo", flag, value]
        } else {
            &["demo", "--members", "10", flag, value]
        };
        let err = env.fails(2, args);
        let first = err.lines().next().unwrap_or_default();
        assert!(first.contains(flag), "{flag} {value}: {err}");
        assert!(!env.db().exists(), "{flag} {value} made a database");
    }
    let err = env.fails(2, &["demo", "--seed", "4"]);
    assert!(err.contains("--members"), "a seed alone has nothing to generate: {err}");
}

#[test]
fn a_database_with_members_is_refused_unchanged() {
    let env = Env::new();
    env.member("Ana", &[]);
    let before = env.snapshot();
    let err = env.fails(4, &["demo", "--members", "20", "--seed", "1"]);
    assert!(err.contains("already has members"), "{err}");
    assert!(env.snapshot() == before);
}
