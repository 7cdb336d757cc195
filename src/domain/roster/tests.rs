use super::*;
use proptest::prelude::*;

fn iso(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| e.to_string())
}

#[test]
fn a_form_export_with_bom_crlf_and_mapped_headers_reads() {
    let text = "\u{feff}Full Name,Email Address,What would you like to learn?,Shoe size\r\n\
                Ana Souza,ANA@x.org,Social Media; mapping,42\r\n\r\nBruno,,,\r\n";
    let maps = vec![
        parse_mapping("Email Address=email").unwrap(),
        parse_mapping("what would you like to learn?=needs").unwrap(),
    ];
    let r = parse(text.as_bytes(), &maps, false).unwrap();
    assert_eq!(r.ignored, vec!["Shoe size"]);
    assert_eq!(r.rows.len(), 2);
    assert_eq!(r.rows[0].place, "line 2");
    assert_eq!(r.rows[1].place, "line 4");
    let d = r.rows[0].apply(Profile::default(), iso).unwrap();
    assert_eq!(d.name, "Ana Souza");
    assert_eq!(d.email.as_deref(), Some("ana@x.org"));
    assert_eq!(d.needs, vec!["mapping", "social-media"]);
}

#[test]
fn line_breaks_inside_a_quoted_cell_are_kept_and_lines_still_counted() {
    let text = "name,note\r\nAna,\"a\r\nb\"\r\n\r\nBo,\"c\nd\"\r\nCy,\n";
    let r = parse(text.as_bytes(), &[], false).unwrap();
    let places: Vec<&str> = r.rows.iter().map(|row| row.place.as_str()).collect();
    assert_eq!(places, ["line 2", "line 5", "line 7"]);
    assert_eq!(r.rows[0].get(Field::Note), Some("a\r\nb"));
    assert_eq!(r.rows[1].get(Field::Note), Some("c\nd"));
}

#[test]
fn a_sheet_needs_a_column_that_names_members() {
    let err = parse("role\ncore\n".as_bytes(), &[], false).unwrap_err();
    assert!(err.contains("no name column"), "{err}");
    assert!(
        parse("email,role\nana@x.org,core\n".as_bytes(), &[], false).is_ok(),
        "an update-only sheet names members by email"
    );
    assert!(parse_mapping("Email").is_err());
    assert!(parse_mapping("X=shoe").unwrap_err().contains("unknown field"));
}

#[test]
fn bad_cells_say_what_was_expected() {
    let r =
        parse("name,role,joined,available\nAna,boss,,\nBo,,2026-99-01,\nCy,,,fri\n".as_bytes(), &[], false)
            .unwrap();
    let errs: Vec<String> =
        r.rows.iter().map(|row| row.apply(Profile::default(), iso).unwrap_err()).collect();
    assert!(errs[0].contains("role"));
    assert!(errs[1].contains("joined"));
    assert!(errs[2].contains("availability"));
}

#[test]
fn unknown_columns_are_counted_once_each_and_named_once() {
    let r = parse("name,x,y,x,,id\nAna,1,2,3,4,5\n".as_bytes(), &[], false).unwrap();
    assert_eq!(r.ignored, ["x", "y"]);
    assert_eq!(r.ignored_columns, 3, "a blank header and a column cop writes itself are not counted");
    assert_eq!(r.rows[0].cells, [(Field::Name, "Ana".to_string())]);
}

#[test]
fn the_formula_guard_comes_off_unless_raw() {
    let text = "name,note\n'=Ana,'''-x\n'Bo,-3\n";
    let cells = |raw| -> Vec<String> {
        let r = parse(text.as_bytes(), &[], raw).unwrap();
        r.rows.iter().flat_map(|row| row.cells.iter().map(|c| c.1.clone())).collect()
    };
    assert_eq!(cells(false), ["=Ana", "''-x", "'Bo", "-3"]);
    assert_eq!(cells(true), ["'=Ana", "'''-x", "'Bo", "-3"]);
}

#[test]
fn json_exports_read_back() {
    let text =
        r#"[{"id": 3, "name": "Ana", "interests": ["a", "b"], "facilitator": true, "joined_on": null}]"#;
    let r = parse(text.as_bytes(), &[], false).unwrap();
    let d = r.rows[0].apply(Profile::default(), iso).unwrap();
    assert_eq!(d.interests, vec!["a", "b"]);
    assert!(d.facilitator);
    assert_eq!(d.joined_on, None);
}

proptest! {
    /// Any text, CSV-shaped or JSON-shaped or neither, is read or refused whole, and
    /// every row it yields is applied or refused: never a panic.
    #[test]
    fn any_text_is_read_or_refused(
        text in prop_oneof![
            "\\PC{0,80}",
            "(name|email|joined|available|facilitator|x)(,(name|email|joined|available|facilitator|x)){0,3}(\r?\n[^\n]{0,20}){0,4}",
            "\\[(\\{\"(name|joined|interests)\": ?(\"[^\"]{0,6}\"|[0-9-]{1,22}|null|\\[\\]|true)\\},?){0,3}\\]?",
        ],
    ) {
        if let Ok(r) = parse(text.as_bytes(), &[], false) {
            for row in &r.rows {
                let _ = row.apply(Profile::default(), iso);
                let _ = row.email();
            }
        }
    }

    /// Names and notes with quotes, separators, `%`, `_`, line breaks (notes only),
    /// emoji, right-to-left text and formula characters come back exactly from a CSV
    /// sheet written as `--format csv` writes it.
    #[test]
    fn hostile_names_and_notes_read_back_exactly(
        name in "[^\\p{Cc}\\s][^\\p{Cc}]{0,10}[^\\p{Cc}\\s]",
        note in "[^\\s][^\u{0}]{0,12}[^\\s]|a\r\nb\nc\rd",
    ) {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["name", "note"]).unwrap();
        let cells = [formula_guard::protect(&name), formula_guard::protect(&note)];
        w.write_record(cells.iter().map(|c| c.as_bytes())).unwrap();
        let text = String::from_utf8(w.into_inner().unwrap()).unwrap();
        let r = parse(text.as_bytes(), &[], false).unwrap();
        prop_assert_eq!(r.rows.len(), 1);
        let d = r.rows[0].apply(Profile::default(), iso).unwrap();
        prop_assert_eq!(d.name, name);
        prop_assert_eq!(d.note, Some(note));
    }
}
