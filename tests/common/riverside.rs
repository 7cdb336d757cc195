//! A small fixed community whose levels move in known months, for `report movement`,
//! `members show` and `report html` (as of the tests' NOW, 2026-11-24, with the default
//! 120-day window and 3/2/1 thresholds):
//! - Ana: core by role, peripheral by level: the role no longer decides it.
//! - Bo: joins a popup on 2026-09-10 and a meetup on 2026-09-20: peripheral -> active in
//!   September, after a popup and a session.
//! - Cy: one meetup on 2026-10-08: peripheral -> occasional in October.
//! - Di: three meetups in June: peripheral -> core in June, back to peripheral in
//!   October when they leave the window.
//! - Tom: a trainer at every meetup: transactional.
//! - Eve: joins on 2026-11-02 and does nothing yet: a peripheral newcomer in November.

use rusqlite::{Connection, params};

use super::Env;

pub struct Riverside {
    pub ana: i64,
    pub bo: i64,
    pub cy: i64,
    pub di: i64,
    pub tom: i64,
    pub eve: i64,
}

fn conn(env: &Env) -> Connection {
    Connection::open(env.db()).expect("open test database")
}

/// A meetup on `day` at 18:00 UTC (noon in Chicago) attended by `members`.
pub fn meetup(env: &Env, day: &str, members: &[i64]) -> i64 {
    let c = conn(env);
    let at = format!("{day}T18:00:00Z");
    c.execute(
        "INSERT INTO sessions (uuid, kind, title, starts_at, status, created_at, updated_at)
         VALUES (?1, 'meetup', 'Friday hour', ?2, 'scheduled', ?2, ?2)",
        params![uuid::Uuid::new_v4().to_string(), at],
    )
    .expect("insert session");
    let id = c.last_insert_rowid();
    for m in members {
        c.execute(
            "INSERT INTO attendance (session_id, member_id, created_at) VALUES (?1, ?2, ?3)",
            params![id, m, at],
        )
        .expect("insert attendance");
    }
    id
}

/// A done popup titled `title`, joined by `member` on `day`.
pub fn popup_joined(env: &Env, title: &str, day: &str, member: i64) -> i64 {
    let c = conn(env);
    let at = format!("{day}T15:00:00Z");
    c.execute(
        "INSERT INTO popups (uuid, title, status, created_at, updated_at) VALUES (?1, ?2, 'done', ?3, ?3)",
        params![uuid::Uuid::new_v4().to_string(), title, at],
    )
    .expect("insert popup");
    let id = c.last_insert_rowid();
    c.execute(
        "INSERT INTO popup_members (popup_id, member_id, status, created_at, updated_at)
         VALUES (?1, ?2, 'joined', ?3, ?3)",
        params![id, member, at],
    )
    .expect("insert popup member");
    id
}

pub fn riverside(env: &Env) -> Riverside {
    let joined = ["--joined", "2026-01-05"];
    let ana = env.member("Ana", &["--role", "core", "--joined", "2026-01-05"]);
    let bo = env.member("Bo", &joined);
    let cy = env.member("Cy", &joined);
    let di = env.member("Di", &joined);
    let tom = env.member("Tom", &["--role", "trainer", "--joined", "2026-01-05"]);
    let eve = env.member("Eve", &["--joined", "2026-11-02"]);
    for day in ["2026-06-05", "2026-06-12", "2026-06-19"] {
        meetup(env, day, &[di, tom]);
    }
    popup_joined(env, "Network mapping", "2026-09-10", bo);
    meetup(env, "2026-09-20", &[bo, tom]);
    meetup(env, "2026-10-08", &[cy, tom]);
    Riverside { ana, bo, cy, di, tom, eve }
}
