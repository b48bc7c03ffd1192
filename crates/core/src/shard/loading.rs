//! What the app holds of a sharded catalogue while it loads: which shards are
//! in, asked for or failed, what a search still needs, and how to say so.
//!
//! The app asks [`Loading::next`] which shards to request for a search's
//! [`ShardPlan`] (the results' shards before the counts', each list nearest
//! first, never one already asked for), marks each as it arrives or fails, and
//! shows [`Loading::progress`]: while a shard of the plan is missing, the count
//! is a lower bound ("at least N"), and a failed shard is said, never hidden.

use super::{Place, SHARD_FORMAT, Shard, ShardIndex, ShardPlan, shards_for};
use crate::catalogue::{LatLon, Neighbourhood};
use crate::filter::Filters;
use crate::read::CatalogueError;
use serde::de::DeserializeOwned;

/// Each shard's state, by its position in [`ShardIndex::shards`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Loading {
    states: Vec<State>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum State {
    #[default]
    Missing,
    Asked,
    Loaded,
    Failed,
}

/// How far a plan is from complete.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Shards the plan needs (results and counts).
    pub needed: usize,
    /// Of those, the ones loaded.
    pub loaded: usize,
    /// Of those, the ones that could not be loaded.
    pub failed: usize,
    /// Whether every shard a result may be in is loaded: the list is then the
    /// whole catalogue's (the counts may still follow).
    pub results_complete: bool,
    /// Of those needed, the ones held back: beyond the search's download
    /// budget ([`budgeted`]), fetched only when the person asks.
    pub held: usize,
    /// Their size, uncompressed, in bytes.
    pub held_bytes: u64,
}

impl Progress {
    /// Whether every shard the plan needs is in: results and counts are exact.
    pub fn complete(&self) -> bool {
        self.loaded == self.needed
    }

    /// Whether shards are still on their way (not all in, and not all the
    /// missing ones failed or held back).
    pub fn loading(&self) -> bool {
        self.loaded + self.failed + self.held < self.needed
    }

    /// Whether the search stopped at its budget with shards left to fetch:
    /// what it shows is the nearest part, and the count a lower bound.
    pub fn paused(&self) -> bool {
        self.held > 0 && !self.loading()
    }
}

/// Uncompressed bytes of shards a search fetches before it pauses and asks
/// to go further: about eight shards at `cargo data shard`'s default size,
/// some 10,000 records, 0.4 MB with brotli. A search of a whole country
/// ("Anywhere") would otherwise fetch all of it (tens of megabytes).
pub const SEARCH_BUDGET_BYTES: u64 = 8 * 1024 * 1024;

/// The part of `plan` a search fetches without asking: its lists' shards,
/// nearest first, while their sizes (loaded ones included) add up to no more
/// than `budget`, and always the first shard of each list.
pub fn budgeted(plan: &ShardPlan, index: &ShardIndex, budget: u64) -> ShardPlan {
    let mut spent = 0_u64;
    let mut take = |list: &[usize]| -> Vec<usize> {
        let mut kept = Vec::new();
        for &at in list {
            let bytes = index.shards.get(at).map_or(0, |s| s.bytes);
            if !kept.is_empty() && spent + bytes > budget {
                break;
            }
            spent += bytes;
            kept.push(at);
        }
        kept
    };
    let results = take(&plan.results);
    // The counts' shards only once every result's is in the budget.
    let counts = if results.len() == plan.results.len() {
        take(&plan.counts)
    } else {
        Vec::new()
    };
    ShardPlan { results, counts }
}

impl Loading {
    /// Nothing loaded of an index of `shards` shards.
    pub fn new(shards: usize) -> Self {
        Self {
            states: vec![State::Missing; shards],
        }
    }

    /// The shards of `plan` not yet asked for, results first, then counts,
    /// each nearest first; at most `room` of them. They are marked as asked
    /// for. A shard that failed is not asked for again until [`Loading::retry`].
    pub fn next(&mut self, plan: &ShardPlan, room: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for &at in plan.results.iter().chain(&plan.counts) {
            if out.len() >= room {
                break;
            }
            if let Some(state) = self.states.get_mut(at)
                && *state == State::Missing
            {
                *state = State::Asked;
                out.push(at);
            }
        }
        out
    }

    /// Shard `at` has arrived.
    pub fn arrived(&mut self, at: usize) {
        if let Some(state) = self.states.get_mut(at) {
            *state = State::Loaded;
        }
    }

