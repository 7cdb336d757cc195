//! Hostile input through the real binary: arbitrary CSV to `members import`, arbitrary
//! and mangled JSON to `assist log --from` and `cop import`, each either accepted (and
//! then every record still reads back) or refused with a documented exit code and
//! nothing changed; and names with quotes, semicolons, `%`, `_`, line breaks, emoji and
//! right-to-left text that round-trip exactly and are never read as SQL or LIKE patterns.

mod common;

use std::path::PathBuf;

use common::Env;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Each case starts a few processes: few cases keep the file to a few seconds.
/// `PROPTEST_CASES=1000` searches longer by hand.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(32);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text that SQL, LIKE, CSV, JSON or a terminal could misread.
const NASTY: &[&str] = &[
    "O'Brien",
    "\"quoted\" name",
    "semi; colon",
    "100% sure",
    "a_c",
    "' OR 1=1 --",
    "Robert'); DROP TABLE members;--",
    "back\\slash",
    "emoji 👩\u{200d}💻 🙂",
    "عربي \u{202e}txet\u{202c} עברית",
    "e\u{301}le\u{300}ve",
    "comma, then more",
];

fn write(env: &Env, name: &str, bytes: &[u8]) -> PathBuf {
    let p = env.dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// Runs `cop ARGS` and checks the contract for untrusted input: an exit code from
/// `allowed` (never 101 or a signal); on a refusal nothing changed, on success every
/// record still reads back (`cop export` and `cop doctor` pass).
fn accepted_or_refused(env: &Env, args: &[&str], allowed: &[i32]) -> Result<bool, TestCaseError> {
    let before = env.snapshot();
    let out = env.cop().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code();
    prop_assert!(
        code.is_some_and(|c| allowed.contains(&c)) && !stderr.contains("panicked"),
        "cop {:?} exited {:?}: {}",
        args,
        code,
        stderr
    );
    if code == Some(0) {
        for check in [&["export"][..], &["doctor"][..]] {
            let o = env.cop().args(check).output().unwrap();
            prop_assert!(
                o.status.success(),
                "after cop {:?}, cop {:?} failed: {}{}",
                args,
                check,
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            );
        }
        Ok(true)
    } else {
        prop_assert!(env.snapshot() == before, "refused cop {:?} changed the database: {}", args, stderr);
        prop_assert!(!stderr.trim().is_empty(), "a refusal says why");
        Ok(false)
    }
}

/// A small community: members with and without email, a popup, a session, an assist.
fn build_community() -> Env {
    let env = Env::new();
    env.member("Ana Souza", &["--email", "ana@x.org", "--interest", "facilitation"]);
    env.member("Bruno Lima", &["--email", "bruno@x.org", "--facilitator", "--available", "fri 12:00-13:00"]);
    env.member("Chen", &[]);
    env.ok(&["popup", "propose", "Mapping", "--by", "ana", "--tag", "facilitation"]);
    env.ok(&["sessions", "add", "--title", "Meetup", "--at", "2026-12-04 12:00"]);
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Grow",
        "--presenter",
        "ana",
        "--listener",
        "bruno",
        "--situation",
        "s",
        "--clarify",
        "q",
        "--idea",
        "Map it",
        "--resource",
        "Net https://example.org/n",
        "--response",
        "r",
        "--takeaway",
        "bruno: maps",
        "--reflection",
        "f",
        "--next-step",
        "Draft @ana due:fri",
    ]);
    env
}

/// A fresh copy of one community built once per test run: each case starts from the
/// same records without spending processes on building them.
fn community() -> Env {
    // The file's bytes, so no temporary directory outlives the tests. Every `cop` has
    // exited, so its log is folded back into the one file.
    static TEMPLATE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    let bytes = TEMPLATE.get_or_init(|| std::fs::read(build_community().db()).unwrap());
    let env = Env::new();
    std::fs::write(env.db(), bytes).unwrap();
    // As cop creates it, or `doctor` rightly complains.
    std::fs::set_permissions(env.db(), std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    env
}

// ---- Arbitrary CSV ----

fn csv_cell() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(NASTY).prop_map(str::to_string),
        "\\PC{0,10}",
        "[a-z \"',;\r\n]{0,10}",
        Just(String::new()),
        proptest::sample::select(
            &[
                "ana@x.org",
                "not-an-email",
                "core",
                "boss",
                "archived",
                "fri 12:00-13:00",
                "fri 25:00-26:00",
                "yes",
                "maybe",
                "2026-13-45",
                "+100000m",
                "9999-12-31",
                "America/Chicago",
                "Mars/Base",
                "a;b,,c",
                "00000000-0000-0000-0000-000000000000",
            ][..]
        )
        .prop_map(str::to_string),
    ]
}

