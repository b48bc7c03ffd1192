//! `cargo xtask bench-browser`: the core's filtering with option counts beside
//! itemsjs, and its text search beside MiniSearch, in one headless Chromium, on
//! the same synthetic catalogues and queries, at full speed and slowed down.
//!
//! The core runs as the wasm of `benches/browser` (`learnlocal-bench-wasm`: the
//! finder's own `SearchIndex`, `find` and `facets`, no app code), built like the
//! app (release profile, wasm-bindgen, wasm-opt -Oz). The peers are their own
//! browser builds from npm, pinned, installed into the cache folder only when
//! missing, and served from the same origin as the page. The page
//! (`benches/browser/page/bench.js`) does the timing with `performance.now()`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{bench_dir, copy_file, create_dir, ms, number, thousands};
use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::serve;
use crate::setup;

/// Catalogue sizes when `--sizes` is not given.
pub const DEFAULT_SIZES: &[usize] = &[1_000, 10_000, 100_000];

/// CPU slowdowns when `--rates` is not given.
pub const DEFAULT_RATES: &[usize] = &[1, 4];

/// The peers, exactly: npm package, version, and the browser build the page imports.
const PEERS: &[(&str, &str, &str)] = &[
    ("itemsjs", "2.4.4", "dist/index.module.js"),
    ("minisearch", "7.2.0", "dist/es/index.js"),
];

/// The benchmark's wasm crate, as Cargo names the package and the module.
const CRATE: &str = "learnlocal-bench-wasm";
const MODULE: &str = "learnlocal_bench_wasm";

/// How long the whole browser run may take.
const RUN_LIMIT: Duration = Duration::from_secs(90 * 60);

/// Builds the wasm, prepares the page, peers and catalogues, runs the page in
/// Chromium, and prints the table.
pub fn run(root: &Path, sizes: &[usize], rates: &[usize]) -> Result {
    setup::ensure_all(root)?;
    let site = bench_dir(root).join("site");
    let _ = std::fs::remove_dir_all(&site);
    for dir in ["pkg", "peers", "catalogues"] {
        create_dir(&site.join(dir))?;
    }
    build_wasm(root, &site.join("pkg"))?;
    let page = root.join(super::BENCH_SOURCES).join("page");
    for file in ["index.html", "bench.js"] {
        copy_file(&page.join(file), &site.join(file))?;
    }
    let peers = ensure_peers()?;
    for (name, _, build) in PEERS {
        let from = peers.join("node_modules").join(name).join(build);
        copy_file(&from, &site.join("peers").join(format!("{name}.js")))?;
    }
    for &size in sizes {
        let catalogue = super::synthetic_catalogue(root, size)?;
        link_or_copy(
            &catalogue,
            &site.join("catalogues").join(format!("{size}.json")),
        )?;
    }

    let server = serve::Background::start_plain(&site)?;
    let list = |values: &[usize]| {
        values
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(",")
    };
    println!(
        "The core (wasm) beside itemsjs {} and MiniSearch {}, {}; page {}",
        PEERS[0].1,
        PEERS[1].1,
        super::chromium_version(),
        server.url()
    );
    let figures = super::drive(
        root,
        "run-peers.mjs",
        &[
            ("BENCH_URL", server.url()),
            ("BENCH_SIZES", list(sizes)),
            ("BENCH_RATES", list(rates)),
        ],
        RUN_LIMIT,
    )?;
    drop(server);
    print_report(&figures)
}

/// Builds the wasm crate for the browser, generates its glue and shrinks it as
/// trunk does the app's, into `out`.
fn build_wasm(root: &Path, out: &Path) -> Result {
    common::run(
        common::cargo()?
            .args(["build", "--release", "--target", "wasm32-unknown-unknown"])
            .args(["--package", CRATE])
            .current_dir(root),
        &format!("cargo build --release -p {CRATE}"),
        "read the compiler's messages above",
    )?;
    let module = common::target_dir(root)
        .join("wasm32-unknown-unknown/release")
        .join(format!("{MODULE}.wasm"));
    common::run(
        common::tool("wasm-bindgen")?
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(out)
            .arg(&module),
        "wasm-bindgen",
        "`cargo xtask setup` installs the wasm-bindgen version of Cargo.lock",
    )?;
    let bound = out.join(format!("{MODULE}_bg.wasm"));
    common::run(
        common::tool("wasm-opt")?
            .arg("-Oz")
            .arg(&bound)
            .arg("-o")
            .arg(&bound),
        "wasm-opt -Oz",
        "`cargo xtask setup` installs binaryen's wasm-opt",
    )
}

/// The cache folder holding the pinned peers, installed from npm when missing.
fn ensure_peers() -> Result<PathBuf> {
    let name = PEERS
        .iter()
        .map(|(name, version, _)| format!("{name}-{version}"))
        .collect::<Vec<_>>()
        .join("-");
    let dir = common::cache_dir()?.join(format!("bench-peers-{name}"));
    let present = || {
        PEERS.iter().all(|(name, version, build)| {
            let package = dir.join("node_modules").join(name);
            package.join(build).is_file()
                && std::fs::read_to_string(package.join("package.json"))
                    .ok()
                    .and_then(|text| Json::parse(&text).ok())
                    .is_some_and(|json| json.get("version").and_then(Json::as_str) == Some(version))
        })
    };
    if present() {
        return Ok(dir);
    }
    let specs: Vec<String> = PEERS
        .iter()
        .map(|(name, version, _)| format!("{name}@{version}"))
        .collect();
    println!(
        "{}: installing from npm into {}",
        specs.join(", "),
        dir.display()
    );
    for spec in &specs {
        common::npm_install_into(&dir, spec)?;
    }
    if present() {
        Ok(dir)
    } else {
        Err(Failure::new(format!(
            "npm installed {} but the browser builds are not where expected; delete {} and run again",
            specs.join(" "),
            dir.display()
        )))
    }
}

