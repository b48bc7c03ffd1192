//! `cargo xtask bench-browser` and `cargo xtask bench-app`: figures for the "fast
//! on a phone" targets, measured in headless Chromium and printed, never enforced.
//!
//! - [`peers`] times the core's filtering with option counts and its text search,
//!   built for wasm, beside itemsjs and MiniSearch, in one page;
//! - [`app`] times the built app itself: first results, each key typed, and its
//!   WebAssembly memory per opportunity.
//!
//! Both use seeded synthetic catalogues from `cargo data generate`, kept in
//! `target/bench/catalogues/`; both serve from the xtask's own server on a free
//! port and drive a fresh [`Browser`](crate::chromium::Browser) with a Node script
//! in `benches/browser/` (playwright-core, the browser tests' copy). The server, the
//! browser and the script are guards, ended on every path, errors included. These
//! are not part of `cargo xtask test`: they take minutes.

pub mod app;
pub mod peers;
pub mod shards;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::chromium::{Browser, Guarded};
use crate::common::{self, Failure, Result};
use crate::json::Json;
use crate::{setup, testsuite};

/// The seed of every synthetic catalogue, so every run measures the same records.
pub const SEED: u64 = 1;

/// The folder of the benchmarks' pages and drivers.
const BENCH_SOURCES: &str = "benches/browser";

/// What the benchmarks keep between runs: `target/bench`.
pub fn bench_dir(root: &Path) -> PathBuf {
    common::target_dir(root).join("bench")
}

/// Creates `dir` (and its parents), saying what to do when it cannot.
pub fn create_dir(dir: &Path) -> Result {
    std::fs::create_dir_all(dir).map_err(|error| {
        Failure::new(format!(
            "could not create {}: {error}; check that the target folder is writable",
            dir.display()
        ))
    })
}

/// Copies `from` to `to`, saying what to do when it cannot.
pub fn copy_file(from: &Path, to: &Path) -> Result {
    std::fs::copy(from, to).map(|_| ()).map_err(|error| {
        Failure::new(format!(
            "could not copy {} to {}: {error}; check that both folders are readable and writable",
            from.display(),
            to.display()
        ))
    })
}

/// The synthetic catalogue of `size` opportunities (seed [`SEED`], one city),
/// generated with `cargo data generate` into `target/bench/catalogues/` unless it
/// is already there. Delete that folder after changing the generator.
pub fn synthetic_catalogue(root: &Path, size: usize) -> Result<PathBuf> {
    synthetic_catalogue_of(root, size, "city")
}

/// The synthetic catalogue of `size` opportunities spread over `area` (`city`
/// or `country`), generated as [`synthetic_catalogue`] is.
pub fn synthetic_catalogue_of(root: &Path, size: usize, area: &str) -> Result<PathBuf> {
    let dir = bench_dir(root).join("catalogues");
    let name = if area == "city" {
        format!("synthetic-{size}-seed-{SEED}")
    } else {
        format!("synthetic-{area}-{size}-seed-{SEED}")
    };
    let path = dir.join(format!("{name}.json"));
    if path.is_file() {
        return Ok(path);
    }
    create_dir(&dir)?;
    // Written beside it and renamed, so an interrupted run leaves no half catalogue.
    let partial = dir.join(format!("{name}.partial"));
    println!("generating a catalogue of {size} opportunities over a {area} (seed {SEED})");
    common::run(
        common::data_tool(true, "generate")?
            .args(["--size", &size.to_string(), "--seed", &SEED.to_string()])
            .args(["--area", area, "--brotli-quality", "1", "--out"])
            .arg(&partial)
            .current_dir(root),
        "cargo data generate",
        "read the data tool's message above",
    )?;
    std::fs::rename(&partial, &path).map_err(|error| {
        Failure::new(format!(
            "could not rename {} to {}: {error}; check that target/bench is writable",
            partial.display(),
            path.display()
        ))
    })?;
    Ok(path)
}

/// Runs the Node driver `script` of `benches/browser/` against a fresh browser,
/// with `settings` as its environment, and returns the JSON it wrote.
pub fn drive(
    root: &Path,
    script: &str,
    settings: &[(&str, String)],
    limit: Duration,
) -> Result<Json> {
    testsuite::browser_prerequisites(root)?;
    let out = bench_dir(root).join(script.replace(".mjs", ".json"));
    let _ = std::fs::remove_file(&out);
    let browser = Browser::launch("bench")?;
    let child = common::tool("node")?
        .arg(root.join(BENCH_SOURCES).join(script))
        .envs(settings.iter().map(|(key, value)| (*key, value.as_str())))
        .env("BENCH_CDP", format!("http://127.0.0.1:{}", browser.port))
        .env("BENCH_OUT", &out)
        .env(
            "BENCH_PLAYWRIGHT_FROM",
            root.join("tests/browser/package.json"),
        )
        .current_dir(root)
        .stdin(Stdio::null())
        .spawn()
        .map_err(|error| {
            Failure::new(format!(
                "could not start node ({error}); install Node.js 20 (e.g. `apt-get install nodejs`)"
            ))
        })?;
    let mut driver = Guarded(child);
    let status = driver.wait_at_most(limit)?;
    drop(driver);
    drop(browser);
    match status {
        Some(status) if status.success() => {}
        None => {
            return Err(Failure::new(format!(
                "{script} did not finish within {} minutes; try fewer sizes or rates",
                limit.as_secs() / 60
            )));
        }
        Some(status) => {
            return Err(Failure::new(format!(
                "{script} failed ({status}); its messages are above"
            )));
        }
    }
    let text = common::read_text(&out, "the driver wrote no figures; run again")?;
    Json::parse(&text).map_err(|problem| {
        Failure::new(format!(
            "{} is not valid JSON ({problem}); run again",
            out.display()
        ))
    })
}

