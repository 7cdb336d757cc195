//! Terminal tables (comfy-table).

use comfy_table::{Attribute, Cell, ContentArrangement, LineStyle, Table, TableStyle, presets};

/// Columns with one rule under the header: quiet enough to scan, like `docker ps`.
const LIST: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

fn base(color: bool) -> Table {
    let mut t = Table::new();
    t.load_style(LIST);
    if color {
        t.enforce_styling();
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.force_no_tty();
    }
    t
}

fn header(text: &str, color: bool) -> Cell {
    let c = Cell::new(text);
    if color { c.add_attribute(Attribute::Bold) } else { c }
}

/// A list as a table with a header row.
pub fn render(headers: &[&str], rows: &[Vec<String>], color: bool) -> String {
    let mut t = base(color);
    t.set_header(headers.iter().map(|h| header(h, color)));
    for r in rows {
        t.add_row(r);
    }
    trim_lines(&t.to_string())
}

/// comfy-table pads every cell; trailing blanks only get in the way of `grep` and diffs.
fn trim_lines(text: &str) -> String {
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// One record as label/value lines; unset fields are left out, so the lines that remain
/// are the ones that say something.
pub fn details(fields: &[(&str, String)], color: bool) -> String {
    let mut t = base(color);
    t.load_style(presets::NOTHING);
    for (label, value) in fields.iter().filter(|(_, v)| !v.trim().is_empty()) {
        t.add_row(vec![header(label, color), Cell::new(value)]);
    }
    trim_lines(&t.to_string())
}
