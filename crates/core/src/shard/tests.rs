use super::check::{Searched, difference, sample_searches};
use super::*;
use crate::distance::distance_m;
use crate::read_catalogue;
use crate::search::SearchIndex;
use crate::text::{Query, SearchDoc, score};
use crate::time::DateTime;

fn demo() -> Catalogue {
    let text = include_str!("../../../../data/catalogue.json");
    read_catalogue(text, None).unwrap().catalogue
}

fn noon() -> DateTime {
    DateTime::parse("2026-11-25T12:00").unwrap()
}

/// A stand-in for the data tool's content hash: the same text, the same name.
fn name(text: &str) -> String {
    format!("{:016x}", words_hash(text))
}

fn words_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn parse_words(split: &Split) -> Vec<WordSummary> {
    let path = split.index.words.as_ref().unwrap();
    let file = split.files.iter().find(|f| &f.path == path).unwrap();
    serde_json::from_str(&file.text).unwrap()
}

fn parse_shards(split: &Split) -> Vec<Shard> {
    split
        .index
        .shards
        .iter()
        .map(|entry| {
            let file = split.files.iter().find(|f| f.path == entry.path).unwrap();
            serde_json::from_str(&file.text).unwrap()
        })
        .collect()
}

/// A box's distance is the least distance to any of its points, measured as
/// the finder measures: never more (no shard a circle reaches is left out),
/// and not much less (a fine grid of its points comes within its spacing).
#[test]
fn boxes_are_measured_as_the_finder_measures() {
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut unit = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1_u64 << 53) as f64
    };
    for _ in 0..300 {
        let south = 40.0 + 20.0 * unit();
        let west = -12.0 + 10.0 * unit();
        let b = Bounds {
            south,
            west,
            north: south + 0.5 * unit(),
            east: west + 0.8 * unit(),
        };
        let p = LatLon {
            lat: b.south - 1.0 + 2.5 * unit(),
            lon: b.west - 1.0 + 3.0 * unit(),
        };
        let steps = 200;
        let mut nearest = f64::INFINITY;
        for i in 0..=steps {
            for j in 0..=steps {
                let at = LatLon {
                    lat: b.south + (b.north - b.south) * f64::from(i) / f64::from(steps),
                    lon: b.west + (b.east - b.west) * f64::from(j) / f64::from(steps),
                };
                nearest = nearest.min(distance_m(p, at));
            }
        }
        let spacing = distance_m(
            LatLon {
                lat: b.south,
                lon: b.west,
            },
            LatLon {
                lat: b.north,
                lon: b.east,
            },
        ) / f64::from(steps);
        let d = box_distance_m(p, &b);
        assert!(d <= nearest + 1e-6, "{p:?} {b:?}: {d} > {nearest}");
        assert!(d >= nearest - spacing, "{p:?} {b:?}: {d} ≪ {nearest}");
        if b.contains(p) {
            assert_eq!(d, 0.0);
        }
    }
}

