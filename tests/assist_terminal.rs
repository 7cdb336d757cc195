//! The guided walk of `assist log` and the live `assist run`, driven from a
//! pseudo-terminal. Where no pseudo-terminal can be made, each test says so and skips.

mod common;

use common::Env;
use common::terminal::{answer, terminal, terminal_with};
use rexpect::session::PtySession;
use serde_json::json;

/// Answers a question asked again with the refused line `typed` already there: erases
/// it and types `with`.
fn fix(s: &mut PtySession, typed: &str, with: &str) {
    s.exp_string("fix it").expect("asked again with the line to fix");
    s.send(&"\x7f".repeat(typed.chars().count())).expect("erase the line");
    s.send_line(with).expect("type the fix");
}

fn community() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    env.member("Bo Lima", &[]);
    env.member("Cy Park", &[]);
    env
}

#[test]
fn log_on_a_terminal_walks_the_missing_steps_in_order() {
    let env = community();
    let Some(mut s) = terminal(
        &env,
        &[
            "assist",
            "log",
            "--challenge",
            "Grow the network",
            "--presenter",
            "ana",
            "--listener",
            "bo",
            "--response",
            "Map first",
        ],
    ) else {
        return;
    };
    s.exp_string("Step 1 of 7: Situation").expect("starts at step 1");
    answer(&mut s, "Situation (Enter to skip", "Twelve weavers");
    answer(&mut s, "Question and answer 1", "Who joined last? The coast");
    answer(&mut s, "Question and answer 2", "");
    answer(&mut s, "Idea 1", "Map the network");
    answer(&mut s, "Idea 2", "");
    answer(&mut s, "Source suggested", "Net Gains https://example.org/ng");
    answer(&mut s, "Source suggested", "");
    s.exp_string("Step 5 of 7").expect("step 4 was given as a flag and is skipped");
    answer(&mut s, "Takeaway", "zed: nothing");
    s.exp_string("no member matches").expect("an unknown member is refused and asked again");
    fix(&mut s, "zed: nothing", "bo: a map for my project");
    answer(&mut s, "Takeaway", "");
    s.exp_string("Keep the 1 takeaway(s) as value stories").expect("step 5 asks about stories");
    s.send_line("y").expect("answer yes");
    s.exp_string("kept 1 value story").expect("says it kept it");
    answer(&mut s, "Reflection", "Good questions");
    answer(&mut s, "Next step", "Draft the map @ana due:fri");
    answer(&mut s, "Next step", "");
    s.exp_string("Continue the discussion").expect("asks about continuing");
    s.send_line("n").expect("answer no");
    s.exp_eof().expect("cop ends");

    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["status"], "logged");
    assert_eq!(a["situation"], "Twelve weavers");
    assert_eq!(a["clarifying"], json!(["Who joined last? The coast"]));
    assert_eq!(a["ideas"], json!(["Map the network"]));
    assert_eq!(a["resources"][0]["url"], "https://example.org/ng");
    assert_eq!(a["response"], "Map first");
    assert_eq!(a["takeaways"], json!([{"member_id": 2, "text": "a map for my project"}]));
    assert_eq!(a["reflection"], "Good questions");
    assert_eq!(a["next_steps"][0]["due"], "2026-11-27");
    assert_eq!(a["continue_discussion"], false);
    let stories = env.json(&["stories", "list"]);
    assert_eq!(stories[0]["text"], "a map for my project");
    assert_eq!((stories[0]["member_id"].as_i64(), stories[0]["assist_id"].as_i64()), (Some(2), Some(1)));
}

