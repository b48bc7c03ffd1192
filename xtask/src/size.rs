//! `cargo xtask size`: the bundle-size report of `dist/`, raw and brotli-compressed, against the budget.
//!
//! Brotli at quality 11 with a 22-bit window is what a static host serves, so its
//! size is what a visitor downloads. The report never fails the build: it is there
//! to be read, and the budget line makes a regression obvious. Sizes are in KB of
//! 1024 bytes.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::common::{Failure, Result};

/// The brotli-compressed size the app's wasm, JavaScript and CSS together should stay under, in KB.
pub const BUDGET_KB: f64 = 120.0;

/// The extensions that count towards the budget: what the browser must load to start.
const BUNDLE_EXTENSIONS: &[&str] = &["wasm", "js", "css"];

/// Prints the size report for `dist` (and for the catalogue in `root/data`).
pub fn report(root: &Path, dist: &Path) -> Result {
    if !dist.is_dir() {
        return Err(Failure::new(format!(
            "{} does not exist, so there is nothing to measure; run `cargo xtask build` first",
            dist.display()
        )));
    }
    let mut files = Vec::new();
    collect_bundle_files(dist, &mut files)?;
    files.sort();

    println!("Bundle size of dist/ (brotli quality 11, window 22; 1 KB = 1024 bytes)");
    println!("  {:<48} {:>10} {:>10}", "file", "raw KB", "brotli KB");
    let (mut total_raw, mut total_brotli) = (0, 0);
    for path in &files {
        let bytes = read(path)?;
        let compressed = brotli_size(&bytes);
        total_raw += bytes.len();
        total_brotli += compressed;
        let name = path
            .strip_prefix(dist)
            .unwrap_or(path)
            .display()
            .to_string();
        println!(
            "  {name:<48} {:>10} {:>10}",
            kb(bytes.len()),
            kb(compressed)
        );
    }
    println!(
        "  {:<48} {:>10} {:>10}",
        "total",
        kb(total_raw),
        kb(total_brotli)
    );
    println!("{}", budget_line(total_brotli));

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
    Ok(())
}

/// The budget verdict for a total brotli size in bytes.
pub fn budget_line(total_brotli: usize) -> String {
    let total_kb = total_brotli as f64 / 1024.0;
    let verdict = if total_kb <= BUDGET_KB {
        "within budget".to_string()
    } else {
        format!("OVER BUDGET by {:.1} KB", total_kb - BUDGET_KB)
    };
    format!("Budget: {total_kb:.1} KB of {BUDGET_KB:.1} KB brotli: {verdict}")
}

/// Formats a byte count as KB with one decimal.
pub fn kb(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / 1024.0)
}

/// The size of `bytes` compressed with brotli at quality 11 and a 22-bit window.
pub fn brotli_size(bytes: &[u8]) -> usize {
    let mut writer = brotli::CompressorWriter::new(Vec::new(), 64 * 1024, 11, 22);
    // Writing into a Vec cannot fail.
    writer.write_all(bytes).expect("compressing into memory");
    writer.into_inner().len()
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|error| {
        Failure::new(format!(
            "could not read {} for the size report: {error}; rebuild with `cargo xtask build`",
            path.display()
        ))
    })
}

fn collect_bundle_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Failure::new(format!(
            "could not list {} for the size report: {error}; rebuild with `cargo xtask build`",
            dir.display()
        ))
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_bundle_files(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|extension| BUNDLE_EXTENSIONS.iter().any(|wanted| extension == *wanted))
        {
            files.push(path);
        }
    }
    Ok(())
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
    fn budget_verdicts() {
        assert_eq!(
            budget_line(100 * 1024),
            "Budget: 100.0 KB of 120.0 KB brotli: within budget"
        );
        assert_eq!(
            budget_line(120 * 1024),
            "Budget: 120.0 KB of 120.0 KB brotli: within budget"
        );
        assert_eq!(
            budget_line(125 * 1024 + 512),
            "Budget: 125.5 KB of 120.0 KB brotli: OVER BUDGET by 5.5 KB"
        );
    }

    #[test]
    fn brotli_shrinks_repetitive_text() {
        let text = "LearnLocal ".repeat(1000);
        let size = brotli_size(text.as_bytes());
        assert!(size > 0 && size < 200, "{size}");
    }
}
