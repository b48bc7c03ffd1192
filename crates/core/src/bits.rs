//! Sets of record positions, one bit per record, for the search index.
//!
//! A set over 100,000 records is 12.5 KB; combining two is a loop over 64-bit
//! words, and counting one is a population count per word, so a filter group's
//! option counts cost a few thousand word operations instead of a pass over the
//! records. Must never panic: a position past the set's last word is ignored.

/// A set of positions below a fixed length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bits {
    words: Vec<u64>,
}

impl Bits {
    /// No position of `len`.
    pub(crate) fn none(len: usize) -> Self {
        Self {
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// Every position of `0..len`.
    pub(crate) fn all(len: usize) -> Self {
        let mut words = vec![u64::MAX; len.div_ceil(64)];
        if let Some(last) = words.last_mut()
            && !len.is_multiple_of(64)
        {
            *last = (1 << (len % 64)) - 1;
        }
        Self { words }
    }

    /// The positions of `0..len` for which `has` is true.
    pub(crate) fn from_fn(len: usize, mut has: impl FnMut(usize) -> bool) -> Self {
        let mut bits = Self::none(len);
        for (w, word) in bits.words.iter_mut().enumerate() {
            for b in 0..64 {
                let at = w * 64 + b;
                if at < len && has(at) {
                    *word |= 1 << b;
                }
            }
        }
        bits
    }

    /// Adds a position.
    pub(crate) fn insert(&mut self, at: usize) {
        if let Some(word) = self.words.get_mut(at / 64) {
            *word |= 1 << (at % 64);
        }
    }

    /// True when the set holds `at`.
    pub(crate) fn contains(&self, at: usize) -> bool {
        self.words
            .get(at / 64)
            .is_some_and(|w| w & (1 << (at % 64)) != 0)
    }

    /// Keeps only the positions also in `other`.
    pub(crate) fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    /// Adds the positions of `other`.
    pub(crate) fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    /// How many positions the set holds.
    pub(crate) fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// How many positions are in both sets.
    pub(crate) fn count_and(&self, other: &Bits) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    /// How many positions are in this set and `other` but not in `not`.
    pub(crate) fn count_and_not(&self, other: &Bits, not: &Bits) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .zip(&not.words)
            .map(|((a, b), n)| (a & b & !n).count_ones() as usize)
            .sum()
    }

    /// True when the set holds nothing.
    pub(crate) fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    /// The positions, in increasing order.
    pub(crate) fn ones(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let b = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                Some(w * 64 + b)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sets hold what was put in, combine word by word and count exactly, at
    /// lengths on both sides of a word's end.
    #[test]
    fn sets_combine_and_count() {
        for len in [0, 1, 63, 64, 65, 130] {
            let odd = Bits::from_fn(len, |i| i % 2 == 1);
            let threes = Bits::from_fn(len, |i| i % 3 == 0);
            let want = |f: &dyn Fn(usize) -> bool| (0..len).filter(|&i| f(i)).collect::<Vec<_>>();
            assert_eq!(odd.ones().collect::<Vec<_>>(), want(&|i| i % 2 == 1));
            assert!((0..len + 70).all(|i| odd.contains(i) == (i < len && i % 2 == 1)));
            assert_eq!(odd.count(), len / 2);
            assert_eq!(
                odd.count_and(&threes),
                want(&|i| i % 2 == 1 && i % 3 == 0).len()
            );
            assert_eq!(
                odd.count_and_not(&Bits::from_fn(len, |_| true), &threes),
                want(&|i| i % 2 == 1 && i % 3 != 0).len()
            );
            let mut both = odd.clone();
            both.and_with(&threes);
            assert_eq!(both.count(), odd.count_and(&threes));
            let mut either = odd.clone();
            either.or_with(&threes);
            assert_eq!(
                either.ones().collect::<Vec<_>>(),
                want(&|i| i % 2 == 1 || i % 3 == 0)
            );
            let mut one = Bits::none(len);
            one.insert(len.saturating_sub(1));
            one.insert(len + 64);
            assert_eq!(one.count(), usize::from(len > 0));
            assert!(Bits::none(len).is_empty());
            assert_eq!(Bits::all(len), Bits::from_fn(len, |_| true));
        }
    }
}
