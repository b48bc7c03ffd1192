//! `cargo xtask size`: the bundle-size report of `dist/`, raw and brotli-compressed, against the budget.
//!
//! Brotli at quality 11 with a 22-bit window is what a static host serves, so its
//! size is what a visitor downloads. The report prints two lines: the budget, which
//! `cargo xtask size` enforces (it exits 1 above it), and the aim below it.
//! `cargo xtask test` only prints the report and does not fail on it until the
//! shell fits. `--why` adds where the wasm's
//! bytes go ([`crate::wasm_contributors`]). Sizes are in KB of 1024 bytes.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::common::{Failure, Result};

/// The brotli-compressed size the app shell (HTML, CSS, JavaScript, wasm) must stay under, in KB.
///
/// `cargo xtask size` fails above it.
pub const BUDGET_KB: f64 = 150.0;

/// The brotli-compressed size the app shell aims for, in KB: a target, never a failure.
pub const AIM_KB: f64 = 120.0;

/// Folders of `dist/` that are pages of their own (the keeper's workbench, the
/// coordinators' page), with their own wasm: reported, never counted in the
/// finder's shell.
pub const SEPARATE_PAGES: &[&str] = &["workbench", "coordinators"];

/// Folders of `dist/` that are not loaded at start and so not in the shell:
/// the wasm's parts (a page's code, fetched when it is first opened).
pub const LATER: &[&str] = &[crate::split::PARTS_DIR];

/// The extensions that count towards the budget: what the browser must load to start.
const BUNDLE_EXTENSIONS: &[&str] = &["html", "wasm", "js", "css"];

/// Prints the size report for `dist` (and for the catalogue in `root/data`).
///
/// Returns the shell's sizes, for [`check_budget`] and the wasm report.
pub fn report(root: &Path, dist: &Path) -> Result<ShellSize> {
    if !dist.is_dir() {
        return Err(Failure::new(format!(
            "{} does not exist, so there is nothing to measure; run `cargo xtask build` first",
            dist.display()
        )));
    }
    let mut files = Vec::new();
    collect_bundle_files(dist, dist, &mut files)?;
    files.sort();

    println!("Bundle size of dist/ (brotli quality 11, window 22; 1 KB = 1024 bytes)");
    println!("  {:<48} {:>10} {:>10}", "file", "raw KB", "brotli KB");
    let (mut total_raw, mut total_brotli, mut wasm_raw) = (0, 0, 0);
    for path in &files {
        let bytes = read(path)?;
        let compressed = brotli_size(&bytes);
        total_raw += bytes.len();
        total_brotli += compressed;
        if path
            .extension()
            .is_some_and(|extension| extension == "wasm")
        {
            wasm_raw += bytes.len();
        }
        print_row(&relative(path, dist), bytes.len(), compressed);
    }
    print_row("total", total_raw, total_brotli);
    println!("{}", budget_line(total_brotli));
    println!("{}", aim_line(total_brotli));
    for folder in LATER {
        let dir = dist.join(folder);
        if !dir.is_dir() {
            continue;
        }
        let mut later = Vec::new();
        collect_bundle_files(&dir, &dir, &mut later)?;
        later.sort();
        println!("{folder}/: loaded when a page is first opened, not in the budget");
        for path in &later {
            let bytes = read(path)?;
            print_row(&relative(path, dist), bytes.len(), brotli_size(&bytes));
        }
    }
    for page in SEPARATE_PAGES {
        let dir = dist.join(page);
        if !dir.is_dir() {
            continue;
        }
        let mut page_files = Vec::new();
        collect_bundle_files(&dir, &dir, &mut page_files)?;
        let (mut raw, mut brotli) = (0, 0);
        for path in &page_files {
            let bytes = read(path)?;
            raw += bytes.len();
            brotli += brotli_size(&bytes);
        }
        println!(
            "{page}/: {} KB raw, {} KB brotli (a page of its own, not in the budget)",
            kb(raw),
            kb(brotli)
        );
    }

    let catalogue = root.join("data").join("catalogue.json");
    if catalogue.is_file() {
        let bytes = read(&catalogue)?;
        println!(
            "data/catalogue.json: {} KB raw, {} KB brotli (loaded after start, not in the budget)",
            kb(bytes.len()),
            kb(brotli_size(&bytes))
        );
    } else {
        println!("data/catalogue.json: not present");
    }
    Ok(ShellSize {
        total_brotli,
        wasm_raw,
    })
}

/// One line of the report: a file's name and its raw and brotli sizes.
fn print_row(name: &str, raw: usize, brotli: usize) {
    println!("  {name:<48} {:>10} {:>10}", kb(raw), kb(brotli));
}

