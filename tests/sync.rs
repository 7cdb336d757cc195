//! `cop sync`: three replicas on one machine, each with its own database, exchanging
//! segments through one shared folder.

mod common;

use std::path::{Path, PathBuf};

use common::Env;
use serde_json::Value;

const LATER: &str = "2026-11-25T09:00:00-06:00";
const LATEST: &str = "2026-11-26T09:00:00-06:00";

/// The export without what is local to one replica: the moment it was written, and each
/// record's integer id (each replica numbers its own; the UUID is the identity).
fn content(env: &Env) -> Value {
    let mut doc: Value = serde_json::from_str(&env.ok(&["export"])).unwrap();
    doc.as_object_mut().unwrap().remove("exported_at");
    for (_, records) in doc.as_object_mut().unwrap().iter_mut() {
        for r in records.as_array_mut().into_iter().flatten() {
            if let Some(r) = r.as_object_mut() {
                r.remove("id");
            }
        }
    }
    doc
}

fn at(env: &Env, now: &str, args: &[&str]) -> String {
    let out = env.cop().env("COP_NOW", now).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn replicas(share: &Path, names: &[&str]) -> Vec<Env> {
    names
        .iter()
        .map(|name| {
            let env = Env::new();
            env.ok(&["sync", "init", share.to_str().unwrap(), "--as", name]);
            env
        })
        .collect()
}

fn sync_all(envs: &[Env], order: &[usize]) {
    for i in order {
        envs[*i].ok(&["sync"]);
    }
}

fn segments(share: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for d in std::fs::read_dir(share).unwrap() {
        let d = d.unwrap().path();
        for f in std::fs::read_dir(&d).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|e| e == "jsonl") {
                all.push(f);
            }
        }
    }
    all.sort();
    all
}

#[test]
fn three_organizers_working_offline_end_with_the_same_community() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["Ana's laptop", "Bo's laptop", "Cy's desktop"]);
    r[0].member("Ana", &["--email", "ana@example.org", "--interest", "data"]);
    r[1].member("Bo", &["--email", "bo@example.org"]);
    r[2].member("Cy", &["--email", "cy@example.org"]);
    r[2].member("Dee", &["--email", "dee@example.org"]);
    r[0].ok(&["sessions", "add", "--title", "Brown bag", "--kind", "meetup", "--at", "2026-12-04 12:00"]);
    sync_all(&r, &[0, 1, 2, 0, 1]);
    // Offline again: edits, an RSVP, a forget, on three copies.
    at(&r[1], LATER, &["members", "edit", "Ana", "--region", "north"]);
    at(&r[2], LATER, &["sessions", "rsvp", "--yes", "1", "Bo"]);
    at(&r[0], LATER, &["members", "forget", "Dee", "--yes"]);
    sync_all(&r, &[2, 0, 1, 2, 0, 1]);
    let a = content(&r[0]);
    assert_eq!(a, content(&r[1]));
    assert_eq!(a, content(&r[2]));
    let members: Vec<&str> =
        a["members"].as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap()).collect();
    assert_eq!(members.len(), 3, "{members:?}");
    assert!(!members.contains(&"Dee"));
    assert!(a["members"].as_array().unwrap().iter().any(|m| m["region"] == "north"));
    assert_eq!(a["rsvps"].as_array().unwrap().len(), 1);
    // Syncing again changes nothing.
    sync_all(&r, &[1, 2, 0]);
    assert_eq!(a, content(&r[2]));
}

#[test]
fn the_newer_of_two_concurrent_edits_wins_everywhere() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B", "C"]);
    r[0].member("Ana", &["--email", "ana@example.org"]);
    sync_all(&r, &[0, 1, 2]);
    at(&r[0], LATEST, &["members", "edit", "Ana", "--note", "newer"]);
    at(&r[1], LATER, &["members", "edit", "Ana", "--note", "older"]);
    sync_all(&r, &[1, 0]);
    // B's older edit went out first; A's newer one replaces it on B, and B is told.
    let out = r[1].cop().args(["sync"]).output().unwrap();
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(r#"A's newer edit replaced member "Ana" note: was "older", now "newer""#),
        "{said}"
    );
    sync_all(&r, &[2, 1, 0]);
    for env in &r {
        let m = env.json(&["members", "show", "Ana"]);
        assert_eq!(m["note"], "newer", "{m}");
    }
    assert_eq!(content(&r[0]), content(&r[1]));
}

