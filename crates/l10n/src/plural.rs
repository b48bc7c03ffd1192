//! CLDR cardinal plural categories for whole numbers, for the interface's
//! languages.
//!
//! A message chooses its words by category (`[one]`, `[few]`, `*[other]`), so a
//! translator writes Polish's three forms or Arabic's six without code. The rules
//! are CLDR's (plurals.xml, integer operands only: counts are whole numbers). A
//! language without a rule here gets English's, which only has `one` and `other`.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Arabic's zero.
    Zero,
    /// The singular.
    One,
    /// The dual (Arabic, Irish).
    Two,
    /// Paucal forms (Polish 2–4, Arabic 3–10, Irish 3–6).
    Few,
    /// Polish and Ukrainian 5–21, Arabic 11–99, Irish 7–10.
    Many,
    /// Everything else.
    Other,
}

impl Category {
    /// The category's name, as variant keys in messages write it.
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    /// Parses a variant key that names a category.
    pub fn from_name(name: &str) -> Option<Category> {
        Some(match name {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            "other" => Category::Other,
            _ => return None,
        })
    }
}

/// The category of the whole number `n` in the language `lang` (a BCP 47 tag:
/// only its primary subtag counts).
pub fn cardinal(lang: &str, n: i64) -> Category {
    let n = n.unsigned_abs();
    let (n10, n100) = (n % 10, n % 100);
    match primary(lang) {
        // Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian: one form.
        "zh" | "ja" | "ko" | "vi" | "th" | "id" | "ms" => Category::Other,
        // Portuguese (CLDR `pt`, Brazil): 0 and 1 are singular.
        "pt" if n <= 1 => Category::One,
        // French too.
        "fr" if n <= 1 => Category::One,
        "pl" => match n {
            1 => Category::One,
            _ if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Category::Few,
            _ => Category::Many,
        },
        "uk" | "ru" | "be" => match n {
            _ if n10 == 1 && n100 != 11 => Category::One,
            _ if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => Category::Few,
            _ => Category::Many,
        },
        "ar" => match n {
            0 => Category::Zero,
            1 => Category::One,
            2 => Category::Two,
            _ if (3..=10).contains(&n100) => Category::Few,
            _ if (11..=99).contains(&n100) => Category::Many,
            _ => Category::Other,
        },
        "ga" => match n {
            1 => Category::One,
            2 => Category::Two,
            3..=6 => Category::Few,
            7..=10 => Category::Many,
            _ => Category::Other,
        },
        _ if n == 1 => Category::One,
        _ => Category::Other,
    }
}

/// The categories a language's whole numbers fall into, `other` last.
pub fn categories(lang: &str) -> &'static [Category] {
    use Category::*;
    match primary(lang) {
        "zh" | "ja" | "ko" | "vi" | "th" | "id" | "ms" => &[Other],
        "pl" | "uk" | "ru" | "be" => &[One, Few, Many],
        "ar" => &[Zero, One, Two, Few, Many, Other],
        "ga" => &[One, Two, Few, Many, Other],
        _ => &[One, Other],
    }
}

/// The primary language subtag of a BCP 47 tag, lower-case ASCII expected.
pub fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    fn run(lang: &str, cases: &[(i64, Category)]) {
        for &(n, expected) in cases {
            assert_eq!(cardinal(lang, n), expected, "{lang} {n}");
            assert!(
                categories(lang).contains(&expected),
                "{lang}: {expected:?} is not among its categories"
            );
        }
    }

    /// English and Portuguese differ on zero; Chinese has one form.
    #[test]
    fn english_portuguese_chinese() {
        run("en", &[(0, Other), (1, One), (2, Other), (21, Other)]);
        run("pt", &[(0, One), (1, One), (2, Other), (1_000_000, Other)]);
        run("zh-Hans", &[(0, Other), (1, Other), (5, Other)]);
    }

    /// Polish: 1 plik, 2–4 pliki (not 12–14), 5–21 plików, 22 pliki.
    #[test]
    fn polish() {
        run(
            "pl",
            &[
                (0, Many),
                (1, One),
                (2, Few),
                (4, Few),
                (5, Many),
                (11, Many),
                (12, Many),
                (14, Many),
                (21, Many),
                (22, Few),
                (101, Many),
                (112, Many),
                (124, Few),
            ],
        );
    }

    /// Ukrainian: 1, 21, 101 take the singular, but not 11.
    #[test]
    fn ukrainian() {
        run(
            "uk",
            &[
                (0, Many),
                (1, One),
                (11, Many),
                (21, One),
                (22, Few),
                (12, Many),
                (25, Many),
                (101, One),
                (111, Many),
            ],
        );
    }

    /// Arabic's six forms.
    #[test]
    fn arabic() {
        run(
            "ar",
            &[
                (0, Zero),
                (1, One),
                (2, Two),
                (3, Few),
                (10, Few),
                (11, Many),
                (99, Many),
                (100, Other),
                (102, Other),
                (103, Few),
                (111, Many),
            ],
        );
    }

    /// Irish's five forms.
    #[test]
    fn irish() {
        run(
            "ga",
            &[
                (0, Other),
                (1, One),
                (2, Two),
                (3, Few),
                (6, Few),
                (7, Many),
                (10, Many),
                (11, Other),
                (21, Other),
            ],
        );
    }

    /// Category names round-trip.
    #[test]
    fn names() {
        for c in [Zero, One, Two, Few, Many, Other] {
            assert_eq!(Category::from_name(c.name()), Some(c));
        }
        assert_eq!(Category::from_name("lots"), None);
    }
}
