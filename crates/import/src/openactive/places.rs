//! Where an OpenActive item happens: its `location` (a schema.org `Place`, a
//! name, or a virtual location) as a known or new venue, with coordinates,
//! address, opening hours and building accessibility.
//!
//! Must never place a venue by guessing: a place without coordinates is found by
//! name or postcode through the context, or the item is left out.

use super::Object;
use super::model::{
    Item, Location, VenueChoice, as_text, id_text, is_true, label, last_segment, number,
    type_names, values,
};
use super::reader::Reader;
use super::schedules::add_day;
use crate::LeftOutReason;
use crate::record::{Fail, Rec};
use crate::vocab::{access_named, id_part, is_about_access, read_access_text};
use learnlocal_core::catalogue::{LatLon, Venue, VenueAccess};
use learnlocal_core::schedule::WeeklySlot;
use learnlocal_core::text::fold;
use learnlocal_core::time::Time;
use serde_json::Value;

impl<'a> Reader<'a, '_> {
    /// The first physical location, and the path to it.
    pub(super) fn physical_location(&self, item: Item<'a>) -> Option<Location<'a>> {
        let (value, path) = item.get("location")?;
        let one = |v: &'a Value, path: String| match v {
            Value::String(s) if !self.ids.contains_key(s.trim()) => {
                as_text(v).map(|name| Location::Name(name, path))
            }
            other => {
                let place = self.object(other).filter(|o| !is_virtual(o))?;
                Some(Location::Place(place, path))
            }
        };
        match value {
            Value::Array(list) => list
                .iter()
                .enumerate()
                .find_map(|(i, v)| one(v, format!("{path}[{i}]"))),
            other => one(other, path),
        }
    }

    /// A venue from a place known only by its name.
    pub(super) fn venue_from_name(
        &self,
        rec: &Rec,
        name: &str,
        path: &str,
    ) -> Result<VenueChoice, Fail> {
        let name = name.trim();
        if let Some(v) = self.ctx.venue_named(Some(name), None) {
            return Ok(VenueChoice::Known(v.id.clone()));
        }
        match self.ctx.locate(Some(name), None) {
            Some(location) => Ok(VenueChoice::New(Box::new(Venue {
                id: format!("oa-{}", id_part(name)),
                name: name.to_owned(),
                address: None,
                postcode: None,
                neighbourhood: None,
                location,
                accessibility: Vec::new(),
                opening_hours: Vec::new(),
                url: None,
                phone: None,
            }))),
            None => Err(rec.fail(
                path,
                format!(
                    "`{name}` has no coordinates and is not a venue or neighbourhood the catalogue knows"
                ),
                LeftOutReason::NoLocation,
            )),
        }
    }

    /// A venue from a schema.org `Place` (or a `PostalAddress` used as one).
    /// `path` is where it is in the item ("" for a Place item itself).
    pub(super) fn venue_from_place(
        &self,
        rec: &mut Rec,
        place: &'a Object,
        path: &str,
    ) -> Result<VenueChoice, Fail> {
        let at = |key: &str| {
            if path.is_empty() {
                key.to_owned()
            } else {
                format!("{path}.{key}")
            }
        };
        let text = |k: &str| place.get(k).and_then(as_text);
        let is_address = type_names(place).contains(&"PostalAddress");
        let address_object = if is_address {
            Some(place)
        } else {
            place.get("address").and_then(|a| self.object(a))
        };
        let (address, postcode) = match address_object {
            Some(a) => postal_address(a),
            None => (
                place.get("address").and_then(as_text).map(str::to_owned),
                None,
            ),
        };
        let name = text("name").map(str::to_owned).or_else(|| address.clone());
        let coordinates = self.coordinates(rec, place, &at("geo"));
        let location = match coordinates {
            Some(location) => location,
            None => {
                if let Some(v) = self.ctx.venue_named(name.as_deref(), postcode.as_deref()) {
                    return Ok(VenueChoice::Known(v.id.clone()));
                }
                match self.ctx.locate(name.as_deref(), postcode.as_deref()) {
                    Some(location) => {
                        rec.warn(
                            &at("geo"),
                            "no coordinates: placed at the centre of the neighbourhood of the same name",
                        );
                        location
                    }
                    None => {
                        let what = name
                            .as_deref()
                            .map_or_else(|| "The place".to_owned(), |n| format!("`{n}`"));
                        return Err(rec.fail(
                            &at("geo"),
                            format!(
                                "{what} has no `geo` latitude and longitude and is not a venue or neighbourhood the catalogue knows"
                            ),
                            LeftOutReason::NoLocation,
                        ));
                    }
                }
            }
        };
        let name = name.unwrap_or_else(|| {
            rec.warn(
                &at("name"),
                "the place has no name; named by its coordinates",
            );
            format!("Place at {:.5}, {:.5}", location.lat, location.lon)
        });
        let id_source = ["@id", "id"]
            .iter()
            .find_map(|k| place.get(*k).and_then(id_text))
            .map(|id| last_segment(&id).to_owned())
            .unwrap_or_else(|| name.clone());
        let mut venue = Venue {
            id: format!("oa-{}", id_part(&id_source)),
            name,
            address,
            postcode,
            neighbourhood: None,
            location,
            accessibility: Vec::new(),
            opening_hours: opening_hours(rec, place, &at("openingHoursSpecification")),
            url: text("url").map(str::to_owned),
            phone: text("telephone").map(str::to_owned),
        };
        venue.accessibility = place_access(rec, place, path);
        Ok(VenueChoice::New(Box::new(venue)))
    }

    /// `geo` latitude and longitude (or the place's own), checked.
    pub(super) fn coordinates(
        &self,
        rec: &mut Rec,
        place: &'a Object,
        path: &str,
    ) -> Option<LatLon> {
        let geo = place
            .get("geo")
            .and_then(|g| self.object(g))
            .unwrap_or(place);
        let lat = geo.get("latitude")?;
        let lon = geo.get("longitude")?;
        let (Some(lat_n), Some(lon_n)) = (number(lat), number(lon)) else {
            let shown = |v: &Value| match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            rec.warn(
                path,
                format!(
                    "`{}`, `{}` are not numbers (use a dot for decimals); the place is looked up by name instead",
                    shown(lat),
                    shown(lon)
                ),
            );
            return None;
        };
        if !(-90.0..=90.0).contains(&lat_n) || !(-180.0..=180.0).contains(&lon_n) {
            rec.warn(
                path,
                format!(
                    "latitude {lat_n}, longitude {lon_n} is not a place on earth; the place is looked up by name instead"
                ),
            );
            return None;
        }
        if lat_n == 0.0 && lon_n == 0.0 {
            rec.warn(
                path,
                "0, 0 is in the Atlantic Ocean: the coordinates are missing; the place is looked up by name instead",
            );
            return None;
        }
        Some(LatLon {
            lat: lat_n,
            lon: lon_n,
        })
    }
}

