//! The distinct words of every record's searchable text, each with the records
//! it occurs in, so that a typed word finds its records through the vocabulary
//! (thousands of words) instead of through every record.
//!
//! A query word's word-start matches are one contiguous run of the sorted
//! vocabulary, found by binary search; its one-typo matches are found by testing
//! each vocabulary word with the scorer's own typo test. The records found are
//! exactly those [`crate::text::score`] matches, and only they need scoring.
//! Must never panic, whatever the text.

use crate::bits::Bits;
use crate::text::{Query, SearchDoc};
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
    /// How many records were indexed.
    len: usize,
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
            for word in doc.words() {
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
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_unstable_by(|a, b| words.get(*a).cmp(&words.get(*b)));
        let mut index = WordIndex {
            len,
            ..WordIndex::default()
        };
        // Where each word's records start, by id.
        let mut fill = vec![0_usize; words.len()];
        let mut total = 0_usize;
        for &id in &order {
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
        last.iter_mut().for_each(|seen| *seen = 0);
        for (r, doc) in docs.enumerate() {
            for word in doc.words() {
                let Some(&id) = ids.get(word) else { continue };
                if let (Some(seen), Some(at)) = (last.get_mut(id), fill.get_mut(id))
                    && *seen != r + 1
                {
                    *seen = r + 1;
                    if let Some(slot) = index.records.get_mut(*at) {
                        *slot = r as u32;
                    }
                    *at += 1;
                }
            }
        }
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

    /// Adds the records of word `j` to `found`.
    fn add_records(&self, j: usize, found: &mut Bits) {
        let start = j
            .checked_sub(1)
            .and_then(|i| self.record_ends.get(i))
            .map_or(0, |&e| e as usize);
        let end = self.record_ends.get(j).map_or(start, |&e| e as usize);
        for &r in self.records.get(start..end).unwrap_or_default() {
            found.insert(r as usize);
        }
    }

    /// The records in which every word of the query matches some word, at its
    /// start or with one typo: those [`crate::text::score`] scores. Every record
    /// for an empty query.
    pub(crate) fn matching(&self, query: &Query) -> Bits {
        let mut result: Option<Bits> = None;
        let words = self.word_count();
        for (i, q) in query.words().enumerate() {
            let mut found = Bits::none(self.len);
            // Words that start with `q` sort together, from the first not below it.
            let first = partition(words, |j| self.word(j) < q);
            let run = partition(words - first, |k| self.word(first + k).starts_with(q));
            for j in first..first + run {
                self.add_records(j, &mut found);
            }
            for j in (0..first).chain(first + run..words) {
                if query.typo_matches(i, self.word(j)) {
                    self.add_records(j, &mut found);
                }
            }
            match &mut result {
                None => result = Some(found),
                Some(all) => all.and_with(&found),
            }
            if result.as_ref().is_some_and(Bits::is_empty) {
                break;
            }
        }
        result.unwrap_or_else(|| Bits::from_fn(self.len, |_| true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Field, score};

    /// For many queries, prefixes and typos included, the records the index finds
    /// are exactly those the scorer scores.
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
            let want: Vec<usize> = (0..docs.len())
                .filter(|&r| score(&query, &docs[r]).is_some())
                .collect();
            let got: Vec<usize> = index.matching(&query).ones().collect();
            assert_eq!(got, want, "{q:?}");
        }
    }
}
