//! Terminal tables (comfy-table).

use comfy_table::{
    Attribute, Cell, ColumnConstraint, ContentArrangement, LineStyle, Row, Table, TableStyle, Width, presets,
};
use unicode_width::UnicodeWidthStr;

/// How a table is drawn: bold headers with colour; `width` is the line length it must
/// fit (`None`: a pipe or a file, where the table keeps its natural width).
#[derive(Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: Option<u16>,
}

/// Columns with one rule under the header: quiet enough to scan, like `docker ps`.
const LIST: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// A column no wider than this (an id, a time, an email, a name, a status) keeps its
/// width while the free text beside it gives way.
const WORD_COLUMN: usize = 32;

/// The headers of columns of free text (titles, notes, lists of names or tags): these
/// give way first when a table must fit, however short their cells.
const FREE_TEXT: &[&str] = &[
    "title",
    "summary",
    "why",
    "story",
    "challenge",
    "next step",
    "detail",
    "value",
    "before",
    "after",
    "response",
    "outcome",
    "item",
    "url",
    "command",
    "last_error",
    "record",
    "members",
    "facilitators",
    "experts",
    "listeners",
    "met before",
    "kept apart from",
    "could lead",
    "who",
    "needed by",
    "can come",
    "cannot come",
    "tags",
    "interests",
    "needs",
    "expertise",
    "aliases",
    "groups",
];

fn base(style: Style) -> Table {
    let mut t = Table::new();
    t.load_style(LIST);
    // comfy-table is given the width itself rather than asking the terminal: `COLUMNS`
    // decides where it is set, and styles appear only on cells given attributes, which
    // happens only with colour.
    t.force_no_tty();
    if let Some(width) = style.width {
        t.set_width(width);
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t
}

/// Keeps the short columns that are not free text whole, as long as every other column
/// keeps room to show a few characters; the free text then wraps, and is cut to the
/// row's height with an ellipsis. A record's name goes first, then the columns with the
/// widest cells: a count under a long header loses only its header's letters.
fn keep_words_whole(t: &mut Table, headers: &[&str], rows: &[Vec<String>], width: u16) {
    // comfy-table counts a column's padding in its boundaries, and one blank between.
    const SPACING: usize = 2;
    const FREE_TEXT_ROOM: usize = 6;
    // What a column that is not kept whole still gets: a character and an ellipsis.
    const CUT: usize = 3;
    let mut word_columns = Vec::new();
    let mut needed = 0;
    for (i, h) in headers.iter().enumerate() {
        let cells = || rows.iter().filter_map(|r| r.get(i)).map(String::as_str);
        let content = cells().map(UnicodeWidthStr::width).max().unwrap_or(0);
        let widest = content.max(h.width());
        // A count under a free-text header (`needs` in `tags list`) is no free text.
        let counts = cells().all(|c| c.chars().all(|ch| ch.is_ascii_digit()));
        if (counts || !FREE_TEXT.contains(h)) && widest <= WORD_COLUMN {
            word_columns.push((i, content, widest));
            needed += CUT + SPACING;
        } else {
            needed += FREE_TEXT_ROOM + SPACING;
        }
    }
    word_columns.sort_by_key(|&(i, content, _)| (headers[i] != "name", std::cmp::Reverse(content)));
    for (i, _, widest) in word_columns {
        let more = widest.saturating_sub(CUT);
        if needed + more > usize::from(width) {
            continue;
        }
        needed += more;
        if let Some(c) = t.column_mut(i) {
            let with_padding = u16::try_from(widest + 1).unwrap_or(u16::MAX);
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(with_padding)));
        }
    }
}

fn header(text: &str, style: Style) -> Cell {
    let c = Cell::new(text);
    if style.color { c.add_attribute(Attribute::Bold) } else { c }
}

/// A row whose cells, when its table must fit a width, wrap no further than the row's
/// own lines (a cell may hold several), the rest cut with an ellipsis: one record
/// stays as many lines as it has, however narrow the terminal.
fn fitted_row(cells: impl IntoIterator<Item = Cell>, fitted: bool) -> Row {
    let cells: Vec<Cell> = cells.into_iter().collect();
    let height = cells.iter().map(|c| c.content().split('\n').count()).max().unwrap_or(1);
    let mut row = Row::from(cells);
    if fitted {
        row.max_height(height);
    }
    row
}

/// A width below this many columns per column shows only ellipses: the table then keeps
/// its natural width, which a terminal at least wraps legibly.
const NARROWEST_COLUMN: usize = 4;

/// A list as a table with a header row.
pub fn render(headers: &[&str], rows: &[Vec<String>], style: Style) -> String {
    let width = style.width.filter(|&w| usize::from(w) >= headers.len() * NARROWEST_COLUMN);
    let style = Style { width, ..style };
    let mut t = base(style);
    let fitted = style.width.is_some();
    t.set_header(fitted_row(headers.iter().map(|h| header(h, style)), fitted));
    for r in rows {
        t.add_row(fitted_row(r.iter().map(Cell::new), fitted));
    }
    // Two spaces between columns (padding plus the blank rule) are enough to scan.
    for c in t.column_iter_mut() {
        c.set_padding((0, 1));
    }
    if let Some(width) = style.width {
        keep_words_whole(&mut t, headers, rows, width);
    }
    trim_lines(&t.to_string())
}

/// Rows laid out by comfy-table at a time when a table keeps its natural width: a
/// table of every member must not hold a comfy-table cell for each of them at once.
const CHUNK: usize = 1024;

/// Writes a list as a table, as [`render`] lays it out. A table that keeps its natural
/// width (a pipe, a file) and has many rows is laid out a chunk at a time, each column
/// fixed at its width over every row, so the chunks line up as one table would.
pub fn write(
    out: &mut dyn std::io::Write,
    headers: &[&str],
    rows: &[Vec<String>],
    style: Style,
) -> std::io::Result<()> {
    write_chunked(out, headers, rows, style, CHUNK)
}

