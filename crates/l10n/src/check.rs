//! Checks a translation against the reference language's file, so a translator
//! (and the test suite) learns what is missing or wrong before anyone sees it.

use std::collections::BTreeSet;

use crate::Bundle;
use crate::parse::Element;
use crate::plural::{self, Category};

/// Every problem of `translation` compared with `reference`, one sentence each:
/// - a message of the reference that the translation lacks, or one it has
///   that the reference does not;
/// - a variable the reference's message does not pass;
/// - plural variants the language does not have, or lacks.
pub fn check(reference: &Bundle, translation: &Bundle) -> Vec<String> {
    let lang = translation.lang();
    let mut problems = Vec::new();
    for id in reference.ids() {
        if !translation.has(id) {
            problems.push(format!("{lang}: \"{id}\" is missing"));
        }
    }
    for id in translation.ids() {
        let Some(original) = reference.pattern(id) else {
            problems.push(format!(
                "{lang}: \"{id}\" is not in the reference file (renamed or removed?)"
            ));
            continue;
        };
        let pattern = translation.pattern(id).unwrap_or_default();
        let known = variables(original);
        for name in variables(pattern).difference(&known) {
            problems.push(format!(
                "{lang}: \"{id}\" uses ${name}, which the message is not given"
            ));
        }
        plural_forms(lang, id, pattern, &mut problems);
    }
    problems
}

/// The variables a pattern uses, its selectors included.
pub fn variables(pattern: &[Element]) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    collect(pattern, &mut names);
    names
}

fn collect<'a>(pattern: &'a [Element], names: &mut BTreeSet<&'a str>) {
    for element in pattern {
        match element {
            Element::Var(name) => {
                names.insert(name);
            }
            Element::Select(select) => {
                names.insert(&select.selector);
                for variant in &select.variants {
                    collect(&variant.pattern, names);
                }
            }
            Element::Text(_) | Element::Ref(_) => {}
        }
    }
}

/// A select whose keys name plural categories (other than `other`, which any
/// select may use as its default) must name exactly the language's.
fn plural_forms(lang: &str, id: &str, pattern: &[Element], problems: &mut Vec<String>) {
    for element in pattern {
        let Element::Select(select) = element else {
            continue;
        };
        let keys: Vec<Category> = select
            .variants
            .iter()
            .filter_map(|v| Category::from_name(&v.key))
            .collect();
        let wanted = plural::categories(lang);
        // `[other]` alone is any select's default; another category makes it plural.
        if keys.iter().any(|&k| k != Category::Other) {
            for key in &keys {
                if !wanted.contains(key) && *key != Category::Other {
                    problems.push(format!(
                        "{lang}: \"{id}\" has a [{}] form, which {lang} numbers never take",
                        key.name()
                    ));
                }
            }
            let missing: Vec<&str> = wanted
                .iter()
                .filter(|c| !keys.contains(c))
                .map(|c| c.name())
                .collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{lang}: \"{id}\" needs a form for each of {}: add [{}]",
                    wanted
                        .iter()
                        .map(|c| c.name())
                        .collect::<Vec<_>>()
                        .join(", "),
                    missing.join("], [")
                ));
            }
        }
        for variant in &select.variants {
            plural_forms(lang, id, &variant.pattern, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "hello = Hello\nresults = { $n ->\n  [one] { $n } result\n *[other] { $n } results\n}\nremove = Remove { $label }\n";

    /// A complete, correct translation has no problems.
    #[test]
    fn a_good_translation_passes() {
        let (en, _) = Bundle::new("en", EN);
        let (pl, _) = Bundle::new(
            "pl",
            "hello = Cześć\nresults = { $n ->\n  [one] { $n } wynik\n  [few] { $n } wyniki\n *[many] { $n } wyników\n}\nremove = Usuń { $label }\n",
        );
        assert_eq!(check(&en, &pl), Vec::<String>::new());
    }

    /// Missing, extra, misspelt variables and wrong plural forms are named.
    #[test]
    fn problems_are_named() {
        let (en, _) = Bundle::new("en", EN);
        let (pl, _) = Bundle::new(
            "pl",
            "results = { $n ->\n  [one] { $n } wynik\n  [two] dwa\n *[other] { $n } wyników\n}\nremove = Usuń { $lable }\nextra = x\n",
        );
        assert_eq!(
            check(&en, &pl),
            [
                "pl: \"hello\" is missing",
                "pl: \"extra\" is not in the reference file (renamed or removed?)",
                "pl: \"remove\" uses $lable, which the message is not given",
                "pl: \"results\" has a [two] form, which pl numbers never take",
                "pl: \"results\" needs a form for each of one, few, many: add [few], [many]",
            ]
        );
    }
}
