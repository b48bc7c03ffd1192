//! Small ordered sets and maps kept in one sorted vector.
//!
//! The filters' choices and the option counts are sets and maps of a handful to a
//! few dozen entries, one type per filter group. `BTreeSet` and `BTreeMap` would
//! compile their node code once per type into the app (about 50 KB of the wasm);
//! a sorted vector needs only a binary search and `Vec::insert`, and iterates in
//! the same order.

use std::fmt;

/// Sorts a short slice in place, stably: an insertion sort, whose code is a few
/// hundred bytes per element type where the standard library's sorts are several
/// kilobytes each. For the lists of a schedule, a calendar file or the ways to
/// widen a search (tens of items); never for a list that grows with the catalogue.
pub fn sort_small_by<T>(items: &mut [T], mut order: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 {
            let (Some(before), Some(this)) = (items.get(at - 1), items.get(at)) else {
                break;
            };
            if order(before, this) != std::cmp::Ordering::Greater {
                break;
            }
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// [`sort_small_by`] in the values' own order.
pub fn sort_small<T: Ord>(items: &mut [T]) {
    sort_small_by(items, T::cmp);
}

/// The stable order of `n` items: their positions, sorted by `order` and, among
/// equals, by position.
///
/// Not generic: the standard library's sort is compiled once for `u32` positions
/// and a `dyn` comparison, and [`sort_by`] and [`sort`] share it, where each call
/// of `slice::sort_by` would compile another copy of several kilobytes into the app.
/// For lists that grow with the catalogue (the results, titles, sessions).
pub fn order_of(n: usize, order: &mut dyn FnMut(usize, usize) -> std::cmp::Ordering) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..n as u32).collect();
    positions.sort_unstable_by(|&a, &b| order(a as usize, b as usize).then(a.cmp(&b)));
    positions
}

/// Sorts a vector stably, by [`order_of`].
pub fn sort_by<T>(items: &mut Vec<T>, mut order: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    let positions = {
        let list: &[T] = items;
        order_of(list.len(), &mut |a, b| match (list.get(a), list.get(b)) {
            (Some(a), Some(b)) => order(a, b),
            _ => std::cmp::Ordering::Equal,
        })
    };
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        positions
            .iter()
            .filter_map(|&at| taken.get_mut(at as usize).and_then(Option::take)),
    );
}

/// [`sort_by`] the key each item gives.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// [`sort_by`] in the values' own order, then without duplicates.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
    items.dedup();
}

/// An ordered set: a vector kept sorted, without duplicates.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct SortedSet<T>(Vec<T>);

impl<T> SortedSet<T> {
    /// An empty set.
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// How many values it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The values, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// Removes every value.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// The smallest value.
    pub fn first(&self) -> Option<&T> {
        self.0.first()
    }
}

impl<T: Ord> SortedSet<T> {
    /// Whether `value` is in the set.
    pub fn contains<Q>(&self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.binary_search_by(|v| v.borrow().cmp(value)).is_ok()
    }

    /// Adds `value`; `false` if it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; `false` if it was not there.
    pub fn remove<Q>(&mut self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        match self.0.binary_search_by(|v| v.borrow().cmp(value)) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }
}

impl<T> Default for SortedSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for SortedSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(&self.0).finish()
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    /// Inserted one by one, not sorted: sets here are small, and a sort would
    /// compile once more per type.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        set.extend(iter);
        set
    }
}

impl<T: Ord> Extend<T> for SortedSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for SortedSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a SortedSet<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for SortedSet<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// An ordered map: a vector of entries kept sorted by key, without duplicate keys.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<K, V>(Vec<(K, V)>);

impl<K, V> SortedMap<K, V> {
    /// An empty map.
    pub const fn new() -> Self {
        Self(Vec::new())
    }

