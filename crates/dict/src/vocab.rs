//! Interned lower-case words, so that matching compares integers.
//!
//! The vocabulary holds about 200,000 words (mostly the lexicon's), built at
//! every start and looked up for every token of every sentence, so it is
//! laid out for both: the words live end to end in one string (no
//! allocation per word), and an open-addressing table of ids, hashed with
//! [`FxHasher`], finds them. std's `HashMap<Box<str>, _>` with SipHash made
//! loading the dictionaries take twice as long. The table is far larger
//! than the processor's caches, so each lookup costs cache misses: a slot
//! holds a word of up to 8 bytes (most tokens) itself, so that finding one
//! reads one cache line, not three (slot, span, text).

use std::hash::{BuildHasherDefault, Hasher};

/// A word's id in the [`Vocab`].
pub type WordId = u32;

/// The id of any word the dictionaries do not contain.
pub const UNKNOWN: WordId = u32::MAX;

/// Every lower-case word that occurs in a dictionary phrase, pattern or the
/// lexicon, with a dense id (0, 1, 2, ... in order of first interning).
#[derive(Debug, Default)]
pub struct Vocab {
    /// Every word, end to end.
    text: String,
    /// Each id's byte range in `text`.
    spans: Vec<(u32, u32)>,
    /// Open-addressing table (linear probing, power-of-two size, at most
    /// half full).
    slots: Vec<Slot>,
}

/// A table slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    /// The word's id, `UNKNOWN` when the slot is empty.
    id: WordId,
    /// 24 bits of the word's hash and its length (capped at 255).
    meta: u32,
    /// The word's first 8 bytes, zero padded: all of it when it is short.
    head: [u8; 8],
}

const EMPTY: Slot = Slot { id: UNKNOWN, meta: 0, head: [0; 8] };

impl Slot {
    fn key(word: &[u8], h: u64) -> (u32, [u8; 8]) {
        let mut head = [0u8; 8];
        let n = word.len().min(8);
        head[..n].copy_from_slice(&word[..n]);
        ((h as u32 & !0xff) | word.len().min(255) as u32, head)
    }
}

impl Vocab {
    /// The id of `word` (already lower case), adding it if new.
    pub fn intern(&mut self, word: &str) -> WordId {
        if (self.spans.len() + 1) * 2 > self.slots.len() {
            self.grow(self.spans.len() + 1);
        }
        self.intern_hashed(word, hash_str(word))
    }

    /// The ids of many words (already lower case), adding the new ones, as
    /// [`intern`](Vocab::intern) on each in turn would.
    ///
    /// Faster on long lists: the table is far larger than the processor's
    /// caches and each word lands in a random slot, so a lone lookup waits
    /// for memory; here each slot is read a few words ahead of its use, so
    /// the waits overlap.
    pub fn intern_all<S: AsRef<str>>(&mut self, words: &[S]) -> Vec<WordId> {
        const AHEAD: usize = 8;
        self.reserve(words.len());
        let hashes: Vec<u64> = words.iter().map(|w| hash_str(w.as_ref())).collect();
        let mask = self.slots.len() - 1;
        let mut ids = Vec::with_capacity(words.len());
        for (i, (w, &h)) in words.iter().zip(&hashes).enumerate() {
            if let Some(&next) = hashes.get(i + AHEAD) {
                std::hint::black_box(self.slots[slot_of(next, mask)]);
            }
            ids.push(self.intern_hashed(w.as_ref(), h));
        }
        ids
    }

    /// `intern` with the hash computed and room in the table.
    fn intern_hashed(&mut self, word: &str, h: u64) -> WordId {
        if let Some(id) = self.find(word, h) {
            return id;
        }
        let id = self.spans.len() as WordId;
        let start = self.text.len() as u32;
        self.text.push_str(word);
        self.spans.push((start, self.text.len() as u32));
        self.place(id, h);
        id
    }

