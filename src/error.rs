//! The one error type of `cop`, and the exit code each kind of failure maps to.
//!
//! Exit codes are part of the scripting contract (README, `cop --help`):
//! 0 success, 1 runtime failure, 2 usage or invalid input, 3 not found,
//! 4 conflict, 5 database busy past the timeout, 130 interrupted (Ctrl-C).

use std::io;

/// Anything that can stop a command. Each variant carries a message a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad input: the message names the field and what was expected.
    #[error("{0}")]
    Invalid(String),
    /// A member reference that matches several members.
    #[error("{message}")]
    Ambiguous { message: String, hint: String },
    /// Bad rows of an import: each row's problem, and what happened (nothing).
    #[error("{summary}")]
    BadRows { rows: Vec<String>, summary: String },
    #[error("{0}")]
    NotFound(String),
    /// A duplicate, or an action the record's state does not allow.
    #[error("{0}")]
    Conflict(String),
    #[error("database is busy: another cop kept it locked past the timeout")]
    Busy,
    /// A runtime failure: I/O, a damaged or foreign database file.
    #[error("{0}")]
    Runtime(String),
    /// SQLite could not open the file or its side files (a read-only folder or mount).
    #[error("cannot open the database file (is it or its folder read-only?)")]
    CannotOpen,
    /// Any error with a next step for the user, printed as a `hint:` line.
    #[error("{inner}")]
    Hinted { inner: Box<Error>, hint: String },
    /// Ctrl-C at a prompt when SIGINT itself does not stop `cop` (it is ignored, as
    /// under `nohup`): the answer was not given, so nothing more is done.
    #[error("interrupted: nothing more was done")]
    Interrupted,
    /// Stdout was closed by the reader (`cop members list | head -1`): not a failure.
    #[error("broken pipe")]
    BrokenPipe,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn invalid(msg: impl Into<String>) -> Self {
        Error::Invalid(msg.into())
    }
    pub fn not_found(msg: impl Into<String>) -> Self {
        Error::NotFound(msg.into())
    }
    pub fn conflict(msg: impl Into<String>) -> Self {
        Error::Conflict(msg.into())
    }
    pub fn runtime(msg: impl Into<String>) -> Self {
        Error::Runtime(msg.into())
    }

    /// Adds a line telling the user what to do next.
    pub fn with_hint(self, hint: impl Into<String>) -> Self {
        Error::Hinted { inner: Box::new(self), hint: hint.into() }
    }

    /// The process exit code for this error, as documented in the README.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Hinted { inner, .. } => inner.exit_code(),
            Error::BrokenPipe => 0,
            Error::Runtime(_) | Error::CannotOpen => 1,
            Error::Invalid(_) | Error::Ambiguous { .. } | Error::BadRows { .. } => 2,
            Error::NotFound(_) => 3,
            Error::Conflict(_) => 4,
            Error::Busy => 5,
            Error::Interrupted => 130,
        }
    }

    /// A second line suggesting what to do next, when there is one.
    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Ambiguous { hint, .. } | Error::Hinted { hint, .. } => Some(hint),
            Error::Busy => Some("try again, or raise the wait with COP_BUSY_TIMEOUT_MS"),
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Runtime(format!("I/O error: {e}"))
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        if e.io_error_kind() == Some(io::ErrorKind::BrokenPipe) {
            Error::BrokenPipe
        } else {
            Error::Runtime(format!("JSON error: {e}"))
        }
    }
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        if let csv::ErrorKind::Io(io) = e.kind()
            && io.kind() == io::ErrorKind::BrokenPipe
        {
            return Error::BrokenPipe;
        }
        Error::Runtime(format!("CSV error: {e}"))
    }
}
