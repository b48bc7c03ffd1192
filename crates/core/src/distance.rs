//! Great-circle distance between two points, through geo's Haversine formula.

use crate::LatLon;
use geo::{Distance, Haversine, Point};

/// Great-circle distance in metres on a sphere of the earth's mean radius.
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    Haversine.distance(Point::new(a.lon, a.lat), Point::new(b.lon, b.lat))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(lat: f64, lon: f64) -> LatLon {
        LatLon { lat, lon }
    }

    /// A point is no distance from itself.
    #[test]
    fn same_point_is_zero() {
        assert_eq!(distance_m(at(51.8985, -8.4756), at(51.8985, -8.4756)), 0.0);
    }

    /// One degree of latitude is about 111.2 km on the mean-radius sphere.
    #[test]
    fn one_degree_of_latitude() {
        let d = distance_m(at(51.0, -8.0), at(52.0, -8.0));
        assert!((d - 111_195.0).abs() < 5.0, "{d}");
    }

    /// Cork to Dublin is about 219 km as the crow flies.
    #[test]
    fn cork_to_dublin() {
        let d = distance_m(at(51.8985, -8.4756), at(53.3498, -6.2603));
        assert!((d - 219_000.0).abs() < 2_000.0, "{d}");
    }

    /// Distance does not depend on direction.
    #[test]
    fn symmetric() {
        let (a, b) = (at(51.90, -8.47), at(51.88, -8.52));
        assert_eq!(distance_m(a, b), distance_m(b, a));
    }
}
