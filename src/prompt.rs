//! Every interactive question `cop` asks, behind one check: prompts happen only when
//! stdin and stderr are terminals and `--no-input` is absent, so scripts never block.

use std::io::IsTerminal;

use dialoguer::{Confirm, Editor, Input, theme::ColorfulTheme};

use crate::error::{Error, Result};

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
            .with_prompt(label)
            .interact_text()
            .map_err(prompt_error)
    }

    /// Asks for a line of text that may be left empty.
    pub fn optional_text(&self, label: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        restore_the_terminal_on_ctrl_c();
        let s: String = Input::with_theme(&ColorfulTheme::default())
            .with_prompt(label)
            .allow_empty(true)
            .interact_text()
            .map_err(prompt_error)?;
        Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
    }

    /// Opens the user's editor for longer text; `None` when they leave it empty.
    pub fn long_text(&self, label: &str, initial: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        let template = format!("{initial}\n# {label}\n# Lines starting with # are ignored.\n");
        let text = Editor::new().edit(&template).map_err(prompt_error)?;
        Ok(text
            .map(|t| {
                t.lines().filter(|l| !l.starts_with('#')).collect::<Vec<_>>().join("\n").trim().to_string()
            })
            .filter(|t| !t.is_empty()))
    }

    /// Asks a yes/no question that is part of a walk (not a confirmation): `default`
    /// when the user just presses Enter.
    pub fn yes_no(&self, question: &str, default: bool) -> Result<bool> {
        if !self.interactive {
            return Ok(default);
        }
        restore_the_terminal_on_ctrl_c();
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(question)
            .default(default)
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
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(prompt_error)
    }
}
