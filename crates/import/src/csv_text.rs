//! Splitting CSV text into records, each with the line it starts on, and every
//! record that cannot be read, with its line and why.
//!
//! Shared by every spreadsheet reader so that row numbers in messages are right
//! whatever the line ends (LF, CRLF or CR): the `csv` crate's own line count lags
//! one behind after CRLF, so lines are counted here from each record's byte offset.
//!
//! This module must never drop a record silently or stop early: a record it
//! cannot read (a quote that is never closed, which would swallow the rest of the
//! file into one cell) is reported, and reading goes on after it.

use learnlocal_core::problem::{Place, Problem};
use std::fmt;

/// One CSV record and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CsvRecord {
    /// Line where the record starts, from 1.
    pub(crate) line: usize,
    /// The cells, as written (not trimmed).
    pub(crate) cells: Vec<String>,
}

/// Why a record cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CsvError {
    /// A cell opens a quote that is never closed.
    UnclosedQuote,
    /// The CSV parser could not read it, and said why.
    Parser(String),
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnclosedQuote => f.write_str(
                "a cell opens a quote (\") that is never closed, so the rest of the file would be one cell: close the quote; the row is left out and reading goes on from the next line",
            ),
            Self::Parser(why) => write!(f, "the row cannot be read as CSV ({why}); it is left out"),
        }
    }
}

/// A record that cannot be read: the line it starts on and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable {
    /// Line where the record starts, from 1.
    pub(crate) line: usize,
    /// Why it cannot be read.
    pub(crate) reason: CsvError,
}

impl Unreadable {
    /// The error that reports it, naming its row (and `name`, such as the file).
    pub(crate) fn problem(&self, name: Option<&str>) -> Problem {
        Problem::error(
            Place::Row {
                line: self.line,
                name: name.map(str::to_owned),
            },
            None,
            self.reason.to_string(),
        )
    }
}

/// The records of a CSV text and the ones that cannot be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CsvText {
    /// Every readable record, header included, in order.
    pub(crate) records: Vec<CsvRecord>,
    /// Every record that cannot be read, in order.
    pub(crate) unreadable: Vec<Unreadable>,
}

/// Every record of the text, header included. Rows may have any number of cells;
/// a byte order mark is ignored; records whose cells are all empty are skipped,
/// since spreadsheets often export them below the data. Never fails: a record
/// that cannot be read is listed in [`CsvText::unreadable`] and reading goes on
/// with the line after the one it starts on.
pub(crate) fn read_records(text: &str) -> CsvText {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = CsvText::default();
    let (mut from, mut first_line) = (0, 1);
    while let Some(rest) = text.get(from..) {
        let Some(stop) = read_part(rest, first_line, &mut out) else {
            break;
        };
        out.unreadable.push(Unreadable {
            line: stop.line,
            reason: CsvError::UnclosedQuote,
        });
        // Go on from the line after the one the bad record starts on.
        let Some(after) = next_line_start(rest, stop.offset) else {
            break;
        };
        from += after;
        first_line = stop.line + 1;
    }
    out
}

/// Where reading had to stop: a record that opens a quote never closed.
struct Stop {
    /// Byte offset of the record in the part read.
    offset: usize,
    /// Line of the record in the whole text.
    line: usize,
}

/// Reads records from `text` (which starts on line `first_line`) into `out`,
/// until the end or a record whose quote is never closed.
fn read_part(text: &str, first_line: usize, out: &mut CsvText) -> Option<Stop> {
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut record = csv::ByteRecord::new();
    let (mut counted_to, mut line) = (0, first_line);
    loop {
        let before = reader.position().byte();
        match reader.read_byte_record(&mut record) {
            Ok(false) => return None,
            Ok(true) => {}
            Err(e) => {
                let at = e.position().map_or(before, csv::Position::byte);
                let start = usize::try_from(at).unwrap_or(usize::MAX);
                let line = line + bytes.get(counted_to..start).map_or(0, line_ends);
                out.unreadable.push(Unreadable {
                    line,
                    reason: CsvError::Parser(e.to_string()),
                });
                if reader.position().byte() <= before {
                    // The parser cannot get past it: nothing more can be read.
                    return None;
                }
                continue;
            }
        }
        let mut start = record.position().map_or(counted_to, |p| {
            usize::try_from(p.byte()).unwrap_or(usize::MAX)
        });
        // The offset can point at the line ends (and blank lines) before the
        // record, which cannot begin with one.
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        if let Some(between) = bytes.get(counted_to..start) {
            line += line_ends(between);
            counted_to = start;
        }
        let at_end = usize::try_from(reader.position().byte()).is_ok_and(|end| end >= bytes.len());
        if at_end && bytes.get(start..).is_some_and(ends_in_open_quote) {
            return Some(Stop {
                offset: start,
                line,
            });
        }
        let cells: Vec<String> = record
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        if !cells.iter().all(|c| c.trim().is_empty()) {
            out.records.push(CsvRecord { line, cells });
        }
    }
}

