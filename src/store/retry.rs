//! The one way cop waits for something another process is in the middle of: SQLite's
//! busy handler (another cop holds the write lock), SQLite's immediate "busy" answers
//! (another connection is recovering the log or switching the journal mode) and a file
//! header still being written all try again on the same schedule.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use rusqlite::Connection;

use crate::error::{Error, Result};

/// How long a command waits for another `cop` holding the write lock before giving up
/// with exit code 5. `COP_BUSY_TIMEOUT_MS` overrides it.
const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Short, steady pauses: SQLite's own busy timeout backs off to 100 ms sleeps, so with
/// several writers queued the lock mostly sat free while they slept.
const LOCK_PAUSE: Duration = Duration::from_millis(2);

/// Tries again after each `pause` until `limit` has been spent pausing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    limit: Duration,
    pause: Duration,
}

impl Retry {
    /// For another cop's lock: up to `COP_BUSY_TIMEOUT_MS`, else 30 s.
    pub fn for_locks() -> Retry {
        let limit = std::env::var("COP_BUSY_TIMEOUT_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .map(Duration::from_millis)
            .unwrap_or(DEFAULT_BUSY_TIMEOUT);
        Retry::for_locks_within(limit)
    }

    /// For another cop's lock, up to `limit`.
    pub const fn for_locks_within(limit: Duration) -> Retry {
        Retry { limit, pause: LOCK_PAUSE }
    }

    /// For something that is either finished in a moment or never (a header being
    /// written, or a file that is not a database at all): three more looks.
    pub const fn brief() -> Retry {
        Retry { limit: Duration::from_millis(90), pause: Duration::from_millis(30) }
    }

    /// How long it waits in all.
    pub fn limit(&self) -> Duration {
        self.limit
    }

    /// Pauses before the try after `attempt` failed ones; `false`, at once, when the
    /// wait is spent.
    pub fn pause_after(&self, attempt: u32) -> bool {
        if self.pause.saturating_mul(attempt) >= self.limit {
            return false;
        }
        std::thread::sleep(self.pause);
        true
    }

    /// Runs `f` again while it fails in a way `passing` says will pass, and the wait
    /// is not spent. `f` must change nothing when it fails.
    pub fn run<T>(&self, passing: impl Fn(&Error) -> bool, mut f: impl FnMut() -> Result<T>) -> Result<T> {
        let mut attempt = 0;
        loop {
            match f() {
                Err(e) if passing(&e) && self.pause_after(attempt) => attempt += 1,
                other => return other,
            }
        }
    }

    /// [`Retry::run`] while SQLite answers "busy" at once instead of waiting on its busy
    /// handler (during another connection's log recovery, or a journal mode switch).
    pub fn while_busy<T>(&self, f: impl FnMut() -> Result<T>) -> Result<T> {
        self.run(|e| matches!(e, Error::Busy), f)
    }

    /// Makes this the connection's busy handler, so a lock another cop holds is waited
    /// for on this schedule.
    pub fn handle_busy(&self, conn: &mut Connection) -> Result<()> {
        HANDLER_LIMIT_MS.store(u64::try_from(self.limit.as_millis()).unwrap_or(u64::MAX), Ordering::Relaxed);
        conn.busy_handler(Some(wait_for_lock))?;
        Ok(())
    }
}

/// The wait of the busy handler: SQLite takes a plain function, which cannot capture it.
static HANDLER_LIMIT_MS: AtomicU64 = AtomicU64::new(30_000);

fn wait_for_lock(attempt: i32) -> bool {
    let limit = Duration::from_millis(HANDLER_LIMIT_MS.load(Ordering::Relaxed));
    Retry::for_locks_within(limit).pause_after(u32::try_from(attempt).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passing_failure_is_tried_again_until_it_succeeds() {
        let mut tries = 0;
        let got = Retry::for_locks_within(Duration::from_secs(1)).while_busy(|| {
            tries += 1;
            if tries < 3 { Err(Error::Busy) } else { Ok(tries) }
        });
        assert_eq!(got.unwrap(), 3);
    }

    #[test]
    fn any_other_failure_is_returned_at_once() {
        let mut tries = 0;
        let got: Result<()> = Retry::for_locks_within(Duration::from_secs(1)).while_busy(|| {
            tries += 1;
            Err(Error::runtime("broken"))
        });
        assert!(matches!(got, Err(Error::Runtime(_))));
        assert_eq!(tries, 1);
    }

    #[test]
    fn the_wait_ends_when_the_limit_is_spent() {
        let mut tries = 0;
        let got: Result<()> = Retry::brief().run(
            |_| true,
            || {
                tries += 1;
                Err(Error::Busy)
            },
        );
        assert!(matches!(got, Err(Error::Busy)));
        assert_eq!(tries, 4, "the first look and three more");
        assert!(!Retry::for_locks_within(Duration::ZERO).pause_after(0), "no wait at all");
    }
}
