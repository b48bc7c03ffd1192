//! Finding: filter the catalogue, then order what is left, nearest first.

use crate::distance::distance_m;
use crate::text::fold;
use crate::{Catalogue, Filters, LatLon};

/// One result: which opportunity, and how far it is from the origin.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into [`Catalogue::opportunities`].
    pub index: usize,
    /// Great-circle distance from the origin to the venue, in metres; `None` for
    /// an opportunity that is online only.
    pub distance_m: Option<f64>,
}

/// The opportunities that pass the filters, nearest to `origin` first, then the
/// online-only ones.
///
/// Ties are broken by title (case-folded), then by id, so the order is the same
/// on every device and every run.
pub fn find(catalogue: &Catalogue, filters: &Filters, origin: LatLon) -> Vec<Hit> {
    let mut hits: Vec<(Hit, String)> = catalogue
        .opportunities
        .iter()
        .enumerate()
        .filter(|(_, o)| filters.matches(catalogue, o))
        .map(|(index, o)| {
            let venue = catalogue.venue_of(o);
            let hit = Hit {
                index,
                distance_m: venue.map(|v| distance_m(origin, v.location)),
            };
            (hit, fold(&o.title))
        })
        .collect();
    hits.sort_by(|(a, a_title), (b, b_title)| {
        let far = f64::INFINITY;
        a.distance_m
            .unwrap_or(far)
            .total_cmp(&b.distance_m.unwrap_or(far))
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
    use crate::opportunity::Mode;
    use crate::{Kind, Opportunity, Skill, Venue};

    const CENTRE: LatLon = LatLon {
        lat: 51.8985,
        lon: -8.4756,
    };

    /// An opportunity at its own venue `lat` degrees north of the centre
    /// (`None` for online only).
    fn opportunity(
        id: &str,
        title: &str,
        lat: Option<f64>,
        skill: &str,
    ) -> (Opportunity, Option<Venue>) {
        let mut o = Opportunity::new(id, Kind::Activity, title, "");
        o.skills = vec![skill.into()];
        let venue = lat.map(|lat| Venue {
            id: format!("v-{id}"),
            name: "Venue".into(),
            address: None,
            postcode: None,
            neighbourhood: None,
            location: LatLon {
                lat,
                lon: CENTRE.lon,
            },
            accessibility: vec![],
            opening_hours: vec![],
            url: None,
            phone: None,
        });
        match &venue {
            Some(v) => o.venue = Some(v.id.clone()),
            None => o.mode = Mode::Online,
        }
        (o, venue)
    }

    fn catalogue(records: Vec<(Opportunity, Option<Venue>)>) -> Catalogue {
        let (opportunities, venues): (Vec<_>, Vec<_>) = records.into_iter().unzip();
        Catalogue {
            centre: CENTRE,
            skills: vec![Skill {
                id: "digital".into(),
                label: "Digital".into(),
            }],
            venues: venues.into_iter().flatten().collect(),
            opportunities,
            ..Catalogue::default()
        }
        .indexed()
    }

    fn ids(c: &Catalogue, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| c.opportunities[h.index].id.clone())
            .collect()
    }

    /// Results come nearest first, whatever order the catalogue lists them in;
    /// online-only ones come last, with no distance.
    #[test]
    fn nearest_first_then_online() {
        let c = catalogue(vec![
            opportunity("web", "Web", None, "digital"),
            opportunity("far", "Far", Some(CENTRE.lat + 0.05), "digital"),
            opportunity("near", "Near", Some(CENTRE.lat + 0.001), "digital"),
            opportunity("mid", "Mid", Some(CENTRE.lat - 0.01), "digital"),
        ]);
        let hits = find(&c, &Filters::default(), CENTRE);
        assert_eq!(ids(&c, &hits), ["near", "mid", "far", "web"]);
        assert!((hits[0].distance_m.unwrap() - 111.2).abs() < 1.0);
        assert_eq!(hits[3].distance_m, None);
    }

    /// Equal distances are ordered by title regardless of case, then by id.
    #[test]
    fn ties_are_broken_by_title_then_id() {
        let lat = Some(CENTRE.lat + 0.01);
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
            opportunity("a", "Email basics", Some(CENTRE.lat + 0.02), "digital"),
            opportunity("b", "Bread baking", Some(CENTRE.lat + 0.01), "cooking"),
            opportunity("c", "Email for work", Some(CENTRE.lat + 0.01), "digital"),
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
        let c = catalogue(vec![opportunity("a", "A", Some(CENTRE.lat), "digital")]);
        let f = Filters {
            text: "nothing-like-this".into(),
            ..Filters::default()
        };
        assert!(find(&c, &f, CENTRE).is_empty());
    }
}
