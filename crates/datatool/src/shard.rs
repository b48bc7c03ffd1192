//! `shard` and `shard-figures`: a large catalogue as area shards and an index
//! (`learnlocal_core::shard`), written as static files named by their content,
//! and what a search downloads from them.
//!
//! The IO shell only: the core splits, plans and checks; this reads the
//! catalogue, names each file by the SHA-256 of its text, writes, times and
//! compresses.

use crate::Options;
use crate::synthetic;
use learnlocal_core::Catalogue;
use learnlocal_core::filter::{Filters, Radius};
use learnlocal_core::search::SearchIndex;
use learnlocal_core::shard::check::{Searched, difference, sample_searches};
use learnlocal_core::shard::{
    INDEX_FILE, Limit, Shard, Split, WordSummary, assemble, is_index, shards_for, split,
};
use learnlocal_core::time::DateTime;
use learnlocal_core::{LatLon, distance::distance_m};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

/// The sizes `shard-figures` measures when `--size` is not given.
const DEFAULT_FIGURE_SIZES: &str = "100000,1000000";

/// The moment searches are checked at: the synthetic catalogues' today.
const CHECK_NOW: &str = "2026-09-01T12:00";

/// The name of a file with this text: the first 16 hex digits (64 bits) of its
/// SHA-256, so a new text is a new name and hosts may cache a name forever.
pub fn content_name(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The limit from `--max-bytes` and `--max-records`.
fn limit(options: &Options) -> Result<Limit, String> {
    let number = |value: &Option<String>, name: &str| -> Result<Option<usize>, String> {
        value
            .as_deref()
            .map(|text| {
                text.replace('_', "")
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name}: give a whole number above 0"))
            })
            .transpose()
    };
    let max_bytes = number(&options.max_bytes, "--max-bytes")?;
    let max_records = number(&options.max_records, "--max-records")?;
    Ok(Limit {
        max_bytes: max_bytes.unwrap_or(if max_records.is_some() {
            usize::MAX
        } else {
            Limit::DEFAULT.max_bytes
        }),
        max_records: max_records.unwrap_or(usize::MAX),
    })
}

fn brotli_len(bytes: &[u8], quality: u32) -> usize {
    let mut compressed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, quality, 22);
        let _ = writer.write_all(bytes);
    }
    compressed.len()
}

/// Each shard file's size, raw and with brotli, by position in the index.
struct Sizes {
    raw: Vec<usize>,
    brotli: Vec<usize>,
    index_raw: usize,
    index_brotli: usize,
    places_raw: usize,
    places_brotli: usize,
    words_raw: usize,
    words_brotli: usize,
    gazetteer_raw: usize,
    gazetteer_brotli: usize,
}

fn sizes(split: &Split, index_text: &str, quality: u32) -> Sizes {
    let text_of = |path: &str| {
        split
            .files
            .iter()
            .find(|f| f.path == path)
            .map_or("", |f| f.text.as_str())
    };
    let shard_texts: Vec<&str> = split
        .index
        .shards
        .iter()
        .map(|s| text_of(&s.path))
        .collect();
    let places = split.index.places.as_deref().map_or("", text_of);
    let words = split.index.words.as_deref().map_or("", text_of);
    let gazetteer = split.index.gazetteer.as_deref().map_or("", text_of);
    Sizes {
        raw: shard_texts.iter().map(|t| t.len()).collect(),
        brotli: shard_texts
            .iter()
            .map(|t| brotli_len(t.as_bytes(), quality))
            .collect(),
        index_raw: index_text.len(),
        index_brotli: brotli_len(index_text.as_bytes(), quality),
        places_raw: places.len(),
        places_brotli: brotli_len(places.as_bytes(), quality),
        words_raw: words.len(),
        words_brotli: brotli_len(words.as_bytes(), quality),
        gazetteer_raw: gazetteer.len(),
        gazetteer_brotli: brotli_len(gazetteer.as_bytes(), quality),
    }
}

/// "min / median / max" of some sizes.
fn spread(values: &[usize]) -> String {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let at = |i: usize| sorted.get(i).copied().unwrap_or(0);
    format!(
        "{} / {} / {}",
        kb(at(0)),
        kb(at(sorted.len() / 2)),
        kb(at(sorted.len().saturating_sub(1)))
    )
}

fn kb(bytes: usize) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0)
    } else {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    }
}

