//! `cargo xtask test`: every check the project has, in order, stopping at the first failure.
//!
//! The order puts cheap checks before expensive ones: tools, formatting, clippy and
//! the Rust tests come before the release build and the browser tests that need it.
//! Each step prints its wall time when it ends, and a summary of all of them closes
//! the run, so slow steps are easy to spot in CI logs.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};

use crate::common::{self, Failure, Result};
use crate::{build, deps, setup, size};

/// The folder of the browser tests (Node's test runner driving Chromium through playwright-core).
const BROWSER_TESTS: &str = "tests/browser";

/// A named step of the test run.
struct Step<'a> {
    name: &'static str,
    run: Box<dyn FnOnce() -> Result + 'a>,
}

impl<'a> Step<'a> {
    fn new(name: &'static str, run: impl FnOnce() -> Result + 'a) -> Self {
        Step {
            name,
            run: Box::new(run),
        }
    }
}

/// Runs every step in order and stops at the first failure, naming the step.
pub fn run_all(root: &Path) -> Result {
    let steps = vec![
        Step::new("setup", || setup::ensure_all(root)),
        Step::new("browser prerequisites", || browser_prerequisites(root)),
        Step::new("cargo fmt --check", || {
            common::run(
                common::cargo()?
                    .args(["fmt", "--all", "--check"])
                    .current_dir(root),
                "cargo fmt --all --check",
                "run `cargo fmt --all` to format the code",
            )
        }),
        Step::new("clippy", || {
            common::run(
                common::cargo()?
                    .args([
                        "clippy",
                        "--workspace",
                        "--all-targets",
                        "--",
                        "-D",
                        "warnings",
                    ])
                    .current_dir(root),
                "cargo clippy --workspace --all-targets -- -D warnings",
                "fix the lints reported above",
            )
        }),
        Step::new("clippy (the app and the workbench for wasm)", || {
            common::run(
                common::cargo()?
                    .args([
                        "clippy",
                        "--package",
                        "learnlocal",
                        "--package",
                        "learnlocal-workbench",
                        "--target",
                        "wasm32-unknown-unknown",
                        // `split`: the finder's build, with its lazy pages.
                        "--features",
                        "learnlocal/split",
                        "--",
                        "-D",
                        "warnings",
                    ])
                    .current_dir(root),
                "cargo clippy --package learnlocal --package learnlocal-workbench --target wasm32-unknown-unknown --features learnlocal/split -- -D warnings",
                "fix the lints reported above (code behind cfg(target_arch = \"wasm32\") is only linted here)",
            )
        }),
        Step::new("dependency rules", || deps::check(root)),
        Step::new("cargo test", || {
            common::run(
                common::cargo()?
                    .args(["test", "--workspace"])
                    .current_dir(root),
                "cargo test --workspace",
                "fix the failing tests reported above",
            )
        }),
        // The identical-results test of sharding at 100,000 opportunities takes
        // minutes in a debug build: it runs here in release, on its own (about
        // three minutes on two shared cores, after two to build the data tool).
        Step::new("sharding at 100,000 (release)", || {
            common::run(
                common::cargo()?
                    .args([
                        "test",
                        "--release",
                        "--package",
                        "learnlocal-data",
                        "--",
                        "--ignored",
                        "sharded_100_000",
                    ])
                    .current_dir(root),
                "cargo test --release -p learnlocal-data -- --ignored sharded_100_000",
                "fix the failing test reported above",
            )
        }),
        Step::new("release build", || build::release(root, false)),
        Step::new("release build under a sub-path", || {
            build::release_to(root, false, &sub_path_build(root))
        }),
        // Printed, not enforced yet: the shell is over the budget until it shrinks
        // (`cargo xtask size` is the enforcing form).
        Step::new("size report", || {
            size::report(root, &build::dist_dir(root)).map(|_shell| ())
        }),
        Step::new("the build with its catalogue as shards", || {
            sharded_copies(root)
        }),
        Step::new("browser tests", || browser_tests(root)),
    ];

    let mut timings: Vec<(&'static str, Duration)> = Vec::new();
    for step in steps {
        println!("\n==> {}", step.name);
        let started = Instant::now();
        let outcome = (step.run)();
        let elapsed = started.elapsed();
        timings.push((step.name, elapsed));
        match outcome {
            Ok(()) => println!("<== {}: ok in {:.1} s", step.name, elapsed.as_secs_f64()),
            Err(failure) => {
                println!(
                    "<== {}: FAILED after {:.1} s",
                    step.name,
                    elapsed.as_secs_f64()
                );
                print_summary(&timings);
                return Err(Failure::new(format!(
                    "step `{}` failed: {failure}",
                    step.name
                )));
            }
        }
    }
    print_summary(&timings);
    println!("all steps passed");
    Ok(())
}

fn print_summary(timings: &[(&'static str, Duration)]) {
    println!("\nStep timings:");
    let mut total = Duration::ZERO;
    for (name, elapsed) in timings {
        println!("  {name:<24} {:>8.1} s", elapsed.as_secs_f64());
        total += *elapsed;
    }
    println!("  {:<24} {:>8.1} s", "total", total.as_secs_f64());
}

/// Installs what the browser tests need: Chromium, and the npm packages of `tests/browser`.
pub fn browser_prerequisites(root: &Path) -> Result {
    setup::ensure_chromium()?;
    setup::ensure_web_servers()?;
    let dir = root.join(BROWSER_TESTS);
    if !dir.join("package.json").is_file() {
        println!("warning: {BROWSER_TESTS}/package.json does not exist yet; skipping npm ci");
        return Ok(());
    }
    let lock = dir.join("package-lock.json");
    let lock_modified = modified(&lock).ok_or_else(|| {
        Failure::new(format!(
            "{BROWSER_TESTS}/package-lock.json is missing, so `npm ci` cannot install the exact versions; \
             run `npm install` in {BROWSER_TESTS} and commit package-lock.json"
        ))
    })?;
    let node_modules = dir.join("node_modules");
    // npm rewrites node_modules/.package-lock.json at the end of every install, so it
    // dates the install even when no package folder changed.
    let installed = [
        modified(&node_modules),
        modified(&node_modules.join(".package-lock.json")),
    ]
    .into_iter()
    .flatten()
    .max();
    if !needs_npm_ci(installed, lock_modified) {
        println!("{BROWSER_TESTS}/node_modules: present");
        return Ok(());
    }
    println!("{BROWSER_TESTS}/node_modules: installing with npm ci");
    common::run(
        common::tool("npm")?
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&dir),
        &format!("npm ci in {BROWSER_TESTS}"),
        "check the connection to the npm registry and that package-lock.json matches package.json",
    )
}

/// Tells whether `npm ci` must run: nothing installed yet, or installed before the lock file last changed.
pub fn needs_npm_ci(installed: Option<SystemTime>, lock_modified: SystemTime) -> bool {
    installed.is_none_or(|installed| installed < lock_modified)
}

fn modified(path: &Path) -> Option<SystemTime> {
    path.metadata().and_then(|meta| meta.modified()).ok()
}

/// The build the browser tests try under a sub-path, as a site published at
/// `https://council.example/learning/` would be.
pub fn sub_path_build(root: &Path) -> build::Target {
    build::Target::for_base(root, "/learning/")
}

/// Records per shard in the sharded copy: small, so the demo's few hundred
/// make dozens of shards, as a country's hundreds of thousands would.
const SHARD_RECORDS: &str = "20";

/// Opportunities in the large sharded copy: a synthetic city of 8.5 MB, more
/// than a search fetches without asking (`shard::SEARCH_BUDGET_BYTES`).
const LARGE_SIZE: &str = "10000";

/// The folder of the build the browser tests try with the demo catalogue as
/// shards.
pub fn sharded_dist(root: &Path) -> std::path::PathBuf {
    root.join("target").join("dist-sharded")
}

/// The folder of the build the browser tests try with a large synthetic
/// catalogue as shards of the default size.
pub fn sharded_large_dist(root: &Path) -> std::path::PathBuf {
    root.join("target").join("dist-sharded-large")
}

/// `dist/` copied twice for `shards.test.mjs`: to [`sharded_dist`] with the
/// demo catalogue split into shards of [`SHARD_RECORDS`] records, and to
/// [`sharded_large_dist`] with a synthetic city of [`LARGE_SIZE`]
/// opportunities (seed 1) split at the data tool's default size.
pub fn sharded_copies(root: &Path) -> Result {
    let dist = build::dist_dir(root);
    let demo = dist.join("data").join("catalogue.json");
    sharded_copy(
        root,
        &demo,
        &sharded_dist(root),
        &["--max-records", SHARD_RECORDS],
    )?;
    let large = root.join("target").join("sharded-large-source.json");
    if !large.is_file() {
        common::run(
            common::data_tool(false, "generate")?
                .args(["--size", LARGE_SIZE, "--seed", "1", "--area", "city"])
                .args(["--brotli-quality", "1", "--out"])
                .arg(&large)
                .current_dir(root),
            "cargo data generate",
            "read the data tool's message above",
        )?;
    }
    sharded_copy(root, &large, &sharded_large_dist(root), &[])
}

/// `dist/` copied to `out` with `catalogue` split by the data tool into its
/// `data/` (`options` passed on to `cargo data shard`).
fn sharded_copy(root: &Path, catalogue: &Path, out: &Path, options: &[&str]) -> Result {
    let dist = build::dist_dir(root);
    let removed = |path: &Path, what: std::io::Result<()>| {
        what.map_err(|error| Failure::new(format!("could not remove {}: {error}", path.display())))
    };
    if out.exists() {
        removed(out, std::fs::remove_dir_all(out))?;
    }
    common::copy_dir(&dist, out)?;
    let data = out.join("data");
    let whole = data.join("catalogue.json");
    removed(&whole, std::fs::remove_file(&whole))?;
    common::run(
        common::data_tool(false, "shard")?
            .arg(catalogue)
            .arg("--out")
            .arg(&data)
            .args(options)
            .current_dir(root),
        "cargo data shard",
        "read the data tool's message above",
    )
}

/// Runs the browser tests against the release build in `dist/`, those of
/// `subpath.test.mjs` and `servers.test.mjs` against the [`sub_path_build`]
/// too, and those of `shards.test.mjs` against the [`sharded_dist`] and the
/// [`sharded_large_dist`].
fn browser_tests(root: &Path) -> Result {
    if !root.join(BROWSER_TESTS).join("package.json").is_file() {
        println!(
            "warning: {BROWSER_TESTS}/package.json does not exist yet; skipping the browser tests"
        );
        return Ok(());
    }
    let dist = build::dist_dir(root);
    let sub_path = sub_path_build(root);
    common::run(
        common::tool("node")?
            .args([
                "--test",
                "--test-concurrency=1",
                &format!("{BROWSER_TESTS}/"),
            ])
            .env("LEARNLOCAL_DIST", &dist)
            .env("LEARNLOCAL_BASE_DIST", root.join(&sub_path.dist))
            .env("LEARNLOCAL_BASE", &sub_path.base)
            .env("LEARNLOCAL_SHARDED_DIST", sharded_dist(root))
            .env("LEARNLOCAL_SHARDED_LARGE_DIST", sharded_large_dist(root))
            .env("CHROMIUM", setup::CHROMIUM)
            .current_dir(root),
        "node --test tests/browser/",
        "the failing browser tests are listed above; rerun them with \
         `LEARNLOCAL_DIST=$PWD/dist CHROMIUM=/usr/bin/chromium node --test --test-concurrency=1 tests/browser/`",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npm_ci_runs_when_node_modules_is_missing_or_stale() {
        let lock = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
        assert!(needs_npm_ci(None, lock));
        assert!(needs_npm_ci(Some(lock - Duration::from_secs(1)), lock));
        assert!(!needs_npm_ci(Some(lock), lock));
        assert!(!needs_npm_ci(Some(lock + Duration::from_secs(60)), lock));
    }
}
