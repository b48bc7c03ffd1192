//! Open Referral HSDS in: services, locations and organizations out of the
//! Human Services Data Specification, as catalogue opportunities and venues.
//!
//! Two forms are read, each in HSDS 3.0 or in 2.0 and 1.x before it: the tabular
//! package (CSV tables joined by ids, see [`read_tabular`]), and the JSON the API
//! returns (see [`read_json`]). Both are read into one model first, so a service maps the same whichever form it came in:
//! one opportunity per location it is offered at (`hsds-<service id>-<location
//! id>`), each location a venue (`hsds-<location id>`).
//!
//! How fields map, and the choices made where HSDS and the catalogue differ:
//! - title, summary (the description's first sentence), description, url, provider
//!   (the organization's name, website, email and first phone), skills (taxonomy term
//!   names and codes and attribute values, through [`ImportContext::skills_for`]),
//!   languages (codes or English names to ISO 639-1; sign languages become session
//!   support), age limits, cost (`cost_options`, with `fees_description` in words),
//!   booking (phone, email, url, `application_process` as the note), verified (the
//!   later date of `last_modified` and `assured_date`).
//! - Schedules: weekly (and daily) rules become weekly slots between `dtstart` /
//!   `valid_from` and `until` / `valid_to`, every `interval` weeks, `count` ending
//!   them at the last session. Monthly and other rules are kept out of the schedule
//!   with a warning. Times with an offset (`10:00Z`, `09:00-05:00`, or the schedule's
//!   `timezone` in hours) are converted to the catalogue's zone; times without one
//!   are read as the catalogue's own clock, since that is what publishers write
//!   (HSDS says such times are UTC, which no local listing means).
//! - Accessibility notes are read for words (wheelchair, ramp, lift, toilet,
//!   parking, bus, hearing loop, sign language, large print, easy read), whole
//!   words in any case; a sentence saying something is missing is not read.
//! - Before 3.0 (see `layout`): a service may name its one location in
//!   `services.location_id`; `regular_schedules.csv` gives one `weekday` (a name,
//!   or a number read as ISO 8601 does) a row, and `holiday_schedules.csv` closed
//!   days (exceptions to the weekly slots) or other hours (one-off slots instead);
//!   accessibility is a comma list of words or HSDS 1.1 codes, read item by item,
//!   with items that give nothing reported; a language is one `language` value
//!   (code or name); fees are `fees` text. The older JSON nests these rows
//!   under the tables' names, and is read into the same model. The summary names
//!   the version read ("HSDS 1.x JSON", "HSDS 2.0 tabular package").
//! - A location without usable coordinates is placed by
//!   [`ImportContext::locate`] (its name or postcode, else an area of its address);
//!   otherwise its services there are left out.
//!
//! This module never does IO (it takes text, not paths), never reads the clock,
//! and never panics on any input; every record is kept or left out with its reason.

mod json;
mod layout;
mod map;
mod model;
#[cfg(test)]
mod older_tests;
mod schedules;
mod tabular;
#[cfg(test)]
mod tests;

use crate::{Import, ImportContext};
use std::collections::BTreeMap;

/// Reads an HSDS tabular package of version 3.0, 2.0 or 1.x: each table's file
/// name (such as `services.csv`; a folder in front is ignored) to its text, and
/// `datapackage.json` if there is one (its `version` is compared with the tables).
///
/// `services.csv` (`service.csv` in 1.0) is needed (without it the import holds one
/// error and nothing else); every other table is optional. Each service row is an
/// opportunity per `service_at_location.csv` row (or its `location_id`), each
/// `locations.csv` row a venue; problems name the table, as the package names
/// it, and its row. [`Import::format`] names the version the tables follow.
pub fn read_tabular(files: &BTreeMap<String, String>, ctx: &ImportContext) -> Import {
    tabular::read(files, ctx)
}

/// Reads HSDS JSON in any of its API's forms, told apart by their fields: a
/// service (with its organization and `service_at_locations`), a page of services
/// (`contents`), a location (a venue only), an organization with its `services`
/// and `locations`, or a page or array of any of these; and, before 3.0, the
/// HSDA API's "complete" records with their tables' rows nested
/// (`regular_schedules`, `holiday_schedules`, `physical_addresses`, a service's
/// `locations` or `services_at_location`), in lists, or a search's
/// `organizations`, `services` and `locations` linked by id.
/// [`Import::format`] names the version the keys follow.
///
/// Records are numbered by their position (in `contents`, or in an organization's
/// `services` and `locations`), and problems name the field by its JSON path.
pub fn read_json(text: &str, ctx: &ImportContext) -> Import {
    json::read(text, ctx)
}