/// A word summary may say "maybe" for a word its records lack, but never "no"
/// for a query word that matches one of them: whole, by its start, or with a
/// typo; and for most words no record has, it says "no".
#[test]
fn word_summaries_never_rule_out_a_match() {
    let catalogue = demo();
    let docs: Vec<SearchDoc> = catalogue
        .opportunities
        .iter()
        .map(|o| crate::search::search_doc(&catalogue, o, catalogue.venue_of(o)))
        .collect();
    for chunk in docs.chunks(7).step_by(2) {
        let summary = WordSummary::of(chunk.iter());
        for doc in chunk {
            for (_, word) in doc.words() {
                let chars: Vec<char> = word.chars().collect();
                let mut queries: Vec<String> = (1..=chars.len())
                    .map(|n| chars.iter().take(n).collect())
                    .collect();
                for at in 0..chars.len() {
                    let mut changed = chars.clone();
                    changed[at] = 'q';
                    queries.push(changed.iter().collect());
                    let mut dropped = chars.clone();
                    dropped.remove(at);
                    queries.push(dropped.iter().collect());
                    let mut added = chars.clone();
                    added.insert(at, 'k');
                    queries.push(added.iter().collect());
                    if at + 1 < chars.len() {
                        let mut swapped = chars.clone();
                        swapped.swap(at, at + 1);
                        queries.push(swapped.iter().collect());
                    }
                }
                for q in queries {
                    let query = Query::parse(&q);
                    if score(&query, doc).is_some() {
                        for w in query.words() {
                            assert!(summary.may_match(w), "{w} (from {word})");
                        }
                    }
                }
            }
        }
    }
    let summary = WordSummary::of(docs.iter().take(3));
    let absent = [
        "zqxjv",
        "xylophonics",
        "quokkas",
        "zebrafish",
        "jjjj",
        "vvv",
    ];
    let said_no = absent.iter().filter(|w| !summary.may_match(w)).count();
    assert!(said_no >= 4, "{said_no}");
    assert!(!WordSummary::default().may_match("a"));
}

/// Split into small shards, every record and venue is in exactly one shard,
/// online-only records in shards of their own with no bounds, each shard's
/// venues inside its bounds; the files are named by their content and paths
/// are relative; the index and the shards read back as written.
#[test]
fn a_split_holds_every_record_once() {
    let catalogue = demo();
    let limit = Limit {
        max_bytes: usize::MAX,
        max_records: 6,
    };
    let split = split(&catalogue, limit, &name).unwrap();
    assert!(split.index.shards.len() > 3, "{}", split.index.shards.len());
    let shards = parse_shards(&split);
    let mut ids: Vec<&str> = shards
        .iter()
        .flat_map(|s| s.opportunities.iter().map(|o| o.id.as_str()))
        .collect();
    ids.sort_unstable();
    let mut expected: Vec<&str> = catalogue
        .opportunities
        .iter()
        .map(|o| o.id.as_str())
        .collect();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    let venues: usize = shards.iter().map(|s| s.venues.len()).sum();
    assert_eq!(venues, catalogue.venues.len());
    for (entry, shard) in split.index.shards.iter().zip(&shards) {
        let file = split.files.iter().find(|f| f.path == entry.path).unwrap();
        assert_eq!(entry.path, format!("shards/{}.json", name(&file.text)));
        assert_eq!(entry.bytes, file.text.len() as u64);
        assert_eq!(entry.summary.records as usize, shard.opportunities.len());
        match entry.bounds {
            None => {
                assert!(shard.venues.is_empty());
                assert!(shard.opportunities.iter().all(|o| o.venue.is_none()));
            }
            Some(b) => {
                assert!(shard.venues.iter().all(|v| b.contains(v.location)));
                assert!(shard.opportunities.len() <= 6 || shard.venues.len() == 1);
            }
        }
    }
    assert!(split.index.shards.iter().any(ShardEntry::is_online));
    let index_text = serde_json::to_string(&split.index).unwrap();
    let read: ShardIndex = serde_json::from_str(&index_text).unwrap();
    assert_eq!(read, split.index);
    assert!(read.catalogue.opportunities.is_empty() && read.catalogue.venues.is_empty());
    let places: Vec<Place> = serde_json::from_str(
        &split
            .files
            .iter()
            .find(|f| Some(&f.path) == read.places.as_ref())
            .unwrap()
            .text,
    )
    .unwrap();
    assert_eq!(places.len(), catalogue.venues.len());
    let gazetteer: Vec<crate::Neighbourhood> = serde_json::from_str(
        &split
            .files
            .iter()
            .find(|f| Some(&f.path) == read.gazetteer.as_ref())
            .unwrap()
            .text,
    )
    .unwrap();
    assert_eq!(gazetteer, catalogue.neighbourhoods);
    assert!(read.catalogue.neighbourhoods.is_empty());
    // The same catalogue and limit give the same files.
    assert_eq!(super::split(&catalogue, limit, &name).unwrap(), split);
}

