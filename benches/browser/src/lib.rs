//! The core's finding functions, as the app's finder calls them, exported to
//! JavaScript for `cargo xtask bench-browser`, which times them in the page beside
//! their JavaScript peers (itemsjs, MiniSearch).
//!
//! Only the benchmark uses this crate: it holds no app code (no Leptos, no view),
//! so what is timed is the core alone, built for wasm as the app builds it. It
//! must never be a dependency of the app.

use learnlocal_core::search::{Context, Facets, OptionCount, SearchIndex, facets, find};
use learnlocal_core::time::DateTime;
use learnlocal_core::{Filters, Loaded, read_catalogue};
use wasm_bindgen::prelude::*;

/// A catalogue read as the app reads it, and its search index once built.
#[wasm_bindgen]
pub struct Bench {
    loaded: Loaded,
    index: Option<SearchIndex>,
    now: DateTime,
}

#[wasm_bindgen]
impl Bench {
    /// Reads a catalogue's JSON text with the app's reader; `now` (`YYYY-MM-DDTHH:MM`,
    /// local to the catalogue) is the moment searches are made at.
    #[wasm_bindgen(constructor)]
    pub fn new(text: &str, now: &str) -> Result<Bench, JsError> {
        let now = DateTime::parse(now).map_err(|e| JsError::new(&format!("now: {e}")))?;
        let loaded = read_catalogue(text, Some(now)).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Bench {
            loaded,
            index: None,
            now,
        })
    }

    /// How many opportunities were read.
    pub fn opportunities(&self) -> usize {
        self.loaded.catalogue.opportunities.len()
    }

    /// How many records the reader left out.
    pub fn left_out(&self) -> usize {
        self.loaded.left_out()
    }

    /// Prepares the search index, as the app does once per catalogue.
    pub fn build_index(&mut self) {
        self.index = Some(SearchIndex::new(&self.loaded.catalogue, self.now));
    }

    /// What the finder works out for one URL query string (`skill=digital&free=yes`,
    /// keys and values as the app writes them, not percent-encoded): the results
    /// and every option's count. Returns the number of results and the sum of all
    /// option counts (so neither can be skipped, and both sides can be compared).
    pub fn query(&self, query: &str) -> Vec<u32> {
        let filters = Filters::from_query(pairs(query), &self.loaded.catalogue);
        self.with_context(|ctx| {
            let hits = find(ctx, &filters);
            let counts = facets(ctx, &filters);
            vec![count(hits.len()), count(option_total(&counts))]
        })
        .unwrap_or_default()
    }

    /// The search box alone: the results for `text`, best match first, as the
    /// finder lists them with the order "Best match". Returns their number.
    pub fn text_search(&self, text: &str) -> u32 {
        let filters = Filters {
            text: text.to_owned(),
            sort: learnlocal_core::filter::Sort::Relevance,
            ..Filters::default()
        };
        self.with_context(|ctx| count(find(ctx, &filters).len()))
            .unwrap_or_default()
    }
}

impl Bench {
    /// Runs `search` over the index; `None` before [`Bench::build_index`].
    fn with_context<T>(&self, search: impl FnOnce(&Context<'_>) -> T) -> Option<T> {
        let index = self.index.as_ref()?;
        let catalogue = &self.loaded.catalogue;
        Some(search(&Context {
            catalogue,
            index,
            origin: catalogue.centre,
            now: self.now,
        }))
    }
}

/// The key/value pairs of a query string that is not percent-encoded.
fn pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The sum of every count the filter panel shows.
fn option_total(f: &Facets) -> usize {
    fn sum<K>(map: &learnlocal_core::sorted::SortedMap<K, OptionCount>) -> usize {
        map.values().map(|c| c.value()).sum()
    }
    f.radius.values().sum::<usize>()
        + f.starts.values().sum::<usize>()
        + f.open_now
        + f.free
        + f.exclude_online
        + sum(&f.skills)
        + sum(&f.kinds)
        + sum(&f.access)
        + sum(&f.days)
        + sum(&f.times)
        + sum(&f.languages)
        + sum(&f.modes)
        + sum(&f.levels)
        + sum(&f.audiences)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A query string splits into the pairs the finder reads from the URL.
    #[test]
    fn query_strings_split_into_pairs() {
        let got: Vec<_> = pairs("skill=digital&free=yes&&open").collect();
        assert_eq!(
            got,
            vec![("skill", "digital"), ("free", "yes"), ("open", "")]
        );
    }
}
