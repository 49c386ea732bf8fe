//! Lemmas: English inflection rules checked against the WordNet lexicon,
//! plus a table of exceptions learnt from the training data.
//!
//! The rules undo regular inflection ("talks" → "talk", "planned" → "plan",
//! "countries" → "country") and accept a candidate only when the lexicon
//! knows it as a word of the right class, so "bus" does not become "bu".
//! Everything the rules get wrong in the training data (irregular verbs
//! from the lexicon's verb-forms table, "me" → "I", "n't" → "not",
//! "better" → "good") is stored as an exception keyed by lower-case form
//! and UPOS. Proper nouns, numbers, punctuation and symbols keep their form,
//! as UD English EWT does.

use crate::features::SEED_LOWER;
use crate::hash::{combine, hash_lower};
use crate::io::{Reader, Writer};
use crate::labels::Upos;
use crate::lexicon::{WordTable, BASE, NOUN, VERB};

/// Exceptions: (lower-case form, UPOS) → lemma.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exceptions {
    mask: u64,
    slots: Vec<u64>,
    ends: Vec<u32>,
    text: String,
}

/// The key of a form and tag.
fn key(form: &str, upos: Upos) -> u64 {
    combine(hash_lower(SEED_LOWER, form), upos.index() as u64 + 1)
}

const FP: u64 = !0xff_ffff;

impl Exceptions {
    /// Builds the table from (form, UPOS, lemma) triples (one per key).
    pub fn build(entries: &[(String, Upos, String)]) -> Exceptions {
        let size = (entries.len() * 3 / 2 + 1).next_power_of_two().max(8);
        let mask = size as u64 - 1;
        let mut t = Exceptions { mask, slots: vec![0; size], ends: Vec::new(), text: String::new() };
        for (form, upos, lemma) in entries.iter().take(0xff_fffe) {
            let k = key(form, *upos);
            let mut i = k & mask;
            while t.slots[i as usize] != 0 {
                i = (i + 1) & mask;
            }
            t.text.push_str(lemma);
            t.ends.push(t.text.len() as u32);
            t.slots[i as usize] = (k & FP) | t.ends.len() as u64;
        }
        t
    }

