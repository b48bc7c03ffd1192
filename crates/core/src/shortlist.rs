//! The shortlist: opportunities a person saved, in the order saved, each with a
//! short note; its one text form, used both in local storage and in the link that
//! hands it over (`/shortlist?s=…`); and the compare page's path.
//!
//! The text form is made for QR codes: a shortlist of ten with notes must still
//! scan, so it is compact and escapes little. Items are joined by `!`, an id and
//! its note by `*`; in both, ASCII letters, digits and `-_.,:;()/?@` stay as they
//! are, a space is `+`, letters beyond ASCII stay as they are (the link is an IRI;
//! a browser escapes them when it follows it, and they cost two or three bytes in
//! a QR code instead of six to nine), and every other character is `%XX`. No
//! JSON, no base64. Punctuation that ends the text is escaped too: chat apps and
//! mail readers end a link they find before it. Ten demo ids with sixty-character
//! English notes make a link of 748 bytes on a 30-character origin (`ten_items_with_notes_make_a_short_link`
//! prints it): a QR code of version 20 at error correction L (858 bytes, 97
//! modules a side) or 22 at M (779 bytes), which scans from a screen or from
//! paper at six centimetres.
//!
//! Reading is strict and cannot fail: a part that is not a well-formed item (an
//! empty or badly escaped id, a repeated id, an item past [`MAX_ITEMS`]) is left
//! out and counted, and a note longer than [`NOTE_MAX_CHARS`] is cut, never a
//! panic. Ids are kept even when the catalogue no longer has them: the page says
//! "no longer listed" rather than dropping them silently.

/// The longest note, in characters: a few words to remember, short enough that a
/// shortlist of ten still fits a scannable QR code.
pub const NOTE_MAX_CHARS: usize = 100;

/// The most items a shortlist holds; a link with more has the rest left out.
pub const MAX_ITEMS: usize = 50;

/// How many opportunities the compare page puts side by side, at least and at most.
pub const COMPARE_MIN: usize = 2;
/// See [`COMPARE_MIN`].
pub const COMPARE_MAX: usize = 4;

/// The query key of the shortlist in a hand-off link: `/shortlist?s=…`.
pub const LINK_KEY: &str = "s";

/// The query key of the compared ids: `/compare?o=a!b`.
pub const COMPARE_KEY: &str = "o";

const ITEM_SEPARATOR: char = '!';
const NOTE_SEPARATOR: char = '*';

/// One saved opportunity and the person's note on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The opportunity's id.
    pub id: String,
    /// The note, at most [`NOTE_MAX_CHARS`] characters; empty for none.
    pub note: String,
}

/// Saved opportunities, in the order they were saved, each id once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shortlist {
    items: Vec<Item>,
}

/// A shortlist read from text, and how many parts of the text were left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Read {
    /// The items that could be read.
    pub shortlist: Shortlist,
    /// Parts left out: not well formed, repeated, or past [`MAX_ITEMS`].
    pub left_out: usize,
    /// Notes cut to [`NOTE_MAX_CHARS`].
    pub notes_cut: usize,
}

