//! Flags as typed: negative offsets are values, and a flag that would do nothing is
//! refused (exit 2, one line naming it) rather than ignored.

mod common;

use common::Env;

#[test]
fn negative_offsets_are_values_of_date_options() {
    let env = Env::new();
    env.ok(&["members", "add", "Ana", "--joined", "-2d"]);
    env.ok(&["log", "--since", "-3m"]);
    env.ok(&["report", "needs", "--as-of", "-1m"]);
    env.ok(&["sessions", "list", "--from", "-1w"]);
    env.ok(&["sessions", "add", "--title", "Past", "--at", "-2d"]);
}

#[test]
fn sessions_export_has_no_format_but_ics() {
    let env = Env::new();
    let e = env.fails(2, &["sessions", "export", "--format", "json"]);
    assert!(e.contains("--format json") && e.contains("--ics"), "{e}");
    assert_eq!(e.trim().lines().count(), 1, "{e}");
    let e = env.fails(2, &["sessions", "export", "--json"]);
    assert!(e.contains("--ics"), "{e}");
}

#[test]
fn markdown_is_refused_where_there_is_no_markdown_view() {
    let env = Env::new();
    let e = env.fails(2, &["members", "list", "--format", "markdown"]);
    assert!(e.contains("--format markdown") && e.contains("table, json, jsonl, csv or tsv"), "{e}");
    assert!(!env.db().exists(), "a refused flag changes nothing");
}

#[test]
fn init_with_a_name_on_an_existing_database_says_it_renamed_the_community() {
    let env = Env::new();
    env.ok(&["init", "--name", "Weavers"]);
    let out = env.cop().args(["init", "--name", "Riverside Weavers"]).output().unwrap();
    assert!(out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("Renamed the community from \"Weavers\" to \"Riverside Weavers\""), "{e}");
}

#[test]
fn init_with_a_name_on_a_database_another_command_made_says_it_named_the_community() {
    let env = Env::new();
    env.member("Ana", &[]);
    let out = env.cop().args(["init", "--name", "Weavers"]).output().unwrap();
    assert!(out.status.success());
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("Named the community \"Weavers\""), "{e}");
}
