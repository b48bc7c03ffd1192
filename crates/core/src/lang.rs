//! Languages of catalogue text: language tags, and which translation of a text
//! serves the language a person reads.
//!
//! A catalogue's own text is in its [`Catalogue::language`](crate::Catalogue);
//! records and skills may carry translations of some of their text
//! ([`Translations`]). Asked for a language, a text answers with the best
//! translation it has, else its own text, and says which language that is
//! ([`InLanguage`]), so the app can mark text in a language other than the
//! page's. This module must never do IO or panic, whatever the tags; it judges
//! only the shape of a tag, never whether a translation is good.

use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// The language of a catalogue's own text when it does not say.
pub const DEFAULT_LANGUAGE: &str = "en";

/// The tag of text whose language is not known (BCP 47 "undetermined"): what
/// a catalogue's own text is taken to be in when its `language` cannot be read.
pub const UNDETERMINED: &str = "und";

/// A text and the language it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InLanguage<'a> {
    /// The text, as the catalogue has it (never HTML).
    pub text: &'a str,
    /// Its language tag as the catalogue writes it, e.g. `pl` or `pt-BR`.
    pub lang: &'a str,
}

impl InLanguage<'_> {
    /// True when the text is in another language than `page`'s tag (compared
    /// ignoring case, `_` read as `-`): the app then marks it with a `lang`
    /// attribute of its own.
    pub fn differs_from(&self, page: &str) -> bool {
        !same_tag(self.lang, page)
    }
}

/// True when two language tags are the same, ignoring case and reading `_` as
/// `-` (`pt-BR`, `pt_br`).
pub fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let unify = |c: u8| {
                if c == b'_' {
                    b'-'
                } else {
                    c.to_ascii_lowercase()
                }
            };
            unify(x) == unify(y)
        })
}

/// The primary language subtag of a tag: `pt` of `pt-BR`, `zh` of `zh-Hant`.
pub fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

/// Of the tagged texts, the one that serves a person who reads `want` best,
/// when the catalogue's own text, in `own`, does not serve them as well:
///
/// 1. a text whose tag is exactly `want` (`pt-BR` for `pt-BR`);
/// 2. none, when the catalogue's own language is `want`'s language, whatever
///    its region or script (own `en-GB` text for `en-US`);
/// 3. a text in the same language as `want` with another region or script:
///    the one tagged with the bare language first (`pt` for `pt-PT`), else the
///    first given (`pt-BR` for `pt`, or for `pt-PT`);
/// 4. none.
///
/// Tags are compared ignoring case. `None` means "the catalogue's own text".
pub fn best_match<'a>(
    texts: impl Iterator<Item = (&'a str, &'a str)> + Clone,
    want: &str,
    own: &str,
) -> Option<(&'a str, &'a str)> {
    if let Some(exact) = texts.clone().find(|(tag, _)| same_tag(tag, want)) {
        return Some(exact);
    }
    let language = primary_subtag(want);
    if language.is_empty() || same_tag(primary_subtag(own), language) {
        return None;
    }
    let mut same_language = texts.filter(|(tag, _)| same_tag(primary_subtag(tag), language));
    let first = same_language.clone().next();
    same_language
        .find(|(tag, _)| same_tag(tag, language))
        .or(first)
}