fn print_split(split: &Split, sizes: &Sizes, seconds: f64) {
    let online = split.index.shards.iter().filter(|s| s.is_online()).count();
    let area = split.index.shards.len() - online;
    println!(
        "  {} shards ({area} by area, {online} online only), split in {seconds:.1} s",
        split.index.shards.len()
    );
    println!(
        "  shard sizes min / median / max: {} raw, {} brotli",
        spread(&sizes.raw),
        spread(&sizes.brotli)
    );
    println!(
        "  index ({INDEX_FILE}): {} raw, {} brotli; loaded when needed: gazetteer {} raw, {} brotli; \
         venue directory {} raw, {} brotli; word summaries {} raw, {} brotli",
        kb(sizes.index_raw),
        kb(sizes.index_brotli),
        kb(sizes.gazetteer_raw),
        kb(sizes.gazetteer_brotli),
        kb(sizes.places_raw),
        kb(sizes.places_brotli),
        kb(sizes.words_raw),
        kb(sizes.words_brotli)
    );
}

/// Writes `DIR/catalogue.json` (the index) and every file it names under
/// `DIR`, the index last, so that no index names a file not yet written. Files
/// of an earlier split are left: a page still holding the old index may ask for
/// them.
fn write_split(dir: &Path, split: &Split, index_text: &str) -> Result<(), String> {
    let shards = dir.join("shards");
    std::fs::create_dir_all(&shards)
        .map_err(|e| format!("{}: cannot be made: {e}", shards.display()))?;
    for file in &split.files {
        let path = dir.join(&file.path);
        std::fs::write(&path, &file.text)
            .map_err(|e| format!("{}: cannot be written: {e}", path.display()))?;
    }
    let index = dir.join(INDEX_FILE);
    std::fs::write(&index, index_text)
        .map_err(|e| format!("{}: cannot be written: {e}", index.display()))
}

/// `Err` when the index `out` would be is the catalogue `input` itself (the
/// same file, by whatever path): the split would overwrite the whole file it
/// is made from, which the keeper must keep to make the next split.
fn refuse_overwriting(input: &Path, out: &Path) -> Result<(), String> {
    let index = out.join(INDEX_FILE);
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(out)) {
        (Ok(input), Ok(out)) => input == out.join(INDEX_FILE),
        _ => input == index,
    };
    if same {
        return Err(format!(
            "{}: the index would overwrite the catalogue it is split from ({}); keep the whole \
             catalogue elsewhere: give --out another folder, or move the whole catalogue out of \
             {} first and name it (cargo data shard whole/catalogue.json --out {})",
            index.display(),
            input.display(),
            out.display(),
            out.display()
        ));
    }
    Ok(())
}

/// The list in the file at `path` of the split; empty for no file.
fn read_file<T>(
    split: &Split,
    path: Option<&str>,
    parse: fn(&str) -> serde_json::Result<Vec<T>>,
) -> Result<Vec<T>, String> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let file = split
        .files
        .iter()
        .find(|f| f.path == path)
        .ok_or_else(|| format!("{path} is not among the files"))?;
    parse(&file.text).map_err(|e| format!("{path}: {e}"))
}

fn parse_words(split: &Split) -> Result<Vec<WordSummary>, String> {
    read_file(split, split.index.words.as_deref(), |t| {
        serde_json::from_str(t)
    })
}

fn parse_shards(split: &Split) -> Result<Vec<Shard>, String> {
    split
        .index
        .shards
        .iter()
        .map(|entry| {
            let file = split
                .files
                .iter()
                .find(|f| f.path == entry.path)
                .ok_or_else(|| format!("{} is not among the files", entry.path))?;
            serde_json::from_str(&file.text).map_err(|e| format!("{}: {e}", entry.path))
        })
        .collect()
}

/// The catalogues assembled for the last few sets of shards, with their
/// indexes, as consecutive searches often need the same shards; and the one of
/// every shard, which most searches of the whole country need, kept apart.
struct Assembled<'a> {
    split: &'a Split,
    shards: &'a [Shard],
    now: DateTime,
    recent: Vec<(Vec<usize>, Catalogue, SearchIndex)>,
    every: Option<(Vec<usize>, Catalogue, SearchIndex)>,
    gazetteer: Vec<learnlocal_core::Neighbourhood>,
}

