//! Problems found in catalogue data, worded for the person who can fix them.
//!
//! Every problem names where it is (the record or row), which field, and what is
//! wrong in plain words. Tools add the file name in front.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The record cannot be used as it is and is left out.
    Error,
    /// The record is used, but something looks wrong.
    Warning,
}

/// Where a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Place {
    /// The catalogue as a whole (its header fields).
    Catalogue,
    /// A venue, by its position in the file (0-based) and its id if it has one.
    Venue {
        /// Position in the file's `venues` list, from 0.
        index: usize,
        /// The record's id, when it could be read.
        id: Option<String>,
    },
    /// An opportunity, by its position in the file (0-based) and its id if it has one.
    Opportunity {
        /// Position in the file's `opportunities` list, from 0.
        index: usize,
        /// The record's id, when it could be read.
        id: Option<String>,
    },
    /// A row of a spreadsheet, by its line number (the header is row 1).
    Row {
        /// Line number, from 1.
        line: usize,
        /// A name that helps find the row, e.g. its title.
        name: Option<String>,
    },
    /// A record of a feed (JSON, iCalendar), by position from 0 and a name.
    Record {
        /// Position in the feed, from 0.
        index: usize,
        /// A name that helps find the record, e.g. its id or title.
        name: Option<String>,
    },
}

/// One problem.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Which record.
    pub place: Place,
    /// Which field, as a path such as `schedule.weekly[0].start`, if one.
    pub field: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Problem {
    /// An error at a place and field.
    pub fn error(place: Place, field: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            place,
            field: field.map(str::to_owned),
            message: message.into(),
        }
    }

    /// A warning at a place and field.
    pub fn warning(place: Place, field: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(place, field, message)
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let named =
            |f: &mut fmt::Formatter<'_>, what: &str, n: usize, name: &Option<String>| match name {
                Some(name) => write!(f, "{what} {n} (`{name}`)"),
                None => write!(f, "{what} {n}"),
            };
        match self {
            Self::Catalogue => f.write_str("catalogue"),
            // People count records from 1.
            Self::Venue { index, id } => named(f, "venue", index + 1, id),
            Self::Opportunity { index, id } => named(f, "opportunity", index + 1, id),
            Self::Record { index, name } => named(f, "record", index + 1, name),
            Self::Row { line, name } => match name {
                Some(name) => write!(f, "row {line} ({name})"),
                None => write!(f, "row {line}"),
            },
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}", self.place)?;
        if let Some(field) = &self.field {
            // A spreadsheet's fields are its columns, and keepers call them so.
            let noun = match self.place {
                Place::Row { .. } => "column",
                _ => "field",
            };
            write!(f, ", {noun} `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Quotes user input for an error message, shortened so a huge input cannot make a
/// huge message.
pub fn quote(input: &str) -> String {
    const MAX_CHARS: usize = 40;
    match input.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("`{}…`", &input[..cut]),
        None => format!("`{input}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Problems read as one plain sentence naming the record and field.
    #[test]
    fn display() {
        let p = Problem::error(
            Place::Row {
                line: 14,
                name: Some("Central Library".into()),
            },
            Some("latitude"),
            "`51,9` is not a number, use a dot",
        );
        assert_eq!(
            p.to_string(),
            "error: row 14 (Central Library), column `latitude`: `51,9` is not a number, use a dot"
        );
        let w = Problem::warning(
            Place::Opportunity {
                index: 0,
                id: Some("cork-0001".into()),
            },
            None,
            "no session in the future",
        );
        assert_eq!(
            w.to_string(),
            "warning: opportunity 1 (`cork-0001`): no session in the future"
        );
        assert_eq!(Place::Catalogue.to_string(), "catalogue");
    }
}
