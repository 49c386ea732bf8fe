//! A parsed sentence.

use crate::labels::{Deprel, Upos};

/// One tagged, lemmatised and parsed sentence.
///
/// Word `i` (0-based here) has its form, lemma, UPOS, relation and head.
/// Heads follow CoNLL-U: `heads[i]` is the **1-based** number of the head
/// word, 0 for the root; [`Parsed::head`] gives the 0-based index instead.
/// Exactly one word has head 0 and its relation is [`Deprel::Root`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    /// Forms and lemmas, end to end (one allocation for all of them).
    text: String,
    /// Byte ranges of each word's form and lemma in `text`.
    spans: Vec<[u32; 3]>,
    /// UPOS of each word.
    pub upos: Vec<Upos>,
    /// Head of each word: 1-based word number, 0 for the root.
    pub heads: Vec<u32>,
    /// Relation of each word to its head.
    pub deprels: Vec<Deprel>,
}

impl Parsed {
    /// An empty sentence with room for `n` words (for the parser that fills it).
    pub fn with_capacity(n: usize) -> Parsed {
        Parsed {
            text: String::with_capacity(n * 12),
            spans: Vec::with_capacity(n),
            upos: Vec::with_capacity(n),
            heads: Vec::with_capacity(n),
            deprels: Vec::with_capacity(n),
        }
    }

    /// Appends a word: its form, lemma, tag, 1-based head (0 for the root)
    /// and relation. The parser guarantees that the finished sentence is one
    /// tree.
    pub fn push(&mut self, form: &str, lemma: &str, upos: Upos, head: u32, deprel: Deprel) {
        let a = self.text.len() as u32;
        self.text.push_str(form);
        let b = self.text.len() as u32;
        self.text.push_str(lemma);
        self.spans.push([a, b, self.text.len() as u32]);
        self.upos.push(upos);
        self.heads.push(head);
        self.deprels.push(deprel);
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The form of word `i` ("" when out of range).
    pub fn form(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |s| &self.text[s[0] as usize..s[1] as usize])
    }

    /// The lemma of word `i` ("" when out of range).
    pub fn lemma(&self, i: usize) -> &str {
        self.spans.get(i).map_or("", |s| &self.text[s[1] as usize..s[2] as usize])
    }

    /// The 0-based index of word `i`'s head, `None` for the root word (or
    /// when `i` is out of range).
    pub fn head(&self, i: usize) -> Option<usize> {
        match self.heads.get(i) {
            Some(&h) if h > 0 => Some(h as usize - 1),
            _ => None,
        }
    }

    /// The 0-based index of the root word, `None` for an empty sentence.
    pub fn root(&self) -> Option<usize> {
        self.heads.iter().position(|&h| h == 0)
    }

    /// The 0-based indices of word `i`'s dependents, left to right.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.heads.iter().enumerate().filter(move |(_, &h)| h as usize == i + 1).map(|(k, _)| k)
    }

    /// The dependents of word `i` with relation `rel`.
    pub fn children_with(&self, i: usize, rel: Deprel) -> impl Iterator<Item = usize> + '_ {
        self.children(i).filter(move |&k| self.deprels[k] == rel)
    }
}
