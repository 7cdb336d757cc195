//! Unit and property tests of the parent module, kept apart so the module reads in one sitting.

use super::*;
use crate::domain::matching::{MatchKind, rank, wanted};

fn fill(db: &Db, cs: &mut [Candidate], groups: Option<&[Group]>) {
    let ids: Vec<i64> = cs.iter().map(|c| c.member_id).collect();
    let known = known(db, &ids, groups).unwrap();
    for ((c, at), name) in cs.iter_mut().zip(known.last_active).zip(known.names) {
        c.last_active = at;
        c.name = name;
    }
}

/// A small community with random tags and participations, many at the same moment
/// (ties), some in requested assists (which do not count), with popup 1 on tags a, b.
fn community(seed: u64) -> rusqlite::Connection {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    super::super::schema::migrate(&mut conn, std::time::Duration::ZERO).unwrap();
    let mut rng = fastrand::Rng::with_seed(seed);
    let at = |rng: &mut fastrand::Rng| format!("2026-0{}-0{}T10:00:00Z", rng.u32(1..4), rng.u32(1..4));
    let sql = |conn: &rusqlite::Connection, q: &str| conn.execute_batch(q).unwrap();
    sql(&conn, "INSERT INTO tags (uuid, name, created_at, updated_at) VALUES ('a', 'a', 'x', 'x'), ('b', 'b', 'x', 'x'), ('c', 'c', 'x', 'x');
                INSERT INTO popups (uuid, title, created_at, updated_at) VALUES ('p', 'P', 'x', 'x');
                INSERT INTO popups (uuid, title, created_at, updated_at) VALUES ('q', 'Q', 'x', 'x');
                INSERT INTO popup_tags VALUES (1, 1), (1, 2);");
    for m in 1..=40 {
        let names = ["Ana", "ana", "Bo", "Cy", "Dee"];
        let status = if rng.u32(0..10) == 0 { "archived" } else { "active" };
        sql(
            &conn,
            &format!(
                "INSERT INTO members (uuid, name, status, created_at, updated_at) VALUES ('m{m}', '{}', '{status}', 'x', 'x')",
                names[rng.usize(..names.len())]
            ),
        );
        for tag in 1..=3 {
            let kind = ["interest", "need", "expertise", "none"][rng.usize(..4)];
            if kind != "none" {
                sql(&conn, &format!("INSERT INTO member_tags VALUES ({m}, '{kind}', {tag}, 'x')"));
            }
        }
    }
    for s in 1..=12 {
        sql(
            &conn,
            &format!(
                "INSERT INTO sessions (uuid, title, starts_at, created_at, updated_at) VALUES ('s{s}', 'S', '{}', 'x', 'x')",
                at(&mut rng)
            ),
        );
        for m in 1..=40 {
            match rng.u32(0..12) {
                0 => sql(&conn, &format!("INSERT INTO attendance VALUES ({s}, {m}, 'x')")),
                1 => sql(&conn, &format!("INSERT INTO session_facilitators VALUES ({s}, {m}, 'x')")),
                _ => {}
            }
        }
    }
    for x in 1..=6 {
        let status = if x % 3 == 0 { "requested" } else { "logged" };
        sql(
            &conn,
            &format!(
                "INSERT INTO assists (uuid, held_at, challenge, status, created_at, updated_at)
             VALUES ('x{x}', '{}', 'C', '{status}', 'x', 'x')",
                at(&mut rng)
            ),
        );
        for m in 1..=40 {
            if rng.u32(0..8) == 0 {
                sql(&conn, &format!("INSERT INTO assist_people VALUES ({x}, {m}, 'listener', 'x')"));
            }
        }
    }
    for m in 1..=40 {
        if rng.u32(0..6) == 0 {
            let (popup, status) = if rng.bool() { (2, "joined") } else { (2, "invited") };
            let t = at(&mut rng);
            sql(
                &conn,
                &format!("INSERT INTO popup_members VALUES ({popup}, {m}, '{status}', 0, '{t}', '{t}')"),
            );
        }
    }
    conn
}

#[test]
fn the_best_few_are_the_first_of_everyone_ranked_in_full() {
    let tags = vec!["a".to_string(), "b".to_string()];
    for seed in 0..60 {
        let conn = community(seed);
        let db = Db::new(&conn, Utc::now());
        let mut all = super::super::popups::match_candidates(&db, 1, db.now.date_naive()).unwrap();
        fill(&db, &mut all, None);
        let full = rank(&tags, &all, None);
        for k in 0..12 {
            let mut some = super::super::popups::match_candidates(&db, 1, db.now.date_naive()).unwrap();
            let groups = wanted(&tags, &some, Some(k));
            fill(&db, &mut some, groups.as_deref());
            let best = rank(&tags, &some, Some(k));
            let first = |kind| full.iter().filter(move |m| m.kind == kind).take(k);
            let expected: Vec<_> =
                first(MatchKind::Learner).chain(first(MatchKind::Expert)).cloned().collect();
            assert_eq!(best, expected, "seed {seed}, limit {k}");
        }
    }
}

#[test]
fn a_participation_counts_the_same_however_it_is_read() {
    for seed in 0..20 {
        let conn = community(seed);
        let db = Db::new(&conn, Utc::now());
        let mut one = super::super::popups::match_candidates(&db, 1, db.now.date_naive()).unwrap();
        fill(&db, &mut one, None);
        let expected: Vec<Option<i64>> = one.iter().map(|c| c.last_active.map(|t| t.timestamp())).collect();
        assert!(expected.iter().any(Option::is_some));
        let ids: Vec<i64> = one.iter().map(|c| c.member_id).collect();
        let place = ById::new(ids.iter().zip(0u32..).map(|(&id, i)| (id, i)));
        for reading in [Reading::Cheaper, Reading::ByMember, Reading::Whole] {
            let every = every_last_active(&db, &place, &ids, reading).unwrap();
            assert_eq!(every, expected, "seed {seed}, {reading:?}");
        }
    }
}

#[test]
fn a_pool_finds_its_members_and_leaves_out_the_excluded() {
    let pool = Pool::new(vec![9, 3, 3, 5, 12], &[5, 40]);
    assert_eq!(pool.ids(), [3, 9, 12]);
    assert_eq!((pool.slot(3), pool.slot(9), pool.slot(12)), (Some(0), Some(1), Some(2)));
    assert_eq!((pool.slot(5), pool.slot(4), pool.slot(-1), pool.slot(1 << 40)), (None, None, None, None));
}

#[test]
fn far_apart_ids_are_mapped_without_a_huge_array() {
    let pool = Pool::new(vec![1, i64::MAX, 1 << 50], &[]);
    assert_eq!(pool.slot(i64::MAX), Some(2));
    assert_eq!(pool.slot(1 << 50), Some(1));
    assert_eq!(pool.slot(2), None);
}
