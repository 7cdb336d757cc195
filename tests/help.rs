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