    /// Shard `at` could not be loaded.
    pub fn failed(&mut self, at: usize) {
        if let Some(state) = self.states.get_mut(at)
            && *state != State::Loaded
        {
            *state = State::Failed;
        }
    }

    /// Forgets the failures, so that the next plan asks for those shards again.
    pub fn retry(&mut self) {
        for state in &mut self.states {
            if *state == State::Failed {
                *state = State::Missing;
            }
        }
    }

    /// Whether shard `at` is loaded.
    pub fn is_loaded(&self, at: usize) -> bool {
        self.states.get(at) == Some(&State::Loaded)
    }

    /// Shards being fetched now.
    pub fn in_flight(&self) -> usize {
        self.states.iter().filter(|s| **s == State::Asked).count()
    }

    /// How far `plan` is from complete, counting as loaded only the shards
    /// loaded in `shown` (an earlier copy: what the page shows was put
    /// together from it), so the count never says "complete" before the page
    /// shows every shard; failures are this one's. The shards of `plan` that
    /// are not in `fetched` (the part fetched without asking) and not loaded
    /// or asked for are held back.
    pub fn progress_shown(
        &self,
        plan: &ShardPlan,
        fetched: &ShardPlan,
        index: &ShardIndex,
        shown: &Loading,
    ) -> Progress {
        let now = self.progress(plan);
        let then = shown.progress(plan);
        let in_fetched = |at: &usize| fetched.results.contains(at) || fetched.counts.contains(at);
        let held: Vec<usize> = plan
            .results
            .iter()
            .chain(&plan.counts)
            .filter(|at| !in_fetched(at))
            .filter(|&&at| self.states.get(at) == Some(&State::Missing))
            .copied()
            .collect();
        Progress {
            needed: now.needed,
            loaded: then.loaded,
            failed: now.failed,
            results_complete: then.results_complete,
            held: held.len(),
            held_bytes: held
                .iter()
                .filter_map(|&at| index.shards.get(at))
                .map(|s| s.bytes)
                .sum(),
        }
    }

    /// How far `plan` is from complete.
    pub fn progress(&self, plan: &ShardPlan) -> Progress {
        let state = |at: &usize| self.states.get(*at).copied().unwrap_or_default();
        let all = || plan.results.iter().chain(&plan.counts);
        Progress {
            needed: all().count(),
            loaded: all().filter(|at| state(at) == State::Loaded).count(),
            failed: all().filter(|at| state(at) == State::Failed).count(),
            results_complete: plan.results.iter().all(|at| state(at) == State::Loaded),
            held: 0,
            held_bytes: 0,
        }
    }
}

/// Where a named place is: a neighbourhood of the gazetteer, else a venue of
/// the venue directory.
pub fn place_location(gazetteer: &[Neighbourhood], places: &[Place], id: &str) -> Option<LatLon> {
    gazetteer
        .iter()
        .find(|n| n.id == id)
        .map(|n| n.centre)
        .or_else(|| places.iter().find(|p| p.id == id).map(|p| p.location))
}

/// Every shard, nearest to `origin` first (the online-only ones last): the
/// order to look in for a record whose shard is not known, such as one a
/// shared link names.
pub fn search_order(index: &ShardIndex, origin: LatLon) -> ShardPlan {
    let mut plan = shards_for(index, &Filters::default(), origin, None);
    plan.results.append(&mut plan.counts);
    plan
}

/// Reads a shard index (the text of `data/catalogue.json` when the catalogue
/// is sharded). A format this build does not know, or a file an index names by
/// a path that is not a plain relative one on the same site, is an error.
pub fn read_index(bytes: &[u8]) -> Result<ShardIndex, CatalogueError> {
    let index: ShardIndex = read_json(bytes)?;
    if index.shard_format != SHARD_FORMAT {
        return Err(CatalogueError::Malformed {
            line: 1,
            column: 1,
            detail: format!(
                "shard_format {} is not one this app reads (it reads {SHARD_FORMAT})",
                index.shard_format
            ),
        });
    }
    let paths = index.shards.iter().map(|s| s.path.as_str());
    let named = [&index.gazetteer, &index.places, &index.words];
    if let Some(bad) = paths
        .chain(named.into_iter().flatten().map(String::as_str))
        .find(|p| !is_relative_path(p))
    {
        return Err(CatalogueError::Malformed {
            line: 1,
            column: 1,
            detail: format!("the shard path \"{bad}\" is not a relative path on this site"),
        });
    }
    Ok(index)
}

