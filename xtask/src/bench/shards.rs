//! `cargo xtask bench-shards`: how long a phone on a slow network waits for its
//! first results when a country's catalogue is served as area shards, beside
//! the same catalogue as one file.
//!
//! For each size, a synthetic country (`cargo data generate --area country`,
//! seed 1) is split with `cargo data shard` into a copy of `dist/`
//! (`target/bench/shards-N/`); up to [`WHOLE_UP_TO`] opportunities, another
//! copy serves it as one file (`target/bench/whole-N/`). Both are served with
//! brotli, as a CDN would; each search is loaded once before it is timed, so
//! the shards it needs are compressed and kept, as a CDN keeps them. For a 5 km search from the middle of the densest
//! area shard (a town) and of the sparsest (the countryside), the driver
//! (`benches/browser/run-shards.mjs`) opens fresh 360×780 pages with the CPU
//! slowed and the network throttled as Lighthouse's mobile profile does with
//! devtools throttling (slow 4G: 562.5 ms round trip, 1,474.56 kbit/s down,
//! 675 kbit/s up), and measures the time from navigation to the first result
//! card painted (on the page or just under the first screen, where the chosen
//! place's and radius's chips may push it), and the bytes transferred by then.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{bench_dir, copy_file, ms, number, thousands};
use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::lighthouse::median;
use crate::serve;

/// Country sizes when `--sizes` is not given.
pub const DEFAULT_SIZES: &[usize] = &[100_000, 1_000_000];

/// CPU slowdown when `--rates` is not given: the phone's.
pub const DEFAULT_RATES: &[usize] = &[4];

/// The largest catalogue also measured as one file: beyond it, one file is
/// hundreds of megabytes of JSON, which a phone cannot hold.
const WHOLE_UP_TO: usize = 100_000;

/// How long the whole browser run may take.
const RUN_LIMIT: Duration = Duration::from_secs(60 * 60);

/// A search's place and radius, as the URL says them.
struct Place {
    name: &'static str,
    query: String,
}

