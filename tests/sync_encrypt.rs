//! `cop sync init DIR --encrypt`: every segment in the folder sealed with the folder's
//! passphrase, so the cloud that holds the folder sees no byte of the community.

mod common;

use std::path::Path;
use std::process::Output;

use common::Env;

const PASS: &str = "weavers share one secret";

fn run(env: &Env, pass: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = env.cop();
    if let Some(p) = pass {
        cmd.env("COP_SYNC_PASSPHRASE", p);
    }
    cmd.args(args).output().expect("run cop")
}

fn ok(env: &Env, pass: Option<&str>, args: &[&str]) -> String {
    let out = run(env, pass, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn fails(env: &Env, pass: Option<&str>, code: i32, args: &[&str]) -> String {
    let out = run(env, pass, args);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    err
}

fn init(env: &Env, share: &Path, name: &str, pass: Option<&str>) {
    let dir = share.to_str().unwrap();
    match pass {
        Some(_) => ok(env, pass, &["sync", "init", dir, "--as", name, "--encrypt"]),
        None => ok(env, None, &["sync", "init", dir, "--as", name]),
    };
}

fn names(env: &Env) -> Vec<String> {
    let list = env.json(&["members", "list"]);
    let mut names: Vec<String> =
        list.as_array().unwrap().iter().map(|m| m["name"].as_str().unwrap().to_string()).collect();
    names.sort();
    names
}

#[test]
fn two_encrypted_replicas_converge_and_the_folder_holds_no_plain_byte() {
    let share = tempfile::tempdir().unwrap();
    let (a, b) = (Env::new(), Env::new());
    init(&a, share.path(), "Ana", Some(PASS));
    init(&b, share.path(), "Bo", Some(PASS));
    a.member("Ana Souza", &["--email", "ana@example.org", "--note", "maps the coast"]);
    b.member("Bo Ito", &["--email", "bo@example.org"]);
    ok(&a, Some(PASS), &["sync"]);
    ok(&b, Some(PASS), &["sync"]);
    ok(&a, Some(PASS), &["sync"]);
    assert_eq!(names(&a), ["Ana Souza", "Bo Ito"]);
    assert_eq!(names(&b), names(&a));
    let segments: Vec<_> = common::folder_files(share.path())
        .into_iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    assert!(segments.len() >= 2, "{segments:?}");
    for (path, bytes) in common::folder_files(share.path()) {
        if path.ends_with("replica.json") {
            continue;
        }
        assert!(bytes.starts_with(b"age-encryption.org/v1\n"), "{} is sealed", path.display());
        for secret in ["Ana Souza", "ana@example.org", "maps the coast", "Bo Ito", "members"] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{secret} in {}",
                path.display()
            );
        }
    }
}

#[test]
fn a_wrong_passphrase_is_one_line_exit_1_and_applies_nothing() {
    let share = tempfile::tempdir().unwrap();
    let (a, b) = (Env::new(), Env::new());
    init(&a, share.path(), "Ana", Some(PASS));
    init(&b, share.path(), "Bo", Some(PASS));
    a.member("Ana", &[]);
    ok(&a, Some(PASS), &["sync"]);
    let before = b.snapshot();
    let folder = common::folder_files(share.path());
    let err = fails(&b, Some("not it"), 1, &["sync"]);
    assert!(err.contains("passphrase does not open"), "{err}");
    assert_eq!(b.snapshot(), before, "nothing applied");
    assert_eq!(common::folder_files(share.path()), folder, "nothing sent");
    // A second organizer who chose another passphrase is refused at init.
    let c = Env::new();
    let err = fails(
        &c,
        Some("not it"),
        1,
        &["sync", "init", share.path().to_str().unwrap(), "--as", "Cy", "--encrypt"],
    );
    assert!(err.contains("passphrase does not open"), "{err}");
    assert!(!String::from_utf8_lossy(&c.snapshot()).contains("Cy"), "Cy is no replica");
    // With the right one, everything arrives.
    ok(&b, Some(PASS), &["sync"]);
    assert_eq!(names(&b), ["Ana"]);
}