#[test]
fn a_segment_cut_short_garbled_or_from_a_newer_cop_is_refused_until_it_is_whole() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &["--email", "ana@example.org"]);
    r[0].ok(&["sync"]);
    let seg = segments(share.path()).into_iter().next().unwrap();
    let whole = std::fs::read(&seg).unwrap();
    let before = r[1].snapshot();
    let name = seg.display().to_string();
    std::fs::write(&seg, &whole[..whole.len() / 2]).unwrap();
    let err = r[1].fails(2, &["sync"]);
    assert!(err.contains(&name) && err.contains("nothing from it was applied"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(r[1].snapshot(), before);
    // Garbled: a record breaking a record rule.
    let text = String::from_utf8(whole.clone()).unwrap();
    std::fs::write(&seg, text.replace("\"member\"", "\"emperor\"")).unwrap();
    let err = r[1].fails(2, &["sync"]);
    assert!(err.contains(&name) && err.contains("role"), "{err}");
    assert_eq!(r[1].snapshot(), before);
    // From a newer cop.
    let newer = text.replacen("\"cop_segment\":1", "\"cop_segment\":2", 1);
    std::fs::write(&seg, newer).unwrap();
    let err = r[1].fails(2, &["sync"]);
    assert!(err.contains(&name) && err.contains("newer cop"), "{err}");
    assert_eq!(r[1].snapshot(), before);
    // Whole again: applied.
    std::fs::write(&seg, &whole).unwrap();
    r[1].ok(&["sync"]);
    assert_eq!(r[1].json(&["members", "show", "Ana"])["email"], "ana@example.org");
}

#[test]
fn status_shows_each_replica_and_how_far_behind_this_one_is() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &[]);
    r[0].ok(&["sync"]);
    let rows = r[1].json(&["sync", "status"]);
    let a = rows.as_array().unwrap().iter().find(|x| x["name"] == "A").unwrap();
    assert_eq!((a["last_segment"].as_i64(), a["behind"].as_i64()), (Some(1), Some(1)));
    r[1].ok(&["sync"]);
    let rows = r[1].json(&["sync", "status"]);
    assert!(rows.as_array().unwrap().iter().all(|x| x["behind"] == 0), "{rows}");
}

#[test]
fn sync_refuses_a_database_that_is_no_replica_and_a_folder_holding_the_database() {
    let env = Env::new();
    let err = env.fails(2, &["sync"]);
    assert!(err.contains("cop sync init"), "{err}");
    let err = env.fails(2, &["sync", "init", env.dir.path().to_str().unwrap(), "--as", "A"]);
    assert!(err.contains("database itself"), "{err}");
    let share = tempfile::tempdir().unwrap();
    let err = env.fails(2, &["sync", "init", share.path().to_str().unwrap(), "--as", " "]);
    assert!(err.starts_with("error: --as"), "{err}");
}

#[test]
fn sync_init_prints_the_replica_uuid_its_json_when_asked_and_nothing_more_with_q() {
    let share = tempfile::tempdir().unwrap();
    let env = Env::new();
    let dir = share.path().to_str().unwrap();
    let uuid = env.ok(&["sync", "init", dir, "--as", "A"]);
    let uuid = uuid.trim();
    assert!(share.path().join(uuid).is_dir(), "stdout is the replica's uuid: {uuid}");
    let quiet = env.ok(&["sync", "init", dir, "--as", "A", "-q"]);
    assert_eq!(quiet.trim(), uuid, "-q prints the identity only");
    let json = env.json(&["sync", "init", dir, "--as", "B"]);
    assert_eq!(json["uuid"], uuid);
    assert_eq!(json["name"], "B");
}

