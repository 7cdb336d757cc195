//! `cop sync --git`: the user's own `git`, so their credentials and SSH agent apply.

use std::path::Path;
use std::process::Command;

use crate::error::{Error, Result};

/// How many times a push rejected because another replica pushed first is tried again.
const PUSH_ATTEMPTS: u32 = 5;

fn git(dir: &Path, args: &[&str]) -> Result<std::process::Output> {
    Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(|e| Error::runtime(format!("cannot run git: {e}")))
}

fn must(dir: &Path, args: &[&str]) -> Result<()> {
    let out = git(dir, args)?;
    if out.status.success() {
        return Ok(());
    }
    let why = String::from_utf8_lossy(&out.stderr);
    let why = why.lines().find(|l| !l.trim().is_empty()).unwrap_or("failed").trim().to_string();
    Err(Error::runtime(format!("git {}: {why}", args.join(" "))))
}

/// Whether the work tree has a remote to pull from.
fn has_remote(dir: &Path) -> Result<bool> {
    Ok(git(dir, &["remote"])?.stdout.iter().any(|b| !b.is_ascii_whitespace()))
}

/// Brings the others' segments in before a sync.
pub fn pull(dir: &Path) -> Result<()> {
    if !has_remote(dir)? {
        return Ok(());
    }
    // A repository nobody has pushed to yet has nothing to pull.
    let heads = git(dir, &["ls-remote", "--heads", "origin"])?;
    if heads.stdout.is_empty() {
        return Ok(());
    }
    let mut args = identity(dir)?;
    args.extend(["pull", "--rebase", "--quiet"]);
    must(dir, &args)
}

/// The user's own identity when git has one; a plain one otherwise, so a sync works on
/// a machine where git was never set up (a commit and a rebase need one).
fn identity(dir: &Path) -> Result<Vec<&'static str>> {
    if git(dir, &["config", "user.email"])?.status.success() {
        return Ok(Vec::new());
    }
    Ok(vec!["-c", "user.name=cop", "-c", "user.email=cop@localhost"])
}

/// Commits this replica's new segment and pushes it; a push rejected because another
/// replica pushed first is retried after pulling theirs (they never touch our files).
pub fn publish(dir: &Path, folder: &str, name: &str) -> Result<()> {
    must(dir, &["add", "--", folder])?;
    let msg = format!("cop sync: {name}");
    let mut args = identity(dir)?;
    args.extend(["commit", "--quiet", "-m", &msg]);
    must(dir, &args)?;
    if !has_remote(dir)? {
        return Ok(());
    }
    for attempt in 1..=PUSH_ATTEMPTS {
        let out = git(dir, &["push", "--quiet", "origin", "HEAD"])?;
        if out.status.success() {
            return Ok(());
        }
        if attempt == PUSH_ATTEMPTS {
            break;
        }
        let mut args = identity(dir)?;
        args.extend(["pull", "--rebase", "--quiet", "origin", "HEAD"]);
        must(dir, &args)?;
    }
    Err(Error::runtime(format!(
        "git push: still rejected after {PUSH_ATTEMPTS} tries; run `cop sync --git` again"
    )))
}
