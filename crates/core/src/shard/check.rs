//! The promise of sharding, as a check: searching the shards a plan loads gives
//! what searching the whole catalogue gives. Used by the tests and by the data
//! tool, which checks every set of shards it writes.

use crate::filter::{AccessNeed, Filters, Radius, Sort, StartsWithin};
use crate::opportunity::{Audience, Kind, Level, Mode};
use crate::schedule::PartOfDay;
use crate::search::{Context, Group, SearchIndex, facets, find, widenings};
use crate::sorted::SortedSet;
use crate::time::DateTime;
use crate::time::Weekday;
use crate::token::Token;
use crate::{Catalogue, LatLon};

/// A catalogue with its search index.
#[derive(Debug, Clone, Copy)]
pub struct Searched<'a> {
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// Its index.
    pub index: &'a SearchIndex,
}

impl<'a> Searched<'a> {
    fn at(self, origin: LatLon, now: DateTime) -> Context<'a> {
        Context {
            catalogue: self.catalogue,
            index: self.index,
            origin,
            now,
        }
    }
}

/// What differs, in words, between the whole catalogue and the shards of a
/// plan ([`super::ShardPlan`]) searched with `filters` from `origin` at `now`:
/// `results` assembled from the plan's result shards must give the same list
/// (ids, distances, scores, in order), and `counts`, from its result and count
/// shards, the same option counts and ways to widen, but for a radius wider
/// than the one chosen, whose count may only be lower. `None` when all agree.
pub fn difference(
    whole: Searched<'_>,
    results: Searched<'_>,
    counts: Searched<'_>,
    filters: &Filters,
    origin: LatLon,
    now: DateTime,
) -> Option<String> {
    let listed = |s: Searched<'_>| -> Vec<(String, Option<f64>, u32)> {
        find(&s.at(origin, now), filters)
            .into_iter()
            .map(|h| {
                let id = s
                    .catalogue
                    .opportunities
                    .get(h.index)
                    .map_or_else(String::new, |o| o.id.clone());
                (id, h.distance_m, h.score)
            })
            .collect()
    };
    let (expected, got) = (listed(whole), listed(results));
    if expected != got {
        let at = expected.iter().zip(&got).position(|(a, b)| a != b);
        return Some(format!(
            "results differ: {} in the whole catalogue, {} from the shards; first difference at {at:?}",
            expected.len(),
            got.len()
        ));
    }
    let expected = facets(&whole.at(origin, now), filters);
    let mut got = facets(&counts.at(origin, now), filters);
    let chosen_m = filters.radius.metres().unwrap_or(f64::INFINITY);
    for radius in Radius::ALL {
        let wider = radius.metres().unwrap_or(f64::INFINITY) > chosen_m;
        let (Some(e), Some(g)) = (expected.radius.get(&radius), got.radius.get(&radius)) else {
            continue;
        };
        if wider && g <= e {
            // A lower bound, as promised: compare the rest.
            let e = *e;
            got.radius.insert(radius, e);
        }
    }
    if expected != got {
        return Some(format!(
            "option counts differ:\n whole  {expected:?}\n shards {got:?}"
        ));
    }
    let ways = |s: Searched<'_>| {
        let mut w = widenings(&s.at(origin, now), filters);
        w.retain(|w| w.group != Group::Distance);
        w
    };
    let (expected, got) = (ways(whole), ways(counts));
    if expected != got {
        return Some(format!(
            "ways to widen differ:\n whole  {expected:?}\n shards {got:?}"
        ));
    }
    None
}

/// A search to check: filters and the point searched from.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleSearch {
    /// The filters.
    pub filters: Filters,
    /// Where distances are measured from.
    pub origin: LatLon,
}

/// A small seeded random number generator (xorshift), so a failure repeats.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn one_in(&mut self, n: u64) -> bool {
        self.next().is_multiple_of(n)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        let at = self.below(items.len());
        items.get(at)
    }
    /// One or two of `items`.
    fn few<T: Ord + Clone>(&mut self, items: &[T]) -> SortedSet<T> {
        let mut set = SortedSet::new();
        for _ in 0..1 + self.below(2) {
            if let Some(item) = self.pick(items) {
                set.insert(item.clone());
            }
        }
        set
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1_u64 << 53) as f64
    }
}

