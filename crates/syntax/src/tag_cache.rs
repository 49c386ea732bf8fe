//! The tagger's one-word scores per word type, kept per thread across
//! sentences.
//!
//! Most of the tagger's features read one token only (its form, affixes,
//! shape and lexicon bits, or those of a neighbour one or two words away:
//! [`TagPart`]). Their weights are the same wherever the word occurs, so
//! they are summed once per word type and position and kept; a word seen
//! before costs one map lookup instead of about 25 table lookups, and its
//! [`TokenInfo`] is not recomputed. News repeats its words (Zipf), so most
//! tokens hit. The sums are exact: tagging gives the same tags as scoring
//! every feature per token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

use crate::features::{form_hash, tagger_word_features, TagPart, TokenInfo};
use crate::lexicon::WordTable;
use crate::weights::Table;

/// Tag scores (17 UPOS tags).
pub(crate) type TagScores = [i32; 17];

/// At most this many word types are kept per thread; the cache starts
/// afresh when it is full (about 4 MB).
const MAX_TYPES: usize = 8192;

/// One word type: its attributes and the sums of its one-word features in
/// each position ([`TagPart::ALL`] order).
pub(crate) struct WordType {
    pub(crate) info: TokenInfo,
    pub(crate) parts: [TagScores; 6],
}

/// Identifies a loaded model, so that a thread's cache never mixes the
/// sums of two models. Every load and every clone gets a new number.
#[derive(Debug)]
pub(crate) struct ModelId(pub(crate) u64);

impl ModelId {
    pub(crate) fn fresh() -> ModelId {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        ModelId(NEXT.fetch_add(1, Relaxed))
    }
}

impl Clone for ModelId {
    fn clone(&self) -> ModelId {
        ModelId::fresh()
    }
}

/// An identity is not part of what a model is.
impl PartialEq for ModelId {
    fn eq(&self, _: &ModelId) -> bool {
        true
    }
}

/// Passes a key that is already a hash through unchanged.
#[derive(Default)]
pub(crate) struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A thread's word types for one model.
#[derive(Default)]
pub(crate) struct TypeCache {
    model: u64,
    index: HashMap<u64, u32, BuildHasherDefault<PassThrough>>,
    types: Vec<WordType>,
    /// The sums for an absent neighbour (before the start, past the end).
    absent: [TagScores; 6],
}

impl TypeCache {
    /// Makes room for a sentence of `n` words of `model` (numbered `id`):
    /// starts afresh if the model is another or the cache would overflow,
    /// so that the indices handed out for one sentence stay valid.
    pub(crate) fn prepare(&mut self, id: u64, tagger: &Table, n: usize, buf: &mut Vec<u64>) {
        if self.model != id || self.types.len() + n > MAX_TYPES {
            self.index.clear();
            self.types.clear();
            if self.model != id {
                self.model = id;
                for (sum, part) in self.absent.iter_mut().zip(TagPart::ALL) {
                    tagger_word_features(None, part, buf);
                    tagger.score(buf, sum);
                }
            }
        }
    }

    /// The index of `word`'s type, computed and kept if new.
    pub(crate) fn type_of(&mut self, word: &str, lexicon: &WordTable, tagger: &Table, buf: &mut Vec<u64>) -> u32 {
        let key = form_hash(word);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let info = TokenInfo::new(word, lexicon);
        let mut parts = [[0i32; 17]; 6];
        for (sum, part) in parts.iter_mut().zip(TagPart::ALL) {
            tagger_word_features(Some(&info), part, buf);
            tagger.score(buf, sum);
        }
        let i = self.types.len() as u32;
        self.types.push(WordType { info, parts });
        self.index.insert(key, i);
        i
    }

    /// The type at `i` (an index from [`Self::type_of`]).
    pub(crate) fn get(&self, i: u32) -> &WordType {
        &self.types[i as usize]
    }

    /// The sums of an absent word in `part`.
    pub(crate) fn absent(&self, part: TagPart) -> &TagScores {
        &self.absent[part as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_model_or_a_full_cache_starts_afresh() {
        let (lexicon, tagger) = (WordTable::default(), Table::build(17, &[], 1.0));
        let mut cache = TypeCache::default();
        let mut buf = Vec::new();
        cache.prepare(1, &tagger, 3, &mut buf);
        let a = cache.type_of("talks", &lexicon, &tagger, &mut buf);
        assert_eq!(cache.type_of("talks", &lexicon, &tagger, &mut buf), a, "a word seen before is not added again");
        assert_ne!(cache.type_of("Talks", &lexicon, &tagger, &mut buf), a, "types are exact forms");
        assert_eq!(cache.types.len(), 2);
        cache.prepare(1, &tagger, 3, &mut buf);
        assert_eq!(cache.types.len(), 2, "same model, room left: kept");
        cache.prepare(2, &tagger, 3, &mut buf);
        assert!(cache.types.is_empty(), "another model");
        for k in 0..MAX_TYPES - 1 {
            cache.type_of(&k.to_string(), &lexicon, &tagger, &mut buf);
        }
        cache.prepare(2, &tagger, 1, &mut buf);
        assert_eq!(cache.types.len(), MAX_TYPES - 1, "one more word fits");
        cache.prepare(2, &tagger, 2, &mut buf);
        assert!(cache.types.is_empty(), "two more would overflow");
        assert_eq!(cache.index.len(), 0);
    }
}