/// A venue with more records than the limit is one shard, not cut apart.
#[test]
fn a_venue_over_the_limit_stays_whole() {
    let mut catalogue = demo();
    let venue = catalogue.venues[0].id.clone();
    for o in catalogue.opportunities.iter_mut().take(20) {
        o.venue = Some(venue.clone());
    }
    let limit = Limit {
        max_bytes: usize::MAX,
        max_records: 3,
    };
    let split = split(&catalogue, limit, &name).unwrap();
    let shards = parse_shards(&split);
    let holding: Vec<&Shard> = shards
        .iter()
        .filter(|s| {
            s.opportunities
                .iter()
                .any(|o| o.venue.as_ref() == Some(&venue))
        })
        .collect();
    assert_eq!(holding.len(), 1);
    assert_eq!(holding[0].venues.len(), 1);
}

/// On the demo catalogue cut into shards of six records, every sample search
/// gives from the shards its plan names exactly the whole catalogue's results,
/// option counts and ways to widen; the plan is nearest first.
#[test]
fn the_shards_a_plan_names_give_the_same_results() {
    let catalogue = demo();
    let limit = Limit {
        max_bytes: usize::MAX,
        max_records: 6,
    };
    let split = split(&catalogue, limit, &name).unwrap();
    let shards = parse_shards(&split);
    let words = parse_words(&split);
    assert_eq!(words.len(), shards.len());
    let now = noon();
    let whole_index = SearchIndex::new(&catalogue, now);
    let whole = Searched {
        catalogue: &catalogue,
        index: &whole_index,
    };
    let mut left_out = 0;
    let mut left_out_by_text = 0;
    for search in sample_searches(&catalogue, 7, 150) {
        let plan = shards_for(&split.index, &search.filters, search.origin, Some(&words));
        // Without the word summaries, text rules nothing out: a plan as large or larger.
        let wordless = shards_for(&split.index, &search.filters, search.origin, None);
        assert!(plan.results.iter().all(|at| wordless.results.contains(at)));
        if search.filters.text.trim().is_empty() {
            assert_eq!(plan, wordless);
        }
        let distances: Vec<f64> = plan
            .results
            .iter()
            .map(|&at| {
                split.index.shards[at]
                    .bounds
                    .map_or(f64::INFINITY, |b| box_distance_m(search.origin, &b))
            })
            .collect();
        assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
        left_out += split.index.shards.len() - plan.results.len();
        left_out_by_text += wordless.results.len() - plan.results.len();
        let load = |chosen: &[usize]| {
            assemble(
                &split.index,
                &catalogue.neighbourhoods,
                chosen.iter().map(|&at| (at, shards[at].clone())),
            )
        };
        let results = load(&plan.results);
        let results_index = SearchIndex::new(&results, now);
        let all: Vec<usize> = plan.results.iter().chain(&plan.counts).copied().collect();
        let counts = load(&all);
        let counts_index = SearchIndex::new(&counts, now);
        let problem = difference(
            whole,
            Searched {
                catalogue: &results,
                index: &results_index,
            },
            Searched {
                catalogue: &counts,
                index: &counts_index,
            },
            &search.filters,
            search.origin,
            now,
        );
        assert_eq!(problem, None, "{:?}", search);
    }
    assert!(left_out > 0);
    assert!(left_out_by_text > 0);
}

/// With every shard loaded, in any order, the catalogue has every record.
#[test]
fn assembling_every_shard_gives_every_record() {
    let catalogue = demo();
    let split = split(&catalogue, Limit::DEFAULT, &name).unwrap();
    let shards = parse_shards(&split);
    let reversed = shards.iter().cloned().enumerate().rev();
    let assembled = assemble(&split.index, &catalogue.neighbourhoods, reversed);
    assert_eq!(assembled.opportunities.len(), catalogue.opportunities.len());
    assert_eq!(assembled.venues.len(), catalogue.venues.len());
    assert_eq!(assembled.neighbourhoods, catalogue.neighbourhoods);
    assert_eq!(
        assemble(
            &split.index,
            &catalogue.neighbourhoods,
            shards.into_iter().enumerate()
        ),
        assembled
    );
}

