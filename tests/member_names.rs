//! MEMBER as people type it: any case, no accents, any word of the name.

mod common;

use common::Env;

#[test]
fn member_references_fold_case_and_accents_and_match_any_word() {
    let env = Env::new();
    let maria = env.member("María López", &[]);
    let aiko = env.member("Sato, Aiko", &[]);
    let jl = env.member("Jean-Luc Ørsted", &[]);
    for (reference, id) in
        [("maria", maria), ("MARÍA", maria), ("lopez", maria), ("aiko", aiko), ("sato", aiko), ("luc", jl)]
    {
        assert_eq!(env.json(&["members", "show", reference])["id"], id, "{reference}");
    }
    // Ø is a letter of its own, not O with a mark: it is matched as typed.
    assert_eq!(env.json(&["members", "show", "ørs"])["id"], jl);
    let err = env.fails(3, &["members", "show", "iko"]);
    assert!(err.contains("no member matches \"iko\""), "{err}");
}

#[test]
fn an_ambiguous_word_still_lists_the_candidates() {
    let env = Env::new();
    env.member("Sato, Aiko", &[]);
    env.member("Aiko Tanaka", &[]);
    env.member("Álvaro Aikoño", &[]);
    let err = env.fails(2, &["members", "show", "aiko"]);
    assert!(err.contains("3 candidates"), "{err}");
    for name in ["Sato, Aiko (1)", "Aiko Tanaka (2)", "Álvaro Aikoño (3)"] {
        assert!(err.contains(name), "missing {name} in {err}");
    }
}

#[test]
fn a_new_member_named_like_another_gets_a_warning_not_an_error() {
    let env = Env::new();
    env.member("Ana Souza", &[]);
    let out = env.cop().args(["members", "add", "ana souza"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning: member 1 is also named \"ana souza\""), "{err}");
    assert!(err.contains("cop members merge 1 2"), "{err}");
    let other = env.cop().args(["members", "add", "Bruno"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&other.stderr).contains("warning"));

    let sheet = env.dir.path().join("s.csv");
    std::fs::write(&sheet, "name,email\nAna Souza,ana2@x.org\n").unwrap();
    let out = env.cop().args(["members", "import", sheet.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2: members 1, 2 are also named \"Ana Souza\""), "{err}");
}
