//! What the operation log costs (issue 13): time on `members import` and `members add`,
//! `cop undo` against the import it takes back, and the file's growth.
//!
//! The cost of the log on a command is measured against a `cop` without it, when
//! `COP_BENCH_BASELINE` names one (a release build of the commit before the log);
//! without it those figures say "no baseline".

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{COP, measure, ms, remove_db, run};

/// One line of the log's table.
struct Line {
    what: String,
    value: String,
    reference: String,
    target: String,
    holds: String,
}

fn holds(ok: bool, targets_apply: bool) -> String {
    match (targets_apply, ok) {
        (false, _) => "n/a (small)".into(),
        (true, true) => "yes".into(),
        (true, false) => "no".into(),
    }
}

fn s(p: &Path) -> String {
    p.to_str().expect("utf-8 path").to_string()
}

/// The bytes of the log's pages and of everything else in the file (SQLite's `dbstat`).
fn pages(db: &Path) -> (i64, i64) {
    let conn = rusqlite::Connection::open(db).expect("open db");
    let sum =
        |sql: &str| conn.query_row(sql, [], |r| r.get::<_, Option<i64>>(0)).expect("dbstat").unwrap_or(0);
    let log = sum(
        "SELECT sum(pgsize) FROM dbstat WHERE name IN ('operations', 'oplog_settings', 'oplog_mentions')",
    );
    (log, sum("SELECT sum(pgsize) FROM dbstat") - log)
}

fn kib(bytes: i64) -> String {
    format!("{:.1} MiB", bytes as f64 / 1_048_576.0)
}

pub struct Inputs<'a> {
    pub dir: &'a Path,
    pub runs: usize,
    pub small: bool,
    /// The members sheet, and `cop members import`'s median on it (with the log).
    pub csv: &'a Path,
    pub rows: u32,
    pub import: Duration,
    /// The generated community, exported for `cop import`.
    pub big: &'a Path,
    pub members: u32,
}

