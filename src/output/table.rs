//! Terminal tables (comfy-table).

use unicode_width::UnicodeWidthStr;

use comfy_table::{
    Attribute, Cell, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width, presets,
};

/// How a table is drawn: bold headers with colour; fitted to the terminal's width on one.
#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub fit_width: bool,
}

/// Columns with one rule under the header: quiet enough to scan, like `docker ps`.
const LIST: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

fn base(style: Style) -> Table {
    let mut t = Table::new();
    t.load_style(LIST);
    if style.fit_width {
        // comfy-table reads the terminal's width itself; styles appear only on cells
        // given attributes, which happens only with colour.
        t.set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.force_no_tty();
    }
    t
}

/// Lets columns wrap between words but never inside one (an email, a tag). When even
/// that cannot fit the terminal, the table keeps its natural width instead of being
/// chopped mid-word.
fn keep_words_whole(t: &mut Table, headers: &[&str], rows: &[Vec<String>]) {
    // comfy-table counts a column's padding in its boundaries.
    const PADDING: usize = 1;
    let mut needed = 0;
    for (i, h) in headers.iter().enumerate() {
        let longest = rows
            .iter()
            .filter_map(|r| r.get(i))
            .flat_map(|cell| cell.split_whitespace())
            .chain(std::iter::once(*h))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
            + PADDING;
        needed += longest + 1;
        if let Some(c) = t.column_mut(i) {
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                u16::try_from(longest).unwrap_or(u16::MAX),
            )));
        }
    }
    if t.width().is_some_and(|w| usize::from(w) < needed) {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
}

fn header(text: &str, style: Style) -> Cell {
    let c = Cell::new(text);
    if style.color { c.add_attribute(Attribute::Bold) } else { c }
}

/// A list as a table with a header row.
pub fn render(headers: &[&str], rows: &[Vec<String>], style: Style) -> String {
    if !style.fit_width && !style.color {
        return plain(headers, rows);
    }
    drawn(headers, rows, style)
}

/// The table as comfy-table draws it.
fn drawn(headers: &[&str], rows: &[Vec<String>], style: Style) -> String {
    let mut t = base(style);
    t.set_header(headers.iter().map(|h| header(h, style)));
    for r in rows {
        t.add_row(r);
    }
    // Two spaces between columns (padding plus the blank rule) are enough to scan.
    for c in t.column_iter_mut() {
        c.set_padding((0, 1));
    }
    if style.fit_width {
        keep_words_whole(&mut t, headers, rows);
    }
    trim_lines(&t.to_string())
}

/// The same bytes comfy-table draws when there is no terminal to fit and no colour,
/// written straight: a list of tens of thousands of rows piped to another program spent
/// a quarter of its time laying the table out. A property test holds the two equal.
fn plain(headers: &[&str], rows: &[Vec<String>]) -> String {
    let widest_line = |cell: &str| cell.split('\n').map(UnicodeWidthStr::width).max().unwrap_or(0);
    let mut widths: Vec<usize> = headers.iter().map(|h| widest_line(h)).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(widest_line(cell));
        }
    }
    let mut out = String::new();
    let mut line = String::new();
    let mut write_row = |out: &mut String, row: &mut dyn Iterator<Item = &str>| {
        let cells: Vec<Vec<&str>> = row.map(|c| c.split('\n').collect()).collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for i in 0..height {
            line.clear();
            for (cell, width) in cells.iter().zip(&widths) {
                let text = cell.get(i).copied().unwrap_or("");
                line.push_str(text);
                // The cell's right padding of one, then the blank between columns.
                line.extend(std::iter::repeat_n(' ', width - UnicodeWidthStr::width(text) + 2));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    };
    write_row(&mut out, &mut headers.iter().copied());
    let rule: Vec<String> = widths.iter().map(|w| "─".repeat(w + 1)).collect();
    out.push_str(&rule.join(" "));
    out.push('\n');
    for r in rows {
        write_row(&mut out, &mut r.iter().map(String::as_str));
    }
    out.pop();
    out
}

/// comfy-table pads every cell; trailing blanks only get in the way of `grep` and diffs.
fn trim_lines(text: &str) -> String {
    text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
}

/// One record as label/value lines; unset fields are left out, so the lines that remain
/// are the ones that say something.
pub fn details(fields: &[(&str, String)], style: Style) -> String {
    let mut t = base(style);
    t.load_style(presets::NOTHING);
    for (label, value) in fields.iter().filter(|(_, v)| !v.trim().is_empty()) {
        t.add_row(vec![header(label, style), Cell::new(value)]);
    }
    for c in t.column_iter_mut() {
        c.set_padding((0, 2));
    }
    trim_lines(&t.to_string())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn cell() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('a'),
                Just(' '),
                Just('\n'),
                Just('─'),
                Just('漢'),
                Just('🙂'),
                Just('\u{301}'),
                Just('\u{200d}'),
                Just('\u{202e}'),
                Just('\t'),
                Just('\r'),
                any::<char>(),
            ],
            0..12,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    /// Headers and rows as lists make them: one cell per header in every row.
    fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
        proptest::collection::vec("[a-z][a-z ]{0,7}", 1..5).prop_flat_map(|headers| {
            let n = headers.len();
            (Just(headers), proptest::collection::vec(proptest::collection::vec(cell(), n), 0..6))
        })
    }

    proptest! {
        #[test]
        fn plain_tables_are_what_comfy_table_draws((headers, rows) in table()) {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let style = Style { color: false, fit_width: false };
            prop_assert_eq!(plain(&headers, &rows), drawn(&headers, &rows, style));
        }
    }
}
