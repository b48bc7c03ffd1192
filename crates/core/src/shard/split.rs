//! The splitter: a catalogue cut into area shards that follow the density of
//! its venues, and online-only shards, with the index that lists them.
//!
//! Each venue goes, with every opportunity held at it, into the shard whose
//! area holds the venue's location; an opportunity has at most one venue, so it
//! is in exactly one shard, and a search finds it wherever it is looked for
//! from. (A venue listed twice under one id, which the checks report, stays with
//! the first, as the finder reads the first.) Opportunities with no venue the
//! catalogue lists (online only) go into shards of their own, by title (the
//! finder's order for them), so the first online results of a list are in the
//! first online shard.
//!
//! Areas are the cells of a quadtree over the venues' box: a cell over the limit
//! is cut into four at its middle, until each is under it; a cell whose venues
//! all stand at one point is never cut (so one venue with more than the limit
//! makes one larger shard). Neighbouring cells that are not cut further are
//! then packed together, in order, while they fit, so sparse country does not
//! make many tiny files. Everything is in a fixed order (the catalogue's, and
//! south-west, south-east, north-west, north-east), so the same catalogue and
//! limit give the same files, byte for byte.

use super::{Place, SHARD_FORMAT, Shard, ShardEntry, ShardIndex, Summary, WordSummary};
use crate::catalogue::{Bounds, Catalogue, LatLon, Venue};
use crate::opportunity::Opportunity;
use crate::search::search_doc;
use std::collections::HashMap;

/// How big a shard may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The most bytes of JSON, uncompressed.
    pub max_bytes: usize,
    /// The most opportunities.
    pub max_records: usize,
}

impl Limit {
    /// The default: 1 MB of JSON (40 to 70 KB with brotli for the synthetic
    /// records), as many records as fit (`docs/sharding.md`).
    pub const DEFAULT: Limit = Limit {
        max_bytes: 1024 * 1024,
        max_records: usize::MAX,
    };
}

impl Default for Limit {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// One file to write beside the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardFile {
    /// Its path relative to the index, as the index names it.
    pub path: String,
    /// Its JSON.
    pub text: String,
}

/// A catalogue split: the index and the files it names.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    /// The index, to be written as `catalogue.json` ([`super::INDEX_FILE`]).
    pub index: ShardIndex,
    /// The shards, in the index's order, then the word summaries, the venue
    /// directory and the gazetteer.
    pub files: Vec<ShardFile>,
}

/// A venue (with any later venues of the same id) and the opportunities held
/// there: what the quadtree places.
struct Item {
    venues: Vec<usize>,
    location: LatLon,
    opportunities: Vec<usize>,
    bytes: usize,
}

/// Bytes of the JSON `serde_json` writes, counted without keeping them.
#[derive(Default)]
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn json_bytes<T: serde::Serialize>(value: &T) -> Result<usize, serde_json::Error> {
    let mut count = ByteCount::default();
    serde_json::to_writer(&mut count, value)?;
    Ok(count.0)
}

/// The bytes of a shard's JSON beside its records and their commas.
const SHARD_OVERHEAD: usize = r#"{"venues":[],"opportunities":[]}"#.len();

/// Cells are never cut finer than this many times (a cell of about a metre).
const MAX_DEPTH: u32 = 32;

