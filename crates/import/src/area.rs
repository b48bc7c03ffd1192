//! A new place's area from its own data: the centre, the bounds and the
//! neighbourhoods a catalogue's settings leave to the venues.
//!
//! A keeper starting a catalogue for a town the project has never seen
//! (`cargo data init`) need not know its coordinates or write a gazetteer: the
//! settings say `auto`, and once every venue is read, from the sources and from
//! each import, [`fill_in`] works them out. Pure: it takes the catalogue and gives
//! back problems; it never reads files.

use crate::table::CatalogueSettings;
use learnlocal_core::catalogue::{Bounds, Catalogue, LatLon, Neighbourhood};
use learnlocal_core::problem::{Place, Problem};
use learnlocal_core::text::slugify;

/// Fills in what the settings leave to the venues:
/// - the centre (`auto`): the median latitude and the median longitude of the
///   venues, so one far-off venue does not move it;
/// - the bounds (`auto`): the venues' box with a margin;
/// - the gazetteer, when the sources give no neighbourhoods: one neighbourhood per
///   name the venues give (in their `neighbourhood` field), at the middle of its
///   venues, and each venue then names it by its id.
///
/// A centre or bounds left to venues when there are none is an error naming the
/// setting. Returns the problems, which concern `catalogue.csv`.
pub fn fill_in(catalogue: &mut Catalogue, settings: &CatalogueSettings) -> Vec<Problem> {
    let mut problems = Vec::new();
    if catalogue.neighbourhoods.is_empty() {
        catalogue.neighbourhoods = neighbourhoods_of_venues(catalogue);
    }
    let places: Vec<LatLon> = catalogue.venues.iter().map(|v| v.location).collect();
    let none_to_use = |key: &str, line: usize| {
        Problem::error(
            Place::Row {
                line,
                name: Some(key.to_owned()),
            },
            Some("value"),
            format!(
                "`{key}` is `auto`, but no venue has coordinates to work it out from: \
                 import venues, or give the value"
            ),
        )
    };
    if let Some(line) = settings.centre_auto {
        match LatLon::median(&places) {
            Some(centre) => catalogue.centre = centre,
            None => problems.push(none_to_use("centre_lat", line)),
        }
    }
    if let Some(line) = settings.bounds_auto {
        match Bounds::around(&places) {
            Some(bounds) => catalogue.bounds = Some(bounds),
            None => problems.push(none_to_use("bounds_south", line)),
        }
    }
    problems
}