/// Chromium's version, for the report's first line.
pub fn chromium_version() -> String {
    common::probe(Command::new(setup::CHROMIUM).arg("--version"))
        .map(|version| version.trim().to_string())
        .unwrap_or_else(|| "Chromium (version unknown)".to_string())
}

/// Parses a comma-separated list of whole numbers, each at least 1 (`1000,10000`).
pub fn parse_list(flag: &str, value: &str) -> Result<Vec<usize>> {
    let numbers: Option<Vec<usize>> = value
        .split(',')
        .map(|part| {
            part.trim()
                .replace('_', "")
                .parse()
                .ok()
                .filter(|&n| n >= 1)
        })
        .collect();
    match numbers {
        Some(numbers) if !numbers.is_empty() => Ok(numbers),
        _ => Err(Failure::new(format!(
            "`{flag} {value}` is not a list of whole numbers; give e.g. `{flag} 1000,10000`"
        ))),
    }
}

/// Options of both benchmarks: `--sizes a,b` (bench-browser only) and `--rates a,b`.
#[derive(Debug, PartialEq, Eq)]
pub struct Options {
    /// Catalogue sizes, in opportunities.
    pub sizes: Vec<usize>,
    /// CPU slowdowns (1 is full speed).
    pub rates: Vec<usize>,
}

/// Parses `--sizes` (when `sizes` has defaults) and `--rates`, as `FLAG V` or `FLAG=V`.
pub fn parse_options(
    task: &str,
    options: &[String],
    sizes: Option<&[usize]>,
    rates: &[usize],
) -> Result<Options> {
    let mut parsed = Options {
        sizes: sizes.unwrap_or_default().to_vec(),
        rates: rates.to_vec(),
    };
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let (flag, value) = match option.split_once('=') {
            Some((flag, value)) => (flag, Some(value.to_string())),
            None => (option.as_str(), rest.next().cloned()),
        };
        let accepted = if sizes.is_some() {
            "`--sizes N,N` and `--rates N,N`"
        } else {
            "`--rates N,N`"
        };
        match (flag, value) {
            ("--sizes", Some(value)) if sizes.is_some() => {
                parsed.sizes = parse_list(flag, &value)?;
            }
            ("--rates", Some(value)) => parsed.rates = parse_list(flag, &value)?,
            _ => {
                return Err(Failure::new(format!(
                    "`{task}` accepts only {accepted}, but got `{}`; run `cargo xtask help` for usage",
                    options.join(" ")
                )));
            }
        }
    }
    Ok(parsed)
}

/// A duration in milliseconds as the tables show it: two significant decimals below 10 ms.
pub fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2} ms")
    } else {
        format!("{value:.0} ms")
    }
}

/// A whole number with thousands separated by commas: `100,000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A number field of a driver's JSON, or a failure naming it.
pub fn number(json: &Json, path: &[&str]) -> Result<f64> {
    json.at(path).and_then(Json::as_f64).ok_or_else(|| {
        Failure::new(format!(
            "the driver's figures have no number at {}; run again",
            path.join(".")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|arg| arg.to_string()).collect()
    }

    #[test]
    fn options_take_lists_of_sizes_and_rates() {
        let sizes: &[usize] = &[1000, 10000, 100000];
        let parsed = parse_options("bench-browser", &[], Some(sizes), &[1, 4]).unwrap();
        assert_eq!(parsed.sizes, sizes);
        assert_eq!(parsed.rates, [1, 4]);
        let parsed = parse_options(
            "bench-browser",
            &strings(&["--sizes", "1000,10_000", "--rates=4"]),
            Some(sizes),
            &[1, 4],
        )
        .unwrap();
        assert_eq!(parsed.sizes, [1000, 10000]);
        assert_eq!(parsed.rates, [4]);
        assert!(parse_options("bench-browser", &strings(&["--sizes"]), Some(sizes), &[1]).is_err());
        assert!(
            parse_options(
                "bench-browser",
                &strings(&["--rates", "0"]),
                Some(sizes),
                &[1]
            )
            .is_err()
        );
        assert!(parse_options("bench-app", &strings(&["--sizes", "10"]), None, &[1]).is_err());
        assert!(parse_options("bench-app", &strings(&["--fast"]), None, &[1]).is_err());
    }

    #[test]
    fn numbers_are_shown_for_people() {
        assert_eq!(thousands(451), "451");
        assert_eq!(thousands(10000), "10,000");
        assert_eq!(thousands(100000), "100,000");
        assert_eq!(ms(0.123), "0.12 ms");
        assert_eq!(ms(123.4), "123 ms");
    }
}