fn csv_text() -> impl Strategy<Value = Vec<u8>> {
    let headers = proptest::sample::subsequence(
        &[
            "name",
            "email",
            "role",
            "status",
            "region",
            "timezone",
            "interests",
            "needs",
            "expertise",
            "availability",
            "facilitator",
            "joined",
            "note",
            "uuid",
            "Shoe size",
            "NAME",
        ][..],
        0..6,
    );
    prop_oneof![
        3 => ((any::<bool>(), headers).prop_map(|(named, mut h)| {
            // Most sheets name their members, so rows get read cell by cell.
            if named && !h.contains(&"name") {
                h.insert(0, "name");
            }
            h
        }), proptest::collection::vec(proptest::collection::vec(csv_cell(), 0..7), 0..4), "(\r\n|\n)", any::<bool>())
            .prop_map(|(h, rows, eol, bom)| {
                let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
                w.write_record(&h).unwrap();
                for r in rows {
                    w.write_record(&r).unwrap();
                }
                let text = String::from_utf8(w.into_inner().unwrap()).unwrap().replace('\n', &eol);
                let mut bytes = if bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
                bytes.extend(text.into_bytes());
                bytes
            }),
        1 => proptest::collection::vec(any::<u8>(), 0..120),
        1 => "(name|email)?(,[^\n]{0,12}){0,3}\n[^\n]{0,30}\n[\"a-z,\n]{0,20}".prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_csv_is_imported_whole_or_refused_with_nothing_changed(
        csv in csv_text(),
        dry in any::<bool>(),
        maps in proptest::collection::vec("(Shoe size|NAME|x|%|)=(name|email|needs|joined|shoe|)(=x)?", 0..3),
    ) {
        let env = community();
        let file = write(&env, "sheet.csv", &csv);
        let path = file.to_str().unwrap();
        let mut args = vec!["members", "import", path];
        if dry {
            args.push("--dry-run");
        }
        for m in &maps {
            args.extend(["--map", m]);
        }
        let before = env.snapshot();
        if accepted_or_refused(&env, &args, &[0, 2])? && dry {
            prop_assert!(env.snapshot() == before, "a dry run writes nothing");
        }
    }
}

// ---- Arbitrary and mangled JSON ----

/// A replacement value: wrong types, huge numbers, impossible dates, hostile text.
fn json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop_oneof![Just(u64::MAX), Just(u64::from(u32::MAX)), Just(0u64)].prop_map(Value::from),
        any::<f64>().prop_filter("JSON numbers are finite", |f| f.is_finite()).prop_map(Value::from),
        proptest::sample::select(NASTY).prop_map(Value::from),
        proptest::sample::select(
            &[
                "",
                "-1",
                "2026-02-30",
                "9999-12-31T23:59:59Z",
                "+10000-01-01T00:00:00Z",
                "0000-01-01",
                "10000-01-01",
                "2026-11-24T16:00:00Z",
                "2099-01-01T00:00:00Z",
                "fri",
                "logged",
                "draft",
                "00000000-0000-0000-0000-000000000000",
                "presenter",
                "yes",
                "joined",
            ][..]
        )
        .prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, "ana", null])),
    ]
}

/// Every JSON pointer in a document, so a mutation can reach any field at any depth.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{at}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = format!("{at}/{i}");
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Mangle {
    /// Replace the field at this (wrapped) index with a value.
    Replace(usize, Value),
    /// Remove the field at this index.
    Remove(usize),
    /// Cut the text at this (wrapped) byte, on a character boundary.
    Truncate(usize),
    /// Text that need not be JSON at all.
    Text(String),
}

fn mangles() -> impl Strategy<Value = Vec<Mangle>> {
    let one = prop_oneof![
        6 => (any::<usize>(), json_value()).prop_map(|(i, v)| Mangle::Replace(i, v)),
        2 => any::<usize>().prop_map(Mangle::Remove),
        1 => any::<usize>().prop_map(Mangle::Truncate),
        1 => "\\PC{0,40}|[\\[\\]{}\":,0-9a-z ]{0,40}".prop_map(Mangle::Text),
    ];
    // Sometimes none: the untouched document is read whole.
    proptest::collection::vec(one, 0..4)
}

