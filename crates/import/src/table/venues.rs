//! `venues.csv`, and the venue columns every opportunity row may have: a venue's
//! coordinates (or its place found through the gazetteer), opening hours and
//! access features.
//!
//! Must never place a venue by guessing: without coordinates it is found by name
//! or postcode through the context, or left out.

use super::sheet::{Failed, Record, Row, Sheet, leave_out_all, match_columns};
use super::values::{parse_bool, parse_number, parse_opening_hours};
use super::{ACCESS_COLUMNS, VENUE_COLUMNS};
use crate::{Import, ImportContext, LeftOutReason};
use learnlocal_core::catalogue::{LatLon, Venue};
use learnlocal_core::problem::Problem;
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::text::slugify;
use std::collections::HashSet;

/// Reads the coordinates of a row: `None` when neither is given (or both are 0).
pub(super) fn coordinates(row: &mut Row) -> Result<Option<LatLon>, Failed> {
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
    let lat_n = parse_number(lat).map_err(|m| bad(row, "lat", m.to_string()))?;
    let lon_n = parse_number(lon).map_err(|m| bad(row, "lon", m.to_string()))?;
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
pub(super) fn opening_hours(row: &mut Row) -> Vec<WeeklySlot> {
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
pub(super) fn locate(row: &mut Row, name: &str, ctx: &ImportContext) -> Result<LatLon, Failed> {
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
pub(super) fn venue_from_row(
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
    sheet.leave_out_unreadable(&mut import);
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

pub(super) fn read_venue(
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
