//! `cargo xtask bench-app`: the built app as a resident on a phone meets it, with a
//! catalogue of 10,000 synthetic opportunities and with the demo catalogue.
//!
//! The release build in `dist/` is copied to `target/bench/app-10000/` with its
//! `data/catalogue.json` replaced (`dist/` itself is never changed), and both are
//! served with brotli, as a CDN would. Each run opens a fresh 360×780 page with
//! the CPU slowed down and measures, in the page (`benches/browser/run-app.mjs`):
//! the time from navigation to the first result card painted on screen; for each
//! key typed into the search box, the time from the key event to the paint after
//! the last change it made to the page; and the WebAssembly memory (it never
//! shrinks, so its size after loading and searching is the peak) per opportunity.

use std::path::Path;
use std::time::Duration;

use super::{bench_dir, copy_file, ms, number, thousands};
use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::lighthouse::median;
use crate::serve;

/// CPU slowdowns when `--rates` is not given: the phone's, then full speed.
pub const DEFAULT_RATES: &[usize] = &[4, 1];

/// The size of the synthetic catalogue the targets are for.
const SYNTHETIC_SIZE: usize = 10_000;

/// The targets, in milliseconds and bytes.
const FIRST_RESULTS_MS: f64 = 1_500.0;
const KEY_MEDIAN_MS: f64 = 100.0;
const KEY_WORST_MS: f64 = 150.0;
const BYTES_PER_OPPORTUNITY: f64 = 350.0;

/// How long the whole browser run may take.
const RUN_LIMIT: Duration = Duration::from_secs(30 * 60);

/// Serves the synthetic copy and `dist/`, measures both at each rate, and prints the figures.
pub fn run(root: &Path, dist: &Path, rates: &[usize]) -> Result {
    let catalogue = super::synthetic_catalogue(root, SYNTHETIC_SIZE)?;
    let copy = bench_dir(root).join(format!("app-{SYNTHETIC_SIZE}"));
    let _ = std::fs::remove_dir_all(&copy);
    crate::common::copy_dir(dist, &copy)?;
    copy_file(&catalogue, &copy.join("data").join("catalogue.json"))?;
    let demo = dist.join("data").join("catalogue.json");

    println!("compressing both sites with brotli, as a CDN serves them");
    let synthetic_server = serve::Background::start(&copy)?;
    let demo_server = serve::Background::start(dist)?;
    let sites = [
        (
            format!("{} synthetic", thousands(SYNTHETIC_SIZE)),
            synthetic_server.url(),
            catalogue,
        ),
        (
            format!("{} demo", thousands(opportunities(&demo)?)),
            demo_server.url(),
            demo,
        ),
    ];
    let mut sites_json = Vec::new();
    for (label, url, path) in &sites {
        sites_json.push(format!(
            r#"{{"label": "{}", "url": "{}", "catalogue": "{}", "opportunities": {}}}"#,
            escape(label),
            escape(url),
            escape(&path.display().to_string()),
            opportunities(path)?
        ));
    }
    let rates_list: Vec<String> = rates.iter().map(usize::to_string).collect();
    println!(
        "The release build, 360×780, {}; CPU slowed {}×",
        super::chromium_version(),
        rates_list.join("× and ")
    );
    let figures = super::drive(
        root,
        "run-app.mjs",
        &[
            ("BENCH_SITES", format!("[{}]", sites_json.join(", "))),
            ("BENCH_RATES", rates_list.join(",")),
        ],
        RUN_LIMIT,
    )?;
    drop(synthetic_server);
    drop(demo_server);
    print_report(&figures)
}

/// How many opportunities a catalogue file holds.
fn opportunities(path: &Path) -> Result<usize> {
    let text = common::read_text(path, "run `cargo xtask build` again")?;
    Json::parse(&text)
        .ok()
        .and_then(|json| {
            json.get("opportunities")
                .and_then(Json::as_array)
                .map(<[Json]>::len)
        })
        .ok_or_else(|| {
            Failure::new(format!(
                "{} is not a catalogue with opportunities; check it with `cargo data validate`",
                path.display()
            ))
        })
}

/// Text made safe inside a JSON string.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// `value ≤ limit` as the table shows it.
fn against(value: f64, limit: f64) -> &'static str {
    if value <= limit { "met" } else { "not met" }
}

