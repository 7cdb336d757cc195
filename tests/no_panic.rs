//! No input may panic: every command of the clap tree, found by walking the definition
//! itself (so a new command is covered without touching this file), is run with no
//! arguments, with each positional given "" and other hostile values, and with each
//! option given values of the wrong kind, against a small community with a member,
//! popup, session, assist, resource and pairing round behind id 1; and once more, with
//! plausible arguments, where no database exists yet. Exit 101 (a panic), a signal or
//! a hang fails.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use clap::Command as Clap;

/// Values of the wrong kind for any option: not numbers, numbers past every integer
/// type, impossible and far-away dates, offsets that overflow, and text that is
/// neither ASCII nor left-to-right.
const HOSTILE: &[&str] = &[
    "",
    " ",
    "abc",
    "-1",
    "0",
    "99999999999999999999",
    "4294967295",
    "-9223372036854775808",
    "2026-13-45",
    "+100000m",
    "-100000m",
    "--9223372036854775808d",
    "+-4611686018427387904w",
    "9999-12-31 23:59",
    "fri 24:00",
    "\u{202e}עברית 🙂 e\u{301} \u{200d}'; DROP TABLE members; --",
];

/// Values for positionals (MEMBER, P, S, FILE, TEXT...): empty, no such record, past
/// every integer type, LIKE wildcards, and text that is neither ASCII nor left-to-right.
/// (A leading '-' would be read as a flag by clap, which refuses it before cop runs.)
const HOSTILE_POSITIONAL: &[&str] =
    &["", "0", "99999999999999999999", "%", "_%", "\u{202e}עברית 🙂 e\u{301}'; --"];

/// One invocation: the words after `cop`.
type Case = Vec<String>;

/// A command of the tree: the words that reach it (a parent's positionals filled with
/// a plausible value) and its own arguments.
struct Node {
    path: Vec<String>,
    cmd: Clap,
}

fn nodes() -> Vec<Node> {
    fn walk(path: Vec<String>, cmd: &Clap, out: &mut Vec<Node>) {
        for sub in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            out.push(Node { path: p.clone(), cmd: sub.clone() });
            // A parent's own positionals come before its subcommand (`popup agenda P add`).
            for arg in sub.get_positionals() {
                p.push(plausible(arg));
            }
            walk(p, sub, out);
        }
    }
    let mut out = Vec::new();
    walk(Vec::new(), &cop::cli::command(), &mut out);
    out
}

/// A value that gets past the argument's own check, so the other arguments are reached.
fn plausible(arg: &clap::Arg) -> String {
    if let Some(v) = arg.get_possible_values().first() {
        return v.get_name().to_string();
    }
    let name = arg.get_value_names().and_then(|v| v.first()).map(|s| s.as_str()).unwrap_or("");
    match (arg.get_id().as_str(), name) {
        ("every", _) => "1w",
        ("weekday", _) | (_, "DAY") => "fri",
        (_, "HH:MM") => "12:00",
        (_, "DATE" | "WHEN") => "2026-12-04",
        (_, "TAG") => "facilitation",
        (_, "WINDOW") => "fri 12:00-13:00",
        _ => "1",
    }
    .to_string()
}

fn takes_value(arg: &clap::Arg) -> bool {
    arg.get_num_args().is_none_or(|n| n.takes_values())
        && !matches!(
            arg.get_action(),
            clap::ArgAction::SetTrue | clap::ArgAction::SetFalse | clap::ArgAction::Count
        )
}

/// Every invocation for one command: bare; each positional given each hostile value;
/// each option given each hostile value while the required arguments hold plausible
/// ones; each flag set, and given a value it cannot take.
fn cases(node: &Node) -> Vec<Case> {
    let args: Vec<&clap::Arg> = node.cmd.get_arguments().collect();
    let positionals: Vec<&clap::Arg> = args.iter().copied().filter(|a| a.is_positional()).collect();
    let options: Vec<&clap::Arg> =
        args.iter().copied().filter(|a| !a.is_positional() && takes_value(a)).collect();
    let flags: Vec<&clap::Arg> =
        args.iter().copied().filter(|a| !a.is_positional() && !takes_value(a)).collect();
    let required: Vec<&clap::Arg> = options.iter().copied().filter(|a| a.is_required_set()).collect();
    let flag = |a: &clap::Arg| format!("--{}", a.get_long().expect("every option has a long name"));
    let with = |positional: &dyn Fn(usize) -> String, skip: Option<&str>| -> Case {
        let mut c = node.path.clone();
        c.extend((0..positionals.len()).map(positional));
        for r in &required {
            if Some(r.get_id().as_str()) != skip {
                c.push(flag(r));
                c.push(plausible(r));
            }
        }
        c
    };
    let mut out = vec![node.path.clone()];
    for i in 0..positionals.len() {
        for value in HOSTILE_POSITIONAL {
            out.push(with(&|j| if i == j { value.to_string() } else { plausible(positionals[j]) }, None));
        }
    }
    for opt in &options {
        for value in HOSTILE {
            let mut c = with(&|j| plausible(positionals[j]), Some(opt.get_id().as_str()));
            // `--opt=VALUE` so that values starting with '-' are read as values.
            c.push(format!("{}={value}", flag(opt)));
            out.push(c);
        }
    }
    // The global output options reach every printer: each format, and ids only.
    if !node.cmd.has_subcommands() {
        let globals = cop::cli::command();
        let format = globals.get_arguments().find(|a| a.get_id() == "format").expect("--format");
        for f in format.get_possible_values() {
            let mut c = with(&|j| plausible(positionals[j]), None);
            c.push(format!("--format={}", f.get_name()));
            out.push(c);
        }
        let mut c = with(&|j| plausible(positionals[j]), None);
        c.push("-q".into());
        out.push(c);
    }
    // Last, as they may be destructive (`--yes`): each flag set, and given a value.
    for f in &flags {
        for word in [flag(f), format!("{}=abc", flag(f))] {
            let mut c = with(&|j| plausible(positionals[j]), None);
            c.push(word);
            out.push(c);
        }
    }
    out
}