    /// The id of `word` lower-cased (as `str::to_lowercase` does), adding
    /// it if new. Allocates only when the word has capitals or non-ASCII
    /// letters.
    pub fn intern_lower(&mut self, word: &str) -> WordId {
        if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
            self.intern(word)
        } else {
            self.intern(&word.to_lowercase())
        }
    }

    /// Makes room for `additional` more words without rehashing.
    pub fn reserve(&mut self, additional: usize) {
        let need = self.spans.len() + additional;
        if need * 2 > self.slots.len() {
            self.grow(need);
        }
        self.spans.reserve(additional);
        // Dictionary words average under 10 bytes.
        self.text.reserve(additional * 10);
    }

    /// The id of `word` (already lower case), or [`UNKNOWN`].
    pub fn get(&self, word: &str) -> WordId {
        self.find(word, hash_str(word)).unwrap_or(UNKNOWN)
    }

    /// The id of `word` lower-cased, using `buf` as scratch space so that
    /// looking up a sentence allocates nothing.
    pub fn lookup_lower(&self, word: &str, buf: &mut String) -> WordId {
        if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
            return self.get(word);
        }
        buf.clear();
        for c in word.chars() {
            buf.extend(c.to_lowercase());
        }
        self.get(buf)
    }

    /// The word of an id.
    pub fn word(&self, id: WordId) -> &str {
        self.spans.get(id as usize).map(|&(s, e)| &self.text[s as usize..e as usize]).unwrap_or("")
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn find(&self, word: &str, h: u64) -> Option<WordId> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = slot_of(h, mask);
        let (meta, head) = Slot::key(word.as_bytes(), h);
        loop {
            let slot = self.slots[i];
            if slot.id == UNKNOWN {
                return None;
            }
            if slot.meta == meta && slot.head == head && (word.len() <= 8 || self.bytes(slot.id) == word.as_bytes()) {
                return Some(slot.id);
            }
            i = (i + 1) & mask;
        }
    }

    fn place(&mut self, id: WordId, h: u64) {
        let mask = self.slots.len() - 1;
        let mut i = slot_of(h, mask);
        while self.slots[i].id != UNKNOWN {
            i = (i + 1) & mask;
        }
        let (meta, head) = Slot::key(self.bytes(id), h);
        self.slots[i] = Slot { id, meta, head };
    }

    fn bytes(&self, id: WordId) -> &[u8] {
        let (s, e) = self.spans[id as usize];
        &self.text.as_bytes()[s as usize..e as usize]
    }

    /// Resizes the table to hold `words` words at most half full.
    fn grow(&mut self, words: usize) {
        let size = (words * 2).next_power_of_two().max(16);
        if size <= self.slots.len() {
            return;
        }
        self.slots = vec![EMPTY; size];
        for id in 0..self.spans.len() as WordId {
            let h = hash_str(self.word(id));
            self.place(id, h);
        }
    }
}

/// The table slot of a hash: its top bits, the best mixed ones of a
/// multiplicative hash.
fn slot_of(h: u64, mask: usize) -> usize {
    (h.rotate_left(20) as usize) & mask
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hash (rustc's): one rotate, xor and multiply per 8 bytes. Not
/// resistant to crafted collisions, which do not matter for dictionary
/// words and ids, and several times faster than SipHash on short keys.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` hasher builder for [`FxHasher`].
pub(crate) type FxBuildHasher = BuildHasherDefault<FxHasher>;

/// A `HashMap` keyed by small integers such as word ids, hashed with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;

/// The hash of a word: Fx over its bytes, then its length, so that words
/// differing only in trailing zero padding differ.
#[inline]
fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.add(s.len() as u64);
    h.hash
}

/// Lower-cases a dictionary phrase and splits it into tokens the way the
/// segmenter splits text, so that "U.S." or "Côte d'Ivoire" in a dictionary
/// lines up with the same words in a sentence.
pub(crate) fn phrase_tokens(phrase: &str) -> Vec<String> {
    let span = dyad_segment::Span { start: 0, end: phrase.len() };
    dyad_segment::tokenize(phrase, span).iter().map(|t| t.text(phrase).to_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_lookup() {
        let mut v = Vocab::default();
        let a = v.intern("china");
        assert_eq!(v.intern("china"), a);
        let mut buf = String::new();
        assert_eq!(v.lookup_lower("CHINA", &mut buf), a);
        assert_eq!(v.lookup_lower("Xinjiang", &mut buf), UNKNOWN);
        assert_eq!(v.word(a), "china");
        assert_eq!(v.word(UNKNOWN), "");
    }

    #[test]
    fn many_words_survive_growth() {
        let mut v = Vocab::default();
        // Short and long words, and long ones sharing their first 8 bytes.
        let words: Vec<String> = (0..5000).map(|i| if i % 2 == 0 { format!("w{i}") } else { format!("longwordx{i}") }).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(v.intern(w), i as WordId);
        }
        v.reserve(100_000);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(v.get(w), i as WordId);
            assert_eq!(v.word(i as WordId), w);
        }
        assert_eq!(v.len(), 5000);
        assert_eq!(v.get("w5000"), UNKNOWN);
        assert_eq!(v.get("longwordx"), UNKNOWN);
        assert_eq!(v.get("longwordx9999"), UNKNOWN);
        assert_eq!(v.get(""), UNKNOWN);
        assert_eq!(v.intern(""), 5000, "the empty word is a word like any other");
        assert_eq!(v.get(""), 5000);
    }

    #[test]
    fn intern_all_is_intern_in_turn() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{}", i % 1700)).collect();
        let (mut a, mut b) = (Vocab::default(), Vocab::default());
        a.intern("w5");
        b.intern("w5");
        let one_by_one: Vec<WordId> = words.iter().map(|w| a.intern(w)).collect();
        assert_eq!(b.intern_all(&words), one_by_one);
        assert_eq!(a.len(), 1700);
        assert_eq!(b.len(), 1700);
        assert_eq!(b.intern_all::<&str>(&[]), Vec::<WordId>::new());
    }

    #[test]
    fn intern_lower_lowers_only_when_needed() {
        let mut v = Vocab::default();
        let a = v.intern_lower("Côte");
        assert_eq!(v.word(a), "côte");
        assert_eq!(v.intern_lower("côte"), a);
        assert_eq!(v.intern_lower("NATO"), v.intern("nato"));
    }

    #[test]
    fn phrases_tokenize_like_text() {
        assert_eq!(phrase_tokens("U.S. Army"), ["u.s.", "army"]);
        assert_eq!(phrase_tokens("People's Republic of China"), ["people", "'s", "republic", "of", "china"]);
    }
}
