//! The HSDS records as read, before mapping: the same shape whichever form (CSV
//! package or JSON) they came from, so the mapping is written once.
//!
//! Values stay raw text here (a JSON number becomes its text), trimmed, and `None`
//! when empty, so that CSV and JSON values are checked by the same code with the same
//! messages. Nothing here checks or converts a value; that is the mapping's job.

use crate::Import;
use learnlocal_core::problem::{Place, Problem};
use std::fmt;

/// Where a record came from, to name it in problems.
#[derive(Debug, Clone)]
pub(super) struct Origin {
    /// The row (CSV) or the record it belongs to (JSON).
    pub place: Place,
    /// Put in front of field names: a JSON path such as
    /// `service_at_locations[0].location.`, or nothing for a CSV row.
    pub path: String,
}

impl Default for Origin {
    /// The file as a whole, for records built by hand.
    fn default() -> Self {
        Self {
            place: Place::Catalogue,
            path: String::new(),
        }
    }
}

impl Origin {
    /// The full name of one of this record's fields.
    pub fn field(&self, name: &str) -> String {
        format!("{}{name}", self.path)
    }

    /// Adds a warning about one of this record's fields.
    pub fn warn(&self, import: &mut Import, name: &str, message: impl Into<String>) {
        import.problems.push(Problem::warning(
            self.place.clone(),
            Some(&self.field(name)),
            message,
        ));
    }

    /// Words to put in front of a message given at `owner`'s place, when this record
    /// is somewhere else (another table of a CSV package), such as
    /// "row 2 (locations.csv, MyCity Civic Center): ".
    pub fn where_from(&self, owner: &Place) -> String {
        if &self.place == owner {
            String::new()
        } else {
            format!("{}: ", self.place)
        }
    }
}

/// An organization: the provider of services.
#[derive(Debug, Clone, Default)]
pub(super) struct Organization {
    /// Its name.
    pub name: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Its email address.
    pub email: Option<String>,
    /// Its first phone.
    pub phone: Option<Phone>,
}

/// A phone number and extension.
#[derive(Debug, Clone)]
pub(super) struct Phone {
    /// The number as written.
    pub number: String,
    /// The extension, if any.
    pub extension: Option<String>,
}

/// A postal or physical address of a location.
#[derive(Debug, Clone, Default)]
pub(super) struct Address {
    /// First line.
    pub address_1: Option<String>,
    /// Second line.
    pub address_2: Option<String>,
    /// Town or city.
    pub city: Option<String>,
    /// Postcode.
    pub postal_code: Option<String>,
    /// `physical`, `postal` or `virtual`.
    pub address_type: Option<String>,
}

