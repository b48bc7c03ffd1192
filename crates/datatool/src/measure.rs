//! `measure`: how much memory the app needs per opportunity to load a catalogue,
//! counted by the allocator (`counting`) while the app's own steps run natively:
//! the catalogue's text as the app holds it, the reader, and the search index.
//!
//! The figures are bytes asked of the allocator on this machine (64-bit). The
//! app's wasm is 32-bit, so its pointers, lengths and capacities take half the
//! room; the allocator's own bookkeeping (a few bytes per block) is not counted.

use crate::Options;
use crate::counting;
use crate::synthetic;
use learnlocal_core::Filters;
use learnlocal_core::read::{READ_BUFFER_BYTES, read_catalogue_from};
use learnlocal_core::search::{Context, SearchIndex, facets, find};
use learnlocal_core::time::DateTime;
use std::path::PathBuf;

/// The synthetic sizes measured when `--size` is not given.
const DEFAULT_SIZES: &str = "1000,10000,100000";

/// The moment the search index is built for: the synthetic catalogues' today.
const INDEX_NOW: &str = "2026-09-01T12:00";

/// `measure [FILE...] [--size N,N,...]`: for each catalogue (the files given, or
/// the demo catalogue and synthetic ones of each size), the peak and the
/// retained bytes per opportunity of loading it as the app does.
pub fn measure(options: &Options) -> Result<bool, String> {
    let defaults = options.inputs.is_empty() && options.size.is_none();
    let files = if defaults {
        vec![PathBuf::from(crate::build::DEFAULT_CATALOGUE)]
    } else {
        options.inputs.clone()
    };
    let sizes = match &options.size {
        Some(sizes) => sizes.as_str(),
        None if defaults => DEFAULT_SIZES,
        None => "",
    };
    println!(
        "{:<20} {:>7} {:>8} {:>8} {:>9} {:>9} {:>9} {:>9}",
        "catalogue", "records", "peak MB", "kept MB", "peak/opp", "kept/opp", "records", "index"
    );
    for path in &files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
        report(&path.display().to_string(), &text)?;
    }
    for size in sizes.split(',').filter(|s| !s.is_empty()) {
        let mut one = Options {
            size: Some(size.to_owned()),
            ..Options::default()
        };
        one.seed.clone_from(&options.seed);
        one.area.clone_from(&options.area);
        let (settings, _) = crate::build::synthetic_settings(&one)?;
        let text =
            serde_json::to_string(&synthetic::generate(&settings)).map_err(|e| e.to_string())?;
        report(&format!("synthetic {size}"), &text)?;
    }
    Ok(true)
}

/// Loads `text` as the app does, up to the finder's first screen, and prints
/// the figures: the peak of it all, what stays (the records, the index and the
/// first screen's list and option counts), and the records and index alone.
fn report(label: &str, text: &str) -> Result<(), String> {
    let before = counting::reset_peak();
    let loaded = read_as_the_app_does(text)?;
    let after_read = counting::live();
    let index = SearchIndex::new(
        &loaded.catalogue,
        DateTime::parse(INDEX_NOW).map_err(|e| e.to_string())?,
    );
    let index_bytes = counting::live().saturating_sub(after_read);
    // The finder's first screen: every record listed, and every option counted.
    let ctx = Context {
        catalogue: &loaded.catalogue,
        index: &index,
        origin: loaded.catalogue.centre,
        now: index.as_of(),
    };
    let hits = find(&ctx, &Filters::default());
    let counts = facets(&ctx, &Filters::default());
    let peak = counting::peak() - before;
    let kept = counting::live().saturating_sub(before);
    drop((hits, counts));
    let n = loaded.catalogue.opportunities.len().max(1) as f64;
    println!(
        "{label:<20} {:>7} {:>8.2} {:>8.2} {:>9.0} {:>9.0} {:>9.0} {:>9.0}",
        loaded.catalogue.opportunities.len(),
        peak as f64 / 1e6,
        kept as f64 / 1e6,
        peak as f64 / n,
        kept as f64 / n,
        (after_read - before) as f64 / n,
        index_bytes as f64 / n,
    );
    drop((index, loaded));
    Ok(())
}

/// The app's way of reading: the response's bytes, which stay in JavaScript's
/// memory, read through a buffer of [`READ_BUFFER_BYTES`] into a catalogue.
/// The app builds the search index next.
fn read_as_the_app_does(text: &str) -> Result<learnlocal_core::Loaded, String> {
    let open = || std::io::BufReader::with_capacity(READ_BUFFER_BYTES, text.as_bytes());
    read_catalogue_from(open, None).map_err(|e| e.to_string())
}
