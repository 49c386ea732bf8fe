//! Interned lower-case words, so that matching compares integers.

use std::collections::HashMap;

/// A word's id in the [`Vocab`].
pub type WordId = u32;

/// The id of any word the dictionaries do not contain.
pub const UNKNOWN: WordId = u32::MAX;

/// Every lower-case word that occurs in a dictionary phrase, pattern or the
/// lexicon, with a dense id.
#[derive(Debug, Default)]
pub struct Vocab {
    ids: HashMap<Box<str>, WordId>,
    words: Vec<Box<str>>,
}

impl Vocab {
    /// The id of `word` (already lower case), adding it if new.
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.words.len() as WordId;
        self.words.push(word.into());
        self.ids.insert(word.into(), id);
        id
    }

    /// The id of `word` (already lower case), or [`UNKNOWN`].
    pub fn get(&self, word: &str) -> WordId {
        self.ids.get(word).copied().unwrap_or(UNKNOWN)
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
        self.words.get(id as usize).map(|w| &**w).unwrap_or("")
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
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
    }

    #[test]
    fn phrases_tokenize_like_text() {
        assert_eq!(phrase_tokens("U.S. Army"), ["u.s.", "army"]);
        assert_eq!(phrase_tokens("People's Republic of China"), ["people", "'s", "republic", "of", "china"]);
    }
}
