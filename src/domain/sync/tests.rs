use proptest::prelude::*;

use super::*;

const UUID: &str = "0b7c5d1e-8f2a-4c3b-9d4e-5f6a7b8c9d0e";

fn known(kind: &str) -> bool {
    kind == "members" || kind == "tombstones"
}

fn segment(records: usize) -> String {
    let mut text = format!(
        "{{\"cop_segment\":1,\"schema_version\":3,\"replica\":\"{UUID}\",\"name\":\"Ana's laptop\",\"number\":7}}\n"
    );
    for i in 0..records {
        text.push_str(&format!("{{\"kind\":\"members\",\"record\":{{\"name\":\"M{i}\"}}}}\n"));
    }
    text.push_str(&format!("{{\"end\":{records}}}\n"));
    text
}

/// Reads a segment's text line by line as `cop sync` does: its head and records.
fn read(text: &str) -> Result<(SegmentHead, Vec<(String, serde_json::Value)>), String> {
    let mut reader = SegmentReader::new(3, &known);
    let mut records = Vec::new();
    for line in text.split_inclusive('\n') {
        records.extend(reader.line(line.strip_suffix('\n').unwrap_or(line))?);
    }
    Ok((reader.finish()?, records))
}

#[test]
fn a_whole_segment_gives_its_head_and_records_in_order() {
    let (head, records) = read(&segment(3)).unwrap();
    assert_eq!(
        head,
        SegmentHead { replica: UUID.into(), name: "Ana's laptop".into(), number: 7, schema_version: 3 }
    );
    let names: Vec<_> = records.iter().map(|(k, r)| format!("{k} {}", r["name"])).collect();
    assert_eq!(names, ["members \"M0\"", "members \"M1\"", "members \"M2\""]);
}

#[test]
fn what_is_wrong_with_a_segment_is_said() {
    let cases = [
        ("", "the file is empty"),
        ("{\"cop_segment\":1}", "no valid format"),
        (&segment(1).replace("\"cop_segment\":1", "\"cop_segment\":2"), "newer cop"),
        (&segment(1).replace("\"schema_version\":3", "\"schema_version\":4"), "newer cop"),
        (&segment(1).replace(UUID, "not-a-uuid"), "replica:"),
        (&segment(1).replace("\"number\":7", "\"number\":0"), "no number"),
        (&segment(2).replace("{\"end\":2}", "{\"end\":3}"), "says 3 records, it has 2"),
        (&segment(1).replace("\"kind\":\"members\"", "\"kind\":\"rockets\""), "line 2: expected a record"),
        (&format!("{}{{\"kind\":\"members\"}}\n", segment(0)), "line 3: more after the end line"),
        (&segment(1).replace("{\"end\":1}", "[1]"), "line 3: expected a record"),
        (&segment(1).replace("{\"end\":1}", ""), "no end line"),
    ];
    for (text, said) in cases {
        let e = read(text).err().unwrap_or_else(|| panic!("{text:?} was read"));
        assert!(e.contains(said), "{text:?}: {e}");
    }
}

proptest! {
    /// A file sync engine may hand over any first part of a segment: none is taken as whole.
    #[test]
    fn a_segment_cut_anywhere_before_its_end_is_refused(records in 0usize..5, cut in 0.0f64..1.0) {
        let text = segment(records);
        let end = text.trim_end().len() - 1;
        let at = (cut * end as f64) as usize;
        prop_assert!(read(&text[..at]).is_err(), "{:?}", &text[..at]);
    }
}