/// One accessibility note of a location.
#[derive(Debug, Clone)]
pub(super) struct AccessNote {
    /// The `description` and `details` texts.
    pub texts: Vec<(&'static str, String)>,
    /// The `accessibility` value of HSDS 1.x and 2.0: one feature or a comma list
    /// of them (`wheelchair, ramp, elevator`), often the 1.1 codes such as
    /// `disabled_parking`.
    pub list: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// A language a service is offered in.
#[derive(Debug, Clone)]
pub(super) struct Language {
    /// Its name, e.g. "Urdu".
    pub name: Option<String>,
    /// Its code, e.g. "ur".
    pub code: Option<String>,
    /// The `language` value of HSDS 1.x and 2.0: a code or a name, which the
    /// specification says is a code and publishers often write as a name.
    pub language: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

impl Language {
    /// The languages one HSDS 1.x or 2.0 `language` value names: a code or a name,
    /// or several of them separated by commas, semicolons or slashes (`en, ga`),
    /// as publishers write them.
    pub fn listed(value: &str, origin: &Origin) -> Vec<Language> {
        value
            .split([',', ';', '/'])
            .map(str::trim)
            .filter(|one| !one.is_empty())
            .map(|one| Language {
                name: None,
                code: None,
                language: Some(one.to_owned()),
                origin: origin.clone(),
            })
            .collect()
    }
}

/// One cost option of a service.
#[derive(Debug, Clone)]
pub(super) struct CostOption {
    /// Who or what the price is for, e.g. "Under 18s".
    pub option: Option<String>,
    /// Currency code.
    pub currency: Option<String>,
    /// The amount as written.
    pub amount: Option<String>,
    /// What the amount is for, e.g. "per session".
    pub amount_description: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// One schedule row: RFC 5545 RRULE parts and opening times.
#[derive(Debug, Clone, Default)]
pub(super) struct ScheduleRow {
    /// `WEEKLY`, `MONTHLY`, ...
    pub freq: Option<String>,
    /// Every how many weeks.
    pub interval: Option<String>,
    /// Days, e.g. `MO,WE`.
    pub byday: Option<String>,
    /// Week numbers of the year.
    pub byweekno: Option<String>,
    /// Days of the month.
    pub bymonthday: Option<String>,
    /// Days of the year.
    pub byyearday: Option<String>,
    /// How many occurrences.
    pub count: Option<String>,
    /// The day weeks start on.
    pub wkst: Option<String>,
    /// First occurrence's date.
    pub dtstart: Option<String>,
    /// Last occurrence's date.
    pub until: Option<String>,
    /// First day the row is valid.
    pub valid_from: Option<String>,
    /// Last day the row is valid.
    pub valid_to: Option<String>,
    /// UTC offset in hours.
    pub timezone: Option<String>,
    /// Opening time.
    pub opens_at: Option<String>,
    /// Closing time.
    pub closes_at: Option<String>,
    /// The HSDS 1.x `regular_schedules` day: a name such as `Monday`, or a number.
    pub weekday: Option<String>,
    /// Free text.
    pub description: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// One HSDS 1.x `holiday_schedules` row: days a service or location is closed, or
/// open at other times.
#[derive(Debug, Clone, Default)]
pub(super) struct HolidayRow {
    /// Whether it is closed on those days, as written (`true`, `false`, ...).
    pub closed: Option<String>,
    /// Opening time on those days, when it is open.
    pub opens_at: Option<String>,
    /// Closing time on those days, when it is open.
    pub closes_at: Option<String>,
    /// The first day.
    pub start_date: Option<String>,
    /// The last day.
    pub end_date: Option<String>,
    /// Where it is.
    pub origin: Origin,
}

/// A location: where services happen.
#[derive(Debug, Clone)]
pub(super) struct Location {
    /// Its id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Another name.
    pub alternate_name: Option<String>,
    /// `physical`, `postal` or `virtual`.
    pub location_type: Option<String>,
    /// Latitude as written.
    pub latitude: Option<String>,
    /// Longitude as written.
    pub longitude: Option<String>,
    /// Its web page.
    pub url: Option<String>,
    /// How to get there.
    pub transportation: Option<String>,
    /// Its addresses.
    pub addresses: Vec<Address>,
    /// Its accessibility notes.
    pub accessibility: Vec<AccessNote>,
    /// Its phones.
    pub phones: Vec<Phone>,
    /// Its opening hours.
    pub schedules: Vec<ScheduleRow>,
    /// Its holiday closures and hours (HSDS 1.x).
    pub holidays: Vec<HolidayRow>,
    /// Where it is.
    pub origin: Origin,
}

/// Why a service-at-location has no location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum NoLocation {
    /// The link names no location: `location` (JSON) or `location_id` (CSV).
    NotGiven {
        /// The field that is missing.
        field: &'static str,
    },
    /// The link names a location the data does not have.
    NotFound {
        /// The location id.
        id: String,
        /// Where it was looked for, e.g. "not in locations.csv".
        looked: &'static str,
    },
}

impl fmt::Display for NoLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotGiven { field } => write!(f, "no `{field}` is given"),
            Self::NotFound { id, looked } => write!(f, "location `{id}` is {looked}"),
        }
    }
}

/// A service at a location.
#[derive(Debug, Clone)]
pub(super) struct ServiceAtLocation {
    /// The location, or why it could not be found.
    pub location: Result<Location, NoLocation>,
    /// Schedules for the service at this location only.
    pub schedules: Vec<ScheduleRow>,
    /// Holiday closures and hours for the service at this location only (HSDS 1.x).
    pub holidays: Vec<HolidayRow>,
    /// Phones for the service at this location only.
    pub phones: Vec<Phone>,
    /// Where it is.
    pub origin: Origin,
}

/// A service: what becomes one opportunity per location.
#[derive(Debug, Clone)]
pub(super) struct Service {
    /// Its id.
    pub id: Option<String>,
    /// Its name.
    pub name: Option<String>,
    /// Its description.
    pub description: Option<String>,
    /// Its web page.
    pub url: Option<String>,
    /// Its email address.
    pub email: Option<String>,
    /// `active`, `inactive`, `defunct` or `temporarily closed`.
    pub status: Option<String>,
    /// How to apply.
    pub application_process: Option<String>,
    /// What it costs, in words.
    pub fees_description: Option<String>,
    /// What it costs, in words (the HSDS 2 field).
    pub fees: Option<String>,
    /// Interpretation offered, in words.
    pub interpretation_services: Option<String>,
    /// When the record was last assured.
    pub assured_date: Option<String>,
    /// When the record last changed.
    pub last_modified: Option<String>,
    /// Youngest age.
    pub minimum_age: Option<String>,
    /// Oldest age.
    pub maximum_age: Option<String>,
    /// Who runs it.
    pub organization: Option<Organization>,
    /// Languages.
    pub languages: Vec<Language>,
    /// Prices.
    pub cost_options: Vec<CostOption>,
    /// Schedules for the service wherever it is.
    pub schedules: Vec<ScheduleRow>,
    /// Holiday closures and hours for the service wherever it is (HSDS 1.x).
    pub holidays: Vec<HolidayRow>,
    /// Phones for the service.
    pub phones: Vec<Phone>,
    /// Taxonomy term names and codes and attribute values.
    pub categories: Vec<String>,
    /// Where it is offered.
    pub locations: Vec<ServiceAtLocation>,
    /// The record, for problems and left-out records.
    pub place: Place,
    /// Where its fields are.
    pub origin: Origin,
}
