//! Word classes and verb forms, generated from WordNet (see
//! `dictionaries/lexicon/`). Clause analysis asks it whether a word can be
//! a verb or a noun; pattern matching asks it for a verb's forms.

use std::borrow::Cow;

use crate::tsv::each_row;
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
///
/// Lexicon words are interned first, so their ids are the dense range
/// `0..n` and every table here is an array indexed by word id (a word
/// interned later, by a phrase or pattern, is past the end and has no
/// entry). Looking a word up is one bounds check, and loading allocates a
/// handful of arrays rather than a vector per word.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// form → (lemma, tag), several for ambiguous forms ("left": leave),
    /// in file order: the readings of form `f` are
    /// `readings[reading_start[f]..reading_start[f + 1]]`.
    reading_start: Vec<u32>,
    readings: Vec<(WordId, VerbTag)>,
    /// lemma → its distinct forms in file order, laid out the same way.
    lemma_start: Vec<u32>,
    lemma_forms: Vec<WordId>,
    /// word → classes.
    classes: Vec<WordClasses>,
    class_words: usize,
    verb_form_rows: usize,
}

/// Groups `(key, value)` pairs by key, keeping their order within a key:
/// returns `start` (length `n + 1`) and the values, so that key `k`'s values
/// are `values[start[k]..start[k + 1]]` (a counting sort).
fn group<T: Copy>(pairs: &[(WordId, T)], n: usize) -> (Vec<u32>, Vec<T>) {
    let mut start = vec![0u32; n + 1];
    for &(k, _) in pairs {
        start[k as usize + 1] += 1;
    }
    for i in 1..=n {
        start[i] += start[i - 1];
    }
    let mut next = start.clone();
    let mut values: Vec<Option<T>> = vec![None; pairs.len()];
    for &(k, v) in pairs {
        values[next[k as usize] as usize] = Some(v);
        next[k as usize] += 1;
    }
    (start, values.into_iter().flatten().collect())
}

/// `word` in lower case, borrowed when it already is.
fn lower(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// The slice of `values` for `key` in a table made by [`group`].
fn slice<'a, T>(start: &[u32], values: &'a [T], key: WordId) -> &'a [T] {
    let k = key as usize;
    match (start.get(k), start.get(k.wrapping_add(1))) {
        (Some(&a), Some(&b)) => &values[a as usize..b as usize],
        _ => &[],
    }
}

impl Lexicon {
    pub(crate) fn parse(
        forms_file: &str,
        forms_text: &str,
        classes_file: &str,
        classes_text: &str,
        vocab: &mut Vocab,
    ) -> Result<Lexicon, DictError> {
        // Lines, for the capacities: rows are read one at a time.
        let forms_lines = forms_text.bytes().filter(|&b| b == b'\n').count();
        let mut form_words: Vec<Cow<str>> = Vec::with_capacity(2 * forms_lines);
        let mut tags = Vec::with_capacity(forms_lines);
        each_row(forms_file, forms_text, &["form", "lemma", "tag"], |row| {
            let (form, lemma, tag) = (row.get(0), row.get(1), row.get(2));
            if form.is_empty() || lemma.is_empty() {
                return Err(DictError::at(forms_file, row.line, "empty form or lemma"));
            }
            let tag = VerbTag::parse(tag)
                .ok_or_else(|| DictError::at(forms_file, row.line, format!("unknown tag {tag:?} (base, 3sg, past, ppart, ing)")))?;
            form_words.extend([lower(form), lower(lemma)]);
            tags.push(tag);
            Ok(())
        })?;
        let class_lines = classes_text.bytes().filter(|&b| b == b'\n').count();
        // Room for every word of both files at once: growing the table
        // part way would rehash it.
        vocab.reserve(form_words.len() + class_lines);
        let ids = vocab.intern_all(&form_words);
        let mut lex = Lexicon { verb_form_rows: tags.len(), ..Lexicon::default() };
        let form_readings: Vec<(WordId, (WordId, VerbTag))> =
            ids.chunks_exact(2).zip(tags).map(|(fl, tag)| (fl[0], (fl[1], tag))).collect();
        let mut class_words: Vec<Cow<str>> = Vec::with_capacity(class_lines);
        let mut class_bits = Vec::with_capacity(class_lines);
        each_row(classes_file, classes_text, &["word", "classes"], |row| {
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
            class_words.push(lower(word));
            class_bits.push(bits);
            Ok(())
        })?;
        let word_classes: Vec<(WordId, u8)> = vocab.intern_all(&class_words).into_iter().zip(class_bits).collect();
        let n = vocab.len();
        (lex.reading_start, lex.readings) = group(&form_readings, n);
        let lemma_pairs: Vec<(WordId, WordId)> = form_readings.iter().map(|&(f, (l, _))| (l, f)).collect();
        let (lemma_start, mut forms) = group(&lemma_pairs, n);
        // Each form once per lemma ("met" is both past and participle).
        lex.lemma_start = Vec::with_capacity(n + 1);
        lex.lemma_start.push(0);
        let mut kept = 0;
        for w in lemma_start.windows(2) {
            let (a, b) = (w[0] as usize, w[1] as usize);
            let group_start = kept;
            for i in a..b {
                let f = forms[i];
                if !forms[group_start..kept].contains(&f) {
                    forms[kept] = f;
                    kept += 1;
                }
            }
            lex.lemma_start.push(kept as u32);
        }
        forms.truncate(kept);
        lex.lemma_forms = forms;
        lex.classes = vec![WordClasses::default(); n];
        for (id, bits) in word_classes {
            let slot = &mut lex.classes[id as usize];
            if !slot.known() {
                lex.class_words += 1;
            }
            // A word listed twice keeps its last line, as before.
            *slot = WordClasses(bits);
        }
        Ok(lex)
    }

