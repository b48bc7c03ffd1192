//! The build fingerprint: one SHA-256 over every file the release build reads.
//!
//! `cargo xtask build` stores it in `dist/.build-fingerprint` after a successful trunk
//! build and skips the next build while it still matches, which is what lets a second
//! `cargo xtask serve` start within seconds. Contents are hashed (not mtimes), so a
//! fresh clone or a `touch` does not force a rebuild, and SHA-256 (not std's hasher,
//! which may change between Rust releases) keeps stored fingerprints comparable.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::common::{Failure, Result};

/// Files and folders, relative to the workspace root, whose contents decide what trunk builds.
///
/// The xtask sources are included because trunk's post-build hook (the CSP) runs them,
/// and `.cargo/config.toml` because it can change how Cargo compiles.
pub const INPUTS: &[&str] = &[
    "src",
    "crates",
    "index.html",
    "coordinators.html",
    "locales",
    "style",
    "public",
    "data",
    "Trunk.toml",
    "Cargo.toml",
    "Cargo.lock",
    ".cargo/config.toml",
    "xtask/Cargo.toml",
    "xtask/src",
];

/// Folder names that hold build outputs or tooling, never build inputs.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules", "dist", ".git"];

/// Tells whether a folder with this name is left out of the inputs.
pub fn is_skipped_dir(name: &str) -> bool {
    SKIPPED_DIRS.contains(&name)
}

/// Lists the input files under `root`, as sorted paths relative to it.
///
/// Inputs that do not exist (a project without `public/`, say) are simply absent.
pub fn list_inputs(root: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for input in INPUTS {
        let relative = PathBuf::from(input);
        let absolute = root.join(&relative);
        if absolute.is_dir() {
            collect_files(root, &relative, &mut files)?;
        } else if absolute.is_file() {
            files.push(relative);
        }
    }
    files.sort();
    files.dedup();
    Ok(files)
}

fn collect_files(root: &Path, relative_dir: &Path, files: &mut Vec<PathBuf>) -> Result {
    let dir = root.join(relative_dir);
    let entries = std::fs::read_dir(&dir).map_err(|error| {
        Failure::new(format!(
            "could not list {} for the build fingerprint: {error}; check its permissions",
            dir.display()
        ))
    })?;
    for entry in entries {
        let entry = entry.map_err(|error| {
            Failure::new(format!(
                "could not list {} for the build fingerprint: {error}; check its permissions",
                dir.display()
            ))
        })?;
        let name = entry.file_name();
        let relative = relative_dir.join(&name);
        let path = entry.path();
        if path.is_dir() {
            if !is_skipped_dir(&name.to_string_lossy()) {
                collect_files(root, &relative, files)?;
            }
        } else if path.is_file() {
            files.push(relative);
        }
    }
    Ok(())
}

/// Hashes the given input files (relative to `root`) into a hex SHA-256 fingerprint.
///
/// Each file contributes its path (with `/` separators), its length and its bytes, so
/// renaming or moving content changes the fingerprint too.
pub fn fingerprint(root: &Path, files: &[PathBuf]) -> Result<String> {
    let mut hasher = Sha256::new();
    hasher.update(b"learnlocal build fingerprint v1\n");
    for relative in files {
        let path = root.join(relative);
        let contents = std::fs::read(&path).map_err(|error| {
            Failure::new(format!(
                "could not read {} for the build fingerprint: {error}; check its permissions",
                path.display()
            ))
        })?;
        let name = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update((contents.len() as u64).to_le_bytes());
        hasher.update(&contents);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect())
}

/// Lists and hashes the inputs of the workspace at `root`.
pub fn current(root: &Path) -> Result<String> {
    fingerprint(root, &list_inputs(root)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::Scratch;

    fn names(files: &[PathBuf]) -> Vec<String> {
        files
            .iter()
            .map(|path| path.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn lists_inputs_sorted_and_skips_outputs_and_other_folders() {
        let ws = Scratch::new("fingerprint-list");
        ws.write("Cargo.toml", "[workspace]");
        ws.write("Cargo.lock", "");
        ws.write("Trunk.toml", "");
        ws.write("index.html", "<html>");
        ws.write("src/main.rs", "fn main() {}");
        ws.write("src/pages/home.rs", "");
        ws.write("crates/core/src/lib.rs", "");
        ws.write("crates/core/target/debug/junk", "");
        ws.write("data/catalogue.json", "[]");
        ws.write("style/main.css", "");
        ws.write("xtask/src/main.rs", "");
        ws.write("xtask/Cargo.toml", "");
        ws.write("xtask/target/junk", "");
        ws.write("target/release/app.wasm", "");
        ws.write("dist/index.html", "");
        ws.write("tests/browser/app.test.js", "");
        ws.write("README.md", "");

        let files = list_inputs(&ws.0).unwrap();
        assert_eq!(
            names(&files),
            [
                "Cargo.lock",
                "Cargo.toml",
                "Trunk.toml",
                "crates/core/src/lib.rs",
                "data/catalogue.json",
                "index.html",
                "src/main.rs",
                "src/pages/home.rs",
                "style/main.css",
                "xtask/Cargo.toml",
                "xtask/src/main.rs",
            ]
        );
    }

    #[test]
    fn fingerprint_follows_contents_and_names_only() {
        let ws = Scratch::new("fingerprint-hash");
        ws.write("index.html", "<html>");
        ws.write("src/main.rs", "fn main() {}");
        let first = current(&ws.0).unwrap();
        assert_eq!(first.len(), 64);

        // Rewriting identical contents (a new mtime) keeps the fingerprint.
        ws.write("src/main.rs", "fn main() {}");
        assert_eq!(current(&ws.0).unwrap(), first);

        ws.write("src/main.rs", "fn main() { }");
        let edited = current(&ws.0).unwrap();
        assert_ne!(edited, first);

        ws.write("style/new.css", "");
        assert_ne!(current(&ws.0).unwrap(), edited);
    }

    /// A shard index in data/ changes the fingerprint when a shard is added,
    /// changed or removed, so the build publishes the new set.
    #[test]
    fn fingerprint_follows_the_shard_set() {
        let ws = Scratch::new("fingerprint-shards");
        ws.write("index.html", "<html>");
        ws.write("data/catalogue.json", r#"{"shard_format":1}"#);
        ws.write("data/shards/0000000000000001.json", "{}");
        let first = current(&ws.0).unwrap();
        ws.write("data/shards/0000000000000001.json", "{ }");
        let changed = current(&ws.0).unwrap();
        assert_ne!(changed, first);
        ws.write("data/shards/0000000000000002.json", "{}");
        let added = current(&ws.0).unwrap();
        assert_ne!(added, changed);
        std::fs::remove_file(ws.0.join("data/shards/0000000000000001.json")).unwrap();
        assert_ne!(current(&ws.0).unwrap(), added);
    }

    #[test]
    fn skipped_folder_names() {
        assert!(is_skipped_dir("target"));
        assert!(is_skipped_dir("node_modules"));
        assert!(!is_skipped_dir("src"));
    }
}