impl Shortlist {
    /// The items, in the order saved.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// How many items there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether the opportunity `id` is saved.
    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|item| item.id == id)
    }

    /// The note on `id`, if it is saved.
    pub fn note(&self, id: &str) -> Option<&str> {
        self.items
            .iter()
            .find(|item| item.id == id)
            .map(|item| item.note.as_str())
    }

    /// Saves `id` at the end, with no note; nothing when it is already saved, is
    /// empty, or the list is full.
    pub fn add(&mut self, id: &str) {
        if !id.is_empty() && !self.contains(id) && self.items.len() < MAX_ITEMS {
            self.items.push(Item {
                id: id.to_owned(),
                note: String::new(),
            });
        }
    }

    /// Removes `id`, with its note.
    pub fn remove(&mut self, id: &str) {
        self.items.retain(|item| item.id != id);
    }

    /// Saves `id` if it is not saved, removes it if it is. Returns whether it is
    /// saved now.
    pub fn toggle(&mut self, id: &str) -> bool {
        if self.contains(id) {
            self.remove(id);
            false
        } else {
            self.add(id);
            self.contains(id)
        }
    }

    /// Sets the note on a saved `id`, on one line (line breaks and other
    /// control characters become spaces) and cut to [`NOTE_MAX_CHARS`]; nothing
    /// when `id` is not saved.
    pub fn set_note(&mut self, id: &str, note: &str) {
        if let Some(item) = self.items.iter_mut().find(|item| item.id == id) {
            let line: String = note
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            item.note = cut_note(&line).0;
        }
    }

    /// Whether no more can be saved: the list holds [`MAX_ITEMS`].
    pub fn is_full(&self) -> bool {
        self.items.len() >= MAX_ITEMS
    }

    /// How many of `other`'s items [`Shortlist::merge`] would leave out
    /// because this list would be full: what to tell the person before they
    /// save a shared list.
    pub fn would_not_fit(&self, other: &Shortlist) -> usize {
        let new = other
            .items
            .iter()
            .filter(|item| !self.contains(&item.id))
            .count();
        new.saturating_sub(MAX_ITEMS.saturating_sub(self.items.len()))
    }

    /// Adds every item of `other` (a shortlist handed over by link): new ones at
    /// the end, in its order, while there is room (what will not fit,
    /// [`Shortlist::would_not_fit`] says beforehand); for one already here,
    /// `other`'s note replaces this one's when it has one, so nothing the
    /// sender wrote is lost.
    pub fn merge(&mut self, other: &Shortlist) {
        for item in &other.items {
            self.add(&item.id);
            if !item.note.is_empty() {
                self.set_note(&item.id, &item.note);
            }
        }
    }

    /// The text form, for local storage and the hand-off link's `s=` value.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for (at, item) in self.items.iter().enumerate() {
            if at > 0 {
                out.push(ITEM_SEPARATOR);
            }
            escape_into(&item.id, &mut out);
            if !item.note.is_empty() {
                out.push(NOTE_SEPARATOR);
                escape_into(&item.note, &mut out);
            }
        }
        escape_trailing_punctuation(&mut out);
        out
    }

    /// Reads the text form; see the module's documentation for what is left out.
    pub fn from_text(text: &str) -> Read {
        let mut read = Read::default();
        if text.is_empty() {
            return read;
        }
        for part in text.split(ITEM_SEPARATOR) {
            let (id, note) = part.split_once(NOTE_SEPARATOR).unwrap_or((part, ""));
            let (Some(id), Some(note)) = (unescape(id), unescape(note)) else {
                read.left_out += 1;
                continue;
            };
            let list = &mut read.shortlist;
            if id.is_empty() || list.contains(&id) || list.len() >= MAX_ITEMS {
                read.left_out += 1;
                continue;
            }
            let (note, cut) = cut_note(&note);
            read.notes_cut += usize::from(cut);
            list.items.push(Item { id, note });
        }
        read
    }

    /// The shortlist a hand-off link's raw query string (`s=…`, with or without
    /// its `?`) carries; `None` when it carries none. Read raw, not through the
    /// browser's decoding, which would take our `+` and `%` for its own.
    pub fn from_query(query: &str) -> Option<Read> {
        raw_value(query, LINK_KEY).map(Self::from_text)
    }

    /// The path of the hand-off link that carries this shortlist: `/shortlist?s=…`,
    /// or `/shortlist` when it is empty.
    pub fn link_path(&self) -> String {
        if self.is_empty() {
            "/shortlist".to_owned()
        } else {
            format!("/shortlist?{LINK_KEY}={}", self.to_text())
        }
    }
}

/// The path of the compare page for these ids, in order: `/compare?o=a!b`.
pub fn compare_path<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = format!("/compare?{COMPARE_KEY}=");
    for (at, id) in ids.into_iter().enumerate() {
        if at > 0 {
            out.push(ITEM_SEPARATOR);
        }
        escape_into(id, &mut out);
    }
    out
}

