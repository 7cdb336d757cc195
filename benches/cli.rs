//! Whole-process timings of `cop` against `sqlite3` on the same files, in the same run.
//!
//! `cargo bench` builds the release binary, generates communities with `cop demo`, runs
//! each command several times and prints one markdown table: the median wall time (and
//! peak memory where a target names it), the median of `sqlite3` doing the equivalent
//! work on the same database, their ratio, the target and whether it holds.
//! `COP_BENCH_SIZE=small` runs everything at 1/100 of the sizes, for a smoke test; its
//! targets do not apply. `COP_BENCH_RUNS=N` changes the runs per figure (default 5).
//! A second table gives the operation log's costs (`cli/oplog.rs`); `COP_BENCH_BASELINE`
//! names a `cop` without the log to measure them against.

// The operation log's figures, in their own file; not a bench target of its own.
#[path = "cli/oplog.rs"]
mod oplog;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const COP: &str = env!("CARGO_BIN_EXE_cop");

/// Every CLI run of the benchmark is pinned to one moment, so the data is the same each run.
const NOW: &str = "2026-11-24T10:00:00-06:00";
/// An hour after `NOW`: replicas first sync then, after `cop demo` has written (a sync
/// sends what changed at or after its last one, so one in the same second would resend
/// every record of that second).
const SYNCED: &str = "2026-11-24T11:00:00-06:00";
/// A day after `NOW`: edits made then are newer than everything `cop demo` wrote.
const LATER: &str = "2026-11-25T10:00:00-06:00";

/// The query `cop members list` runs: members joined with their tags and windows
/// (Debian's sqlite3 3.40 lacks `group_concat(... ORDER BY ...)`, so its lists stay in
/// index order).
const MEMBERS_SQL: &str = "SELECT m.id, m.uuid, m.name, m.email, m.role, m.status, m.region, m.timezone,
  m.facilitator, m.joined_on, m.note, m.created_at, m.updated_at,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
    WHERE mt.member_id = m.id AND mt.kind = 'interest') AS interests,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
    WHERE mt.member_id = m.id AND mt.kind = 'need') AS needs,
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
    WHERE mt.member_id = m.id AND mt.kind = 'expertise') AS expertise,
  (SELECT group_concat(a.weekday || ' ' || a.start_minute || ' ' || a.end_minute, ',')
     FROM availability a WHERE a.member_id = m.id) AS availability
  FROM members m WHERE m.status = 'active' ORDER BY m.name COLLATE NOCASE, m.id";

/// What `popup match` reads: the members sharing a tag with the popup, their tags and
/// when they last took part.
const MATCH_SQL: &str = "SELECT m.id, m.name,
  (SELECT max(at) FROM (
     SELECT max(s.starts_at) AS at FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE a.member_id = m.id
     UNION ALL SELECT max(s.starts_at) FROM session_facilitators f JOIN sessions s ON s.id = f.session_id
                WHERE f.member_id = m.id
     UNION ALL SELECT max(x.held_at) FROM assist_people ap JOIN assists x ON x.id = ap.assist_id
                WHERE ap.member_id = m.id
     UNION ALL SELECT max(updated_at) FROM popup_members WHERE member_id = m.id AND status = 'joined')),
  (SELECT group_concat(t.name, ',') FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
    WHERE mt.member_id = m.id)
  FROM members m
  WHERE m.id IN (SELECT mt.member_id FROM popup_tags pt JOIN member_tags mt ON mt.tag_id = pt.tag_id
                  WHERE pt.popup_id = 1)
    AND m.status = 'active'
    AND NOT EXISTS (SELECT 1 FROM popup_members pm WHERE pm.popup_id = 1 AND pm.member_id = m.id)
  ORDER BY m.id";

