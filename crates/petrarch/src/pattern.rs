//! Matching a verb family's patterns around a verb, TABARI's way: the
//! items of the part after `*` are found in order after the verb, those
//! before `*` in order before it; items joined by `_` (to each other or to
//! the verb, `IN_*`) must be consecutive, other items may have words
//! between them. `$`, `+` and `%` match a coded
//! actor and say it is the source, the target or a compound of both; `^`
//! skips one noun phrase; `( )` and `{ }` hold items that must all match
//! inside one prepositional or noun phrase of the parse.

use dyad_dict::petrarch::{Item, Term, VerbPattern};

use crate::index::{Index, TermPhrases};
use crate::mentions::{Group, Mention};

/// The actors a pattern bound: groups by index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Bindings {
    pub source: Option<usize>,
    pub target: Option<usize>,
    pub compound: Option<usize>,
    /// The compound stands after the verb ("agrees WITH %"): it is the
    /// target side, and the verb's subject the source.
    pub compound_after: bool,
}

/// What a pattern match sees of the sentence.
pub(crate) struct Scene<'a> {
    pub index: &'a Index,
    pub upper: &'a [String],
    pub mentions: &'a [Mention],
    pub groups: &'a [Group],
    /// Group of each mention.
    pub group_of: &'a [usize],
    /// Whether each token is a noun-phrase word (for `^`).
    pub nominal: &'a [bool],
    /// Prepositional phrases (`( )`): token spans starting at the
    /// preposition, in text order.
    pub preps: &'a [(usize, usize)],
    /// Noun phrases (`{ }`): token spans, in text order.
    pub nouns: &'a [(usize, usize)],
    /// Matching steps left for the pattern being tried (see [`STEPS`]).
    pub steps: std::cell::Cell<usize>,
}

/// The most matching steps one pattern may take at one verb. Items may
/// have words between them, so a pattern of many common words could
/// otherwise try every way a long sentence holds them; no real pattern
/// comes near this, and one that would simply does not match.
pub(crate) const STEPS: usize = 20_000;

/// Token spans: (first, one past last).
pub(crate) type Spans = Vec<(usize, usize)>;

/// The prepositional and noun phrases of a sentence, from its tree: a
/// word with a `case` dependent before it heads a prepositional phrase
/// (from the preposition to the end of its subtree); a noun, name,
/// pronoun or number that is no part of a compound or name heads a noun
/// phrase (its subtree, without a leading preposition).
pub(crate) fn phrase_spans(tree: &dyad_core::Parsed, spans: &[(usize, usize)]) -> (Spans, Spans) {
    use dyad_core::{Deprel, Upos};
    let mut preps = Vec::new();
    let mut nouns = Vec::new();
    for (t, &(lo, hi)) in spans.iter().enumerate() {
        let case = tree.children(t).find(|&c| tree.deprels[c] == Deprel::Case && c < t);
        if let Some(c) = case {
            preps.push((lo.min(c), hi));
        }
        let head_noun = matches!(tree.upos[t], Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num) && !matches!(tree.deprels[t], Deprel::Compound | Deprel::Flat | Deprel::Fixed);
        if head_noun {
            let start = match case {
                Some(c) if c == lo => (c + 1..hi).find(|&k| tree.deprels[k] != Deprel::Case).unwrap_or(t),
                _ => lo,
            };
            nouns.push((start, hi));
        }
    }
    preps.sort_unstable();
    nouns.sort_unstable();
    (preps, nouns)
}