impl Assembled<'_> {
    /// Makes sure the catalogue of `chosen` is at hand, the latest used.
    fn load(&mut self, chosen: &[usize]) {
        let mut key = chosen.to_vec();
        key.sort_unstable();
        let every = key.len() == self.shards.len();
        if every && self.every.is_some() {
            return;
        }
        if let Some(at) = self.recent.iter().position(|(k, _, _)| *k == key) {
            let entry = self.recent.remove(at);
            self.recent.push(entry);
            return;
        }
        let catalogue = assemble(
            &self.split.index,
            &self.gazetteer,
            key.iter()
                .filter_map(|&at| Some((at, self.shards.get(at)?.clone()))),
        );
        let index = SearchIndex::new(&catalogue, self.now);
        if every {
            self.every = Some((key, catalogue, index));
            return;
        }
        if self.recent.len() >= 4 {
            self.recent.remove(0);
        }
        self.recent.push((key, catalogue, index));
    }

    fn get(&self, chosen: &[usize]) -> Option<Searched<'_>> {
        let mut key = chosen.to_vec();
        key.sort_unstable();
        self.recent
            .iter()
            .chain(&self.every)
            .find(|(k, _, _)| *k == key)
            .map(|(_, catalogue, index)| Searched { catalogue, index })
    }
}

/// Searches `count` sample searches on the whole catalogue and on the shards
/// each one's plan names; `Err` with the first difference.
pub fn check(catalogue: &Catalogue, split: &Split, count: usize) -> Result<(), String> {
    let now = DateTime::parse(CHECK_NOW).map_err(|e| e.to_string())?;
    let shards = parse_shards(split)?;
    let words = parse_words(split)?;
    let whole_index = SearchIndex::new(catalogue, now);
    let whole = Searched {
        catalogue,
        index: &whole_index,
    };
    let mut assembled = Assembled {
        split,
        shards: &shards,
        now,
        recent: Vec::new(),
        every: None,
        gazetteer: read_file(split, split.index.gazetteer.as_deref(), |t| {
            serde_json::from_str(t)
        })?,
    };
    for (n, search) in sample_searches(catalogue, 11, count)
        .into_iter()
        .enumerate()
    {
        let plan = shards_for(&split.index, &search.filters, search.origin, Some(&words));
        let with_counts: Vec<usize> = plan.results.iter().chain(&plan.counts).copied().collect();
        assembled.load(&plan.results);
        assembled.load(&with_counts);
        let (Some(results), Some(counts)) =
            (assembled.get(&plan.results), assembled.get(&with_counts))
        else {
            return Err(format!("search {n}: its shards could not be assembled"));
        };
        if let Some(problem) =
            difference(whole, results, counts, &search.filters, search.origin, now)
        {
            return Err(format!(
                "search {n} ({:?} from {:?}): {problem}",
                search.filters, search.origin
            ));
        }
    }
    Ok(())
}

/// The brotli quality the sizes are measured at: `--brotli-quality`, else 9
/// (within a few per cent of 11 on this JSON, and many times faster on the
/// hundreds of megabytes of a national catalogue).
fn quality(options: &Options) -> Result<u32, String> {
    match options.brotli_quality.as_deref() {
        None => Ok(9),
        Some(text) => text
            .parse()
            .ok()
            .filter(|q| *q <= 11)
            .ok_or_else(|| "--brotli-quality: give a whole number from 0 to 11".to_owned()),
    }
}

