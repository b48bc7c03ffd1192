//! iCalendar (RFC 5545) in: library and community event calendars (`.ics`) as
//! catalogue records.
//!
//! [`read`] reads the subset of RFC 5545 event calendars use: folded lines,
//! property parameters (`TZID`, `VALUE=DATE`, `CN`), escaped text, `VEVENT`s (other
//! components are skipped) and `VTIMEZONE`s, turned into POSIX rules so times in
//! any zone are converted to the catalogue's. Weekly `RRULE`s become weekly slots
//! with their dates and exceptions; other rules keep their first session and say
//! so. Edited occurrences (`RECURRENCE-ID`) join their series.
//!
//! This module must never do IO (it takes text, never a path), read the clock or
//! panic, whatever the input: every `VEVENT` is either imported or left out with
//! its reason, and every problem names the event (its position among the events
//! and its SUMMARY or UID) and the property.

mod content;
mod reader;
mod schedules;
#[cfg(test)]
mod tests;
mod zones;

use crate::sessions::tidy;
use crate::vocab::shorten;
use crate::{Import, ImportContext, LeftOutReason};
use content::{Event, parse};
use learnlocal_core::problem::{Place, Problem};
use reader::Reader;
use std::collections::HashMap;
use zones::Zones;

/// Reads an iCalendar text. Never panics; text that is not iCalendar is reported
/// as one unreadable record.
pub fn read(text: &str, ctx: &ImportContext) -> Import {
    let mut import = Import::default();
    let calendar = parse(text);
    if !calendar.saw_calendar {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        let shown = if start.is_empty() {
            "the text is empty".to_owned()
        } else {
            format!(
                "it starts with `{}`",
                shorten(start.lines().next().unwrap_or_default(), 40)
            )
        };
        import.leave_out(
            Problem::error(
                Place::Record {
                    index: 0,
                    name: None,
                },
                None,
                format!(
                    "this is not an iCalendar file: it has no `BEGIN:VCALENDAR` line ({shown})"
                ),
            ),
            LeftOutReason::Unreadable,
        );
        return import;
    }
    if calendar.stray_lines > 0 {
        import.problems.push(Problem::warning(
            Place::Catalogue,
            None,
            format!(
                "{} line(s) outside events are not iCalendar properties (`NAME:value`) and were skipped",
                calendar.stray_lines
            ),
        ));
    }
    if calendar.events.is_empty() {
        import.problems.push(Problem::warning(
            Place::Catalogue,
            None,
            "the calendar has no events (`BEGIN:VEVENT`)",
        ));
    }
    let zones = Zones::new(&calendar, &mut import);
    let mut reader = Reader {
        ctx,
        zones,
        import,
        by_uid: HashMap::new(),
        ids: HashMap::new(),
    };
    // Edited occurrences come last, so that their series is there to take them.
    let (edits, masters): (Vec<&Event>, Vec<&Event>) = calendar
        .events
        .iter()
        .partition(|e| e.first("RECURRENCE-ID").is_some());
    for event in masters {
        reader.event(event);
    }
    for event in edits {
        reader.edit(event);
    }
    for o in &mut reader.import.opportunities {
        tidy(&mut o.schedule);
    }
    reader.import
}
