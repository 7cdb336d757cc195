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
fn a_format_is_refused_where_the_command_writes_one_kind_of_file_or_a_sentence() {
    let env = Env::new();
    let out = env.dir.path().join("out");
    let out = out.to_str().unwrap();
    for (args, what) in [
        (&["export", "--format", "csv"][..], "`export` writes one JSON document only"),
        (&["backup", out, "--json"], "`backup` writes a SQLite file"),
        (&["report", "html", "--out", out, "--format", "json"], "`report html` writes HTML"),
        (&["completions", "bash", "--format", "tsv"], "`completions` writes a shell script"),
        (&["man", "--json"], "`man` writes roff"),
        (&["init", "--json"], "`init` prints a sentence"),
        (&["demo", "--format", "csv"], "`demo` prints a sentence"),
    ] {
        let e = env.fails(2, args);
        assert!(e.contains(what) && e.contains("leave out"), "{args:?}: {e}");
    }
    assert!(!env.db().exists() && !env.dir.path().join("out").exists(), "a refused flag changes nothing");
    // The one format a command writes is no conflict.
    env.member("Ana", &[]);
    assert_eq!(env.json(&["export"])["members"].as_array().map(Vec::len), Some(1));
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
