//! `cop report html` read back by an HTML parser, as a browser would: no script, no
//! external reference, and each chart's table holding the numbers of a fixed community
//! (tests/common/riverside.rs, plus a guest whose name holds a script tag).

mod common;

use common::Env;
use common::riverside::riverside;
use rusqlite::Connection;
use scraper::{ElementRef, Html, Selector};

const ZOE: &str = "<script>alert('x')</script> Zoe";

fn community(env: &Env) {
    let r = riverside(env);
    let zoe = env.member(ZOE, &["--role", "guest", "--joined", "2026-01-05"]);
    env.ok(&["members", "edit", "Bo", "--add-need", "network-mapping"]);
    env.ok(&["members", "edit", "Cy", "--add-need", "network-mapping,evaluation"]);
    env.ok(&["members", "edit", "Ana", "--add-expertise", "network-mapping"]);
    let c = Connection::open(env.db()).unwrap();
    c.execute(
        "INSERT INTO popup_tags (popup_id, tag_id) SELECT 1, id FROM tags WHERE name = 'network-mapping'",
        [],
    )
    .unwrap();
    c.execute(
        "INSERT INTO session_facilitators (session_id, member_id, created_at)
         SELECT id, ?1, starts_at FROM sessions WHERE starts_at LIKE '2026-10-08%'",
        [zoe],
    )
    .unwrap();
    env.ok(&[
        "assist",
        "log",
        "--challenge",
        "Planning",
        "--presenter",
        "Ana",
        "--listener",
        "Tom",
        "--date",
        "2026-10-15",
        "--next-step",
        "Draft the map @Bo due:2026-11-01",
        "--next-step",
        "Later @Ana due:2026-12-20",
    ]);
    env.ok(&[
        "stories",
        "add",
        "I took away planning in chunks",
        "--member",
        "Bo",
        "--from-popup",
        "1",
        "--value",
        "applied",
    ]);
    env.ok(&["stories", "add", "<b>not bold</b>", "--member", &zoe.to_string()]);
    let _ = r;
}

fn page(env: &Env) -> Html {
    let out = env.dir.path().join("report.html");
    env.ok(&["report", "html", "--out", out.to_str().unwrap()]);
    Html::parse_document(&std::fs::read_to_string(out).unwrap())
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>().trim().to_string()
}

/// The rows of the table matching `selector` (body rows only), as cell texts.
fn rows(doc: &Html, selector: &str) -> Vec<Vec<String>> {
    let table = doc.select(&sel(selector)).next().unwrap_or_else(|| panic!("no table {selector}"));
    table.select(&sel("tbody tr")).map(|tr| tr.select(&sel("th, td")).map(text).collect()).collect()
}

fn row(doc: &Html, selector: &str, first: &str) -> Vec<String> {
    rows(doc, selector)
        .into_iter()
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row {first} in {selector}"))
}

#[test]
fn the_page_has_no_script_and_no_external_reference() {
    let env = Env::new();
    community(&env);
    let doc = page(&env);
    assert_eq!(doc.select(&sel("script, link, iframe, object, embed, img, base, form")).count(), 0);
    for e in doc.select(&sel("*")) {
        for (name, value) in e.value().attrs() {
            let name = name.to_lowercase();
            assert!(
                !["src", "srcset", "action", "formaction", "poster"].contains(&name.as_str()),
                "{name}={value}"
            );
            assert!(!name.starts_with("on"), "an event handler: {name}");
            if name.ends_with("href") {
                assert!(value.starts_with('#'), "{name}={value}");
            }
            assert!(!value.to_lowercase().contains("javascript:"), "{name}={value}");
        }
    }
    for style in doc.select(&sel("style")) {
        let css = text(style).to_lowercase();
        assert!(!css.contains("url(") && !css.contains("@import"), "{css}");
    }
    assert!(doc.select(&sel("svg")).count() >= 5, "the charts are inline SVG");
    // Every chart has a table beneath it.
    for section in doc.select(&sel("section")) {
        if section.select(&sel("svg.chart")).next().is_some() {
            assert!(section.select(&sel("table")).next().is_some(), "{}", text(section));
        }
    }
}

