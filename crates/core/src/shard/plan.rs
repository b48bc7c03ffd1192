//! Which shards a search needs: those whose box the radius circle reaches, the
//! online-only ones unless left out, and, among them, those whose summaries
//! cannot rule them out; nearest first.
//!
//! A shard is needed for the results when no filter group rules it out. Every
//! option count of a group is counted over the records that pass every *other*
//! group (`search::facets`), and widening clears one group: so a shard that one
//! group alone rules out, other than the distance, is needed for the counts and
//! the widenings, and one ruled out by two groups is needed for nothing. The
//! one thing this leaves short is the count of a radius wider than the one
//! chosen (and widening to it): those would need the shards beyond the circle,
//! so they are lower bounds, exact once the wider radius is chosen.

use super::{ShardIndex, WordSummary};
use crate::catalogue::{Bounds, LatLon};
use crate::distance::distance_m;
use crate::filter::Filters;
use crate::search::Group;
use crate::text::Query;

/// Metres added to the radius when testing a box, so that rounding in the box's
/// distance never leaves out a shard whose records the finder, measuring each
/// venue, would count as just inside.
const SLACK_M: f64 = 1.0;

/// The shards a search needs, by position in [`ShardIndex::shards`], each list
/// nearest first (by the distance from the origin to the shard's box; the
/// online-only shards last, in the index's order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShardPlan {
    /// Every shard a result may be in: with these loaded, the list is exactly
    /// the whole catalogue's.
    pub results: Vec<usize>,
    /// The shards that one filter group alone rules out: with these loaded
    /// too, every option count and every way to widen (but to a wider radius)
    /// is exactly the whole catalogue's.
    pub counts: Vec<usize>,
}

/// The shards to load for `filters`, searching from `origin` (the place the
/// filters name, resolved by the caller: a neighbourhood's centre, a venue's
/// location from the venue directory, a point, or the device's position).
///
/// `words` are the shards' word summaries (the index's `words` file, one per
/// shard in its order), when loaded: without them the text rules no shard out,
/// which is never wrong, only more to load. The app loads them when text is
/// typed with a wide radius, where they save most.
pub fn shards_for(
    index: &ShardIndex,
    filters: &Filters,
    origin: LatLon,
    words: Option<&[WordSummary]>,
) -> ShardPlan {
    let query = Query::parse(&filters.text);
    let limit_m = filters.radius.metres();
    let mut results = Vec::new();
    let mut counts = Vec::new();
    for (at, shard) in index.shards.iter().enumerate() {
        let distance = shard.bounds.map(|b| box_distance_m(origin, &b));
        let outside = matches!((limit_m, distance), (Some(limit), Some(d)) if d > limit + SLACK_M);
        if outside {
            continue;
        }
        let text_out = words
            .and_then(|words| words.get(at))
            .is_some_and(|summary| query.words().any(|word| !summary.may_match(word)));
        let ruled_out = Group::ALL
            .iter()
            .filter(|&&group| shard.summary.ruled_out_by(group, filters))
            .count()
            + usize::from(text_out);
        let key = (distance.unwrap_or(f64::INFINITY), at);
        match ruled_out {
            0 => results.push(key),
            1 => counts.push(key),
            _ => {}
        }
    }
    let nearest_first = |mut keys: Vec<(f64, usize)>| {
        crate::sorted::sort_by(&mut keys, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        keys.into_iter().map(|(_, at)| at).collect()
    };
    ShardPlan {
        results: nearest_first(results),
        counts: nearest_first(counts),
    }
}

/// While the shards of `plan_results` load nearest first: how far from
/// `origin` the results by distance are already complete. Every record closer
/// than this is in a loaded shard, so the list in distance order is final up to
/// there (online-only records come after every located one in that order).
/// Infinite when every area shard of the plan is loaded.
pub fn complete_within_m(
    index: &ShardIndex,
    origin: LatLon,
    plan_results: &[usize],
    is_loaded: impl Fn(usize) -> bool,
) -> f64 {
    plan_results
        .iter()
        .filter(|&&at| !is_loaded(at))
        .filter_map(|&at| index.shards.get(at)?.bounds)
        .map(|b| box_distance_m(origin, &b))
        .fold(f64::INFINITY, f64::min)
}

/// The great-circle distance in metres from `p` to the nearest point of the
/// box, by the finder's own distance ([`distance_m`]); 0 inside it. Boxes that
/// cross the antimeridian are not handled.
///
/// Outside the box's longitudes the nearest point is on the nearer of its
/// meridian edges (at a given latitude, distance grows with the difference in
/// longitude), where the distance along the meridian has a single minimum: at
/// the latitude where the great circle through `p` meets the meridian at right
/// angles, or at an end. Within its longitudes, it is straight north or south.
pub fn box_distance_m(p: LatLon, b: &Bounds) -> f64 {
    let clamp_lat = |lat: f64| lat.clamp(b.south, b.north);
    if (b.west..=b.east).contains(&p.lon) {
        if (b.south..=b.north).contains(&p.lat) {
            return 0.0;
        }
        return distance_m(
            p,
            LatLon {
                lat: clamp_lat(p.lat),
                lon: p.lon,
            },
        );
    }
    [b.west, b.east]
        .into_iter()
        .flat_map(|lon| {
            let d_lon = (p.lon - lon).to_radians();
            let lat = p.lat.to_radians();
            let nearest = lat.sin().atan2(lat.cos() * d_lon.cos()).to_degrees();
            [clamp_lat(nearest), b.south, b.north].map(|lat| distance_m(p, LatLon { lat, lon }))
        })
        .fold(f64::INFINITY, f64::min)
}
