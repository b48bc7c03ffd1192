//! `cargo xtask build`: the release build of the app into `dist/` with trunk (and the
//! keeper's workbench into `dist/workbench/`), skipped when `dist/` is up to date.
//!
//! Trunk runs offline (Trunk.toml), so Cargo's dependencies are fetched first, and it
//! runs with binaryen's bin folder first on `PATH` so it finds the pinned wasm-opt.
//! After a successful build the input [`fingerprint`](crate::fingerprint) is stored in
//! `dist/.build-fingerprint`; while it matches, the build is skipped.
//!
//! [`Target`] says where the site will be published (its base path, `/` by default,
//! trunk's `--public-url`) and which folder the build goes into: `cargo xtask build
//! --base /learning/ --dist target/dist-learning`.

use std::path::{Path, PathBuf};

use crate::common::{self, Failure, Result};
use crate::fingerprint;

/// The name of the file in `dist/` holding the fingerprint of the inputs it was built from.
pub const FINGERPRINT_FILE: &str = ".build-fingerprint";

/// The keeper's workbench page, built by a second trunk run into `dist/workbench/`.
pub const WORKBENCH_PAGE: &str = "crates/workbench/index.html";

/// The coordinators' page, built by a third trunk run into `dist/coordinators/`.
pub const COORDINATORS_PAGE: &str = "coordinators.html";

/// The folder trunk builds into (Trunk.toml's `dist`).
pub fn dist_dir(root: &Path) -> PathBuf {
    root.join("dist")
}

/// Where a build is published, and where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The site's base path: `/` or `/learning/` (see [`crate::base::normalize`]).
    pub base: String,
    /// The folder the build goes into, relative to the repository or absolute.
    pub dist: PathBuf,
}

impl Target {
    /// The site at the root of its host, built into `dist/`.
    pub fn root(root: &Path) -> Target {
        Target {
            base: "/".to_owned(),
            dist: dist_dir(root),
        }
    }

    /// The site under `base` (normalised): at the root into `dist/`, else into
    /// `target/dist-` and the base's segments joined by `-` (`/council/learning/`:
    /// `target/dist-council-learning`), so that `dist/` stays the root build the
    /// tests use.
    pub fn for_base(root: &Path, base: &str) -> Target {
        if base == "/" {
            return Target::root(root);
        }
        let name = base.trim_matches('/').replace('/', "-");
        Target {
            base: base.to_owned(),
            dist: crate::common::target_dir(root).join(format!("dist-{name}")),
        }
    }
}

/// Builds the release bundle into `dist/` unless it is already built from the current inputs.
///
/// Expects the tools to be installed (see [`crate::setup::ensure_all`]). With `force`
/// the fingerprint is ignored and trunk always runs.
pub fn release(root: &Path, force: bool) -> Result {
    release_to(root, force, &Target::root(root))
}

/// Builds the release bundle for `target` unless it is already built from the
/// current inputs for the same base path.
pub fn release_to(root: &Path, force: bool, target: &Target) -> Result {
    let dist = root.join(&target.dist);
    let stamp = dist.join(FINGERPRINT_FILE);
    let inputs = format!("{} base {}", fingerprint::current(root)?, target.base);
    let stored = std::fs::read_to_string(&stamp).ok();
    if !force
        && stored.as_deref().map(str::trim) == Some(inputs.as_str())
        && dist.join("index.html").is_file()
    {
        println!("dist is up to date");
        return Ok(());
    }

    // Forget the old fingerprint first, so a failed or interrupted build can never
    // leave a half-written dist/ that looks up to date.
    if stamp.exists() {
        std::fs::remove_file(&stamp).map_err(|error| {
            Failure::new(format!(
                "could not remove {}: {error}; delete dist/ and run the build again",
                stamp.display()
            ))
        })?;
    }

    // Trunk builds offline, so every crate must already be in Cargo's cache.
    common::run(
        common::cargo()?.arg("fetch").current_dir(root),
        "cargo fetch",
        "check the connection to crates.io, then run the build again",
    )?;

    common::run(
        common::tool("trunk")?
            .args(["build", "--release", "--public-url", &target.base])
            .arg("--dist")
            .arg(&dist)
            .current_dir(root),
        "trunk build --release",
        "read trunk's and the compiler's messages above; `cargo xtask setup` reinstalls missing tools",
    )?;
    // The keeper's workbench: its own page and wasm, into dist/workbench/ (after the
    // finder, whose build replaces dist/).
    common::run(
        common::tool("trunk")?
            .args([
                "build",
                WORKBENCH_PAGE,
                "--release",
                "--public-url",
                &format!("{}workbench/", target.base),
            ])
            .arg("--dist")
            .arg(dist.join("workbench"))
            .current_dir(root),
        "trunk build --release (the workbench)",
        "read trunk's and the compiler's messages above; `cargo xtask setup` reinstalls missing tools",
    )?;
    // The coordinators' page: the app crate's second binary, with its own wasm, so
    // the finder's shell does not grow with it; into dist/coordinators/.
    common::run(
        common::tool("trunk")?
            .args([
                "build",
                COORDINATORS_PAGE,
                "--release",
                "--public-url",
                &format!("{}coordinators/", target.base),
            ])
            .arg("--dist")
            .arg(dist.join("coordinators"))
            .current_dir(root),
        "trunk build --release (the coordinators' page)",
        "read trunk's and the compiler's messages above; `cargo xtask setup` reinstalls missing tools",
    )?;

    std::fs::write(&stamp, format!("{inputs}\n")).map_err(|error| {
        Failure::new(format!(
            "the build succeeded but {} could not be written: {error}; check that dist/ is writable",
            stamp.display()
        ))
    })?;
    Ok(())
}