/// What `pairs` reads: the groups of recorded rounds and who attended which session,
/// in the order `cop` pairs them up, the exclusions, and who is left out.
const PAIRS_SQL: &str =
    "SELECT round_id, group_no, member_id FROM pairing_members ORDER BY round_id, group_no, member_id;
  SELECT session_id, member_id FROM attendance ORDER BY session_id, member_id;
  SELECT member_id, other_id FROM pairing_exclusions;
  SELECT member_id, max(until) FROM member_pauses WHERE kind = 'pause' AND resumed_at IS NULL GROUP BY member_id;
  SELECT member_id, round_id, outcome FROM pairing_members WHERE member_id IN
    (SELECT member_id FROM pairing_members WHERE outcome = 'missed')";

/// What `report engagement` reads: every participation of every member.
const ENGAGEMENT_SQL: &str = "SELECT a.member_id, 'attended', s.starts_at FROM attendance a
    JOIN sessions s ON s.id = a.session_id WHERE s.status <> 'cancelled'
  UNION ALL SELECT f.member_id, 'facilitated', s.starts_at FROM session_facilitators f
    JOIN sessions s ON s.id = f.session_id WHERE s.status <> 'cancelled'
  UNION ALL SELECT p.member_id, 'assist', x.held_at FROM assists x
    JOIN (SELECT DISTINCT assist_id, member_id FROM assist_people WHERE role IN ('presenter', 'listener')) p
      ON p.assist_id = x.id
  UNION ALL SELECT m.member_id, 'popup', m.updated_at FROM popup_members m
    JOIN popups p ON p.id = m.popup_id WHERE m.status = 'joined' AND p.status <> 'cancelled'";

/// What `sessions list --upcoming` reads: the sessions to come with their people.
const UPCOMING_SQL: &str = "SELECT s.*, (SELECT group_concat(m.name) FROM rsvps r JOIN members m ON m.id = r.member_id
    WHERE r.session_id = s.id) FROM sessions s WHERE s.starts_at >= '2026-11-24T16:00:00Z' ORDER BY s.starts_at, s.id";

/// What `assist followups` reads: open next steps with their assist and owner.
const FOLLOWUPS_SQL: &str = "SELECT s.id, s.assist_id, a.challenge, s.text, s.owner_id, m.name, s.due_on
  FROM next_steps s JOIN assists a ON a.id = s.assist_id LEFT JOIN members m ON m.id = s.owner_id
  WHERE s.done_at IS NULL ORDER BY s.due_on IS NULL, s.due_on, s.id";

/// One process run: wall time and peak resident memory.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    max_rss_kib: i64,
}

/// Runs `program args` with stdout and stderr discarded (stdin from `input` when given);
/// panics when it fails, since a figure of a failing command means nothing.
fn run(program: &str, args: &[&str], input: Option<&Path>) -> Run {
    run_at(NOW, program, args, input)
}

/// `run`, with the clock at `now`.
// The child is reaped by `wait4`, which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run_at(now: &str, program: &str, args: &[&str], input: Option<&Path>) -> Run {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .env("COP_NOW", now)
        .env("TZ", "America/Chicago")
        .env_remove("COP_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(path) = input {
        cmd.stdin(std::fs::File::open(path).expect("open input"));
    } else {
        cmd.stdin(Stdio::null());
    }
    let start = Instant::now();
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let stderr = child.stderr.take();
    // wait4 rather than Child::wait: it reports the child's own peak memory.
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: the pid is our own unwaited child; status and usage are valid for writes.
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert!(pid > 0, "wait4 failed for {program}");
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        let mut msg = String::new();
        if let Some(mut e) = stderr {
            let _ = std::io::Read::read_to_string(&mut e, &mut msg);
        }
        panic!("{program} {args:?} failed: {msg}");
    }
    Run { wall, max_rss_kib: usage.ru_maxrss }
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort_unstable();
    xs[xs.len() / 2]
}

/// Runs a command `runs` times after one warm-up (`before` runs untimed before each).
fn measure(runs: usize, mut before: impl FnMut(), mut once: impl FnMut() -> Run) -> (Duration, i64) {
    before();
    once();
    let mut walls = Vec::new();
    let mut rss = 0;
    for _ in 0..runs {
        before();
        let r = once();
        walls.push(r.wall);
        rss = rss.max(r.max_rss_kib);
    }
    (median(walls), rss)
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms >= 1000.0 { format!("{:.2} s", ms / 1000.0) } else { format!("{ms:.1} ms") }
}