/// A hard link to `from` at `to` (the catalogues are large), or a copy.
fn link_or_copy(from: &Path, to: &Path) -> Result {
    match std::fs::hard_link(from, to) {
        Ok(()) => Ok(()),
        Err(_) => copy_file(from, to),
    }
}

/// A comparison and its target: how many times faster than the peer the core must be.
#[derive(Debug, Clone, Copy)]
struct Task {
    /// The key of the driver's figures.
    key: &'static str,
    label: &'static str,
    peer: &'static str,
    /// The least speed-up (peer time / our time) that meets the target; `None`: no target.
    target: Option<f64>,
}

const TASKS: &[Task] = &[
    Task {
        key: "filters",
        label: "filters + option counts",
        peer: "itemsjs",
        target: Some(3.0),
    },
    Task {
        key: "text",
        label: "text search",
        peer: "MiniSearch",
        target: Some(1.0),
    },
];

/// The target as the table shows it, and whether the speed-up meets it.
fn verdict(speedup: f64, target: Option<f64>) -> (String, &'static str) {
    let Some(least) = target else {
        return ("-".to_string(), "");
    };
    let shown = if least > 1.0 {
        format!("≥ {least}× faster")
    } else {
        "no slower".to_string()
    };
    (shown, if speedup >= least { "met" } else { "not met" })
}

/// Prints one table row per size, rate and task, and the index builds.
fn print_report(figures: &Json) -> Result {
    let runs = figures
        .get("runs")
        .and_then(Json::as_array)
        .ok_or_else(|| Failure::new("the driver's figures have no runs; run again"))?;
    println!(
        "\n  {:>8} {:>4}  {:<36} {:>9} {:>9} {:>12}  {:<12} {:<7}  results ours / peer",
        "size", "CPU", "task (median per query)", "ours", "peer", "peer / ours", "target", ""
    );
    for run in runs {
        let size = number(run, &["size"])? as usize;
        let rate = number(run, &["rate"])?;
        for task in TASKS {
            let ours = number(run, &[task.key, "ours", "median"])?;
            let peer = number(run, &[task.key, "peer", "median"])?;
            let speedup = peer / ours;
            let (target, met) = verdict(speedup, task.target);
            let ratio = if speedup < 1.0 {
                format!("{speedup:.2}×")
            } else {
                format!("{speedup:.1}×")
            };
            println!(
                "  {:>8} {:>3}x  {:<36} {:>9} {:>9} {:>12}  {:<12} {:<7}  {} / {}",
                thousands(size),
                rate,
                format!("{} vs {}", task.label, task.peer),
                ms(ours),
                ms(peer),
                ratio,
                target,
                met,
                number(run, &[task.key, "ours", "results"])?,
                number(run, &[task.key, "peer", "results"])?,
            );
        }
    }
    println!(
        "\n  {:>8} {:>4}  {:<40} {:>10} {:>10} {:>10}",
        "size", "CPU", "reading + indexing the catalogue (median)", "ours", "itemsjs", "MiniSearch"
    );
    for run in runs {
        println!(
            "  {:>8} {:>3}x  {:<40} {:>10} {:>10} {:>10}",
            thousands(number(run, &["size"])? as usize),
            number(run, &["rate"])?,
            match number(run, &["builds"])? {
                1.0 => "1 build".to_string(),
                builds => format!("{builds} builds"),
            },
            ms(number(run, &["build", "ours"])?),
            ms(number(run, &["build", "itemsjs"])?),
            ms(number(run, &["build", "minisearch"])?),
        );
    }
    println!(
        "\nFigures: target/bench/run-peers.json; the queries and the mapping: docs/performance.md"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_compare_the_speed_up_with_the_target() {
        let shown = |(target, met): (String, &str)| format!("{target} {met}");
        assert_eq!(shown(verdict(3.5, Some(3.0))), "≥ 3× faster met");
        assert_eq!(shown(verdict(2.9, Some(3.0))), "≥ 3× faster not met");
        assert_eq!(shown(verdict(1.0, Some(1.0))), "no slower met");
        assert_eq!(shown(verdict(0.8, Some(1.0))), "no slower not met");
        assert_eq!(shown(verdict(0.8, None)), "- ");
    }

    #[test]
    fn the_report_reads_the_drivers_figures() {
        let side = |median: f64, results: u32| {
            format!(r#"{{"median": {median}, "max": 1, "results": {results}}}"#)
        };
        let text = format!(
            r#"{{"runs": [{{"size": 1000, "rate": 4, "builds": 5,
                "build": {{"ours": 12.5, "itemsjs": 40, "minisearch": 60}},
                "filters": {{"ours": {}, "peer": {}}}, "text": {{"ours": {}, "peer": {}}}}}]}}"#,
            side(0.5, 10),
            side(2.0, 10),
            side(0.2, 7),
            side(0.1, 8)
        );
        assert!(print_report(&Json::parse(&text).unwrap()).is_ok());
        assert!(print_report(&Json::parse(r#"{"runs": [{"size": 1}]}"#).unwrap()).is_err());
    }
}
