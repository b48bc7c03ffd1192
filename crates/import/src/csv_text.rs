//! Splitting CSV text into records, each with the line it starts on.
//!
//! Shared by every spreadsheet reader so that row numbers in messages are right
//! whatever the line ends (LF, CRLF or CR): the `csv` crate's own line count lags
//! one behind after CRLF, so lines are counted here from each record's byte offset.

/// One CSV record and the 1-based line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CsvRecord {
    /// Line where the record starts, from 1.
    pub(crate) line: usize,
    /// The cells, as written (not trimmed).
    pub(crate) cells: Vec<String>,
}

/// Every record of the text, header included. Rows may have any number of cells;
/// a byte order mark is ignored; records whose cells are all empty are skipped,
/// since spreadsheets often export them below the data. Never fails: reading
/// stops at the first record the parser cannot read.
pub(crate) fn read_records(text: &str) -> Vec<CsvRecord> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = Vec::new();
    let mut record = csv::ByteRecord::new();
    let (mut counted_to, mut line) = (0, 1);
    while let Ok(true) = reader.read_byte_record(&mut record) {
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
        let cells: Vec<String> = record
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        if !cells.iter().all(|c| c.trim().is_empty()) {
            records.push(CsvRecord { line, cells });
        }
    }
    records
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
            let records = read_records(&text);
            let lines: Vec<usize> = records.iter().map(|r| r.line).collect();
            assert_eq!(lines, [1, 2, 5], "line end {end:?}");
            assert_eq!(records[1].cells[1], format!("two{end}lines"));
        }
    }
}