#[test]
fn an_interrupted_run_keeps_every_answer_and_resumes_where_it_stopped() {
    let env = community();
    let Some(mut s) =
        terminal(&env, &["assist", "run", "--minutes", "30", "--challenge", "Funding", "--presenter", "ana"])
    else {
        return;
    };
    answer(&mut s, "Listeners", "bo, cy");
    s.exp_string("Time boxes (30 min)").expect("shows the time boxes");
    s.exp_string("Step 1 of 7: Situation").expect("step 1");
    answer(&mut s, "min left]", "No budget this year");
    answer(&mut s, "Question and answer 1", "How much is needed? Little");
    s.exp_string("Question and answer 2").expect("asks for more");
    s.send_control('c').expect("Ctrl-C");
    s.exp_eof().expect("cop stops on Ctrl-C");

    let draft = env.json(&["assist", "show", "1"]);
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["situation"], "No budget this year");
    assert_eq!(draft["clarifying"], json!(["How much is needed? Little"]));
    assert_eq!(draft["listeners"], json!([2, 3]));
    assert_eq!(env.json(&["assist", "list", "--drafts"])[0]["id"], 1);

    let Some(mut s) = terminal(&env, &["assist", "run", "--resume", "1"]) else { return };
    s.exp_string("Continuing draft assist 1").expect("resumes");
    s.exp_string("Step 2 of 7").expect("at the step it stopped");
    s.exp_string("saved: How much is needed? Little").expect("shows what was saved");
    answer(&mut s, "Question and answer 2", "");
    answer(&mut s, "Idea 1", "Ask the foundation");
    answer(&mut s, "Idea 2", "");
    answer(&mut s, "Source suggested", "");
    answer(&mut s, "Response", "We will ask");
    answer(&mut s, "Takeaway", "cy: a foundation list");
    answer(&mut s, "Takeaway", "");
    s.exp_string("as value stories").expect("step 5 asks about stories");
    s.send_line("n").expect("answer no");
    answer(&mut s, "Reflection", "");
    answer(&mut s, "Next step", "Write to the foundation @bo due:+2w");
    answer(&mut s, "Next step", "");
    s.exp_string("Continue the discussion").expect("asks about continuing");
    s.send_line("y").expect("answer yes");
    s.exp_eof().expect("cop ends");

    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(a["status"], "logged");
    assert_eq!(a["minutes"], 30);
    assert_eq!(a["situation"], "No budget this year");
    assert_eq!(a["clarifying"], json!(["How much is needed? Little"]));
    assert_eq!(a["ideas"], json!(["Ask the foundation"]));
    assert_eq!(a["response"], "We will ask");
    assert_eq!(a["takeaways"][0]["member_id"], 3);
    assert_eq!(a["reflection"], serde_json::Value::Null);
    assert_eq!(a["next_steps"][0]["owner_id"], 2);
    assert_eq!(a["next_steps"][0]["due"], "2026-12-08");
    assert_eq!(a["continue_discussion"], true);
    assert_eq!(env.json(&["stories", "list"]), json!([]), "no means no story");

    let again = env.fails(4, &["assist", "run", "--resume", "1"]);
    assert!(again.contains("already logged"), "{again}");
}

/// Every step given but the ones in `missing`, so a test walks only those.
fn all_but(missing: &[&str]) -> Vec<String> {
    let steps: [(&str, &[&str]); 7] = [
        ("situation", &["--situation", "Twelve weavers"]),
        ("clarify", &["--clarify", "Who? The coast"]),
        ("idea", &["--idea", "Map it"]),
        ("response", &["--response", "Map first"]),
        ("takeaway", &["--takeaway", "ana: a map"]),
        ("reflection", &["--reflection", "Good"]),
        ("next-step", &["--next-step", "Draft the map"]),
    ];
    let mut args: Vec<String> =
        ["assist", "log", "--challenge", "Grow", "--presenter", "bo", "--listener", "ana"]
            .map(String::from)
            .into();
    for (name, flags) in steps {
        if !missing.contains(&name) {
            args.extend(flags.iter().map(|f| f.to_string()));
        }
    }
    args
}

