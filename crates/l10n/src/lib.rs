//! LearnLocal's interface languages, without IO: message files that translators
//! edit, and what the interface needs to speak each language properly.
//!
//! - [`parse`] reads a message file (a subset of Project Fluent's `.ftl`).
//! - [`Bundle`] formats a message with its arguments: plural categories
//!   ([`plural`]), the language's digits and separators ([`number`]), and bidi
//!   isolation of inserted text.
//! - [`check`] compares a translation with the reference language: missing and
//!   extra messages, unknown variables, plural forms the language does not have.
//!
//! Nothing here knows the interface's messages: the app names them (`src/i18n.rs`).

pub mod check;
pub mod number;
pub mod parse;
pub mod plural;

use std::collections::BTreeMap;

use number::NumberFormat;
use parse::{Element, ParseError};

/// A language the interface is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag, and its file's name: `locales/<code>.ftl`.
    pub code: &'static str,
    /// Its name in itself, as the language menu shows it.
    pub name: &'static str,
}

/// The interface's languages, English (the reference, built into the app) first.
/// Adding one: its file in `locales/`, and a line here (see `locales/README.md`).
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
    },
    Language {
        code: "ga",
        name: "Gaeilge",
    },
    Language {
        code: "pl",
        name: "Polski",
    },
    Language {
        code: "uk",
        name: "Українська",
    },
    Language {
        code: "ar",
        name: "العربية",
    },
    Language {
        code: "pt",
        name: "Português",
    },
    Language {
        code: "zh",
        name: "中文（简体）",
    },
];

/// The interface language for a person's preferred languages (the browser's,
/// best first): the first that matches one of [`LANGUAGES`] by its primary
/// subtag ("pt-BR" gives Portuguese, "zh-Hans-CN" Chinese), else English.
pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> &'static Language {
    preferred
        .into_iter()
        .find_map(|tag| find(plural::primary(&tag.to_ascii_lowercase())))
        .unwrap_or(&LANGUAGES[0])
}

/// The interface language whose code is `code` (exactly, lower case).
pub fn find(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// A value passed into a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text: catalogue text, or a part already formatted.
    Str(&'a str),
    /// A count: written with the language's digits and grouping, and chooses
    /// plural variants.
    Int(i64),
    /// Digits to write in the language's digits, never grouped: a year, a day of
    /// the month, an hour. Chooses variants as a number.
    Digits(&'a str),
}

/// Text direction of a language's script.
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        plural::primary(lang),
        "ar" | "he" | "fa" | "ur" | "ps" | "yi" | "dv" | "ckb" | "sd" | "ug"
    )
}

/// First strong direction isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One language's messages, ready to format.
#[derive(Debug, Clone)]
pub struct Bundle {
    lang: String,
    rtl: bool,
    entries: BTreeMap<String, Vec<Element>>,
    number: NumberFormat,
}

impl Bundle {
    /// The bundle of language `lang` (a BCP 47 tag) from its message file, and
    /// the file's problems (the messages that could be read are kept).
    ///
    /// The file's terms `-decimal-separator`, `-group-separator`, `-group-from`
    /// and `-digits` set how numbers are written; English's are the defaults.
    pub fn new(lang: &str, source: &str) -> (Bundle, Vec<ParseError>) {
        let (entries, errors) = parse::parse(source);
        let mut bundle = Bundle {
            lang: lang.to_owned(),
            rtl: is_rtl(lang),
            entries,
            number: NumberFormat::default(),
        };
        let term = |id: &str| bundle.format(id, &[]);
        let mut number = NumberFormat::default();
        if let Some(decimal) = term("-decimal-separator") {
            number.decimal = decimal;
        }
        if let Some(group) = term("-group-separator") {
            number.group = group;
        }
        if let Some(from) = term("-group-from").and_then(|f| f.parse().ok()) {
            number.group_from = from;
        }
        if let Some(digits) = term("-digits") {
            let digits: Vec<char> = digits.chars().filter(|c| !c.is_whitespace()).collect();
            if let Ok(digits) = digits.try_into() {
                number.digits = digits;
            }
        }
        bundle.number = number;
        (bundle, errors)
    }

    /// The language's tag.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// How the language writes numbers.
    pub fn number(&self) -> &NumberFormat {
        &self.number
    }

    /// Whether the file has the message or term `id`.
    pub fn has(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// The ids of its messages and terms, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The parsed pattern of `id`, for checks.
    pub fn pattern(&self, id: &str) -> Option<&[Element]> {
        self.entries.get(id).map(Vec::as_slice)
    }

    /// Message `id` with its arguments; `None` when the file does not have it.
    ///
    /// An argument the message names but the code does not pass is written as
    /// `{$name}`, so the mistake shows. Text arguments are isolated (U+2068 …
    /// U+2069) on right-to-left pages, and wherever they hold right-to-left text,
    /// so that they keep their own direction inside the sentence.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        let pattern = self.entries.get(id)?;
        let mut out = String::new();
        self.write(&mut out, pattern, args, 0);
        Some(out)
    }