#[test]
fn a_missing_passphrase_off_a_terminal_names_the_variable() {
    let share = tempfile::tempdir().unwrap();
    let a = Env::new();
    let err =
        fails(&a, None, 2, &["sync", "init", share.path().to_str().unwrap(), "--as", "Ana", "--encrypt"]);
    assert!(err.contains("COP_SYNC_PASSPHRASE"), "{err}");
    let err =
        fails(&a, Some(""), 2, &["sync", "init", share.path().to_str().unwrap(), "--as", "Ana", "--encrypt"]);
    assert!(err.contains("COP_SYNC_PASSPHRASE") && err.contains("empty"), "{err}");
    init(&a, share.path(), "Ana", Some(PASS));
    let err = fails(&a, None, 2, &["sync"]);
    assert!(err.contains("COP_SYNC_PASSPHRASE"), "{err}");
}

#[test]
fn a_plain_replica_cannot_join_an_encrypted_folder_nor_a_plain_segment_slip_in() {
    let share = tempfile::tempdir().unwrap();
    let a = Env::new();
    init(&a, share.path(), "Ana", Some(PASS));
    let b = Env::new();
    let err = fails(&b, None, 2, &["sync", "init", share.path().to_str().unwrap(), "--as", "Bo"]);
    assert!(err.contains("--encrypt"), "{err}");
    // Whoever holds the cloud folder writes a plain segment in a replica's name.
    let intruder = Env::new();
    let other = tempfile::tempdir().unwrap();
    init(&intruder, other.path(), "Mallory", None);
    intruder.member("Planted", &[]);
    ok(&intruder, None, &["sync"]);
    let from = std::fs::read_dir(other.path()).unwrap().next().unwrap().unwrap().path();
    let to = share.path().join(from.file_name().unwrap());
    std::fs::create_dir(&to).unwrap();
    for f in std::fs::read_dir(&from).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, to.join(f.file_name().unwrap())).unwrap();
    }
    let before = a.snapshot();
    let err = fails(&a, Some(PASS), 2, &["sync"]);
    assert!(err.contains("000001.jsonl") && err.contains("not encrypted"), "{err}");
    assert_eq!(a.snapshot(), before);
}

#[test]
fn a_sealed_segment_cut_short_is_refused_naming_it_until_it_is_whole() {
    let share = tempfile::tempdir().unwrap();
    let (a, b) = (Env::new(), Env::new());
    init(&a, share.path(), "Ana", Some(PASS));
    init(&b, share.path(), "Bo", Some(PASS));
    for i in 0..50 {
        a.member(&format!("Member {i}"), &["--note", &"long note ".repeat(20)]);
    }
    ok(&a, Some(PASS), &["sync"]);
    let (path, whole) = common::folder_files(share.path())
        .into_iter()
        .find(|(p, _)| p.extension().is_some_and(|e| e == "jsonl"))
        .unwrap();
    std::fs::write(&path, &whole[..whole.len() / 2]).unwrap();
    let before = b.snapshot();
    let err = fails(&b, Some(PASS), 2, &["sync"]);
    assert!(err.contains(&path.file_name().unwrap().to_string_lossy().into_owned()), "{err}");
    assert_eq!(b.snapshot(), before);
    std::fs::write(&path, &whole).unwrap();
    ok(&b, Some(PASS), &["sync"]);
    assert_eq!(names(&b).len(), 50);
}

#[test]
fn on_a_terminal_the_passphrase_is_asked_twice_when_chosen_and_never_echoed() {
    use common::terminal::{answer, terminal};
    let share = tempfile::tempdir().unwrap();
    let a = Env::new();
    let dir = share.path().to_str().unwrap();
    let Some(mut s) = terminal(&a, &["sync", "init", dir, "--as", "Ana", "--encrypt"]) else {
        return;
    };
    answer(&mut s, "Passphrase of the sync folder", "typed on a terminal");
    answer(&mut s, "Again, to be sure", "typed on a terminal");
    let rest = s.exp_eof().expect("init ends");
    assert!(!rest.contains("typed on a terminal"), "the passphrase is not echoed: {rest}");
    assert!(rest.contains("replica \"Ana\""), "{rest}");
    a.member("Ana", &[]);
    let err = fails(&a, Some("another one"), 1, &["sync"]);
    assert!(err.contains("passphrase does not open"), "{err}");
    ok(&a, Some("typed on a terminal"), &["sync"]);
}
