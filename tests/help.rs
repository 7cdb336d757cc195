//! The help of `cop` and of each noun, as snapshots: a change to any of it shows up in
//! review as a diff of `tests/snapshots/`, not only as a changed binary.

mod common;

use common::Env;

/// The help at a fixed width, so the snapshots do not depend on the terminal.
fn help(env: &Env, args: &[&str]) -> String {
    let out = env.cop().args(args).arg("--help").env("COLUMNS", "100").env_remove("COP_DB").output().unwrap();
    assert!(out.status.success(), "{args:?} --help failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn top_level_help() {
    let env = Env::new();
    insta::assert_snapshot!("cop", help(&env, &[]));
}

#[test]
fn each_nouns_help() {
    let env = Env::new();
    let nouns = cop::cli::command().get_subcommands().map(|c| c.get_name().to_string()).collect::<Vec<_>>();
    for noun in nouns.iter().filter(|n| *n != "help") {
        insta::assert_snapshot!(format!("cop_{noun}"), help(&env, &[noun]));
    }
}

/// Every flag and argument says in one line what it is for.
#[test]
fn every_argument_is_described() {
    fn walk(c: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for a in c.get_arguments() {
            if a.get_help().is_none() && !a.is_hide_set() {
                missing.push(format!("{path} {}", a.get_id()));
            }
        }
        for s in c.get_subcommands() {
            walk(s, &format!("{path} {}", s.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    walk(&cop::cli::command(), "cop", &mut missing);
    assert!(missing.is_empty(), "arguments without a description:\n{}", missing.join("\n"));
}

/// A command's help opens with its own description, never with the doc comment of a
/// group of flags it shares with other commands (clap takes that for the command's
/// when the group is flattened in), so no two commands open alike.
#[test]
fn each_command_opens_its_help_with_its_own_description() {
    fn walk(c: &clap::Command, path: &str, seen: &mut Vec<(String, String)>) {
        if c.get_name() == "help" {
            return;
        }
        if let Some(about) = c.get_about() {
            seen.push((about.to_string(), path.to_string()));
        }
        for s in c.get_subcommands() {
            walk(s, &format!("{path} {}", s.get_name()), seen);
        }
    }
    let mut seen = Vec::new();
    walk(&cop::cli::command(), "cop", &mut seen);
    seen.sort();
    let twice: Vec<_> =
        seen.windows(2).filter(|w| w[0].0 == w[1].0).map(|w| (&w[0].1, &w[1].1, &w[0].0)).collect();
    assert!(twice.is_empty(), "{twice:#?}");
    let run = cop::cli::command().find_subcommand("assist").and_then(|a| a.find_subcommand("run")).cloned();
    let about = run.and_then(|r| r.get_about().map(ToString::to_string)).unwrap_or_default();
    assert!(about.starts_with("The live guide"), "{about}");
}
