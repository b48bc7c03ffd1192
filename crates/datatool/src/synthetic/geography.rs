//! Where synthetic venues are: one city, or a country of towns and villages.
//!
//! The country is the island of Ireland, drawn as a coarse outline of about
//! twenty points, so that places fall on land; every town, village and
//! neighbourhood name is made up (a few will match real townlands by chance).
//! Venues cluster around neighbourhood centres with a bell-shaped spread, and
//! bigger neighbourhoods (by population) and bigger towns get more of them.

use super::names::Names;
use super::rng::{Rng, cumulative};
use super::words::DISTRICT_NAMES;
use learnlocal_core::catalogue::{Bounds, LatLon, Neighbourhood};

/// The area a catalogue covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// One city and its neighbourhoods.
    City,
    /// A country: cities and towns of very different sizes, and villages.
    Country,
}

/// The island of Ireland, roughly, as (latitude, longitude) clockwise from
/// Malin Head.
const OUTLINE: &[(f64, f64)] = &[
    (55.38, -7.37),
    (55.20, -6.15),
    (54.66, -5.60),
    (54.35, -5.45),
    (54.00, -6.10),
    (53.35, -6.15),
    (52.98, -6.00),
    (52.17, -6.36),
    (52.10, -7.10),
    (51.80, -8.25),
    (51.62, -8.60),
    (51.45, -9.80),
    (52.10, -10.40),
    (52.56, -9.90),
    (53.12, -9.30),
    (53.40, -10.10),
    (53.95, -10.10),
    (54.25, -10.00),
    (54.25, -9.20),
    (54.30, -8.60),
    (54.62, -8.50),
    (55.15, -8.30),
];

/// The bounding box of [`OUTLINE`], a little widened: the country's bounds.
const COUNTRY_BOUNDS: Bounds = Bounds {
    south: 51.40,
    west: -10.45,
    north: 55.43,
    east: -5.40,
};

/// Where a city catalogue's city is: the Irish midlands, well inland.
const CITY_CENTRE: LatLon = LatLon {
    lat: 53.2740,
    lon: -7.4930,
};

/// Kilometres per degree of latitude.
const KM_PER_DEGREE: f64 = 111.32;

/// The share of a country's venues in villages and the countryside.
const RURAL_SHARE: f64 = 0.15;

/// A town or city: what its venues' addresses and phone numbers share.
#[derive(Debug, Clone)]
pub struct Town {
    /// Its name.
    pub name: String,
    /// The routing key of its postcodes, Eircode-style (`R42`).
    pub postcode: String,
    /// Its telephone area code, without the leading 0.
    pub phone_area: u16,
}

/// Where venues can go: the neighbourhoods, each with its spread.
#[derive(Debug, Clone)]
pub struct Geography {
    /// The point distances are measured from: the (biggest) city's centre.
    pub centre: LatLon,
    /// What people call that point.
    pub centre_label: String,
    /// The area's bounds; every venue is inside them.
    pub bounds: Bounds,
    /// The gazetteer.
    pub neighbourhoods: Vec<Neighbourhood>,
    /// The towns; villages belong to the nearest one's county, so to speak.
    pub towns: Vec<Town>,
    /// For each neighbourhood: its town and its venues' spread in kilometres.
    clusters: Vec<Cluster>,
    /// Running totals of how many venues each neighbourhood should get.
    weights: Vec<f64>,
}

#[derive(Debug, Clone, Copy)]
struct Cluster {
    town: usize,
    spread_km: f64,
    rural: bool,
}

/// Where one venue is.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    /// Its neighbourhood's index in [`Geography::neighbourhoods`].
    pub neighbourhood: usize,
    /// Its town's index in [`Geography::towns`].
    pub town: usize,
    /// Its coordinates, to four decimals (about 10 m).
    pub location: LatLon,
    /// True in a village or the countryside.
    pub rural: bool,
}

