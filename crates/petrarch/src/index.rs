//! The set compiled for lookup: phrases by first word, verbs by form and
//! lemma, synonym sets with their plurals.

use std::collections::HashMap;

use dyad_dict::petrarch::{upper_plural, AgentCode, Code, Item, Term, VerbPattern};

use crate::set::PetrarchSet;

/// What an actor or agent phrase stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// An actor: index into [`PetrarchSet::actors`].
    Actor(usize),
    /// An agent and its code.
    Agent(AgentCode),
}

/// A phrase of the actor or agent dictionaries.
#[derive(Debug, Clone)]
pub(crate) struct Phrase {
    /// Its words, upper case.
    pub words: Vec<String>,
    /// What it stands for.
    pub kind: PhraseKind,
    /// Order read (actors first, then agents, each in file order).
    pub order: usize,
}

/// A verb of a family, ready to match.
#[derive(Debug, Clone)]
pub(crate) struct VerbEntry {
    /// The family (index into the verb dictionary's families).
    pub family: usize,
    /// The words, upper case; `head` is the inflected one.
    pub words: Vec<String>,
    /// Index of the inflected word.
    pub head: usize,
    /// The code of its bare use: its own, else its family's.
    pub code: Code,
    /// Source line.
    pub line: usize,
}

/// The set compiled for coding.
#[derive(Debug)]
pub(crate) struct Index {
    /// Actor and agent phrases by their first word, longest first.
    pub phrases: HashMap<String, Vec<Phrase>>,
    /// Verbs by the head word's form as written (`LEFT`, `BANNED`).
    pub verbs_by_form: HashMap<String, Vec<VerbEntry>>,
    /// Verbs by the head word as a lemma (`RESTORE`).
    pub verbs_by_lemma: HashMap<String, Vec<VerbEntry>>,
    /// Each family's patterns, most specific first.
    pub patterns: Vec<Vec<VerbPattern>>,
    /// Synonym sets: member phrases with their plurals, upper case.
    pub synsets: HashMap<String, Vec<Vec<String>>>,
    /// Discard phrases: (words, story-level).
    pub discards: Vec<(Vec<String>, bool)>,
    /// Issue forms by first token: (tokens, code).
    pub issues: HashMap<String, Vec<(Vec<String>, String)>>,
    /// Issue exclusions by first token.
    pub issue_exclusions: HashMap<String, Vec<Vec<String>>>,
}

/// How specific a pattern is: its literal words and actor slots; PETRARCH
/// tries longer patterns first.
fn specificity(p: &VerbPattern) -> usize {
    fn count(items: &[Item]) -> usize {
        items
            .iter()
            .map(|i| match i {
                Item::Seq(terms) => terms.len(),
                Item::Prep(inner) | Item::Noun(inner) => count(inner),
                Item::Source | Item::Target | Item::Compound | Item::Skip => 1,
                Item::Joined => 0,
            })
            .sum()
    }
    count(&p.before) + count(&p.after)
}

