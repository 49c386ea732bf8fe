//! Word classes and verb forms, generated from WordNet (see
//! `dictionaries/lexicon/`). Clause analysis asks it whether a word can be
//! a verb or a noun; pattern matching asks it for a verb's forms.

use std::collections::HashMap;

use crate::tsv::rows;
use crate::vocab::{Vocab, WordId};
use crate::DictError;

/// What an inflected verb form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VerbTag {
    /// The base form ("meet").
    Base,
    /// Third person singular present ("meets").
    ThirdSingular,
    /// Simple past ("met").
    Past,
    /// Past participle ("met", "taken").
    PastParticiple,
    /// Present participle or gerund ("meeting").
    Ing,
}

impl VerbTag {
    fn parse(s: &str) -> Option<VerbTag> {
        Some(match s {
            "base" => VerbTag::Base,
            "3sg" => VerbTag::ThirdSingular,
            "past" => VerbTag::Past,
            "ppart" => VerbTag::PastParticiple,
            "ing" => VerbTag::Ing,
            _ => return None,
        })
    }
}

/// The classes a word can belong to (bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClasses(u8);

impl WordClasses {
    const NOUN: u8 = 1;
    const VERB: u8 = 2;
    const ADJ: u8 = 4;
    const ADV: u8 = 8;

    /// Can be a noun.
    pub fn noun(self) -> bool {
        self.0 & Self::NOUN != 0
    }
    /// Can be a verb.
    pub fn verb(self) -> bool {
        self.0 & Self::VERB != 0
    }
    /// Can be an adjective.
    pub fn adjective(self) -> bool {
        self.0 & Self::ADJ != 0
    }
    /// Can be an adverb.
    pub fn adverb(self) -> bool {
        self.0 & Self::ADV != 0
    }
    /// Known to the lexicon at all.
    pub fn known(self) -> bool {
        self.0 != 0
    }
}

/// Verb forms and word classes.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// form → (lemma, tag), several for ambiguous forms ("left": leave).
    forms: HashMap<WordId, Vec<(WordId, VerbTag)>>,
    /// lemma → its forms.
    lemma_forms: HashMap<WordId, Vec<WordId>>,
    classes: HashMap<WordId, WordClasses>,
    verb_form_rows: usize,
}

impl Lexicon {
    pub(crate) fn parse(
        forms_file: &str,
        forms_text: &str,
        classes_file: &str,
        classes_text: &str,
        vocab: &mut Vocab,
    ) -> Result<Lexicon, DictError> {
        let mut lex = Lexicon::default();
        for row in rows(forms_file, forms_text, &["form", "lemma", "tag"])? {
            let (form, lemma, tag) = (row.get(0), row.get(1), row.get(2));
            if form.is_empty() || lemma.is_empty() {
                return Err(DictError::at(forms_file, row.line, "empty form or lemma"));
            }
            let tag = VerbTag::parse(tag)
                .ok_or_else(|| DictError::at(forms_file, row.line, format!("unknown tag {tag:?} (base, 3sg, past, ppart, ing)")))?;
            let (f, l) = (vocab.intern(&form.to_lowercase()), vocab.intern(&lemma.to_lowercase()));
            lex.forms.entry(f).or_default().push((l, tag));
            let fs = lex.lemma_forms.entry(l).or_default();
            if !fs.contains(&f) {
                fs.push(f);
            }
            lex.verb_form_rows += 1;
        }
        for row in rows(classes_file, classes_text, &["word", "classes"])? {
            let (word, classes) = (row.get(0), row.get(1));
            let mut bits = 0u8;
            for c in classes.chars() {
                bits |= match c {
                    'n' => WordClasses::NOUN,
                    'v' => WordClasses::VERB,
                    'a' => WordClasses::ADJ,
                    'r' => WordClasses::ADV,
                    _ => return Err(DictError::at(classes_file, row.line, format!("unknown class {c:?} (n, v, a, r)"))),
                };
            }
            if word.is_empty() || bits == 0 {
                return Err(DictError::at(classes_file, row.line, "empty word or classes"));
            }
            let id = vocab.intern(&word.to_lowercase());
            lex.classes.insert(id, WordClasses(bits));
        }
        Ok(lex)
    }

    /// The (lemma, tag) readings of a verb form.
    pub fn verb_readings(&self, form: WordId) -> &[(WordId, VerbTag)] {
        self.forms.get(&form).map(Vec::as_slice).unwrap_or(&[])
    }

    /// All forms of a verb lemma (empty if not a known verb).
    pub fn forms_of(&self, lemma: WordId) -> &[WordId] {
        self.lemma_forms.get(&lemma).map(Vec::as_slice).unwrap_or(&[])
    }

    /// True when `form` is a form of `lemma`.
    pub fn is_form_of(&self, form: WordId, lemma: WordId) -> bool {
        self.verb_readings(form).iter().any(|(l, _)| *l == lemma)
    }

    /// The classes of a word.
    pub fn classes(&self, word: WordId) -> WordClasses {
        self.classes.get(&word).copied().unwrap_or_default()
    }

    /// Number of verb-form rows read.
    pub fn verb_form_count(&self) -> usize {
        self.verb_form_rows
    }

    /// Number of words with classes.
    pub fn word_count(&self) -> usize {
        self.classes.len()
    }
}