fn mangle(doc: &Value, ms: &[Mangle]) -> String {
    let mut v = doc.clone();
    let mut text = None;
    for m in ms {
        let mut ps = Vec::new();
        pointers(&v, String::new(), &mut ps);
        match m {
            Mangle::Replace(i, new) if !ps.is_empty() => {
                *v.pointer_mut(&ps[i % ps.len()]).unwrap() = new.clone();
            }
            Mangle::Remove(i) if !ps.is_empty() => {
                let p = &ps[i % ps.len()];
                let (parent, key) = p.rsplit_once('/').unwrap();
                // The empty pointer is the whole document.
                match v.pointer_mut(parent) {
                    Some(Value::Object(m)) => {
                        m.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(a)) => {
                        a.remove(key.parse::<usize>().unwrap());
                    }
                    _ => {}
                }
            }
            Mangle::Truncate(at) => {
                let s = serde_json::to_string(&v).unwrap();
                let mut cut = at % (s.len() + 1);
                while !s.is_char_boundary(cut) {
                    cut -= 1;
                }
                text = Some(s[..cut].to_string());
            }
            Mangle::Text(t) => text = Some(t.clone()),
            _ => {}
        }
    }
    text.unwrap_or_else(|| serde_json::to_string_pretty(&v).unwrap())
}

/// The community's assist as `assist show --format json` prints it, every step filled.
fn an_assist(env: &Env) -> Value {
    let mut a = env.json(&["assist", "show", "1"]);
    let m = a.as_object_mut().unwrap();
    for k in ["id", "uuid"] {
        m.remove(k);
    }
    a
}

