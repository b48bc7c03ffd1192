//! A large catalogue as area shards: a small index the app loads first, and
//! files of venues with their opportunities that it loads only where the search
//! looks, from any static host.
//!
//! The index ([`ShardIndex`]) holds the catalogue's header (everything but its
//! venues, opportunities and neighbourhoods: settings, skills, map, kiosk), the
//! paths of the gazetteer (the neighbourhoods), of the venue directory ([`Place`]s, for naming a venue as the place to
//! search from) and of the shards' word summaries ([`WordSummary`], for ruling
//! shards out by text), and one [`ShardEntry`] per shard: its path relative to the
//! index, its bounds (none for the online-only shards) and a [`Summary`] of its
//! records. Shard files are named by a hash of their content, so a host may
//! cache them forever; only the index is revalidated.
//!
//! [`shards_for`] says which shards a search needs, [`assemble`] puts the loaded
//! ones back into a [`Catalogue`] that the finder searches as it would the whole
//! file (same results, same counts: the data tool's identical-results test), and
//! [`split`] cuts a catalogue into shards. Pure: no IO, and the hash that names
//! the files is the caller's.

pub mod check;
mod loading;
mod plan;
mod split;
mod summary;
mod words;

pub use loading::{
    Loading, Progress, SEARCH_BUDGET_BYTES, budgeted, is_relative_path, place_location, read_index,
    read_list, read_shard, search_order,
};
pub use plan::{ShardPlan, box_distance_m, complete_within_m, shards_for};
pub use split::{Limit, ShardFile, Split, split};
pub use summary::Summary;
pub use words::WordSummary;

use crate::catalogue::{Bounds, Catalogue, LatLon, Neighbourhood, Venue};
use crate::opportunity::Opportunity;
use serde::{Deserialize, Serialize};

/// The shard format version this build writes and reads.
pub const SHARD_FORMAT: u32 = 1;

/// The name the index is published under: the app opens `data/catalogue.json`
/// whether it holds one whole catalogue or a shard index, and tells them apart
/// by [`is_index`].
pub const INDEX_FILE: &str = "catalogue.json";

/// The key a shard index starts with, and a whole catalogue never has.
const FORMAT_KEY: &[u8] = b"\"shard_format\"";

/// True when a file starting with `prefix` is a shard index rather than a whole
/// catalogue: after an optional UTF-8 byte order mark and white space, an
/// object whose first key is exactly `"shard_format"` (serde writes
/// [`ShardIndex`]'s fields in order, and that one first). Only the first bytes
/// are needed, so a caller may decide before the rest has arrived; a prefix too
/// short to hold the key is not an index.
pub fn is_index(prefix: &[u8]) -> bool {
    let rest = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    let rest = rest.trim_ascii_start();
    let Some(rest) = rest.strip_prefix(b"{") else {
        return false;
    };
    rest.trim_ascii_start().starts_with(FORMAT_KEY)
}

/// The file a sharded catalogue is opened by: small, and revalidated by hosts.
/// `shard_format` must stay its first field: [`is_index`] looks for it there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardIndex {
    /// Format version; see [`SHARD_FORMAT`].
    pub shard_format: u32,
    /// The catalogue without its venues, opportunities and neighbourhoods.
    pub catalogue: Catalogue,
    /// The gazetteer's path, relative to the index: the catalogue's
    /// neighbourhoods, loaded when a place is typed or a link names one (a
    /// country's is hundreds of kilobytes, which a search from the catalogue's
    /// centre, the device's position or a point on the map does not need).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gazetteer: Option<String>,
    /// The venue directory's path, relative to the index: every venue's id,
    /// name and location, loaded only when a venue is named as the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub places: Option<String>,
    /// The word summaries' path, relative to the index: a list of
    /// [`WordSummary`], one per shard in the order of `shards`, loaded only
    /// when text is searched for over many shards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<String>,
    /// The shards: area shards first, in the splitter's order, then the
    /// online-only ones.
    pub shards: Vec<ShardEntry>,
}

/// One shard as the index lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardEntry {
    /// The file, relative to the index (`shards/<hash>.json`), so the site
    /// may be published under any base path.
    pub path: String,
    /// The smallest box holding its venues; `None` for a shard of online-only
    /// opportunities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
    /// The file's size in bytes, uncompressed.
    pub bytes: u64,
    /// What its records have: counts per filter option.
    pub summary: Summary,
}

impl ShardEntry {
    /// True for a shard of online-only opportunities (no venue).
    pub fn is_online(&self) -> bool {
        self.bounds.is_none()
    }
}

/// One shard file: venues and the opportunities held at them (or online-only
/// opportunities and no venue).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Shard {
    /// The venues, in the catalogue's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub venues: Vec<Venue>,
    /// The opportunities, in the catalogue's order.
    pub opportunities: Vec<Opportunity>,
}

/// A venue as a place to search from, in the venue directory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The venue id, as the URL's `near` holds it.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Where it is.
    pub location: LatLon,
}

/// The catalogue the finder searches, from the index, the gazetteer's
/// neighbourhoods (none until it is loaded) and the shards loaded so far (each
/// with its position in [`ShardIndex::shards`]): the header, then each shard's
/// venues and opportunities in the order of the index, whatever order they
/// arrived in, so the same shards always give the same catalogue.
pub fn assemble(
    index: &ShardIndex,
    gazetteer: &[Neighbourhood],
    loaded: impl IntoIterator<Item = (usize, Shard)>,
) -> Catalogue {
    let mut loaded: Vec<(usize, Shard)> = loaded.into_iter().collect();
    crate::sorted::sort_by_key(&mut loaded, |(at, _)| *at);
    loaded.dedup_by_key(|(at, _)| *at);
    let mut catalogue = index.catalogue.clone();
    catalogue.neighbourhoods = gazetteer.to_vec();
    catalogue.venues = Vec::with_capacity(loaded.iter().map(|(_, s)| s.venues.len()).sum());
    catalogue.opportunities =
        Vec::with_capacity(loaded.iter().map(|(_, s)| s.opportunities.len()).sum());
    for (_, shard) in loaded {
        catalogue.venues.extend(shard.venues);
        catalogue.opportunities.extend(shard.opportunities);
    }
    catalogue
}

#[cfg(test)]
mod tests;