impl Geography {
    /// Lays out the towns and neighbourhoods for about `venues` venues.
    pub fn plan(area: Area, venues: usize, rng: &mut Rng, names: &mut Names) -> Geography {
        let mut geography = Geography {
            centre: CITY_CENTRE,
            centre_label: String::new(),
            bounds: COUNTRY_BOUNDS,
            neighbourhoods: Vec::new(),
            towns: Vec::new(),
            clusters: Vec::new(),
            weights: Vec::new(),
        };
        let venues = venues.max(1) as f64;
        let mut weights = Vec::new();
        match area {
            Area::City => {
                let radius_km = 2.5 + 0.12 * venues.sqrt();
                geography.add_town(
                    CITY_CENTRE,
                    radius_km,
                    1.0,
                    venues,
                    true,
                    rng,
                    names,
                    &mut weights,
                );
                let margin_km = radius_km * 1.5 + 1.0;
                geography.bounds = Bounds {
                    south: round4(CITY_CENTRE.lat - margin_km / KM_PER_DEGREE),
                    north: round4(CITY_CENTRE.lat + margin_km / KM_PER_DEGREE),
                    west: round4(CITY_CENTRE.lon - margin_km / km_per_degree_lon(CITY_CENTRE.lat)),
                    east: round4(CITY_CENTRE.lon + margin_km / km_per_degree_lon(CITY_CENTRE.lat)),
                };
            }
            Area::Country => {
                let towns = (0.8 * venues.sqrt()).round().clamp(1.0, 400.0) as usize;
                let zipf: Vec<f64> = (1..=towns).map(|rank| 1.0 / rank as f64).collect();
                let zipf_total: f64 = zipf.iter().sum();
                let mut centres: Vec<LatLon> = Vec::new();
                for share in zipf {
                    let centre = town_site(&centres, rng);
                    centres.push(centre);
                    let share = (1.0 - RURAL_SHARE) * share / zipf_total;
                    let town_venues = venues * share;
                    let radius_km = 1.0 + 0.1 * town_venues.sqrt();
                    let city = town_venues >= 400.0;
                    geography.add_town(
                        centre,
                        radius_km,
                        share,
                        town_venues,
                        city,
                        rng,
                        names,
                        &mut weights,
                    );
                }
                geography.add_villages(venues * RURAL_SHARE, rng, names, &mut weights);
            }
        }
        if let Some(first) = geography.neighbourhoods.first() {
            geography.centre = first.centre;
            geography.centre_label = first.name.clone();
        }
        geography.weights = cumulative(weights);
        geography
    }

    /// Adds a town of about `venues` venues, with neighbourhoods spread over
    /// `radius_km`, which gets `share` of all venues; its centre is a "City
    /// Centre" when `city`, else a "Town Centre".
    #[allow(clippy::too_many_arguments)]
    fn add_town(
        &mut self,
        centre: LatLon,
        radius_km: f64,
        share: f64,
        venues: f64,
        city: bool,
        rng: &mut Rng,
        names: &mut Names,
        weights: &mut Vec<f64>,
    ) {
        let town = self.towns.len();
        let name = names.place_name(rng);
        let count = (1.3 * venues.sqrt()).round().clamp(1.0, 200.0) as usize;
        let spread_km = (0.45 * radius_km / (count as f64).sqrt()).max(0.3);
        let centre_name = if city {
            format!("{name} City Centre")
        } else {
            format!("{name} Town Centre")
        };
        let first = self.neighbourhoods.len();
        for index in 0..count {
            let (label, at, population) = if index == 0 {
                let population = rng.between(40, 120) * 100;
                (names.claim(&centre_name), centre, population)
            } else {
                // A quarter are districts named as in a city ("Riverside, Kilmore"),
                // each once per town; the rest have place names of their own.
                let district = Some(rng.pick(DISTRICT_NAMES))
                    .filter(|_| rng.chance(0.25))
                    .and_then(|district| names.try_claim(&format!("{district}, {name}")));
                let label = district.unwrap_or_else(|| names.place_name(rng));
                let at = self.inside(centre, radius_km, 1.0, rng);
                (label, at, rng.between(15, 120) * 100)
            };
            self.neighbourhoods.push(Neighbourhood {
                id: names.id(&label),
                name: label,
                centre: at,
                outline: Vec::new(),
                population: u32::try_from(population).ok(),
                population_estimate: false,
            });
            self.clusters.push(Cluster {
                town,
                spread_km,
                rural: false,
            });
        }
        let people: f64 = self.neighbourhoods[first..]
            .iter()
            .map(|n| f64::from(n.population.unwrap_or(1)))
            .sum();
        for n in &self.neighbourhoods[first..] {
            weights.push(share * f64::from(n.population.unwrap_or(1)) / people);
        }
        let postcode = format!(
            "{}{:02}",
            char::from(b'A' + rng.below(23) as u8),
            rng.between(10, 99)
        );
        self.towns.push(Town {
            name,
            postcode,
            phone_area: rng.between(21, 99) as u16,
        });
    }

