//! The actor phrase index: every phrase of every actor dictionary, looked up
//! by its first word, longest match first.

use crate::actors::{Agent, CountryEntry, Officeholder, Organisation};
use crate::closed::{ClosedClasses, WordClass};
use crate::lexicon::Lexicon;
use crate::vocab::{phrase_tokens, FxHashMap, Vocab, WordId, UNKNOWN};

/// Which dictionary entry a phrase belongs to (index into the matching
/// `Dictionaries` list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorRef {
    /// `Dictionaries::countries[i]`.
    Country(u32),
    /// `Dictionaries::officeholders[i]`.
    Officeholder(u32),
    /// `Dictionaries::organisations[i]`.
    Organisation(u32),
    /// `Dictionaries::agents[i]`.
    Agent(u32),
}

/// A phrase found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// First token (index into the sentence's tokens).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Every entry with this phrase.
    pub refs: Vec<ActorRef>,
}

/// How case constrains a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum CaseRule {
    /// Any case.
    Free,
    /// The first token must start with a capital ("Turkey", not "turkey").
    Capitalised,
    /// The first token must be all capitals ("NATO", not "nato" in mixed case).
    AllCaps,
    /// As `AllCaps`, and the lower-case word is an ordinary English word
    /// ("IS", "WHO", "US"): in text without capitals it is the word.
    AllCapsWord,
    /// As `AllCaps`, and the lower-case word is an ordinary word
    /// (`acronym_lookalike`: "car" for CAR): in text without capitals it is
    /// the word, also after "the".
    AllCapsLookalike,
    /// As `AllCaps`, and after a number it tells the time of day
    /// (`clock_abbreviation`: "9 PM", "9 pm").
    AllCapsClock,
}

#[derive(Debug)]
struct Entry {
    rest: Vec<WordId>,
    case: CaseRule,
    refs: Vec<ActorRef>,
}

#[derive(Debug, Default)]
pub(crate) struct PhraseIndex {
    /// Entries by their first word, longest first. Fx-hashed: this is
    /// looked up for every known token of every sentence.
    by_first: FxHashMap<WordId, Vec<Entry>>,
}

impl PhraseIndex {
    pub(crate) fn build(
        countries: &[CountryEntry],
        officeholders: &[Officeholder],
        organisations: &[Organisation],
        agents: &[Agent],
        lexicon: &Lexicon,
        closed: &ClosedClasses,
        vocab: &mut Vocab,
    ) -> PhraseIndex {
        let mut index = PhraseIndex::default();
        let mut seen = FxHashMap::default();
        let mut add = |phrase: &str, r: ActorRef| index.add(phrase, r, lexicon, closed, vocab, &mut seen);
        for (i, c) in countries.iter().enumerate() {
            add(&c.text, ActorRef::Country(i as u32));
        }
        for (i, o) in officeholders.iter().enumerate() {
            for phrase in std::iter::once(&o.name).chain(&o.aliases) {
                add(phrase, ActorRef::Officeholder(i as u32));
            }
        }
        for (i, o) in organisations.iter().enumerate() {
            for phrase in std::iter::once(&o.name).chain(&o.aliases) {
                add(phrase, ActorRef::Organisation(i as u32));
            }
        }
        for (i, a) in agents.iter().enumerate() {
            for phrase in &a.forms {
                add(phrase, ActorRef::Agent(i as u32));
            }
        }
        for entries in index.by_first.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        index
    }