    /// How many entries it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &K> + ExactSizeIterator {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values, in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    fn find<Q>(&self, key: &Q) -> Result<usize, usize>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// The value for `key`.
    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        let at = self.find(key).ok()?;
        self.0.get(at).map(|(_, v)| v)
    }

    /// The value for `key`, to change.
    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        let at = self.find(key).ok()?;
        self.0.get_mut(at).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: std::borrow::Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.find(key).is_ok()
    }

    /// Sets the value for `key`, returning the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .0
                .get_mut(at)
                .map(|(_, old)| std::mem::replace(old, value)),
            Err(at) => {
                self.0.insert(at, (key, value));
                None
            }
        }
    }
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Later entries replace earlier ones with the same key, as in a `BTreeMap`.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut map = Self::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<K, V> IntoIterator for SortedMap<K, V> {
    type Item = (K, V);
    type IntoIter = std::vec::IntoIter<(K, V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Indexing by key, as with a `BTreeMap`, for tests only: code outside tests must
/// say what happens when a key is missing.
#[cfg(test)]
impl<K: Ord + std::borrow::Borrow<Q>, V, Q: Ord + ?Sized> std::ops::Index<&Q> for SortedMap<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(value) => value,
            None => panic!("no entry for the key"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{SortedMap, SortedSet};
    use std::collections::{BTreeMap, BTreeSet};

    /// A sequence of inserts and removes leaves the same values, in the same
    /// order, as a `BTreeSet` given the same sequence.
    #[test]
    fn set_agrees_with_btreeset() {
        let mut ours = SortedSet::new();
        let mut theirs = BTreeSet::new();
        // A fixed pseudo-random walk over 0..20.
        let mut x: u32 = 7;
        for step in 0..400 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 20;
            if step % 3 == 0 {
                assert_eq!(ours.remove(&x), theirs.remove(&x), "remove {x}");
            } else {
                assert_eq!(ours.insert(x), theirs.insert(x), "insert {x}");
            }
            assert_eq!(ours.contains(&x), theirs.contains(&x));
            assert_eq!(ours.len(), theirs.len());
            assert!(ours.iter().eq(theirs.iter()));
        }
        assert_eq!(ours.first(), theirs.first());
    }

    /// The small sort orders like the standard library's stable sort, keeping equal
    /// items in their order.
    #[test]
    fn small_sort_agrees_with_the_stable_sort() {
        let mut x: u32 = 11;
        for len in 0..40 {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 7;
                    (x, i)
                })
                .collect();
            let mut ours = items.clone();
            super::sort_small_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items;
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "{len} items");
        }
        let mut days = [3, 1, 2, 1];
        super::sort_small(&mut days);
        assert_eq!(days, [1, 1, 2, 3]);
    }

    /// The shared sort orders like the standard library's stable sort, keeping
    /// equal items in their order, at lengths past the standard library's small
    /// sort; `sort_dedup` leaves each value once.
    #[test]
    fn shared_sort_agrees_with_the_stable_sort() {
        let mut x: u32 = 5;
        for len in [0, 1, 2, 19, 20, 21, 100, 1_000] {
            let items: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 13;
                    (x, i)
                })
                .collect();
            let mut ours = items.clone();
            super::sort_by_key(&mut ours, |a| a.0);
            let mut theirs = items.clone();
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "{len} items");

            let mut ours: Vec<u32> = items.iter().map(|a| a.0).collect();
            super::sort_dedup(&mut ours);
            let theirs: Vec<u32> = items
                .iter()
                .map(|a| a.0)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            assert_eq!(ours, theirs, "{len} items, without duplicates");
        }
    }

    #[test]
    fn set_of_strings_looks_up_by_str() {
        let set: SortedSet<String> = ["pl", "en", "ga", "en"].map(String::from).into();
        assert_eq!(
            set.iter().map(String::as_str).collect::<Vec<_>>(),
            ["en", "ga", "pl"]
        );
        assert!(set.contains("ga"));
        assert!(!set.contains("uk"));
    }

    #[test]
    fn map_agrees_with_btreemap() {
        let mut ours = SortedMap::new();
        let mut theirs = BTreeMap::new();
        let mut x: u32 = 3;
        for step in 0..300u32 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345) % 25;
            assert_eq!(ours.insert(x, step), theirs.insert(x, step));
            assert_eq!(ours.get(&x), theirs.get(&x));
            assert!(ours.iter().eq(theirs.iter()));
        }
        if let Some(v) = ours.get_mut(&x) {
            *v = 1000;
        }
        assert_eq!(ours.get(&x), Some(&1000));
        assert!(!ours.contains_key(&99));
        assert_eq!(ours.keys().count(), theirs.len());
    }
}
