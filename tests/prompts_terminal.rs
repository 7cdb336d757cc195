//! Prompts on a terminal: a missing value is asked for, a destructive verb asks first,
//! and `--no-input` turns every question back into a usage error. Where no
//! pseudo-terminal can be made, each test says so and skips.

mod common;

use common::Env;
use common::terminal::{answer, terminal};

#[test]
fn add_on_a_terminal_asks_for_a_missing_name() {
    let env = Env::new();
    let Some(mut s) = terminal(&env, &["members", "add", "--need", "mapping"]) else { return };
    answer(&mut s, "the member's name", "Zoe Park");
    s.exp_string("Added member Zoe Park (id 1)").expect("the confirmation");
    s.exp_eof().expect("cop ends");
    let m = env.json(&["members", "show", "zoe"]);
    assert_eq!(m["needs"], serde_json::json!(["mapping"]));
}

#[test]
fn no_input_on_a_terminal_never_asks() {
    let env = Env::new();
    let Some(mut s) = terminal(&env, &["members", "add", "--no-input"]) else { return };
    s.exp_string("missing NAME").expect("a usage error naming the argument");
    s.exp_eof().expect("cop ends");
    assert!(!env.db().exists());
}

#[test]
fn forget_on_a_terminal_asks_and_a_no_keeps_the_member() {
    let env = Env::new();
    env.member("Ana Souza", &["--interest", "mapping"]);
    let Some(mut s) = terminal(&env, &["members", "forget", "ana"]) else { return };
    s.exp_string("forget Ana Souza (id 1)").expect("the question names the member");
    s.send_line("n").expect("answer no");
    s.exp_string("Nothing was changed").expect("a no changes nothing");
    s.exp_eof().expect("cop ends");
    assert_eq!(env.json(&["members", "show", "1"])["name"], "Ana Souza");

    let Some(mut s) = terminal(&env, &["members", "forget", "ana"]) else { return };
    s.exp_string("forget Ana Souza").expect("asked again");
    s.send_line("y").expect("answer yes");
    s.exp_string("Forgot Ana Souza").expect("a yes forgets");
    s.exp_eof().expect("cop ends");
    env.fails(3, &["members", "show", "1"]);
}

#[test]
fn propose_on_a_terminal_asks_for_title_and_proposer() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    let Some(mut s) = terminal(&env, &["popup", "propose", "--tag", "mapping"]) else { return };
    answer(&mut s, "popup's title", "Network mapping basics");
    answer(&mut s, "Who proposes it", "ana");
    s.exp_string("(id 1)").expect("the popup is proposed");
    s.exp_eof().expect("cop ends");
    let p = env.json(&["popup", "show", "1"]);
    assert_eq!(p["title"], "Network mapping basics");
    assert_eq!(p["proposer_id"], 1);
}
