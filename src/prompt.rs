//! Every interactive question `cop` asks, behind one check: prompts happen only when
//! stdin and stderr are terminals and `--no-input` is absent, so scripts never block.
//! A question may quote stored text (a member's name), so each is made
//! [`visible`](crate::output::visible) on one line before it reaches the terminal.

use std::borrow::Cow;
use std::io::IsTerminal;

use dialoguer::{Confirm, Editor, Input, theme::ColorfulTheme};

use crate::error::{Error, Result};
use crate::output::{Layout, visible};

/// The line `cop` writes under the text it opens in an editor: it and the lines below
/// it (cop's own instructions) are dropped, everything above it is kept, including lines
/// that start with `#` (a markdown heading, an issue number).
pub const EDITOR_MARKER: &str =
    "# ---- cop: everything above this line is kept; this line and the ones below are dropped ----";

/// A question as the terminal shows it.
fn on_screen(label: &str) -> Cow<'_, str> {
    visible(label, Layout::Line)
}

/// The text an editor gave back, without what `cop` wrote under [`EDITOR_MARKER`]:
/// from the last marker line down. When the user deleted the marker, only the exact
/// instruction lines `cop` wrote are left out, so nothing they typed is lost.
pub fn edited_text(text: &str, instructions: &[&str]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let kept: Vec<&str> = match lines.iter().rposition(|l| l.trim_end() == EDITOR_MARKER) {
        Some(marker) => lines[..marker].to_vec(),
        None => lines.into_iter().filter(|l| !instructions.contains(&l.trim_end())).collect(),
    };
    kept.join("\n").trim().to_string()
}

/// The editor dialoguer would start, checked first: it would panic on a name that is
/// not UTF-8.
fn check_editor() -> Result<()> {
    for var in ["VISUAL", "EDITOR"] {
        if let Some(value) = std::env::var_os(var) {
            return match value.to_str() {
                Some(_) => Ok(()),
                None => Err(Error::invalid(format!("{var}: expected the editor's command as UTF-8 text"))),
            };
        }
    }
    Ok(())
}

pub struct Prompter {
    interactive: bool,
}

/// Ctrl-C at a prompt: some questions hide the cursor, and the SIGINT that stops `cop`
/// would leave it hidden in the user's shell. So the first question sets a handler that
/// shows it again and ends with 130, as the README says. Scripts, which are never asked,
/// keep the default: stopped by the signal, which the shell reports as 130 too.
fn restore_the_terminal_on_ctrl_c() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            let term = dialoguer::console::Term::stderr();
            let _ = term.show_cursor();
            let _ = term.write_line("");
            std::process::exit(130);
        });
    });
}

/// Ctrl-C in a question also comes back from the terminal library as an error (when the
/// handler above has not ended `cop` first): exit 130 all the same, the cursor shown.
fn prompt_error(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            let _ = dialoguer::console::Term::stderr().show_cursor();
            Error::Interrupted
        }
        e => Error::runtime(format!("cannot read from the terminal: {e}")),
    }
}

impl Prompter {
    pub fn new(no_input: bool) -> Prompter {
        Prompter {
            interactive: !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        }
    }

    pub fn is_interactive(&self) -> bool {
        self.interactive
    }