#[test]
fn a_member_name_holding_a_script_tag_shows_as_text() {
    let env = Env::new();
    community(&env);
    let doc = page(&env);
    assert_eq!(row(&doc, "table.rotation", ZOE)[1], "1", "Zoe facilitated once, named as typed");
    let quotes: Vec<String> = doc.select(&sel("blockquote p")).map(text).collect();
    assert!(quotes.contains(&"<b>not bold</b>".to_string()), "{quotes:?}");
    assert_eq!(doc.select(&sel("b")).filter(|b| text(*b) == "not bold").count(), 0);
}

#[test]
fn each_chart_table_holds_the_numbers_of_the_community() {
    let env = Env::new();
    community(&env);
    let doc = page(&env);
    // Levels: core, active, occasional, peripheral, transactional, total, joined. Ana,
    // core by role, earns occasional by presenting in October.
    let levels = rows(&doc, "#levels table");
    let months: Vec<&str> = levels.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(months, ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    assert_eq!(row(&doc, "#levels table", "2026-06")[1..], ["1", "0", "0", "3", "2", "6", "0"]);
    assert_eq!(row(&doc, "#levels table", "2026-09")[1..], ["1", "1", "0", "2", "2", "6", "0"]);
    assert_eq!(row(&doc, "#levels table", "2026-10")[1..], ["0", "1", "2", "1", "2", "6", "0"]);
    assert_eq!(row(&doc, "#levels table", "2026-11")[1..], ["0", "1", "2", "2", "2", "7", "1"]);
    assert_eq!(row(&doc, "table.shares", "occasional")[1..3], ["2", "29 %"]);
    // Movement: up, down, joined per month; the matrix over the months.
    assert_eq!(row(&doc, "table.moves", "2026-06")[1..], ["1", "0", "0"]);
    assert_eq!(row(&doc, "table.moves", "2026-09")[1..], ["1", "0", "0"]);
    assert_eq!(row(&doc, "table.moves", "2026-10")[1..], ["2", "1", "0"]);
    assert_eq!(row(&doc, "table.moves", "2026-11")[1..], ["0", "0", "1"]);
    assert_eq!(row(&doc, "table.matrix", "peripheral")[1..], ["1", "1", "2", "12", "0"]);
    assert_eq!(row(&doc, "table.matrix", "transactional")[5], "12");
    // Needs against popups.
    assert_eq!(row(&doc, "table.needs", "network-mapping")[1..3], ["2", "1"]);
    assert!(row(&doc, "table.needs", "network-mapping")[3].contains("Network mapping (1, done)"));
    assert_eq!(row(&doc, "table.needs", "evaluation")[1..], ["1", "0", "none"]);
    // Popups and assists, and sessions, per month.
    assert_eq!(row(&doc, "table.activity", "2026-06")[1..], ["0", "0", "0", "3"]);
    assert_eq!(row(&doc, "table.activity", "2026-09")[1..], ["1", "1", "0", "1"]);
    assert_eq!(row(&doc, "table.activity", "2026-10")[1..], ["0", "0", "1", "1"]);
    // Follow-ups: two open, one overdue.
    let overdue = rows(&doc, "table.overdue");
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0][..3], ["2026-11-01", "Draft the map", "Bo"]);
    assert!(
        text(doc.select(&sel("#followups .sub")).next().unwrap())
            .starts_with("2 next steps open, 1 of them overdue")
    );
    // Stories, with their source.
    let footers: Vec<String> = doc.select(&sel("blockquote footer")).map(text).collect();
    assert!(footers.iter().any(|f| f == "— Bo, applied value, from popup 1: Network mapping"), "{footers:?}");
}

#[test]
fn report_html_refuses_bad_flags_and_an_existing_file() {
    let env = Env::new();
    community(&env);
    let out = env.dir.path().join("r.html");
    env.ok(&["report", "html", "--out", out.to_str().unwrap()]);
    assert!(env.fails(4, &["report", "html", "--out", out.to_str().unwrap()]).contains("--force"));
    env.ok(&["report", "html", "--out", out.to_str().unwrap(), "--force"]);
    assert!(env.fails(2, &["report", "html", "--months", "0"]).contains("--months"));
    assert!(env.fails(2, &["report", "html", "--out", env.db().to_str().unwrap()]).contains("--out"));
    let empty = Env::new();
    let page = empty.ok(&["report", "html"]);
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("No stories yet"), "{page}");
    assert!(!empty.db().exists(), "a report of no database creates none");
}
