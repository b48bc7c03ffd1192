//! Which URLs may become links: the one check every `href` outside the app's own
//! paths passes.
//!
//! Catalogue text comes from many hands; a `javascript:` or `data:` URL must never
//! reach an `href`. Catalogue URLs may be web, mail or phone links only. The
//! links the core writes itself from a venue's coordinates (directions in a map
//! app, OpenStreetMap) pass the same check, and `geo:` is allowed for them alone.

use crate::LatLon;

/// The URL schemes that catalogue text may use in a link.
const SAFE_SCHEMES: [&str; 4] = ["https:", "http:", "mailto:", "tel:"];

/// The scheme of a location on a map, which only [`geo_href`] writes.
const GEO_SCHEME: &str = "geo:";

/// Returns the URL, trimmed, when its scheme is one of https, http, mailto or tel.
pub fn safe_href(url: &str) -> Option<&str> {
    checked(url, &SAFE_SCHEMES)
}

/// The directions link of a place: a `geo:` URI (RFC 5870) that a phone opens in
/// its map app, written from valid coordinates only. `None` for a latitude or
/// longitude out of range or not a number.
pub fn geo_href(at: LatLon) -> Option<String> {
    let uri = valid(at).then(|| format!("{GEO_SCHEME}{:.6},{:.6}", at.lat, at.lon))?;
    checked(&uri, &[GEO_SCHEME]).map(str::to_owned)
}

/// The OpenStreetMap page of a place, with a marker on it, from valid coordinates.
pub fn map_href(at: LatLon) -> Option<String> {
    let (lat, lon) = (at.lat, at.lon);
    let url = valid(at).then(|| {
        format!(
            "https://www.openstreetmap.org/?mlat={lat:.6}&mlon={lon:.6}#map=17/{lat:.6}/{lon:.6}"
        )
    })?;
    safe_href(&url).map(str::to_owned)
}

/// True for a latitude and longitude that name a point on the earth.
fn valid(at: LatLon) -> bool {
    (-90.0..=90.0).contains(&at.lat) && (-180.0..=180.0).contains(&at.lon)
}

/// The URL, trimmed, when its scheme (ignoring case) is one of `schemes` and
/// something follows it.
fn checked<'a>(url: &'a str, schemes: &[&str]) -> Option<&'a str> {
    let url = url.trim();
    let scheme_end = url.find(':')? + 1;
    let scheme = url.get(..scheme_end)?.to_ascii_lowercase();
    schemes
        .contains(&scheme.as_str())
        .then_some(url)
        .filter(|u| u.len() > scheme_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Web, mail and phone links pass; anything else, or nothing after the scheme, does not.
    #[test]
    fn only_safe_schemes_pass() {
        let cases = [
            ("https://corkcitylibraries.ie", true),
            (" HTTP://example.org ", true),
            ("mailto:info@example.org", true),
            ("tel:+353214924900", true),
            ("javascript:alert(1)", false),
            ("JavaScript:alert(1)", false),
            ("data:text/html,<b>x</b>", false),
            ("vbscript:x", false),
            ("/relative/path", false),
            ("example.org", false),
            ("https:", false),
            ("", false),
            // A map link in catalogue text is still not a link: only the core writes geo: URIs.
            ("geo:51.898500,-8.475600", false),
            (" GEO:0,0", false),
        ];
        for (url, ok) in cases {
            assert_eq!(safe_href(url).is_some(), ok, "{url}");
        }
    }

    /// Directions and map links are written from coordinates, and only from valid ones.
    #[test]
    fn map_links_from_coordinates() {
        let cork = LatLon {
            lat: 51.8985,
            lon: -8.4756,
        };
        assert_eq!(geo_href(cork).as_deref(), Some("geo:51.898500,-8.475600"));
        assert_eq!(
            map_href(cork).as_deref(),
            Some(
                "https://www.openstreetmap.org/?mlat=51.898500&mlon=-8.475600#map=17/51.898500/-8.475600"
            )
        );
        for bad in [
            (91.0, 0.0),
            (0.0, -180.5),
            (f64::NAN, 0.0),
            (0.0, f64::INFINITY),
        ] {
            let at = LatLon {
                lat: bad.0,
                lon: bad.1,
            };
            assert_eq!(geo_href(at), None, "{bad:?}");
            assert_eq!(map_href(at), None, "{bad:?}");
        }
        // The one check: what geo_href writes would not pass as catalogue text.
        let written = geo_href(cork).unwrap_or_default();
        assert_eq!(safe_href(&written), None);
    }
}
