//! Text every format shortens the same way: the id part made from a name, the
//! first sentence of a description (a record's summary), and text cut at a word.
//!
//! Must never make an empty id part or an unstable one: the same text always gives
//! the same id, so an import run twice gives the same records.

use learnlocal_core::text::{fold, slugify};

/// A summary is at most this many characters, "…" included.
pub(crate) const SUMMARY_MAX_CHARS: usize = 200;

/// An id part at most this many bytes long.
const ID_PART_MAX: usize = 64;

/// A stable id part: the core's [`slugify`] of the text (lower-case ASCII letters
/// and digits joined by single hyphens, `Café Zoë` → `cafe-zoe`), at most 64
/// characters (longer text is cut and ends with a hash of the whole, so ids stay
/// apart). Text with no usable letters gives `x` and a hash of the text, so it is
/// still stable and never empty.
pub(crate) fn id_part(text: &str) -> String {
    let slug = slugify(text);
    // FNV-1a: a stable hash without a dependency.
    let hash = text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    if slug.is_empty() {
        return format!("x{hash:08x}");
    }
    if slug.len() > ID_PART_MAX {
        // Long ids (Outlook's UIDs) often differ only at the end: keep them apart.
        let head = slug.get(..ID_PART_MAX - 9).unwrap_or(&slug);
        return format!("{}-{hash:08x}", head.trim_end_matches('-'));
    }
    slug
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "st", "dr", "mr", "mrs", "ms", "no", "nos", "e.g", "i.e", "etc", "approx", "vs", "jr", "sr",
    "rd", "ave", "tel",
];

/// The first sentence of a text's first non-empty line, its spaces collapsed,
/// shortened at a word to at most [`SUMMARY_MAX_CHARS`] characters. A full stop
/// after an abbreviation (`St.`, `e.g.`) or inside a number (`2.5`) does not end
/// the sentence.
pub(crate) fn first_sentence(text: &str) -> String {
    let line = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let mut end = line.len();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        if !next.is_none_or(char::is_whitespace) {
            continue;
        }
        let before = line.get(..i).unwrap_or_default();
        let word = before
            .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
            .next()
            .unwrap_or_default();
        if c == '.' && ABBREVIATIONS.contains(&fold(word).as_str()) {
            continue;
        }
        end = i + c.len_utf8();
        break;
    }
    shorten(line.get(..end).unwrap_or(&line), SUMMARY_MAX_CHARS - 1)
}

/// Text cut to at most `max` characters at a word boundary, with "…" added when
/// cut.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_owned();
    };
    let head = text.get(..cut).unwrap_or_default();
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => head.get(..space).unwrap_or(head),
        _ => head,
    };
    format!("{}…", head.trim_end_matches([',', ';', ':', ' ', '-']))
}

/// Text folded, apostrophes dropped, every other run of non-alphanumeric
/// characters made one space, and a space at each end, so that ` word ` finds
/// whole words.
pub(crate) fn normalise(text: &str) -> String {
    let mut out = String::from(" ");
    for c in fold(text).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if matches!(c, '\'' | '’') {
            continue;
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// True when the normalised text has any of the phrases as whole words.
pub(crate) fn has_any(normalised: &str, phrases: &[&str]) -> bool {
    phrases
        .iter()
        .any(|phrase| normalised.contains(&format!(" {phrase} ")))
}
