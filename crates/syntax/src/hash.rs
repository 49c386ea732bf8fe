//! Fast, allocation-free hashing of words and feature keys.
//!
//! Features are 64-bit hashes: a template number mixed with the hashes of
//! the words, tags or labels it reads. Word hashes are computed once per
//! token ([`crate::features::TokenInfo`]); combining them is a few
//! multiplications. The hash is fixed (no per-process seed) because the
//! model file stores the hashes of the features it learnt.

/// The splitmix64 finaliser: a bijective, well-mixed 64-bit hash.
#[inline]
pub fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Combines a running hash with one more value (order matters).
#[inline]
pub fn combine(h: u64, v: u64) -> u64 {
    mix(h.rotate_left(23) ^ v.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// A streaming hash over `u32` units (characters, bytes), for hashing words
/// and their pieces without building strings.
#[derive(Clone, Copy)]
pub struct Stream(u64);

impl Stream {
    /// A new stream; `seed` separates kinds of strings (word, shape, ...).
    #[inline]
    pub fn new(seed: u64) -> Stream {
        Stream(mix(seed.wrapping_add(0x51ed_2701_f3a5_c7b1)))
    }

    /// Adds one unit.
    #[inline]
    pub fn push(&mut self, c: u32) {
        self.0 = (self.0 ^ c as u64).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(17);
    }

    /// The hash of the units pushed so far.
    #[inline]
    pub fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// The hash of a string's characters.
pub fn hash_str(seed: u64, s: &str) -> u64 {
    let mut st = Stream::new(seed);
    for c in s.chars() {
        st.push(c as u32);
    }
    st.finish()
}

/// The hash of a string's characters in lower case (the first character of
/// each character's lower-case mapping, which is the whole mapping for
/// everything but a few rare letters).
pub fn hash_lower(seed: u64, s: &str) -> u64 {
    let mut st = Stream::new(seed);
    for c in s.chars() {
        st.push(lower_char(c) as u32);
    }
    st.finish()
}

/// `c` in lower case (first character of its mapping).
#[inline]
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_ignores_case_only() {
        assert_eq!(hash_lower(1, "Beijing"), hash_lower(1, "BEIJING"));
        assert_eq!(hash_lower(1, "ÉTÉ"), hash_lower(1, "été"));
        assert_ne!(hash_lower(1, "Beijing"), hash_lower(2, "Beijing"), "seeds separate kinds");
        assert_ne!(hash_str(1, "ab"), hash_str(1, "ba"));
        assert_ne!(combine(combine(0, 1), 2), combine(combine(0, 2), 1));
    }
}