/// Measures every figure of the log and returns them as a markdown table.
pub fn figures(i: &Inputs) -> String {
    let apply = !i.small;
    let baseline = std::env::var_os("COP_BENCH_BASELINE").map(PathBuf::from);
    let base = baseline.as_ref().map(|b| s(b));
    let at = |name: &str| i.dir.join(name);
    let mut lines = Vec::new();

    // The log's cost on a large import.
    let fresh = at("log-import.db");
    let import_line = match &base {
        Some(b) => {
            eprintln!("members import without the log ...");
            let without = measure(
                i.runs,
                || remove_db(&fresh),
                || run(b, &["--db", &s(&fresh), "members", "import", &s(i.csv), "-q"], None),
            )
            .0;
            let ratio = i.import.as_secs_f64() / without.as_secs_f64();
            Line {
                what: format!("`cop members import`, {} rows: with the log / without", i.rows),
                value: ms(i.import),
                reference: format!("{} ({ratio:.2}×)", ms(without)),
                target: "≤ 1.15×".into(),
                holds: holds(ratio <= 1.15, apply),
            }
        }
        None => Line {
            what: format!("`cop members import`, {} rows, with the log", i.rows),
            value: ms(i.import),
            reference: "no baseline".into(),
            target: "≤ 1.15× without".into(),
            holds: "?".into(),
        },
    };
    lines.push(import_line);

    // Undo of that import, against the import's own time.
    eprintln!("undo of the members import ...");
    let undo = measure(
        i.runs,
        || {
            remove_db(&fresh);
            run(COP, &["--db", &s(&fresh), "members", "import", &s(i.csv), "-q"], None);
        },
        || run(COP, &["--db", &s(&fresh), "undo", "-q"], None),
    )
    .0;
    let ratio = undo.as_secs_f64() / i.import.as_secs_f64();
    lines.push(Line {
        what: "`cop undo` of that import / the import".into(),
        value: ms(undo),
        reference: format!("{} ({ratio:.2}×)", ms(i.import)),
        target: "≤ 2×".into(),
        holds: holds(ratio <= 2.0, apply),
    });

    // The file: the import's changeset against the data it imported.
    remove_db(&fresh);
    run(COP, &["--db", &s(&fresh), "members", "import", &s(i.csv), "-q"], None);
    let (log, data) = pages(&fresh);
    lines.push(Line {
        what: "file growth: the log of that import / its data".into(),
        value: kib(log),
        reference: format!("{} ({:.2}×)", kib(data), log as f64 / data as f64),
        target: "≤ 1×".into(),
        holds: holds(log <= data, apply),
    });

    // Undo of a whole-community `cop import`.
    eprintln!("cop import of the whole community ...");
    let doc = at("log-community.json");
    let _ = std::fs::remove_file(&doc);
    run(COP, &["--db", &s(i.big), "export", "--out", &s(&doc)], None);
    let target = at("log-community.db");
    // An import into an empty database keeps no change to undo, so the file holds one
    // member first.
    let one_member = || {
        remove_db(&target);
        run(COP, &["--db", &s(&target), "members", "add", "Already Here", "-q"], None);
    };
    let few = i.runs.min(2);
    let imported =
        measure(few, one_member, || run(COP, &["--db", &s(&target), "import", &s(&doc), "-q"], None)).0;
    let undone = measure(
        few,
        || {
            one_member();
            run(COP, &["--db", &s(&target), "import", &s(&doc), "-q"], None);
        },
        || run(COP, &["--db", &s(&target), "undo", "-q"], None),
    )
    .0;
    let ratio = undone.as_secs_f64() / imported.as_secs_f64();
    one_member();
    run(COP, &["--db", &s(&target), "import", &s(&doc), "-q"], None);
    lines.push(Line {
        what: format!(
            "`cop undo` of `cop import` ({} members, into a file of one member) / the import",
            i.members
        ),
        value: ms(undone),
        reference: format!("{} ({ratio:.2}×)", ms(imported)),
        target: "≤ 2×".into(),
        holds: holds(ratio <= 2.0, apply),
    });
    let (log, data) = pages(&target);
    lines.push(Line {
        what: "file growth: the log of that import / its data".into(),
        value: kib(log),
        reference: format!("{} ({:.2}×)", kib(data), log as f64 / data as f64),
        target: "≤ 1×".into(),
        holds: holds(log <= data, apply),
    });

    // One small write, many times: its time against a cop without the log (the two
    // taking turns, so that a busy moment costs both alike), and the file's growth.
    eprintln!("members add, one at a time ...");
    let adds = i.runs * 40;
    let small_db = at("log-adds.db");
    let plain = at("log-adds-base.db");
    for db in [&small_db, &plain] {
        remove_db(db);
    }
    run(COP, &["--db", &s(&small_db), "init"], None);
    if let Some(b) = &base {
        run(b, &["--db", &s(&plain), "init"], None);
    }
    let (log0, data0) = pages(&small_db);
    let (mut with, mut without) = (Vec::new(), Vec::new());
    for n in 0..=adds {
        let name = format!("Member {n}");
        let args = |db: &Path| {
            vec![
                "--db".to_string(),
                s(db),
                "members".into(),
                "add".into(),
                name.clone(),
                "--need".into(),
                "gis".into(),
                "-q".into(),
            ]
        };
        let a = args(&small_db);
        with.push(run(COP, &a.iter().map(String::as_str).collect::<Vec<_>>(), None).wall);
        if let Some(b) = &base {
            let a = args(&plain);
            without.push(run(b, &a.iter().map(String::as_str).collect::<Vec<_>>(), None).wall);
        }
    }
    let (log1, data1) = pages(&small_db);
    let with = super::median(with);
    lines.push(match &base {
        Some(_) => {
            let without = super::median(without);
            Line {
                what: "`cop members add`: with the log, without".into(),
                value: ms(with),
                reference: format!("{} (+{})", ms(without), ms(with.saturating_sub(without))),
                target: "< 1 ms more".into(),
                holds: holds(with < without + Duration::from_millis(1), apply),
            }
        }
        None => Line {
            what: "`cop members add`, with the log".into(),
            value: ms(with),
            reference: "no baseline".into(),
            target: "< 1 ms more than without".into(),
            holds: "?".into(),
        },
    });
    let runs_made = (adds + 1) as i64;
    lines.push(Line {
        what: format!("file growth: the log of {runs_made} adds / their data"),
        value: format!("{} bytes an add", (log1 - log0) / runs_made),
        reference: format!(
            "{} bytes ({:.2}×)",
            (data1 - data0) / runs_made,
            (log1 - log0) as f64 / (data1 - data0).max(1) as f64
        ),
        target: "≤ 1×".into(),
        holds: holds(log1 - log0 <= data1 - data0, apply),
    });

    let mut out = String::from("| the operation log | with the log | reference | target | holds |\n");
    out.push_str("|---|---|---|---|---|\n");
    for l in lines {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            l.what, l.value, l.reference, l.target, l.holds
        ));
    }
    out
}
