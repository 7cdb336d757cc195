//! Sheets from someone else (issue 12, items 5 and 9): a `members import` that cannot
//! swallow a sheet or the machine's memory, and csv/tsv output that a spreadsheet
//! cannot take for formulas, while export -> import still gives back the exact text.

mod common;

use std::io::Write;

use common::Env;

fn write(env: &Env, name: &str, text: &[u8]) -> String {
    let p = env.dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

/// A database holding one member, and a snapshot of it, to show a refusal changed nothing.
fn one_member() -> (Env, Vec<u8>) {
    let env = Env::new();
    env.member("Ana", &[]);
    let before = env.snapshot();
    (env, before)
}

#[test]
fn an_unclosed_quote_is_a_bad_row_with_its_line_and_nothing_is_imported() {
    let (env, before) = one_member();
    let file = write(&env, "u.csv", b"name,note\nAnn,\"oops\nBo,x\nCy,y\n");
    for dry_run in [false, true] {
        let mut args = vec!["members", "import", &file];
        if dry_run {
            args.push("--dry-run");
        }
        let err = env.fails(2, &args);
        assert!(err.contains("line 2: a quoted cell is never closed"), "{err}");
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_cell_of_100_kib_is_refused_with_its_line() {
    let (env, before) = one_member();
    let text = format!("name,note\nBo,short\nCy,{}\n", "n".repeat(100 * 1024));
    let file = write(&env, "long.csv", text.as_bytes());
    let err = env.fails(2, &["members", "import", &file]);
    assert!(err.contains("line 3: cell 2 holds more than 64 KiB"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_row_over_1_mib_is_refused_with_its_line() {
    let (env, before) = one_member();
    let cell = "r".repeat(60 * 1024);
    let row = vec![cell.as_str(); 18].join(",");
    let file = write(&env, "wide.csv", format!("name,note\n\nBo,{row}\n").as_bytes());
    let err = env.fails(2, &["members", "import", &file]);
    assert!(err.contains("line 3: the row holds more than 1 MiB"), "{err}");
    assert_eq!(env.snapshot(), before);
}

/// 20 MB in one quoted cell, lines and all: refused at its first 64 KiB, so the import
/// never holds the cell (peak memory was measured by hand for the README, not here).
#[test]
fn a_huge_cell_is_refused_without_reading_it_whole() {
    let (env, before) = one_member();
    let path = env.dir.path().join("huge.csv");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(b"name,note\nBo,\"").unwrap();
    let chunk = "0123456789abcdef\n".repeat(4096);
    for _ in 0..(20 << 20) / chunk.len() {
        f.write_all(chunk.as_bytes()).unwrap();
    }
    f.write_all(b"\"\nCy,x\n").unwrap();
    drop(f);
    let err = env.fails(2, &["members", "import", path.to_str().unwrap()]);
    assert!(err.contains("line 2: cell 2 holds more than 64 KiB"), "{err}");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_million_unknown_columns_give_one_warning_line() {
    let env = Env::new();
    let mut text = b"name".to_vec();
    for i in 0..1_000_000u32 {
        text.extend([b',', b'a' + (i % 26) as u8]);
    }
    text.extend(b"\nBo\n");
    let file = write(&env, "columns.csv", &text);
    let out = env.cop().args(["members", "import", &file]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8(out.stderr).unwrap();
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("warning:")).collect();
    assert_eq!(warnings.len(), 1, "{err:.300}");
    assert!(
        warnings[0].starts_with(
            r#"warning: ignoring 1000000 columns not member fields: "a", "b", "c", "d", "e", ..."#
        ),
        "{}",
        warnings[0]
    );
    assert_eq!(env.json(&["members", "show", "bo"])["name"], "Bo");
}

#[test]
fn json_input_still_imports() {
    let env = Env::new();
    let file = write(&env, "m.json", br#"  [{"name": "=Ana", "note": "'=x", "interests": ["a", "b"]}]"#);
    env.ok(&["members", "import", &file]);
    let ana = env.json(&["members", "show", "1"]);
    assert_eq!(
        (ana["name"].as_str(), ana["note"].as_str()),
        (Some("=Ana"), Some("'=x")),
        "JSON is taken as it is"
    );
    assert_eq!(ana["interests"], serde_json::json!(["a", "b"]));
}

/// Members whose names and notes begin with what a spreadsheet reads as a formula.
fn formula_members() -> Env {
    let env = Env::new();
    for (name, note) in [("=1+1", "=1+1"), ("'=x", "'=x"), ("-3", "-3"), ("@a", "@a"), ("+cmd", "-2+3")] {
        env.ok(&["members", "add", &format!("--note={note}"), "--", name]);
    }
    env
}

#[test]
fn formula_cells_get_a_quote_in_csv_and_tsv_but_not_with_raw() {
    let env = formula_members();
    let csv = env.ok(&["members", "list", "--format", "csv", "--sort", "id"]);
    let names: Vec<&str> = csv.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
    assert_eq!(names, ["'=1+1", "''=x", "-3", "'@a", "'+cmd"], "a plain negative number stays a number");
    let tsv = env.ok(&["members", "export", "--format", "tsv"]);
    assert!(tsv.lines().any(|l| l.split('\t').any(|c| c == "'-2+3")), "{tsv}");
    assert!(!tsv.lines().skip(1).any(|l| l.split('\t').any(|c| c.starts_with(['=', '+', '@']))), "{tsv}");

    let raw = env.ok(&["members", "list", "--format", "csv", "--sort", "id", "--raw"]);
    let names: Vec<&str> = raw.lines().skip(1).map(|l| l.split(',').nth(2).unwrap()).collect();
    assert_eq!(names, ["=1+1", "'=x", "-3", "@a", "+cmd"]);
    assert_eq!(env.json(&["members", "show", "1"])["name"], "=1+1", "json keeps the exact text");
}

#[test]
fn other_lists_guard_their_cells_too() {
    let env = Env::new();
    env.ok(&["sessions", "add", "--title", "=HYPERLINK(\"x\")", "--at", "2026-12-01 10:00"]);
    let csv = env.ok(&["sessions", "list", "--format", "csv"]);
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{csv}");
}

#[test]
fn export_then_import_gives_back_the_exact_text() {
    let env = formula_members();
    let expected = env.json(&["members", "list", "--sort", "id"]);
    let fields = |list: &serde_json::Value| -> Vec<(String, String)> {
        let list = list.as_array().unwrap();
        list.iter().map(|m| (m["name"].to_string(), m["note"].to_string())).collect()
    };
    for raw in [false, true] {
        let mut args = vec!["members", "export", "--format", "csv"];
        if raw {
            args.push("--raw");
        }
        let file = write(&env, "export.csv", env.ok(&args).as_bytes());
        let copy = Env::new();
        let mut args = vec!["members", "import", file.as_str()];
        if raw {
            args.push("--raw");
        }
        copy.ok(&args);
        assert_eq!(fields(&copy.json(&["members", "list", "--sort", "id"])), fields(&expected), "raw: {raw}");
    }
}