/// Reads one shard file.
pub fn read_shard(bytes: &[u8]) -> Result<Shard, CatalogueError> {
    read_json(bytes)
}

/// Reads the gazetteer, the venue directory or the word summaries: a list.
pub fn read_list<T: DeserializeOwned>(bytes: &[u8]) -> Result<Vec<T>, CatalogueError> {
    read_json(bytes)
}

/// Read from text (`serde_json::from_str`), as the catalogue reader types its
/// records: the records' deserializers are then the reader's own, not a second
/// copy of each compiled for bytes (which added 39 KB brotli to the app).
fn read_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CatalogueError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| CatalogueError::Malformed {
        line: 1,
        column: 1,
        detail: format!("not UTF-8 text: {e}"),
    })?;
    serde_json::from_str(text).map_err(|e| CatalogueError::Malformed {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })
}

/// Whether an index's path stays under the index's folder on the same site:
/// no scheme, host, query, absolute path or `..`, so a shard is never fetched
/// from another origin or another part of the site.
pub fn is_relative_path(path: &str) -> bool {
    !path.is_empty()
        && path.split('/').all(|part| {
            !part.is_empty()
                && part != ".."
                && part != "."
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
}

impl ShardIndex {
    /// Every language some record is held in, in code order: the language
    /// filter's options before any shard is loaded.
    pub fn languages(&self) -> Vec<String> {
        let mut codes: Vec<String> = Vec::new();
        for shard in &self.shards {
            for (code, n) in &shard.summary.languages {
                if *n > 0 && !codes.contains(code) {
                    codes.push(code.clone());
                }
            }
        }
        crate::sorted::sort_small_by(&mut codes, |a, b| a.cmp(b));
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(results: &[usize], counts: &[usize]) -> ShardPlan {
        ShardPlan {
            results: results.to_vec(),
            counts: counts.to_vec(),
        }
    }

    #[test]
    fn results_are_asked_for_before_counts_and_never_twice() {
        let mut loading = Loading::new(6);
        let p = plan(&[4, 1, 2], &[0, 5]);
        assert_eq!(loading.next(&p, 2), vec![4, 1]);
        assert_eq!(loading.next(&p, 10), vec![2, 0, 5]);
        assert_eq!(loading.next(&p, 10), Vec::<usize>::new());
        assert_eq!(loading.in_flight(), 5);
    }

    #[test]
    fn progress_says_what_is_missing_and_what_failed() {
        let mut loading = Loading::new(6);
        let p = plan(&[4, 1], &[0]);
        loading.next(&p, 10);
        let progress = loading.progress(&p);
        assert_eq!((progress.needed, progress.loaded), (3, 0));
        assert!(progress.loading() && !progress.results_complete);
        loading.arrived(4);
        loading.arrived(1);
        let progress = loading.progress(&p);
        assert!(progress.results_complete && !progress.complete() && progress.loading());
        loading.failed(0);
        let progress = loading.progress(&p);
        assert_eq!(progress.failed, 1);
        assert!(!progress.loading() && !progress.complete());
        // A failed shard is asked for again only after a retry.
        assert_eq!(loading.next(&p, 10), Vec::<usize>::new());
        loading.retry();
        assert_eq!(loading.next(&p, 10), vec![0]);
        loading.arrived(0);
        assert!(loading.progress(&p).complete());
        // A shard that arrived stays loaded.
        loading.failed(0);
        assert!(loading.is_loaded(0));
    }

    /// An index of shards of these sizes, from the demo's split.
    fn index_of(bytes: &[u64]) -> ShardIndex {
        let demo = crate::read_catalogue(include_str!("../../../../data/catalogue.json"), None)
            .unwrap()
            .catalogue;
        let name = |text: &str| format!("{:016x}", text.len());
        let mut index = super::super::split(&demo, super::super::Limit::DEFAULT, &name)
            .unwrap()
            .index;
        let entry = index.shards[0].clone();
        index.shards = bytes
            .iter()
            .map(|&b| super::super::ShardEntry {
                bytes: b,
                ..entry.clone()
            })
            .collect();
        index
    }

    #[test]
    fn progress_counts_only_what_is_shown() {
        let index = index_of(&[1, 1, 1]);
        let mut loading = Loading::new(3);
        let p = plan(&[0, 1], &[2]);
        loading.next(&p, 10);
        loading.arrived(0);
        let shown = loading.clone();
        loading.arrived(1);
        loading.arrived(2);
        let progress = loading.progress_shown(&p, &p, &index, &shown);
        assert_eq!((progress.loaded, progress.needed), (1, 3));
        assert!(progress.loading() && !progress.results_complete);
        assert!(loading.progress_shown(&p, &p, &index, &loading).complete());
    }

    #[test]
    fn a_search_stops_at_its_budget_and_says_what_it_held_back() {
        let index = index_of(&[4, 4, 4, 4, 4]);
        let p = plan(&[3, 1, 4], &[0, 2]);
        // Within 9 bytes: two result shards; the counts wait for every result's.
        let part = budgeted(&p, &index, 9);
        assert_eq!(part, plan(&[3, 1], &[]));
        // The first shard always, however small the budget.
        assert_eq!(budgeted(&p, &index, 0), plan(&[3], &[]));
        assert_eq!(budgeted(&p, &index, 100), p);
        let mut loading = Loading::new(5);
        assert_eq!(loading.next(&part, 10), vec![3, 1]);
        loading.arrived(3);
        loading.arrived(1);
        let progress = loading.progress_shown(&p, &part, &index, &loading);
        assert_eq!((progress.held, progress.held_bytes), (3, 12));
        assert!(progress.paused() && !progress.loading() && !progress.complete());
        // Asked to go further: the whole plan.
        assert_eq!(loading.next(&p, 10), vec![4, 0, 2]);
        let progress = loading.progress_shown(&p, &p, &index, &loading);
        assert!(progress.loading() && !progress.paused());
    }

    #[test]
    fn an_empty_plan_is_complete_at_once() {
        let loading = Loading::new(3);
        let progress = loading.progress(&ShardPlan::default());
        assert!(progress.complete() && !progress.loading() && progress.results_complete);
    }

    #[test]
    fn only_plain_relative_paths_are_fetched() {
        for good in ["shards/0123abcd.json", "a.json", "x/y-z_1.json"] {
            assert!(is_relative_path(good), "{good}");
        }
        for bad in [
            "",
            "/shards/a.json",
            "https://elsewhere.example/a.json",
            "//elsewhere.example/a.json",
            "../a.json",
            "shards/../../a.json",
            "shards//a.json",
            "a.json?x=1",
            "a b.json",
            "shards\\a.json",
        ] {
            assert!(!is_relative_path(bad), "{bad}");
        }
    }

    #[test]
    fn an_index_of_another_format_or_with_a_foreign_path_is_refused() {
        let demo = crate::read_catalogue(include_str!("../../../../data/catalogue.json"), None)
            .unwrap()
            .catalogue;
        let name = |text: &str| format!("{:016x}", text.len());
        let split = super::super::split(&demo, super::super::Limit::DEFAULT, &name).unwrap();
        let text = serde_json::to_string(&split.index).unwrap();
        let path = split.index.shards[0].path.clone();
        let read = |text: String| read_index(text.as_bytes());
        match read(text.clone()) {
            Ok(index) => assert_eq!(index, split.index),
            Err(e) => panic!("{e}"),
        }
        let other = text.replacen(r#""shard_format":1"#, r#""shard_format":2"#, 1);
        let e = read(other).unwrap_err().to_string();
        assert!(e.contains("shard_format 2"), "{e}");
        let foreign = text.replacen(&path, "https://elsewhere.example/a.json", 1);
        let e = read(foreign).unwrap_err().to_string();
        assert!(e.contains("elsewhere.example"), "{e}");
        assert!(read("{".into()).is_err());
    }

    #[test]
    fn places_are_neighbourhoods_first_then_venues() {
        let at = |lat| LatLon { lat, lon: 0.0 };
        let gazetteer = vec![Neighbourhood {
            id: "mayfield".into(),
            name: "Mayfield".into(),
            centre: at(1.0),
            outline: Vec::new(),
            population: None,
            population_estimate: false,
        }];
        let places = vec![
            Place {
                id: "library".into(),
                name: "Library".into(),
                location: at(2.0),
            },
            Place {
                id: "mayfield".into(),
                name: "Mayfield Hall".into(),
                location: at(3.0),
            },
        ];
        assert_eq!(
            place_location(&gazetteer, &places, "mayfield"),
            Some(at(1.0))
        );
        assert_eq!(
            place_location(&gazetteer, &places, "library"),
            Some(at(2.0))
        );
        assert_eq!(place_location(&gazetteer, &places, "nowhere"), None);
    }
}
