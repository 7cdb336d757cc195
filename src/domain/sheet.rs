//! Reading a CSV sheet from someone else row by row, within fixed limits: one row is in
//! memory at a time, never more than [`MAX_ROW`] of cell text, so a 200 MB cell costs
//! a megabyte, not the file's size several times over; and a quote that is never
//! closed is an error, not a cell that swallows the rest of the sheet.
//!
//! The CSV grammar is `csv_core`'s (RFC 4180: `,` between cells, `"` quotes, `""` a
//! quote inside quotes, CRLF or LF or CR between rows, blank lines skipped); this module
//! only feeds it and holds it to the limits.

use std::io::BufRead;

use csv_core::ReadRecordResult;

/// The most text one cell may hold.
pub const MAX_CELL: usize = 64 * 1024;
/// The most cell text one row may hold (quotes and separators not counted, so a header
/// of a million one-letter columns still reads).
pub const MAX_ROW: usize = 1024 * 1024;
/// The most cells one row may have: a line of nothing but commas has no text to count.
pub const MAX_CELLS: usize = 1 << 20;

/// A sheet being read; [`Sheet::next_row`] moves to the next row.
pub struct Sheet<R> {
    input: R,
    parser: csv_core::Reader,
    /// The current row's cell text, end to end; grows up to [`MAX_ROW`].
    text: Vec<u8>,
    /// Where each cell of the current row ends in `text`; grows up to [`MAX_CELLS`].
    ends: Vec<usize>,
    cells: usize,
    /// The line of the next byte not yet read (counting `\n`, from 1).
    line: u64,
    /// The end of the input was reached and checked for an open quote.
    at_end: bool,
}

/// What `std::io` said when the sheet could not be read.
fn io_error(e: std::io::Error) -> String {
    format!("cannot read it: {e}")
}

impl<R: BufRead> Sheet<R> {
    pub fn new(input: R) -> Sheet<R> {
        Sheet::starting_at(input, 1)
    }

    /// A sheet whose first byte is on `line` (what came before was read elsewhere).
    pub fn starting_at(input: R, line: u64) -> Sheet<R> {
        Sheet {
            input,
            parser: csv_core::Reader::new(),
            text: vec![0; 4096],
            ends: vec![0; 64],
            cells: 0,
            line,
            at_end: false,
        }
    }

    /// The sheet with `delimiter` between cells instead of `,` (`;` as Excel writes
    /// CSV where `,` is the decimal mark, or a tab).
    pub fn with_delimiter(mut self, delimiter: u8) -> Sheet<R> {
        self.parser = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
        self
    }

    /// The cells of the current row.
    pub fn cells(&self) -> impl Iterator<Item = &[u8]> {
        let ends = &self.ends[..self.cells];
        ends.iter().enumerate().map(|(i, &end)| &self.text[if i == 0 { 0 } else { ends[i - 1] }..end])
    }

    /// Skips the line breaks between rows, so that a row's line is that of its first
    /// byte (the parser would skip blank lines too, without saying how many).
    fn skip_line_breaks(&mut self) -> Result<(), String> {
        loop {
            let buf = self.input.fill_buf().map_err(io_error)?;
            let n = buf.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
            self.line += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
            let whole = n == buf.len();
            self.input.consume(n);
            if !whole || n == 0 {
                return Ok(());
            }
        }
    }

    /// Reads the next row and returns its line, or `None` after the last row. An error
    /// names the row's line and the limit it broke; the sheet cannot be read further.
    pub fn next_row(&mut self) -> Result<Option<u64>, String> {
        if self.at_end {
            return Ok(None);
        }
        self.skip_line_breaks()?;
        let start = self.line;
        let (mut nout, mut nend) = (0, 0);
        let mut probed = false;
        loop {
            let buf = self.input.fill_buf().map_err(io_error)?;
            // At the end of the input, a line break is offered first: it ends the row
            // unless a quote is still open, in which case the parser keeps it as text.
            let input: &[u8] = match (buf.is_empty(), probed) {
                (false, _) => buf,
                (true, false) => b"\n",
                (true, true) => b"",
            };
            let (result, nin, out, ended) =
                self.parser.read_record(input, &mut self.text[nout..], &mut self.ends[nend..]);
            if !buf.is_empty() {
                self.line += buf[..nin].iter().filter(|&&b| b == b'\n').count() as u64;
                self.input.consume(nin);
            } else if !probed && nin > 0 {
                probed = true;
                if out > 0 {
                    return Err(format!(
                        "line {start}: a quoted cell is never closed: its opening quote runs to the end of the file"
                    ));
                }
            }
            let first_new = nend;
            nout += out;
            nend += ended;
            self.check_cells(start, first_new, nend, nout)?;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => grow(&mut self.text, MAX_ROW).ok_or_else(|| {
                    format!("line {start}: the row holds more than 1 MiB of text (the limit for one row)")
                })?,
                ReadRecordResult::OutputEndsFull => grow(&mut self.ends, MAX_CELLS).ok_or_else(|| {
                    format!("line {start}: the row has more than {MAX_CELLS} cells (the limit for one row)")
                })?,
                ReadRecordResult::Record => {
                    self.cells = nend;
                    return Ok(Some(start));
                }
                ReadRecordResult::End => {
                    self.at_end = true;
                    return Ok(None);
                }
            }
        }
    }

    /// Refuses a cell over [`MAX_CELL`] as soon as it is seen: the cells that just
    /// ended, and the one still being read.
    fn check_cells(&self, line: u64, first_new: usize, nend: usize, nout: usize) -> Result<(), String> {
        let start_of = |i: usize| if i == 0 { 0 } else { self.ends[i - 1] };
        let too_long = (first_new..nend)
            .find(|&i| self.ends[i] - start_of(i) > MAX_CELL)
            .or_else(|| (nout - start_of(nend) > MAX_CELL).then_some(nend));
        match too_long {
            Some(i) => Err(format!(
                "line {line}: cell {} holds more than 64 KiB of text (the limit for one cell)",
                i + 1
            )),
            None => Ok(()),
        }
    }
}