/// Why `tag` is not a usable language tag, if it is not: a language (two
/// letters of ISO 639-1, or three of ISO 639-2 or 639-3), then optionally a
/// script (four letters, `Hant`), a region (two letters or three digits, `BR`,
/// `419`) and variants (five to eight letters or digits, or four starting with
/// a digit), separated by hyphens, in any case: the common part of BCP 47.
pub fn tag_problem(tag: &str) -> Option<String> {
    let not_a_tag = |why: String| {
        let quoted = crate::problem::quote(tag);
        Some(format!(
            "{quoted} is not a language tag such as `pl`, `ga` or `pt-BR`{why}"
        ))
    };
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or_default();
    let letters = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    if !(2..=3).contains(&language.len()) || !letters(language) {
        return not_a_tag(String::new());
    }
    if language.len() == 2 && !is_iso_639_1(&language.to_ascii_lowercase()) {
        return not_a_tag(format!(": `{language}` is not an ISO 639-1 language code"));
    }
    // Each later subtag must come after the kinds before it.
    let mut stage = 0;
    for subtag in subtags {
        let alnum = !subtag.is_empty() && subtag.bytes().all(|b| b.is_ascii_alphanumeric());
        let digits = subtag.bytes().all(|b| b.is_ascii_digit());
        let starts_with_digit = subtag.bytes().next().is_some_and(|b| b.is_ascii_digit());
        let kind = match subtag.len() {
            4 if letters(subtag) => 1,
            2 if letters(subtag) => 2,
            3 if digits => 2,
            5..=8 if alnum => 3,
            4 if alnum && starts_with_digit => 3,
            _ => return not_a_tag(format!(": `{subtag}` is no subtag")),
        };
        if kind < stage || (kind == stage && kind < 3) {
            return not_a_tag(format!(
                ": `{subtag}` is out of place (language, script, region, variants)"
            ));
        }
        stage = kind;
    }
    None
}

/// A well-formed tag in the case BCP 47 recommends: the language and variants
/// in lower case, a script in title case and a region in capitals (`pt-BR`,
/// `zh-Hant-TW`), so that a spreadsheet's `translations.pt-br.title`, whose
/// heading is matched ignoring case, gives the tag people expect.
pub fn canonical_case(tag: &str) -> String {
    let mut out = String::with_capacity(tag.len());
    for (i, subtag) in tag.split('-').enumerate() {
        if i > 0 {
            out.push('-');
        }
        let letters = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        match subtag.len() {
            2 if i > 0 && letters => out.push_str(&subtag.to_ascii_uppercase()),
            4 if i > 0 && letters => {
                let mut chars = subtag.chars();
                out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                out.push_str(&chars.as_str().to_ascii_lowercase());
            }
            _ => out.push_str(&subtag.to_ascii_lowercase()),
        }
    }
    out
}

/// The ISO 639-1 two-letter language codes, in order, each followed by a space
/// but the last: code `i` is at bytes `3 * i` and `3 * i + 1`.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// True when `code` is an ISO 639-1 code (two lower-case letters in the list).
pub fn is_iso_639_1(code: &str) -> bool {
    // A binary search of the sorted list: every record's languages are checked.
    let table = ISO_639_1.as_bytes();
    let (mut lo, mut hi) = (0, table.len().div_ceil(3));
    while code.len() == 2 && lo < hi {
        let mid = lo + (hi - lo) / 2;
        match table
            .get(3 * mid..3 * mid + 2)
            .map(|c| c.cmp(code.as_bytes()))
        {
            Some(std::cmp::Ordering::Less) => lo = mid + 1,
            Some(std::cmp::Ordering::Greater) => hi = mid,
            Some(std::cmp::Ordering::Equal) => return true,
            None => return false,
        }
    }
    false
}

/// One language's translation of some of a record's or a skill's text: each
/// text field may be given or not.
pub trait TranslatedFields: Clone + fmt::Debug + PartialEq {
    /// The names of the text fields, as the catalogue's JSON spells them.
    const FIELDS: &'static [&'static str];

    /// A translation into `lang` with no text yet.
    fn empty(lang: String) -> Self;

    /// The language tag, as the catalogue writes it.
    fn lang(&self) -> &str;

    /// A text field by its name in [`TranslatedFields::FIELDS`]; `None` for other names.
    fn field_mut(&mut self, name: &str) -> Option<&mut Option<String>>;

    /// The text of a field, when given.
    fn text(&self, name: &str) -> Option<&str>;
}

