//! The spreadsheet layer: a CSV file as a header and rows with their line
//! numbers, columns matched by name, and a row's values by LearnLocal column name
//! whatever file or column map they came from.
//!
//! Must never judge a value: it only finds cells; the readers check them.

use crate::csv_text::{self, Unreadable};
use crate::{Import, LeftOut, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::text::fold;
use std::borrow::Cow;

/// A LearnLocal column's name: one of the format's own, or a name made from a
/// heading, such as a translation's `translations.pl.title`.
pub(crate) type FieldName = Cow<'static, str>;

/// A CSV file as read: its header cells (trimmed) and the rows below it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sheet {
    /// The header's cells, trimmed, as the file spells them.
    pub(crate) header: Vec<String>,
    /// The line the header is on (1 unless blank lines come first).
    pub(crate) header_line: usize,
    /// The rows after the header that have at least one non-empty cell.
    pub(crate) rows: Vec<SheetRow>,
    /// The rows that cannot be read as CSV, with why.
    pub(crate) unreadable: Vec<Unreadable>,
}

/// One row of a sheet.
#[derive(Debug, Clone)]
pub(crate) struct SheetRow {
    /// Line number where the row starts; the header is row 1.
    pub(crate) line: usize,
    /// The cells, as written (not trimmed).
    pub(crate) cells: Vec<String>,
}

impl Sheet {
    /// Reads CSV text. Rows may have more or fewer cells than the header; a byte
    /// order mark is ignored; rows whose cells are all empty are skipped, since
    /// spreadsheets often export them below the data.
    pub(crate) fn parse(text: &str) -> Sheet {
        let mut sheet = Sheet::default();
        let read = csv_text::read_records(text);
        sheet.unreadable = read.unreadable;
        let mut records = read.records.into_iter();
        if let Some(header) = records.next() {
            sheet.header_line = header.line;
            sheet.header = header.cells.iter().map(|c| c.trim().to_owned()).collect();
        }
        sheet.rows = records
            .map(|r| SheetRow {
                line: r.line,
                cells: r.cells,
            })
            .collect();
        sheet
    }

    /// The errors for the rows that cannot be read as CSV.
    pub(crate) fn unreadable_problems(&self) -> impl Iterator<Item = Problem> + '_ {
        self.unreadable.iter().map(|u| u.problem(None))
    }

    /// Leaves out the rows that cannot be read as CSV, each with its error.
    pub(crate) fn leave_out_unreadable(&self, import: &mut Import) {
        for problem in self.unreadable_problems() {
            import.leave_out(problem, LeftOutReason::Unreadable);
        }
    }

    /// The position of a column by name, ignoring case and surrounding spaces.
    pub(crate) fn column(&self, name: &str) -> Option<usize> {
        let name = fold(name.trim());
        self.header.iter().position(|h| fold(h) == name)
    }

    /// The header as a readable list, for "the header has: …" messages.
    pub(crate) fn header_list(&self) -> String {
        if self.header.iter().all(String::is_empty) {
            "nothing".to_owned()
        } else {
            self.header.join(", ")
        }
    }

    /// The place of the header row, for problems with the file as a whole.
    pub(crate) fn header_place(&self) -> Place {
        Place::Row {
            line: self.header_line.max(1),
            name: None,
        }
    }
}

/// A cell, trimmed, or `None` when empty or past the end of the row.
pub(crate) fn cell(row: &SheetRow, index: Option<usize>) -> Option<&str> {
    index
        .and_then(|i| row.cells.get(i))
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
}