    /// Number of exceptions.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The exception for `form` tagged `upos`, if any.
    pub fn get(&self, form: &str, upos: Upos) -> Option<&str> {
        if self.slots.is_empty() {
            return None;
        }
        let k = key(form, upos);
        let mut i = k & self.mask;
        loop {
            let s = self.slots[i as usize];
            if s == 0 {
                return None;
            }
            if s & FP == k & FP {
                let n = (s & !FP) as usize;
                let start = if n >= 2 { self.ends[n - 2] as usize } else { 0 };
                return self.text.get(start..self.ends[n - 1] as usize);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Serialises the table.
    pub fn write(&self, w: &mut Writer) {
        w.u32(self.slots.len() as u32);
        w.u64s(&self.slots);
        w.u32(self.ends.len() as u32);
        w.u32s(&self.ends);
        w.u32(self.text.len() as u32);
        w.bytes(self.text.as_bytes());
    }

    /// Reads a table written by [`Self::write`], checking every index.
    pub fn read(r: &mut Reader) -> Result<Exceptions, String> {
        let size = r.u32()? as usize;
        if size != 0 && !size.is_power_of_two() {
            return Err(format!("bad lemma table size {size}"));
        }
        let slots = r.u64s(size)?;
        let n = r.u32()? as usize;
        let ends = r.u32s(n)?;
        let len = r.u32()? as usize;
        let text = String::from_utf8(r.bytes(len)?.to_vec()).map_err(|_| "lemma table is not UTF-8")?;
        let bad_slot = slots.iter().any(|&s| s != 0 && ((s & !FP) as usize > n || s & !FP == 0));
        let bad_end = ends.windows(2).any(|w| w[0] > w[1])
            || ends.iter().any(|&e| e as usize > len || !text.is_char_boundary(e as usize));
        if bad_slot || bad_end || (size > 0 && slots.iter().all(|&s| s != 0)) {
            return Err("lemma table is inconsistent".into());
        }
        Ok(Exceptions { mask: size.saturating_sub(1) as u64, slots, ends, text })
    }
}

/// The lemma of `form` tagged `upos`: the exception if there is one, else
/// the rules.
pub fn lemma(form: &str, upos: Upos, lexicon: &WordTable, exceptions: &Exceptions) -> String {
    match exceptions.get(form, upos) {
        Some(l) => l.to_string(),
        None => rule_lemma(form, upos, lexicon),
    }
}

/// The lemma by rule alone (see the module comment).
pub fn rule_lemma(form: &str, upos: Upos, lexicon: &WordTable) -> String {
    match upos {
        Upos::Propn | Upos::Num | Upos::Punct | Upos::Sym => form.to_string(),
        Upos::Pron if form == "I" => form.to_string(),
        Upos::Noun => {
            let lower = form.to_lowercase();
            noun_stem(&lower, lexicon).unwrap_or(lower)
        }
        Upos::Verb | Upos::Aux => {
            let lower = form.to_lowercase();
            verb_stem(&lower, lexicon).unwrap_or(lower)
        }
        _ => form.to_lowercase(),
    }
}

fn known(lexicon: &WordTable, w: &str, bits: u16) -> bool {
    lexicon.get(hash_lower(SEED_LOWER, w)) & bits == bits
}

fn noun_stem(w: &str, lex: &WordTable) -> Option<String> {
    let mut cands: Vec<String> = Vec::with_capacity(3);
    if let Some(s) = w.strip_suffix("ies") {
        cands.push(format!("{s}y"));
    }
    if let Some(s) = w.strip_suffix("es") {
        cands.push(s.to_string());
    }
    if let Some(s) = w.strip_suffix('s') {
        if !w.ends_with("ss") {
            cands.push(s.to_string());
        }
    }
    cands.into_iter().find(|c| c.len() >= 2 && known(lex, c, NOUN))
}

fn verb_stem(w: &str, lex: &WordTable) -> Option<String> {
    let mut cands: Vec<String> = Vec::with_capacity(4);
    let undouble = |s: &str| -> Option<String> {
        let b = s.as_bytes();
        (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2]).then(|| s[..s.len() - 1].to_string())
    };
    for suffix in ["ing", "ed"] {
        if let Some(s) = w.strip_suffix(suffix) {
            cands.push(s.to_string());
            cands.push(format!("{s}e"));
            cands.extend(undouble(s));
        }
    }
    if let Some(s) = w.strip_suffix("ied") {
        cands.push(format!("{s}y"));
    }
    if let Some(s) = w.strip_suffix("ies") {
        cands.push(format!("{s}y"));
    }
    if let Some(s) = w.strip_suffix("es") {
        cands.push(s.to_string());
    }
    if let Some(s) = w.strip_suffix('s') {
        cands.push(s.to_string());
    }
    cands.into_iter().find(|c| c.len() >= 2 && known(lex, c, VERB | BASE))
}

/// True when the rules alone give `lemma` for `form` tagged `upos` (the
/// trainer stores an exception only otherwise).
pub fn rules_give(form: &str, upos: Upos, lemma: &str, lexicon: &WordTable) -> bool {
    rule_lemma(form, upos, lexicon) == lemma
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> WordTable {
        WordTable::from_tsv(
            "c",
            "word\tclasses\ncountry\tn\ntalk\tnv\nplan\tnv\nbus\tn\nuse\tnv\nbox\tnv\n",
            "f",
            "form\tlemma\ttag\ntalk\ttalk\tbase\nplan\tplan\tbase\nuse\tuse\tbase\nbox\tbox\tbase\n",
        )
        .unwrap()
    }

    #[test]
    fn rules() {
        let l = lex();
        assert_eq!(rule_lemma("countries", Upos::Noun, &l), "country");
        assert_eq!(rule_lemma("Talks", Upos::Noun, &l), "talk");
        assert_eq!(rule_lemma("bus", Upos::Noun, &l), "bus");
        assert_eq!(rule_lemma("boxes", Upos::Noun, &l), "box");
        assert_eq!(rule_lemma("planned", Upos::Verb, &l), "plan");
        assert_eq!(rule_lemma("used", Upos::Verb, &l), "use");
        assert_eq!(rule_lemma("talking", Upos::Verb, &l), "talk");
        assert_eq!(rule_lemma("talks", Upos::Verb, &l), "talk");
        assert_eq!(rule_lemma("Beijing", Upos::Propn, &l), "Beijing");
        assert_eq!(rule_lemma("I", Upos::Pron, &l), "I");
        assert_eq!(rule_lemma("The", Upos::Det, &l), "the");
    }

    #[test]
    fn exceptions_win_and_round_trip() {
        let l = lex();
        let ex = Exceptions::build(&[("met".into(), Upos::Verb, "meet".into()), ("me".into(), Upos::Pron, "I".into())]);
        assert_eq!(lemma("Met", Upos::Verb, &l, &ex), "meet");
        assert_eq!(lemma("met", Upos::Noun, &l, &ex), "met", "the tag is part of the key");
        assert_eq!(lemma("me", Upos::Pron, &l, &ex), "I");
        let mut w = Writer::default();
        ex.write(&mut w);
        let b = w.into_bytes();
        assert_eq!(Exceptions::read(&mut Reader::new(&b)).unwrap(), ex);
        assert_eq!(Exceptions::default().get("x", Upos::X), None);
    }
}
