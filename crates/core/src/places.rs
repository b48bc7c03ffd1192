//! Place suggestions for the "near a place" field: neighbourhoods of the
//! gazetteer and venues, matched as the person types.

use crate::distance::distance_m;
use crate::text::fold;
use crate::{Catalogue, LatLon, Neighbourhood};

/// What a suggested place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A neighbourhood of the gazetteer.
    Neighbourhood,
    /// A venue.
    Venue,
}

/// One suggestion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMatch {
    /// The neighbourhood or venue id, as the URL's `near` holds it.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Neighbourhood or venue.
    pub kind: PlaceKind,
}

/// Up to `limit` places whose name contains what was typed, folded for case and
/// accents ("sundays" finds "Sunday's Well" no; "sunday" does). Names that start
/// with it come first, neighbourhoods before venues, then by name.
pub fn suggest_places(catalogue: &Catalogue, typed: &str, limit: usize) -> Vec<PlaceMatch> {
    let typed = fold(typed.trim());
    if typed.is_empty() {
        return Vec::new();
    }
    let neighbourhoods = catalogue
        .neighbourhoods
        .iter()
        .map(|n| (n.id.as_str(), n.name.as_str(), PlaceKind::Neighbourhood));
    let venues = catalogue
        .venues
        .iter()
        .map(|v| (v.id.as_str(), v.name.as_str(), PlaceKind::Venue));
    let mut found: Vec<(bool, PlaceKind, String, PlaceMatch)> = neighbourhoods
        .chain(venues)
        .filter_map(|(id, name, kind)| {
            let folded = fold(name);
            let at = folded.find(&typed)?;
            let starts_a_word = at == 0;
            Some((
                !starts_a_word,
                kind,
                folded,
                PlaceMatch {
                    id: id.to_owned(),
                    name: name.to_owned(),
                    kind,
                },
            ))
        })
        .collect();
    crate::sorted::sort_by(&mut found, |a, b| {
        (a.0, a.1 == PlaceKind::Venue, &a.2).cmp(&(b.0, b.1 == PlaceKind::Venue, &b.2))
    });
    found
        .into_iter()
        .take(limit)
        .map(|(_, _, _, m)| m)
        .collect()
}

/// The neighbourhood whose centre is nearest `at`, when one is within
/// `within_m` metres: what a point on the map is named after.
pub fn nearest_neighbourhood(
    catalogue: &Catalogue,
    at: LatLon,
    within_m: f64,
) -> Option<&Neighbourhood> {
    catalogue
        .neighbourhoods
        .iter()
        .map(|n| (distance_m(at, n.centre), n))
        .filter(|(d, _)| *d <= within_m)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{LatLon, Neighbourhood, Venue};

    fn catalogue() -> Catalogue {
        let n = |id: &str, name: &str| Neighbourhood {
            id: id.into(),
            name: name.into(),
            centre: LatLon {
                lat: 51.9,
                lon: -8.4,
            },
            outline: vec![],
            population: None,
            population_estimate: false,
        };
        let v = |id: &str, name: &str| Venue {
            id: id.into(),
            name: name.into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat: 51.9,
                lon: -8.4,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        };
        Catalogue {
            neighbourhoods: vec![
                n("blackpool", "Blackpool"),
                n("the-glen", "The Glen"),
                n("ballyphehane", "Ballyphehane"),
            ],
            venues: vec![
                v("blackpool-library", "Blackpool Library"),
                v("cafe", "Café Éire"),
            ],
            ..Catalogue::default()
        }
    }

    fn names(typed: &str) -> Vec<String> {
        suggest_places(&catalogue(), typed, 5)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    /// Matches ignore case and accents; prefixes and neighbourhoods come first.
    #[test]
    fn suggestions() {
        assert_eq!(names("black"), ["Blackpool", "Blackpool Library"]);
        assert_eq!(names("BLACKPOOL LIB"), ["Blackpool Library"]);
        assert_eq!(names("glen"), ["The Glen"]);
        assert_eq!(names("eire"), ["Café Éire"]);
        assert_eq!(names("cafe"), ["Café Éire"]);
        assert!(names("   ").is_empty());
        assert!(names("atlantis").is_empty());
        assert_eq!(suggest_places(&catalogue(), "b", 1).len(), 1);
    }

    /// A point is named after the nearest neighbourhood close enough, or none.
    #[test]
    fn nearest_neighbourhoods() {
        let mut c = catalogue();
        c.neighbourhoods[1].centre = LatLon {
            lat: 51.95,
            lon: -8.4,
        };
        let at = LatLon {
            lat: 51.949,
            lon: -8.4,
        };
        let name = |within| nearest_neighbourhood(&c, at, within).map(|n| n.name.as_str());
        assert_eq!(name(1_000.0), Some("The Glen"));
        assert_eq!(name(100.0), None);
    }
}