    fn write(&self, out: &mut String, pattern: &[Element], args: &[(&str, Arg)], depth: u8) {
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Var(name) => match arg(args, name) {
                    Some(Arg::Str(text)) => {
                        let isolate = self.rtl || text.chars().any(is_rtl_char);
                        if isolate {
                            out.push(FSI);
                        }
                        out.push_str(text);
                        if isolate {
                            out.push(PDI);
                        }
                    }
                    Some(Arg::Int(n)) => out.push_str(&self.number.integer(n)),
                    Some(Arg::Digits(text)) => out.push_str(&self.number.digits(text)),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                },
                Element::Ref(id) => match self.entries.get(id) {
                    // A message that refers to itself, even through others, stops.
                    Some(pattern) if depth < 8 => self.write(out, pattern, args, depth + 1),
                    _ => {
                        out.push('{');
                        out.push_str(id);
                        out.push('}');
                    }
                },
                Element::Select(select) => {
                    let chosen = self.choose(select, arg(args, &select.selector));
                    self.write(out, &select.variants[chosen].pattern, args, depth);
                }
            }
        }
    }

    /// The variant for a value: an exact key first (`[0]`, `[-1]`, `[course]`),
    /// then a number's plural category, else the default.
    fn choose(&self, select: &parse::Select, value: Option<Arg>) -> usize {
        let number = match value {
            Some(Arg::Int(n)) => Some(n),
            Some(Arg::Digits(text)) => text.parse().ok(),
            _ => None,
        };
        let exact = match value {
            Some(Arg::Str(text)) => Some(text.to_owned()),
            _ => number.map(|n| n.to_string()),
        };
        let by_key = |key: &str| select.variants.iter().position(|v| v.key == key);
        exact
            .and_then(|key| by_key(&key))
            .or_else(|| number.and_then(|n| by_key(plural::cardinal(&self.lang, n).name())))
            .unwrap_or(select.default)
    }
}

fn arg<'a>(args: &[(&str, Arg<'a>)], name: &str) -> Option<Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|&(_, a)| a)
}

/// Whether `c` is a strong right-to-left character (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko and their presentation forms).
fn is_rtl_char(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\
results = { $n ->
    [0] No results
    [one] { $n } result
   *[other] { $n } results
}
remove = Remove filter: { $label }
kind = { $kind ->
    [course] Course
   *[other] Activity
}
brand = LearnLocal
title = { brand }: { $what }
loop = { loop }
";

    /// The browser's languages choose the interface's, best first.
    #[test]
    fn negotiation() {
        assert_eq!(negotiate(["pt-BR", "en"]).code, "pt");
        assert_eq!(negotiate(["de-DE", "zh-Hans-CN"]).code, "zh");
        assert_eq!(negotiate(["PL"]).code, "pl");
        assert_eq!(negotiate(["de", "fr"]).code, "en");
        assert_eq!(negotiate([]).code, "en");
        assert_eq!(find("ar").map(|l| l.name), Some("العربية"));
    }

    /// Counts choose their plural form and are written with grouping.
    #[test]
    fn plurals_and_numbers() {
        let (en, errors) = Bundle::new("en", EN);
        assert!(errors.is_empty());
        let results = |n| en.format("results", &[("n", Arg::Int(n))]).unwrap();
        assert_eq!(results(0), "No results");
        assert_eq!(results(1), "1 result");
        assert_eq!(results(2345), "2,345 results");
    }

    /// Polish counts take Polish forms, numbers Polish separators.
    #[test]
    fn polish_forms() {
        let source = "-group-separator = {\"\\u00A0\"}\n-group-from = 10000\nresults = { $n ->\n  [one] { $n } wynik\n  [few] { $n } wyniki\n *[many] { $n } wyników\n}\n";
        let (pl, errors) = Bundle::new("pl", source);
        assert!(errors.is_empty(), "{errors:?}");
        let results = |n| pl.format("results", &[("n", Arg::Int(n))]).unwrap();
        assert_eq!(results(1), "1 wynik");
        assert_eq!(results(3), "3 wyniki");
        assert_eq!(results(12), "12 wyników");
        assert_eq!(results(22), "22 wyniki");
        assert_eq!(results(12_345), "12\u{a0}345 wyników");
    }

    /// Words choose word variants; references and terms are followed, loops stop.
    #[test]
    fn words_references_and_loops() {
        let (en, _) = Bundle::new("en", EN);
        let kind = |k| en.format("kind", &[("kind", Arg::Str(k))]).unwrap();
        assert_eq!(kind("course"), "Course");
        assert_eq!(kind("library"), "Activity");
        assert_eq!(
            en.format("title", &[("what", Arg::Str("find"))]).unwrap(),
            "LearnLocal: find"
        );
        assert!(en.format("loop", &[]).unwrap().contains("{loop}"));
        assert_eq!(en.format("absent", &[]), None);
        assert_eq!(en.format("remove", &[]).unwrap(), "Remove filter: {$label}");
    }

    /// Inserted text keeps its own direction: isolated on right-to-left pages
    /// and wherever it is right-to-left itself, left alone otherwise.
    #[test]
    fn bidi_isolation() {
        let (en, _) = Bundle::new("en", EN);
        let remove = |b: &Bundle, label| b.format("remove", &[("label", Arg::Str(label))]).unwrap();
        assert_eq!(remove(&en, "Music"), "Remove filter: Music");
        assert_eq!(
            remove(&en, "موسيقى"),
            "Remove filter: \u{2068}موسيقى\u{2069}"
        );
        let (ar, _) = Bundle::new(
            "ar",
            "remove = إزالة: { $label }\n-digits = ٠١٢٣٤٥٦٧٨٩\nn = { $n }",
        );
        assert!(ar.is_rtl());
        assert_eq!(remove(&ar, "Music"), "إزالة: \u{2068}Music\u{2069}");
        assert_eq!(ar.format("n", &[("n", Arg::Int(2027))]).unwrap(), "٢,٠٢٧");
        assert_eq!(
            ar.format("n", &[("n", Arg::Digits("2027"))]).unwrap(),
            "٢٠٢٧"
        );
    }
}