/// One line of the results.
struct Figure {
    what: String,
    cop: Duration,
    rss_kib: Option<i64>,
    sqlite: Option<Duration>,
    /// At most this many times sqlite3's time.
    max_ratio: Option<f64>,
    /// At most this long.
    max_time: Option<Duration>,
    /// At most this much peak memory, in MiB.
    max_rss_mib: Option<i64>,
}

impl Figure {
    fn new(what: impl Into<String>, cop: (Duration, i64)) -> Figure {
        Figure {
            what: what.into(),
            cop: cop.0,
            rss_kib: None,
            sqlite: None,
            max_ratio: None,
            max_time: None,
            max_rss_mib: None,
        }
        .with_rss(cop.1)
    }

    fn with_rss(mut self, kib: i64) -> Figure {
        self.rss_kib = Some(kib);
        self
    }

    fn ratio(&self) -> Option<f64> {
        self.sqlite.map(|s| self.cop.as_secs_f64() / s.as_secs_f64())
    }

    fn target(&self) -> String {
        let mut parts = Vec::new();
        if let Some(r) = self.max_ratio {
            parts.push(format!("≤ {r}× sqlite3"));
        }
        if let Some(t) = self.max_time {
            parts.push(format!("< {}", ms(t)));
        }
        if let Some(m) = self.max_rss_mib {
            parts.push(format!("< {m} MiB"));
        }
        parts.join(", ")
    }

    fn holds(&self, targets_apply: bool) -> &'static str {
        if !targets_apply {
            return "n/a (small)";
        }
        let ratio_ok = match (self.max_ratio, self.ratio()) {
            (Some(max), Some(r)) => Some(r <= max),
            (Some(_), None) => None,
            _ => Some(true),
        };
        let time_ok = self.max_time.is_none_or(|t| self.cop < t);
        let rss_ok = match (self.max_rss_mib, self.rss_kib) {
            (Some(max), Some(kib)) => kib < max * 1024,
            _ => true,
        };
        match ratio_ok {
            None => "? (no sqlite3)",
            Some(r) if r && time_ok && rss_ok => "yes",
            Some(_) => "no",
        }
    }
}

/// The sizes of the communities measured.
struct Scale {
    members: u32,
    sessions: u32,
    assists: u32,
    popups: u32,
    small_members: u32,
    pair_members: u32,
    import_rows: u32,
}

/// A CSV of `n` members like the ones people import: 8 tags, 2 interests, 1 need,
/// 1 expertise, one weekly window (deterministic, as `bench/members.sh` made it).
fn write_import_csv(path: &Path, n: u32) {
    let tags = [
        "network-mapping",
        "facilitation",
        "social-media",
        "storytelling",
        "evaluation",
        "fundraising",
        "data",
        "coaching",
    ];
    let mut state: u64 = 7;
    let mut next = |k: usize| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % k
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create csv"));
    writeln!(out, "name,email,role,region,interests,needs,expertise,availability").expect("write csv");
    for i in 0..n {
        let a = next(8);
        let b = (a + 1 + next(7)) % 8;
        let (c, d) = (next(8), next(8));
        writeln!(
            out,
            "Member {i},m{i}@example.org,member,region-{},{};{},{},{},fri 12:00-13:00",
            i % 12,
            tags[a],
            tags[b],
            tags[c],
            tags[d]
        )
        .expect("write csv");
    }
    out.flush().expect("write csv");
}

/// Runs a setup command (not timed) and returns what it printed: the id it made.
fn setup(args: &[&str]) -> String {
    let out = Command::new(COP)
        .args(args)
        .env("COP_NOW", NOW)
        .env("TZ", "America/Chicago")
        .env_remove("COP_DB")
        .output()
        .expect("run cop");
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Every file one or two levels under `dir`: a sync folder's replica sub-folders.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read the sync folder").flatten() {
        let p = entry.path();
        if p.is_dir() {
            files.extend(std::fs::read_dir(&p).expect("read a replica folder").flatten().map(|e| e.path()));
        } else {
            files.push(p);
        }
    }
    files
}