fn git(dir: &Path, args: &[&str]) {
    let out = std::process::Command::new("git").arg("-C").arg(dir).args(args).output().unwrap();
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn with_git_two_clones_of_a_bare_repository_converge_and_a_push_race_is_retried() {
    let root = tempfile::tempdir().unwrap();
    let bare = root.path().join("shared.git");
    std::fs::create_dir(&bare).unwrap();
    git(&bare, &["init", "--bare", "--quiet", "-b", "main"]);
    let clones: Vec<PathBuf> = ["a", "b"].iter().map(|n| root.path().join(n)).collect();
    for c in &clones {
        git(root.path(), &["clone", "--quiet", bare.to_str().unwrap(), c.to_str().unwrap()]);
        git(c, &["checkout", "--quiet", "-b", "main"]);
    }
    let r: Vec<Env> = clones
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let env = Env::new();
            env.ok(&["sync", "init", c.to_str().unwrap(), "--as", ["A", "B"][i], "--git"]);
            env
        })
        .collect();
    r[0].member("Ana", &["--email", "ana@example.org"]);
    r[1].member("Bo", &["--email", "bo@example.org"]);
    r[0].ok(&["sync"]);
    // Another clone pushes between B's pull and B's push (from B's pre-push hook, once):
    // B's push is rejected, and cop pulls and pushes again.
    let c = root.path().join("c");
    git(root.path(), &["clone", "--quiet", bare.to_str().unwrap(), c.to_str().unwrap()]);
    let hook = clones[1].join(".git/hooks/pre-push");
    let script = format!(
        "#!/bin/sh\n[ -e {m} ] && exit 0\ntouch {m}\ncd {c} && echo x > other.txt && git add other.txt && \
         git -c user.name=c -c user.email=c@x commit -q -m other && git push -q origin HEAD >/dev/null 2>&1\nexit 0\n",
        m = root.path().join("raced").display(),
        c = c.display()
    );
    std::fs::write(&hook, script).unwrap();
    std::fs::set_permissions(&hook, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    r[1].ok(&["sync"]);
    assert!(root.path().join("raced").exists(), "the race happened");
    assert!(clones[1].join("other.txt").exists(), "B pulled the other push before pushing again");
    r[0].ok(&["sync"]);
    r[1].ok(&["sync"]);
    assert_eq!(content(&r[0]), content(&r[1]));
    assert_eq!(content(&r[0])["members"].as_array().unwrap().len(), 2);
}

#[test]
fn a_sync_killed_midway_leaves_everything_consistent_and_the_next_one_finishes() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].ok(&["demo", "--members", "300", "--seed", "1"]);
    r[0].ok(&["sync"]);
    // Killed at whatever point it has reached: no timing is asserted, only the outcome.
    for wait in [5, 40, 150] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("cop"))
            .env("COP_DB", r[1].db())
            .env("COP_NOW", common::NOW)
            .args(["sync", "-q"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait));
        let _ = child.kill();
        let _ = child.wait();
        r[1].ok(&["doctor"]);
    }
    r[1].ok(&["sync"]);
    r[0].ok(&["sync"]);
    assert_eq!(content(&r[0]), content(&r[1]));
}

#[test]
fn once_all_have_synced_after_a_forget_no_file_in_the_folder_holds_the_person() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B", "C"]);
    r[0].member("Dee Secret", &["--email", "dee@secret.example", "--note", "private story"]);
    r[0].member("Ana", &[]);
    r[0].ok(&["sessions", "add", "--title", "Kata", "--at", "2026-12-04 12:00"]);
    sync_all(&r, &[0, 1, 2]);
    // Every replica writes Dee into its own segments: an edit, an RSVP.
    at(&r[1], LATER, &["members", "edit", "Dee Secret", "--region", "coast"]);
    at(&r[2], LATER, &["sessions", "rsvp", "--yes", "1", "Dee Secret"]);
    sync_all(&r, &[1, 2, 0, 1]);
    let holds = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
    assert!(common::folder_files(share.path()).iter().any(|(_, b)| holds(b, "dee@secret.example")));
    at(&r[0], LATEST, &["members", "forget", "Dee Secret", "--yes"]);
    sync_all(&r, &[0, 1, 2]);
    for (path, bytes) in common::folder_files(share.path()) {
        for s in ["Dee Secret", "dee@secret.example", "private story", "coast"] {
            assert!(!holds(&bytes, s), "{s} is still in {}", path.display());
        }
    }
    // The community is the same everywhere and keeps everyone else.
    sync_all(&r, &[0, 1, 2]);
    assert_eq!(content(&r[0]), content(&r[1]));
    assert_eq!(content(&r[1]), content(&r[2]));
    assert!(r[2].ok(&["members", "list"]).contains("Ana"));
    // A replica that joins later rebuilds the community from the snapshots alone.
    let late = replicas(share.path(), &["D"]).pop().unwrap();
    late.ok(&["sync"]);
    assert_eq!(content(&late), content(&r[0]));
}