    /// Adds villages over the whole country, about three venues each, which
    /// together get [`RURAL_SHARE`] of the venues.
    fn add_villages(
        &mut self,
        venues: f64,
        rng: &mut Rng,
        names: &mut Names,
        weights: &mut Vec<f64>,
    ) {
        let count = (venues / 3.0).round() as usize;
        for _ in 0..count {
            let label = names.place_name(rng);
            let at = loop {
                let p = LatLon {
                    lat: round4(
                        COUNTRY_BOUNDS.south
                            + rng.unit() * (COUNTRY_BOUNDS.north - COUNTRY_BOUNDS.south),
                    ),
                    lon: round4(
                        COUNTRY_BOUNDS.west
                            + rng.unit() * (COUNTRY_BOUNDS.east - COUNTRY_BOUNDS.west),
                    ),
                };
                if on_land(p) {
                    break p;
                }
            };
            let town = nearest_town(&self.neighbourhoods, &self.clusters, at);
            self.neighbourhoods.push(Neighbourhood {
                id: names.id(&label),
                name: label,
                centre: at,
                outline: Vec::new(),
                population: u32::try_from(rng.between(2, 15) * 100).ok(),
                population_estimate: false,
            });
            self.clusters.push(Cluster {
                town,
                spread_km: 1.5,
                rural: true,
            });
            weights.push(RURAL_SHARE / count as f64);
        }
    }

    /// A place for one more venue: a neighbourhood chosen by its weight, and a
    /// point spread around its centre, on land and inside the bounds.
    pub fn place_venue(&self, rng: &mut Rng) -> Spot {
        let neighbourhood = rng.weighted(&self.weights);
        let (centre, cluster) = match (
            self.neighbourhoods.get(neighbourhood),
            self.clusters.get(neighbourhood),
        ) {
            (Some(n), Some(c)) => (n.centre, *c),
            _ => (
                self.centre,
                Cluster {
                    town: 0,
                    spread_km: 1.0,
                    rural: false,
                },
            ),
        };
        let mut location = centre;
        for _ in 0..8 {
            let p = offset(
                centre,
                rng.gaussian() * cluster.spread_km,
                rng.gaussian() * cluster.spread_km,
            );
            if self.bounds.contains(p) && on_land(p) {
                location = p;
                break;
            }
        }
        Spot {
            neighbourhood,
            town: cluster.town,
            location,
            rural: cluster.rural,
        }
    }

    /// A point within `radius_km` of `centre` (at most `fraction` of it), on
    /// land; the centre itself when none is found.
    fn inside(&self, centre: LatLon, radius_km: f64, fraction: f64, rng: &mut Rng) -> LatLon {
        for _ in 0..20 {
            let (x, y) = (rng.unit() * 2.0 - 1.0, rng.unit() * 2.0 - 1.0);
            if x * x + y * y > 1.0 {
                continue;
            }
            let p = offset(centre, y * radius_km * fraction, x * radius_km * fraction);
            if on_land(p) && COUNTRY_BOUNDS.contains(p) {
                return p;
            }
        }
        centre
    }
}