/// True for a `VirtualLocation`.
pub(super) fn is_virtual(place: &Object) -> bool {
    type_names(place).contains(&"VirtualLocation")
}

/// True when a place lists an amenity (by `@type` or name) with a true value.
pub(super) fn has_amenity(place: &Object, wanted: &str) -> bool {
    values(place.get("amenityFeature")).into_iter().any(|a| {
        let Value::Object(a) = a else { return false };
        let names = type_names(a);
        let name = a
            .get("name")
            .and_then(as_text)
            .map(fold)
            .unwrap_or_default();
        (names.iter().any(|n| fold(n) == wanted) || name == wanted) && is_true(a.get("value"))
    })
}

/// Street address (street and locality) and postcode of a `PostalAddress`.
pub(super) fn postal_address(a: &Object) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = ["streetAddress", "addressLocality"]
        .iter()
        .filter_map(|k| a.get(*k).and_then(as_text))
        .map(|s| s.trim_matches(|c: char| c == ',' || c.is_whitespace()))
        .filter(|s| !s.is_empty())
        .collect();
    let address = Some(parts.join(", ")).filter(|s| !s.is_empty());
    let postcode = a.get("postalCode").and_then(as_text).map(str::to_owned);
    (address, postcode)
}

/// Opening hours from `openingHoursSpecification`.
pub(super) fn opening_hours(rec: &mut Rec, place: &Object, path: &str) -> Vec<WeeklySlot> {
    let mut slots: Vec<WeeklySlot> = Vec::new();
    let list = values(place.get("openingHoursSpecification"));
    for (i, spec) in list.into_iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Value::Object(spec) = spec else { continue };
        let (Some(opens), Some(closes)) = (
            spec.get("opens").and_then(as_text),
            spec.get("closes").and_then(as_text),
        ) else {
            rec.warn(&at, "opening hours need `opens` and `closes`; left out");
            continue;
        };
        let (start, end) = match (Time::parse(opens), Time::parse(closes)) {
            (Ok(s), Ok(e)) => (s, e),
            (Err(e), _) => {
                rec.warn(
                    &format!("{at}.opens"),
                    format!("{e}; left out of the opening hours"),
                );
                continue;
            }
            (_, Err(e)) => {
                rec.warn(
                    &format!("{at}.closes"),
                    format!("{e}; left out of the opening hours"),
                );
                continue;
            }
        };
        if start == end {
            // 00:00 to 00:00 is how schema.org writes "closed".
            continue;
        }
        // Closing at 00:00 means at the end of the day.
        let end = if end == Time::MIDNIGHT {
            Time::END_OF_DAY
        } else {
            end
        };
        let mut days = Vec::new();
        let day_list = spec.get("dayOfWeek");
        for (j, d) in values(day_list).into_iter().enumerate() {
            let field = format!("{at}.dayOfWeek[{j}]");
            add_day(&mut days, rec, &field, d);
        }
        if days.is_empty() {
            continue;
        }
        days.sort();
        match slots.iter_mut().find(|s| s.start == start && s.end == end) {
            Some(slot) => {
                for d in days {
                    if !slot.days.contains(&d) {
                        slot.days.push(d);
                    }
                }
                slot.days.sort();
            }
            None => slots.push(WeeklySlot { days, start, end }),
        }
    }
    slots
}