/// Cuts `catalogue` into shards no bigger than `limit` (but for one venue's
/// records that alone exceed it). `name` gives each file's name from its
/// content (a hash), without the folder or `.json`.
pub fn split(
    catalogue: &Catalogue,
    limit: Limit,
    name: &dyn Fn(&str) -> String,
) -> Result<Split, serde_json::Error> {
    // The first venue of each id, as the finder reads it.
    let mut first_of: HashMap<&str, usize> = HashMap::new();
    let mut items: Vec<Item> = Vec::new();
    for (v, venue) in catalogue.venues.iter().enumerate() {
        let bytes = json_bytes(venue)? + 1;
        let item = *first_of.entry(venue.id.as_str()).or_insert_with(|| {
            items.push(Item {
                venues: Vec::new(),
                location: venue.location,
                opportunities: Vec::new(),
                bytes: 0,
            });
            items.len() - 1
        });
        if let Some(item) = items.get_mut(item) {
            item.venues.push(v);
            item.bytes += bytes;
        }
    }
    let mut online: Vec<(usize, usize)> = Vec::new();
    for (o, opportunity) in catalogue.opportunities.iter().enumerate() {
        let bytes = json_bytes(opportunity)? + 1;
        let venue = opportunity
            .venue
            .as_deref()
            .and_then(|id| first_of.get(id))
            .and_then(|&item| items.get_mut(item));
        match venue {
            Some(item) => {
                item.opportunities.push(o);
                item.bytes += bytes;
            }
            None => online.push((o, bytes)),
        }
    }

    let fits = |bytes: usize, records: usize| {
        bytes + SHARD_OVERHEAD <= limit.max_bytes && records <= limit.max_records
    };
    let all: Vec<usize> = (0..items.len()).collect();
    let cells = match bounds_of(items.iter().map(|i| i.location)) {
        Some(area) => cut(&items, all, area, 0, &fits),
        None => Vec::new(),
    };

    let mut shards: Vec<(Option<Bounds>, Shard)> = Vec::new();
    for cell in cells {
        let mut venues: Vec<usize> = Vec::new();
        let mut opportunities: Vec<usize> = Vec::new();
        for item in cell.iter().filter_map(|&i| items.get(i)) {
            venues.extend(&item.venues);
            opportunities.extend(&item.opportunities);
        }
        venues.sort_unstable();
        opportunities.sort_unstable();
        let bounds = bounds_of(
            venues
                .iter()
                .filter_map(|&v| catalogue.venues.get(v))
                .map(|v| v.location),
        );
        shards.push((bounds, shard_of(catalogue, &venues, &opportunities)));
    }
    // Online-only records in the finder's order for them (they come after
    // every located record in distance order, by title ignoring case and
    // accents, then id), as many to a shard as fit: the first of them in a
    // list are in the first online shard. Each shard keeps the catalogue's order.
    let mut online: Vec<(String, usize, usize)> = online
        .into_iter()
        .map(|(o, bytes)| {
            let title = catalogue
                .opportunities
                .get(o)
                .map(|o| crate::text::fold(&o.title))
                .unwrap_or_default();
            (title, o, bytes)
        })
        .collect();
    crate::sorted::sort_by(&mut online, |a, b| {
        a.0.cmp(&b.0).then_with(|| {
            let id = |o: usize| catalogue.opportunities.get(o).map(|o| o.id.as_str());
            id(a.1).cmp(&id(b.1))
        })
    });
    let mut chunk: Vec<usize> = Vec::new();
    let mut chunk_bytes = 0;
    for (_, o, bytes) in online {
        if !chunk.is_empty() && !fits(chunk_bytes + bytes, chunk.len() + 1) {
            chunk.sort_unstable();
            shards.push((None, shard_of(catalogue, &[], &chunk)));
            chunk.clear();
            chunk_bytes = 0;
        }
        chunk.push(o);
        chunk_bytes += bytes;
    }
    if !chunk.is_empty() {
        chunk.sort_unstable();
        shards.push((None, shard_of(catalogue, &[], &chunk)));
    }

    // The venue the finder reads for each id: the first.
    let venue_of: HashMap<&str, &Venue> = items
        .iter()
        .filter_map(|item| catalogue.venues.get(*item.venues.first()?))
        .map(|v| (v.id.as_str(), v))
        .collect();
    let path_of = |text: &str| format!("shards/{}.json", name(text));
    let mut files = Vec::with_capacity(shards.len() + 2);
    let mut entries = Vec::with_capacity(shards.len());
    let mut words = Vec::with_capacity(shards.len());
    for (bounds, shard) in shards {
        let text = serde_json::to_string(&shard)?;
        let path = path_of(&text);
        let records: Vec<(&Opportunity, Option<&Venue>)> = shard
            .opportunities
            .iter()
            .map(|o| {
                (
                    o,
                    o.venue.as_deref().and_then(|id| venue_of.get(id).copied()),
                )
            })
            .collect();
        let docs: Vec<_> = records
            .iter()
            .map(|&(o, venue)| search_doc(catalogue, o, venue))
            .collect();
        words.push(WordSummary::of(docs.iter()));
        entries.push(ShardEntry {
            path: path.clone(),
            bounds,
            bytes: text.len() as u64,
            summary: Summary::of(&records),
        });
        files.push(ShardFile { path, text });
    }
    // The files loaded only when needed.
    let mut side_file = |text: String| {
        let path = path_of(&text);
        files.push(ShardFile {
            path: path.clone(),
            text,
        });
        path
    };
    let places: Vec<Place> = items
        .iter()
        .filter_map(|item| catalogue.venues.get(*item.venues.first()?))
        .map(|v| Place {
            id: v.id.clone(),
            name: v.name.clone(),
            location: v.location,
        })
        .collect();
    let words = (!entries.is_empty())
        .then(|| serde_json::to_string(&words))
        .transpose()?
        .map(&mut side_file);
    let places = (!places.is_empty())
        .then(|| serde_json::to_string(&places))
        .transpose()?
        .map(&mut side_file);
    let gazetteer = (!catalogue.neighbourhoods.is_empty())
        .then(|| serde_json::to_string(&catalogue.neighbourhoods))
        .transpose()?
        .map(&mut side_file);
    Ok(Split {
        index: ShardIndex {
            shard_format: SHARD_FORMAT,
            catalogue: header_of(catalogue),
            gazetteer,
            places,
            words,
            shards: entries,
        },
        files,
    })
}