/// True when the raw text of a record (to the end of the file) leaves a quoted
/// cell open, read as the `csv` crate reads it: a quote opens a cell only at its
/// start, and `""` inside a quoted cell is one quote.
fn ends_in_open_quote(raw: &[u8]) -> bool {
    let (mut quoted, mut cell_start) = (false, true);
    let mut bytes = raw.iter().peekable();
    while let Some(&b) = bytes.next() {
        if quoted {
            if b == b'"' {
                if bytes.peek() == Some(&&b'"') {
                    bytes.next();
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match b {
            b',' | b'\n' | b'\r' => cell_start = true,
            b'"' if cell_start => {
                quoted = true;
                cell_start = false;
            }
            _ => cell_start = false,
        }
    }
    quoted
}

/// The offset of the line after the one `offset` is on, if there is one.
fn next_line_start(text: &str, offset: usize) -> Option<usize> {
    let rest = text.as_bytes().get(offset..)?;
    let end = rest.iter().position(|b| matches!(b, b'\r' | b'\n'))?;
    let width = if rest.get(end..end + 2) == Some(b"\r\n") {
        2
    } else {
        1
    };
    Some(offset + end + width)
}

/// How many line ends (LF, CRLF or a lone CR) the bytes hold.
fn line_ends(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows are numbered as a spreadsheet numbers them, whatever the line ends,
    /// with blank lines and quoted line breaks counted.
    #[test]
    fn line_numbers_for_every_line_end() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["id,title", "a,\"two", "lines\"", "", "b,B"].join(end);
            let read = read_records(&text);
            let lines: Vec<usize> = read.records.iter().map(|r| r.line).collect();
            assert_eq!(lines, [1, 2, 5], "line end {end:?}");
            assert_eq!(read.records[1].cells[1], format!("two{end}lines"));
            assert!(read.unreadable.is_empty());
        }
    }

    /// A record in the middle whose quote is never closed is reported with its
    /// line and reason, and the records after it are still read, whatever the
    /// line ends.
    #[test]
    fn a_broken_record_in_the_middle_is_reported_and_reading_goes_on() {
        for end in ["\n", "\r\n", "\r"] {
            let text = [
                "id,title",
                "a,Knitting",
                "b,\"Chess \"\"club\"\" with an open quote",
                "c,Go",
                "d,Draughts",
            ]
            .join(end);
            let read = read_records(&text);
            let rows: Vec<(usize, &str)> = read
                .records
                .iter()
                .map(|r| (r.line, r.cells[0].as_str()))
                .collect();
            assert_eq!(rows, [(1, "id"), (2, "a"), (4, "c"), (5, "d")], "{end:?}");
            assert_eq!(
                read.unreadable,
                [Unreadable {
                    line: 3,
                    reason: CsvError::UnclosedQuote
                }],
                "{end:?}"
            );
        }
        assert_eq!(
            read_records("id,title\na,\"never closed").unreadable[0]
                .problem(Some("venues.csv"))
                .to_string(),
            "error: row 2 (venues.csv): a cell opens a quote (\") that is never closed, so the rest of the file would be one cell: close the quote; the row is left out and reading goes on from the next line"
        );
    }

    /// Quotes inside a cell that does not start with one, and doubled quotes in a
    /// quoted cell, are not unclosed quotes.
    #[test]
    fn quotes_that_are_text() {
        let read = read_records("id,size\na,5\" screen\nb,\"say \"\"hi\"\"\"\n");
        assert_eq!(read.records.len(), 3);
        assert!(read.unreadable.is_empty());
    }
}
