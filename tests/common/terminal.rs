//! Driving `cop` on a pseudo-terminal, for the prompts that only happen there.

use std::process::Command;

use rexpect::reader::Options;
use rexpect::session::{PtySession, spawn_with_options};

use super::{Env, NOW};

/// `cop ARGS` on a pseudo-terminal, sealed off like the other tests; `None` (after
/// saying why) when this machine cannot make a pseudo-terminal.
pub fn terminal(env: &Env, args: &[&str]) -> Option<PtySession> {
    terminal_with(env, args, &[])
}

/// [`terminal`] with more environment variables (an `EDITOR`).
pub fn terminal_with(env: &Env, args: &[&str], vars: &[(&str, &str)]) -> Option<PtySession> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cop"));
    cmd.args(args);
    cmd.envs(vars.iter().copied());
    spawn_sealed(cmd, env, true)
}

/// Starts `cmd` on a pseudo-terminal with the environment cleared but for the test's
/// database, clock, zone and home; `None` (after saying why) where none can be made.
/// `strip_ansi` takes the terminal's escapes out of what the test reads.
pub fn spawn_sealed(mut cmd: Command, env: &Env, strip_ansi: bool) -> Option<PtySession> {
    let vars: Vec<(std::ffi::OsString, std::ffi::OsString)> =
        cmd.get_envs().filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))).collect();
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COP_DB", env.db())
        .env("COP_NOW", NOW)
        .env("TZ", "America/Chicago")
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .envs(vars);
    match spawn_with_options(cmd, Options::new().timeout_ms(Some(20_000)).strip_ansi_escape_codes(strip_ansi))
    {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("skipping: cannot make a pseudo-terminal here: {e}");
            None
        }
    }
}

/// Waits for `prompt`, then types `answer` and Enter.
pub fn answer(s: &mut PtySession, prompt: &str, answer: &str) {
    s.exp_string(prompt).unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    s.send_line(answer).unwrap_or_else(|e| panic!("typing {answer:?}: {e}"));
}