/// One neighbourhood per distinct name the venues give, at the middle (the mean)
/// of its venues, in the order first met; each venue's `neighbourhood` becomes the
/// id. Names that fold to the same id are one neighbourhood.
fn neighbourhoods_of_venues(catalogue: &mut Catalogue) -> Vec<Neighbourhood> {
    let mut found: Vec<(Neighbourhood, f64, f64, u32)> = Vec::new();
    for venue in &mut catalogue.venues {
        let Some(name) = venue.neighbourhood.as_deref().map(str::trim) else {
            continue;
        };
        let id = slugify(name);
        if id.is_empty() {
            venue.neighbourhood = None;
            continue;
        }
        let at = venue.location;
        match found.iter_mut().find(|(n, ..)| n.id == id) {
            Some((_, lat, lon, count)) => {
                *lat += at.lat;
                *lon += at.lon;
                *count += 1;
            }
            None => found.push((
                Neighbourhood {
                    id: id.clone(),
                    name: name.to_owned(),
                    centre: at,
                    outline: Vec::new(),
                    population: None,
                    population_estimate: false,
                },
                at.lat,
                at.lon,
                1,
            )),
        }
        venue.neighbourhood = Some(id);
    }
    found
        .into_iter()
        .map(|(mut n, lat, lon, count)| {
            let count = f64::from(count);
            n.centre = LatLon {
                lat: lat / count,
                lon: lon / count,
            };
            n
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use learnlocal_core::catalogue::Venue;

    fn venue(id: &str, lat: f64, lon: f64, neighbourhood: Option<&str>) -> Venue {
        Venue {
            id: id.to_owned(),
            name: id.to_owned(),
            address: None,
            postcode: None,
            neighbourhood: neighbourhood.map(str::to_owned),
            location: LatLon { lat, lon },
            accessibility: Vec::new(),
            opening_hours: Vec::new(),
            url: None,
            phone: None,
        }
    }

    fn auto() -> CatalogueSettings {
        CatalogueSettings {
            centre_auto: Some(7),
            bounds_auto: Some(10),
            ..CatalogueSettings::default()
        }
    }

    /// Kraków's venues: the centre is the median, so the one far-off venue (in
    /// Zakopane) neither moves it nor is left outside the bounds.
    #[test]
    fn centre_is_the_median_and_the_bounds_hold_every_venue() {
        let mut c = Catalogue {
            venues: vec![
                venue("a", 50.06, 19.94, Some("Stare Miasto")),
                venue("b", 50.08, 19.92, Some("Krowodrza")),
                venue("c", 50.05, 19.96, Some("Stare Miasto")),
                venue("d", 49.30, 19.95, None),
            ],
            ..Catalogue::default()
        };
        let problems = fill_in(&mut c, &auto());
        assert!(problems.is_empty(), "{problems:?}");
        assert!((c.centre.lat - 50.055).abs() < 1e-9, "{:?}", c.centre);
        assert!((c.centre.lon - 19.945).abs() < 1e-9, "{:?}", c.centre);
        let b = c.bounds.unwrap();
        for v in &c.venues {
            assert!(b.contains(v.location), "{} outside {b:?}", v.id);
        }
        assert!(b.south < 49.30 && b.north > 50.08, "{b:?}");
    }

    /// With no gazetteer, the venues' own neighbourhood names become it: one per
    /// name, at the middle of its venues, and the venues name them by id.
    #[test]
    fn neighbourhoods_come_from_the_venues() {
        let mut c = Catalogue {
            venues: vec![
                venue("a", 50.06, 19.94, Some("Stare Miasto")),
                venue("b", 50.08, 19.92, Some("Krowodrza")),
                venue("c", 50.04, 19.96, Some(" stare miasto ")),
            ],
            ..Catalogue::default()
        };
        fill_in(&mut c, &CatalogueSettings::default());
        let names: Vec<(&str, &str)> = c
            .neighbourhoods
            .iter()
            .map(|n| (n.id.as_str(), n.name.as_str()))
            .collect();
        assert_eq!(
            names,
            [("stare-miasto", "Stare Miasto"), ("krowodrza", "Krowodrza")]
        );
        let centre = c.neighbourhoods[0].centre;
        assert!((centre.lat - 50.05).abs() < 1e-9 && (centre.lon - 19.95).abs() < 1e-9);
        assert_eq!(c.venues[2].neighbourhood.as_deref(), Some("stare-miasto"));
    }

    /// A gazetteer the keeper wrote is kept as written.
    #[test]
    fn a_given_gazetteer_is_kept() {
        let mut c = Catalogue {
            neighbourhoods: vec![Neighbourhood {
                id: "centrum".into(),
                name: "Centrum".into(),
                centre: LatLon { lat: 1.0, lon: 2.0 },
                outline: Vec::new(),
                population: Some(10),
                population_estimate: false,
            }],
            venues: vec![venue("a", 50.06, 19.94, Some("Stare Miasto"))],
            ..Catalogue::default()
        };
        fill_in(&mut c, &CatalogueSettings::default());
        assert_eq!(c.neighbourhoods.len(), 1);
        assert_eq!(c.venues[0].neighbourhood.as_deref(), Some("Stare Miasto"));
    }

    /// `auto` with no venue to work from is an error naming the setting; a
    /// single venue still gets an area around it.
    #[test]
    fn auto_needs_a_venue() {
        let mut c = Catalogue::default();
        let problems = fill_in(&mut c, &auto());
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 2, "{text:?}");
        assert!(
            text[0].contains("row 7 (centre_lat), column `value`: `centre_lat` is `auto`, but no venue has coordinates"),
            "{text:?}"
        );

        let mut c = Catalogue {
            venues: vec![venue("a", 50.06, 19.94, None)],
            ..Catalogue::default()
        };
        assert!(fill_in(&mut c, &auto()).is_empty());
        let b = c.bounds.unwrap();
        assert!(
            b.north - b.south > 0.0199 && b.east - b.west > 0.0199,
            "{b:?}"
        );
    }
}