/// `n` searches over `catalogue`, seeded: from its centre, its neighbourhoods,
/// its venues and points in its bounds; at every radius; with text taken from
/// its records (whole words, starts of words, words with a typo, words it does
/// not have), and a few filters of every group at a time.
pub fn sample_searches(catalogue: &Catalogue, seed: u64, n: usize) -> Vec<SampleSearch> {
    let mut dice = Dice(seed.max(1));
    let skills: Vec<String> = catalogue.skills.iter().map(|s| s.id.clone()).collect();
    let mut languages: Vec<String> = catalogue
        .opportunities
        .iter()
        .flat_map(|o| o.languages.iter().cloned())
        .take(10_000)
        .collect();
    crate::sorted::sort_dedup(&mut languages);
    (0..n)
        .map(|_| {
            let origin = match dice.below(4) {
                0 => catalogue.centre,
                1 => dice
                    .pick(&catalogue.neighbourhoods)
                    .map_or(catalogue.centre, |n| n.centre),
                2 => dice
                    .pick(&catalogue.venues)
                    .map_or(catalogue.centre, |v| v.location),
                _ => match catalogue.bounds {
                    Some(b) => LatLon {
                        lat: b.south + (b.north - b.south) * dice.unit(),
                        lon: b.west + (b.east - b.west) * dice.unit(),
                    },
                    None => catalogue.centre,
                },
            };
            let mut f = Filters {
                radius: *dice.pick(&Radius::ALL).unwrap_or(&Radius::Anywhere),
                sort: *dice.pick(&Sort::ALL).unwrap_or(&Sort::Distance),
                ..Filters::default()
            };
            if dice.one_in(3) {
                f.text = sample_text(&mut dice, catalogue);
            }
            if dice.one_in(4) {
                f.skills = dice.few(&skills);
            }
            if dice.one_in(6) {
                f.kinds = dice.few(&Kind::ALL);
            }
            if dice.one_in(6) {
                f.modes = dice.few(&Mode::ALL);
            }
            if dice.one_in(6) {
                f.levels = dice.few(&Level::ALL);
            }
            if dice.one_in(6) {
                f.audiences = dice.few(&Audience::ALL);
            }
            if dice.one_in(6) {
                f.access = dice.few(AccessNeed::ALL);
            }
            if dice.one_in(6) {
                f.languages = dice.few(&languages);
            }
            if dice.one_in(8) {
                f.free = true;
            }
            if dice.one_in(8) {
                f.max_price = Some(dice.below(60) as u32);
            }
            if dice.one_in(5) {
                f.exclude_online = true;
            }
            if dice.one_in(8) {
                f.days = dice.few(&Weekday::ALL);
            }
            if dice.one_in(8) {
                f.times = dice.few(&PartOfDay::ALL);
            }
            if dice.one_in(10) {
                f.starts = *dice.pick(&StartsWithin::ALL).unwrap_or(&StartsWithin::Any);
            }
            if dice.one_in(10) {
                f.open_now = true;
            }
            if dice.one_in(10) {
                f.age = Some(dice.below(90) as u8);
            }
            SampleSearch { filters: f, origin }
        })
        .collect()
}

/// Search text from a record: a word, the start of one, one with a typo, or
/// two words; now and then a word no record has.
fn sample_text(dice: &mut Dice, catalogue: &Catalogue) -> String {
    if dice.one_in(8) {
        return "qzxwv".to_owned();
    }
    let Some(record) = dice.pick(&catalogue.opportunities) else {
        return String::new();
    };
    let words: Vec<&str> = record
        .title
        .split_whitespace()
        .chain(record.summary.split_whitespace())
        .collect();
    let Some(word) = dice.pick(&words) else {
        return String::new();
    };
    let chars: Vec<char> = word.chars().collect();
    match dice.below(4) {
        0 => (*word).to_owned(),
        1 => chars.iter().take(1 + dice.below(chars.len())).collect(),
        2 if chars.len() >= 5 => {
            // One typo: a letter changed, dropped, added or two swapped.
            let at = dice.below(chars.len() - 1);
            let mut typo = chars.clone();
            match dice.below(4) {
                0 => {
                    if let Some(c) = typo.get_mut(at) {
                        *c = 'x';
                    }
                }
                1 => {
                    typo.remove(at);
                }
                2 => typo.insert(at, 'e'),
                _ => typo.swap(at, at + 1),
            }
            typo.into_iter().collect()
        }
        _ => {
            let other = dice.pick(&words).copied().unwrap_or_default();
            format!("{word} {other}")
        }
    }
}
