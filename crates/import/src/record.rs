//! A record being read: where it is and the warnings about it, kept only if the
//! record is. Shared by the readers that go record by record (OpenActive,
//! iCalendar).
//!
//! Must never decide whether a record is kept; the reader does, and a record
//! left out takes its [`Fail`] with it.

use crate::LeftOutReason;
use learnlocal_core::problem::{Place, Problem};

/// A record that cannot be used: the error that explains it and the reason.
pub(crate) type Fail = (Problem, LeftOutReason);

/// One record's place and its warnings, kept only if the record is.
pub(crate) struct Rec {
    /// The record: its position and name.
    pub(crate) place: Place,
    /// Warnings about it, added to the import when it is kept.
    pub(crate) warnings: Vec<Problem>,
}

impl Rec {
    /// A record with no warnings yet.
    pub(crate) fn new(place: Place) -> Rec {
        Rec {
            place,
            warnings: Vec::new(),
        }
    }

    /// Notes a warning about a field.
    pub(crate) fn warn(&mut self, field: &str, message: impl Into<String>) {
        self.warnings
            .push(Problem::warning(self.place.clone(), Some(field), message));
    }

    /// The error that leaves the record out, and why.
    pub(crate) fn fail(
        &self,
        field: &str,
        message: impl Into<String>,
        reason: LeftOutReason,
    ) -> Fail {
        (
            Problem::error(self.place.clone(), Some(field), message),
            reason,
        )
    }
}