    /// The (lemma, tag) readings of a verb form.
    pub fn verb_readings(&self, form: WordId) -> &[(WordId, VerbTag)] {
        slice(&self.reading_start, &self.readings, form)
    }

    /// All forms of a verb lemma (empty if not a known verb).
    pub fn forms_of(&self, lemma: WordId) -> &[WordId] {
        slice(&self.lemma_start, &self.lemma_forms, lemma)
    }

    /// True when `form` has a reading with the tag `tag` ("sent" is a past
    /// and a past participle).
    pub fn has_reading(&self, form: WordId, tag: VerbTag) -> bool {
        self.verb_readings(form).iter().any(|(_, t)| *t == tag)
    }

    /// True when `form` is a form of `lemma`.
    pub fn is_form_of(&self, form: WordId, lemma: WordId) -> bool {
        self.verb_readings(form).iter().any(|(l, _)| *l == lemma)
    }

    /// The classes of a word.
    pub fn classes(&self, word: WordId) -> WordClasses {
        self.classes.get(word as usize).copied().unwrap_or_default()
    }

    /// Number of verb-form rows read.
    pub fn verb_form_count(&self) -> usize {
        self.verb_form_rows
    }

    /// Number of words with classes.
    pub fn word_count(&self) -> usize {
        self.class_words
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS: &str = "# comment\nform\tlemma\ttag\nmeet\tmeet\tbase\nmet\tmeet\tpast\nmet\tmeet\tppart\nLeft\tleave\tpast\nleft\tleave\tppart\nmeets\tmeet\t3sg\n";
    const CLASSES: &str = "word\tclasses\nmeet\tnv\nleft\tnav\nTurkey\tn\nturkey\tn\nquickly\tr\n";

    #[test]
    fn readings_forms_and_classes() {
        let mut v = Vocab::default();
        let lex = Lexicon::parse("f.tsv", FORMS, "c.tsv", CLASSES, &mut v).unwrap();
        let id = |v: &Vocab, w: &str| v.get(w);
        let (meet, met, left, leave) = (id(&v, "meet"), id(&v, "met"), id(&v, "left"), id(&v, "leave"));
        assert_eq!(lex.verb_readings(met), [(meet, VerbTag::Past), (meet, VerbTag::PastParticiple)]);
        assert_eq!(lex.verb_readings(left), [(leave, VerbTag::Past), (leave, VerbTag::PastParticiple)]);
        assert_eq!(lex.forms_of(meet), [meet, met, id(&v, "meets")], "each form once, in file order");
        assert_eq!(lex.forms_of(leave), [left]);
        assert!(lex.is_form_of(met, meet) && !lex.is_form_of(met, leave));
        assert!(lex.classes(left).adjective() && lex.classes(left).verb());
        assert!(lex.classes(id(&v, "turkey")).noun() && !lex.classes(id(&v, "turkey")).verb());
        assert!(lex.classes(id(&v, "quickly")).adverb());
        assert_eq!(lex.verb_form_count(), 6);
        assert_eq!(lex.word_count(), 4, "Turkey and turkey are one word");
        // Words interned later, and unknown ids, have no entries.
        let later = v.intern("ankara");
        for w in [later, crate::UNKNOWN] {
            assert!(lex.verb_readings(w).is_empty() && lex.forms_of(w).is_empty() && !lex.classes(w).known());
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut v = Vocab::default();
        let e = Lexicon::parse("f.tsv", "form\tlemma\ttag\nmet\tmeet\tpst\n", "c.tsv", CLASSES, &mut v).unwrap_err();
        assert_eq!(e.to_string(), "f.tsv:2: unknown tag \"pst\" (base, 3sg, past, ppart, ing)");
        let e = Lexicon::parse("f.tsv", FORMS, "c.tsv", "word\tclasses\nx\tq\n", &mut v).unwrap_err();
        assert_eq!(e.to_string(), "c.tsv:2: unknown class 'q' (n, v, a, r)");
        let e = Lexicon::parse("f.tsv", "form\tlemma\ttag\n\tmeet\tbase\n", "c.tsv", "bad header\n", &mut v).unwrap_err();
        assert_eq!(e.to_string(), "f.tsv:2: empty form or lemma", "the forms file is checked first");
    }
}
