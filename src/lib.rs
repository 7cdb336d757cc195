//! `cop`: a command-line organizer for a Community of Practice.
//!
//! Data flows one way: [`cli`] -> [`commands`] -> ([`domain`], [`store`]) -> [`output`].

pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod output;
pub mod prompt;
pub mod store;

/// Runs `cop` with the process's arguments and returns the exit code.
pub fn main() -> i32 {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            output::print_usage_error(|color| cli::usage_error_text(&e, color));
            return 2;
        }
        Err(e) => {
            // Help and version, which clap prints to stdout.
            let _ = e.print();
            return 0;
        }
    };
    match commands::run(cli) {
        Ok(()) => 0,
        Err(e) => {
            if !matches!(e, error::Error::BrokenPipe) {
                if let error::Error::BadRows { rows, .. } = &e {
                    output::print_lines(rows);
                }
                output::print_error(&e.to_string(), e.hint());
            }
            e.exit_code()
        }
    }
}
