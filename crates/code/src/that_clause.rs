//! What the clause after a "that" is: the content of an announcement still
//! to come ("will announce that"), what a party denies ("denied that",
//! "dismissed reports that"), or a fact stated in the indicative ("insisted
//! that Assad was committed", not "insisted that Turkey withdraw").

use dyad_dict::{Dictionaries, VerbTag, WordClass};
use dyad_recognize::Recognized;

use crate::clause::{back_in_clause, verb_in_class};

/// Whether the event word at `first` stands in the "that" clause of a
/// reporting verb (up to three words between them: "announce next week
/// that") whose own verb group is future, hypothetical or expected ("will
/// announce", "is expected to say", "would claim").
pub(crate) fn announcement_to_come(rec: &Recognized<'_>, dict: &Dictionaries, first: usize) -> Option<&'static str> {
    let lower = &rec.sentence.lower;
    let that = (first.saturating_sub(15)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), ";" | "." | "\"")).find(|&k| lower[k] == "that")?;
    let verb = (that.saturating_sub(4)..that).rev().find(|&k| verb_in_class(&rec.sentence, dict, k, WordClass::ReportingWord))?;
    let to_come = back_in_clause(&rec.sentence, verb.saturating_sub(4), verb).any(|k| {
        let w = lower[k].as_ref();
        dict.closed.is(WordClass::Future, w) || dict.closed.is(WordClass::Hypothetical, w) || (lower[k + 1] == "to" && matches!(w, "expected" | "set" | "due" | "likely" | "poised" | "plans" | "planning" | "intends"))
    });
    to_come.then_some("the content of an announcement still to come")
}

/// The event word at `first` stands in a "that" clause of a denial
/// ("denied that", "rejected claims that", "dismissed reports that"), up to
/// twelve words after the "that".
pub(crate) fn denied_content(lower: &[std::borrow::Cow<'_, str>], first: usize) -> bool {
    let deny = |w: &str| w.starts_with("deni") || w.starts_with("deny") || matches!(w, "dismissed" | "dismisses" | "dismissing" | "rejected" | "rejects" | "rejecting" | "refuted" | "refutes");
    // "Canada has denied it has used cluster bombs", "denies its forces
    // attacked": the same without "that", a pronoun opening the clause.
    let zero_that = (first.saturating_sub(6)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), ";" | "." | "\"" | ",")).any(|k| {
        deny(&lower[k]) && k + 1 < first && matches!(lower[k + 1].as_ref(), "it" | "they" | "he" | "she" | "we" | "its" | "their" | "his" | "her" | "our")
    });
    if zero_that {
        return true;
    }
    let Some(that) = (first.saturating_sub(12)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), ";" | "." | "\"")).find(|&k| lower[k] == "that") else { return false };
    let before = |k: usize| (k >= 1).then(|| lower[k - 1].as_ref());
    let report_noun = |w: &str| matches!(w, "reports" | "claims" | "allegations" | "accusations" | "suggestions" | "charges");
    // A time between the verb and its "that": "denied on Tuesday that".
    let time_word = |w: &str| matches!(w, "this" | "last" | "on" | "earlier" | "later" | "week" | "weekend" | "month" | "year" | "morning" | "evening" | "night" | "today" | "yesterday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday");
    let timed_denial = (that.saturating_sub(4)..that).rev().take_while(|&k| time_word(&lower[k])).last().is_some_and(|k| k >= 1 && k < that && deny(&lower[k - 1]));
    if timed_denial {
        return true;
    }
    match before(that) {
        Some(w) if deny(w) => true,
        // "denied reports that", "rejected the allegations that"
        Some(w) if report_noun(w) => (that.saturating_sub(4)..that - 1).any(|k| deny(&lower[k])),
        // "have denied reports this week that": a time between the noun
        // and its "that".
        _ => (that.saturating_sub(4)..that).any(|k| {
            report_noun(&lower[k])
                && k >= 1
                && deny(&lower[k - 1])
                && (k + 1..that).all(|j| matches!(lower[j].as_ref(), "this" | "last" | "on" | "earlier" | "week" | "weekend" | "month" | "year" | "morning" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"))
        }),
    }
}

/// Whether the clause after the "that" at `that` states a fact: its first
/// verb is in the indicative, a past form, a third-person present or a
/// form of "be" or "have" ("insisted that Assad was committed", "agreed that
/// the plan works"), not a bare verb or a modal ("insisted that Turkey
/// withdraw", "agreed that they should work together").
pub(crate) fn indicative_after(rec: &Recognized<'_>, dict: &Dictionaries, that: usize) -> bool {
    let lower = &rec.sentence.lower;
    let end = (that + 8).min(lower.len());
    for k in that + 2..end {
        let w = lower[k].as_ref();
        if matches!(w, "," | ";" | "." | "\"") {
            return false;
        }
        if matches!(w, "was" | "were" | "is" | "are" | "has" | "had" | "have") {
            return true;
        }
        if dict.closed.is(WordClass::Hypothetical, w) || matches!(w, "must" | "shall" | "will") {
            return false;
        }
        let readings = dict.lexicon.verb_readings(rec.sentence.words[k]);
        let noun = dict.lexicon.classes(rec.sentence.words[k]).noun();
        let past = readings.iter().any(|(_, t)| *t == VerbTag::Past) && !noun;
        // ("that he supports", "that the coast remains": an "-s" form that
        // is a plural noun too is the verb right after a singular subject.)
        let after_subject = k >= 1 && (matches!(lower[k - 1].as_ref(), "he" | "she" | "it") || {
            let c = dict.lexicon.classes(rec.sentence.words[k - 1]);
            c.noun() && !c.verb() && !c.adjective() && !lower[k - 1].ends_with('s')
        });
        let third = readings.iter().any(|(_, t)| *t == VerbTag::ThirdSingular) && (!noun || after_subject);
        // ("that marine protected areas should be": a participle before
        // its noun is the subject's adjective, not the clause's verb.)
        let before_noun = k + 1 < lower.len() && {
            let c = dict.lexicon.classes(rec.sentence.words[k + 1]);
            c.noun() && !c.verb()
        };
        if before_noun && !(third && after_subject) {
            continue;
        }
        if past || third {
            return true;
        }
        if !readings.is_empty() && !noun {
            // A bare verb: the subjunctive of a demand.
            return false;
        }
    }
    false
}
