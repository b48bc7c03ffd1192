//! A small seeded random number generator (SplitMix64) and the draws the
//! generator needs.
//!
//! Everything here is integer arithmetic or IEEE addition, multiplication and
//! square root, which every platform rounds the same way: no `ln`, `sin` or
//! `cos` from the platform's maths library, so a seed gives the same catalogue
//! byte for byte on any machine.

/// SplitMix64 (Steele, Lea and Flood, 2014): one `u64` of state, good enough
/// statistics for made-up data, and cheap to split into independent streams.
#[derive(Debug, Clone)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// An independent stream for one part of the catalogue, so that changing
    /// how records are written does not move the venues, and the other way round.
    pub fn stream(seed: u64, name: &str) -> Rng {
        let mut hash = 0xcbf2_9ce4_8422_2325_u64; // FNV-1a
        for byte in name.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        let mut rng = Rng::new(seed ^ hash);
        rng.next_u64();
        rng
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n` (0 when `n` is 0), without modulo bias worth
    /// mentioning (Lemire's multiply-shift).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A whole number in `low..=high`.
    pub fn between(&mut self, low: i64, high: i64) -> i64 {
        let span = high.saturating_sub(low).max(0) as usize + 1;
        low + self.below(span) as i64
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1_u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A roughly normal number with mean 0 and standard deviation 1: the sum
    /// of four uniform numbers (Irwin-Hall), scaled. Its tails stop at ±3.5,
    /// which suits places clustered around a centre.
    pub fn gaussian(&mut self) -> f64 {
        let sum: f64 = (0..4).map(|_| self.unit()).sum();
        (sum - 2.0) * 3.0_f64.sqrt()
    }

    /// One item of a list. Every list the generator picks from is a non-empty
    /// constant or is checked first.
    pub fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// An index chosen with probability proportional to its weight in the
    /// running totals `cumulative` (as [`cumulative`] makes them).
    pub fn weighted(&mut self, cumulative: &[f64]) -> usize {
        let total = cumulative.last().copied().unwrap_or(0.0);
        let target = self.unit() * total;
        cumulative
            .partition_point(|&c| c <= target)
            .min(cumulative.len().saturating_sub(1))
    }
}

/// Running totals of `weights`, for [`Rng::weighted`].
pub fn cumulative(weights: impl IntoIterator<Item = f64>) -> Vec<f64> {
    let mut total = 0.0;
    weights
        .into_iter()
        .map(|w| {
            total += w.max(0.0);
            total
        })
        .collect()
}