/// `shard [CATALOGUE] --out DIR [--max-bytes N] [--max-records N] [--check N]`:
/// the catalogue (default data/catalogue.json) split into the index
/// `DIR/catalogue.json` (what the app opens when DIR is published as the site's
/// `data/`) and `DIR/shards/<hash>.json`; refuses to overwrite its own input; prints the shards' count and sizes and the time
/// taken, and with `--check N` compares N sample searches with the whole file.
pub fn shard(options: &Options) -> Result<bool, String> {
    let input = match options.inputs.as_slice() {
        [] => crate::build::DEFAULT_CATALOGUE.into(),
        [one] => one.clone(),
        _ => return Err("shard takes one catalogue".to_owned()),
    };
    let out = options.out.clone().ok_or("shard needs --out DIR")?;
    let limit = limit(options)?;
    let quality = quality(options)?;
    let checks = options
        .check
        .as_deref()
        .map(|n| {
            n.parse::<usize>()
                .map_err(|_| "--check: give a number of searches")
        })
        .transpose()?;
    refuse_overwriting(&input, &out)?;
    let started = Instant::now();
    let text = crate::inputs::read_text(&input)?;
    if is_index(text.as_bytes()) {
        return Err(format!(
            "{}: is a shard index already; split the whole catalogue it was made from",
            input.display()
        ));
    }
    let loaded = learnlocal_core::read_catalogue(&text, None)
        .map_err(|e| format!("{}: {e}", input.display()))?;
    drop(text);
    let errors = loaded.problems.iter().filter(|p| p.is_error()).count();
    if errors > 0 {
        println!(
            "{}: {errors} records left out by the app's reader (see `cargo data validate`)",
            input.display()
        );
    }
    let catalogue = loaded.catalogue;
    let read_s = started.elapsed().as_secs_f64();
    let splitting = Instant::now();
    let split = split(&catalogue, limit, &content_name).map_err(|e| e.to_string())?;
    let split_s = splitting.elapsed().as_secs_f64();
    let index_text = serde_json::to_string(&split.index).map_err(|e| e.to_string())?;
    write_split(&out, &split, &index_text)?;
    println!(
        "{}: {} opportunities, {} venues -> {} and {} files under {}; read in {read_s:.1} s, \
         split in {split_s:.1} s, {:.1} s in all",
        input.display(),
        catalogue.opportunities.len(),
        catalogue.venues.len(),
        out.join(INDEX_FILE).display(),
        split.files.len(),
        out.join("shards").display(),
        started.elapsed().as_secs_f64()
    );
    let sizes = sizes(&split, &index_text, quality);
    print_split(&split, &sizes, split_s);
    println!("  (brotli at quality {quality})");
    if let Some(n) = checks {
        let checking = Instant::now();
        check(&catalogue, &split, n)?;
        println!(
            "  {n} sample searches give the same results and counts from the shards as from the \
             whole file (checked in {:.1} s)",
            checking.elapsed().as_secs_f64()
        );
    }
    Ok(true)
}

/// The neighbourhoods with the most and the fewest (but some) venues within
/// `radius_m` of their centre: a dense city and a rural area.
fn dense_and_rural(
    catalogue: &Catalogue,
    radius_m: f64,
) -> Option<((String, LatLon), (String, LatLon))> {
    let mut by_lat: Vec<LatLon> = catalogue.venues.iter().map(|v| v.location).collect();
    by_lat.sort_unstable_by(|a, b| a.lat.total_cmp(&b.lat));
    // A degree of latitude is at least 110 km.
    let window = radius_m / 110_000.0 * 1.01;
    let venues_near = |at: LatLon| {
        let from = by_lat.partition_point(|p| p.lat < at.lat - window);
        by_lat
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|p| p.lat <= at.lat + window)
            .filter(|p| distance_m(at, **p) <= radius_m)
            .count()
    };
    let counted: Vec<(usize, &learnlocal_core::Neighbourhood)> = catalogue
        .neighbourhoods
        .iter()
        .map(|n| (venues_near(n.centre), n))
        .filter(|(count, _)| *count > 0)
        .collect();
    let dense = counted
        .iter()
        .max_by_key(|(count, n)| (*count, std::cmp::Reverse(&n.id)))?;
    let rural = counted.iter().min_by_key(|(count, n)| (*count, &n.id))?;
    let named = |(count, n): &(usize, &learnlocal_core::Neighbourhood)| {
        (format!("{} ({count} venues within 5 km)", n.name), n.centre)
    };
    Some((named(dense), named(rural)))
}

