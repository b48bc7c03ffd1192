//! The distinct words of every record's searchable text, each with the records
//! it occurs in, so that a typed word finds its records through the vocabulary
//! (thousands of words) instead of through every record.
//!
//! A query word's word-start matches are one contiguous run of the sorted
//! vocabulary, found by binary search; its one-typo matches are found by testing
//! each vocabulary word with the scorer's own typo test. Each record of a word
//! carries the fields the word is in, so the records' scores are worked out
//! from the postings alone, by [`crate::text::score`]'s rule: the records found
//! and their scores are exactly the scorer's. Must never panic, whatever the text.

use crate::bits::Bits;
use crate::text::{
    ALL_IN_TITLE_BONUS, EXACT_BONUS, Field, PREFIX_BONUS, Query, SearchDoc, TYPO_BONUS,
};
use std::collections::HashMap;

/// The vocabulary and its postings, compactly: one string and three vectors of
/// 32-bit numbers, whatever the number of words.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordIndex {
    /// The distinct words in byte order, one after another.
    text: String,
    /// Where each word ends in `text`.
    word_ends: Vec<u32>,
    /// Where each word's records end in `records`.
    record_ends: Vec<u32>,
    /// Each word's records (positions in the catalogue), in increasing order.
    records: Vec<u32>,
    /// Beside each of `records`, the fields the word is in there: bit `i` for
    /// `Field::ALL[i]`.
    fields: Vec<u8>,
    /// How many records were indexed.
    len: usize,
}

#[cfg(test)]
impl WordIndex {
    /// The bytes the index holds, for the memory figures.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.len()
            + 4 * (self.word_ends.len() + self.record_ends.len() + self.records.len())
            + self.fields.len()
    }
}

/// The number of `0..n` for which `before` is true, when it is true for a first
/// run and false after it (a binary search).
fn partition(n: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

impl WordIndex {
    /// Indexes the records' words; `docs` is walked twice (count, then fill), so
    /// nothing is allocated beyond the index itself and the word table.
    pub(crate) fn new<'a>(docs: impl Iterator<Item = &'a SearchDoc> + Clone) -> Self {
        // Word ids in the order met, how many records each is in, and the last
        // record (plus one) counted for each, as a word may be in several fields.
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut words: Vec<&str> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut last: Vec<usize> = Vec::new();
        let mut len = 0;
        for (r, doc) in docs.clone().enumerate() {
            len = r + 1;
            for (_, word) in doc.words() {
                let id = *ids.entry(word).or_insert_with(|| {
                    words.push(word);
                    counts.push(0);
                    last.push(0);
                    words.len() - 1
                });
                if let (Some(seen), Some(n)) = (last.get_mut(id), counts.get_mut(id))
                    && *seen != r + 1
                {
                    *seen = r + 1;
                    *n += 1;
                }
            }
        }
        let order =
            crate::sorted::order_of(words.len(), &mut |a, b| words.get(a).cmp(&words.get(b)));
        let mut index = WordIndex {
            len,
            ..WordIndex::default()
        };
        // Where each word's records start, by id.
        let mut fill = vec![0_usize; words.len()];
        let mut total = 0_usize;
        for id in order.iter().map(|&id| id as usize) {
            index
                .text
                .push_str(words.get(id).copied().unwrap_or_default());
            index.word_ends.push(index.text.len() as u32);
            if let Some(start) = fill.get_mut(id) {
                *start = total;
            }
            total += counts.get(id).copied().unwrap_or(0) as usize;
            index.record_ends.push(total as u32);
        }
        index.records = vec![0; total];
        index.fields = vec![0; total];
        last.iter_mut().for_each(|seen| *seen = 0);
        for (r, doc) in docs.enumerate() {
            for (field, word) in doc.words() {
                let Some(&id) = ids.get(word) else { continue };
                let bit = 1_u8 << Field::ALL.iter().position(|f| *f == field).unwrap_or(0);
                let (Some(seen), Some(at)) = (last.get_mut(id), fill.get_mut(id)) else {
                    continue;
                };
                if *seen != r + 1 {
                    *seen = r + 1;
                    if let Some(slot) = index.records.get_mut(*at) {
                        *slot = r as u32;
                    }
                    *at += 1;
                }
                // The word's record is the last one filled: add this field to it.
                if let Some(fields) = at.checked_sub(1).and_then(|i| index.fields.get_mut(i)) {
                    *fields |= bit;
                }
            }
        }
        // The vocabulary grew word by word: give back what doubling left unused.
        index.text.shrink_to_fit();
        index.word_ends.shrink_to_fit();
        index.record_ends.shrink_to_fit();
        index
    }

    /// How many distinct words there are.
    fn word_count(&self) -> usize {
        self.word_ends.len()
    }

    /// Word `j` in byte order.
    fn word(&self, j: usize) -> &str {
        let start = j
            .checked_sub(1)
            .and_then(|i| self.word_ends.get(i))
            .map_or(0, |&e| e as usize);
        let end = self.word_ends.get(j).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or_default()
    }

    /// The records of word `j`, each with the fields it is in there.
    fn postings(&self, j: usize) -> impl Iterator<Item = (usize, u8)> + '_ {
        let start = j
            .checked_sub(1)
            .and_then(|i| self.record_ends.get(i))
            .map_or(0, |&e| e as usize);
        let end = self.record_ends.get(j).map_or(start, |&e| e as usize);
        let records = self.records.get(start..end).unwrap_or_default();
        let fields = self.fields.get(start..end).unwrap_or_default();
        records.iter().zip(fields).map(|(&r, &f)| (r as usize, f))
    }

    /// The records in which every word of the query matches some word, at its
    /// start or with one typo, and their scores: exactly what
    /// [`crate::text::score`] gives each record (`None` for a record it does
    /// not match).
    pub(crate) fn matching(&self, query: &Query) -> TextMatch {
        let words = self.word_count();
        let mut out = TextMatch {
            matched: Bits::all(self.len),
            in_title: Bits::all(self.len),
            total: vec![0; self.len],
        };
        if query.is_empty() {
            out.in_title = Bits::none(self.len);
        }
        // Per record, the best match of the query word at hand.
        let mut best = vec![0_u8; self.len];
        for (i, q) in query.words().enumerate() {
            let mut found = Bits::none(self.len);
            let mut in_title = Bits::none(self.len);
            let mut take = |j: usize, kind: u32| {
                for (r, fields) in self.postings(j) {
                    // Fields come in rank order: the first the word is in weighs most.
                    let field = Field::ALL.get(fields.trailing_zeros() as usize);
                    let value = field.map_or(0, |f| f.weight() * kind) as u8;
                    if let Some(b) = best.get_mut(r) {
                        *b = (*b).max(value);
                    }
                    found.insert(r);
                    if fields & 1 != 0 {
                        in_title.insert(r);
                    }
                }
            };
            // Words that start with `q` sort together, from the first not below it.
            let first = partition(words, |j| self.word(j) < q);
            let run = partition(words - first, |k| self.word(first + k).starts_with(q));
            for j in first..first + run {
                take(
                    j,
                    if self.word(j) == q {
                        EXACT_BONUS
                    } else {
                        PREFIX_BONUS
                    },
                );
            }
            let others = if query.forgives_typo(i) { words } else { 0 };
            for j in (0..first.min(others)).chain(first + run..others) {
                if query.typo_matches(i, self.word(j)) {
                    take(j, TYPO_BONUS);
                }
            }
            for r in found.ones() {
                if let (Some(b), Some(t)) = (best.get_mut(r), out.total.get_mut(r)) {
                    *t = t.saturating_add(u32::from(*b));
                    *b = 0;
                }
            }
            out.matched.and_with(&found);
            out.in_title.and_with(&in_title);
            if out.matched.is_empty() {
                break;
            }
        }
        out
    }
}