#[test]
fn compact_replaces_a_replicas_segments_by_one_snapshot() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    for i in 0..3 {
        r[0].member(&format!("Member {i}"), &[]);
        r[0].ok(&["sync"]);
    }
    let mine = |env: &Env| {
        segments(share.path()).into_iter().filter(|p| p.starts_with(folder_of(env, share.path()))).count()
    };
    assert_eq!(mine(&r[0]), 3);
    let out = r[0].cop().args(["sync", "--compact"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("replaced this replica's 3 older segments"));
    assert_eq!(mine(&r[0]), 1);
    r[1].ok(&["sync"]);
    assert_eq!(content(&r[1]), content(&r[0]));
}

/// A replica's own sub-folder in the share.
fn folder_of(env: &Env, share: &Path) -> PathBuf {
    let status = env.json(&["sync", "status"]);
    let me = status.as_array().unwrap().iter().find(|s| s["this"] == true).unwrap();
    share.join(me["replica"].as_str().unwrap())
}

#[test]
fn what_a_replica_applied_is_not_sent_back_and_its_own_edits_are() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &[]);
    r[0].member("Bo", &[]);
    r[0].ok(&["sync"]);
    // Sent back, they would change nothing, but every first sync would double the folder.
    let out: Value = serde_json::from_str(&at(&r[1], LATER, &["sync", "--json"])).unwrap();
    let rows = out.as_array().unwrap();
    assert!(rows.iter().all(|row| row["direction"] == "in"), "{out}");
    assert_eq!(segments(share.path()).len(), 1);
    at(&r[1], LATEST, &["members", "edit", "Bo", "--region", "north"]);
    let out: Value = serde_json::from_str(&at(&r[1], LATEST, &["sync", "--json"])).unwrap();
    let sent = out.as_array().unwrap().iter().find(|row| row["direction"] == "out").unwrap().clone();
    assert_eq!(sent["added"], 1, "{out}");
    r[0].ok(&["sync"]);
    assert_eq!(content(&r[0]), content(&r[1]));
}

#[test]
fn a_segment_left_by_a_killed_sync_is_never_written_over() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &[]);
    r[0].ok(&["sync"]);
    // As a sync killed after its segment was put in place, before its commit, leaves it:
    // B may already have read it.
    let first = folder_of(&r[0], share.path()).join("000001.jsonl");
    let left = first.with_file_name("000002.jsonl");
    let text = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&left, text.replacen("\"number\":1", "\"number\":2", 1)).unwrap();
    r[1].ok(&["sync"]);
    at(&r[0], LATER, &["members", "edit", "Ana", "--region", "north"]);
    r[0].ok(&["sync"]);
    assert_eq!(std::fs::read_to_string(&left).unwrap(), text.replacen("\"number\":1", "\"number\":2", 1));
    assert!(left.with_file_name("000003.jsonl").is_file());
    r[1].ok(&["sync"]);
    assert_eq!(r[1].json(&["members", "show", "Ana"])["region"], "north");
}

#[test]
fn a_segment_line_past_16_mib_is_refused_without_holding_it() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &[]);
    r[0].ok(&["sync"]);
    let seg = segments(share.path()).into_iter().next().unwrap();
    let text = std::fs::read_to_string(&seg).unwrap();
    let head = text.lines().next().unwrap();
    let long =
        format!("{head}\n{{\"kind\":\"members\",\"record\":{{\"note\":\"{}\"}}}}\n", "x".repeat(17 << 20));
    std::fs::write(&seg, long).unwrap();
    let before = r[1].snapshot();
    let err = r[1].fails(2, &["sync"]);
    assert!(err.contains("line 2: longer than 16 MiB") && err.contains(&seg.display().to_string()), "{err}");
    assert_eq!(r[1].snapshot(), before);
}

#[test]
fn a_first_sync_into_an_empty_replica_cannot_be_undone_and_a_later_one_can() {
    let share = tempfile::tempdir().unwrap();
    let r = replicas(share.path(), &["A", "B"]);
    r[0].member("Ana", &[]);
    r[0].ok(&["sync"]);
    r[1].ok(&["sync"]);
    let err = r[1].fails(4, &["undo"]);
    assert!(err.contains("the first sync into an empty replica is not recorded"), "{err}");
    at(&r[0], LATER, &["members", "edit", "Ana", "--region", "north"]);
    r[0].ok(&["sync"]);
    r[1].ok(&["sync"]);
    assert_eq!(r[1].json(&["members", "show", "Ana"])["region"], "north");
    r[1].ok(&["undo"]);
    assert_eq!(r[1].json(&["members", "show", "Ana"])["region"], Value::Null);
}