    /// Asks for a line of text; `flag` names what a script should pass instead.
    pub fn text(&self, label: &str, flag: &str) -> Result<String> {
        if !self.interactive {
            return Err(Error::invalid(format!("missing {flag}: {label}")));
        }
        restore_the_terminal_on_ctrl_c();
        Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(label))
            .interact_text()
            .map_err(prompt_error)
    }

    /// Asks for a secret without echoing it; `var` names the variable a script sets
    /// instead. `confirm` asks twice, for a passphrase being chosen.
    pub fn secret(&self, label: &str, var: &str, confirm: bool) -> Result<String> {
        if !self.interactive {
            return Err(Error::invalid(format!("missing {var}: {label} (set {var}, or run on a terminal)")));
        }
        restore_the_terminal_on_ctrl_c();
        let theme = ColorfulTheme::default();
        let mut p = dialoguer::Password::with_theme(&theme).with_prompt(on_screen(label));
        if confirm {
            p = p.with_confirmation("Again, to be sure", "The two did not match; try again");
        }
        p.interact().map_err(prompt_error)
    }

    /// Asks for a line of text that may be left empty.
    pub fn optional_text(&self, label: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        restore_the_terminal_on_ctrl_c();
        let s: String = Input::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(label))
            .allow_empty(true)
            .interact_text()
            .map_err(prompt_error)?;
        Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
    }

    /// Asks again for a line that could not be taken as typed, with the line already
    /// there to fix; `None` when the user clears it. The line was typed on this terminal
    /// a moment ago, so it is shown as typed and, if kept, saved exactly.
    pub fn retry_text(&self, label: &str, typed: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(Some(typed.to_string()));
        }
        let s: String = Input::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(label))
            .with_initial_text(typed)
            .allow_empty(true)
            .interact_text()
            .map_err(prompt_error)?;
        Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
    }

    /// Opens the user's editor for longer text; `None` when they leave it empty or quit
    /// without saving. The editor shows the file as it is (`initial` exactly, so saving
    /// it unchanged changes nothing); cop's instructions go under [`EDITOR_MARKER`].
    pub fn long_text(&self, label: &str, initial: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        check_editor()?;
        let label = format!("# {}", visible(label, Layout::Line));
        let instructions = [EDITOR_MARKER, label.as_str()];
        let template = format!("{initial}\n\n{}\n", instructions.join("\n"));
        let text = Editor::new().edit(&template).map_err(prompt_error)?;
        Ok(text.map(|t| edited_text(&t, &instructions)).filter(|t| !t.is_empty()))
    }

    /// Asks a yes/no question that is part of a walk (not a confirmation): `default`
    /// when the user just presses Enter. It waits for Enter after `y` or `n`, so the
    /// Enter typed after the answer cannot fall through into the next question.
    pub fn yes_no(&self, question: &str, default: bool) -> Result<bool> {
        if !self.interactive {
            return Ok(default);
        }
        restore_the_terminal_on_ctrl_c();
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(question))
            .default(default)
            .wait_for_newline(true)
            .interact()
            .map_err(prompt_error)
    }

    /// Asks a yes/no question for a destructive action; off a terminal, `--yes` is needed.
    pub fn confirm(&self, question: &str, yes: bool) -> Result<bool> {
        if yes {
            return Ok(true);
        }
        if !self.interactive {
            return Err(Error::invalid(format!("{question}: refusing without --yes when not on a terminal")));
        }
        restore_the_terminal_on_ctrl_c();
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(question))
            .default(false)
            .interact()
            .map_err(prompt_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LABEL: &str = "# Situation";

    #[test]
    fn lines_starting_with_a_hash_are_kept_above_the_marker() {
        let back = format!("# Plan\nStep one\n#42 is the ticket\n\n{EDITOR_MARKER}\n{LABEL}\n");
        assert_eq!(edited_text(&back, &[EDITOR_MARKER, LABEL]), "# Plan\nStep one\n#42 is the ticket");
    }

    #[test]
    fn only_the_last_marker_counts() {
        let back = format!("quoted {EDITOR_MARKER}\n{EDITOR_MARKER}\nkept\n{EDITOR_MARKER}\n{LABEL}");
        assert_eq!(
            edited_text(&back, &[EDITOR_MARKER, LABEL]),
            format!("quoted {EDITOR_MARKER}\n{EDITOR_MARKER}\nkept")
        );
    }

    #[test]
    fn without_the_marker_only_cops_own_lines_go() {
        let back = format!("# mine\ntext\n{LABEL}\n# also mine");
        assert_eq!(edited_text(&back, &[EDITOR_MARKER, LABEL]), "# mine\ntext\n# also mine");
    }
}