/// Removes what was written under `dir` since `kept` was listed, sub-folders too.
fn remove_new_files(dir: &Path, kept: &[PathBuf]) {
    for p in files_under(dir).into_iter().filter(|p| !kept.contains(p)) {
        let _ = std::fs::remove_file(&p);
    }
    for entry in std::fs::read_dir(dir).expect("read the sync folder").flatten() {
        // Only empty folders go; a kept replica's folder refuses.
        let _ = std::fs::remove_dir(entry.path());
    }
}

fn remove_db(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this too, without it,
    // and must not spend minutes here.
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("cop benchmark: run it with `cargo bench`");
        return;
    }
    let small = std::env::var("COP_BENCH_SIZE").is_ok_and(|s| s == "small");
    let runs: usize = std::env::var("COP_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5).max(1);
    let scale = if small {
        Scale {
            members: 1_000,
            sessions: 200,
            assists: 100,
            popups: 20,
            small_members: 100,
            pair_members: 200,
            import_rows: 1_000,
        }
    } else {
        Scale {
            members: 100_000,
            sessions: 20_000,
            assists: 10_000,
            popups: 2_000,
            small_members: 10_000,
            pair_members: 2_000,
            import_rows: 100_000,
        }
    };
    let sqlite = Command::new("sqlite3").arg("-version").output().is_ok_and(|o| o.status.success());
    let dir = tempfile::tempdir().expect("temp dir");
    let at = |name: &str| dir.path().join(name);
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    let mut figures: Vec<Figure> = Vec::new();
    let sq = |db: &Path, flags: &[&str], sql: &str| {
        let db = path(db);
        let mut args: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
        args.push(db);
        args.push(sql.to_string());
        move || run("sqlite3", &args.iter().map(String::as_str).collect::<Vec<_>>(), None)
    };
    eprintln!("cop benchmark: {} runs per figure{}", runs, if small { ", small sizes" } else { "" });
    if !sqlite {
        eprintln!("sqlite3 is not on PATH: ratios are skipped (apt-get install sqlite3)");
    }

    // Generation.
    let big = at("big.db");
    let (m, s, a, p) = (
        scale.members.to_string(),
        scale.sessions.to_string(),
        scale.assists.to_string(),
        scale.popups.to_string(),
    );
    let demo = [
        "--db",
        &path(&big),
        "demo",
        "--members",
        &m,
        "--sessions",
        &s,
        "--assists",
        &a,
        "--popups",
        &p,
        "--seed",
        "1",
    ];
    eprintln!("generating {} members ...", scale.members);
    let g = run(COP, &demo, None);
    let mut f = Figure::new(
        format!("`cop demo --members {m} --sessions {s} --assists {a} --popups {p}`"),
        (g.wall, g.max_rss_kib),
    );
    f.max_time = Some(Duration::from_secs(20));
    figures.push(f);
    let mid = at("mid.db");
    run(
        COP,
        &["--db", &path(&mid), "demo", "--members", &scale.small_members.to_string(), "--seed", "1"],
        None,
    );

    // An absent database, and an empty one.
    let absent = at("absent.db");
    let empty = at("empty.db");
    run(COP, &["--db", &path(&empty), "init"], None);
    // A few milliseconds each: many more runs, so one busy moment cannot move the median.
    let quick_runs = runs * 20;
    for (db, what) in [(&absent, "no database yet"), (&empty, "empty database")] {
        eprintln!("members list, {what} ...");
        let cop = measure(quick_runs, || (), || run(COP, &["--db", &path(db), "members", "list"], None));
        let mut f = Figure::new(format!("`cop members list`, {what}"), cop);
        if sqlite {
            f.sqlite = Some(measure(quick_runs, || (), sq(&empty, &[], "select 1")).0);
        }
        // 2.5x: a position-independent executable is relocated at every start (issue 12).
        f.max_ratio = Some(2.5);
        figures.push(f);
    }

    // Members as JSON.
    for (db, n, memory) in [(&mid, scale.small_members, false), (&big, scale.members, true)] {
        eprintln!("members list --format json, {n} members ...");
        let cop = measure(
            runs,
            || (),
            || run(COP, &["--db", &path(db), "members", "list", "--format", "json"], None),
        );
        let mut f = Figure::new(format!("`cop members list --format json`, {n} members"), cop);
        if sqlite {
            f.sqlite = Some(measure(runs, || (), sq(db, &["-json"], MEMBERS_SQL)).0);
        }
        f.max_ratio = Some(1.5);
        if memory {
            f.max_rss_mib = Some(32);
        }
        figures.push(f);
    }

    // Import.
    eprintln!("members import of {} rows ...", scale.import_rows);
    let csv = at("members.csv");
    write_import_csv(&csv, scale.import_rows);
    let fresh = at("import.db");
    let cop = measure(
        runs,
        || remove_db(&fresh),
        || run(COP, &["--db", &path(&fresh), "members", "import", &path(&csv), "-q"], None),
    );
    let import_median = cop.0;
    let mut f = Figure::new(format!("`cop members import`, {} rows", scale.import_rows), cop);
    if sqlite {
        let plain = at("plain.db");
        let import = format!(".import --csv {} members", path(&csv));
        f.sqlite = Some(measure(runs, || remove_db(&plain), sq(&plain, &["-cmd", &import], "select 1")).0);
    }
    f.max_ratio = Some(3.0);
    f.max_time = Some(Duration::from_secs(3));
    figures.push(f);

    // The whole community out and in, and the first sync of it into an empty replica.
    let big_s = path(&big);
    eprintln!("export and import of {} members ...", scale.members);
    let doc = at("community.json");
    let cop = measure(
        1,
        || {
            let _ = std::fs::remove_file(&doc);
        },
        || run(COP, &["--db", &big_s, "export", "--out", &path(&doc)], None),
    );
    let mut f = Figure::new(format!("`cop export`, {} members", scale.members), cop);
    f.max_rss_mib = Some(64);
    figures.push(f);
    let into = at("imported.db");
    let cop = measure(
        1,
        || remove_db(&into),
        || run(COP, &["--db", &path(&into), "import", &path(&doc), "-q"], None),
    );
    let import_whole = cop.0;
    let mut f = Figure::new(format!("`cop import`, {} members, into an empty database", scale.members), cop);
    f.max_rss_mib = Some(64);
    figures.push(f);
    let share = at("share");
    let _ = std::fs::remove_dir_all(&share);
    let (from, to) = (at("replica-a.db"), at("replica-b.db"));
    let _ = std::fs::copy(&big, &from);
    remove_db(&to);
    run_at(SYNCED, COP, &["--db", &path(&from), "sync", "init", &path(&share), "--as", "A"], None);
    run_at(SYNCED, COP, &["--db", &path(&from), "sync", "-q"], None);
    // Each run starts B afresh: without it the measured run would be an incremental one.
    let only_a = files_under(&share);
    let fresh_b = || {
        remove_db(&to);
        remove_new_files(&share, &only_a);
        run_at(SYNCED, COP, &["--db", &path(&to), "sync", "init", &path(&share), "--as", "B"], None);
    };
    let cop = measure(1, fresh_b, || run_at(SYNCED, COP, &["--db", &path(&to), "sync", "-q"], None));
    let mut f =
        Figure::new(format!("first `cop sync`, {} members, into an empty replica", scale.members), cop);
    f.max_time = Some(import_whole * 2);
    f.max_rss_mib = Some(64);
    figures.push(f);

    // Ten members edited on A a day later; B takes them in. B's database and folder are
    // put back before every run, so each run applies the same ten.
    for id in 1..=10 {
        let note = format!("Met at the regional gathering ({id})");
        run_at(
            LATER,
            COP,
            &["--db", &path(&from), "members", "edit", &id.to_string(), "--note", &note],
            None,
        );
    }
    run_at(LATER, COP, &["--db", &path(&from), "sync", "-q"], None);
    let kept_b = at("replica-b-kept.db");
    std::fs::copy(&to, &kept_b).expect("keep replica B");
    let synced = files_under(&share);
    let cop = measure(
        runs,
        || {
            remove_db(&to);
            std::fs::copy(&kept_b, &to).expect("restore replica B");
            remove_new_files(&share, &synced);
        },
        || run_at(LATER, COP, &["--db", &path(&to), "sync", "-q"], None),
    );
    let mut f =
        Figure::new(format!("incremental `cop sync` of 10 edited members, {} members", scale.members), cop);
    f.max_time = Some(Duration::from_millis(50));
    figures.push(f);

    // Matching, reports, lists.
    let timed: [(&str, &[&str], &str, Duration); 5] = [
        ("`cop popup match 1`", &["popup", "match", "1"], MATCH_SQL, Duration::from_millis(150)),
        ("`cop report engagement`", &["report", "engagement"], ENGAGEMENT_SQL, Duration::from_secs(2)),
        // The same reads as engagement, judged at seven month ends.
        ("`cop report movement`", &["report", "movement"], ENGAGEMENT_SQL, Duration::from_secs(2)),
        (
            "`cop sessions list --upcoming`",
            &["sessions", "list", "--upcoming"],
            UPCOMING_SQL,
            Duration::from_millis(20),
        ),
        ("`cop assist followups`", &["assist", "followups"], FOLLOWUPS_SQL, Duration::from_millis(20)),
    ];
    for (what, args, sql, max) in timed {
        eprintln!("{what} ...");
        let mut all = vec!["--db", big_s.as_str()];
        all.extend_from_slice(args);
        let cop = measure(runs, || (), || run(COP, &all, None));
        let mut f = Figure::new(format!("{what}, {} members", scale.members), cop);
        if sqlite {
            f.sqlite = Some(measure(runs, || (), sq(&big, &[], sql)).0);
        }
        f.max_time = Some(max);
        figures.push(f);
    }

    // Matching listeners for a request on the most common tag, on the generator's data:
    // `assist match` shows the best 20 by default.
    let request = setup(&[
        "--db",
        &big_s,
        "assist",
        "request",
        "--by",
        "1",
        "--challenge",
        "Our volunteers stop facilitating after a year",
        "--tag",
        "facilitation",
    ]);
    eprintln!("assist match ...");
    let cop = measure(runs, || (), || run(COP, &["--db", &big_s, "assist", "match", &request], None));
    let mut f = Figure::new(format!("`cop assist match`, {} members", scale.members), cop);
    f.max_time = Some(Duration::from_millis(150));
    figures.push(f);

    // The hardest case for both matchers: every member has three interests, two needs and
    // one expertise among ten tags, so a popup or request on one tag has about 60% of
    // the community as candidates.
    eprintln!("generating {} members sharing ten tags ...", scale.members);
    let dense = at("dense.db");
    let dense_s = path(&dense);
    run(
        COP,
        &[
            "--db",
            &dense_s,
            "demo",
            "--members",
            &m,
            "--sessions",
            &s,
            "--assists",
            &a,
            "--popups",
            &p,
            "--tags",
            "10",
            "--seed",
            "1",
        ],
        None,
    );
    let popup = setup(&[
        "--db",
        &dense_s,
        "popup",
        "propose",
        "Facilitation for all",
        "--by",
        "1",
        "--tag",
        "facilitation",
    ]);
    let request = setup(&[
        "--db",
        &dense_s,
        "assist",
        "request",
        "--by",
        "1",
        "--challenge",
        "Everyone wants to facilitate",
        "--tag",
        "facilitation",
    ]);
    let dense_match_sql = MATCH_SQL.replace("popup_id = 1", &format!("popup_id = {popup}"));
    let dense_timed: [(&str, Vec<&str>, Option<&str>); 2] = [
        (
            "`cop popup match --limit 20`",
            vec!["popup", "match", &popup, "--limit", "20"],
            Some(&dense_match_sql),
        ),
        ("`cop assist match`", vec!["assist", "match", &request], None),
    ];
    for (what, args, sql) in dense_timed {
        eprintln!("{what}, shared tags ...");
        let mut all = vec!["--db", dense_s.as_str()];
        all.extend_from_slice(&args);
        let cop = measure(runs, || (), || run(COP, &all, None));
        let mut f = Figure::new(format!("{what}, {} members sharing ten tags", scale.members), cop);
        if let (true, Some(sql)) = (sqlite, sql) {
            f.sqlite = Some(measure(runs, || (), sq(&dense, &[], sql)).0);
        }
        f.max_time = Some(Duration::from_millis(150));
        figures.push(f);
    }

    // The community page, written to a file.
    eprintln!("report html ...");
    let page = path(&at("report.html"));
    let html_args = ["--db", big_s.as_str(), "report", "html", "--out", page.as_str(), "--force"];
    let cop = measure(runs, || (), || run(COP, &html_args, None));
    let mut f = Figure::new(format!("`cop report html`, {} members", scale.members), cop);
    f.max_time = Some(Duration::from_secs(3));
    f.max_rss_mib = Some(64);
    figures.push(f);

    // Pairs, after 20 recorded rounds.
    eprintln!("pairs with 20 recorded rounds ...");
    let pairs_db = at("pairs.db");
    let pairs_s = path(&pairs_db);
    run(COP, &["--db", &pairs_s, "demo", "--members", &scale.pair_members.to_string(), "--seed", "1"], None);
    for round in 1..=20 {
        run(COP, &["--db", &pairs_s, "pairs", "--record", "--seed", &round.to_string()], None);
    }
    let cop = measure(runs, || (), || run(COP, &["--db", &pairs_s, "pairs", "--seed", "99"], None));
    let mut f = Figure::new(format!("`cop pairs`, {} members, 20 recorded rounds", scale.pair_members), cop);
    if sqlite {
        f.sqlite = Some(measure(runs, || (), sq(&pairs_db, &[], PAIRS_SQL)).0);
    }
    f.max_time = Some(Duration::from_secs(1));
    figures.push(f);

    // Groups of four, after 20 recorded rounds of groups of four: about 60 earlier
    // co-members each, and the co-attendance of the sessions to spread.
    eprintln!("pairs --size 4 with 20 recorded rounds of four ...");
    let quads_db = at("quads.db");
    let quads_s = path(&quads_db);
    run(COP, &["--db", &quads_s, "demo", "--members", &scale.pair_members.to_string(), "--seed", "1"], None);
    for round in 1..=20 {
        run(COP, &["--db", &quads_s, "pairs", "--size", "4", "--record", "--seed", &round.to_string()], None);
    }
    let cop =
        measure(runs, || (), || run(COP, &["--db", &quads_s, "pairs", "--size", "4", "--seed", "99"], None));
    let mut f = Figure::new(
        format!("`cop pairs --size 4`, {} members, 20 recorded rounds of four", scale.pair_members),
        cop,
    );
    if sqlite {
        f.sqlite = Some(measure(runs, || (), sq(&quads_db, &[], PAIRS_SQL)).0);
    }
    f.max_time = Some(Duration::from_secs(1));
    figures.push(f);

    let mut out = String::new();
    out.push_str("| figure | cop (median) | peak memory | sqlite3 (median) | ratio | target | holds |\n");
    out.push_str("|---|---|---|---|---|---|---|\n");
    for f in &figures {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            f.what,
            ms(f.cop),
            f.rss_kib.map_or("".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
            f.sqlite.map_or("—".into(), ms),
            f.ratio().map_or("—".into(), |r| format!("{r:.2}×")),
            f.target(),
            f.holds(!small),
        ));
    }
    println!("\n{out}");

    eprintln!("the operation log ...");
    let log = oplog::figures(&oplog::Inputs {
        dir: dir.path(),
        runs,
        small,
        csv: &csv,
        rows: scale.import_rows,
        import: import_median,
        big: &big,
        members: scale.members,
    });
    println!("\n{log}");
}
