//! LearnLocal's own spreadsheet formats: the CSV files a catalogue is built from.
//!
//! Five files make a catalogue: `catalogue.csv` (its settings as `key,value` rows),
//! `skills.csv`, `neighbourhoods.csv`, `venues.csv` and `opportunities.csv`. Each
//! reader takes the file's text and returns what it could use with every problem,
//! each naming the row (header = row 1), the record's title or name, the column,
//! and what is wrong in plain words. [`build_catalogue`] reads all five into a
//! [`Catalogue`](learnlocal_core::Catalogue) and keeps the problems grouped by file, so a tool can name it.
//! A keeper's own spreadsheet is read as the same opportunity rows under its own
//! column names, through a column map ([`mapping`]).
//!
//! Conventions in every file: column names are matched ignoring case and spaces
//! around them; an empty cell means "not given"; lists inside a cell are separated
//! by `;`; yes/no cells also accept true/false, 1/0 and y/n in any case.
//!
//! This module must never do IO (it takes text, not paths), read the clock, or
//! panic on any input: every value is checked, and a row that cannot be used is
//! left out with its reason, never dropped silently.

mod build;
pub mod mapping;
mod opportunities;
mod settings;
mod sheet;
#[cfg(test)]
mod tests;
mod translations;
mod values;
mod venues;

pub use build::{Built, FileReport, SOURCE_FILES, build_catalogue};
use learnlocal_core::catalogue::VenueAccess;
pub use opportunities::read_opportunities;
pub(crate) use opportunities::read_records;
pub use settings::{AUTO, CatalogueSettings, read_neighbourhoods, read_settings, read_skills};
pub(crate) use sheet::{Cell, Record, Sheet, SheetRow, cell};
pub(crate) use values::group_slots;
pub use values::{
    ValueError, parse_bool, parse_day_hours, parse_days, parse_number, parse_opening_hours,
    parse_time_range,
};
pub use venues::read_venues;

/// The columns of `opportunities.csv`, in the order a template lists them. `url`
/// (the opportunity's own page) is accepted besides the columns of the format's
/// first description.
pub const OPPORTUNITY_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "title",
    "summary",
    "description",
    "skills",
    "level",
    "audience",
    "age_min",
    "age_max",
    "languages",
    "mode",
    "venue",
    "provider",
    "provider_url",
    "provider_phone",
    "provider_email",
    "start_date",
    "end_date",
    "days",
    "start_time",
    "end_time",
    "interval_weeks",
    "rrule",
    "dates",
    "except",
    "free",
    "price",
    "currency",
    "concessions",
    "session_access",
    "booking",
    "booking_phone",
    "booking_email",
    "booking_url",
    "verified",
    "source",
    "url",
    "closed",
];

/// The optional columns of `opportunities.csv` that describe the place inline, for
/// spreadsheets with one row per place instead of a separate `venues.csv`.
pub const INLINE_VENUE_COLUMNS: &[&str] = &[
    "venue_name",
    "address",
    "postcode",
    "neighbourhood",
    "lat",
    "lon",
    "step_free",
    "accessible_toilet",
    "accessible_parking",
    "public_transport",
    "opening_hours",
];

/// The columns of `venues.csv`.
pub const VENUE_COLUMNS: &[&str] = &[
    "id",
    "name",
    "address",
    "postcode",
    "neighbourhood",
    "lat",
    "lon",
    "step_free",
    "accessible_toilet",
    "accessible_parking",
    "public_transport",
    "opening_hours",
    "phone",
    "url",
];

/// Columns whose cells hold `;`-separated lists.
pub(crate) const LIST_COLUMNS: &[&str] = &[
    "skills",
    "audience",
    "languages",
    "days",
    "dates",
    "except",
    "concessions",
    "session_access",
    "booking",
    "opening_hours",
];

/// The yes/no building accessibility columns and what each means.
const ACCESS_COLUMNS: [(&str, VenueAccess); 4] = [
    ("step_free", VenueAccess::StepFree),
    ("accessible_toilet", VenueAccess::AccessibleToilet),
    ("accessible_parking", VenueAccess::AccessibleParking),
    ("public_transport", VenueAccess::PublicTransport),
];