/// A record's or a skill's translations, in the order the catalogue gives them.
///
/// Written as an object from language tag to the translated fields:
/// `{"pl": {"title": "…", "summary": "…"}, "uk": {"title": "…"}}`. Kept behind
/// one pointer that is null when there are none, so a record without
/// translations is one pointer larger, and nothing more. Read leniently: what is
/// not an object of texts is skipped here, and reported by the catalogue reader.
#[derive(Clone, PartialEq, Eq)]
// The box is the point: a thin pointer, where a `Vec` would add three words to
// every record, translated or not.
#[allow(clippy::box_collection)]
pub struct Translations<T>(Option<Box<Vec<T>>>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T: fmt::Debug> fmt::Debug for Translations<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> std::ops::Deref for Translations<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }
}

impl<T> From<Vec<T>> for Translations<T> {
    fn from(list: Vec<T>) -> Self {
        Self((!list.is_empty()).then(|| Box::new(list)))
    }
}

impl<T> Translations<T> {
    /// Changes the list through `edit`; an emptied list takes no room again,
    /// and a kept one no more than it needs.
    pub fn edit(&mut self, edit: impl FnOnce(&mut Vec<T>)) {
        let mut list = self.0.take().map(|b| *b).unwrap_or_default();
        edit(&mut list);
        list.shrink_to_fit();
        *self = list.into();
    }

    /// True when there are none (for `skip_serializing_if`).
    pub fn is_none(&self) -> bool {
        self.0.is_none()
    }
}

impl<T: TranslatedFields> Translations<T> {
    /// The best text of field `name` for a person who reads `want`, with its
    /// language, by [`best_match`] among the translations that give the field;
    /// `None` when the catalogue's own text, in `own`, serves best.
    pub fn best<'a>(&'a self, name: &str, want: &str, own: &str) -> Option<InLanguage<'a>> {
        let texts = self
            .iter()
            .filter_map(move |t| t.text(name).map(|text| (t.lang(), text)));
        best_match(texts, want, own).map(|(lang, text)| InLanguage { text, lang })
    }

    /// The translation into `lang` (compared ignoring case), if there is one.
    pub fn get(&self, lang: &str) -> Option<&T> {
        self.iter().find(|t| same_tag(t.lang(), lang))
    }
}

impl<T: TranslatedFields> Serialize for Translations<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for t in self.iter() {
            map.serialize_entry(t.lang(), &Fields(t))?;
        }
        map.end()
    }
}

/// One translation's given fields, as a JSON object.
struct Fields<'a, T>(&'a T);

impl<T: TranslatedFields> Serialize for Fields<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let given: Vec<(&str, &str)> = T::FIELDS
            .iter()
            .filter_map(|name| self.0.text(name).map(|text| (*name, text)))
            .collect();
        let mut map = serializer.serialize_map(Some(given.len()))?;
        for (name, text) in given {
            map.serialize_entry(name, text)?;
        }
        map.end()
    }
}

impl<'de, T: TranslatedFields> Deserialize<'de> for Translations<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Written::deserialize(deserializer).map(Written::into_translations)
    }
}

/// Translations as written, in the file's order, whatever their shape: what
/// [`Translations`] keeps of them, and what the catalogue reader reports.
#[derive(Debug, Default, PartialEq)]
pub(crate) enum Written {
    /// `null`, or nothing.
    #[default]
    Absent,
    /// A value that is not an object.
    Other,
    /// An object: each language tag with its value.
    Languages(Vec<(String, Entry)>),
}