/// A town's centre: on land, and away from the towns already placed when
/// that is possible.
fn town_site(towns: &[LatLon], rng: &mut Rng) -> LatLon {
    let mut best = CITY_CENTRE;
    let mut best_km = -1.0;
    for _ in 0..12 {
        let p = LatLon {
            lat: round4(
                COUNTRY_BOUNDS.south + rng.unit() * (COUNTRY_BOUNDS.north - COUNTRY_BOUNDS.south),
            ),
            lon: round4(
                COUNTRY_BOUNDS.west + rng.unit() * (COUNTRY_BOUNDS.east - COUNTRY_BOUNDS.west),
            ),
        };
        if !on_land(p) {
            continue;
        }
        let nearest = towns
            .iter()
            .map(|t| km_squared(*t, p))
            .fold(f64::INFINITY, f64::min);
        if nearest > best_km {
            best = p;
            best_km = nearest;
        }
    }
    best
}

/// The town of the town neighbourhood nearest to `p`.
fn nearest_town(neighbourhoods: &[Neighbourhood], clusters: &[Cluster], p: LatLon) -> usize {
    neighbourhoods
        .iter()
        .zip(clusters)
        .map(|(n, c)| (km_squared(n.centre, p), c.town))
        .fold((f64::INFINITY, 0), |best, next| {
            if next.0 < best.0 { next } else { best }
        })
        .1
}

/// Squared distance in kilometres, flat-earth: good enough to compare.
fn km_squared(a: LatLon, b: LatLon) -> f64 {
    let north = (a.lat - b.lat) * KM_PER_DEGREE;
    let east = (a.lon - b.lon) * km_per_degree_lon(a.lat);
    north * north + east * east
}

/// `p` moved `north_km` and `east_km`, rounded to four decimals.
fn offset(p: LatLon, north_km: f64, east_km: f64) -> LatLon {
    LatLon {
        lat: round4(p.lat + north_km / KM_PER_DEGREE),
        lon: round4(p.lon + east_km / km_per_degree_lon(p.lat)),
    }
}

/// Kilometres per degree of longitude at `lat` degrees.
fn km_per_degree_lon(lat: f64) -> f64 {
    KM_PER_DEGREE * cos(lat.to_radians())
}

/// Cosine by its Taylor series, exact to about 1e-9 for the latitudes used
/// here: the platform's `cos` may differ in the last bit between machines,
/// which could change a rounded coordinate and break byte-identical output.
fn cos(x: f64) -> f64 {
    let x2 = x * x;
    let mut term = 1.0;
    let mut sum = 1.0;
    for n in 1..=8 {
        let n = f64::from(n);
        term *= -x2 / ((2.0 * n - 1.0) * (2.0 * n));
        sum += term;
    }
    sum
}

/// Rounds to four decimals, about 10 m, as the demo catalogue's coordinates.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// True when `p` is inside [`OUTLINE`] (ray casting).
pub fn on_land(p: LatLon) -> bool {
    let mut inside = false;
    let mut previous = OUTLINE.last().copied().unwrap_or((0.0, 0.0));
    for &(lat, lon) in OUTLINE {
        let (plat, plon) = previous;
        if (lat > p.lat) != (plat > p.lat)
            && p.lon < (plon - lon) * (p.lat - lat) / (plat - lat) + lon
        {
            inside = !inside;
        }
        previous = (lat, lon);
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The outline is the right way up: Athlone is on land, the Irish Sea is not.
    #[test]
    fn the_outline_holds_the_midlands_and_not_the_sea() {
        assert!(on_land(LatLon {
            lat: 53.42,
            lon: -7.94
        }));
        assert!(on_land(CITY_CENTRE));
        assert!(!on_land(LatLon {
            lat: 53.5,
            lon: -5.5
        }));
        assert!(!on_land(LatLon {
            lat: 52.0,
            lon: -10.6
        }));
        for &(lat, lon) in OUTLINE {
            assert!(COUNTRY_BOUNDS.contains(LatLon { lat, lon }), "{lat}, {lon}");
        }
    }

    /// The series cosine agrees with the platform's.
    #[test]
    fn cosine_is_close_to_the_platforms() {
        for degrees in [0.0, 30.0, 51.4, 53.27, 55.43, 60.0] {
            let x = f64::to_radians(degrees);
            assert!((cos(x) - x.cos()).abs() < 1e-9, "{degrees}");
        }
    }
}
