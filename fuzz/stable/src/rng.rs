//! A small deterministic random number generator (SplitMix64), so that a run
//! is reproducible from its seed without extra dependencies.

#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
    /// Upper bound of [`Rng::log_size`]: lowered while generating the parts
    /// of a many-part input, so that inputs stay within tens of megabytes.
    pub cap: usize,
}

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng { state: seed ^ 0x9E37_79B9_7F4A_7C15, cap: usize::MAX }
    }
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// True with probability 1/n.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
    /// A size with a logarithmic spread: as many small as large ones, up to `max`.
    pub fn log_size(&mut self, max: usize) -> usize {
        let max = max.min(self.cap);
        let bits = usize::BITS - max.leading_zeros();
        let b = self.below(bits as usize + 1);
        if b == 0 {
            return 0;
        }
        let hi = (1usize << b).min(max);
        let lo = (1usize << (b - 1)).min(hi);
        self.range(lo, hi)
    }

    /// Runs `f` with sizes capped at `cap` (or lower, if already lower).
    pub fn capped<T>(&mut self, cap: usize, f: impl FnOnce(&mut Rng) -> T) -> T {
        let saved = self.cap;
        self.cap = saved.min(cap);
        let v = f(self);
        self.cap = saved;
        v
    }
}
