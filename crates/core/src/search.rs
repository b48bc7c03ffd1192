//! Finding: filter the catalogue, then order what is left, nearest first.

use crate::distance::distance_m;
use crate::text::fold;
use crate::{Catalogue, Filters, LatLon};

/// One result: which opportunity, and how far it is from the origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into [`Catalogue::opportunities`].
    pub index: usize,
    /// Great-circle distance from the origin to the venue, in metres.
    pub distance_m: f64,
}

/// The opportunities that pass the filters, nearest to `origin` first.
///
/// Ties in distance are broken by title (case-folded), then by id, so the order is
/// the same on every device and every run.
pub fn find(catalogue: &Catalogue, filters: &Filters, origin: LatLon) -> Vec<Hit> {
    let mut hits: Vec<(Hit, String)> = catalogue
        .opportunities
        .iter()
        .enumerate()
        .filter(|(_, o)| filters.matches(o))
        .map(|(index, o)| {
            let hit = Hit {
                index,
                distance_m: distance_m(origin, o.venue.location),
            };
            (hit, fold(&o.title))
        })
        .collect();
    hits.sort_by(|(a, a_title), (b, b_title)| {
        a.distance_m
            .total_cmp(&b.distance_m)
            .then_with(|| a_title.cmp(b_title))
            .then_with(|| {
                let id = |h: &Hit| catalogue.opportunities[h.index].id.as_str();
                id(a).cmp(id(b))
            })
    });
    hits.into_iter().map(|(hit, _)| hit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Kind, Opportunity, Skill, Venue};

    const CENTRE: LatLon = LatLon {
        lat: 51.8985,
        lon: -8.4756,
    };

    fn opportunity(id: &str, title: &str, lat: f64, skill: &str) -> Opportunity {
        Opportunity {
            id: id.into(),
            kind: Kind::Activity,
            title: title.into(),
            summary: String::new(),
            description: None,
            skills: vec![skill.into()],
            provider: None,
            venue: Venue {
                name: "Venue".into(),
                address: None,
                location: LatLon {
                    lat,
                    lon: CENTRE.lon,
                },
            },
            url: None,
        }
    }

    fn catalogue(opportunities: Vec<Opportunity>) -> Catalogue {
        Catalogue {
            schema_version: crate::catalogue::SCHEMA_VERSION,
            name: "Test".into(),
            demonstration: true,
            centre: CENTRE,
            centre_label: "Centre".into(),
            skills: vec![Skill {
                id: "digital".into(),
                label: "Digital".into(),
            }],
            opportunities,
        }
    }

    fn ids(c: &Catalogue, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| c.opportunities[h.index].id.clone())
            .collect()
    }

    /// Results come nearest first, whatever order the catalogue lists them in.
    #[test]
    fn nearest_first() {
        let c = catalogue(vec![
            opportunity("far", "Far", CENTRE.lat + 0.05, "digital"),
            opportunity("near", "Near", CENTRE.lat + 0.001, "digital"),
            opportunity("mid", "Mid", CENTRE.lat - 0.01, "digital"),
        ]);
        let hits = find(&c, &Filters::default(), CENTRE);
        assert_eq!(ids(&c, &hits), ["near", "mid", "far"]);
        assert!(hits.windows(2).all(|w| w[0].distance_m <= w[1].distance_m));
        assert!((hits[0].distance_m - 111.2).abs() < 1.0);
    }

    /// Equal distances are ordered by title regardless of case, then by id.
    #[test]
    fn ties_are_broken_by_title_then_id() {
        let lat = CENTRE.lat + 0.01;
        let c = catalogue(vec![
            opportunity("z2", "zumba", lat, "digital"),
            opportunity("b", "Baking", lat, "digital"),
            opportunity("z1", "Zumba", lat, "digital"),
        ]);
        let hits = find(&c, &Filters::default(), CENTRE);
        assert_eq!(ids(&c, &hits), ["b", "z1", "z2"]);
    }

    /// Only matching opportunities are returned, still in distance order.
    #[test]
    fn filters_then_orders() {
        let c = catalogue(vec![
            opportunity("a", "Email basics", CENTRE.lat + 0.02, "digital"),
            opportunity("b", "Bread baking", CENTRE.lat + 0.01, "cooking"),
            opportunity("c", "Email for work", CENTRE.lat + 0.01, "digital"),
        ]);
        let f = Filters {
            text: "email".into(),
            ..Filters::default()
        };
        assert_eq!(ids(&c, &find(&c, &f, CENTRE)), ["c", "a"]);
    }

    /// An empty catalogue, or filters nothing passes, give no results and no panic.
    #[test]
    fn empty_input_gives_no_results() {
        assert!(find(&catalogue(vec![]), &Filters::default(), CENTRE).is_empty());
        let c = catalogue(vec![opportunity("a", "A", CENTRE.lat, "digital")]);
        let f = Filters {
            text: "nothing-like-this".into(),
            ..Filters::default()
        };
        assert!(find(&c, &f, CENTRE).is_empty());
    }
}