/// Builds the sites, measures them and prints the figures.
pub fn run(root: &Path, dist: &Path, sizes: &[usize], rates: &[usize]) -> Result {
    let mut sites = Vec::new();
    let mut servers = Vec::new();
    for &size in sizes {
        let catalogue = super::synthetic_catalogue_of(root, size, "country")?;
        let sharded = sharded_site(root, dist, &catalogue, size)?;
        let index = common::read_text(
            &sharded.join("data").join("catalogue.json"),
            "run `cargo xtask bench-shards` again",
        )?;
        let index = Json::parse(&index).map_err(|problem| {
            Failure::new(format!(
                "the shard index is not JSON ({problem}); run again"
            ))
        })?;
        let places = places(&index)?;
        let mut copies = vec![("sharded", sharded)];
        if size <= WHOLE_UP_TO {
            let whole = bench_dir(root).join(format!("whole-{size}"));
            let _ = std::fs::remove_dir_all(&whole);
            common::copy_dir(dist, &whole)?;
            copy_file(&catalogue, &whole.join("data").join("catalogue.json"))?;
            copies.push(("one file", whole));
        }
        for (kind, dir) in copies {
            println!("serving the {kind} site of {size} with brotli, as a CDN would");
            // A country's shards are compressed as they are first asked for
            // (the driver warms each search's before timing it), not all at once.
            let server = if kind == "sharded" {
                serve::Background::start_lazy(&dir)?
            } else {
                serve::Background::start(&dir)?
            };
            let places_json: Vec<String> = places
                .iter()
                .map(|p| format!(r#"{{"name": "{}", "query": "{}"}}"#, p.name, p.query))
                .collect();
            sites.push(format!(
                r#"{{"label": "{} {kind}", "size": {size}, "kind": "{kind}", "url": "{}", "places": [{}]}}"#,
                thousands(size),
                server.url(),
                places_json.join(", ")
            ));
            servers.push(server);
        }
    }
    let rates_list: Vec<String> = rates.iter().map(usize::to_string).collect();
    println!(
        "The release build, 360×780, {}; CPU slowed {}×; slow 4G as Lighthouse's devtools throttling",
        super::chromium_version(),
        rates_list.join("× and ")
    );
    let figures = super::drive(
        root,
        "run-shards.mjs",
        &[
            ("BENCH_SITES", format!("[{}]", sites.join(", "))),
            ("BENCH_RATES", rates_list.join(",")),
        ],
        RUN_LIMIT,
    )?;
    drop(servers);
    print_report(&figures)
}

/// `dist/` copied with the country's catalogue split into shards.
fn sharded_site(root: &Path, dist: &Path, catalogue: &Path, size: usize) -> Result<PathBuf> {
    let site = bench_dir(root).join(format!("shards-{size}"));
    let _ = std::fs::remove_dir_all(&site);
    common::copy_dir(dist, &site)?;
    let data = site.join("data");
    let _ = std::fs::remove_file(data.join("catalogue.json"));
    println!("splitting the country of {size} into shards");
    common::run(
        common::data_tool(true, "shard")?
            .arg(catalogue)
            .arg("--out")
            .arg(&data)
            .current_dir(root),
        "cargo data shard",
        "read the data tool's message above",
    )?;
    Ok(site)
}

/// Records per square kilometre of an area shard's box (at least 1 km²), and
/// the box's middle.
fn density(shard: &Json) -> Option<(f64, f64, f64)> {
    let b = shard.get("bounds")?;
    let (south, west) = (number(b, &["south"]).ok()?, number(b, &["west"]).ok()?);
    let (north, east) = (number(b, &["north"]).ok()?, number(b, &["east"]).ok()?);
    let records = number(shard, &["summary", "records"]).ok()?;
    let lat = (south + north) / 2.0;
    let km2 = ((north - south) * 111.2) * ((east - west) * 111.2 * lat.to_radians().cos());
    Some((records / km2.max(1.0), lat, (west + east) / 2.0))
}

/// A 5 km search from the middle of the densest area shard and of the sparsest.
fn places(index: &Json) -> Result<Vec<Place>> {
    let mut areas: Vec<(f64, f64, f64)> = index
        .get("shards")
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(density)
        .collect();
    areas.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (Some(sparse), Some(dense)) = (areas.first(), areas.last()) else {
        return Err(Failure::new("the shard index has no area shard; run again"));
    };
    let query = |(_, lat, lon): &(f64, f64, f64)| format!("near={lat:.4},{lon:.4}&within=5km");
    Ok(vec![
        Place {
            name: "densest town",
            query: query(dense),
        },
        Place {
            name: "countryside",
            query: query(sparse),
        },
    ])
}

/// Prints each site, place and rate: first results and bytes to them.
fn print_report(figures: &Json) -> Result {
    let runs = figures
        .get("runs")
        .and_then(Json::as_array)
        .ok_or_else(|| Failure::new("the driver's figures have no runs; run again"))?;
    println!(
        "\n  {:<22} {:<14} {:>4}  {:>28}  {:>14}",
        "catalogue", "5 km search", "CPU", "first results (median, range)", "KB by then"
    );
    for run in runs {
        let label = run.get("label").and_then(Json::as_str).unwrap_or("?");
        let place = run.get("place").and_then(Json::as_str).unwrap_or("?");
        let rate = number(run, &["rate"])?;
        let list = |key: &str| -> Vec<f64> {
            run.get(key)
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
                .filter_map(Json::as_f64)
                .collect()
        };
        let (loads, bytes) = (list("loads"), list("bytes"));
        let (Some(first), Some(kb)) = (median(&loads), median(&bytes)) else {
            continue;
        };
        let low = loads.iter().copied().fold(f64::INFINITY, f64::min);
        let high = loads.iter().copied().fold(0.0, f64::max);
        println!(
            "  {label:<22} {place:<14} {rate:>3}×  {:>10} ({}–{})  {:>11.0} KB",
            ms(first),
            ms(low),
            ms(high),
            kb / 1024.0
        );
    }
    println!("\n  Every load's figures: target/bench/run-shards.json");
    Ok(())
}