impl Scene<'_> {
    /// Lengths of the ways `term` matches at token `at`.
    fn term_at(&self, term: &Term, at: usize) -> Vec<usize> {
        let fits = |words: &[String]| words.len() <= self.upper.len().saturating_sub(at) && words.iter().zip(&self.upper[at..]).all(|(a, b)| a == b);
        match self.index.term_phrases(term) {
            TermPhrases::One(w) => {
                if self.upper.get(at).is_some_and(|u| u == w) {
                    vec![1]
                } else {
                    Vec::new()
                }
            }
            TermPhrases::Many(members) => members.iter().filter(|m| !m.is_empty() && fits(m)).map(Vec::len).collect(),
        }
    }

    /// Ends of the ways a `_`-joined sequence of terms matches from `at`.
    fn seq_at(&self, terms: &[Term], at: usize) -> Vec<usize> {
        let mut ends = vec![at];
        for term in terms {
            let mut next = Vec::new();
            for &e in &ends {
                for len in self.term_at(term, e) {
                    next.push(e + len);
                }
            }
            if next.is_empty() {
                return next;
            }
            ends = next;
        }
        ends
    }

    /// Groups whose first mention starts in `from..to`, in text order, with
    /// that mention's span.
    fn groups_in(&self, from: usize, to: usize) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for (m, mention) in self.mentions.iter().enumerate() {
            if mention.start >= from && mention.start < to && !self.groups[self.group_of[m]].codes.is_empty() {
                let g = self.group_of[m];
                if !out.iter().any(|&(x, _, _)| x == g) {
                    out.push((g, mention.start, mention.end));
                }
            }
        }
        out
    }

    /// Matches `items` forward from token `at`, not past `end`; with
    /// `anchored` the first item must start at `at` (`_` joined it to what
    /// came before).
    fn forward(&self, items: &[Item], at: usize, end: usize, anchored: bool, b: Bindings) -> Option<Bindings> {
        let Some((first, rest)) = items.split_first() else { return Some(b) };
        self.step()?;
        let starts = if anchored { at..(at + 1).min(end) } else { at..end };
        match first {
            Item::Joined => self.forward(rest, at, end, true, b),
            Item::Seq(terms) => starts.clone().find_map(|s| self.seq_at(terms, s).into_iter().filter(|&e| e <= end).find_map(|e| self.forward(rest, e, end, false, b))),
            Item::Prep(inner) | Item::Noun(inner) => {
                // The inner items inside one phrase of the kind, starting
                // after `at`; the rest after that phrase.
                let spans = if matches!(first, Item::Prep(_)) { self.preps } else { self.nouns };
                spans.iter().filter(|&&(s, e)| (if anchored { s == at } else { s >= at }) && e <= end).find_map(|&(s, e)| {
                    let inside = self.forward(inner, s, e, false, b)?;
                    self.forward(rest, e, end, false, inside)
                })
            }
            Item::Source | Item::Target | Item::Compound => {
                self.groups_in(starts.start, starts.end.max(starts.start)).into_iter().find_map(|(g, _, e)| {
                    let mut bound = bind(first, g, b, self.groups)?;
                    bound.compound_after |= matches!(first, Item::Compound);
                    let (_, gend) = self.groups[g].extent;
                    self.forward(rest, e.max(gend.min(end)), end, false, bound)
                })
            }
            Item::Skip => {
                let s = starts.clone().find(|&t| self.nominal[t])?;
                let mut e = s;
                while e < end && self.nominal[e] {
                    e += 1;
                }
                self.forward(rest, e, end, false, b)
            }
        }
    }

    /// Matches `items` backward: the last item nearest before token `at`,
    /// not before `start`; with `anchored` it must end at `at`.
    fn backward(&self, items: &[Item], at: usize, start: usize, anchored: bool, b: Bindings) -> Option<Bindings> {
        let Some((last, rest)) = items.split_last() else { return Some(b) };
        self.step()?;
        match last {
            Item::Joined => self.backward(rest, at, start, true, b),
            Item::Seq(terms) => (start..at).rev().find_map(|s| {
                let fits = self.seq_at(terms, s).into_iter().any(|e| if anchored { e == at } else { e <= at });
                if fits {
                    self.backward(rest, s, start, false, b)
                } else {
                    None
                }
            }),
            Item::Prep(inner) | Item::Noun(inner) => {
                // The nearest phrase of the kind ending before `at`.
                let spans = if matches!(last, Item::Prep(_)) { self.preps } else { self.nouns };
                spans.iter().rev().filter(|&&(s, e)| (if anchored { e == at } else { e <= at }) && s >= start).find_map(|&(s, e)| {
                    let inside = self.forward(inner, s, e, false, b)?;
                    self.backward(rest, s, start, false, inside)
                })
            }
            Item::Source | Item::Target | Item::Compound => {
                let mut found = self.groups_in(start, at);
                found.reverse();
                found.into_iter().filter(|&(_, _, e)| if anchored { e == at } else { e <= at }).find_map(|(g, s, _)| {
                    let bound = bind(last, g, b, self.groups)?;
                    let (gstart, _) = self.groups[g].extent;
                    self.backward(rest, s.min(gstart.max(start)), start, false, bound)
                })
            }
            Item::Skip => {
                let e = (start..at).rev().find(|&t| self.nominal[t])?;
                if anchored && e + 1 != at {
                    return None;
                }
                let mut s = e;
                while s > start && self.nominal[s - 1] {
                    s -= 1;
                }
                self.backward(rest, s, start, false, b)
            }
        }
    }

    /// Takes one matching step, or none when the budget is spent.
    fn step(&self) -> Option<()> {
        let left = self.steps.get();
        self.steps.set(left.checked_sub(1)?);
        Some(())
    }

    /// Matches a pattern around the verb at tokens `verb_start..verb_end`;
    /// the part after the verb is looked for up to `end`.
    pub(crate) fn matches(&self, p: &VerbPattern, verb_start: usize, verb_end: usize, end: usize) -> Option<Bindings> {
        self.steps.set(STEPS);
        let after = self.forward(&p.after, verb_end, end, false, Bindings::default())?;
        self.backward(&p.before, verb_start, 0, false, after)
    }
}

/// Binds group `g` to the slot `item` names; `%` needs a compound.
fn bind(item: &Item, g: usize, mut b: Bindings, groups: &[Group]) -> Option<Bindings> {
    match item {
        Item::Source => b.source = Some(g),
        Item::Target => b.target = Some(g),
        Item::Compound => {
            if groups[g].codes.len() < 2 {
                return None;
            }
            b.compound = Some(g);
        }
        _ => {}
    }
    Some(b)
}
