//! Every interactive question `cop` asks, behind one check: prompts happen only when
//! stdin and stderr are terminals and `--no-input` is absent, so scripts never block.
//! A question may quote stored text (a member's name), so each is made
//! [`visible`](crate::output::visible) on one line before it reaches the terminal.

use std::borrow::Cow;
use std::io::IsTerminal;

use dialoguer::{Confirm, Editor, Input, theme::ColorfulTheme};

use crate::error::{Error, Result};
use crate::output::{Layout, visible};

/// A question as the terminal shows it.
fn on_screen(label: &str) -> Cow<'_, str> {
    visible(label, Layout::Line)
}

pub struct Prompter {
    interactive: bool,
}

fn prompt_error(e: dialoguer::Error) -> Error {
    Error::runtime(format!("cannot read from the terminal: {e}"))
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
        Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(label))
            .interact_text()
            .map_err(prompt_error)
    }

    /// Asks for a line of text that may be left empty.
    pub fn optional_text(&self, label: &str) -> Result<Option<String>> {
        if !self.interactive {
            return Ok(None);
        }
        let s: String = Input::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(label))
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
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(question))
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
        Confirm::with_theme(&ColorfulTheme::default())
            .with_prompt(on_screen(question))
            .default(false)
            .interact()
            .map_err(prompt_error)
    }
}
