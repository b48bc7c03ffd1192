//! LearnLocal's own spreadsheet formats: the CSV files a catalogue is built from.
//!
//! Five files make a catalogue: `catalogue.csv` (its settings as `key,value` rows),
//! `skills.csv`, `neighbourhoods.csv`, `venues.csv` and `opportunities.csv`. Each
//! reader takes the file's text and returns what it could use with every problem,
//! each naming the row (header = row 1), the record's title or name, the column,
//! and what is wrong in plain words. [`build_catalogue`] reads all five into a
//! [`Catalogue`] and keeps the problems grouped by file, so a tool can name it.
//!
//! Conventions in every file: column names are matched ignoring case and spaces
//! around them; an empty cell means "not given"; lists inside a cell are separated
//! by `;`; yes/no cells also accept true/false, 1/0 and y/n in any case.
//!
//! This module must never do IO (it takes text, not paths), read the clock, or
//! panic on any input: every value is checked, and a row that cannot be used is
//! left out with its reason, never dropped silently.

use crate::csv_text;
use crate::{Import, ImportContext, LeftOut, LeftOutReason};
use learnlocal_core::catalogue::{
    Bounds, Catalogue, Keeper, LatLon, Neighbourhood, SCHEMA_VERSION, Skill, TimeZoneSpec, Venue,
    VenueAccess,
};
use learnlocal_core::opportunity::{
    AgeRange, Audience, Booking, Cost, JoinMethod, Kind, Level, Mode, Opportunity, Price, Provider,
    SessionAccess,
};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::schedule::{DatedSlot, Schedule, WeeklySlot};
use learnlocal_core::text::{fold, slugify};
use learnlocal_core::time::{Date, Time, Weekday};
use learnlocal_core::tz::TimeZone;
use serde::de::DeserializeOwned;
use std::collections::{HashMap, HashSet};

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

// ---------------------------------------------------------------------------
// The spreadsheet layer: rows of cells with their line numbers.