/// A whole-community document with one of everything.
fn a_document() -> Value {
    let env = community();
    env.ok(&["resources", "add", "Book", "--url", "https://example.org/b", "--tag", "facilitation"]);
    env.ok(&["popup", "agenda", "1", "add", "Draw", "--minutes", "20"]);
    env.ok(&["pairs", "--seed", "1", "--record"]);
    env.ok(&["tags", "alias", "fac", "facilitation"]);
    env.ok(&["members", "forget", "Chen", "--yes"]);
    serde_json::from_str(&env.ok(&["export"])).unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_assist_json_is_logged_or_refused_with_nothing_changed(ms in mangles()) {
        static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        let doc = DOC.get_or_init(|| an_assist(&community()));
        let env = community();
        let file = write(&env, "assist.json", mangle(doc, &ms).as_bytes());
        accepted_or_refused(&env, &["assist", "log", "--from", file.to_str().unwrap()], &[0, 2, 3, 4])?;
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_member_json_is_imported_whole_or_refused_with_nothing_changed(ms in mangles()) {
        static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        let doc = DOC.get_or_init(|| {
            let env = community();
            env.ok(&["members", "add", "Dee", "--email", "dee@x.org", "--role", "core", "--need", "maps",
                "--timezone", "Europe/Lisbon", "--available", "mon 09:00-10:00", "--joined", "2026-01-02"]);
            serde_json::from_str(&env.ok(&["members", "export", "--format", "json"])).unwrap()
        });
        let env = community();
        let file = write(&env, "members.json", mangle(doc, &ms).as_bytes());
        accepted_or_refused(&env, &["members", "import", file.to_str().unwrap()], &[0, 2])?;
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_community_document_is_imported_whole_or_refused_with_nothing_changed(ms in mangles(), dry in any::<bool>()) {
        static DOC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
        let doc = DOC.get_or_init(a_document);
        let env = Env::new();
        env.member("Zoe", &["--email", "ana@x.org"]);
        let file = write(&env, "community.json", mangle(doc, &ms).as_bytes());
        let path = file.to_str().unwrap();
        let mut args = vec!["import", path];
        if dry {
            args.push("--dry-run");
        }
        let before = env.snapshot();
        if accepted_or_refused(&env, &args, &[0, 1, 2, 4])? && dry {
            prop_assert!(env.snapshot() == before, "a dry run writes nothing");
        }
    }
}

// ---- Names that look like SQL, LIKE patterns or markup ----

#[test]
fn nasty_names_notes_and_titles_round_trip_exactly() {
    let env = Env::new();
    for (i, name) in NASTY.iter().enumerate() {
        let note = format!("{name}\r\nsecond line; 50% _done_\nthird");
        let tag = format!("t{i} {name}").replace([',', ';'], " ");
        let id = env.member(name, &["--note", &note, "--region", name, "--interest", &tag]);
        let m = env.json(&["members", "show", &id.to_string()]);
        assert_eq!(m["name"], *name);
        assert_eq!(m["note"], note.as_str());
        assert_eq!(m["region"], *name);
        assert_eq!(m["interests"].as_array().unwrap().len(), 1, "{name}: one tag");
        // The whole name is a unique reference to its member.
        assert_eq!(env.json(&["members", "show", name])["id"], id, "{name}");
    }
    assert_eq!(env.json(&["members", "list"]).as_array().unwrap().len(), NASTY.len());

    // A CSV export read into a fresh database gives back the same people.
    let csv = env.ok(&["members", "export"]);
    let other = Env::new();
    let file = write(&other, "members.csv", csv.as_bytes());
    other.ok(&["members", "import", file.to_str().unwrap()]);
    for name in NASTY {
        let (a, b) = (env.json(&["members", "show", name]), other.json(&["members", "show", name]));
        for field in ["name", "note", "region", "interests", "uuid"] {
            assert_eq!(a[field], b[field], "{name}: {field}");
        }
    }

    // The other records keep their text exactly too.
    for text in NASTY {
        let p = env.ok(&["popup", "propose", text, "--by", "1", "--description", text, "-q"]);
        assert_eq!(env.json(&["popup", "show", p.trim()])["title"], *text);
        let s = env.ok(&["sessions", "add", "--title", text, "--at", "fri 12:00", "--location", text, "-q"]);
        let shown = env.json(&["sessions", "show", s.trim()]);
        assert_eq!((&shown["title"], &shown["location"]), (&json!(text), &json!(text)));
        let r = env.ok(&["resources", "add", text, "--note", text, "-q"]);
        assert_eq!(env.json(&["resources", "show", r.trim()])["note"], *text);
        let a = env.ok(&["assist", "log", "--challenge", text, "--presenter", "2", "--idea", text, "-q"]);
        let shown = env.json(&["assist", "show", a.trim()]);
        assert_eq!((&shown["challenge"], &shown["ideas"][0]), (&json!(text), &json!(text)));
    }
    let doctor = env.ok(&["doctor"]);
    assert!(!doctor.contains("FAIL"), "{doctor}");
}

#[test]
fn percent_and_underscore_in_a_member_reference_are_literal() {
    let env = Env::new();
    let a_c = env.member("a_c", &[]);
    env.member("abc", &[]);
    let pct = env.member("100% Sure", &[]);
    env.member("100x", &[]);
    env.member("Back\\slash", &[]);
    assert_eq!(env.json(&["members", "show", "a_"])["id"], a_c, "_ is not any character");
    assert_eq!(env.json(&["members", "show", "100%"])["id"], pct, "% is not any text");
    assert_eq!(env.json(&["members", "show", "back\\"])["name"], "Back\\slash");
    for pattern in ["%", "_", "%c", "_bc", "a%", "\\", "' OR 1=1 --"] {
        let err = env.fails(3, &["members", "show", pattern]);
        assert!(err.contains("no member"), "{pattern}: {err}");
    }
    // Not a pattern in a list filter either: a tag is matched whole.
    env.ok(&["members", "edit", "abc", "--add-interest", "100%"]);
    env.ok(&["members", "edit", "a_c", "--add-interest", "100x"]);
    let by_tag = env.json(&["members", "list", "--interest", "100%"]);
    assert_eq!(by_tag.as_array().unwrap().len(), 1, "{by_tag}");
    for pattern in ["%", "100_", "1%"] {
        assert_eq!(env.json(&["members", "list", "--interest", pattern]), json!([]), "{pattern}");
    }
}

#[test]
fn dates_past_year_9999_are_refused_and_change_nothing() {
    let env = community();
    let before = env.snapshot();
    for args in [
        &["sessions", "add", "--title", "x", "--at", "9999-12-31 23:30"][..],
        &["sessions", "add", "--title", "x", "--at", "2026-12-01", "--minutes", "4294967295"],
        &["sessions", "edit", "1", "--minutes", "4294967295"],
        &[
            "meetup",
            "plan",
            "--title",
            "m",
            "--weekday",
            "fri",
            "--time",
            "12:00",
            "--count",
            "8",
            "--start",
            "9999-12-01",
        ],
        &["popup", "schedule", "1", "--at", "9999-12-20 12:00", "--count", "4"],
        &["members", "add", "Far", "--joined", "+100000m"],
        &["members", "edit", "ana", "--joined", "--9223372036854775808d"],
        &["assist", "log", "--challenge", "c", "--presenter", "ana", "--date", "+99999m"],
    ] {
        let err = env.fails(2, args);
        assert!(
            err.contains("range")
                || err.contains("year")
                || err.contains("expected")
                || err.contains("must be 1 to"),
            "{args:?}: {err}"
        );
    }
    assert!(env.snapshot() == before);
    env.ok(&["sessions", "list", "--json"]);
}
