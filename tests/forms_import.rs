//! `members import` of what Google Forms, Microsoft Forms and Excel export.

mod common;

use common::Env;

fn write(env: &Env, name: &str, text: &str) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_google_form_imports_without_map_and_a_dry_run_says_how_each_column_is_read() {
    let env = Env::new();
    let file = write(
        &env,
        "google.csv",
        "Timestamp,Email Address,Full name,What would you like to learn?,What could you teach?,Shoe size\n\
         2026/11/02 9:14:07 AM GMT-6,ana@x.org,Ana Souza,Social media,facilitation,38\n",
    );
    let out = env.cop().args(["members", "import", &file, "--dry-run"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    for line in [
        "column \"Email Address\" -> email (a form's question)",
        "column \"Full name\" -> name (its name)",
        "column \"What would you like to learn?\" -> needs (a form's question)",
        "column \"What could you teach?\" -> expertise (a form's question)",
        "Would import 1 row: 1 added",
    ] {
        assert!(err.contains(line), "missing {line:?} in {err}");
    }
    assert!(err.contains("\"Timestamp\""), "an unread Timestamp is named: {err}");
    let summary = env.json(&["members", "import", &file, "--dry-run"]);
    assert_eq!(
        summary["columns"][0],
        serde_json::json!({"header": "Email Address", "field": "email", "how": "form"})
    );

    env.ok(&["members", "import", &file]);
    let ana = env.json(&["members", "show", "ana@x.org"]);
    assert_eq!(ana["name"], "Ana Souza");
    assert_eq!(ana["needs"], serde_json::json!(["social-media"]));
    assert_eq!(ana["expertise"], serde_json::json!(["facilitation"]));
}

#[test]
fn microsoft_forms_email_and_name_headers_map_too() {
    let env = Env::new();
    let file = write(
        &env,
        "ms.csv",
        "ID,Start time,Email,Name,Your name\n1,11/2/26 9:14:07,bo@x.org,anonymous,Bo Lima\n",
    );
    // "Name" is the field's own name and wins; "Your name" then collides and is left out.
    let out = env.cop().args(["members", "import", &file]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("\"Your name\""), "{}", stderr(&out));
    assert_eq!(env.json(&["members", "show", "bo@x.org"])["name"], "anonymous");
}

#[test]
fn a_dry_run_adding_members_without_email_names_the_column_that_looks_like_emails() {
    let env = Env::new();
    let file = write(&env, "de.csv", "name,E-Mail-Adresse\nAna,ana@x.org\nBo,bo@x.org\n");
    let out = env.cop().args(["members", "import", &file, "--dry-run"]).output().unwrap();
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("would add 2 members without an email, yet column \"E-Mail-Adresse\" looks like emails"),
        "{err}"
    );
    assert!(err.contains("--map \"E-Mail-Adresse=email\""), "{err}");
    let quiet = env
        .cop()
        .args(["members", "import", &file, "--dry-run", "--map", "E-Mail-Adresse=email"])
        .output()
        .unwrap();
    assert!(!stderr(&quiet).contains("without an email"), "{}", stderr(&quiet));
}

#[test]
fn form_timestamps_become_joined_days() {
    let env = Env::new();
    let file = write(
        &env,
        "t.csv",
        "Timestamp,Email Address,Name\n\
         2026/11/02 9:14:07 AM GMT-6,ana@x.org,Ana\n\
         11/3/26 9:14:07,bo@x.org,Bo\n\
         11/20/2026 9:14,cy@x.org,Cy\n\
         46328.38,di@x.org,Di\n",
    );
    env.ok(&["members", "import", &file, "--map", "Timestamp=joined"]);
    for (who, day) in
        [("ana", "2026-11-02"), ("bo", "2026-11-03"), ("cy", "2026-11-20"), ("di", "2026-11-02")]
    {
        assert_eq!(env.json(&["members", "show", who])["joined_on"], day, "{who}");
    }
}

#[test]
fn an_ambiguous_day_and_month_needs_date_format() {
    let env = Env::new();
    let file = write(&env, "t.csv", "Timestamp,Email,Name\n11/2/26 9:14:07,ana@x.org,Ana\n");
    let before = env.snapshot();
    let err = env.fails(2, &["members", "import", &file, "--map", "Timestamp=joined"]);
    assert!(err.contains("line 2: joined: \"11/2/26 9:14:07\"") && err.contains("--date-format"), "{err}");
    assert_eq!(before, env.snapshot());
    env.ok(&["members", "import", &file, "--map", "Timestamp=joined", "--date-format", "dmy"]);
    assert_eq!(env.json(&["members", "show", "ana"])["joined_on"], "2026-02-11");
    let err = env.fails(2, &["members", "import", &file, "--date-format", "ymd"]);
    assert!(err.contains("--date-format \"ymd\": expected mdy"), "{err}");
    let mixed = write(&env, "m.csv", "Timestamp,Email,Name\n25/2/26,a@x.org,A\n2/25/26,b@x.org,B\n");
    let err = env.fails(2, &["members", "import", &mixed, "--map", "Timestamp=joined"]);
    assert!(err.contains("different orders"), "{err}");
}

#[test]
fn a_resubmitted_form_keeps_the_newest_answer_and_reports_the_older_row() {
    let env = Env::new();
    let file = write(
        &env,
        "r.csv",
        "Timestamp,Email Address,Name,What would you like to learn?\n\
         2026/11/02 9:14:07 AM GMT-6,ana@x.org,Ana,mapping\n\
         2026/11/02 9:20:00 AM GMT-6,bo@x.org,Bo,\n\
         2026/11/05 8:00:00 AM GMT-6,ANA@x.org,Ana Souza,storytelling\n",
    );
    let out = env.cop().args(["members", "import", &file, "--map", "Timestamp=joined"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("warning: line 2: email ana@x.org is also on line 4, a newer answer"), "{err}");
    assert!(err.contains("2 added") && err.contains("1 older row superseded"), "{err}");
    let ana = env.json(&["members", "show", "ana"]);
    assert_eq!(ana["name"], "Ana Souza");
    assert_eq!(ana["needs"], serde_json::json!(["storytelling"]));
    assert_eq!(ana["joined_on"], "2026-11-02", "joined is the first answer's day");

    let again = Env::new();
    let err = again.fails(2, &["members", "import", &file, "--strict"]);
    assert!(err.contains("line 4: email ana@x.org is also on line 2"), "{err}");
    assert!(!again.db().exists());
}

#[test]
fn semicolon_and_tab_sheets_are_read_by_their_header_line() {
    let env = Env::new();
    let semi = write(&env, "s.csv", "Name;Email;Interests\nAna;ana@x.org;\"data, maps\"\n");
    env.ok(&["members", "import", &semi]);
    assert_eq!(env.json(&["members", "show", "ana"])["interests"], serde_json::json!(["data", "maps"]));
    let tab = write(&env, "t.tsv", "Name\tEmail\nBo\tbo@x.org\n");
    env.ok(&["members", "import", &tab]);
    assert_eq!(env.json(&["members", "show", "bo"])["email"], "bo@x.org");
    // --delimiter overrides what the header line suggests.
    let forced = write(&env, "f.csv", "Name|Email\nCy|cy@x.org\n");
    env.ok(&["members", "import", &forced, "--delimiter", "|"]);
    assert_eq!(env.json(&["members", "show", "cy"])["email"], "cy@x.org");
    let err = env.fails(2, &["members", "import", &forced, "--delimiter", "x"]);
    assert!(err.contains("--delimiter"), "{err}");
}
