//! What the predicate after an event noun says of the event: that it
//! ends ("the shelling has stopped") or that it may come ("clashes are now
//! a distinct possibility", "an attack could trigger a war"). Read by
//! `facts::not_reported`.

use dyad_dict::{Dictionaries, WordClass};
use dyad_recognize::Recognized;

use crate::clause::verb_in_class;

/// Whether the first verb after `from` (past its noun's modifiers,
/// auxiliaries and modals, within the clause and six words) is one of
/// ceasing: "airstrikes ... would cease", "the shelling has stopped",
/// "Russian airstrikes on Idlib stopped".
pub(crate) fn ceases_after(rec: &Recognized<'_>, dict: &Dictionaries, from: usize) -> bool {
    let lower = &rec.sentence.lower;
    for (k, w) in lower.iter().enumerate().skip(from).take(6) {
        // ("talks in Geneva to end sanctions": a purpose, not the talks'
        // end.)
        if matches!(w.as_ref(), "," | ";" | "." | ":" | "\"" | "(" | "that" | "which" | "who" | "and" | "but" | "to") {
            return false;
        }
        if crate::clause::is_aux_like(dict, w) {
            continue;
        }
        if !dict.lexicon.verb_readings(rec.sentence.words[k]).is_empty() {
            return verb_in_class(&rec.sentence, dict, k, WordClass::CessationVerb);
        }
    }
    false
}

/// Whether the predicate of the event noun ending before `from` says the
/// event may come ("are now a distinct possibility", "remains a real risk",
/// "is imminent", "is expected", "looms"): over a prepositional phrase or
/// an apposition after the noun, a copula or auxiliaries, and up to three
/// determiners, adverbs or adjectives.
pub(crate) fn prospect_after(rec: &Recognized<'_>, dict: &Dictionaries, from: usize) -> bool {
    let lower = &rec.sentence.lower;
    let words = &rec.sentence.words;
    let copula = |w: &str| matches!(w, "remains" | "remain" | "remained" | "seems" | "seem" | "seemed" | "appears" | "appear" | "appeared" | "looks" | "look" | "looked" | "become" | "becomes" | "became");
    let mut k = from;
    // To the noun's own verb: the first word that can be a verb.
    loop {
        if k >= lower.len() || k >= from + 10 {
            return false;
        }
        let w = lower[k].as_ref();
        // (A new clause: "rebels attack the town and it is likely".)
        if matches!(w, ";" | "." | ":" | "\"" | "that" | "which" | "who" | "but" | "and" | "or") || dict.closed.is(WordClass::Pronoun, w) {
            return false;
        }
        if dict.closed.is(WordClass::ProspectPredicate, w) && !dict.lexicon.verb_readings(words[k]).is_empty() && !w.ends_with("ed") {
            // "a Turkish offensive looms".
            return true;
        }
        if dict.closed.is(WordClass::Auxiliary, w) || copula(w) {
            break;
        }
        if !dict.lexicon.verb_readings(words[k]).is_empty() && !dict.lexicon.classes(words[k]).noun() {
            return false;
        }
        k += 1;
    }
    // Over the verb group ("will be", "is now", "seems to be"). A modal of
    // possibility makes the event its subject names a supposition:
    // "sending troops would risk a nuclear conflict", "an attack on Iran
    // could trigger a war" (not "the strike could have killed civilians",
    // which happened).
    let group = k;
    while k < lower.len() && (crate::clause::is_aux_like(dict, &lower[k]) || copula(&lower[k]) || lower[k] == "to") {
        k += 1;
    }
    // ("The cyber attack could be a response to ...": what a known event
    // may be is a guess about it, not a supposition of it.)
    let definite = from >= 1 && (from.saturating_sub(6)..from).rev().find(|&j| dict.closed.is(WordClass::Article, &lower[j])).is_some_and(|j| lower[j] != "a" && lower[j] != "an");
    let guessed = definite && (group..k).any(|j| lower[j] == "be");
    let supposed = (group..k).any(|j| matches!(lower[j].as_ref(), "would" | "could" | "might" | "may")) && !(group..k).any(|j| lower[j] == "have") && !guessed;
    if supposed {
        return true;
    }
    // Over "a distinct", "increasingly", "very". (A noun of prospect with
    // its determiner or adjective: "a real risk", not the verb of "will
    // risk".)
    for step in 0..3 {
        let Some(w) = lower.get(k) else { return false };
        if dict.closed.is(WordClass::ProspectPredicate, w) || (step > 0 && dict.closed.is(WordClass::ProspectNoun, w)) {
            return true;
        }
        let c = dict.lexicon.classes(words[k]);
        // (Not a participle: "were cancelled due to".)
        let plain_adjective = c.adjective() && !c.noun() && dict.lexicon.verb_readings(words[k]).is_empty();
        if !(dict.closed.is(WordClass::Article, w) || c.adverb() || plain_adjective) {
            return false;
        }
        k += 1;
    }
    false
}
