//! OpenActive 2.x (schema.org JSON-LD) in: session series, scheduled sessions,
//! courses, events, on-demand events and places, as catalogue records.
//!
//! [`read`] accepts one item, a list of items, an RPDE feed page
//! (`{"items": [{"state": "updated", "data": {...}}]}`) or a JSON-LD `@graph`, and
//! maps each item by its `@type`. A `ScheduledSession` is merged with the
//! `SessionSeries` it belongs to (its `superEvent`), and sessions of one series become
//! one record with several dates. Times with an offset (`Z`, `+01:00`) are converted
//! to the catalogue's zone; `eventSchedule` times are local already.
//!
//! This module must never do IO (it takes text, never a path), read the clock or
//! panic, whatever the input: every item is either imported or left out with its
//! reason, and every problem names the item (its position and name) and the
//! property, such as `eventSchedule[0].byDay[1]`.

mod details;
mod model;
mod places;
mod reader;
mod schedules;
#[cfg(test)]
mod tests;

use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::problem::{Place, Problem};
use model::entries;
use reader::Reader;
use serde_json::{Map, Value};

/// A JSON object.
type Object = Map<String, Value>;

/// Reads OpenActive or schema.org JSON-LD text: one item, a list of items, an RPDE
/// feed page or a `@graph`. Never panics; text that is not JSON is reported as one
/// unreadable record.
pub fn read(text: &str, ctx: &ImportContext) -> Import {
    let mut import = Import::default();
    let text = text.trim_start_matches('\u{feff}');
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(e) => {
            import.leave_out(
                Problem::error(
                    Place::Record {
                        index: 0,
                        name: None,
                    },
                    None,
                    format!("the text cannot be read as JSON: {e}"),
                ),
                LeftOutReason::Unreadable,
            );
            return import;
        }
    };
    let entries = match entries(&root) {
        Ok(entries) => entries,
        Err(message) => {
            import.leave_out(
                Problem::error(
                    Place::Record {
                        index: 0,
                        name: None,
                    },
                    None,
                    message,
                ),
                LeftOutReason::Unreadable,
            );
            return import;
        }
    };
    let mut reader = Reader::new(ctx, &entries, import);
    reader.run(&entries);
    reader.import
}
