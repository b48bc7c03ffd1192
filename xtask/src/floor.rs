//! `cargo xtask size --floor`: what the framework alone weighs in the shell.
//!
//! Builds `benches/leptos-floor` (the smallest Leptos 0.8 app with the router: two
//! routes, a text box, a signal, a keyed list, links) with the app's release profile
//! and wasm flags, runs wasm-bindgen and wasm-opt as trunk does, and prints its
//! brotli size beside the budget, so the share left for the app's own code is a
//! printed figure, not a guess.

use std::path::Path;

use crate::common::{self, Result};
use crate::size;

/// wasm-opt's options, as trunk runs it for `data-wasm-opt="z"` (the coordinators' page), and
/// as the post-build hook runs it on the finder's split modules (`split.rs`).
pub const WASM_OPT_ARGS: &[&str] = &[
    "-Oz",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
];

/// Builds the floor app and prints its shell size against the budget and the app's.
pub fn report(root: &Path, app_shell_brotli: usize) -> Result {
    let manifest = root.join("benches/leptos-floor/Cargo.toml");
    let target = common::target_dir(root).join("leptos-floor");
    common::run(
        common::cargo()?
            .args(["fetch", "--manifest-path"])
            .arg(&manifest)
            .current_dir(root),
        "cargo fetch (leptos-floor)",
        "check the connection to crates.io, then run it again",
    )?;
    common::run(
        common::cargo()?
            .args([
                "build",
                "--quiet",
                "--release",
                "--target",
                "wasm32-unknown-unknown",
                "--manifest-path",
            ])
            .arg(&manifest)
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(root),
        "cargo build (leptos-floor)",
        "run `rustup target add wasm32-unknown-unknown`, then run it again",
    )?;
    let out = target.join("shell");
    common::run(
        common::tool("wasm-bindgen")?
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&out)
            .arg(target.join("wasm32-unknown-unknown/release/leptos-floor.wasm")),
        "wasm-bindgen (leptos-floor)",
        "run `cargo xtask setup` to install the pinned wasm-bindgen",
    )?;
    let optimised = out.join("leptos-floor.wasm");
    common::run(
        common::tool("wasm-opt")?
            .args(WASM_OPT_ARGS)
            .arg(out.join("leptos-floor_bg.wasm"))
            .arg("-o")
            .arg(&optimised),
        "wasm-opt (leptos-floor)",
        "run `cargo xtask setup` to install binaryen",
    )?;
    let brotli_of = |path: &Path| -> Result<usize> {
        let bytes = std::fs::read(path).map_err(|error| {
            common::Failure::new(format!("could not read {}: {error}", path.display()))
        })?;
        Ok(size::brotli_size(&bytes))
    };
    let wasm = brotli_of(&optimised)?;
    let js = brotli_of(&out.join("leptos-floor.js"))?;
    let floor = wasm + js;
    println!(
        "The framework alone (benches/leptos-floor: Leptos 0.8 with the router, no app code):"
    );
    println!(
        "  wasm {} KB + JavaScript {} KB = {} KB brotli",
        size::kb(wasm),
        size::kb(js),
        size::kb(floor)
    );
    println!(
        "  of the {:.0} KB budget, {} KB is left for the app's own code, data reading, HTML and CSS",
        size::BUDGET_KB,
        size::kb(((size::BUDGET_KB * 1024.0) as usize).saturating_sub(floor))
    );
    println!(
        "  the app's shell is {} KB: {} KB above the framework",
        size::kb(app_shell_brotli),
        size::kb(app_shell_brotli.saturating_sub(floor))
    );
    Ok(())
}
