//! How the finder scales: a 10,000-record catalogue (the demo catalogue repeated
//! with new ids), searched as a person types, with counts and widenings.
//!
//! Run: `cargo bench -p learnlocal-core --bench finder`.

use criterion::{Criterion, criterion_group, criterion_main};
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

fn finder(c: &mut Criterion) {
    let catalogue = big_catalogue();
    let now = DateTime::parse("2026-11-25T12:00").expect("a time");
    c.bench_function("index 10k", |b| {
        b.iter(|| SearchIndex::new(black_box(&catalogue), now))
    });
    let index = SearchIndex::new(&catalogue, now);
    let ctx = Context {
        catalogue: &catalogue,
        index: &index,
        origin: catalogue.centre,
        now,
    };
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = finder
}
criterion_main!(benches);
