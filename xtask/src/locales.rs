//! `cargo xtask locales`: checks the interface's message files, so a translator
//! (and the test suite) hears about a missing, extra or broken message before a
//! resident sees one.
//!
//! - every file in `locales/` reads without a mistake;
//! - the files are exactly the languages of `learnlocal_l10n::LANGUAGES`;
//! - each translation has every message of `en.ftl` and no other, with the
//!   variables and plural forms its language needs;
//! - `index.html` copies every translation into the build (English is built in),
//!   and its static shell says the app's English words;
//! - every message of `en.ftl` is used by the app's `src/i18n.rs`, and every
//!   message the app asks for is in `en.ftl`;
//! - and it prints the English text's reading grade (Flesch–Kincaid), which the
//!   tests keep at a nine-year-old's level.

use std::collections::BTreeSet;
use std::path::Path;

use learnlocal_l10n::parse::{Element, without_comments};
use learnlocal_l10n::{Bundle, LANGUAGES, check};

use crate::common::{Failure, Result};

/// The folder of the message files.
pub const DIR: &str = "locales";

/// The reference language.
const REFERENCE: &str = "en";

/// The messages index.html's static shell repeats in English.
const SHELL_WORDS: &[&str] = &[
    "app-name",
    "tagline",
    "finder-heading",
    "search-label",
    "search-hint",
    "loading",
];

/// The app's module that names every message.
const USES: &str = "src/i18n.rs";

/// Prints every problem; fails when there is one.
pub fn run(root: &Path) -> Result {
    let problems = problems(root)?;
    for problem in &problems {
        println!("{problem}");
    }
    let english = read_reference(root)?;
    println!(
        "English reading grade (Flesch–Kincaid): {:.1}, about age {:.0}; the tests keep it at or below {MAX_READING_GRADE}",
        reading_grade(&english),
        reading_grade(&english) + 5.0
    );
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

/// Removes the translators' comments from the built copies of the message files
/// in `dir` (readers download the messages, not the notes about them).
pub fn strip_comments(dir: &Path) -> Result {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for path in entries.flatten().map(|e| e.path()) {
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).map_err(|error| {
                Failure::new(format!("could not read {}: {error}", path.display()))
            })?;
            std::fs::write(&path, without_comments(&text)).map_err(|error| {
                Failure::new(format!("could not write {}: {error}", path.display()))
            })?;
        }
    }
    Ok(())
}

/// The highest Flesch–Kincaid grade the English text may reach: US grade 4, a
/// nine- or ten-year-old's reading.
pub const MAX_READING_GRADE: f64 = 4.0;

fn read_reference(root: &Path) -> Result<Bundle> {
    let path = root.join(DIR).join(format!("{REFERENCE}.ftl"));
    let source = std::fs::read_to_string(&path)
        .map_err(|error| Failure::new(format!("could not read {}: {error}", path.display())))?;
    Ok(Bundle::new(REFERENCE, &source).0)
}

/// The Flesch–Kincaid grade of a bundle's messages' own words (not the values
/// put into them): 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
/// Each message counts as at least one sentence: labels are read on their own.
pub fn reading_grade(bundle: &Bundle) -> f64 {
    let (mut words, mut sentences, mut syllables) = (0_usize, 0_usize, 0_usize);
    for id in bundle.ids().filter(|id| !id.starts_with('-')) {
        let mut texts = Vec::new();
        collect_text(bundle.pattern(id).unwrap_or_default(), &mut texts);
        for text in texts {
            let counted: Vec<&str> = text
                .split(|c: char| !c.is_alphabetic() && c != '\'')
                .filter(|w| w.chars().any(char::is_alphabetic))
                .collect();
            if counted.is_empty() {
                continue;
            }
            words += counted.len();
            syllables += counted.iter().map(|w| syllables_in(w)).sum::<usize>();
            sentences += text.matches(['.', '!', '?']).count().max(1);
        }
    }
    if words == 0 {
        return 0.0;
    }
    0.39 * words as f64 / sentences as f64 + 11.8 * syllables as f64 / words as f64 - 15.59
}

fn collect_text<'a>(pattern: &'a [Element], texts: &mut Vec<&'a str>) {
    for element in pattern {
        match element {
            Element::Text(text) => texts.push(text),
            Element::Select(select) => {
                for variant in &select.variants {
                    collect_text(&variant.pattern, texts);
                }
            }
            Element::Var(_) | Element::Ref(_) => {}
        }
    }
}

/// An English word's syllables, estimated: groups of vowels, less a silent final e.
fn syllables_in(word: &str) -> usize {
    let word = word.to_ascii_lowercase();
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut previous = false;
    for c in word.chars() {
        let is = vowel(c);
        if is && !previous {
            groups += 1;
        }
        previous = is;
    }
    if word.len() > 3 && word.ends_with('e') && !word.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
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
    // The static shell paints English words before the app loads; they must be
    // the app's, or the first screen changes under the reader.
    for id in SHELL_WORDS {
        let words = reference.format(id, &[]).unwrap_or_default();
        if !index.contains(&format!(">{words}<")) {
            problems.push(format!(
                "index.html's static shell does not say {REFERENCE}.ftl's \"{id}\" (\"{words}\"): copy it there"
            ));
        }
    }
    let notice = reference
        .format("demonstration-notice", &[])
        .unwrap_or_default();
    if !crate::shell::DEMONSTRATION_NOTICE.contains(&format!(">{notice}<")) {
        problems.push(format!(
            "xtask/src/shell.rs's DEMONSTRATION_NOTICE does not say {REFERENCE}.ftl's \"demonstration-notice\" (\"{notice}\")"
        ));
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

    /// The English interface reads at about a nine-year-old's level.
    #[test]
    fn english_is_plain() {
        let english = read_reference(&crate::common::workspace_root()).unwrap();
        let grade = reading_grade(&english);
        assert!(
            grade <= MAX_READING_GRADE,
            "English reads at grade {grade:.1}; use shorter sentences and words"
        );
    }

    /// The reading grade follows word and sentence length.
    #[test]
    fn reading_grade_measures() {
        let easy = Bundle::new("en", "a = The cat sat on the mat.\nb = We can go now.").0;
        let hard = Bundle::new(
            "en",
            "a = Notwithstanding considerable organisational complexity, accessibility accommodations are systematically incorporated.",
        )
        .0;
        assert!(reading_grade(&easy) < 1.0, "{}", reading_grade(&easy));
        assert!(reading_grade(&hard) > 12.0, "{}", reading_grade(&hard));
        assert_eq!(syllables_in("cat"), 1);
        assert_eq!(syllables_in("computer"), 3);
        assert_eq!(syllables_in("course"), 1);
    }

    /// Comments go; messages, their indented lines and blank lines inside them stay.
    #[test]
    fn comments_are_stripped_and_messages_kept() {
        let text = "# note\n## Section\na = A # not a comment\nb =\n    one\n\n    two\n";
        let stripped = without_comments(text);
        assert_eq!(stripped, "a = A # not a comment\nb =\n    one\n\n    two\n");
        let (before, _) = Bundle::new("en", text);
        let (after, errors) = Bundle::new("en", &stripped);
        assert!(errors.is_empty());
        assert_eq!(before.format("b", &[]), after.format("b", &[]));
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
                "date",
                "kind-course",
                "list-pair",
                "remove-filter",
                "results-count",
                "show-more"
            ]
        );
    }
}