/// Building accessibility of a place: its `amenityFeature`s, its
/// `accessibility…` properties and their text.
pub(super) fn place_access(rec: &mut Rec, place: &Object, path: &str) -> Vec<VenueAccess> {
    let at = |k: &str| {
        if path.is_empty() {
            k.to_owned()
        } else {
            format!("{path}.{k}")
        }
    };
    let mut access = Vec::new();
    let mut unmapped = Vec::new();
    let add = |a: VenueAccess, access: &mut Vec<VenueAccess>| {
        if !access.contains(&a) {
            access.push(a);
        }
    };
    for feature in values(place.get("amenityFeature")) {
        let Value::Object(f) = feature else { continue };
        if !is_true(f.get("value")) {
            continue;
        }
        let name = f
            .get("name")
            .and_then(as_text)
            .map(str::to_owned)
            .or_else(|| type_names(f).first().map(|s| (*s).to_owned()))
            .unwrap_or_default();
        let named = access_named(&name).venue;
        if named.is_empty() && is_about_access(&name) {
            unmapped.push(name);
        }
        for a in named {
            add(a, &mut access);
        }
    }
    for (key, value) in place {
        let bare = key.strip_prefix("beta:").unwrap_or(key);
        if !bare.starts_with("accessibility") {
            continue;
        }
        for v in values(Some(value)) {
            let Some(text) = label(v) else { continue };
            for a in read_access_text(text).0.venue {
                add(a, &mut access);
            }
        }
    }
    if !unmapped.is_empty() {
        rec.warn(
            &at("amenityFeature"),
            format!(
                "`{}`: LearnLocal's venue accessibility has no match (step-free, accessible toilet, accessible parking, public transport)",
                unmapped.join(", ")
            ),
        );
    }
    access.sort();
    access
}
