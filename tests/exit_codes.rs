//! The smaller exit-code promises of the README (issue 12, item 11): ids are above 0,
//! an inverted `--from`/`--to` is a usage error, Ctrl-C is 130, and the first line of
//! every command-line error says what is wrong.

mod common;

use std::process::Command;

use common::Env;

#[test]
fn member_id_0_or_negative_is_a_usage_error_with_or_without_a_database() {
    let env = Env::new();
    for reference in ["0", "-1", "-0"] {
        let err = env.fails(2, &["members", "show", "--", reference]);
        assert!(err.contains("MEMBER: expected an id (a whole number above 0)"), "{err}");
    }
    env.member("Ana", &[]);
    for reference in ["0", "-7"] {
        env.fails(2, &["members", "show", "--", reference]);
        env.fails(2, &["members", "edit", "--region", "x", "--", reference]);
        env.fails(2, &["sessions", "list", "--member", reference]);
    }
    env.fails(3, &["members", "show", "99"]);
    env.fails(3, &["members", "show", "zed"]);
}

#[test]
fn an_inverted_from_and_to_is_a_usage_error_naming_both() {
    let env = Env::new();
    env.member("Ana", &[]);
    let pid = env.ok(&["popup", "propose", "Mapping", "--by", "ana"]);
    for args in [
        vec!["sessions", "list", "--from", "2026-12-10", "--to", "2026-12-01"],
        vec!["popup", "schedule", pid.trim(), "--suggest", "--from", "2026-12-10", "--to", "2026-12-01"],
    ] {
        let err = env.fails(2, &args);
        assert!(
            err.contains("--from 2026-12-10 and --to 2026-12-01: --to is before --from"),
            "{args:?}: {err}"
        );
    }
    env.ok(&["sessions", "list", "--from", "2026-12-01", "--to", "2026-12-01"]);
}

/// The first line of each kind of clap error, which is all a script's log may keep.
#[test]
fn the_first_line_of_a_command_line_error_says_what_is_wrong() {
    let env = Env::new();
    for (args, first) in [
        (vec!["members", "show"], "error: missing required argument <MEMBER>"),
        (
            vec!["sessions", "rsvp", "1"],
            "error: missing required arguments <--yes|--no|--maybe>, <MEMBER>...",
        ),
        (vec!["members", "list", "--bogus"], "error: unexpected argument '--bogus' found"),
        (vec!["members", "list", "--format", "nope"], "error: invalid value 'nope' for '--format <FORMAT>'"),
        (vec!["members", "list", "--format"], "error: a value is required for '--format <FORMAT>'"),
        (vec!["pairs", "--seed", "abc"], "error: invalid value 'abc' for '--seed <N>'"),
        (vec!["memberz"], "error: unrecognized subcommand 'memberz'"),
        (vec!["members"], "error: 'cop members' requires a subcommand"),
        (
            vec!["members", "list", "--json", "--format", "csv"],
            "error: the argument '--json' cannot be used with",
        ),
    ] {
        let err = env.fails(2, &args);
        let line = err.lines().next().unwrap_or_default();
        assert!(line.starts_with(first), "{args:?}: first line {line:?}, all: {err}");
        assert!(err.lines().count() > 1, "clap's further lines are kept: {err}");
    }
}

/// Runs `script` in `sh` on a pseudo-terminal with the test's database, so the shell
/// reports how `cop` ended; `None` where no pseudo-terminal can be made.
fn shell_on_a_terminal(env: &Env, script: &str) -> Option<rexpect::session::PtySession> {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", script, "sh", env!("CARGO_BIN_EXE_cop")]);
    common::terminal::spawn_sealed(cmd, env, false)
}

#[test]
fn ctrl_c_at_a_prompt_is_exit_130_shows_the_cursor_and_changes_nothing() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    let before = env.snapshot();
    // As typed at a terminal, and with SIGINT ignored (as under nohup), where the
    // terminal library reports Ctrl-C instead of stopping the process.
    for script in [
        r#""$1" members forget ana; echo "exit=$?""#,
        r#"trap '' INT; "$1" members forget ana; echo "exit=$?""#,
    ] {
        let Some(mut s) = shell_on_a_terminal(&env, script) else { return };
        s.exp_string("forget Ana Souza").expect("the question");
        s.send_control('c').expect("Ctrl-C");
        s.exp_string("\x1b[?25h").unwrap_or_else(|e| panic!("{script}: the cursor is shown again: {e}"));
        s.exp_string("exit=130").unwrap_or_else(|e| panic!("{script}: {e}"));
        s.exp_eof().expect("the shell ends");
        assert_eq!(env.snapshot(), before, "{script}");
    }
}

#[test]
fn exit_130_is_documented_in_help() {
    let env = Env::new();
    let help = env.ok(&["--help"]);
    assert!(help.lines().any(|l| l.trim_start().starts_with("130  interrupted (Ctrl-C)")), "{help}");
}