/// The command with every positional and required option given a plausible value.
fn plausibly(node: &Node) -> Case {
    let mut c = node.path.clone();
    for a in node.cmd.get_arguments() {
        if a.is_positional() {
            c.push(plausible(a));
        } else if a.is_required_set() && takes_value(a) {
            c.push(format!("--{}={}", a.get_long().expect("a long name"), plausible(a)));
        }
    }
    c
}

/// The community every command runs against, written once and copied for each command
/// so one command's writes (an archive, a cancel) do not starve the next of data.
fn template(dir: &Path) -> PathBuf {
    let db = dir.join("cop.db");
    let run = |args: &[&str]| {
        let out = common::cop_at(&db).args(args).output().expect("run cop");
        assert!(out.status.success(), "setup {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&["demo", "--here"]);
    run(&[
        "assist",
        "log",
        "--challenge",
        "Grow",
        "--presenter",
        "1",
        "--listener",
        "2",
        "--idea",
        "Map",
        "--resource",
        "Net Gains https://example.org/n",
        "--takeaway",
        "2: a map",
        "--next-step",
        "Draft @1 due:fri",
    ]);
    run(&["resources", "add", "Book", "--url", "https://example.org/b", "--tag", "facilitation"]);
    run(&["popup", "agenda", "1", "add", "Draw", "--minutes", "20"]);
    run(&["pairs", "--seed", "1", "--record"]);
    run(&["tags", "alias", "fac", "facilitation"]);
    // One connection left: SQLite has folded the log back into the file.
    assert!(!dir.join("cop.db-wal").exists());
    db
}

/// Runs one invocation (stdin a closed pipe, never a terminal) and returns a description of what went wrong, if anything.
fn check(dir: &Path, db: &Path, case: &Case) -> Option<String> {
    let out = common::cop_at(db)
        .env("TMPDIR", dir)
        .current_dir(dir)
        .args(case)
        .timeout(Duration::from_secs(10))
        .output()
        .expect("run cop");
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(101) => Some(format!("cop {case:?} panicked: {stderr}")),
        None => Some(format!("cop {case:?} ended by a signal or the 10 s timeout: {stderr}")),
        Some(_) if stderr.contains("panicked at") => Some(format!("cop {case:?}: {stderr}")),
        Some(_) => None,
    }
}

#[test]
fn no_command_panics_on_missing_empty_or_wrong_kinds_of_values() {
    let home = tempfile::tempdir().unwrap();
    let template = template(home.path());
    // (whether the community is there, the invocations): every command also runs, with
    // plausible arguments, on a database that does not exist yet.
    let mut work: Vec<(bool, Vec<Case>)> = nodes().iter().map(|n| (true, cases(n))).collect();
    work.extend(nodes().iter().map(|n| (false, vec![plausibly(n)])));
    // The global options, once, on a command that reads and one that writes.
    for value in HOSTILE {
        for cmd in [&["members", "list"][..], &["init"][..]] {
            let mut c: Case = cmd.iter().map(|s| s.to_string()).collect();
            c.push(format!("--db={value}"));
            work.push((true, vec![c]));
        }
    }
    let total: usize = work.iter().map(|(_, c)| c.len()).sum();
    // An invocation clap refuses never reaches cop's own code, and clap's refusal is
    // the same for each: one per command is run, to see it exit 2; the rest are
    // checked in this process only.
    let mut clap = cop::cli::command();
    for (_, cases) in &mut work {
        let mut refused_once = false;
        cases.retain(|c| {
            let refused = clap
                .try_get_matches_from_mut(std::iter::once("cop").chain(c.iter().map(String::as_str)))
                .is_err_and(|e| e.use_stderr());
            let keep = !refused || !refused_once;
            refused_once |= refused;
            keep
        });
    }
    let run: usize = work.iter().map(|(_, c)| c.len()).sum();
    eprintln!("{} commands, {total} invocations, {run} of them past clap and run", work.len());
    assert!(work.len() > 60 && run > 1000, "the walk found only {} commands, {run} cases", work.len());

    let queue = Mutex::new(work);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for worker in 0..4 {
            let (queue, failures, template, home) = (&queue, &failures, &template, home.path());
            s.spawn(move || {
                loop {
                    let Some((filled, cases)) = queue.lock().unwrap().pop() else { break };
                    // Each command starts from the same community, in a directory of its own.
                    let dir = home.join(format!("w{worker}"));
                    let _ = std::fs::remove_dir_all(&dir);
                    std::fs::create_dir(&dir).unwrap();
                    let db = dir.join("cop.db");
                    if filled {
                        std::fs::copy(template, &db).unwrap();
                    }
                    for case in &cases {
                        if let Some(f) = check(&dir, &db, case) {
                            failures.lock().unwrap().push(f);
                        }
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {total} invocations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