/// The shard of the given venues and opportunities (positions in the catalogue).
fn shard_of(catalogue: &Catalogue, venues: &[usize], opportunities: &[usize]) -> Shard {
    Shard {
        venues: venues
            .iter()
            .filter_map(|&v| catalogue.venues.get(v).cloned())
            .collect(),
        opportunities: opportunities
            .iter()
            .filter_map(|&o| catalogue.opportunities.get(o).cloned())
            .collect(),
    }
}

/// The catalogue without its venues, opportunities and neighbourhoods.
fn header_of(c: &Catalogue) -> Catalogue {
    Catalogue {
        schema_version: c.schema_version,
        name: c.name.clone(),
        language: c.language.clone(),
        demonstration: c.demonstration,
        keeper: c.keeper.clone(),
        time_zone: c.time_zone.clone(),
        currency: c.currency.clone(),
        centre: c.centre,
        centre_label: c.centre_label.clone(),
        bounds: c.bounds,
        neighbourhoods: Vec::new(),
        skills: c.skills.clone(),
        venues: Vec::new(),
        opportunities: Vec::new(),
        kiosk: c.kiosk.clone(),
        map: c.map.clone(),
    }
}

/// The smallest box holding the points; `None` for none.
fn bounds_of(points: impl Iterator<Item = LatLon>) -> Option<Bounds> {
    points.fold(None, |b: Option<Bounds>, p| {
        Some(match b {
            None => Bounds {
                south: p.lat,
                west: p.lon,
                north: p.lat,
                east: p.lon,
            },
            Some(b) => Bounds {
                south: b.south.min(p.lat),
                west: b.west.min(p.lon),
                north: b.north.max(p.lat),
                east: b.east.max(p.lon),
            },
        })
    })
}

/// The cells of the quadtree over `area` holding `chosen` items, each a list of
/// items, with neighbouring uncut cells packed while they fit.
fn cut(
    items: &[Item],
    chosen: Vec<usize>,
    area: Bounds,
    depth: u32,
    fits: &dyn Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let size = |cell: &[usize]| {
        cell.iter()
            .filter_map(|&i| items.get(i))
            .fold((0, 0), |(b, r), item| {
                (b + item.bytes, r + item.opportunities.len())
            })
    };
    let (bytes, records) = size(&chosen);
    let first = chosen
        .first()
        .and_then(|&i| items.get(i))
        .map(|i| i.location);
    let one_point = chosen
        .iter()
        .filter_map(|&i| items.get(i))
        .all(|i| Some(i.location) == first);
    if fits(bytes, records) || one_point || depth >= MAX_DEPTH {
        return vec![chosen];
    }
    let mid_lat = (area.south + area.north) / 2.0;
    let mid_lon = (area.west + area.east) / 2.0;
    let quadrant = |p: LatLon| usize::from(p.lon >= mid_lon) + 2 * usize::from(p.lat >= mid_lat);
    let mut quadrants: [Vec<usize>; 4] = Default::default();
    for &i in &chosen {
        if let Some(q) = items
            .get(i)
            .and_then(|item| quadrants.get_mut(quadrant(item.location)))
        {
            q.push(i);
        }
    }
    let boxes = [
        (area.south, area.west, mid_lat, mid_lon),
        (area.south, mid_lon, mid_lat, area.east),
        (mid_lat, area.west, area.north, mid_lon),
        (mid_lat, mid_lon, area.north, area.east),
    ];
    let mut cells: Vec<Vec<usize>> = Vec::new();
    // The uncut cells met since the last cut one, packed together.
    let mut pack: Vec<usize> = Vec::new();
    for (quadrant, (south, west, north, east)) in quadrants.into_iter().zip(boxes) {
        if quadrant.is_empty() {
            continue;
        }
        let area = Bounds {
            south,
            west,
            north,
            east,
        };
        let mut children = cut(items, quadrant, area, depth + 1, fits);
        if children.len() == 1 {
            let child = children.pop().unwrap_or_default();
            let (pb, pr) = size(&pack);
            let (cb, cr) = size(&child);
            if !pack.is_empty() && !fits(pb + cb, pr + cr) {
                cells.push(std::mem::take(&mut pack));
            }
            pack.extend(child);
        } else {
            if !pack.is_empty() {
                cells.push(std::mem::take(&mut pack));
            }
            cells.extend(children);
        }
    }
    if !pack.is_empty() {
        cells.push(pack);
    }
    cells
}
