//! `cargo xtask locales`: checks the interface's message files, so a translator
//! (and the test suite) hears about a missing, extra or broken message before a
//! resident sees one.
//!
//! - every file in `locales/` reads without a mistake;
//! - the files are exactly the languages of `learnlocal_l10n::LANGUAGES`;
//! - each translation has every message of `en.ftl` and no other, with the
//!   variables and plural forms its language needs;
//! - `index.html` copies every translation into the build (English is built in);
//! - every message of `en.ftl` is used by the app's `src/i18n.rs`, and every
//!   message the app asks for is in `en.ftl`.

use std::collections::BTreeSet;
use std::path::Path;

use learnlocal_l10n::{Bundle, LANGUAGES, check};

use crate::common::{Failure, Result};

/// The folder of the message files.
pub const DIR: &str = "locales";

/// The reference language.
const REFERENCE: &str = "en";

/// The app's module that names every message.
const USES: &str = "src/i18n.rs";

/// Prints every problem; fails when there is one.
pub fn run(root: &Path) -> Result {
    let problems = problems(root)?;
    for problem in &problems {
        println!("{problem}");
    }
    if problems.is_empty() {
        println!(
            "{} languages checked: every message is there, used and well formed",
            LANGUAGES.len()
        );
        Ok(())
    } else {
        Err(Failure::new(format!(
            "{} problems in {DIR}/ (listed above)",
            problems.len()
        )))
    }
}

/// Every problem of the message files, one sentence each.
pub fn problems(root: &Path) -> Result<Vec<String>> {
    let dir = root.join(DIR);
    let read = |code: &str| {
        let path = dir.join(format!("{code}.ftl"));
        std::fs::read_to_string(&path)
            .map_err(|error| Failure::new(format!("could not read {}: {error}", path.display())))
    };
    let mut problems = Vec::new();
    let mut on_disk = BTreeSet::new();
    let entries = std::fs::read_dir(&dir)
        .map_err(|error| Failure::new(format!("could not list {}: {error}", dir.display())))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(code) = name.strip_suffix(".ftl") {
            on_disk.insert(code.to_owned());
        }
    }
    for language in LANGUAGES {
        if !on_disk.remove(language.code) {
            problems.push(format!("{DIR}/{}.ftl is missing", language.code));
        }
    }
    for code in on_disk {
        problems.push(format!(
            "{DIR}/{code}.ftl is not one of the interface's languages: add it to LANGUAGES in crates/l10n/src/lib.rs"
        ));
    }
    let (reference, errors) = Bundle::new(REFERENCE, &read(REFERENCE)?);
    for error in errors {
        problems.push(format!("{DIR}/{REFERENCE}.ftl {error}"));
    }
    for language in LANGUAGES.iter().filter(|l| l.code != REFERENCE) {
        let Ok(source) = read(language.code) else {
            continue;
        };
        let (bundle, errors) = Bundle::new(language.code, &source);
        for error in errors {
            problems.push(format!("{DIR}/{}.ftl {error}", language.code));
        }
        problems.extend(check::check(&reference, &bundle));
    }
    let index = std::fs::read_to_string(root.join("index.html"))
        .map_err(|error| Failure::new(format!("could not read index.html: {error}")))?;
    for language in LANGUAGES.iter().filter(|l| l.code != REFERENCE) {
        let copy = format!(
            "<link data-trunk rel=\"copy-file\" href=\"{DIR}/{}.ftl\" data-target-path=\"{DIR}\" />",
            language.code
        );
        if !index.contains(&copy) {
            problems.push(format!(
                "index.html does not copy {DIR}/{}.ftl into the build: add `{copy}`",
                language.code
            ));
        }
    }
    let uses = std::fs::read_to_string(root.join(USES))
        .map_err(|error| Failure::new(format!("could not read {USES}: {error}")))?;
    let asked = asked_for(&uses);
    for id in reference.ids().filter(|id| !id.starts_with('-')) {
        if !asked.contains(id) {
            problems.push(format!(
                "{REFERENCE}: \"{id}\" is not used by {USES}: remove it from every file"
            ));
        }
    }
    for id in &asked {
        if !reference.has(id) {
            problems.push(format!(
                "{USES} asks for \"{id}\", which {DIR}/{REFERENCE}.ftl does not have"
            ));
        }
    }
    Ok(problems)
}

/// The message ids a source file asks for: the string literals it passes first
/// to `text(`, `format(`, `count(`, `with(` and `pair(`, and those it gives in
/// `match` arms as `=> "id"`.
fn asked_for(source: &str) -> BTreeSet<&str> {
    let mut ids = BTreeSet::new();
    for marker in ["text(", "format(", "count(", "with(", "pair(", "=>"] {
        for (at, _) in source.match_indices(marker) {
            let rest = source[at + marker.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            if let Some(end) = rest.find('"') {
                let id = &rest[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                {
                    ids.insert(id);
                }
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped message files are complete, used and well formed.
    #[test]
    fn the_interface_languages_are_complete() {
        let problems = problems(&crate::common::workspace_root()).unwrap();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The ids a source asks for are read from calls and match arms.
    #[test]
    fn asked_for_reads_calls_and_arms() {
        let source = r#"self.text("app-name") self.format("results-count", &[("n", n)])
            Kind::Course => "kind-course", x => "Not An Id", self.count("show-more", n)
            self.with("remove-filter", "label", l) pair("list-pair", a, b) "unasked"
            self.format(
                "date",
                &[],
            )"#;
        let ids: Vec<&str> = asked_for(source).into_iter().collect();
        assert_eq!(
            ids,
            [
                "app-name",
                "kind-course",
                "list-pair",
                "remove-filter",
                "results-count",
                "show-more"
            ]
        );
    }
}