/// While the plan's shards load nearest first, the distance up to which the
/// results are complete grows to the next shard's box, and is endless at the
/// end.
#[test]
fn results_are_complete_up_to_the_nearest_shard_not_loaded() {
    let catalogue = demo();
    let limit = Limit {
        max_bytes: usize::MAX,
        max_records: 4,
    };
    let split = split(&catalogue, limit, &name).unwrap();
    let origin = catalogue.centre;
    let plan = shards_for(&split.index, &crate::Filters::default(), origin, None);
    assert_eq!(plan.results.len(), split.index.shards.len());
    assert!(plan.counts.is_empty());
    let mut previous = 0.0;
    for loaded in 0..=plan.results.len() {
        let done = &plan.results[..loaded];
        let d = complete_within_m(&split.index, origin, &plan.results, |at| done.contains(&at));
        assert!(d >= previous);
        previous = d;
    }
    assert_eq!(previous, f64::INFINITY);
}
/// Looking for a record whose shard is not known goes through every shard
/// once, the area shards nearest first, then the online-only ones; the
/// language filter's options, before any shard is loaded, are the languages
/// the records are held in.
#[test]
fn a_search_order_visits_every_shard_nearest_first() {
    let catalogue = demo();
    let limit = Limit {
        max_bytes: usize::MAX,
        max_records: 6,
    };
    let split = split(&catalogue, limit, &name).unwrap();
    let index = &split.index;
    let origin = catalogue.venues[7].location;
    let order = search_order(index, origin).results;
    let mut seen = order.clone();
    seen.sort_unstable();
    assert_eq!(seen, (0..index.shards.len()).collect::<Vec<_>>());
    let distances: Vec<f64> = order
        .iter()
        .map(|&at| {
            index.shards[at]
                .bounds
                .map_or(f64::INFINITY, |b| box_distance_m(origin, &b))
        })
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert_eq!(distances[0], 0.0);
    let mut languages: Vec<String> = catalogue
        .opportunities
        .iter()
        .flat_map(|o| o.languages.iter().cloned())
        .collect();
    languages.sort();
    languages.dedup();
    assert_eq!(index.languages(), languages);
}

/// A shard index is told from a whole catalogue by its first key, whatever
/// byte order mark and white space come before it; the index the splitter
/// writes is one, the demo catalogue is not, and neither is anything that
/// merely mentions the key later or in another form.
#[test]
fn an_index_is_told_apart_by_its_first_key() {
    assert!(is_index(br#"{"shard_format":1,"catalogue":{}}"#));
    assert!(is_index(b"\xEF\xBB\xBF \n\t{ \r\n \"shard_format\": 1"));
    assert!(is_index(br#"{"shard_format""#));
    for not in [
        &b""[..],
        b"{",
        b"{\"shard_form",
        b"[\"shard_format\"]",
        b"{\"name\":\"x\",\"shard_format\":1}",
        b"{\"Shard_format\":1}",
        b"{\"shard_formats\":1}",
        b"{'shard_format':1}",
        b"\xEF\xBB{\"shard_format\":1}",
        b"x{\"shard_format\":1}",
    ] {
        assert!(!is_index(not), "{}", String::from_utf8_lossy(not));
    }
    let split = split(&demo(), Limit::DEFAULT, &name).unwrap();
    let text = serde_json::to_string(&split.index).unwrap();
    assert!(is_index(text.as_bytes()));
    assert!(is_index(
        serde_json::to_string_pretty(&split.index)
            .unwrap()
            .as_bytes()
    ));
    let whole = include_str!("../../../../data/catalogue.json");
    assert!(!is_index(whole.as_bytes()));
}