/// What a 5 km search from `origin` downloads: to its first page of results
/// in distance order, and in all.
fn print_search(
    name: &str,
    origin: LatLon,
    filters: &Filters,
    whole: (&Catalogue, &SearchIndex),
    split: &Split,
    sizes: &Sizes,
    online_shard_of: &std::collections::HashMap<String, usize>,
) {
    let plan = shards_for(&split.index, filters, origin, None);
    let ctx = learnlocal_core::search::Context {
        catalogue: whole.0,
        index: whole.1,
        origin,
        now: whole.1.as_of(),
    };
    let hits = learnlocal_core::search::find(&ctx, filters);
    // The first page is final once every shard nearer than its last result's
    // distance is in.
    let page = learnlocal_core::filter::Shown::PAGE;
    // How many of the plan's shards, nearest first, until the results up to
    // `hit` (in distance order) are final: every shard nearer than it is in;
    // for an online-only one, every area shard and the online shards up to
    // its own (they are in the finder's order for online results).
    let shards_until = |hit: Option<&learnlocal_core::Hit>| {
        let Some(hit) = hit else {
            return plan.results.len();
        };
        let Some(d) = hit.distance_m else {
            let id = whole.0.opportunities.get(hit.index).map(|o| o.id.as_str());
            let shard = id.and_then(|id| online_shard_of.get(id));
            return shard
                .and_then(|s| plan.results.iter().position(|at| at == s))
                .map_or(plan.results.len(), |at| at + 1);
        };
        (0..=plan.results.len())
            .find(|&loaded| {
                let done = plan.results.get(..loaded).unwrap_or_default();
                learnlocal_core::shard::complete_within_m(
                    &split.index,
                    origin,
                    &plan.results,
                    |at| done.contains(&at),
                ) > d
            })
            .unwrap_or(plan.results.len())
    };
    let nearest = shards_until(hits.first());
    let first = shards_until(hits.get(page.saturating_sub(1)));
    let bytes = |shards: &[usize], of: &[usize]| -> usize {
        shards.iter().filter_map(|&at| of.get(at)).sum()
    };
    let first_shards = plan.results.get(..first).unwrap_or_default();
    let nearest_shards = plan.results.get(..nearest).unwrap_or_default();
    let with_counts: Vec<usize> = plan.results.iter().chain(&plan.counts).copied().collect();
    println!(
        "  {name}: {} results; the nearest final after {} files, {} brotli; \
         the first page of {page} after {} of {} files, {} brotli ({} raw) with the index; \
         all results {} brotli ({} raw); with the counts' {} more files {} brotli",
        hits.len(),
        nearest + 1,
        kb(sizes.index_brotli + bytes(nearest_shards, &sizes.brotli)),
        first + 1,
        plan.results.len() + 1,
        kb(sizes.index_brotli + bytes(first_shards, &sizes.brotli)),
        kb(sizes.index_raw + bytes(first_shards, &sizes.raw)),
        kb(sizes.index_brotli + bytes(&plan.results, &sizes.brotli)),
        kb(sizes.index_raw + bytes(&plan.results, &sizes.raw)),
        plan.counts.len(),
        kb(sizes.index_brotli + bytes(&with_counts, &sizes.brotli)),
    );
}

