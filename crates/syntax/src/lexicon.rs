//! The WordNet word classes and verb forms of `dictionaries/lexicon/`, as a
//! compact table of lexicon bits per lower-case word hash.
//!
//! The tagger reads a word's possible classes ("can be a noun or a verb",
//! "is a past participle of some verb") as features, which helps most on
//! words the treebank never showed it. The table is built by the trainer
//! from the TSV files and stored in the model file, so the tagger does not
//! need `dyad-dict` loaded (and its start-up cost) to run; retrain after the
//! lexicon changes.

use crate::hash::hash_lower;
use crate::io::{Reader, Writer};

/// Can be a noun.
pub const NOUN: u16 = 1;
/// Can be a verb.
pub const VERB: u16 = 2;
/// Can be an adjective.
pub const ADJ: u16 = 4;
/// Can be an adverb.
pub const ADV: u16 = 8;
/// Is a verb's base form.
pub const BASE: u16 = 16;
/// Is a verb's third person singular present.
pub const THIRD: u16 = 32;
/// Is a verb's simple past.
pub const PAST: u16 = 64;
/// Is a verb's past participle.
pub const PPART: u16 = 128;
/// Is a verb's -ing form.
pub const ING: u16 = 256;

/// Lower-case word hash → lexicon bits, an open-addressing table of `u64`
/// slots (hash's upper 48 bits, then the 16 bits of value; 0 is empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordTable {
    mask: u64,
    slots: Vec<u64>,
}

impl WordTable {
    /// Builds the table from `(lower-case word hash, bits)` pairs; bits of
    /// the same word are merged.
    pub fn build(entries: &[(u64, u16)]) -> WordTable {
        let size = (entries.len() * 3 / 2 + 1).next_power_of_two().max(8);
        let mask = size as u64 - 1;
        let mut slots = vec![0u64; size];
        for &(h, bits) in entries {
            if bits == 0 {
                continue;
            }
            let key = h & !0xffff;
            let mut i = h & mask;
            loop {
                let s = slots[i as usize];
                if s == 0 {
                    slots[i as usize] = key | bits as u64;
                    break;
                }
                if s & !0xffff == key {
                    slots[i as usize] = s | bits as u64;
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        WordTable { mask, slots }
    }

    /// Reads the two TSV files of `dictionaries/lexicon/` (`word-classes.tsv`
    /// with columns word, classes; `verb-forms.tsv` with form, lemma, tag).
    /// Errors name the file and line.
    pub fn from_tsv(classes_file: &str, classes: &str, forms_file: &str, forms: &str) -> Result<WordTable, String> {
        let mut entries = Vec::new();
        for (line, cols) in rows(classes) {
            let (Some(word), Some(cl)) = (cols.first(), cols.get(1)) else {
                return Err(format!("{classes_file}:{line}: expected word and classes"));
            };
            let mut bits = 0;
            for c in cl.chars() {
                bits |= match c {
                    'n' => NOUN,
                    'v' => VERB,
                    'a' => ADJ,
                    'r' => ADV,
                    _ => return Err(format!("{classes_file}:{line}: unknown class {c:?}")),
                };
            }
            entries.push((hash_lower(crate::features::SEED_LOWER, word), bits));
        }
        for (line, cols) in rows(forms) {
            let (Some(form), Some(tag)) = (cols.first(), cols.get(2)) else {
                return Err(format!("{forms_file}:{line}: expected form, lemma and tag"));
            };
            let bits = match *tag {
                "base" => BASE,
                "3sg" => THIRD,
                "past" => PAST,
                "ppart" => PPART,
                "ing" => ING,
                _ => return Err(format!("{forms_file}:{line}: unknown tag {tag:?}")),
            };
            entries.push((hash_lower(crate::features::SEED_LOWER, form), bits | VERB));
        }
        Ok(WordTable::build(&entries))
    }

    /// The bits of the word whose lower-case hash is `h` (0 if unknown).
    #[inline]
    pub fn get(&self, h: u64) -> u16 {
        if self.slots.is_empty() {
            return 0;
        }
        let key = h & !0xffff;
        let mut i = h & self.mask;
        loop {
            let s = self.slots[i as usize];
            if s == 0 {
                return 0;
            }
            if s & !0xffff == key {
                return s as u16;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Serialises the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.slots.len() as u32);
        w.u64s(&self.slots);
    }

    /// Reads a table written by [`Self::write`].
    pub fn read(r: &mut Reader) -> Result<WordTable, String> {
        let n = r.u32()? as usize;
        if n == 0 {
            return Ok(WordTable::default());
        }
        if !n.is_power_of_two() {
            return Err(format!("bad lexicon table size {n}"));
        }
        let slots = r.u64s(n)?;
        if slots.iter().all(|&s| s != 0) {
            return Err("lexicon table has no empty slot".into());
        }
        Ok(WordTable { mask: n as u64 - 1, slots })
    }
}

/// The data rows of a TSV file with a header line and `#` comments, with
/// their 1-based line numbers.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_forms() {
        let t = WordTable::from_tsv(
            "c.tsv",
            "# c\nword\tclasses\nmeet\tnv\nleft\tnav\n",
            "f.tsv",
            "form\tlemma\ttag\nmet\tmeet\tpast\nmet\tmeet\tppart\n",
        )
        .unwrap();
        let h = |w: &str| hash_lower(crate::features::SEED_LOWER, w);
        assert_eq!(t.get(h("Meet")), NOUN | VERB);
        assert_eq!(t.get(h("met")), VERB | PAST | PPART);
        assert_eq!(t.get(h("left")), NOUN | ADJ | VERB);
        assert_eq!(t.get(h("ankara")), 0);
        let mut w = Writer::default();
        t.write(&mut w);
        let b = w.into_bytes();
        assert_eq!(WordTable::read(&mut Reader::new(&b)).unwrap(), t);
        let e = WordTable::from_tsv("c.tsv", "word\tclasses\nx\tq\n", "f.tsv", "").unwrap_err();
        assert_eq!(e, "c.tsv:2: unknown class 'q'");
    }
}