thread_local! {
    /// Whether reading translations has passed over something since the reader
    /// last asked: the reader then names it, from the record's text, so that
    /// records without a fault are never read twice.
    static PASSED_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True when reading translations on this thread has passed over something
/// that is not an object of texts since the last call.
pub(crate) fn take_passed_over() -> bool {
    PASSED_OVER.replace(false)
}

impl Written {
    /// What the model keeps: each language, with each of its fields that is
    /// one of `T`'s and is text.
    pub(crate) fn into_translations<T: TranslatedFields>(self) -> Translations<T> {
        let languages = match self {
            Written::Languages(languages) => languages,
            Written::Other => {
                PASSED_OVER.set(true);
                return Translations::default();
            }
            Written::Absent => return Translations::default(),
        };
        let list: Vec<T> = languages
            .into_iter()
            .map(|(lang, entry)| {
                let mut t = T::empty(lang);
                let Entry::Texts(texts) = entry else {
                    PASSED_OVER.set(true);
                    return t;
                };
                for (name, text) in texts {
                    match (t.field_mut(&name), text) {
                        (Some(slot), Some(text)) => *slot = Some(text),
                        _ => PASSED_OVER.set(true),
                    }
                }
                t
            })
            .collect();
        list.into()
    }
}

/// One language's value as written.
#[derive(Debug, Default, PartialEq)]
pub(crate) enum Entry {
    /// A value that is not an object.
    #[default]
    Other,
    /// An object: each field with its value when that is text.
    Texts(Vec<(String, Option<String>)>),
}

/// A visitor that takes any JSON value: an object as `visit_map` reads it, any
/// other value as `Other`.
struct Lenient<V>(PhantomData<V>);

/// The methods of a lenient visitor for the values that are not objects.
macro_rules! other_values {
    ($other:expr, $null:expr) => {
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($other)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok($null)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok($null)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok($other)
        }
    };
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Lenient::<Self>(PhantomData))
    }
}

impl<'de> Visitor<'de> for Lenient<Written> {
    type Value = Written;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of translations by language tag")
    }

    other_values!(Written::Other, Written::Absent);

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Written, E> {
        Ok(Written::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Written, A::Error> {
        let mut languages = Vec::new();
        while let Some(lang) = map.next_key::<String>()? {
            languages.push((lang, map.next_value::<Entry>()?));
        }
        Ok(Written::Languages(languages))
    }
}

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Lenient::<Self>(PhantomData))
    }
}

impl<'de> Visitor<'de> for Lenient<Entry> {
    type Value = Entry;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of translated texts")
    }

    other_values!(Entry::Other, Entry::Other);

    fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<Entry, E> {
        Ok(Entry::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
        let mut texts = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            texts.push((name, map.next_value::<Text>()?.0));
        }
        Ok(Entry::Texts(texts))
    }
}

/// A value, kept when it is text.
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(Lenient::<Self>(PhantomData))
    }
}

