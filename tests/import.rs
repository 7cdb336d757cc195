mod common;

use common::Env;

fn write(env: &Env, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn a_form_export_imports_with_mapped_headers_bom_and_crlf() {
    let env = Env::new();
    let file = write(
        &env,
        "form.csv",
        "\u{feff}Name,Email Address,What would you like to learn?,Interests,Shoe size\r\n\
         Ana Souza,ana@x.org,Social Media; network mapping,facilitation,38\r\n\
         Bruno,bruno@x.org,,\"storytelling, data\",44\r\n",
    );
    let out = env
        .cop()
        .args([
            "members",
            "import",
            &file,
            "--map",
            "Email Address=email",
            "--map",
            "what would you like to learn?=needs",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ignoring column \"Shoe size\""), "{err}");
    assert!(err.contains("2 added"), "{err}");
    let ana = env.json(&["members", "show", "ana@x.org"]);
    assert_eq!(ana["needs"], serde_json::json!(["network-mapping", "social-media"]));
    assert_eq!(ana["interests"], serde_json::json!(["facilitation"]));
    let bruno = env.json(&["members", "show", "bruno"]);
    assert_eq!(bruno["interests"], serde_json::json!(["data", "storytelling"]));
}

#[test]
fn import_upserts_by_email() {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@x.org", "--region", "north"]);
    let file = write(&env, "a.csv", "name,email,role\nAna Souza,ANA@x.org,core\nBo,bo@x.org,\n");
    let summary = env.json(&["members", "import", &file]);
    assert_eq!(summary["added"], 1);
    assert_eq!(summary["updated"], 1);
    let ana = env.json(&["members", "show", "1"]);
    assert_eq!(ana["name"], "Ana Souza");
    assert_eq!(ana["role"], "core");
    assert_eq!(ana["region"], "north", "columns the sheet lacks are left alone");
}

#[test]
fn import_with_bad_rows_reports_each_by_line_and_imports_nothing() {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@x.org"]);
    let file = write(
        &env,
        "bad.csv",
        "name,email,role,joined\nGood One,good@x.org,,\n,x@x.org,,\nBo,not-an-email,,\n\nCy,cy@x.org,boss,\nDi,di@x.org,,someday\nEd,good@x.org,,\n",
    );
    let before = env.snapshot();
    // --strict: an email on two rows is an error, as it was before newest-wins.
    for args in [
        vec!["members", "import", &file, "--strict"],
        vec!["members", "import", &file, "--dry-run", "--strict"],
    ] {
        let err = env.fails(2, &args);
        for expected in [
            "line 3: name must not be empty",
            "line 4: email \"not-an-email\"",
            "line 6: role \"boss\"",
            "line 7: joined",
            "line 8: email good@x.org is also on line 2",
        ] {
            assert!(err.contains(expected), "missing {expected:?} in {err}");
        }
        assert!(err.contains("5 bad rows"), "{err}");
        assert!(!err.contains("line 2:"), "{err}");
        assert_eq!(before, env.snapshot());
    }
}

#[test]
fn a_sheet_without_names_updates_members_by_email_and_cannot_add_any() {
    let env = Env::new();
    env.member("Ana", &["--email", "ana@x.org"]);
    let file = write(&env, "f.csv", "email,facilitator\nana@x.org,yes\n");
    env.ok(&["members", "import", &file]);
    assert_eq!(env.json(&["members", "show", "ana"])["facilitator"], true);
    let unknown = write(&env, "u.csv", "email,facilitator\nana@x.org,no\nzoe@x.org,yes\n");
    let before = env.snapshot();
    let err = env.fails(2, &["members", "import", &unknown]);
    assert!(err.contains("line 3: name must not be empty"), "{err}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let env = Env::new();
    let file = write(&env, "a.csv", "name,email\nAna,ana@x.org\n");
    let summary = env.json(&["members", "import", &file, "--dry-run"]);
    assert_eq!(summary["dry_run"], true);
    assert_eq!(summary["added"], 1);
    assert!(!env.db().exists(), "a dry run creates nothing");
}

#[test]
fn import_reads_stdin() {
    let env = Env::new();
    let out = env.cop().args(["members", "import", "-"]).write_stdin("name\nAna\nBo\n").output().unwrap();
    assert!(out.status.success());
    assert_eq!(env.ok(&["members", "list", "-q"]), "1\n2\n");
}

#[test]
fn export_then_import_changes_nothing_and_rebuilds_an_empty_database() {
    let env = Env::new();
    env.member(
        "Ana, \"the\" weaver",
        &[
            "--email",
            "ana@x.org",
            "--interest",
            "a",
            "--need",
            "b",
            "--expertise",
            "c",
            "--available",
            "fri 12:00-13:00",
            "--available",
            "mon 09:00-10:30",
            "--timezone",
            "America/Chicago",
            "--facilitator",
            "--note",
            "line one\nline two",
            "--region",
            "north",
            "--role",
            "core",
        ],
    );
    env.member("Bo", &[]);
    env.ok(&["members", "archive", "bo"]);
    for format in ["csv", "json"] {
        let exported = env.ok(&["members", "export", "--format", format]);
        let file = write(&env, &format!("export.{format}"), &exported);
        let before = env.snapshot();
        let summary = env.json(&["members", "import", &file]);
        assert_eq!(summary["unchanged"], 2, "{format}: {summary}");
        assert_eq!(before, env.snapshot(), "{format}: re-importing an export changes nothing");

        let fresh = Env::new();
        fresh.ok(&["members", "import", &file]);
        let again = fresh.ok(&["members", "export", "--format", format]);
        assert_eq!(exported, again, "{format}: an empty database rebuilt from the export exports the same");
    }
}

#[test]
fn export_writes_a_private_file() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.member("Ana", &[]);
    let out = env.dir.path().join("members.csv");
    env.ok(&["members", "export", "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&out).unwrap().contains("Ana"));
}

#[test]
fn unreadable_or_unusable_files_are_usage_errors() {
    let env = Env::new();
    env.fails(2, &["members", "import", "/nonexistent/file.csv"]);
    let no_name = write(&env, "n.csv", "role\ncore\n");
    assert!(env.fails(2, &["members", "import", &no_name]).contains("no name column"));
    let latin1 = env.dir.path().join("l.csv");
    std::fs::write(&latin1, b"name\nJos\xe9\n").unwrap();
    assert!(env.fails(2, &["members", "import", latin1.to_str().unwrap()]).contains("UTF-8"));
    let bad_map = write(&env, "m.csv", "name\nAna\n");
    assert!(env.fails(2, &["members", "import", &bad_map, "--map", "x=shoe"]).contains("unknown field"));
    let bad_json = write(&env, "j.json", "[{\"name\": 3");
    env.fails(2, &["members", "import", &bad_json]);
    assert!(!env.db().exists());
}