fn write_chunked(
    out: &mut dyn std::io::Write,
    headers: &[&str],
    rows: &[Vec<String>],
    style: Style,
    chunk: usize,
) -> std::io::Result<()> {
    if style.width.is_some() || rows.len() <= chunk {
        return writeln!(out, "{}", render(headers, rows, style));
    }
    let widest = |text: &str| text.split('\n').map(UnicodeWidthStr::width).max().unwrap_or(0);
    let mut widths: Vec<usize> = headers.iter().map(|h| widest(h)).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(widest(cell));
        }
    }
    for (i, part) in rows.chunks(chunk).enumerate() {
        let mut t = base(style);
        if i == 0 {
            t.set_header(headers.iter().map(|h| header(h, style)));
        }
        for r in part {
            t.add_row(r.iter().map(Cell::new));
        }
        for (c, w) in t.column_iter_mut().zip(&widths) {
            c.set_padding((0, 1));
            let with_padding = u16::try_from(w + 1).unwrap_or(u16::MAX);
            c.set_constraint(ColumnConstraint::Absolute(Width::Fixed(with_padding)));
        }
        writeln!(out, "{}", trim_lines(&t.to_string()))?;
    }
    Ok(())
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
    // The labels stay whole; a long value wraps under itself.
    if let (Some(_), Some(c)) = (style.width, t.column_mut(0)) {
        let widest = fields.iter().map(|(l, _)| l.width()).max().unwrap_or(0) + 2;
        c.set_constraint(ColumnConstraint::Absolute(Width::Fixed(u16::try_from(widest).unwrap_or(u16::MAX))));
    }
    trim_lines(&t.to_string())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Cells as they reach the renderer: already [`super::super::visible`], so no tab
    /// or control character, but words, wide characters, accents and line breaks.
    fn cell() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just('a'),
                Just('b'),
                Just(' '),
                Just('\n'),
                Just('─'),
                Just('漢'),
                Just('🙂'),
                Just('é')
            ],
            0..60,
        )
        .prop_map(|cs| cs.into_iter().collect())
    }

    /// Headers and rows as lists make them: one cell per header in every row.
    fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
        proptest::collection::vec("[a-z][a-z ]{0,7}", 1..7).prop_flat_map(|headers| {
            let n = headers.len();
            (Just(headers), proptest::collection::vec(proptest::collection::vec(cell(), n), 0..6))
        })
    }

    fn widest_line(text: &str) -> usize {
        text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
    }

    proptest! {
        #[test]
        fn a_fitted_table_is_never_wider_than_its_width((headers, rows) in table(), width in 40u16..140) {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let text = render(&headers, &rows, Style { color: false, width: Some(width) });
            prop_assert!(widest_line(&text) <= usize::from(width), "{}", text);
        }

        #[test]
        fn a_fitted_row_is_as_many_lines_as_its_cells_have((headers, rows) in table()) {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let one_row = |r: &Vec<String>| render(&headers, std::slice::from_ref(r), Style { color: false, width: Some(60) });
            for r in &rows {
                let height = r.iter().map(|c| c.split('\n').count()).max().unwrap_or(1);
                let header = render(&headers, &[], Style { color: false, width: Some(60) });
                prop_assert_eq!(one_row(r).split('\n').count(), header.split('\n').count() + height);
            }
        }
    }

    #[test]
    fn a_long_note_is_cut_with_an_ellipsis_and_the_short_columns_stay_whole() {
        let note = "word ".repeat(40);
        let rows = vec![vec!["17".to_string(), "ana@example.org".to_string(), note]];
        let text = render(&["id", "email", "note"], &rows, Style { color: false, width: Some(80) });
        let row = text.lines().nth(2).expect("a row");
        assert!(row.starts_with("17  ana@example.org  word"), "{text}");
        assert!(row.ends_with('…') && row.width() <= 80, "{text}");
    }

    #[test]
    fn at_80_columns_a_session_keeps_its_time_and_its_title_gives_way() {
        let headers = ["id", "starts", "min", "kind", "title", "status", "facilitators", "going", "came"];
        let row = |title: &str| {
            let cells =
                ["1", "Fri 2026-12-04 10:00", "60", "meetup", title, "scheduled", "Bo Lima", "0", "0"];
            vec![cells.map(String::from).to_vec()]
        };
        for title in ["Short", "A rather long title for a learning popup session"] {
            let text = render(&headers, &row(title), Style { color: false, width: Some(80) });
            let line = text.lines().nth(2).expect("a row");
            assert!(line.contains("Fri 2026-12-04 10:00  60   meetup"), "{text}");
            assert!(line.contains("scheduled") && widest_line(&text) <= 80, "{text}");
        }
    }

    proptest! {
        #[test]
        fn a_table_laid_out_in_chunks_is_the_table_laid_out_whole((headers, rows) in table(), chunk in 1usize..4) {
            let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
            let style = Style { color: false, width: None };
            let mut chunked = Vec::new();
            write_chunked(&mut chunked, &headers, &rows, style, chunk).expect("write to memory");
            prop_assert_eq!(String::from_utf8(chunked).expect("utf-8"), format!("{}\n", render(&headers, &rows, style)));
        }
    }

    #[test]
    fn without_a_width_a_table_keeps_every_character() {
        let note = "word ".repeat(40).trim_end().to_string();
        let text =
            render(&["id", "note"], &[vec!["1".into(), note.clone()]], Style { color: false, width: None });
        assert!(text.lines().nth(2).expect("a row").ends_with(&note), "{text}");
    }
}