/// Matches a sheet's header against a format's columns. Returns each known column's
/// position, and problems: one error naming the first required column that is
/// missing (then the file cannot be read), and one warning per unknown column.
pub(super) fn match_columns(
    sheet: &Sheet,
    known: &[&'static str],
    required: &[&str],
) -> (Vec<(&'static str, usize)>, Vec<Problem>, Option<String>) {
    let (found, problems, missing) = match_columns_with(sheet, known, required, |_| None);
    let found = found
        .into_iter()
        .filter_map(|(name, i)| match name {
            Cow::Borrowed(name) => Some((name, i)),
            Cow::Owned(_) => None,
        })
        .collect();
    (found, problems, missing)
}

/// [`match_columns`], with columns whose names `extra` reads besides the known
/// ones (a translation's `translations.pl.title`): `Some(Ok(name))` names the
/// column's field, `Some(Err(why))` says why it is not used.
pub(super) fn match_columns_with(
    sheet: &Sheet,
    known: &[&'static str],
    required: &[&str],
    extra: impl Fn(&str) -> Option<Result<String, String>>,
) -> (Vec<(FieldName, usize)>, Vec<Problem>, Option<String>) {
    let mut found: Vec<(FieldName, usize)> = Vec::new();
    let mut problems = Vec::new();
    for (i, heading) in sheet.header.iter().enumerate() {
        let folded = fold(heading);
        let name = match known.iter().find(|k| **k == folded) {
            Some(k) => Ok(Cow::Borrowed(*k)),
            None => match extra(heading) {
                Some(Ok(name)) => Ok(Cow::Owned(name)),
                Some(Err(why)) => Err(format!("column `{heading}` is not used: {why}")),
                None => Err(format!("column `{heading}` is not used")),
            },
        };
        match name {
            Ok(k) if found.iter().any(|(f, _)| *f == k) => problems.push(Problem::warning(
                sheet.header_place(),
                Some(heading),
                format!("column `{heading}` appears twice; only the first is used"),
            )),
            Ok(k) => found.push((k, i)),
            Err(_) if heading.is_empty() => {}
            Err(message) => {
                problems.push(Problem::warning(
                    sheet.header_place(),
                    Some(heading),
                    message,
                ));
            }
        }
    }
    let missing = required
        .iter()
        .find(|r| !found.iter().any(|(f, _)| f == *r))
        .map(|r| (*r).to_owned());
    if let Some(column) = &missing {
        problems.push(Problem::error(
            sheet.header_place(),
            Some(column),
            format!(
                "column `{column}` is missing; the header has: {}",
                sheet.header_list()
            ),
        ));
    }
    (found, problems, missing)
}

/// Accounts for every row of a file that cannot be read because a column is
/// missing: one left-out entry per row, with no further problem (the file's one
/// error says why).
pub(super) fn leave_out_all(
    import: &mut Import,
    sheet: &Sheet,
    name_column: Option<usize>,
    reason: LeftOutReason,
) {
    for row in &sheet.rows {
        import.left_out.push(LeftOut {
            place: Place::Row {
                line: row.line,
                name: cell(row, name_column).map(str::to_owned),
            },
            reason,
        });
    }
}

/// One cell of a record, with the source column it came from (for messages).
#[derive(Debug, Clone)]
pub(crate) struct Cell {
    /// The value, as written.
    pub(crate) text: String,
    /// The column's name in the source file, or a description of a constant.
    pub(crate) column: String,
}

/// One input row, its values keyed by LearnLocal's column names. Both the native
/// reader and the column-mapping reader make these, so they share the row logic.
#[derive(Debug, Clone, Default)]
pub(crate) struct Record {
    /// The row's line number in the original file.
    pub(crate) line: usize,
    /// Values by LearnLocal column name.
    pub(crate) cells: Vec<(FieldName, Cell)>,
    /// Opening hours already read from per-weekday columns (a column mapping);
    /// they replace the `opening_hours` cell.
    pub(crate) hours: Option<Vec<WeeklySlot>>,
    /// Warnings found while making the record, as (column, message).
    pub(crate) notes: Vec<(String, String)>,
}

impl Record {
    /// Makes records from a native sheet using the matched columns.
    pub(super) fn from_sheet<N: Clone + Into<FieldName>>(
        sheet: &Sheet,
        columns: &[(N, usize)],
    ) -> Vec<Record> {
        sheet
            .rows
            .iter()
            .map(|row| Record {
                line: row.line,
                cells: columns
                    .iter()
                    .filter_map(|(name, i)| {
                        let text = row.cells.get(*i)?.clone();
                        let column = sheet.header.get(*i).cloned().unwrap_or_default();
                        Some((name.clone().into(), Cell { text, column }))
                    })
                    .collect(),
                hours: None,
                notes: Vec::new(),
            })
            .collect()
    }

    pub(super) fn cell(&self, field: &str) -> Option<&Cell> {
        self.cells.iter().find(|(f, _)| *f == field).map(|(_, c)| c)
    }

    /// The trimmed value of a column, `None` when empty or absent.
    pub(crate) fn get(&self, field: &str) -> Option<&str> {
        self.cell(field)
            .map(|c| c.text.trim())
            .filter(|t| !t.is_empty())
    }
}

/// A row being read: its place for problems, and the warnings found so far.
pub(super) struct Row<'r> {
    pub(super) rec: &'r Record,
    pub(super) place: Place,
    pub(super) problems: Vec<Problem>,
}

/// Why a row is left out: the error to report and the reason to count.
pub(super) type Failed = (Problem, LeftOutReason);

impl<'r> Row<'r> {
    pub(super) fn new(rec: &'r Record, name: Option<&str>) -> Self {
        let place = Place::Row {
            line: rec.line,
            name: name.map(str::to_owned),
        };
        let problems = rec
            .notes
            .iter()
            .map(|(column, message)| Problem::warning(place.clone(), Some(column), message.clone()))
            .collect();
        Self {
            rec,
            place,
            problems,
        }
    }

    pub(super) fn get(&self, field: &str) -> Option<&'r str> {
        self.rec.get(field)
    }

    /// The source's own name for a column, for messages.
    pub(super) fn column(&self, field: &str) -> String {
        self.rec
            .cell(field)
            .map_or_else(|| field.to_owned(), |c| c.column.clone())
    }

    /// The non-empty items of a `;`-separated list cell.
    pub(super) fn list(&self, field: &str) -> Vec<&'r str> {
        self.get(field).map_or_else(Vec::new, split_list)
    }

    pub(super) fn error(&self, field: &str, message: impl Into<String>) -> Problem {
        Problem::error(self.place.clone(), Some(&self.column(field)), message)
    }

    pub(super) fn fail(
        &self,
        field: &str,
        message: impl Into<String>,
        reason: LeftOutReason,
    ) -> Failed {
        (self.error(field, message), reason)
    }

    /// Leaves the row out for a reason that is not a mistake in it (a library
    /// that has closed): a warning, not an error.
    pub(super) fn set_aside(
        &self,
        field: &str,
        message: impl Into<String>,
        reason: LeftOutReason,
    ) -> Failed {
        let problem = Problem::warning(self.place.clone(), Some(&self.column(field)), message);
        (problem, reason)
    }

    pub(super) fn warn(&mut self, field: &str, message: impl Into<String>) {
        let problem = Problem::warning(self.place.clone(), Some(&self.column(field)), message);
        self.problems.push(problem);
    }

    /// Files the row's outcome: its warnings, and the error when it is left out.
    pub(super) fn finish<T>(self, import: &mut Import, outcome: Result<T, Failed>) -> Option<T> {
        import.problems.extend(self.problems);
        match outcome {
            Ok(value) => Some(value),
            Err((problem, reason)) => {
                import.leave_out(problem, reason);
                None
            }
        }
    }
}

/// The non-empty, trimmed items of a `;`-separated list.
pub(crate) fn split_list(text: &str) -> Vec<&str> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}