/// `shard-figures [--size N,N] [--max-bytes N] [--seed S]`: for synthetic
/// country catalogues of each size, the one file's size, the split's time,
/// shard count and sizes, and what a 5 km search in the densest town and in
/// the sparsest place downloads, with and without online-only results.
pub fn figures(options: &Options) -> Result<bool, String> {
    let sizes_asked = options.size.as_deref().unwrap_or(DEFAULT_FIGURE_SIZES);
    let limit = limit(options)?;
    let quality = quality(options)?;
    println!(
        "Synthetic country catalogues split at {} raw per shard{}; brotli at quality {quality}.",
        kb(limit.max_bytes.min(usize::MAX / 2)),
        if limit.max_records < usize::MAX {
            format!(" and {} records", limit.max_records)
        } else {
            String::new()
        }
    );
    for size in sizes_asked.split(',').filter(|s| !s.is_empty()) {
        let one = Options {
            size: Some(size.to_owned()),
            area: Some("country".to_owned()),
            seed: options.seed.clone(),
            sources: options.sources.clone(),
            ..Options::default()
        };
        let (settings, _) = crate::build::synthetic_settings(&one)?;
        let catalogue = synthetic::generate(&settings);
        let whole_text = serde_json::to_string(&catalogue).map_err(|e| e.to_string())?;
        println!(
            "\n{size} opportunities, {} venues: one file {} raw, {} brotli",
            catalogue.venues.len(),
            kb(whole_text.len()),
            kb(brotli_len(whole_text.as_bytes(), quality))
        );
        drop(whole_text);
        let splitting = Instant::now();
        let split = split(&catalogue, limit, &content_name).map_err(|e| e.to_string())?;
        let split_s = splitting.elapsed().as_secs_f64();
        let index_text = serde_json::to_string(&split.index).map_err(|e| e.to_string())?;
        let sizes = sizes(&split, &index_text, quality);
        print_split(&split, &sizes, split_s);
        let now = DateTime::parse(CHECK_NOW).map_err(|e| e.to_string())?;
        let index = SearchIndex::new(&catalogue, now);
        let words = parse_words(&split)?;
        let mut online_shard_of = std::collections::HashMap::new();
        for (at, entry) in split.index.shards.iter().enumerate() {
            if !entry.is_online() {
                continue;
            }
            let shard: Vec<Shard> = read_file(&split, Some(&entry.path), |t| {
                serde_json::from_str::<Shard>(t).map(|s| vec![s])
            })?;
            for o in shard.iter().flat_map(|s| &s.opportunities) {
                online_shard_of.insert(o.id.clone(), at);
            }
        }
        let Some((dense, rural)) = dense_and_rural(&catalogue, 5_000.0) else {
            continue;
        };
        for exclude_online in [false, true] {
            println!(
                "  5 km searches, {}:",
                if exclude_online {
                    "online-only results left out"
                } else {
                    "online-only results included"
                }
            );
            let filters = Filters {
                radius: Radius::Km5,
                exclude_online,
                ..Filters::default()
            };
            for (name, at) in [&dense, &rural] {
                print_search(
                    name,
                    *at,
                    &filters,
                    (&catalogue, &index),
                    &split,
                    &sizes,
                    &online_shard_of,
                );
            }
        }
        // Searches of the whole country with text or filters: how many shards
        // their summaries leave out.
        let anywhere: Vec<_> = sample_searches(&catalogue, 5, 600)
            .into_iter()
            .filter(|s| s.filters.radius == Radius::Anywhere)
            .collect();
        for (label, with_text) in [("with text", true), ("with filters and no text", false)] {
            let mut needed: Vec<(usize, usize)> = anywhere
                .iter()
                .filter(|s| s.filters.text.trim().is_empty() != with_text)
                .filter(|s| with_text || !s.filters.is_unfiltered())
                .map(|s| {
                    let plan = shards_for(&split.index, &s.filters, s.origin, Some(&words));
                    (plan.results.len(), plan.results.len() + plan.counts.len())
                })
                .collect();
            needed.sort_unstable();
            let median = |pick: fn(&(usize, usize)) -> usize| {
                let mut v: Vec<usize> = needed.iter().map(pick).collect();
                v.sort_unstable();
                v.get(v.len() / 2).copied().unwrap_or(0)
            };
            println!(
                "  'Anywhere' {label} ({} sample searches): the median needs {} of {} shards \
                 for its results, {} with its counts",
                needed.len(),
                median(|n| n.0),
                split.index.shards.len(),
                median(|n| n.1)
            );
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::{Area, Settings};
    use learnlocal_core::time::Date;

    fn country(size: usize) -> Catalogue {
        let (skills, problems) =
            learnlocal_import::table::read_skills(include_str!("../../../data/sources/skills.csv"));
        assert!(problems.is_empty());
        synthetic::generate(&Settings {
            size,
            seed: 3,
            area: Area::Country,
            today: Date::new(2026, 9, 1).unwrap(),
            skills,
        })
    }

    /// Files are named by their content: equal texts equal names, and the
    /// name is the start of the text's SHA-256.
    #[test]
    fn names_are_content_hashes() {
        assert_eq!(content_name("abc"), "ba7816bf8f01cfea");
        assert_ne!(content_name("abc"), content_name("abd"));
    }

    /// On a synthetic country of 10,000 opportunities cut into shards of about
    /// 300, every sample search (places, radii, text, filters, "Anywhere")
    /// gives from the shards its plan names exactly the whole file's results,
    /// option counts and ways to widen.
    #[test]
    fn sharded_10_000_gives_the_same_results() {
        let catalogue = country(10_000);
        let limit = Limit {
            max_bytes: 256 * 1024,
            max_records: usize::MAX,
        };
        let split = split(&catalogue, limit, &content_name).unwrap();
        assert!(
            split.index.shards.len() > 20,
            "{}",
            split.index.shards.len()
        );
        check(&catalogue, &split, 100).unwrap();
    }

    /// The same on 100,000 opportunities in shards of 256 KB (about 330); run
    /// in release by `cargo xtask test` (`cargo test --release -p
    /// learnlocal-data -- --ignored sharded_100_000`).
    #[test]
    #[ignore = "minutes in a debug build; run in release"]
    fn sharded_100_000_gives_the_same_results() {
        let catalogue = country(100_000);
        let limit = Limit {
            max_bytes: 256 * 1024,
            max_records: usize::MAX,
        };
        let split = split(&catalogue, limit, &content_name).unwrap();
        assert!(
            split.index.shards.len() > 200,
            "{}",
            split.index.shards.len()
        );
        check(&catalogue, &split, 300).unwrap();
    }
}