fn walk(env: &Env, missing: &[&str]) -> Option<PtySession> {
    let args = all_but(missing);
    terminal(env, &args.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn a_takeaway_naming_an_unknown_or_forgotten_member_is_asked_again_not_dropped() {
    let env = community();
    env.ok(&["members", "forget", "cy", "--yes"]);
    let Some(mut s) = walk(&env, &["takeaway"]) else { return };
    answer(&mut s, "Takeaway", "zed: map the coast");
    s.exp_string("no member matches").expect("says why");
    fix(&mut s, "zed: map the coast", "ana: map the coast");
    answer(&mut s, "Takeaway", "cy: a funder list");
    s.exp_string("no member matches").expect("a forgotten member is unknown");
    answer(&mut s, "fix it", "");
    s.exp_string("kept as plain text: cy: a funder list").expect("Enter keeps the line as typed");
    answer(&mut s, "Takeaway", "");
    answer(&mut s, "Keep the 1 takeaway(s) as value stories", "");
    s.exp_string("Logged assist 1").expect("logged");
    s.exp_eof().expect("cop ends");
    let a = env.json(&["assist", "show", "1"]);
    assert_eq!(
        a["takeaways"],
        json!([
            {"member_id": 1, "text": "map the coast"},
            {"member_id": null, "text": "cy: a funder list"}
        ])
    );
}

#[test]
fn a_next_step_with_a_bad_due_or_an_unknown_owner_is_asked_again_not_dropped() {
    let env = community();
    let Some(mut s) = walk(&env, &["next-step"]) else { return };
    answer(&mut s, "Next step", "Call the venue @ana due:someday");
    s.exp_string("due:").expect("says the due day is no date");
    fix(&mut s, "someday", "fri");
    answer(&mut s, "Next step", "Book a room @zed due:+1w");
    s.exp_string("no member matches").expect("says the owner is unknown");
    answer(&mut s, "fix it", "");
    s.exp_string("kept as plain text").expect("kept");
    answer(&mut s, "Next step", "");
    answer(&mut s, "Continue the discussion", "n");
    s.exp_string("Logged assist 1").expect("logged");
    s.exp_eof().expect("cop ends");
    let steps = &env.json(&["assist", "show", "1"])["next_steps"];
    assert_eq!((&steps[0]["text"], &steps[0]["owner_id"]), (&json!("Call the venue"), &json!(1)));
    assert_eq!(steps[0]["due"], "2026-11-27");
    assert_eq!(
        (&steps[1]["text"], &steps[1]["owner_id"]),
        (&json!("Book a room @zed due:+1w"), &json!(null))
    );
}

/// A walk of the situation step alone whose `EDITOR` is a script that puts `text`
/// above what cop wrote; `None` where no pseudo-terminal can be made.
fn walk_with_editor(env: &Env, text: &str) -> Option<PtySession> {
    let editor = env.dir.path().join("editor.sh");
    let script = format!(
        "#!/bin/sh\n{{ printf '{text}'; cat \"$1\"; }} > \"$1.new\"\nmv \"$1.new\" \"$1\"\ntouch -t 209901010000 \"$1\"\n"
    );
    std::fs::write(&editor, script).expect("write editor");
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("chmod");
    let args = all_but(&["situation"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    terminal_with(env, &args, &[("EDITOR", editor.to_str().expect("utf-8"))])
}

#[test]
fn lines_starting_with_a_hash_in_the_editor_are_kept() {
    let env = community();
    // An editor that writes a markdown heading and an issue number above cop's text.
    let Some(mut s) = walk_with_editor(&env, "# Where we are\\n#42 is the grant\\nstill open\\n") else {
        return;
    };
    answer(&mut s, "Situation", ":e");
    s.exp_string("Logged assist 1").expect("logged");
    s.exp_eof().expect("cop ends");
    assert_eq!(
        env.json(&["assist", "show", "1"])["situation"],
        "# Where we are\n#42 is the grant\nstill open"
    );
}

#[test]
fn a_draft_replaced_by_an_import_under_the_walk_keeps_the_answer_in_a_new_draft() {
    let env = community();
    let Some(mut s) = terminal(
        &env,
        &[
            "assist",
            "run",
            "--minutes",
            "30",
            "--challenge",
            "Funding",
            "--presenter",
            "ana",
            "--listener",
            "bo",
        ],
    ) else {
        return;
    };
    answer(&mut s, "Situation", "No budget this year");
    s.exp_string("Question and answer 1").expect("step 2 is asked");

    // Meanwhile another organizer's newer copy of the draft is imported.
    let mut doc = env.json(&["export"]);
    doc["assists"][0]["situation"] = json!("The coast copy");
    doc["assists"][0]["updated_at"] = json!("2026-11-25T00:00:00Z");
    let file = env.dir.path().join("other.json");
    std::fs::write(&file, doc.to_string()).expect("write document");
    env.ok(&["import", file.to_str().expect("utf-8")]);

    s.send_line("How much is needed? Little").expect("answer");
    s.exp_string("draft assist 1 was changed while this walk was on it").expect("detected");
    s.exp_string("new draft assist 2").expect("goes on in a new draft");
    s.exp_string("your answer, saved in draft 2: How much is needed? Little").expect("the answer is shown");
    answer(&mut s, "Question and answer 2", "");
    s.exp_string("Idea 1").expect("the walk goes on");
    s.send_control('c').expect("Ctrl-C");
    s.exp_eof().expect("cop stops");

    let theirs = env.json(&["assist", "show", "1"]);
    assert_eq!((&theirs["situation"], &theirs["clarifying"]), (&json!("The coast copy"), &json!([])));
    let ours = env.json(&["assist", "show", "2"]);
    assert_eq!(ours["status"], "draft");
    assert_eq!(ours["situation"], "No budget this year");
    assert_eq!(ours["clarifying"], json!(["How much is needed? Little"]));
    assert_eq!((&ours["presenters"], &ours["listeners"]), (&json!([1]), &json!([2])));
}

#[test]
fn a_draft_deleted_under_the_walk_keeps_the_answer_in_a_new_draft() {
    let env = community();
    let Some(mut s) = walk(&env, &["reflection"]) else { return };
    s.exp_string("Reflection").expect("step 6 is asked");
    // Another cop (or a hand) deletes the draft.
    let conn = rusqlite::Connection::open(env.db()).expect("open db");
    conn.execute_batch("PRAGMA foreign_keys = ON; DELETE FROM assists WHERE id = 1;").expect("delete");
    drop(conn);
    s.send_line("Good questions").expect("answer");
    s.exp_string("draft assist 1 was deleted while this walk was on it").expect("detected");
    s.exp_string("your answer, saved in draft 2: Good questions").expect("the answer is shown");
    s.exp_string("Logged assist 2").expect("the walk ends in the new draft");
    s.exp_eof().expect("cop ends");

    env.fails(3, &["assist", "show", "1"]);
    let a = env.json(&["assist", "show", "2"]);
    assert_eq!(a["status"], "logged");
    assert_eq!(a["reflection"], "Good questions");
    assert_eq!((&a["situation"], &a["takeaways"][0]["text"]), (&json!("Twelve weavers"), &json!("a map")));
}

#[test]
fn a_terminal_escape_written_by_the_editor_is_kept_written_out_not_refused() {
    let env = community();
    // An editor that pastes a cursor-moving escape into the answer.
    let Some(mut s) = walk_with_editor(&env, "hidden\\033[1A\\033[2K line\\n") else { return };
    answer(&mut s, "Situation", ":e");
    s.exp_string("kept written out").expect("says the escape is written out");
    s.exp_string("Logged assist 1").expect("logged");
    s.exp_eof().expect("cop ends");
    assert_eq!(env.json(&["assist", "show", "1"])["situation"], "hidden\\u{1b}[1A\\u{1b}[2K line");
}