/// Prints each catalogue and rate: first results, typing, memory, with the targets.
fn print_report(figures: &Json) -> Result {
    let runs = figures
        .get("runs")
        .and_then(Json::as_array)
        .ok_or_else(|| Failure::new("the driver's figures have no runs; run again"))?;
    for run in runs {
        let label = run.get("label").and_then(Json::as_str).unwrap_or("?");
        let rate = number(run, &["rate"])?;
        let values = |key: &str| -> Vec<f64> {
            run.get(key)
                .and_then(Json::as_array)
                .unwrap_or_default()
                .iter()
                .filter_map(|value| value.as_f64().or_else(|| value.get("ms")?.as_f64()))
                .collect()
        };
        // Event Timing reports only keys of 16 ms or more: the others count as 16, an upper bound.
        let events: Vec<Option<f64>> = run
            .get("keys")
            .and_then(Json::as_array)
            .unwrap_or_default()
            .iter()
            .map(|key| key.get("eventMs").and_then(Json::as_f64))
            .collect();
        let loads = values("loads");
        let keys = values("keys");
        let list_keys: Vec<f64> = run
            .get("keys")
            .and_then(Json::as_array)
            .unwrap_or_default()
            .iter()
            .filter_map(|key| key.get("listMs").and_then(Json::as_f64))
            .collect();
        let memory = values("memory");
        let words: Vec<&str> = run
            .get("words")
            .and_then(Json::as_array)
            .unwrap_or_default()
            .iter()
            .filter_map(Json::as_str)
            .collect();
        let opportunities = number(run, &["opportunities"])?;
        println!("\n  {label} catalogue, CPU {rate}×:");
        if let Some(first) = median(&loads) {
            let low = loads.iter().copied().fold(f64::INFINITY, f64::min);
            let high = loads.iter().copied().fold(0.0, f64::max);
            println!(
                "    first results        {:>9}  ({} loads: {}–{})   target ≤ 1.5 s: {}",
                ms(first),
                loads.len(),
                ms(low),
                ms(high),
                against(first, FIRST_RESULTS_MS)
            );
        }
        if let Some(typical) = median(&list_keys) {
            let worst = list_keys.iter().copied().fold(0.0, f64::max);
            println!(
                "    typing, median key   {:>9}  ({} keys: {}; key to the results painted)   target ≤ 100 ms: {}",
                ms(typical),
                list_keys.len(),
                words.join(", "),
                against(typical, KEY_MEDIAN_MS)
            );
            println!(
                "    typing, worst key    {:>9}   target ≤ 150 ms: {}",
                ms(worst),
                against(worst, KEY_WORST_MS)
            );
        }
        if let Some(typical) = median(&keys) {
            let worst = keys.iter().copied().fold(0.0, f64::max);
            println!(
                "    (with the option counts, a frame later: median {}, worst {})",
                ms(typical),
                ms(worst)
            );
            let reported = events.iter().flatten().count();
            let bounded: Vec<f64> = events.iter().map(|e| e.unwrap_or(16.0)).collect();
            if let Some(typical) = median(&bounded) {
                let worst = bounded.iter().copied().fold(0.0, f64::max);
                println!(
                    "    (Event Timing, the browser's own measure: median {}, worst {}; \
                     {reported} of {} keys took 16 ms or more)",
                    ms(typical),
                    ms(worst),
                    bounded.len()
                );
            }
        }
        let peak = memory.iter().copied().fold(0.0, f64::max);
        if peak > 0.0 {
            let per = peak / opportunities;
            println!(
                "    wasm memory, peak    {:>6.1} MiB = {per:.0} B per opportunity   target ≤ 350 B: {}",
                peak / 1_048_576.0,
                against(per, BYTES_PER_OPPORTUNITY)
            );
        }
    }
    println!("\nFigures: target/bench/run-app.json (every load and key)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_reads_every_load_key_and_memory_sample() {
        let figures = Json::parse(
            r#"{"runs": [{"label": "10,000 synthetic", "opportunities": 10000, "rate": 4,
                "words": ["class", "guide"], "loads": [900, 1200, 1000],
                "keys": [{"key": "c", "ms": 40, "listMs": 30, "eventMs": null}, {"key": "l", "ms": 160, "listMs": 90, "eventMs": 152}],
                "memory": [3145728, 4194304]}]}"#,
        )
        .unwrap();
        assert!(print_report(&figures).is_ok());
        assert!(print_report(&Json::parse("{}").unwrap()).is_err());
    }

    #[test]
    fn targets_are_upper_limits() {
        assert_eq!(against(100.0, KEY_MEDIAN_MS), "met");
        assert_eq!(against(100.5, KEY_MEDIAN_MS), "not met");
        assert_eq!(escape(r#"a "b" \c"#), r#"a \"b\" \\c"#);
    }
}