/// The delimiter a header line uses: whichever of `,`, `;` and tab it holds most of
/// outside quotes (`,` on a tie or when it holds none), so `Name;Email` reads as two
/// columns. `head` is the start of the sheet; only its first line is looked at.
pub fn detect_delimiter(head: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in head {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).fold(0, |best, i| if counts[i] > counts[best] { i } else { best });
    [b',', b';', b'\t'][best]
}

/// Doubles a buffer up to `limit` elements; `None` when it is already that long.
fn grow<T: Clone + Default>(buf: &mut Vec<T>, limit: usize) -> Option<()> {
    if buf.len() >= limit {
        return None;
    }
    buf.resize((buf.len() * 2).min(limit), T::default());
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every row as (line, cells), or the first error.
    fn rows(text: &[u8]) -> Result<Vec<(u64, Vec<String>)>, String> {
        let mut sheet = Sheet::new(text);
        let mut out = Vec::new();
        while let Some(line) = sheet.next_row()? {
            out.push((line, sheet.cells().map(|c| String::from_utf8_lossy(c).into_owned()).collect()));
        }
        Ok(out)
    }

    #[test]
    fn rows_keep_their_lines_across_blank_lines_and_quoted_breaks() {
        let r = rows(b"\n\nname,note\r\nAna,\"a\r\nb\"\r\n\r\nBo,\"say \"\"hi\"\"\"\nCy").unwrap();
        let lines: Vec<u64> = r.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [3, 4, 7, 8]);
        assert_eq!(r[1].1, ["Ana", "a\r\nb"]);
        assert_eq!(r[2].1, ["Bo", "say \"hi\""]);
        assert_eq!(r[3].1, ["Cy"]);
    }

    #[test]
    fn an_unclosed_quote_is_an_error_on_its_row() {
        let err = rows(b"name,note\nAnn,\"oops\nBo,x\nCy,y\n").unwrap_err();
        assert!(err.starts_with("line 2: a quoted cell is never closed"), "{err}");
        assert!(rows(b"name\n\"").unwrap_err().starts_with("line 2:"));
        assert!(rows(b"name,note\nAnn,\"closed\"").is_ok(), "a closing quote at the very end is fine");
        assert!(rows(b"name,note\nAnn,ab\"c\n").is_ok(), "a quote inside an unquoted cell is text");
    }

    #[test]
    fn cells_and_rows_over_the_limits_are_refused_with_their_line() {
        let mut big = b"name\nok\n\"".to_vec();
        big.extend(std::iter::repeat_n(b'x', MAX_CELL + 1));
        big.extend(b"\"\n");
        assert_eq!(
            rows(&big).unwrap_err(),
            "line 3: cell 1 holds more than 64 KiB of text (the limit for one cell)"
        );
        let exact = format!("name\n{}\n", "y".repeat(MAX_CELL));
        assert_eq!(rows(exact.as_bytes()).unwrap()[1].1[0].len(), MAX_CELL);

        let cell = "z".repeat(MAX_CELL);
        let row = vec![cell.as_str(); MAX_ROW / MAX_CELL + 1].join(",");
        assert!(
            rows(format!("a\n{row}\n").as_bytes())
                .unwrap_err()
                .starts_with("line 2: the row holds more than 1 MiB")
        );

        let commas = ",".repeat(MAX_CELLS);
        assert!(rows(commas.as_bytes()).unwrap_err().contains("more than 1048576 cells"));
    }

    #[test]
    fn the_header_line_tells_the_delimiter() {
        assert_eq!(detect_delimiter(b"Name;Email\nAna;a@x.org"), b';');
        assert_eq!(detect_delimiter(b"Name\tEmail\tNote\n"), b'\t');
        assert_eq!(detect_delimiter(b"Name,Email\n;;;;"), b',', "only the first line counts");
        assert_eq!(detect_delimiter(b"\"a;b;c\",d\n"), b',', "quoted text does not count");
        assert_eq!(detect_delimiter(b"Name\n"), b',');
        let mut sheet = Sheet::new(&b"a;b\n\"x;y\";z\n"[..]).with_delimiter(b';');
        sheet.next_row().unwrap();
        sheet.next_row().unwrap();
        assert_eq!(sheet.cells().collect::<Vec<_>>(), [&b"x;y"[..], b"z"]);
    }

    proptest! {
        /// Whatever the bytes, the sheet yields rows or one error, never a panic, and
        /// agrees with the `csv` crate wherever no quote is left open.
        #[test]
        fn any_bytes_read_like_the_csv_crate(text in "[a\",\r\n ]{0,40}") {
            let ours = rows(text.as_bytes());
            let theirs: Vec<Vec<String>> = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(text.as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(String::from).collect())
                .collect();
            match ours {
                Ok(r) => prop_assert_eq!(r.into_iter().map(|(_, c)| c).collect::<Vec<_>>(), theirs),
                Err(e) => prop_assert!(e.contains("never closed"), "{}", e),
            }
        }
    }
}