impl Index {
    pub(crate) fn build(set: &PetrarchSet) -> Index {
        let mut phrases: HashMap<String, Vec<Phrase>> = HashMap::new();
        for (i, a) in set.actors.iter().enumerate() {
            for name in &a.names {
                if let Some(first) = name.first() {
                    let order = phrases.values().map(Vec::len).sum();
                    phrases.entry(first.clone()).or_default().push(Phrase { words: name.clone(), kind: PhraseKind::Actor(i), order });
                }
            }
        }
        for a in &set.agents {
            for form in &a.forms {
                if let Some(first) = form.first() {
                    let order = phrases.values().map(Vec::len).sum();
                    phrases.entry(first.clone()).or_default().push(Phrase { words: form.clone(), kind: PhraseKind::Agent(a.code.clone()), order });
                }
            }
        }
        for list in phrases.values_mut() {
            // Longest first; an actor before an agent of the same words;
            // of two entries with the same words the later one, as
            // PETRARCH's dictionaries keep the last entry read.
            list.sort_by(|a, b| {
                b.words
                    .len()
                    .cmp(&a.words.len())
                    .then_with(|| matches!(a.kind, PhraseKind::Agent(_)).cmp(&matches!(b.kind, PhraseKind::Agent(_))))
                    .then_with(|| b.order.cmp(&a.order))
            });
        }
        let mut verbs_by_form: HashMap<String, Vec<VerbEntry>> = HashMap::new();
        let mut verbs_by_lemma: HashMap<String, Vec<VerbEntry>> = HashMap::new();
        let mut patterns = Vec::new();
        for (f, family) in set.verbs.families.iter().enumerate() {
            for v in &family.verbs {
                let entry = |words: Vec<String>| VerbEntry {
                    family: f,
                    head: v.head.min(words.len().saturating_sub(1)),
                    words,
                    code: v.code.clone().unwrap_or_else(|| family.code.clone()),
                    line: v.line,
                };
                let e = entry(v.words.clone());
                verbs_by_lemma.entry(e.words[e.head].clone()).or_default().push(e.clone());
                verbs_by_form.entry(e.words[e.head].clone()).or_default().push(e);
                for form in &v.forms {
                    if form.is_empty() {
                        continue;
                    }
                    // A form of a multi-word verb is written whole
                    // (`+HANDED_OVER`): its inflected word is where the
                    // verb's is.
                    let e = entry(form.clone());
                    verbs_by_form.entry(e.words[e.head].clone()).or_default().push(e);
                }
            }
            let mut ps = family.patterns.clone();
            ps.sort_by_key(|p| std::cmp::Reverse(specificity(p)));
            patterns.push(ps);
        }
        for list in verbs_by_form.values_mut().chain(verbs_by_lemma.values_mut()) {
            list.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
        }
        let mut synsets: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for s in &set.verbs.synsets {
            let mut members = Vec::new();
            for m in &s.members {
                let words: Vec<String> = m.words.iter().map(|w| w.to_ascii_uppercase()).collect();
                if m.plural {
                    if let Some(last) = words.last() {
                        let mut p = words.clone();
                        *p.last_mut().expect("non-empty") = upper_plural(last);
                        members.push(p);
                    }
                }
                members.push(words);
            }
            synsets.insert(s.name.to_ascii_uppercase(), members);
        }
        // A member naming another set (`+&TIETYPES`) stands for that set's
        // members; sets are expanded in file order, so a set may name any
        // set defined before it, or itself be named later.
        for s in &set.verbs.synsets {
            let name = s.name.to_ascii_uppercase();
            let members = synsets.get(&name).cloned().unwrap_or_default();
            let mut expanded = Vec::new();
            for m in members {
                match m.as_slice() {
                    [one] if one.starts_with('&') => {
                        let inner = one.trim_start_matches('&').trim_end_matches('_');
                        expanded.extend(synsets.get(inner).cloned().unwrap_or_default());
                    }
                    _ => expanded.push(m),
                }
            }
            synsets.insert(name, expanded);
        }
        let discards = set.discards.iter().map(|d| (d.words.clone(), d.story)).collect();
        let mut issues: HashMap<String, Vec<(Vec<String>, String)>> = HashMap::new();
        for p in &set.issues.phrases {
            for form in p.forms.iter().filter(|f| !f.is_empty()) {
                issues.entry(form[0].clone()).or_default().push((form.clone(), p.code.clone()));
            }
        }
        for list in issues.values_mut() {
            list.sort_by_key(|(f, _)| std::cmp::Reverse(f.len()));
        }
        let mut issue_exclusions: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for forms in &set.issues.exclusions {
            for form in forms.iter().filter(|f| !f.is_empty()) {
                issue_exclusions.entry(form[0].clone()).or_default().push(form.clone());
            }
        }
        Index { phrases, verbs_by_form, verbs_by_lemma, patterns, synsets, discards, issues, issue_exclusions }
    }

    /// The phrases of a synonym set, or of a literal word.
    pub(crate) fn term_phrases<'a>(&'a self, term: &'a Term) -> TermPhrases<'a> {
        match term {
            Term::Word(w) => TermPhrases::One(w),
            Term::Synset(name) => TermPhrases::Many(self.synsets.get(&name.to_ascii_uppercase()).map(Vec::as_slice).unwrap_or(&[])),
        }
    }
}

/// The written forms a pattern term matches.
pub(crate) enum TermPhrases<'a> {
    /// A literal word.
    One(&'a str),
    /// A synonym set's member phrases.
    Many(&'a [Vec<String>]),
}
