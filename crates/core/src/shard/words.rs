//! A shard's words, summarised so that search text can rule the shard out
//! without its vocabulary: a Bloom filter of short keys taken from the start of
//! every word, which may say "maybe" for a word the shard lacks but never "no"
//! for one it has.
//!
//! The finder matches a query word when a record word starts with it, or, for
//! query words of five letters or more, when it is one edit (a letter added,
//! dropped, changed, or two neighbours swapped) from a start of a record word
//! (`text::score`). The keys catch both:
//!
//! - every start of one to three letters of every word (`p` keys): a query word
//!   of up to three letters is looked up as itself;
//! - for words of four letters or more, the first four letters with one of them
//!   left out, four keys of three letters (`d` keys): a query word of four letters
//!   or more is looked up by its own four such keys, and matches only if one is
//!   there. A start of a record word one edit from the query word shares a key
//!   with it: an edit in the first four letters is undone by leaving out the
//!   letter changed, added or swapped (or the fourth, for a dropped one), and an
//!   edit after them leaves the four letters equal.

use crate::text::SearchDoc;
use serde::{Deserialize, Serialize};

/// The most bits a summary has: 2,048 bits are 512 hex digits in the index.
/// A shard with more keys says "maybe" more often; it is never wrong.
const MAX_BITS: usize = 2048;
/// The fewest bits, for a shard of a few words.
const MIN_BITS: usize = 64;
/// Bits per key below the cap: about a 5% false "maybe" with two hashes.
const BITS_PER_KEY: usize = 8;

/// The Bloom filter, as hex digits (four bits each, lowest bit first); empty
/// for a shard with no words, which no text matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WordSummary(String);

/// The keys of one folded record word.
fn word_keys(word: &str, mut key: impl FnMut(&str)) {
    let chars: Vec<char> = word.chars().take(4).collect();
    let mut buffer = String::new();
    for end in 1..=chars.len().min(3) {
        buffer.clear();
        buffer.push('p');
        buffer.extend(chars.iter().take(end));
        key(&buffer);
    }
    if chars.len() == 4 {
        for left_out in 0..4 {
            deletion_key(&chars, left_out, &mut buffer);
            key(&buffer);
        }
    }
}

/// `d` and the first four letters without letter `left_out`.
fn deletion_key(chars: &[char], left_out: usize, buffer: &mut String) {
    buffer.clear();
    buffer.push('d');
    buffer.extend(
        chars
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != left_out)
            .map(|(_, c)| c),
    );
}

/// FNV-1a, 64 bits: two bit positions from one hash.
fn hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn positions(key: &str, bits: usize) -> [usize; 2] {
    let h = hash(key);
    let mask = bits.saturating_sub(1) as u64;
    [(h & mask) as usize, ((h >> 32) & mask) as usize]
}

impl WordSummary {
    /// The summary of the records' searchable text.
    pub(crate) fn of<'a>(docs: impl Iterator<Item = &'a SearchDoc>) -> Self {
        let mut keys: Vec<String> = Vec::new();
        for doc in docs {
            for (_, word) in doc.words() {
                word_keys(word, |k| keys.push(k.to_owned()));
            }
        }
        crate::sorted::sort_dedup(&mut keys);
        if keys.is_empty() {
            return Self::default();
        }
        let bits = (keys.len() * BITS_PER_KEY)
            .next_power_of_two()
            .clamp(MIN_BITS, MAX_BITS);
        let mut nibbles = vec![0_u8; bits / 4];
        for key in &keys {
            for at in positions(key, bits) {
                if let Some(n) = nibbles.get_mut(at / 4) {
                    *n |= 1 << (at % 4);
                }
            }
        }
        Self(
            nibbles
                .into_iter()
                .map(|n| char::from_digit(u32::from(n), 16).unwrap_or('0'))
                .collect(),
        )
    }

    fn bit(&self, at: usize) -> bool {
        self.0
            .as_bytes()
            .get(at / 4)
            .and_then(|&d| char::from(d).to_digit(16))
            .is_some_and(|n| n & (1 << (at % 4)) != 0)
    }

    fn has(&self, key: &str) -> bool {
        let bits = self.0.len() * 4;
        bits > 0 && positions(key, bits).into_iter().all(|at| self.bit(at))
    }

    /// False only when no word of the shard can match the folded query word
    /// `word`, at its start or with one typo.
    pub fn may_match(&self, word: &str) -> bool {
        let chars: Vec<char> = word.chars().take(4).collect();
        if chars.len() < 4 {
            let mut key = String::from("p");
            key.extend(&chars);
            return chars.is_empty() || self.has(&key);
        }
        let mut buffer = String::new();
        (0..4).any(|left_out| {
            deletion_key(&chars, left_out, &mut buffer);
            self.has(&buffer)
        })
    }
}
