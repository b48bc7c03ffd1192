//! The reader's first pass: how many venues and opportunities a catalogue's
//! text lists, counted by scanning its bytes, so that the second pass (serde)
//! gives each list the room it needs at once.
//!
//! The counts are only room to reserve, never trusted for anything else: a
//! text this scan misjudges (a list's key written with escapes, say) is read
//! just as well, into lists that grow as they go. The scan keeps no text and
//! types nothing, so it costs a small part of what typing the text costs; the
//! serde pass it replaced, ignoring every value, took about a third of the
//! reading.

use std::io::Read;

/// How many records each list of a catalogue has.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Lengths {
    /// Elements of the top-level `venues` list.
    pub venues: usize,
    /// Elements of the top-level `opportunities` list.
    pub opportunities: usize,
}

/// The longest key worth keeping while scanning: "opportunities".
const KEY_MAX: usize = 16;

/// Which top-level list the scan is in, if one it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Venues,
    Opportunities,
}

/// Counts the elements of the top-level object's `venues` and `opportunities`
/// lists in JSON text. A text that is not JSON gives some count, never an
/// error: the second pass reports it.
pub(super) fn count_lists(mut text: impl Read) -> Lengths {
    let mut scan = Scan::default();
    let mut buffer = vec![0; 16 * 1024];
    loop {
        match text.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => buffer
                .get(..n)
                .into_iter()
                .flatten()
                .for_each(|&b| scan.byte(b)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    scan.lengths
}

/// The scan's state between bytes.
#[derive(Debug, Default)]
struct Scan {
    lengths: Lengths,
    /// Objects and arrays open around the current byte.
    depth: u32,
    in_string: bool,
    /// The previous byte was a backslash inside a string.
    escaped: bool,
    /// The last string closed directly in the top-level object, while it is
    /// short enough to be a key that matters (else `None`).
    last: Option<([u8; KEY_MAX], usize)>,
    /// The key of the top-level value being read.
    key: Option<List>,
    /// The top-level list being counted.
    list: Option<List>,
    /// In a counted list, after its `[` or a `,`: the next value starts an element.
    expect_element: bool,
}

impl Scan {
    fn byte(&mut self, b: u8) {
        if self.in_string {
            self.string_byte(b);
            return;
        }
        if self.list.is_some()
            && self.depth == 2
            && self.expect_element
            && !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']')
        {
            self.count();
            self.expect_element = false;
        }
        match b {
            b'"' => {
                self.in_string = true;
                if self.depth == 1 {
                    self.last = Some(([0; KEY_MAX], 0));
                }
            }
            b'{' | b'[' => {
                self.depth += 1;
                if b == b'[' && self.depth == 2 {
                    self.list = self.key;
                    self.expect_element = self.list.is_some();
                }
            }
            b'}' | b']' => {
                if self.depth == 2 {
                    self.list = None;
                    self.expect_element = false;
                }
                self.depth = self.depth.saturating_sub(1);
            }
            b':' if self.depth == 1 => {
                self.key = match self.last.take() {
                    Some((key, len)) => match key.get(..len) {
                        Some(b"venues") => Some(List::Venues),
                        Some(b"opportunities") => Some(List::Opportunities),
                        _ => None,
                    },
                    None => None,
                };
            }
            b',' if self.depth == 2 && self.list.is_some() => self.expect_element = true,
            _ => {}
        }
    }

    fn string_byte(&mut self, b: u8) {
        if self.escaped {
            self.escaped = false;
            // An escape in a key: it is no key this scan looks for.
            self.last = None;
            return;
        }
        match b {
            b'\\' => self.escaped = true,
            b'"' => self.in_string = false,
            _ => {
                if let Some((key, len)) = &mut self.last {
                    match key.get_mut(*len) {
                        Some(slot) => {
                            *slot = b;
                            *len += 1;
                        }
                        None => self.last = None,
                    }
                }
            }
        }
    }

    fn count(&mut self) {
        match self.list {
            Some(List::Venues) => self.lengths.venues += 1,
            Some(List::Opportunities) => self.lengths.opportunities += 1,
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(text: &str) -> (usize, usize) {
        let l = count_lists(text.as_bytes());
        (l.venues, l.opportunities)
    }

    #[test]
    fn counts_the_two_top_level_lists() {
        let text = r#"{"name": "x", "venues": [{"id": "a"}, {"id": "b"}],
            "opportunities": [ {"id": "1", "skills": ["a", "b", "c"]},
            {"id": "2", "venues": [1, 2, 3]} , {"id": "3"} ]}"#;
        assert_eq!(count(text), (2, 3));
    }

    #[test]
    fn empty_and_missing_lists_count_nothing() {
        assert_eq!(count(r#"{"venues": [], "opportunities": [ ]}"#), (0, 0));
        assert_eq!(count(r#"{"name": "venues"}"#), (0, 0));
        assert_eq!(count(""), (0, 0));
    }

    #[test]
    fn brackets_quotes_and_escapes_inside_strings_are_text() {
        let text = r#"{"opportunities": [
            {"title": "a [b], {c}", "summary": "say \"hi\", \\"},
            {"title": "\\\"], [\"", "x": "]"},
            "stray, value"
        ]}"#;
        assert_eq!(count(text), (0, 3));
    }

    #[test]
    fn only_top_level_keys_name_the_lists() {
        // "venues" as a value, and as a key deeper down, is not the list.
        let text = r#"{"note": "venues", "x": {"venues": [1, 2]},
            "opportunities": [{"venues": [1, 2, 3]}], "venues": [1]}"#;
        assert_eq!(count(text), (1, 1));
    }

    #[test]
    fn elements_of_any_kind_count() {
        assert_eq!(
            count(r#"{"venues": [1, "two", null, [3], {"a": [4]}, true]}"#),
            (6, 0)
        );
    }

    #[test]
    fn counts_the_demo_catalogue_as_serde_does() {
        let text = include_str!("../../../../data/catalogue.json");
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let len = |key: &str| value[key].as_array().map_or(0, Vec::len);
        assert_eq!(count(text), (len("venues"), len("opportunities")));
        // Read a few bytes at a time, as a stream gives them.
        struct Trickle<'a>(&'a [u8]);
        impl Read for Trickle<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = buf.len().min(self.0.len()).min(7);
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let l = count_lists(Trickle(text.as_bytes()));
        assert_eq!(
            (l.venues, l.opportunities),
            (len("venues"), len("opportunities"))
        );
    }
}