impl<'de> Visitor<'de> for Lenient<Text> {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text")
    }

    other_values!(Text(None), Text(None));

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text(Some(text.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text(Some(text)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Text(None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags are the same whatever their case, and `_` is read as `-`.
    #[test]
    fn tags_compare_ignoring_case() {
        assert!(same_tag("pt-BR", "pt-br"));
        assert!(same_tag("pt_BR", "PT-BR"));
        assert!(!same_tag("pt", "pt-BR"));
        assert_eq!(primary_subtag("zh-Hant-TW"), "zh");
        assert_eq!(primary_subtag("pt_BR"), "pt");
        assert_eq!(primary_subtag(""), "");
    }

    fn pick<'a>(texts: &'a [(&'a str, &'a str)], want: &str, own: &str) -> Option<&'a str> {
        best_match(texts.iter().copied(), want, own).map(|(tag, _)| tag)
    }

    /// The exact tag wins; then the catalogue's own text when it is the same
    /// language; then the bare language, then the first of the same language.
    #[test]
    fn the_best_translation_is_chosen_by_tag() {
        let texts = [("pt-BR", "a"), ("pl", "b"), ("pt", "c"), ("ZH-hant", "d")];
        assert_eq!(pick(&texts, "pt-BR", "en"), Some("pt-BR"));
        assert_eq!(pick(&texts, "pt-br", "en"), Some("pt-BR"));
        assert_eq!(pick(&texts, "pt", "en"), Some("pt"));
        assert_eq!(pick(&texts, "pt-PT", "en"), Some("pt"));
        assert_eq!(pick(&texts, "PL", "en"), Some("pl"));
        assert_eq!(pick(&texts, "pl-PL", "en"), Some("pl"));
        assert_eq!(pick(&texts, "zh", "en"), Some("ZH-hant"));
        assert_eq!(pick(&texts, "zh-Hant", "en"), Some("ZH-hant"));
        assert_eq!(pick(&texts, "uk", "en"), None);
        assert_eq!(pick(&texts, "", "en"), None);
        // A "pt-BR" translation serves "pt" when there is no bare "pt".
        assert_eq!(pick(&[("pt-BR", "a")], "pt", "en"), Some("pt-BR"));
        assert_eq!(pick(&[("pt-BR", "a")], "pt-PT", "en"), Some("pt-BR"));
        // The catalogue's own language, in any region, serves before a
        // translation into another region of it; an exact one still wins.
        assert_eq!(pick(&[("en-US", "a")], "en", "en"), None);
        assert_eq!(pick(&[("en-US", "a")], "en-GB", "en"), None);
        assert_eq!(pick(&[("en-US", "a")], "en-US", "en-GB"), Some("en-US"));
    }

    /// Tags are written in the recommended case whatever case they came in.
    #[test]
    fn tags_in_their_usual_case() {
        for (given, usual) in [
            ("PL", "pl"),
            ("pt-br", "pt-BR"),
            ("ZH-HANT-tw", "zh-Hant-TW"),
            ("es-419", "es-419"),
            ("DE-CH-1996", "de-CH-1996"),
        ] {
            assert_eq!(canonical_case(given), usual);
        }
    }

    /// Well-formed tags pass; each kind of mistake is named.
    #[test]
    fn language_tags_are_checked_for_shape() {
        for good in [
            "en",
            "ga",
            "pl",
            "PT-br",
            "pt-BR",
            "zh-Hant",
            "zh-Hant-TW",
            "es-419",
            "yue",
            "und",
            "de-CH-1996",
            "sl-rozaj",
        ] {
            assert_eq!(tag_problem(good), None, "{good}");
        }
        let problem = |tag: &str| tag_problem(tag).unwrap_or_default();
        assert_eq!(
            problem("english"),
            "`english` is not a language tag such as `pl`, `ga` or `pt-BR`"
        );
        assert_eq!(
            problem("xx"),
            "`xx` is not a language tag such as `pl`, `ga` or `pt-BR`: `xx` is not an ISO 639-1 language code"
        );
        assert!(
            problem("pt_BR").starts_with("`pt_BR` is not"),
            "{}",
            problem("pt_BR")
        );
        assert!(
            problem("pt-").contains("`` is no subtag"),
            "{}",
            problem("pt-")
        );
        assert!(problem("pt-BR-Latn").contains("out of place"));
        assert!(problem("pt-BR-PT").contains("out of place"));
        assert!(problem("").starts_with("`` is not"));
        assert!(problem("p1").starts_with("`p1` is not"));
        assert!(problem(&"x".repeat(500)).len() < 120);
    }

    /// Language codes are checked against ISO 639-1, whose list is in order.
    #[test]
    fn iso_639_1() {
        let codes: Vec<&str> = ISO_639_1.split(' ').collect();
        assert!(codes.windows(2).all(|w| w[0] < w[1] && w[0].len() == 2));
        assert!(codes.iter().all(|c| is_iso_639_1(c)));
        for (code, ok) in [
            ("en", true),
            ("ga", true),
            ("uk", true),
            ("xx", false),
            ("EN", false),
            ("eng", false),
        ] {
            assert_eq!(is_iso_639_1(code), ok, "{code}");
        }
    }
}