/// A CSV file as read: its header cells (trimmed) and the rows below it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sheet {
    /// The header's cells, trimmed, as the file spells them.
    pub(crate) header: Vec<String>,
    /// The line the header is on (1 unless blank lines come first).
    pub(crate) header_line: usize,
    /// The rows after the header that have at least one non-empty cell.
    pub(crate) rows: Vec<SheetRow>,
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
        let mut records = csv_text::read_records(text).into_iter();
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
fn match_columns(
    sheet: &Sheet,
    known: &[&'static str],
    required: &[&str],
) -> (Vec<(&'static str, usize)>, Vec<Problem>, Option<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for (i, heading) in sheet.header.iter().enumerate() {
        let folded = fold(heading);
        match known.iter().find(|k| **k == folded) {
            Some(k) if found.iter().any(|(f, _)| f == k) => problems.push(Problem::warning(
                sheet.header_place(),
                Some(heading),
                format!("column `{heading}` appears twice; only the first is used"),
            )),
            Some(k) => found.push((*k, i)),
            None if heading.is_empty() => {}
            None => problems.push(Problem::warning(
                sheet.header_place(),
                Some(heading),
                format!("column `{heading}` is not used"),
            )),
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
fn leave_out_all(
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

// ---------------------------------------------------------------------------
// Records: one row's values by LearnLocal column name, whatever the source.

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
    pub(crate) cells: Vec<(&'static str, Cell)>,
    /// Opening hours already read from per-weekday columns (a column mapping);
    /// they replace the `opening_hours` cell.
    pub(crate) hours: Option<Vec<WeeklySlot>>,
    /// Warnings found while making the record, as (column, message).
    pub(crate) notes: Vec<(String, String)>,
}

impl Record {
    /// Makes records from a native sheet using the matched columns.
    fn from_sheet(sheet: &Sheet, columns: &[(&'static str, usize)]) -> Vec<Record> {
        sheet
            .rows
            .iter()
            .map(|row| Record {
                line: row.line,
                cells: columns
                    .iter()
                    .filter_map(|&(name, i)| {
                        let text = row.cells.get(i)?.clone();
                        let column = sheet.header.get(i).cloned().unwrap_or_default();
                        Some((name, Cell { text, column }))
                    })
                    .collect(),
                hours: None,
                notes: Vec::new(),
            })
            .collect()
    }

    fn cell(&self, field: &str) -> Option<&Cell> {
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
struct Row<'r> {
    rec: &'r Record,
    place: Place,
    problems: Vec<Problem>,
}

/// Why a row is left out: the error to report and the reason to count.
type Failed = (Problem, LeftOutReason);

impl<'r> Row<'r> {
    fn new(rec: &'r Record, name: Option<&str>) -> Self {
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

    fn get(&self, field: &str) -> Option<&'r str> {
        self.rec.get(field)
    }

    /// The source's own name for a column, for messages.
    fn column(&self, field: &str) -> String {
        self.rec
            .cell(field)
            .map_or_else(|| field.to_owned(), |c| c.column.clone())
    }

    /// The non-empty items of a `;`-separated list cell.
    fn list(&self, field: &str) -> Vec<&'r str> {
        self.get(field).map_or_else(Vec::new, split_list)
    }

    fn error(&self, field: &str, message: impl Into<String>) -> Problem {
        Problem::error(self.place.clone(), Some(&self.column(field)), message)
    }

    fn fail(&self, field: &str, message: impl Into<String>, reason: LeftOutReason) -> Failed {
        (self.error(field, message), reason)
    }

    fn warn(&mut self, field: &str, message: impl Into<String>) {
        let problem = Problem::warning(self.place.clone(), Some(&self.column(field)), message);
        self.problems.push(problem);
    }

    /// Files the row's outcome: its warnings, and the error when it is left out.
    fn finish<T>(self, import: &mut Import, outcome: Result<T, Failed>) -> Option<T> {
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

// ---------------------------------------------------------------------------
// Values: numbers, yes/no, codes, days and opening hours.

/// Reads a yes/no cell: yes/no, true/false, 1/0, y/n in any case.
pub fn parse_bool(text: &str) -> Result<bool, String> {
    match fold(text.trim()).as_str() {
        "yes" | "y" | "true" | "1" => Ok(true),
        "no" | "n" | "false" | "0" => Ok(false),
        _ => Err(format!("`{}` is not yes or no", text.trim())),
    }
}

/// Reads a decimal number written with a dot; says so when it uses a comma.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let text = text.trim();
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ if text.contains(',')
            && text
                .replace(',', ".")
                .parse::<f64>()
                .is_ok_and(f64::is_finite) =>
        {
            Err(format!("`{text}` is not a number, use a dot"))
        }
        _ => Err(format!("`{text}` is not a number")),
    }
}

/// Reads a whole number that fits `T`, allowing thousands separators (`12,345`).
fn parse_whole<T: TryFrom<u64>>(text: &str, what: &str) -> Result<T, String> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| format!("`{}` is not {what}", text.trim()))
}

/// Reads one of a fixed set of codes (a kind, a level…) by its catalogue name,
/// ignoring case and treating spaces and hyphens as `_`.
fn parse_code<T: DeserializeOwned>(text: &str, valid: &str) -> Result<T, String> {
    let code: String = fold(text.trim())
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    serde_json::from_value(serde_json::Value::String(code))
        .map_err(|_| format!("`{}` is not one of {valid}", text.trim()))
}

const KINDS: &str = "course, library, activity";
const LEVELS: &str = "none, beginner, intermediate, advanced";
const AUDIENCES: &str = "everyone, adults, older_people, young_people, children, families, newcomers, jobseekers, carers";
const MODES: &str = "in_person, online, blended";
const ACCESS: &str =
    "sign_language, hearing_loop, childcare, quiet, carer_free, large_print, easy_read";
const BOOKINGS: &str = "walk_in, phone, email, web";

fn parse_mode(text: &str) -> Result<Mode, String> {
    match fold(text.trim()).as_str() {
        "hybrid" => Ok(Mode::Blended),
        _ => parse_code(text, MODES),
    }
}

fn parse_join(text: &str) -> Result<JoinMethod, String> {
    match fold(text.trim()).as_str() {
        "online" | "website" | "url" => Ok(JoinMethod::Web),
        "walkin" | "drop_in" | "drop-in" | "drop in" => Ok(JoinMethod::WalkIn),
        _ => parse_code(text, BOOKINGS),
    }
}

const DAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads one day: its two-letter code, or any longer start of its English name.
fn parse_day(text: &str) -> Result<Weekday, String> {
    let t = fold(text.trim());
    Weekday::ALL
        .into_iter()
        .zip(DAY_NAMES)
        .find(|(_, name)| t.len() >= 2 && name.starts_with(t.as_str()))
        .map(|(day, _)| day)
        .ok_or_else(|| {
            format!(
                "`{}` is not a day of the week: use mo, tu, we, th, fr, sa or su",
                text.trim()
            )
        })
}

/// Reads days such as `mo;we`, `mo-fr` or `tu,th,sa-su` (a range may wrap past
/// Sunday). The result is in week order without repeats.
pub fn parse_days(text: &str) -> Result<Vec<Weekday>, String> {
    let mut days = Vec::new();
    for item in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match item.split_once(['-', '–']) {
            Some((from, to)) => {
                let (from, to) = (parse_day(from)?, parse_day(to)?);
                let (a, b) = (usize::from(from as u8), usize::from(to as u8));
                let span = (b + 7 - a) % 7;
                days.extend((0..=span).filter_map(|k| Weekday::ALL.get((a + k) % 7).copied()));
            }
            None => days.push(parse_day(item)?),
        }
    }
    days.sort();
    days.dedup();
    Ok(days)
}

/// Reads a time range such as `10:00-17:30` (an en dash also works); the times
/// use [`Time::parse`] and its messages.
pub fn parse_time_range(text: &str) -> Result<(Time, Time), String> {
    let text = text.trim();
    let Some((start, end)) = text.split_once(['-', '–']) else {
        return Err(format!(
            "`{text}` is not a time range: write it like 10:00-17:30"
        ));
    };
    Ok((Time::parse(start.trim())?, Time::parse(end.trim())?))
}

/// Merges (day, start, end) entries into weekly slots, one per distinct time
/// range, in the order the ranges first appear, each with its days in week order.
pub(crate) fn group_slots(
    entries: impl IntoIterator<Item = (Weekday, Time, Time)>,
) -> Vec<WeeklySlot> {
    let mut slots: Vec<WeeklySlot> = Vec::new();
    for (day, start, end) in entries {
        match slots.iter_mut().find(|s| s.start == start && s.end == end) {
            Some(slot) => {
                if !slot.days.contains(&day) {
                    slot.days.push(day);
                    slot.days.sort();
                }
            }
            None => slots.push(WeeklySlot {
                days: vec![day],
                start,
                end,
            }),
        }
    }
    slots
}

/// Reads opening hours such as `mo-fr 10:00-17:30;sa 10:00-13:00;tu,th 14:00-20:00`:
/// `;`-separated entries, each days then one time range (several ranges may be
/// separated by commas). Days with the same times share a slot.
pub fn parse_opening_hours(text: &str) -> Result<Vec<WeeklySlot>, String> {
    let mut entries = Vec::new();
    for entry in split_list(text) {
        let Some((days, times)) = entry.rsplit_once(char::is_whitespace) else {
            return Err(format!(
                "`{entry}` does not give days and times: write it like mo-fr 10:00-17:30"
            ));
        };
        let days = parse_days(days)?;
        for range in times.split(',').map(str::trim).filter(|r| !r.is_empty()) {
            let (start, end) = parse_time_range(range)?;
            entries.extend(days.iter().map(|&d| (d, start, end)));
        }
    }
    Ok(group_slots(entries))
}

/// Reads one day's opening hours from a per-weekday column: empty or `closed` is
/// closed, else one or more ranges separated by commas (`09:00-13:00,14:00-17:00`).
pub fn parse_day_hours(text: &str) -> Result<Vec<(Time, Time)>, String> {
    let text = text.trim();
    if text.is_empty() || fold(text) == "closed" {
        return Ok(Vec::new());
    }
    text.split([',', ';'])
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(parse_time_range)
        .collect()
}

/// Reads the coordinates of a row: `None` when neither is given (or both are 0).
fn coordinates(row: &mut Row) -> Result<Option<LatLon>, Failed> {
    let bad = |row: &Row, field: &str, m: String| row.fail(field, m, LeftOutReason::BadValue);
    let (lat, lon) = match (row.get("lat"), row.get("lon")) {
        (None, None) => return Ok(None),
        (Some(_), None) => {
            return Err(bad(
                row,
                "lon",
                "the latitude is given but not the longitude".to_owned(),
            ));
        }
        (None, Some(_)) => {
            return Err(bad(
                row,
                "lat",
                "the longitude is given but not the latitude".to_owned(),
            ));
        }
        (Some(lat), Some(lon)) => (lat, lon),
    };
    let lat_n = parse_number(lat).map_err(|m| bad(row, "lat", m))?;
    let lon_n = parse_number(lon).map_err(|m| bad(row, "lon", m))?;
    if !(-90.0..=90.0).contains(&lat_n) {
        let message = if (-180.0..=180.0).contains(&lat_n) && (-90.0..=90.0).contains(&lon_n) {
            format!(
                "`{lat}` is not a latitude (they go from -90 to 90), but the longitude `{lon}` could be one: latitude and longitude may be swapped"
            )
        } else {
            format!("`{lat}` is not a latitude: latitudes go from -90 to 90")
        };
        return Err(bad(row, "lat", message));
    }
    if !(-180.0..=180.0).contains(&lon_n) {
        return Err(bad(
            row,
            "lon",
            format!("`{lon}` is not a longitude: longitudes go from -180 to 180"),
        ));
    }
    if lat_n == 0.0 && lon_n == 0.0 {
        row.warn(
            "lat",
            "0, 0 is in the Atlantic Ocean: read as no coordinates",
        );
        return Ok(None);
    }
    Ok(Some(LatLon {
        lat: lat_n,
        lon: lon_n,
    }))
}

/// Reads the opening hours of a row: the record's pre-read hours, else the
/// `opening_hours` cell. Hours with a mistake are dropped whole with a warning,
/// since half a week's hours would say the place is closed when it is not.
fn opening_hours(row: &mut Row) -> Vec<WeeklySlot> {
    if let Some(hours) = &row.rec.hours {
        return hours.clone();
    }
    match row.get("opening_hours").map(parse_opening_hours) {
        None => Vec::new(),
        Some(Ok(slots)) => slots,
        Some(Err(message)) => {
            row.warn(
                "opening_hours",
                format!("{message}; the opening hours are left out"),
            );
            Vec::new()
        }
    }
}

/// Where a row's place is: its coordinates, or those of a known place with its
/// name or postcode. Fails with [`LeftOutReason::NoLocation`] otherwise.
fn locate(row: &mut Row, name: &str, ctx: &ImportContext) -> Result<LatLon, Failed> {
    if let Some(at) = coordinates(row)? {
        return Ok(at);
    }
    let postcode = row.get("postcode");
    if let Some(at) = ctx.locate(Some(name), postcode) {
        let lat_column = row.rec.cell("lat").map(|c| c.column.clone());
        row.problems.push(Problem::warning(
            row.place.clone(),
            lat_column.as_deref(),
            format!(
                "no coordinates: placed at {:.5}, {:.5}, where a known place with its name or postcode is",
                at.lat, at.lon
            ),
        ));
        return Ok(at);
    }
    let postcode = postcode.map_or_else(String::new, |p| format!(" or has the postcode `{p}`"));
    let message =
        format!("no coordinates, and no known venue or neighbourhood is called `{name}`{postcode}");
    let problem = Problem::error(
        row.place.clone(),
        row.rec.cell("lat").map(|c| c.column.as_str()),
        message,
    );
    Err((problem, LeftOutReason::NoLocation))
}

/// Builds a venue from a row's place columns. `contact` says whether the row's
/// `phone` and `url` are the venue's (in `venues.csv`) rather than the opportunity's.
fn venue_from_row(
    row: &mut Row,
    id: String,
    name: String,
    contact: bool,
    ctx: &ImportContext,
) -> Result<Venue, Failed> {
    let location = locate(row, &name, ctx)?;
    let mut accessibility = Vec::new();
    for (column, access) in ACCESS_COLUMNS {
        match row.get(column).map(parse_bool) {
            Some(Ok(true)) => accessibility.push(access),
            Some(Ok(false)) | None => {}
            Some(Err(m)) => row.warn(column, format!("{m}, so it is left out")),
        }
    }
    let opening_hours = opening_hours(row);
    let text = |f: &str| row.get(f).map(str::to_owned);
    Ok(Venue {
        id,
        name,
        address: text("address"),
        postcode: text("postcode"),
        neighbourhood: text("neighbourhood"),
        location,
        accessibility,
        opening_hours,
        url: if contact { text("url") } else { None },
        phone: if contact { text("phone") } else { None },
    })
}

/// Reads `venues.csv` (columns in [`VENUE_COLUMNS`]; `id` and `name` required).
/// Venues come back in `Import::venues`. A venue without coordinates is placed by
/// `ctx.locate(name, postcode)` or left out.
pub fn read_venues(text: &str, ctx: &ImportContext) -> Import {
    let sheet = Sheet::parse(text);
    let (columns, problems, missing) = match_columns(&sheet, VENUE_COLUMNS, &["id", "name"]);
    let mut import = Import {
        problems,
        ..Import::default()
    };
    if missing.is_some() {
        leave_out_all(
            &mut import,
            &sheet,
            sheet.column("name"),
            LeftOutReason::Unreadable,
        );
        return import;
    }
    let mut ids = HashSet::new();
    for rec in Record::from_sheet(&sheet, &columns) {
        let mut row = Row::new(&rec, rec.get("name").or(rec.get("id")));
        let outcome = read_venue(&mut row, &mut ids, ctx);
        if let Some(venue) = row.finish(&mut import, outcome) {
            import.venues.push(venue);
        }
    }
    import
}

fn read_venue(
    row: &mut Row,
    ids: &mut HashSet<String>,
    ctx: &ImportContext,
) -> Result<Venue, Failed> {
    let Some(name) = row.get("name") else {
        return Err(row.fail("name", "the venue has no name", LeftOutReason::NoTitle));
    };
    let id = match row.get("id") {
        Some(id) => id.to_owned(),
        None => {
            let id = slugify(name);
            row.warn("id", format!("no id: `{id}`, made from the name, is used"));
            id
        }
    };
    if !ids.insert(id.clone()) {
        return Err(row.fail(
            "id",
            format!("id `{id}` is already used by an earlier row"),
            LeftOutReason::DuplicateId,
        ));
    }
    venue_from_row(row, id, name.to_owned(), true, ctx)
}

// ---------------------------------------------------------------------------
// Opportunities.

/// What one opportunities file has read so far: ids in use, venues made inline.
#[derive(Default)]
struct Reading {
    ids: HashSet<String>,
    import: Import,
    /// Opening hours of every venue a row may use, known or made, by id.
    venue_hours: HashMap<String, Vec<WeeklySlot>>,
    /// Venue ids by folded name, the first venue with a name winning. These maps
    /// keep long files from searching every venue for every row.
    venue_names: HashMap<String, String>,
}

impl Reading {
    fn know(&mut self, venue: &Venue) {
        self.venue_hours
            .entry(venue.id.clone())
            .or_insert_with(|| venue.opening_hours.clone());
        self.venue_names
            .entry(fold(&venue.name))
            .or_insert_with(|| venue.id.clone());
    }
}

/// Reads `opportunities.csv`. The `venue` column names a venue of `ctx.venues` (or
/// one made earlier in the file); rows without one may describe their place
/// inline (see [`INLINE_VENUE_COLUMNS`]), which makes a venue `<id>-venue` or
/// reuses a known venue with the same name. A library without its own schedule
/// uses its venue's opening hours.
pub fn read_opportunities(text: &str, ctx: &ImportContext) -> Import {
    let sheet = Sheet::parse(text);
    let known: Vec<&'static str> = OPPORTUNITY_COLUMNS
        .iter()
        .chain(INLINE_VENUE_COLUMNS)
        .copied()
        .collect();
    let (columns, problems, missing) = match_columns(&sheet, &known, &["id", "title", "kind"]);
    if let Some(missing) = missing {
        let mut import = Import {
            problems,
            ..Import::default()
        };
        let reason = match missing.as_str() {
            "title" => LeftOutReason::NoTitle,
            _ => LeftOutReason::Unreadable,
        };
        leave_out_all(&mut import, &sheet, sheet.column("title"), reason);
        return import;
    }
    let mut import = read_records(&Record::from_sheet(&sheet, &columns), ctx);
    let mut all = problems;
    all.append(&mut import.problems);
    import.problems = all;
    import
}

/// Reads opportunity records, whatever file they came from.
pub(crate) fn read_records(records: &[Record], ctx: &ImportContext) -> Import {
    let mut reading = Reading::default();
    for venue in &ctx.venues {
        reading.know(venue);
    }
    for rec in records {
        let name = rec.get("title").or(rec.get("id"));
        let mut row = Row::new(rec, name);
        let outcome = read_opportunity(&mut row, &mut reading, ctx);
        if let Some((opportunity, venue)) = row.finish(&mut reading.import, outcome) {
            if let Some(venue) = venue {
                reading.know(&venue);
                reading.import.venues.push(venue);
            }
            reading.import.opportunities.push(opportunity);
        }
    }
    reading.import
}

/// Reads one opportunity row, with the venue it describes inline if it is new.
fn read_opportunity(
    row: &mut Row,
    reading: &mut Reading,
    ctx: &ImportContext,
) -> Result<(Opportunity, Option<Venue>), Failed> {
    let Some(title) = row.get("title") else {
        return Err(row.fail("title", "the row has no title", LeftOutReason::NoTitle));
    };
    let Some(kind) = row.get("kind") else {
        return Err(row.fail(
            "kind",
            format!("no kind is given: use one of {KINDS}"),
            LeftOutReason::BadValue,
        ));
    };
    let kind: Kind =
        parse_code(kind, KINDS).map_err(|m| row.fail("kind", m, LeftOutReason::BadValue))?;
    let id = match row.get("id") {
        Some(id) => id.to_owned(),
        None => {
            let id = slugify(title);
            row.warn("id", format!("no id: `{id}`, made from the title, is used"));
            id
        }
    };
    if reading.ids.contains(&id) {
        return Err(row.fail(
            "id",
            format!("id `{id}` is already used by an earlier row"),
            LeftOutReason::DuplicateId,
        ));
    }
    let summary = row.get("summary").unwrap_or_default();
    let mut o = Opportunity::new(&id, kind, title, summary);
    o.description = row.get("description").map(str::to_owned);
    o.url = row.get("url").map(str::to_owned);
    o.mode = match row.get("mode") {
        None => Mode::InPerson,
        Some(m) => parse_mode(m).map_err(|m| row.fail("mode", m, LeftOutReason::BadValue))?,
    };
    o.skills = skills(row, ctx);
    o.level = match row.get("level").map(|l| parse_code::<Level>(l, LEVELS)) {
        None => Level::None,
        Some(Ok(level)) => level,
        Some(Err(m)) => {
            row.warn("level", format!("{m}, so no level is given"));
            Level::None
        }
    };
    o.audience = codes(row, "audience", AUDIENCES, parse_code::<Audience>);
    o.access = codes(row, "session_access", ACCESS, parse_code::<SessionAccess>);
    o.languages = languages(row);
    o.age = age(row);
    o.provider = provider(row);
    o.cost = cost(row, ctx);
    o.booking = booking(row);
    o.verified = match row.get("verified").map(Date::parse) {
        None => None,
        Some(Ok(date)) => Some(date),
        Some(Err(m)) => {
            row.warn("verified", format!("{m}; it is left out"));
            None
        }
    };
    o.source = row
        .get("source")
        .map(str::to_owned)
        .or_else(|| Some(ctx.source.clone()).filter(|s| !s.trim().is_empty()));
    o.schedule = schedule(row)?;
    let (venue_id, new_venue, hours) = place(row, &id, title, o.mode, reading, ctx)?;
    if o.kind == Kind::Library && o.schedule.weekly.is_empty() && o.schedule.dates.is_empty() {
        // A library's schedule is its opening hours.
        o.schedule.weekly = hours;
    }
    o.venue = venue_id;
    reading.ids.insert(id);
    Ok((o, new_venue))
}

/// The row's skills: taxonomy ids, or labels turned into their ids. Unknown ones
/// are kept with a warning when the context has a taxonomy to check against.
fn skills(row: &mut Row, ctx: &ImportContext) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for item in row.list("skills") {
        let id = ctx
            .skills_for([item])
            .into_iter()
            .next()
            .unwrap_or_else(|| item.to_owned());
        if !ctx.skills.is_empty() && !ctx.skills.iter().any(|s| s.id == id) {
            row.warn(
                "skills",
                format!(
                    "`{item}` is not in the skills taxonomy, so the skill filter will not find it"
                ),
            );
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// A list of codes; unknown codes are dropped with a warning.
fn codes<T: PartialEq>(
    row: &mut Row,
    field: &str,
    valid: &str,
    parse: fn(&str, &str) -> Result<T, String>,
) -> Vec<T> {
    let mut values = Vec::new();
    for item in row.list(field) {
        match parse(item, valid) {
            Ok(v) if !values.contains(&v) => values.push(v),
            Ok(_) => {}
            Err(m) => row.warn(field, format!("{m}; it is left out")),
        }
    }
    values
}

fn languages(row: &mut Row) -> Vec<String> {
    let mut codes = Vec::new();
    for item in row.list("languages") {
        let code = fold(item);
        if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        } else {
            row.warn(
                "languages",
                format!("`{item}` is not a two-letter language code such as en, ga or pl; it is left out"),
            );
        }
    }
    codes
}

fn age(row: &mut Row) -> Option<AgeRange> {
    let read = |row: &mut Row, field: &str| match row
        .get(field)
        .map(|t| parse_whole::<u8>(t, "an age in years"))
    {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(m)) => {
            row.warn(field, format!("{m}; it is left out"));
            None
        }
    };
    let range = AgeRange {
        min: read(row, "age_min"),
        max: read(row, "age_max"),
    };
    (range != AgeRange::default()).then_some(range)
}

fn provider(row: &mut Row) -> Option<Provider> {
    let text = |f: &str| row.get(f).map(str::to_owned);
    let provider = Provider {
        name: text("provider").unwrap_or_default(),
        url: text("provider_url"),
        phone: text("provider_phone"),
        email: text("provider_email"),
    };
    if provider == Provider::default() {
        None
    } else if provider.name.is_empty() {
        row.warn(
            "provider",
            "the provider's contact details are given but not its name, so they are left out",
        );
        None
    } else {
        Some(provider)
    }
}

fn cost(row: &mut Row, ctx: &ImportContext) -> Cost {
    let mut cost = Cost {
        concessions: row
            .list("concessions")
            .into_iter()
            .map(str::to_owned)
            .collect(),
        ..Cost::default()
    };
    match row.get("free").map(parse_bool) {
        Some(Ok(free)) => cost.free = free,
        Some(Err(m)) => row.warn("free", format!("{m}; the cost is read as not known")),
        None => {}
    }
    if let Some(price) = row.get("price") {
        match parse_number(price) {
            Ok(amount) if amount >= 0.0 => {
                let currency = row
                    .get("currency")
                    .map_or_else(|| ctx.default_currency.clone(), |c| c.to_ascii_uppercase());
                if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
                    row.warn(
                        "currency",
                        format!("`{currency}` is not a currency code such as EUR or GBP"),
                    );
                }
                cost.prices.push(Price {
                    amount,
                    currency,
                    label: None,
                });
            }
            Ok(_) => row.warn("price", format!("`{price}` is below zero; the price is left out")),
            Err(m) => row.warn(
                "price",
                format!("{m}: write the amount only, such as 40.00, and the currency in `currency`; the price is left out"),
            ),
        }
    }
    cost
}

fn booking(row: &mut Row) -> Booking {
    let how = codes(row, "booking", BOOKINGS, |t, _| parse_join(t));
    let text = |f: &str| row.get(f).map(str::to_owned);
    Booking {
        how,
        phone: text("booking_phone"),
        email: text("booking_email"),
        url: text("booking_url"),
        note: None,
    }
}

/// Reads a date cell; a bad date leaves the row out.
fn date(row: &Row, field: &str, text: &str) -> Result<Date, Failed> {
    Date::parse(text).map_err(|m| row.fail(field, m, LeftOutReason::BadDate))
}

fn time(row: &Row, field: &str) -> Result<Option<Time>, Failed> {
    row.get(field)
        .map(|t| Time::parse(t).map_err(|m| row.fail(field, m, LeftOutReason::BadTime)))
        .transpose()
}

/// Reads the schedule columns. Weekly `days` and one-off `dates` both take their
/// times from `start_time` and `end_time`.
fn schedule(row: &mut Row) -> Result<Schedule, Failed> {
    let mut s = Schedule::default();
    if let Some(text) = row.get("start_date") {
        s.start_date = Some(date(row, "start_date", text)?);
    }
    if let Some(text) = row.get("end_date") {
        s.end_date = Some(date(row, "end_date", text)?);
    }
    let days = match row.get("days") {
        None => Vec::new(),
        Some(text) => parse_days(text).map_err(|m| row.fail("days", m, LeftOutReason::BadValue))?,
    };
    let dates = row
        .list("dates")
        .into_iter()
        .map(|d| date(row, "dates", d))
        .collect::<Result<Vec<_>, _>>()?;
    s.except = row
        .list("except")
        .into_iter()
        .map(|d| date(row, "except", d))
        .collect::<Result<Vec<_>, _>>()?;
    let start = time(row, "start_time")?;
    let end = time(row, "end_time")?;
    if let Some(text) = row.get("interval_weeks") {
        s.interval_weeks = parse_whole::<u8>(text, "a number of weeks")
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| {
                row.fail(
                    "interval_weeks",
                    format!("`{text}` is not a number of weeks: use 1 for every week, 2 for every other week"),
                    LeftOutReason::BadValue,
                )
            })?;
    }
    if days.is_empty() && dates.is_empty() {
        if start.is_some() || end.is_some() {
            row.warn(
                "days",
                "times are given but no days or dates, so they are not used",
            );
        }
        return Ok(s);
    }
    let (Some(start), Some(end)) = (start, end) else {
        let field = if start.is_none() {
            "start_time"
        } else {
            "end_time"
        };
        return Err(row.fail(
            field,
            format!("days or dates are given but no `{field}`"),
            LeftOutReason::BadTime,
        ));
    };
    if !days.is_empty() {
        s.weekly.push(WeeklySlot { days, start, end });
    }
    s.dates = dates
        .into_iter()
        .map(|date| DatedSlot { date, start, end })
        .collect();
    Ok(s)
}

/// A venue id, a venue made for the row, and the venue's opening hours.
type Placed = (Option<String>, Option<Venue>, Vec<WeeklySlot>);

/// Where an opportunity happens: (venue id, a venue made for it, the venue's
/// opening hours). Leaves the row out when it is in person and has no place.
fn place(
    row: &mut Row,
    id: &str,
    title: &str,
    mode: Mode,
    reading: &Reading,
    ctx: &ImportContext,
) -> Result<Placed, Failed> {
    if let Some(venue_id) = row.get("venue") {
        return match reading.venue_hours.get(venue_id) {
            Some(hours) => Ok((Some(venue_id.to_owned()), None, hours.clone())),
            None => Err(row.fail(
                "venue",
                format!("venue `{venue_id}` is not a known venue id"),
                LeftOutReason::NoLocation,
            )),
        };
    }
    let inline = ["venue_name", "address", "postcode", "lat", "lon"]
        .iter()
        .any(|f| row.get(f).is_some())
        || row.rec.hours.is_some();
    if !inline {
        return match mode {
            Mode::Online => Ok((None, None, Vec::new())),
            Mode::InPerson | Mode::Blended => Err(row.fail(
                "venue",
                "no venue is given, so nobody can find where it is: give a venue, the place's name and coordinates, or set `mode` to online",
                LeftOutReason::NoLocation,
            )),
        };
    }
    let name = row.get("venue_name").unwrap_or(title);
    if let Some(venue_id) = reading.venue_names.get(&fold(name)) {
        // The row names a known place, but coordinates it gives must still be
        // readable: a typo there is reported, never silently passed over.
        coordinates(row)?;
        let hours = match &row.rec.hours {
            Some(hours) => hours.clone(),
            None => reading
                .venue_hours
                .get(venue_id)
                .cloned()
                .unwrap_or_default(),
        };
        return Ok((Some(venue_id.clone()), None, hours));
    }
    match venue_from_row(row, format!("{id}-venue"), name.to_owned(), false, ctx) {
        Ok(venue) => {
            let hours = venue.opening_hours.clone();
            Ok((Some(venue.id.clone()), Some(venue), hours))
        }
        Err((problem, _)) if mode == Mode::Online => {
            row.problems.push(Problem::warning(
                problem.place,
                problem.field.as_deref(),
                format!("{}; it is listed online only", problem.message),
            ));
            Ok((None, None, Vec::new()))
        }
        Err(failed) => Err(failed),
    }
}

// ---------------------------------------------------------------------------
// The catalogue's own tables.

/// The settings of `catalogue.csv`, typed. [`CatalogueSettings::catalogue`] turns
/// them into a catalogue header with empty lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CatalogueSettings {
    /// `name`.
    pub name: String,
    /// `demonstration` (yes/no).
    pub demonstration: bool,
    /// `keeper_name`, `keeper_email`, `keeper_url`.
    pub keeper: Keeper,
    /// `time_zone` (IANA name) and `time_zone_rule` (POSIX TZ rule).
    pub time_zone: TimeZoneSpec,
    /// `centre_lat`, `centre_lon`.
    pub centre: LatLon,
    /// `centre_label`.
    pub centre_label: String,
    /// `bounds_south`, `bounds_west`, `bounds_north`, `bounds_east` (all or none).
    pub bounds: Option<Bounds>,
    /// `currency`: the ISO 4217 code prices without one are in (optional).
    pub currency: Option<String>,
}

impl CatalogueSettings {
    /// A catalogue with these settings, the current schema version and no records.
    pub fn catalogue(&self) -> Catalogue {
        Catalogue {
            schema_version: SCHEMA_VERSION,
            name: self.name.clone(),
            demonstration: self.demonstration,
            keeper: self.keeper.clone(),
            time_zone: self.time_zone.clone(),
            centre: self.centre,
            centre_label: self.centre_label.clone(),
            bounds: self.bounds,
            ..Catalogue::default()
        }
    }
}

const SETTING_KEYS: &[&str] = &[
    "name",
    "demonstration",
    "keeper_name",
    "keeper_email",
    "keeper_url",
    "time_zone",
    "time_zone_rule",
    "centre_lat",
    "centre_lon",
    "centre_label",
    "bounds_south",
    "bounds_west",
    "bounds_north",
    "bounds_east",
    "currency",
];

/// Reads `catalogue.csv`: `key,value` rows with the keys of
/// [`CatalogueSettings`]. `name`, `centre_lat` and `centre_lon` are required; a
/// missing time zone means UTC (with a warning).
pub fn read_settings(text: &str) -> (CatalogueSettings, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let mut settings = CatalogueSettings::default();
    let (_, mut problems, missing) = match_columns(&sheet, &["key", "value"], &["key", "value"]);
    if missing.is_some() {
        return (settings, problems);
    }
    let (key_at, value_at) = (sheet.column("key"), sheet.column("value"));
    let mut values: Vec<(&'static str, usize, String)> = Vec::new();
    for row in &sheet.rows {
        let Some(key) = cell(row, key_at) else {
            problems.push(Problem::warning(
                Place::Row {
                    line: row.line,
                    name: None,
                },
                Some("key"),
                "the row has a value but no key, so it is not used",
            ));
            continue;
        };
        let place = Place::Row {
            line: row.line,
            name: Some(key.to_owned()),
        };
        let folded = fold(key);
        let Some(known) = SETTING_KEYS.iter().find(|k| **k == folded) else {
            problems.push(Problem::warning(
                place,
                Some("key"),
                format!(
                    "`{key}` is not a setting; the settings are: {}",
                    SETTING_KEYS.join(", ")
                ),
            ));
            continue;
        };
        if values.iter().any(|(k, _, _)| k == known) {
            problems.push(Problem::warning(
                place,
                Some("key"),
                format!("`{key}` is given twice; the first is used"),
            ));
            continue;
        }
        if let Some(value) = cell(row, value_at) {
            values.push((known, row.line, value.to_owned()));
        }
    }
    let place_of = |key: &str| {
        let line = values
            .iter()
            .find(|(k, _, _)| *k == key)
            .map_or(1, |(_, l, _)| *l);
        Place::Row {
            line,
            name: Some(key.to_owned()),
        }
    };
    let get = |key: &str| {
        values
            .iter()
            .find(|(k, _, _)| *k == key)
            .map(|(_, _, v)| v.clone())
    };
    let missing = |key: &str, problems: &mut Vec<Problem>| {
        problems.push(Problem::error(
            sheet.header_place(),
            Some(key),
            format!("the setting `{key}` is missing: add a row `{key},…`"),
        ));
    };
    match get("name") {
        Some(name) => settings.name = name,
        None => missing("name", &mut problems),
    }
    if let Some(d) = get("demonstration") {
        match parse_bool(&d) {
            Ok(b) => settings.demonstration = b,
            Err(m) => problems.push(Problem::error(place_of("demonstration"), Some("value"), m)),
        }
    }
    match get("keeper_name") {
        Some(name) => settings.keeper.name = name,
        None => problems.push(Problem::warning(
            sheet.header_place(),
            Some("keeper_name"),
            "no `keeper_name`: residents will not see who keeps the catalogue",
        )),
    }
    settings.keeper.email = get("keeper_email");
    settings.keeper.url = get("keeper_url");
    match (get("time_zone"), get("time_zone_rule")) {
        (Some(name), Some(rule)) => match TimeZone::parse_posix(&rule) {
            Ok(rule) => settings.time_zone = TimeZoneSpec { name, rule },
            Err(m) => problems.push(Problem::error(place_of("time_zone_rule"), Some("value"), m)),
        },
        (None, None) => problems.push(Problem::warning(
            sheet.header_place(),
            Some("time_zone"),
            "no `time_zone` and `time_zone_rule`: times are read as UTC",
        )),
        (Some(_), None) => missing("time_zone_rule", &mut problems),
        (None, Some(_)) => missing("time_zone", &mut problems),
    }
    let number = |key: &str, problems: &mut Vec<Problem>| -> Option<f64> {
        let value = get(key)?;
        parse_number(&value)
            .map_err(|m| problems.push(Problem::error(place_of(key), Some("value"), m)))
            .ok()
    };
    match (
        number("centre_lat", &mut problems),
        number("centre_lon", &mut problems),
    ) {
        (Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                problems.push(Problem::error(
                    place_of("centre_lat"),
                    Some("value"),
                    format!("{lat}, {lon} is not a place on earth: latitude and longitude may be swapped"),
                ));
            }
            settings.centre = LatLon { lat, lon };
        }
        (lat, lon) => {
            for (key, value) in [("centre_lat", lat), ("centre_lon", lon)] {
                if value.is_none() && get(key).is_none() {
                    missing(key, &mut problems);
                }
            }
        }
    }
    match get("centre_label") {
        Some(label) => settings.centre_label = label,
        None => problems.push(Problem::warning(
            sheet.header_place(),
            Some("centre_label"),
            "no `centre_label`: distances will not say where they are measured from",
        )),
    }
    let edges = ["bounds_south", "bounds_west", "bounds_north", "bounds_east"];
    let given: Vec<Option<f64>> = edges.iter().map(|k| number(k, &mut problems)).collect();
    match given.as_slice() {
        [Some(south), Some(west), Some(north), Some(east)] => {
            if south >= north || west >= east {
                problems.push(Problem::error(
                    place_of("bounds_south"),
                    Some("value"),
                    "the bounds are empty: south must be below north and west below east",
                ));
            } else {
                settings.bounds = Some(Bounds {
                    south: *south,
                    west: *west,
                    north: *north,
                    east: *east,
                });
            }
        }
        _ if edges.iter().all(|k| get(k).is_none()) => {}
        _ => problems.push(Problem::error(
            sheet.header_place(),
            Some("bounds_south"),
            "give all four bounds (bounds_south, bounds_west, bounds_north, bounds_east) or none",
        )),
    }
    settings.currency = get("currency").map(|c| c.to_ascii_uppercase());
    (settings, problems)
}

/// Reads `skills.csv` (`id,label`). Ids must be lower-case slugs such as
/// `reading-groups`; a skill without a usable id, or a repeated one, is left out.
pub fn read_skills(text: &str) -> (Vec<Skill>, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let (_, mut problems, missing) = match_columns(&sheet, &["id", "label"], &["id", "label"]);
    let mut skills: Vec<Skill> = Vec::new();
    if missing.is_some() {
        return (skills, problems);
    }
    let (id_at, label_at) = (sheet.column("id"), sheet.column("label"));
    for row in &sheet.rows {
        let label = cell(row, label_at);
        let place = Place::Row {
            line: row.line,
            name: label.or(cell(row, id_at)).map(str::to_owned),
        };
        let Some(id) = cell(row, id_at) else {
            problems.push(Problem::error(
                place,
                Some("id"),
                "the skill has no id, so it is left out",
            ));
            continue;
        };
        let slug = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !slug {
            problems.push(Problem::error(
                place,
                Some("id"),
                format!("`{id}` is not a usable id: use lower-case letters, digits and hyphens, such as `{}`", slugify(id)),
            ));
            continue;
        }
        if skills.iter().any(|s| s.id == id) {
            problems.push(Problem::error(
                place,
                Some("id"),
                format!("skill `{id}` is listed twice"),
            ));
            continue;
        }
        let label = match label {
            Some(label) => label.to_owned(),
            None => {
                problems.push(Problem::warning(
                    place,
                    Some("label"),
                    "no label: the id is shown instead",
                ));
                id.to_owned()
            }
        };
        skills.push(Skill {
            id: id.to_owned(),
            label,
        });
    }
    (skills, problems)
}

/// Reads `neighbourhoods.csv` (`id,name,lat,lon,population`; `id`, `name`, `lat`
/// and `lon` required). A neighbourhood without usable coordinates is left out.
pub fn read_neighbourhoods(text: &str) -> (Vec<Neighbourhood>, Vec<Problem>) {
    let sheet = Sheet::parse(text);
    let known = ["id", "name", "lat", "lon", "population"];
    let (columns, mut problems, missing) =
        match_columns(&sheet, &known, &["id", "name", "lat", "lon"]);
    let mut list: Vec<Neighbourhood> = Vec::new();
    if missing.is_some() {
        return (list, problems);
    }
    for rec in Record::from_sheet(&sheet, &columns) {
        let mut row = Row::new(&rec, rec.get("name").or(rec.get("id")));
        let outcome = read_neighbourhood(&mut row, &list);
        problems.append(&mut row.problems);
        match outcome {
            Ok(n) => list.push(n),
            Err((problem, _)) => problems.push(problem),
        }
    }
    (list, problems)
}

fn read_neighbourhood(row: &mut Row, earlier: &[Neighbourhood]) -> Result<Neighbourhood, Failed> {
    let Some(name) = row.get("name") else {
        return Err(row.fail(
            "name",
            "the neighbourhood has no name, so it is left out",
            LeftOutReason::NoTitle,
        ));
    };
    let id = match row.get("id") {
        Some(id) => id.to_owned(),
        None => {
            let id = slugify(name);
            row.warn("id", format!("no id: `{id}`, made from the name, is used"));
            id
        }
    };
    if earlier.iter().any(|n| n.id == id) {
        return Err(row.fail(
            "id",
            format!("neighbourhood `{id}` is listed twice"),
            LeftOutReason::DuplicateId,
        ));
    }
    let Some(centre) = coordinates(row)? else {
        return Err(row.fail(
            "lat",
            "no coordinates, so it is left out",
            LeftOutReason::NoLocation,
        ));
    };
    let population = match row
        .get("population")
        .map(|p| parse_whole::<u32>(p, "a number of people"))
    {
        None => None,
        Some(Ok(n)) => Some(n),
        Some(Err(m)) => {
            row.warn("population", format!("{m}; it is left out"));
            None
        }
    };
    Ok(Neighbourhood {
        id,
        name: name.to_owned(),
        centre,
        outline: Vec::new(),
        population,
    })
}

// ---------------------------------------------------------------------------
// A whole catalogue.

/// What one source file gave: its name, its problems, and the rows left out.
#[derive(Debug, Clone, Default)]
pub struct FileReport {
    /// The file's name, such as `venues.csv`.
    pub file: &'static str,
    /// Every problem in it, in row order within each kind of check.
    pub problems: Vec<Problem>,
    /// The venue and opportunity rows left out, with why (empty for the other files).
    pub left_out: Vec<LeftOut>,
}

/// A catalogue built from the five source files, with each file's report.
#[derive(Debug, Clone)]
pub struct Built {
    /// The catalogue, indexed, at [`SCHEMA_VERSION`].
    pub catalogue: Catalogue,
    /// One report per file, in the order `catalogue.csv`, `skills.csv`,
    /// `neighbourhoods.csv`, `venues.csv`, `opportunities.csv`.
    pub files: Vec<FileReport>,
}

impl Built {
    /// Every problem with the name of the file it is in.
    pub fn problems(&self) -> impl Iterator<Item = (&'static str, &Problem)> {
        self.files
            .iter()
            .flat_map(|f| f.problems.iter().map(move |p| (f.file, p)))
    }

    /// How many errors there are in all the files.
    pub fn error_count(&self) -> usize {
        self.problems().filter(|(_, p)| p.is_error()).count()
    }
}

/// The names of the five source files, in the order [`build_catalogue`] takes them.
pub const SOURCE_FILES: [&str; 5] = [
    "catalogue.csv",
    "skills.csv",
    "neighbourhoods.csv",
    "venues.csv",
    "opportunities.csv",
];

/// Builds a whole catalogue from the texts of `catalogue.csv`, `skills.csv`,
/// `neighbourhoods.csv`, `venues.csv` and `opportunities.csv`. Venues are placed
/// with the neighbourhoods as gazetteer; opportunities refer to the venues and may
/// add inline ones; skills are checked against `skills.csv`. Problems stay with
/// their file. The catalogue is not validated here: run [`learnlocal_core::validate`] on it.
pub fn build_catalogue(
    settings_csv: &str,
    skills_csv: &str,
    neighbourhoods_csv: &str,
    venues_csv: &str,
    opportunities_csv: &str,
) -> Built {
    let [
        settings_file,
        skills_file,
        neighbourhoods_file,
        venues_file,
        opportunities_file,
    ] = SOURCE_FILES;
    let (settings, settings_problems) = read_settings(settings_csv);
    let (skills, skills_problems) = read_skills(skills_csv);
    let (neighbourhoods, neighbourhood_problems) = read_neighbourhoods(neighbourhoods_csv);
    let mut ctx = ImportContext {
        skills: skills.clone(),
        neighbourhoods: neighbourhoods.clone(),
        zone: settings.time_zone.rule.clone(),
        ..ImportContext::default()
    };
    if let Some(currency) = &settings.currency {
        ctx.default_currency = currency.clone();
    }
    let venues = read_venues(venues_csv, &ctx);
    ctx.venues = venues.venues.clone();
    let opportunities = read_opportunities(opportunities_csv, &ctx);
    let mut catalogue = settings.catalogue();
    catalogue.skills = skills;
    catalogue.neighbourhoods = neighbourhoods;
    catalogue.venues = venues.venues;
    catalogue.venues.extend(opportunities.venues);
    catalogue.opportunities = opportunities.opportunities;
    let report = |file, problems| FileReport {
        file,
        problems,
        left_out: Vec::new(),
    };
    Built {
        catalogue,
        files: vec![
            report(settings_file, settings_problems),
            report(skills_file, skills_problems),
            report(neighbourhoods_file, neighbourhood_problems),
            FileReport {
                file: venues_file,
                problems: venues.problems,
                left_out: venues.left_out,
            },
            FileReport {
                file: opportunities_file,
                problems: opportunities.problems,
                left_out: opportunities.left_out,
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::LeftOut;
    use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

    fn t(text: &str) -> Time {
        Time::parse(text).unwrap()
    }

    fn slot(days: &[Weekday], start: &str, end: &str) -> WeeklySlot {
        WeeklySlot {
            days: days.to_vec(),
            start: t(start),
            end: t(end),
        }
    }

    fn venue(id: &str, name: &str, lat: f64, lon: f64) -> Venue {
        Venue {
            id: id.into(),
            name: name.into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon { lat, lon },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        }
    }

    fn messages(import: &Import) -> Vec<String> {
        import.problems.iter().map(ToString::to_string).collect()
    }

    fn reasons(import: &Import) -> Vec<(usize, LeftOutReason)> {
        import
            .left_out
            .iter()
            .map(|LeftOut { place, reason }| match place {
                Place::Row { line, .. } => (*line, *reason),
                _ => (0, *reason),
            })
            .collect()
    }

    /// Opening hours read day ranges, day lists and several entries, and days
    /// with the same times share one slot.
    #[test]
    fn opening_hours_are_grouped_by_time() {
        let cases: Vec<(&str, Vec<WeeklySlot>)> = vec![
            (
                "mo-fr 10:00-17:30;sa 10:00-13:00;tu,th 14:00-20:00",
                vec![
                    slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:30"),
                    slot(&[Sat], "10:00", "13:00"),
                    slot(&[Tue, Thu], "14:00", "20:00"),
                ],
            ),
            (
                "mo 09:00-12:00; we 09:00-12:00",
                vec![slot(&[Mon, Wed], "09:00", "12:00")],
            ),
            (
                "fr-mo 10:00-14:00",
                vec![slot(&[Mon, Fri, Sat, Sun], "10:00", "14:00")],
            ),
            (
                "Monday 09:00-13:00,14:00-17:00",
                vec![
                    slot(&[Mon], "09:00", "13:00"),
                    slot(&[Mon], "14:00", "17:00"),
                ],
            ),
            ("su 22:00–02:00", vec![slot(&[Sun], "22:00", "02:00")]),
            ("", vec![]),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_opening_hours(text), Ok(expected), "{text}");
        }
    }

    /// Mistakes in opening hours are explained in plain words, times with the
    /// messages of `Time::parse`.
    #[test]
    fn opening_hours_mistakes_are_explained() {
        let cases = [
            ("mo 10:00-25:00", Time::parse("25:00").unwrap_err().into()),
            ("mo 10.00-12:00", Time::parse("10.00").unwrap_err().into()),
            (
                "xx 10:00-11:00",
                "`xx` is not a day of the week: use mo, tu, we, th, fr, sa or su".to_owned(),
            ),
            (
                "mo",
                "`mo` does not give days and times: write it like mo-fr 10:00-17:30".to_owned(),
            ),
            (
                "mo 10:00",
                "`10:00` is not a time range: write it like 10:00-17:30".to_owned(),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_opening_hours(text), Err(expected), "{text}");
        }
    }

    /// Numbers need a dot, and yes/no cells accept the usual spellings.
    #[test]
    fn numbers_and_yes_no() {
        assert_eq!(parse_number(" 51.9 "), Ok(51.9));
        assert_eq!(
            parse_number("51,9"),
            Err("`51,9` is not a number, use a dot".to_owned())
        );
        assert_eq!(parse_number("inf"), Err("`inf` is not a number".to_owned()));
        assert_eq!(
            parse_number("north"),
            Err("`north` is not a number".to_owned())
        );
        for yes in ["yes", "YES", "y", "True", "1"] {
            assert_eq!(parse_bool(yes), Ok(true), "{yes}");
        }
        for no in ["no", "N", "false", "0"] {
            assert_eq!(parse_bool(no), Ok(false), "{no}");
        }
        assert_eq!(
            parse_bool("maybe"),
            Err("`maybe` is not yes or no".to_owned())
        );
    }

    const VENUES: &str = "\
ID,Name,Address,Postcode,Neighbourhood,Lat,Lon,Step_free,Accessible_toilet,Accessible_parking,Public_transport,Opening_hours,Phone,URL,Colour
cork-city-library,Cork City Library,\"57-61 Grand Parade, Cork\",T12 NT99,centre,51.8968,-8.4747,yes,Y,no,true,mo-fr 10:00-17:30;sa 10:00-13:00,+353 21 492 4900,https://www.corkcitylibraries.ie,blue
central,Central Library,,,,\"51,9\",-8.47,,,,,,,,
swapped,Swapped Hall,,,,-8.47,251.9,,,,,,,,
swapped2,Sydney Hall,,,,151.2,-33.8,,,,,,,,
blackpool-library,Blackpool Library,,T23 X1Y2,,,,yes,maybe,,,mo 25:00-26:00,,,
nowhere,Nowhere Hall,,,,,,,,,,,,,
cork-city-library,Cork City Library again,,,,51.8,-8.4,,,,,,,,
";

    /// Venues keep every value of their row; bad coordinates, unknown places and
    /// repeated ids leave a venue out with a message naming row, name and column.
    #[test]
    fn venues_are_read_or_explained() {
        let ctx = ImportContext {
            venues: vec![Venue {
                postcode: Some("T23X1Y2".into()),
                ..venue("old-blackpool", "Blackpool Branch", 51.91, -8.46)
            }],
            ..ImportContext::default()
        };
        let import = read_venues(VENUES, &ctx);
        let cork = import.venues.first().unwrap();
        assert_eq!(
            cork,
            &Venue {
                id: "cork-city-library".into(),
                name: "Cork City Library".into(),
                address: Some("57-61 Grand Parade, Cork".into()),
                postcode: Some("T12 NT99".into()),
                neighbourhood: Some("centre".into()),
                location: LatLon {
                    lat: 51.8968,
                    lon: -8.4747
                },
                accessibility: vec![
                    VenueAccess::StepFree,
                    VenueAccess::AccessibleToilet,
                    VenueAccess::PublicTransport
                ],
                opening_hours: vec![
                    slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:30"),
                    slot(&[Sat], "10:00", "13:00")
                ],
                url: Some("https://www.corkcitylibraries.ie".into()),
                phone: Some("+353 21 492 4900".into()),
            }
        );
        // Placed by its postcode, at the known venue; the bad hours are dropped.
        let blackpool = import.venues.get(1).unwrap();
        assert_eq!(blackpool.id, "blackpool-library");
        assert_eq!(
            blackpool.location,
            LatLon {
                lat: 51.91,
                lon: -8.46
            }
        );
        assert_eq!(blackpool.accessibility, vec![VenueAccess::StepFree]);
        assert!(blackpool.opening_hours.is_empty());
        assert_eq!(import.venues.len(), 2);
        assert_eq!(
            reasons(&import),
            vec![
                (3, LeftOutReason::BadValue),
                (4, LeftOutReason::BadValue),
                (5, LeftOutReason::BadValue),
                (7, LeftOutReason::NoLocation),
                (8, LeftOutReason::DuplicateId),
            ]
        );
        let messages = messages(&import);
        for expected in [
            "warning: row 1, column `Colour`: column `Colour` is not used",
            "error: row 3 (Central Library), column `Lat`: `51,9` is not a number, use a dot",
            "error: row 4 (Swapped Hall), column `Lon`: `251.9` is not a longitude: longitudes go from -180 to 180",
            "error: row 5 (Sydney Hall), column `Lat`: `151.2` is not a latitude (they go from -90 to 90), but the longitude `-33.8` could be one: latitude and longitude may be swapped",
            "warning: row 6 (Blackpool Library), column `Accessible_toilet`: `maybe` is not yes or no, so it is left out",
            "warning: row 6 (Blackpool Library), column `Opening_hours`: `25:00` is not a time of day: hours go from 00 to 23; the opening hours are left out",
            "warning: row 6 (Blackpool Library), column `Lat`: no coordinates: placed at 51.91000, -8.46000, where a known place with its name or postcode is",
            "error: row 7 (Nowhere Hall), column `Lat`: no coordinates, and no known venue or neighbourhood is called `Nowhere Hall`",
            "error: row 8 (Cork City Library again), column `ID`: id `cork-city-library` is already used by an earlier row",
        ] {
            assert!(
                messages.contains(&expected.to_owned()),
                "{expected}\nin {messages:#?}"
            );
        }
        assert_eq!(messages.len(), 9, "{messages:#?}");
    }

    /// A missing required column is one error for the whole file, and every row
    /// is still accounted for as left out.
    #[test]
    fn missing_required_column_is_one_error() {
        let import = read_venues(
            "id,title,lat,lon\na,A,1,1\nb,B,2,2\n",
            &ImportContext::default(),
        );
        assert_eq!(
            messages(&import),
            vec![
                "warning: row 1, column `title`: column `title` is not used",
                "error: row 1, column `name`: column `name` is missing; the header has: id, title, lat, lon",
            ]
        );
        assert_eq!(
            reasons(&import),
            vec![
                (2, LeftOutReason::Unreadable),
                (3, LeftOutReason::Unreadable)
            ]
        );
        let import = read_opportunities("id,kind,name\nx,course,Y\n", &ImportContext::default());
        assert_eq!(
            messages(&import).last().unwrap(),
            "error: row 1, column `title`: column `title` is missing; the header has: id, kind, name"
        );
        assert_eq!(reasons(&import), vec![(2, LeftOutReason::NoTitle)]);
    }

    fn cork_ctx() -> ImportContext {
        ImportContext {
            skills: vec![
                Skill {
                    id: "digital".into(),
                    label: "Computers and phones".into(),
                },
                Skill {
                    id: "languages".into(),
                    label: "Languages".into(),
                },
            ],
            venues: vec![Venue {
                opening_hours: vec![slot(&[Mon, Tue], "09:00", "17:00")],
                ..venue("cork-city-library", "Cork City Library", 51.8968, -8.4747)
            }],
            source: "test sheet".into(),
            ..ImportContext::default()
        }
    }

    /// Every column of a full row reaches the opportunity.
    #[test]
    fn opportunity_row_is_read_whole() {
        let text = "\
id,kind,title,summary,description,skills,level,audience,age_min,age_max,languages,mode,venue,provider,provider_url,provider_phone,provider_email,start_date,end_date,days,start_time,end_time,interval_weeks,dates,except,free,price,currency,concessions,session_access,booking,booking_phone,booking_email,booking_url,verified,source,url
cork-006,Course,Email basics,Set up email.,Longer text.,digital;Languages;knitting,Beginner,adults;older people,18,,EN;pl,in person,cork-city-library,Cork City Libraries,https://p.example,021 1,p@example.ie,2026-09-14,2026-12-14,mo;we,10:00,12:00,2,2026-12-20,2026-10-26,no,40.00,,Free for jobseekers;Half price for students,hearing_loop;large_print,phone;web,021 2,b@example.ie,https://book.example,2026-08-01,,https://o.example
";
        let import = read_opportunities(text, &cork_ctx());
        assert_eq!(
            messages(&import),
            vec![
                "warning: row 2 (Email basics), column `skills`: `knitting` is not in the skills taxonomy, so the skill filter will not find it"
            ]
        );
        let o = import.opportunities.first().unwrap();
        let mut expected =
            Opportunity::new("cork-006", Kind::Course, "Email basics", "Set up email.");
        expected.description = Some("Longer text.".into());
        expected.skills = vec!["digital".into(), "languages".into(), "knitting".into()];
        expected.level = Level::Beginner;
        expected.audience = vec![Audience::Adults, Audience::OlderPeople];
        expected.age = Some(AgeRange {
            min: Some(18),
            max: None,
        });
        expected.languages = vec!["en".into(), "pl".into()];
        expected.venue = Some("cork-city-library".into());
        expected.provider = Some(Provider {
            name: "Cork City Libraries".into(),
            url: Some("https://p.example".into()),
            phone: Some("021 1".into()),
            email: Some("p@example.ie".into()),
        });
        expected.schedule = Schedule {
            start_date: Some(Date::parse("2026-09-14").unwrap()),
            end_date: Some(Date::parse("2026-12-14").unwrap()),
            weekly: vec![slot(&[Mon, Wed], "10:00", "12:00")],
            interval_weeks: 2,
            dates: vec![DatedSlot {
                date: Date::parse("2026-12-20").unwrap(),
                start: t("10:00"),
                end: t("12:00"),
            }],
            except: vec![Date::parse("2026-10-26").unwrap()],
        };
        expected.cost = Cost {
            free: false,
            prices: vec![Price {
                amount: 40.0,
                currency: "EUR".into(),
                label: None,
            }],
            concessions: vec![
                "Free for jobseekers".into(),
                "Half price for students".into(),
            ],
        };
        expected.access = vec![SessionAccess::HearingLoop, SessionAccess::LargePrint];
        expected.booking = Booking {
            how: vec![JoinMethod::Phone, JoinMethod::Web],
            phone: Some("021 2".into()),
            email: Some("b@example.ie".into()),
            url: Some("https://book.example".into()),
            note: None,
        };
        expected.verified = Some(Date::parse("2026-08-01").unwrap());
        expected.source = Some("test sheet".into());
        expected.url = Some("https://o.example".into());
        assert_eq!(o, &expected);
        assert!(import.left_out.is_empty());
    }

    /// Rows that cannot be used are left out with the reason and a message
    /// naming row, title and column; dates and times use the parsers' messages.
    #[test]
    fn unusable_opportunity_rows_are_explained() {
        let header =
            "id,kind,title,venue,mode,days,start_time,end_time,start_date,dates,interval_weeks";
        let cases = [
            (
                "a,course,Bad date,cork-city-library,,,,,2026-02-30,,",
                LeftOutReason::BadDate,
                format!(
                    "error: row 2 (Bad date), column `start_date`: {}",
                    Date::parse("2026-02-30").unwrap_err()
                ),
            ),
            (
                "a,course,Bad one-off,cork-city-library,,,10:00,11:00,,2026-10-04;04/10/2026,",
                LeftOutReason::BadDate,
                format!(
                    "error: row 2 (Bad one-off), column `dates`: {}",
                    Date::parse("04/10/2026").unwrap_err()
                ),
            ),
            (
                "a,course,Bad time,cork-city-library,,mo,9am,11:00,,,",
                LeftOutReason::BadTime,
                format!(
                    "error: row 2 (Bad time), column `start_time`: {}",
                    Time::parse("9am").unwrap_err()
                ),
            ),
            (
                "a,course,No end,cork-city-library,,mo,10:00,,,,",
                LeftOutReason::BadTime,
                "error: row 2 (No end), column `end_time`: days or dates are given but no `end_time`".to_owned(),
            ),
            (
                "a,course,Bad day,cork-city-library,,mo;funday,10:00,11:00,,,",
                LeftOutReason::BadValue,
                "error: row 2 (Bad day), column `days`: `funday` is not a day of the week: use mo, tu, we, th, fr, sa or su".to_owned(),
            ),
            (
                "a,course,Every 0 weeks,cork-city-library,,mo,10:00,11:00,,,0",
                LeftOutReason::BadValue,
                "error: row 2 (Every 0 weeks), column `interval_weeks`: `0` is not a number of weeks: use 1 for every week, 2 for every other week".to_owned(),
            ),
            (
                "a,course,Lost,atlantis,,,,,,,",
                LeftOutReason::NoLocation,
                "error: row 2 (Lost), column `venue`: venue `atlantis` is not a known venue id".to_owned(),
            ),
            (
                "a,course,Placeless,,,,,,,,",
                LeftOutReason::NoLocation,
                "error: row 2 (Placeless), column `venue`: no venue is given, so nobody can find where it is: give a venue, the place's name and coordinates, or set `mode` to online".to_owned(),
            ),
            (
                "a,workshop,Odd kind,cork-city-library,,,,,,,",
                LeftOutReason::BadValue,
                "error: row 2 (Odd kind), column `kind`: `workshop` is not one of course, library, activity".to_owned(),
            ),
            (
                "a,course,Odd mode,cork-city-library,by post,,,,,,",
                LeftOutReason::BadValue,
                "error: row 2 (Odd mode), column `mode`: `by post` is not one of in_person, online, blended".to_owned(),
            ),
            (
                "a,course,,cork-city-library,,,,,,,",
                LeftOutReason::NoTitle,
                "error: row 2 (a), column `title`: the row has no title".to_owned(),
            ),
        ];
        for (row, reason, message) in cases {
            let import = read_opportunities(&format!("{header}\n{row}\n"), &cork_ctx());
            assert!(import.opportunities.is_empty(), "{row}");
            assert_eq!(reasons(&import), vec![(2, reason)], "{row}");
            assert_eq!(messages(&import), vec![message], "{row}");
        }
    }

    /// Suspicious but harmless values are dropped with a warning and the row kept.
    #[test]
    fn odd_values_warn_and_keep_the_row() {
        let text = "\
id,kind,title,mode,level,audience,languages,free,price,age_min,booking,verified,provider_url
x,activity,Odd values,online,expert,children;aliens,english,perhaps,\"12,50\",-3,pigeon,yesterday,https://p.example
";
        let import = read_opportunities(text, &ImportContext::default());
        let o = import.opportunities.first().unwrap();
        assert_eq!((o.mode, o.level), (Mode::Online, Level::None));
        assert_eq!(o.audience, vec![Audience::Children]);
        assert!(o.languages.is_empty() && o.cost.is_unknown() && o.age.is_none());
        assert!(o.booking.how.is_empty() && o.verified.is_none() && o.provider.is_none());
        assert_eq!(import.problems.len(), 9, "{:#?}", messages(&import));
        assert!(import.problems.iter().all(|p| !p.is_error()));
        assert!(messages(&import).contains(
            &"warning: row 2 (Odd values), column `price`: `12,50` is not a number, use a dot: write the amount only, such as 40.00, and the currency in `currency`; the price is left out".to_owned()
        ));
    }

    /// Inline place columns make a venue `<id>-venue`, reused by later rows and
    /// found among known venues by name; a library takes its venue's hours.
    #[test]
    fn inline_venues_are_made_or_reused() {
        let text = "\
id,kind,title,venue_name,address,lat,lon,step_free,opening_hours,currency,price,mode,skills
hall-1,activity,Chess club,Glen Hall,The Glen,51.9133,-8.459,yes,,,5,,
hall-2,activity,Knitting circle,glen hall,,,,,,GBP,3.50,,
lib-1,library,Cork City Library,Cork City Library,,,,,,,,,
lib-2,library,Hollyhill Library,,Hollyhill,51.913,-8.5112,,mo-fr 10:00-17:00;sa 10:00-13:00,,,,
online-1,activity,Online maths,Nowhere Hall,,,,,,,,online,
";
        let import = read_opportunities(text, &cork_ctx());
        assert!(import.left_out.is_empty(), "{:#?}", messages(&import));
        let venue_of = |id: &str| {
            import
                .opportunities
                .iter()
                .find(|o| o.id == id)
                .and_then(|o| o.venue.clone())
        };
        assert_eq!(venue_of("hall-1").as_deref(), Some("hall-1-venue"));
        assert_eq!(venue_of("hall-2").as_deref(), Some("hall-1-venue"));
        assert_eq!(venue_of("lib-1").as_deref(), Some("cork-city-library"));
        assert_eq!(venue_of("lib-2").as_deref(), Some("lib-2-venue"));
        assert_eq!(venue_of("online-1"), None);
        let ids: Vec<&str> = import.venues.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(ids, vec!["hall-1-venue", "lib-2-venue"]);
        let hall = import.venues.first().unwrap();
        assert_eq!(
            (
                hall.name.as_str(),
                hall.address.as_deref(),
                &hall.accessibility
            ),
            ("Glen Hall", Some("The Glen"), &vec![VenueAccess::StepFree])
        );
        let lib = |id: &str| import.opportunities.iter().find(|o| o.id == id).unwrap();
        assert_eq!(
            lib("lib-1").schedule.weekly,
            vec![slot(&[Mon, Tue], "09:00", "17:00")]
        );
        assert_eq!(
            lib("lib-2").schedule.weekly,
            vec![
                slot(&[Mon, Tue, Wed, Thu, Fri], "10:00", "17:00"),
                slot(&[Sat], "10:00", "13:00")
            ]
        );
        assert_eq!(lib("hall-2").cost.prices.first().unwrap().currency, "GBP");
        assert_eq!(
            messages(&import),
            vec![
                "warning: row 6 (Online maths), column `lat`: no coordinates, and no known venue or neighbourhood is called `Nowhere Hall`; it is listed online only"
            ]
        );
    }

    /// Ids repeat across rows only once; a missing id is made from the title.
    #[test]
    fn ids_are_unique_and_made_when_missing() {
        let text = "id,kind,title,mode\nx,course,First,online\nx,course,Second,online\n,course,Café Irish,online\n";
        let import = read_opportunities(text, &ImportContext::default());
        let ids: Vec<&str> = import.opportunities.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, vec!["x", "cafe-irish"]);
        assert_eq!(reasons(&import), vec![(3, LeftOutReason::DuplicateId)]);
        assert_eq!(
            messages(&import).last().unwrap(),
            "warning: row 4 (Café Irish), column `id`: no id: `cafe-irish`, made from the title, is used"
        );
    }

    const SETTINGS: &str = "\
key,value
name,Cork learning opportunities (demonstration)
demonstration,yes
keeper_name,LearnLocal demo keeper
keeper_email,catalogue@example.ie
time_zone,Europe/Dublin
time_zone_rule,\"GMT0IST,M3.5.0/1,M10.5.0\"
centre_lat,51.8985
centre_lon,-8.4756
centre_label,Cork city centre (Patrick Street)
bounds_south,51.84
bounds_west,-8.65
bounds_north,51.95
bounds_east,-8.33
";

    /// The settings file fills every header field of the catalogue.
    #[test]
    fn settings_are_read() {
        let (settings, problems) = read_settings(SETTINGS);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(
            settings,
            CatalogueSettings {
                name: "Cork learning opportunities (demonstration)".into(),
                demonstration: true,
                keeper: Keeper {
                    name: "LearnLocal demo keeper".into(),
                    email: Some("catalogue@example.ie".into()),
                    url: None,
                },
                time_zone: TimeZoneSpec {
                    name: "Europe/Dublin".into(),
                    rule: TimeZone::parse_posix("GMT0IST,M3.5.0/1,M10.5.0").unwrap(),
                },
                centre: LatLon {
                    lat: 51.8985,
                    lon: -8.4756
                },
                centre_label: "Cork city centre (Patrick Street)".into(),
                bounds: Some(Bounds {
                    south: 51.84,
                    west: -8.65,
                    north: 51.95,
                    east: -8.33
                }),
                currency: None,
            }
        );
    }

    /// Settings mistakes name the key's row and say what to do.
    #[test]
    fn settings_mistakes() {
        let text = "key,value\ncentre_lat,\"51,8\"\ncolour,blue\ntime_zone,Mars/Base\ntime_zone_rule,nonsense\nbounds_south,1\n";
        let (_, problems) = read_settings(text);
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let rule_error = TimeZone::parse_posix("nonsense").unwrap_err();
        for expected in [
            "warning: row 3 (colour), column `key`: `colour` is not a setting; the settings are: name, demonstration, keeper_name, keeper_email, keeper_url, time_zone, time_zone_rule, centre_lat, centre_lon, centre_label, bounds_south, bounds_west, bounds_north, bounds_east, currency".to_owned(),
            "error: row 1, column `name`: the setting `name` is missing: add a row `name,…`".to_owned(),
            format!("error: row 5 (time_zone_rule), column `value`: {rule_error}"),
            "error: row 2 (centre_lat), column `value`: `51,8` is not a number, use a dot".to_owned(),
            "error: row 1, column `centre_lon`: the setting `centre_lon` is missing: add a row `centre_lon,…`".to_owned(),
            "error: row 1, column `bounds_south`: give all four bounds (bounds_south, bounds_west, bounds_north, bounds_east) or none".to_owned(),
        ] {
            assert!(messages.contains(&expected), "{expected}\nin {messages:#?}");
        }
    }

    /// Skills need slug ids, once each; neighbourhoods need coordinates.
    #[test]
    fn skills_and_neighbourhoods() {
        let (skills, problems) = read_skills(
            "id,label\ndigital,Computers and phones\nReading Groups,Reading groups\ndigital,Again\nmusic,\n",
        );
        assert_eq!(
            skills,
            vec![
                Skill {
                    id: "digital".into(),
                    label: "Computers and phones".into()
                },
                Skill {
                    id: "music".into(),
                    label: "music".into()
                }
            ]
        );
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "error: row 3 (Reading groups), column `id`: `Reading Groups` is not a usable id: use lower-case letters, digits and hyphens, such as `reading-groups`",
                "error: row 4 (Again), column `id`: skill `digital` is listed twice",
                "warning: row 5 (music), column `label`: no label: the id is shown instead",
            ]
        );
        let (list, problems) = read_neighbourhoods(
            "id,name,lat,lon,population\nblackpool,Blackpool,51.9105,-8.4636,\"12,345\"\nglen,The Glen,,,\n",
        );
        assert_eq!(
            list,
            vec![Neighbourhood {
                id: "blackpool".into(),
                name: "Blackpool".into(),
                centre: LatLon {
                    lat: 51.9105,
                    lon: -8.4636
                },
                outline: vec![],
                population: Some(12345),
            }]
        );
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec!["error: row 3 (The Glen), column `lat`: no coordinates, so it is left out"]
        );
    }

    /// Five small files make one catalogue, indexed, with problems kept per file.
    #[test]
    fn build_assembles_a_catalogue() {
        let built = build_catalogue(
            SETTINGS,
            "id,label\ndigital,Computers and phones\nreading-groups,Reading groups\n",
            "id,name,lat,lon,population\nblackpool,Blackpool,51.9105,-8.4636,\n",
            "id,name,neighbourhood,lat,lon\nblackpool-library,Blackpool Library,blackpool,51.9105,-8.4636\nglen-hall,Glen Hall,,,\n",
            "id,kind,title,summary,venue,skills,free,days,start_time,end_time,venue_name\n\
             c1,course,Email basics,Learn email.,blackpool-library,Computers and phones,yes,tu,10:00,12:00,\n\
             c2,activity,Book club,Talk books.,,reading-groups,yes,th,18:00,19:00,Blackpool\n\
             c3,library,Blackpool Library,Books.,blackpool-library,reading-groups,yes,,,,\n",
        );
        let c = &built.catalogue;
        assert_eq!(c.schema_version, SCHEMA_VERSION);
        assert_eq!(c.name, "Cork learning opportunities (demonstration)");
        assert_eq!(c.skills.len(), 2);
        let venues: Vec<&str> = c.venues.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(venues, vec!["blackpool-library", "c2-venue"]);
        // The book club's place is the Blackpool neighbourhood, found by name.
        assert_eq!(
            c.venue("c2-venue").map(|v| v.location),
            Some(LatLon {
                lat: 51.9105,
                lon: -8.4636
            })
        );
        let o = c.opportunity("c1").unwrap();
        assert_eq!(o.skills, vec!["digital"]);
        assert_eq!(
            c.venue_of(o).map(|v| v.name.as_str()),
            Some("Blackpool Library")
        );
        let problems: Vec<(&str, String)> =
            built.problems().map(|(f, p)| (f, p.to_string())).collect();
        assert_eq!(
            problems,
            vec![
                (
                    "venues.csv",
                    "error: row 3 (Glen Hall), column `lat`: no coordinates, and no known venue or neighbourhood is called `Glen Hall`".to_owned()
                ),
                (
                    "opportunities.csv",
                    "warning: row 3 (Book club): no coordinates: placed at 51.91050, -8.46360, where a known place with its name or postcode is".to_owned()
                ),
            ]
        );
        assert_eq!(built.error_count(), 1);
        let venue_report = built.files.get(3).unwrap();
        assert_eq!(venue_report.file, "venues.csv");
        assert_eq!(venue_report.left_out.len(), 1);
    }

    /// The demo catalogue's sources in `data/sources/` build with no errors.
    #[test]
    fn demo_sources_build_without_errors() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/sources/");
        let read = |name: &str| {
            std::fs::read_to_string(format!("{dir}{name}"))
                .unwrap_or_else(|e| panic!("{dir}{name}: {e}"))
        };
        let [a, b, c, d, e] = SOURCE_FILES.map(read);
        let built = build_catalogue(&a, &b, &c, &d, &e);
        let errors: Vec<String> = built
            .problems()
            .filter(|(_, p)| p.is_error())
            .map(|(f, p)| format!("{f}: {p}"))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let c = &built.catalogue;
        assert!(!c.name.is_empty());
        assert!(!c.opportunities.is_empty() && !c.venues.is_empty() && !c.skills.is_empty());
        for o in &c.opportunities {
            if let Some(id) = &o.venue {
                assert!(c.venue(id).is_some(), "{} refers to {id}", o.id);
            }
        }
    }

    /// Hostile inputs never make a reader panic.
    #[test]
    fn hostile_inputs_do_not_panic() {
        let mut inputs: Vec<String> = vec![
            String::new(),
            "\u{feff}".into(),
            "id,kind,title\n".into(),
            "id,kind,title\n\"unterminated,course,x\n".into(),
            "\"".into(),
            ",,,,\n,,,\n".into(),
            format!("id,kind,title,days,start_time,end_time,lat,lon,venue_name\nx,course,{},mo-su;{},24:00,00:00,1e308,-1e308,é\n", "[".repeat(10_000), "su-mo,".repeat(1000)),
            "id,kind,title,price,age_min,interval_weeks,lat,lon,venue_name\nx,course,T,99999999999999999999999,300,999,NaN,inf,V\n".into(),
            "id,kind,title,dates,start_time,end_time,mode\nx,course,T,0000-01-01;9999-12-31;10000-01-01,24:00,24:00,online\n".into(),
            "id,name,lat,lon,opening_hours\nv,V,90,180,mo-mo 00:00-24:00;-;--;mo- 1-2;é 10:00–\n".into(),
            "key,value\ntime_zone,x\ntime_zone_rule,\u{0}\ncentre_lat,-0\nbounds_south,1e400\n".into(),
            String::from_utf8_lossy(b"id,kind,title\n\xff\xfe,\xc3,\xe2\x82\n").into_owned(),
        ];
        // Random bytes from a fixed seed, mostly CSV punctuation and digits to
        // reach deep into the readers, as text with invalid UTF-8 replaced.
        let alphabet = b",;\n\"-:. 0123456789moyesa\r\xc3\xa9";
        inputs.extend(crate::random_texts(
            0x9E37_79B9_7F4A_7C15,
            200,
            300,
            alphabet,
        ));
        let headers = [
            OPPORTUNITY_COLUMNS.join(","),
            VENUE_COLUMNS.join(","),
            INLINE_VENUE_COLUMNS.join(",") + ",id,kind,title",
        ];
        let ctx = cork_ctx();
        for input in &inputs {
            let mut texts = vec![input.clone()];
            texts.extend(headers.iter().map(|h| format!("{h}\n{input}")));
            for text in &texts {
                let import = read_opportunities(text, &ctx);
                // Nothing is dropped silently: every data row is kept or left out.
                let rows = Sheet::parse(text).rows.len();
                assert_eq!(
                    import.opportunities.len() + import.left_out.len(),
                    rows,
                    "{text:?}"
                );
                read_venues(text, &ctx);
                read_settings(text);
                read_skills(text);
                read_neighbourhoods(text);
                build_catalogue(text, text, text, text, text);
            }
        }
    }
}
