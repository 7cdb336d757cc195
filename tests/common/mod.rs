//! Shared helpers for the integration tests: each test drives the real `cop` binary
//! against its own temporary database, sealed off from the machine (cleared
//! environment, fixed clock and time zone, no terminal).
#![allow(dead_code)]

pub mod mail;
pub mod riverside;
pub mod terminal;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The fixed "now" of every test: Tuesday 2026-11-24 10:00 in Chicago.
pub const NOW: &str = "2026-11-24T10:00:00-06:00";

/// A temporary home for one test's database.
pub struct Env {
    pub dir: TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("cop.db")
    }

    /// `cop` with this test's database, a fixed clock and zone, and no terminal.
    pub fn cop(&self) -> Command {
        cop_at(&self.db())
    }

    /// Runs `cop ARGS`, asserts success, and returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cop().args(args).output().expect("run cop");
        assert!(
            out.status.success(),
            "cop {args:?} failed with {:?}: {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    /// Runs `cop ARGS`, asserts it exits with `code`, and returns stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.cop().args(args).output().expect("run cop");
        assert_eq!(
            out.status.code(),
            Some(code),
            "cop {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).expect("utf-8 stderr")
    }

    /// Runs `cop ARGS --json` and parses stdout.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all: Vec<&str> = args.to_vec();
        all.push("--json");
        serde_json::from_str(&self.ok(&all)).expect("JSON on stdout")
    }

    /// Adds a member and returns the printed id.
    pub fn member(&self, name: &str, extra: &[&str]) -> i64 {
        let mut args = vec!["members", "add", name];
        args.extend_from_slice(extra);
        self.ok(&args).trim().parse().expect("an id")
    }

    /// A snapshot of every table's rows, to prove a failed command changed nothing.
    pub fn snapshot(&self) -> Vec<u8> {
        snapshot(&self.db())
    }
}

pub fn cop_at(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("cop").expect("cop binary");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COP_DB", db)
        .env("COP_NOW", NOW)
        .env("TZ", "America/Chicago")
        .env("HOME", db.parent().unwrap_or(Path::new("/tmp")))
        .env("NO_COLOR", "1");
    cmd
}

/// Every row of every table, as text, or empty when the database does not exist.
pub fn snapshot(db: &Path) -> Vec<u8> {
    if !db.exists() {
        return Vec::new();
    }
    let conn = rusqlite::Connection::open(db).expect("open db");
    let mut out = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("list tables");
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).expect("select");
        let n = stmt.column_count();
        let rows: Vec<Vec<String>> = stmt
            .query_map([], |r| {
                (0..n).map(|i| Ok(format!("{:?}", r.get::<_, rusqlite::types::Value>(i)?))).collect()
            })
            .and_then(|rows| rows.collect())
            .expect("rows");
        out.push_str(&format!("{t}: {rows:?}\n"));
    }
    out.into_bytes()
}

/// Every file in a sync folder's replica sub-folders, whatever its name, with its bytes.
pub fn folder_files(share: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut all = Vec::new();
    for d in std::fs::read_dir(share).expect("read the folder") {
        for f in std::fs::read_dir(d.expect("an entry").path()).expect("read a replica's folder") {
            let f = f.expect("an entry").path();
            let bytes = std::fs::read(&f).expect("read a file");
            all.push((f, bytes));
        }
    }
    all.sort();
    all
}
