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
use std::collections::HashSet;

/// The most bits a summary has (8 KB); a shard with more keys says "maybe"
/// more often, and is never wrong.
const MAX_BITS: usize = 1 << 16;
/// The fewest bits, for a shard of a few words.
const MIN_BITS: usize = 64;
/// Bits per key below the cap: with three hashes, about 2% of the keys a
/// shard lacks seem to be there.
const BITS_PER_KEY: usize = 10;
/// Bits set per key.
const HASHES: u64 = 3;

/// The Bloom filter, as hex digits (four bits each, lowest bit first); empty
/// for a shard with no words, which no text matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WordSummary(String);

/// FNV-1a, 64 bits, of a tag and some letters: a key, hashed without being
/// written out.
fn key_hash(tag: u8, letters: impl Iterator<Item = char>) -> u64 {
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    let mut h = step(0xcbf2_9ce4_8422_2325, tag);
    let mut utf8 = [0_u8; 4];
    for c in letters {
        for &b in c.encode_utf8(&mut utf8).as_bytes() {
            h = step(h, b);
        }
    }
    h
}

/// The first four letters of a word without letter `left_out`, hashed.
fn deletion_key(letters: &[char], left_out: usize) -> u64 {
    key_hash(
        b'd',
        letters
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != left_out)
            .map(|(_, c)| *c),
    )
}

/// The keys of one folded record word.
fn word_keys(word: &str, mut key: impl FnMut(u64)) {
    let mut letters = ['\0'; 4];
    let mut len = 0;
    for (slot, c) in letters.iter_mut().zip(word.chars()) {
        *slot = c;
        len += 1;
    }
    let letters = letters.get(..len).unwrap_or_default();
    for end in 1..=len.min(3) {
        key(key_hash(b'p', letters.iter().take(end).copied()));
    }
    if len == 4 {
        for left_out in 0..4 {
            key(deletion_key(letters, left_out));
        }
    }
}

/// The bits a key sets, by double hashing.
fn positions(hash: u64, bits: usize) -> impl Iterator<Item = usize> {
    let (h1, h2) = (hash & 0xffff_ffff, (hash >> 32) | 1);
    let bits = bits.max(1) as u64;
    (0..HASHES).map(move |i| (h1.wrapping_add(i.wrapping_mul(h2)) % bits) as usize)
}

impl WordSummary {
    /// The summary of the records' searchable text.
    pub(crate) fn of<'a>(docs: impl Iterator<Item = &'a SearchDoc>) -> Self {
        let mut keys: HashSet<u64> = HashSet::new();
        for doc in docs {
            for (_, word) in doc.words() {
                word_keys(word, |k| {
                    keys.insert(k);
                });
            }
        }
        if keys.is_empty() {
            return Self::default();
        }
        let bits = (keys.len() * BITS_PER_KEY)
            .next_power_of_two()
            .clamp(MIN_BITS, MAX_BITS);
        let mut nibbles = vec![0_u8; bits / 4];
        // The order keys are met in does not matter: bits are only ever set.
        for &key in &keys {
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

    fn has(&self, key: u64) -> bool {
        let bits = self.0.len() * 4;
        bits > 0 && positions(key, bits).all(|at| self.bit(at))
    }

    /// False only when no word of the shard can match the folded query word
    /// `word`, at its start or with one typo.
    pub fn may_match(&self, word: &str) -> bool {
        let letters: Vec<char> = word.chars().take(4).collect();
        if letters.len() < 4 {
            return letters.is_empty() || self.has(key_hash(b'p', letters.iter().copied()));
        }
        (0..4).any(|left_out| self.has(deletion_key(&letters, left_out)))
    }
}