/// The ids a compare page's raw query string (`o=a!b`, with or without its
/// `?`) names, each once, at most [`COMPARE_MAX`]; bad parts are left out.
pub fn compare_ids(query: &str) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let value = raw_value(query, COMPARE_KEY).unwrap_or_default();
    for id in value.split(ITEM_SEPARATOR).filter_map(unescape) {
        if !id.is_empty() && !ids.contains(&id) && ids.len() < COMPARE_MAX {
            ids.push(id);
        }
    }
    ids
}

/// The raw value of `key` in a query string, as it was written.
fn raw_value<'q>(query: &'q str, key: &str) -> Option<&'q str> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    query
        .split('&')
        .find_map(|pair| pair.split_once('=').filter(|(k, _)| *k == key))
        .map(|(_, value)| value)
}

/// The note cut to [`NOTE_MAX_CHARS`] characters, and whether it was cut.
fn cut_note(note: &str) -> (String, bool) {
    match note.char_indices().nth(NOTE_MAX_CHARS) {
        Some((end, _)) => (note.get(..end).unwrap_or_default().to_owned(), true),
        None => (note.to_owned(), false),
    }
}

/// Whether a character is written as it is: see the module's documentation.
/// Control, format (bidirectional overrides), space and symbol characters beyond
/// ASCII are escaped, so a link never hides or reorders what it says.
fn kept(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || "-_.,:;()/?@".contains(c)
    } else {
        c.is_alphanumeric()
    }
}

fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        if kept(c) {
            out.push(c);
        } else if c == ' ' {
            out.push('+');
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
    }
}

/// Escapes the punctuation a link ends with (a note ending with a full stop, a
/// question mark or a bracket): chat apps and mail readers end a link they find
/// in text before such a character, which would cut it off the note.
fn escape_trailing_punctuation(out: &mut String) {
    if let Some(last) = out.pop() {
        if ".,:;()?".contains(last) {
            out.push_str(&format!("%{:02X}", u32::from(last)));
        } else {
            out.push(last);
        }
    }
}

/// The text of an escaped id or note; `None` when an escape is broken or the
/// bytes are not UTF-8. A browser may have escaped more than we did (the letters
/// beyond ASCII, say), and that reads the same.
fn unescape(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes().iter();
    while let Some(&byte) = rest.next() {
        match byte {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = hex(*rest.next()?)?;
                let low = hex(*rest.next()?)?;
                bytes.push(high << 4 | low);
            }
            _ => bytes.push(byte),
        }
    }
    let text = String::from_utf8(bytes).ok()?;
    // Control characters have no place in an id or a note.
    (!text.chars().any(char::is_control)).then_some(text)
}

fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[(&str, &str)]) -> Shortlist {
        let mut list = Shortlist::default();
        for (id, note) in items {
            list.add(id);
            list.set_note(id, note);
        }
        list
    }

    /// Saving keeps the order, each id once; removing takes the note with it.
    #[test]
    fn add_toggle_note_and_remove() {
        let mut l = Shortlist::default();
        l.add("cork-0002");
        assert!(l.toggle("cork-0001"));
        l.add("cork-0002");
        l.set_note("cork-0002", "Ask about the bus");
        l.set_note("not-saved", "ignored");
        let ids: Vec<&str> = l.items().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["cork-0002", "cork-0001"]);
        assert_eq!(l.note("cork-0002"), Some("Ask about the bus"));
        assert_eq!(l.note("not-saved"), None);
        assert!(!l.toggle("cork-0002"));
        l.add("cork-0002");
        assert_eq!(
            l.note("cork-0002"),
            Some(""),
            "a removed note does not come back"
        );
        l.remove("cork-0001");
        assert_eq!(l.len(), 1);
    }

    /// A note longer than the limit is cut, by characters, not bytes.
    #[test]
    fn notes_are_cut_to_the_limit() {
        let mut l = list(&[("a", "")]);
        let long = "ż".repeat(NOTE_MAX_CHARS + 5);
        l.set_note("a", &long);
        assert_eq!(l.note("a").map(|n| n.chars().count()), Some(NOTE_MAX_CHARS));
    }

    /// The text form reads back to the same shortlist, whatever the notes hold.
    #[test]
    fn the_text_form_reads_back() {
        let l = list(&[
            ("cork-0001", "Ask for Mary! 50% off * (Tue) a+b"),
            ("cork-0002", ""),
            ("cork_0003", "Zapytać o dojazd; الحافلة رقم ٥ — 公交车"),
            ("odd id/!*", "tab\there"),
        ]);
        let text = l.to_text();
        let read = Shortlist::from_text(&text);
        assert_eq!(read.left_out, 0, "{text}");
        assert_eq!(read.shortlist, l, "{text}");
        assert_eq!(l.note("odd id/!*"), Some("tab here"), "a note is one line");
        assert_eq!(
            list(&[("cork-0001", "Bring ID, 10:30 (Tue)")]).to_text(),
            "cork-0001*Bring+ID,+10:30+(Tue%29"
        );
        assert_eq!(Shortlist::default().to_text(), "");
        // A link found in a message ends before trailing punctuation: it is escaped.
        let ends = list(&[("a", "Is it free?"), ("b", "Bring ID (Tue).")]);
        assert_eq!(ends.to_text(), "a*Is+it+free?!b*Bring+ID+(Tue)%2E");
        assert_eq!(Shortlist::from_text(&ends.to_text()).shortlist, ends);
        assert_eq!(list(&[("a", "(1:1)")]).to_text(), "a*(1:1%29");
        assert!(Shortlist::from_text("").shortlist.is_empty());
    }

    /// Letters beyond ASCII stay as they are; bidirectional controls and
    /// other invisible characters are escaped; and a browser's fuller escaping
    /// reads the same.
    #[test]
    fn letters_stay_and_invisible_characters_are_escaped() {
        let text = list(&[("a", "Łódź \u{202E}x")]).to_text();
        assert_eq!(text, "a*Łódź+%E2%80%AEx");
        let escaped = Shortlist::from_query("?hl=pl&s=a*%C5%81%C3%B3d%C5%BA");
        assert_eq!(
            escaped.map(|r| r.shortlist.note("a").map(str::to_owned)),
            Some(Some("Łódź".to_owned()))
        );
        assert_eq!(Shortlist::from_query("?hl=pl"), None);
    }

    /// Bad parts are left out and counted, never a panic; the good ones stay.
    #[test]
    fn bad_parts_are_left_out_and_counted() {
        let read = Shortlist::from_text("a*ok!!b*%ZZ!a*again!c*%FF!d*%0A!e*%4!f");
        let ids: Vec<&str> = read
            .shortlist
            .items()
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "f"]);
        assert_eq!(read.left_out, 6);
        let long = format!("a*{}", "x".repeat(NOTE_MAX_CHARS * 3));
        let read = Shortlist::from_text(&long);
        assert_eq!(read.notes_cut, 1);
        assert_eq!(read.left_out, 0);
        let many: Vec<String> = (0..MAX_ITEMS + 3).map(|n| format!("id{n}")).collect();
        let read = Shortlist::from_text(&many.join("!"));
        assert_eq!((read.shortlist.len(), read.left_out), (MAX_ITEMS, 3));
    }

    /// Any text at all reads without a panic, and what is read writes back to
    /// text that reads the same.
    #[test]
    fn random_text_never_panics() {
        let alphabet: Vec<char> = "ab!*%+0F9z é\u{202E}\n".chars().collect();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..5_000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 24) as usize;
            for n in 0..len {
                let at = ((seed >> (n % 60)) as usize + n * 7) % alphabet.len();
                text.push(alphabet[at]);
            }
            let read = Shortlist::from_text(&text);
            let again = Shortlist::from_text(&read.shortlist.to_text());
            assert_eq!(again.shortlist, read.shortlist, "{text:?}");
            assert_eq!(again.left_out, 0, "{text:?}");
        }
    }

    /// A link handed over adds to the shortlist here; its notes win where they
    /// have something to say.
    #[test]
    fn merging_a_handed_over_shortlist() {
        let mut here = list(&[("a", "mine"), ("b", "keep")]);
        here.merge(&list(&[("b", ""), ("c", "new"), ("a", "theirs")]));
        assert_eq!(here, list(&[("a", "theirs"), ("b", "keep"), ("c", "new")]));
    }

    /// A shared list merged into a nearly full one: what fits is added, notes
    /// on items already here are still taken, and what is left out is counted,
    /// as said beforehand.
    #[test]
    fn merge_counts_what_does_not_fit() {
        let mut here = Shortlist::default();
        for n in 0..MAX_ITEMS - 2 {
            here.add(&format!("mine{n}"));
        }
        assert!(!here.is_full());
        let shared = list(&[
            ("mine0", "their note"),
            ("new1", "a"),
            ("new2", ""),
            ("new3", "b"),
            ("new4", ""),
        ]);
        assert_eq!(here.would_not_fit(&shared), 2);
        let before = here.len();
        here.merge(&shared);
        // Four new items, two added: the two said beforehand were left out.
        assert_eq!(here.len() - before, 4 - 2);
        assert!(here.is_full());
        assert_eq!(here.len(), MAX_ITEMS);
        assert_eq!(here.note("mine0"), Some("their note"));
        assert_eq!(here.note("new1"), Some("a"));
        assert!(here.contains("new2") && !here.contains("new3") && !here.contains("new4"));
        // Full: a list of items already here still fits whole.
        assert_eq!(
            here.would_not_fit(&list(&[("new1", "c"), ("mine5", "")])),
            0
        );
        here.merge(&list(&[("new1", "c")]));
        assert_eq!(here.len(), MAX_ITEMS);
        assert_eq!(here.note("new1"), Some("c"));
    }

    /// The hand-off link of ten demo ids with realistic sixty-character notes
    /// stays short enough for a QR code that scans from paper (under 800 bytes:
    /// QR version 22 at error correction M holds 779, 20 at L holds 858).
    /// Prints its length.
    #[test]
    fn ten_items_with_notes_make_a_short_link() {
        let notes = [
            "Ask for Mary at the desk, she runs it. Bring photo ID please",
            "Free, but book by phone first. Bus 208 stops right outside.",
            "Good for beginners. Starts again in January, ask for a place",
            "Step-free entrance at the side door on Grand Parade, 10:30.",
            "Brings her own laptop; the library lends one if needed too.",
            "Wants to practise English conversation before the job fair.",
            "Tuesday evenings suit best, childcare is on Tuesdays too.",
            "Call Seán on Monday to check there is still room this term.",
            "Level 2 after finishing the intro course here in the spring.",
            "Online only: needs help setting up the video call first (1:1)",
        ];
        let mut l = Shortlist::default();
        for (n, note) in notes.iter().enumerate() {
            let id = format!("cork-{:04}", 101 + n * 37);
            l.add(&id);
            l.set_note(&id, note);
        }
        let link = format!("https://learnlocal.example.org{}", l.link_path());
        println!("hand-off link of 10 items with notes: {} bytes", link.len());
        assert!(link.len() < 800, "{} bytes: {link}", link.len());
        assert_eq!(Shortlist::from_text(&l.to_text()).shortlist, l);
    }

    /// The compare path names ids in order; reading it keeps each id once, at
    /// most four, and leaves bad parts out.
    #[test]
    fn compare_paths() {
        assert_eq!(compare_path(["a", "b c"]), "/compare?o=a!b+c");
        assert_eq!(compare_ids("?o=a!b+c&hl=pl"), ["a", "b c"]);
        assert_eq!(compare_ids("o=a!a!%Z!b!c!d!e"), ["a", "b", "c", "d"]);
        assert!(compare_ids("").is_empty());
        assert!(compare_ids("?hl=pl").is_empty());
    }
}
