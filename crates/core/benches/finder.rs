//! How the finder scales: reading the demo catalogue as the app reads it; a
//! 10,000-record catalogue (the demo catalogue repeated with new ids), searched
//! as a person types, with counts and widenings.
//!
//! Then, when `cargo xtask bench-browser` has written them, the synthetic
//! catalogues of 10,000 and 100,000 opportunities (seed 1) it times in the
//! browser, with some of its filter and text queries (and reading the 10,000).
//!
//! Run: `cargo bench -p learnlocal-core --bench finder`.

use criterion::{Criterion, criterion_group, criterion_main};
use learnlocal_core::read::{READ_BUFFER_BYTES, read_catalogue_from};
use learnlocal_core::search::{Context, SearchIndex, facets, find, widenings};
use learnlocal_core::time::DateTime;
use learnlocal_core::{Catalogue, Filters, read_catalogue};
use std::hint::black_box;

const RECORDS: usize = 10_000;

/// The demo catalogue, repeated until it holds `RECORDS` opportunities.
fn big_catalogue() -> Catalogue {
    let text = include_str!("../../../data/catalogue.json");
    let demo = read_catalogue(text, None)
        .expect("the demo catalogue reads")
        .catalogue;
    let mut big = demo.clone();
    big.opportunities.clear();
    for i in 0.. {
        for o in &demo.opportunities {
            if big.opportunities.len() == RECORDS {
                return big;
            }
            let mut copy = o.clone();
            copy.id = format!("{}-{i}", o.id);
            big.opportunities.push(copy);
        }
    }
    unreachable!("the loop returns")
}

/// The search context the finder uses with no place chosen.
fn from_centre<'a>(catalogue: &'a Catalogue, index: &'a SearchIndex, now: DateTime) -> Context<'a> {
    Context {
        catalogue,
        index,
        origin: catalogue.centre,
        now,
    }
}

/// Reads `text` as the app reads the catalogue it fetched: as a stream, through
/// a buffer of [`READ_BUFFER_BYTES`].
fn read_streamed(text: &str) -> Catalogue {
    read_catalogue_from(
        || std::io::BufReader::with_capacity(READ_BUFFER_BYTES, text.as_bytes()),
        None,
    )
    .expect("the catalogue reads")
    .catalogue
}

fn finder(c: &mut Criterion) {
    let demo = include_str!("../../../data/catalogue.json");
    c.bench_function("read the demo catalogue", |b| {
        b.iter(|| read_streamed(black_box(demo)))
    });
    let catalogue = big_catalogue();
    let now = DateTime::parse("2026-11-25T12:00").expect("a time");
    c.bench_function("index 10k", |b| {
        b.iter(|| SearchIndex::new(black_box(&catalogue), now))
    });
    let index = SearchIndex::new(&catalogue, now);
    let ctx = from_centre(&catalogue, &index, now);
    let typed = |text: &str| Filters {
        text: text.to_owned(),
        ..Filters::default()
    };
    c.bench_function("find 10k, no filter", |b| {
        b.iter(|| find(&ctx, black_box(&Filters::default())))
    });
    for text in ["c", "comp", "computr", "computers evening"] {
        c.bench_function(&format!("find 10k, typed {text:?}"), |b| {
            b.iter(|| find(&ctx, black_box(&typed(text))))
        });
    }
    let filtered = Filters {
        skills: ["digital".to_owned()].into(),
        free: true,
        ..Filters::default()
    };
    c.bench_function("facets 10k, two filters", |b| {
        b.iter(|| facets(&ctx, black_box(&filtered)))
    });
    let empty = Filters {
        text: "zzzz".to_owned(),
        free: true,
        skills: ["digital".to_owned()].into(),
        ..Filters::default()
    };
    c.bench_function("widenings 10k, empty result", |b| {
        b.iter(|| widenings(&ctx, black_box(&empty)))
    });
}

/// The synthetic catalogue of `size` opportunities `cargo xtask bench-browser`
/// keeps, if it has been made.
fn synthetic(size: usize) -> Option<(String, Catalogue)> {
    let path = format!(
        "{}/../../target/bench/catalogues/synthetic-{size}-seed-1.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).ok()?;
    let catalogue = read_catalogue(&text, None)
        .expect("a synthetic catalogue reads")
        .catalogue;
    Some((text, catalogue))
}

fn synthetic_finder(c: &mut Criterion) {
    let now = DateTime::parse("2026-11-25T12:00").expect("a time");
    for size in [10_000, 100_000] {
        let Some((text, catalogue)) = synthetic(size) else {
            eprintln!("no synthetic catalogue of {size}: run cargo xtask bench-browser first");
            continue;
        };
        let k = size / 1000;
        if size <= 10_000 {
            // As the app reads it: a stream, through the buffer it uses.
            c.bench_function(&format!("synthetic {k}k: read"), |b| {
                b.iter(|| read_streamed(black_box(&text)))
            });
        }
        c.bench_function(&format!("synthetic {k}k: index"), |b| {
            b.iter(|| SearchIndex::new(black_box(&catalogue), now))
        });
        let index = SearchIndex::new(&catalogue, now);
        let ctx = from_centre(&catalogue, &index, now);
        for query in [
            "",
            "free=yes",
            "level=beginner&day=sa,su",
            "day=mo&time=evening",
            "kind=course&mode=online&for=older_people",
        ] {
            let pairs = query
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once('=').unwrap_or((p, "")));
            let filters = Filters::from_query(pairs, &catalogue);
            c.bench_function(&format!("synthetic {k}k: find ?{query}"), |b| {
                b.iter(|| find(&ctx, black_box(&filters)))
            });
            c.bench_function(&format!("synthetic {k}k: facets ?{query}"), |b| {
                b.iter(|| facets(&ctx, black_box(&filters)))
            });
        }
        for text in ["c", "com", "community", "comunity", "art cl"] {
            let filters = Filters {
                text: text.to_owned(),
                sort: learnlocal_core::filter::Sort::Relevance,
                ..Filters::default()
            };
            c.bench_function(&format!("synthetic {k}k: text {text:?}"), |b| {
                b.iter(|| find(&ctx, black_box(&filters)))
            });
        }
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = finder, synthetic_finder
}
criterion_main!(benches);