/// `path`'s name under `dist`.
fn relative(path: &Path, dist: &Path) -> String {
    path.strip_prefix(dist)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// What the size report measured of the app shell, in bytes.
#[derive(Debug, Clone, Copy)]
pub struct ShellSize {
    /// HTML, CSS, JavaScript and wasm together, brotli-compressed.
    pub total_brotli: usize,
    /// The wasm module as it is in `dist/`, uncompressed.
    pub wasm_raw: usize,
}

/// Fails when the shell's brotli size is over [`BUDGET_KB`] (`cargo xtask size`).
pub fn check_budget(total_brotli: usize) -> Result {
    if is_within_budget(total_brotli) {
        return Ok(());
    }
    Err(Failure::new(format!(
        "the app shell is {} KB brotli, over the {BUDGET_KB:.0} KB budget; \
         `cargo xtask size --why` shows where the wasm's bytes go",
        kb(total_brotli)
    )))
}

/// Tells whether a total brotli size in bytes is within [`BUDGET_KB`].
pub fn is_within_budget(total_brotli: usize) -> bool {
    total_brotli as f64 / 1024.0 <= BUDGET_KB
}

/// The budget verdict for a total brotli size in bytes.
pub fn budget_line(total_brotli: usize) -> String {
    let total_kb = total_brotli as f64 / 1024.0;
    let verdict = if is_within_budget(total_brotli) {
        "within budget".to_string()
    } else {
        format!(
            "OVER BUDGET by {:.1} KB (`cargo xtask size` fails on this)",
            total_kb - BUDGET_KB
        )
    };
    format!("Budget: {total_kb:.1} KB of {BUDGET_KB:.1} KB brotli: {verdict}")
}

/// The line comparing a total brotli size in bytes with [`AIM_KB`].
pub fn aim_line(total_brotli: usize) -> String {
    let total_kb = total_brotli as f64 / 1024.0;
    let verdict = if total_kb <= AIM_KB {
        "aim met".to_string()
    } else {
        format!("{:.1} KB to go", total_kb - AIM_KB)
    };
    format!("Aim:    {total_kb:.1} KB of {AIM_KB:.1} KB brotli: {verdict}")
}

/// Formats a byte count as KB with one decimal.
pub fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// The size of `bytes` compressed with brotli at quality 11 and a 22-bit window.
pub fn brotli_size(bytes: &[u8]) -> usize {
    brotli_compress(bytes).len()
}

/// `bytes` compressed with brotli at quality 11 and a 22-bit window, as a static host serves them.
pub fn brotli_compress(bytes: &[u8]) -> Vec<u8> {
    brotli_compress_at(bytes, 11)
}

/// Compresses `bytes` with brotli at `quality` (0 to 11) and the largest window.
pub fn brotli_compress_at(bytes: &[u8], quality: u32) -> Vec<u8> {
    let mut writer = brotli::CompressorWriter::new(Vec::new(), 64 * 1024, quality, 22);
    // Writing into a Vec cannot fail.
    writer.write_all(bytes).expect("compressing into memory");
    writer.into_inner()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|error| {
        Failure::new(format!(
            "could not read {} for the size report: {error}; rebuild with `cargo xtask build`",
            path.display()
        ))
    })
}

/// The shell's files under `dir`, leaving out [`SEPARATE_PAGES`] directly in `top`.
fn collect_bundle_files(top: &Path, dir: &Path, files: &mut Vec<PathBuf>) -> Result {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Failure::new(format!(
            "could not list {} for the size report: {error}; rebuild with `cargo xtask build`",
            dir.display()
        ))
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            let separate = dir == top
                && path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| SEPARATE_PAGES.contains(&n) || LATER.contains(&n));
            if !separate {
                collect_bundle_files(top, &path, files)?;
            }
        } else if counts_towards_budget(&path) {
            files.push(path);
        }
    }
    Ok(())
}

/// Tells whether a file in `dist/` is part of the app shell the budget measures.
/// `404.html` is not: it is index.html again, sent instead of it (for a deep link
/// on a host without rewrites), never as well.
pub fn counts_towards_budget(path: &Path) -> bool {
    let fallback = path
        .file_name()
        .is_some_and(|name| name == crate::base::FALLBACK_PAGE);
    !fallback
        && path
            .extension()
            .is_some_and(|extension| BUNDLE_EXTENSIONS.iter().any(|wanted| extension == *wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kilobytes_have_one_decimal() {
        assert_eq!(kb(0), "0.0");
        assert_eq!(kb(1024), "1.0");
        assert_eq!(kb(1536), "1.5");
    }

    #[test]
    fn the_budget_is_150_kb_and_met_up_to_and_including_it() {
        assert_eq!(
            budget_line(100 * 1024),
            "Budget: 100.0 KB of 150.0 KB brotli: within budget"
        );
        assert_eq!(
            budget_line(150 * 1024),
            "Budget: 150.0 KB of 150.0 KB brotli: within budget"
        );
        assert_eq!(
            budget_line(303 * 1024 + 512),
            "Budget: 303.5 KB of 150.0 KB brotli: OVER BUDGET by 153.5 KB \
             (`cargo xtask size` fails on this)"
        );
    }

    #[test]
    fn the_shell_is_html_css_javascript_and_wasm() {
        for counted in [
            "index.html",
            "learnlocal-1a2b_bg.wasm",
            "learnlocal-1a2b.js",
            "style-3c4d.css",
        ] {
            assert!(counts_towards_budget(Path::new(counted)), "{counted}");
        }
        for left_out in [
            "data/catalogue.json",
            ".build-fingerprint",
            "icon.svg",
            "404.html",
        ] {
            assert!(!counts_towards_budget(Path::new(left_out)), "{left_out}");
        }
    }

    #[test]
    fn the_check_fails_only_above_the_budget() {
        assert!(check_budget(150 * 1024).is_ok());
        let error = check_budget(150 * 1024 + 1).unwrap_err().to_string();
        assert!(error.contains("over the 150 KB budget"), "{error}");
    }

    #[test]
    fn the_aim_says_how_far_there_is_to_go() {
        assert_eq!(
            aim_line(120 * 1024),
            "Aim:    120.0 KB of 120.0 KB brotli: aim met"
        );
        assert_eq!(
            aim_line(303 * 1024 + 512),
            "Aim:    303.5 KB of 120.0 KB brotli: 183.5 KB to go"
        );
    }

    #[test]
    fn brotli_shrinks_repetitive_text() {
        let text = "LearnLocal ".repeat(1000);
        let size = brotli_size(text.as_bytes());
        assert!(size > 0 && size < 200, "{size}");
    }
}