    /// Adds `phrase` for `r`, or `r` to the entry that has the phrase
    /// already. `seen` maps (words, case rule) to the entry's position in
    /// its `by_first` list while building: many phrases share a first word
    /// ("President ...", initials), and scanning the list made building
    /// quadratic in the size of the dictionaries.
    fn add(&mut self, phrase: &str, r: ActorRef, lexicon: &Lexicon, closed: &ClosedClasses, vocab: &mut Vocab, seen: &mut FxHashMap<(Vec<WordId>, CaseRule), usize>) {
        let mut toks = phrase_tokens(phrase);
        if toks.len() > 1 && toks[0] == "the" {
            toks.remove(0);
        }
        if toks.is_empty() {
            return;
        }
        let ids: Vec<WordId> = toks.iter().map(|t| vocab.intern(t)).collect();
        let case = case_rule(phrase, &ids, lexicon, closed);
        let entries = self.by_first.entry(ids[0]).or_default();
        let key = (ids, case);
        match seen.get(&key).copied() {
            Some(at) => {
                let e = &mut entries[at];
                if !e.refs.contains(&r) {
                    e.refs.push(r)
                }
            }
            None => {
                entries.push(Entry { rest: key.0[1..].to_vec(), case, refs: vec![r] });
                seen.insert(key, entries.len() - 1);
            }
        }
    }

    pub(crate) fn find_all(&self, words: &[WordId], texts: &[&str], uniform_case: bool) -> Vec<PhraseMatch> {
        let mut out = Vec::new();
        // In a sentence without capitals, an acronym that is also an English
        // word ("IS", "WHO", "US") is the word ("it is", "protesters who",
        // "told us"); "the us" is still the country, "un" still the UN.
        let lower_case = uniform_case && !texts.iter().any(|t| t.chars().any(char::is_uppercase));
        let after_number = |i: usize| i > 0 && texts[i - 1].starts_with(|c: char| c.is_ascii_digit());
        let case_fits = |rule: CaseRule, i: usize| match rule {
            CaseRule::AllCapsWord if lower_case => i > 0 && texts[i - 1] == "the",
            CaseRule::AllCapsLookalike if lower_case => false,
            CaseRule::AllCapsClock if after_number(i) => false,
            _ => uniform_case || case_ok(rule, texts[i]),
        };
        let mut i = 0;
        while i < words.len() {
            let found = (words[i] != UNKNOWN)
                .then(|| self.by_first.get(&words[i]))
                .flatten()
                .and_then(|entries| {
                    entries.iter().find(|e| {
                        let end = i + 1 + e.rest.len();
                        end <= words.len()
                            && words[i + 1..end] == e.rest[..]
                            && case_fits(e.case, i)
                    })
                });
            match found {
                Some(e) => {
                    let end = i + 1 + e.rest.len();
                    out.push(PhraseMatch { start: i, end, refs: e.refs.clone() });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }
}

/// A capitalised phrase made only of ordinary English words ("Turkey",
/// "Chad", "US", "White House") must keep its capitals in the text.
fn case_rule(phrase: &str, ids: &[WordId], lexicon: &Lexicon, closed: &ClosedClasses) -> CaseRule {
    let first = phrase.split_whitespace().next().unwrap_or("");
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return CaseRule::Free;
    }
    if !ids.iter().all(|&id| lexicon.classes(id).known()) {
        return CaseRule::Free;
    }
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        let lower = first.to_lowercase();
        let c = lexicon.classes(ids[0]);
        // In lower-case text function words are never acronyms.
        if closed.is(WordClass::Function, &lower) || c.verb() || c.adjective() || c.adverb() {
            CaseRule::AllCapsWord
        } else if closed.is(WordClass::AcronymLookalike, &lower) {
            CaseRule::AllCapsLookalike
        } else if closed.is(WordClass::ClockAbbreviation, &lower) {
            CaseRule::AllCapsClock
        } else {
            CaseRule::AllCaps
        }
    } else {
        CaseRule::Capitalised
    }
}

fn case_ok(rule: CaseRule, text: &str) -> bool {
    match rule {
        CaseRule::Free => true,
        CaseRule::Capitalised => text.chars().next().is_some_and(char::is_uppercase),
        CaseRule::AllCaps | CaseRule::AllCapsWord | CaseRule::AllCapsLookalike | CaseRule::AllCapsClock => text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase),
    }
}