/// The records a query matches, and how well.
pub(crate) struct TextMatch {
    /// The records in which every query word matches.
    pub(crate) matched: Bits,
    /// The records in which every query word matches in the title.
    in_title: Bits,
    /// Per record, the sum of each query word's best match.
    total: Vec<u32>,
}

impl TextMatch {
    /// The score of record `r`, if the query matches it.
    pub(crate) fn score(&self, r: usize) -> Option<u32> {
        let total = *self.total.get(r).filter(|_| self.matched.contains(r))?;
        Some(if self.in_title.contains(r) {
            total.saturating_add(ALL_IN_TITLE_BONUS)
        } else {
            total
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::score;

    /// For many queries, prefixes and typos included, the records the index finds
    /// are exactly those the scorer scores, with the same scores.
    #[test]
    fn finds_exactly_what_the_scorer_scores() {
        let texts = [
            (
                "Computers for beginners",
                "Learn e-mail and the web",
                "Age Action",
            ),
            ("Community gardening", "Grow food together", "Library"),
            (
                "Café des langues",
                "Conversation in French",
                "Central Library",
            ),
            ("Trip to Łódź", "", "O’Brien Hall"),
            ("", "", ""),
            ("Computr clinic", "computers computers", "Comp Ltd"),
        ];
        let docs: Vec<SearchDoc> = texts
            .iter()
            .map(|(t, s, v)| {
                SearchDoc::new([(Field::Title, *t), (Field::Summary, *s), (Field::Venue, *v)])
            })
            .collect();
        let index = WordIndex::new(docs.iter());
        for q in [
            "",
            "c",
            "co",
            "com",
            "comp",
            "compu",
            "comput",
            "computr",
            "compuetrs",
            "libary",
            "lodz",
            "łódź",
            "email",
            "e-mail",
            "mail",
            "obrien",
            "gardenign",
            "comp lib",
            "zzz",
            "cafe conversation",
            "a",
            "ltd",
        ] {
            let query = Query::parse(q);
            let want: Vec<Option<u32>> = docs.iter().map(|d| score(&query, d)).collect();
            let found = index.matching(&query);
            let got: Vec<Option<u32>> = (0..docs.len()).map(|r| found.score(r)).collect();
            assert_eq!(got, want, "{q:?}");
        }
    }
}
