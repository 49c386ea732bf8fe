//! The modality of an event word's verb group, read from the words around
//! it without a parser: negation, future and announcement, possibility,
//! condition, obligation, habit and voice. What that modality makes of a
//! coded act is the `modal` stage's.

use dyad_dict::{Dictionaries, VerbTag, WordClass};
use dyad_recognize::{Sentence, Trigger};

use crate::clause::{back_in_clause, be_to_future, is_aux_like, verb_in_class, words_until};

/// Modality of an event word's verb group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Modality {
    pub negated: bool,
    pub future: bool,
    /// The future is the speaker's own ("will", "shall", "going to"), not
    /// somebody's expectation or plan ("expected to", "plans to").
    pub announced: bool,
    /// Negated by "no longer": an existing relation ends.
    pub discontinued: bool,
    pub hypothetical: bool,
    /// Made possible, not intended ("might attack", "could strike").
    pub speculative: bool,
    pub passive: bool,
    /// In the condition of a conditional ("if it attacked", "unless they
    /// withdraw"): hypothetical, and nobody's threat.
    pub condition: bool,
    /// A standing relation, not one event ("has long backed").
    pub habitual: bool,
    /// An obligation ("must return", "has to withdraw", "should impose"):
    /// what somebody must or should do, not what was done.
    pub obliged: bool,
}

impl Modality {
    /// Takes on what the verb group `other` says of negation, time,
    /// possibility, condition, habit and obligation (not voice): the
    /// modality of the verb group that an event word shares.
    pub(crate) fn share(&mut self, other: Modality) {
        self.negated |= other.negated;
        self.future |= other.future;
        self.announced |= other.announced;
        self.hypothetical |= other.hypothetical;
        self.speculative |= other.speculative;
        self.condition |= other.condition;
        self.habitual |= other.habitual;
        self.obliged |= other.obliged;
    }
}

/// Whether a "to" right after the event verb of the pattern at `trig` is
/// no infinitive's, so that "is VERBed to" is passive: the pattern has its
/// object slot right after the verb and "to" after that (the verb takes an
/// object and an infinitive: `URGE + to`, `ASK + to`), or it spells out
/// the words after its "to" and the sentence's is no verb (`SENTENCE to
/// death|prison`, not `PREPARE to strike`).
fn to_not_infinitive(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger) -> bool {
    let p = &dict.patterns[trig.pattern];
    let els = &p.elements[p.anchor + 1..];
    let to = |k: usize| matches!(els.get(k).map(|e| &e.kind), Some(dyad_dict::ElementKind::Words(ws)) if ws.iter().any(|&w| dict.vocab.word(w) == "to"));
    let words = |k: usize| matches!(els.get(k).map(|e| &e.kind), Some(dyad_dict::ElementKind::Words(_)));
    let no_verb_after_to = s.words.get(trig.anchor + 2).is_some_and(|&w| dict.lexicon.verb_readings(w).is_empty());
    (matches!(els.first().map(|e| &e.kind), Some(dyad_dict::ElementKind::Target)) && to(1)) || (to(0) && words(1) && no_verb_after_to)
}

/// Voice and modality from the words before the event word.
pub(crate) fn modality(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger) -> Modality {
    let mut m = Modality::default();
    let a = trig.anchor;
    let readings = dict.lexicon.verb_readings(s.words[a]);
    let participle = readings.iter().any(|(_, t)| matches!(t, VerbTag::PastParticiple | VerbTag::Past));
    // "stopped sending aid", "has suspended issuing visas": an act after a
    // verb of ceasing is discontinued, as after "no longer".
    let ceased = a >= 1 && s.lower[a].ends_with("ing") && dict.lexicon.verb_readings(s.words[a - 1]).iter().any(|&(lemma, _)| dict.closed.is(WordClass::CessationVerb, dict.vocab.word(lemma)));
    if ceased {
        m.negated = true;
        m.discontinued = true;
    }
    if abstained(s, dict, a) {
        m.negated = true;
    }
    let lo = a.saturating_sub(5);
    for k in (lo..a).rev() {
        let w = s.lower[k].as_ref();
        // 'will "expel every last Iranian boot"': a quote that opens after the
        // auxiliary is inside the verb group.
        if w == "\"" && k >= 1 && is_aux_like(dict, &s.lower[k - 1]) {
            continue;
        }
        if matches!(w, "," | ";" | "." | "\"") {
            break;
        }
        // (A negation the pattern itself spells is its wording, not a
        // denial: "would not hesitate to use force".)
        // (Nor is the "not" of "did not hesitate to strike": litotes.)
        let litotes = s.lower.get(k + 1).is_some_and(|h| crate::clause::hesitate_form(h)) && s.lower.get(k + 2).is_some_and(|t| t == "to") && k + 3 == a;
        if dict.closed.is(WordClass::Negation, w) && !trig.words.contains(&k) && !litotes {
            m.negated = true;
        }
        // "has yet to receive", "is yet to sign": not done so far.
        if w == "yet" && s.lower.get(k + 1).is_some_and(|n| n == "to") {
            m.negated = true;
            continue;
        }
        // "are due to meet": scheduled, like "expected to".
        if w == "due" && s.lower.get(k + 1).is_some_and(|n| n == "to") {
            m.future = true;
            continue;
        }
        // "made a commitment to ease restrictions", "a pledge to release":
        // a promise the subject made, announced like "will".
        if dict.closed.is(WordClass::PromiseNoun, w) && s.lower.get(k + 1).is_some_and(|n| n == "to") {
            m.future = true;
            m.announced = true;
            continue;
        }
        // "is ready to arrest", "are prepared to lift": a readiness the
        // subject declares, announced like "will".
        if dict.closed.is(WordClass::Readiness, w) && s.lower.get(k + 1).is_some_and(|n| n == "to") && k >= 1 && dict.closed.is(WordClass::Be, &s.lower[k - 1]) {
            m.future = true;
            m.announced = true;
            continue;
        }
        // "the government is to lift", "the two leaders are to meet": the
        // "be to" future announces what the subject will do.
        if w == "to" && k >= 1 && be_to_future(&s.lower[k - 1]) {
            m.future = true;
            m.announced = true;
            continue;
        }
        // "a shorter than expected battle", "as expected": a comparison, no future.
        let compared = k >= 1 && matches!(s.lower[k - 1].as_ref(), "than" | "as");
        if dict.closed.is(WordClass::Future, w) && !compared {
            m.future = true;
            m.announced |= matches!(w, "will" | "'ll" | "shall" | "going");
        }
        if dict.closed.is(WordClass::Hypothetical, w) {
            m.hypothetical = true;
        }
        // ("Israel should strike Iran", "Britain should impose sanctions":
        // what somebody thinks a party should do, not what it did or
        // announced.)
        if matches!(w, "must" | "should") || (w == "to" && k >= 1 && matches!(s.lower[k - 1].as_ref(), "has" | "have" | "had" | "ought")) {
            m.obliged = true;
        }
        if dict.closed.is(WordClass::Speculative, w) {
            m.speculative = true;
        }
        if dict.closed.is(WordClass::StandingRelationAdverb, w) {
            m.habitual = true;
        }
        // "is prepared to", "is committed to": an adjective before an
        // infinitive, not a passive.
        // A verb whose pattern has an object before "to" ("URGE + to", "was
        // urged to", "were told to") and one after "being" or "been" ("is
        // being urged to") are passives all the same.
        let before_infinitive = s.lower.get(a + 1).is_some_and(|w| w == "to") && !to_not_infinitive(s, dict, trig) && !matches!(w, "being" | "been");
        if dict.closed.is(WordClass::Be, w) && participle && !before_infinitive && k + 4 >= a && (k + 1..a).all(|j| is_aux_like(dict, &s.lower[j]) || s.lower[j].ends_with("ly")) {
            m.passive = true;
        }
        // "Isis is known to hold foreign hostages": what somebody is known
        // for, not the day's act. ("known to have been beheaded" reports one.)
        if w == "known" && s.lower.get(k + 1).is_some_and(|n| n == "to") && s.lower.get(k + 2).is_none_or(|n| n != "have") {
            m.habitual = true;
        }
        // "would rather go fight": a preference, not an intention. (A bare
        // "go" or "come" before the verb is part of its group: "go fight".)
        if w == "rather" && k >= 1 && s.lower[k - 1] == "would" {
            m.hypothetical = true;
            m.speculative = true;
        }
        // "risks being executed", "risk being arrested": a possibility.
        if matches!(w, "risk" | "risks" | "risked" | "risking") && s.lower.get(k + 1).is_some_and(|n| n == "being") {
            m.hypothetical = true;
            m.speculative = true;
        }
        // "would no longer supply": "no longer" negates like "not".
        if w == "longer" && k >= 1 && s.lower[k - 1] == "no" {
            m.negated = true;
            m.discontinued = true;
            continue;
        }
        // ("might get shot": the passive's "get" is in the group too.)
        if !is_aux_like(dict, w) && !dict.closed.is(WordClass::Be, w) && !dict.closed.is(WordClass::StandingRelationAdverb, w) && !matches!(w, "to" | "not" | "no" | "yet" | "going" | "plans" | "planned" | "expected" | "scheduled" | "set" | "ready" | "willing" | "prepared" | "go" | "come") && !w.ends_with("ly") {
            break;
        }
    }
    // "Nobody was arrested", "no one has claimed the attack": a negative
    // subject right before the verb group denies the act.
    let mut k = a;
    while k > 0 && (is_aux_like(dict, &s.lower[k - 1]) || s.lower[k - 1].ends_with("ly")) {
        k -= 1;
    }
    if k > 0 && (matches!(s.lower[k - 1].as_ref(), "nobody" | "none") || (s.lower[k - 1] == "one" && k >= 2 && s.lower[k - 2] == "no")) {
        m.negated = true;
    }
    // "our government actively supports Turkey", "Assad and Russia support
    // the plan", "is supported by the US": a verb of standing position in
    // the simple present describes a relation, not the day's act.
    // A present form: "supports" (third person) or "support" (base).
    let present_form = {
        let third = s.lower[a].ends_with('s') && readings.iter().any(|(_, t)| *t == VerbTag::ThirdSingular);
        let base = readings.iter().any(|(_, t)| *t == VerbTag::Base) && !s.lower[a].ends_with('s');
        third || base
    };
    if readings.iter().any(|(l, _)| dict.closed.is(WordClass::StativeVerb, dict.vocab.word(*l))) {
        // Back over adverbs: "actively supports", "still supports".
        let mut k = a;
        while k > 0 && (s.lower[k - 1].ends_with("ly") || dict.closed.is(WordClass::VerbGroupAdverb, &s.lower[k - 1])) {
            k -= 1;
        }
        let prev = if k > 0 { s.lower[k - 1].as_ref() } else { "" };
        let present_passive = matches!(prev, "is" | "are") && participle;
        let finite_present = present_form && k > 0 && !is_aux_like(dict, prev) && !matches!(prev, "to" | "and" | "or" | "the" | "a" | "an" | "its" | "their" | "his" | "her" | "of" | "for");
        if present_passive || finite_present {
            m.habitual = true;
        }
    }
    // "the Russians who target civilians", "Washington, which works
    // closely with": a relative clause in the simple present says what a
    // group does, not what it did that day.
    if present_form && a > 0 && matches!(s.lower[a - 1].as_ref(), "who" | "which") {
        m.habitual = true;
    }
    // So is its second verb: "a dictator who starves and massacres his own
    // population".
    if present_form && a >= 3 && matches!(s.lower[a - 1].as_ref(), "and" | "or") && matches!(s.lower[a - 3].as_ref(), "who" | "which") {
        m.habitual = true;
    }
    // The same in the progressive: "his regime, which is killing or
    // imprisoning Kurds", "groups who are fighting Isis".
    if a >= 2 && s.lower[a].ends_with("ing") && matches!(s.lower[a - 1].as_ref(), "is" | "are") && matches!(s.lower[a - 2].as_ref(), "who" | "which") {
        m.habitual = true;
    }
    // "has supported them throughout the war", "has advised for some time
    // against", "had besieged the base for the past three years": a perfect
    // with a span of time is a relation that has lasted, not the day's act.
    let perfect = (lo..a).rev().take_while(|&k| is_aux_like(dict, &s.lower[k])).any(|k| matches!(s.lower[k].as_ref(), "has" | "have" | "had"));
    if perfect && lasting_span(s, dict, a + 1) {
        m.habitual = true;
    }
    // "have repeatedly hit civilian targets": a perfect of repeated acts
    // sums them up.
    let group: Vec<usize> = (lo..a).rev().take_while(|&k| is_aux_like(dict, &s.lower[k]) || s.lower[k].ends_with("ly")).collect();
    // ("has repeatedly threatened a new incursion in recent days" is news.)
    let recent = || {
        let clause = words_until(s, a + 1, 14, &[".", ";"]);
        clause.windows(2).any(|x| matches!(x, ["recent", "days" | "weeks"] | ["this" | "last" | "past", "week" | "weekend" | "month" | "days"] | ["since" | "on", "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"]))
    };
    if group.iter().any(|&k| matches!(s.lower[k].as_ref(), "has" | "have" | "had" | "'ve")) && group.iter().any(|&k| s.lower[k] == "repeatedly") && !recent() {
        m.habitual = true;
    }
    // "if it attacked", "unless they withdraw", "in case Isis raided": the
    // event is a condition in the same clause (up to 15 words on).
    // ("unless the president, Bashar al-Assad, agreed": a name set off by
    // commas is passed over.)
    let mut appositive_until = None;
    for k in (a.saturating_sub(15)..trig.start.min(a)).rev() {
        let w = s.lower[k].as_ref();
        if appositive_until.is_some_and(|j| k >= j) {
            continue;
        }
        if w == "," && appositive_until.is_none() {
            let opening = (k.saturating_sub(6)..k).rev().find(|&j| s.lower[j] == ",");
            if let Some(j) = opening.filter(|&j| j + 1 < k && s.texts[j + 1].starts_with(char::is_uppercase) && !s.uniform_case) {
                appositive_until = Some(j);
                continue;
            }
        }
        if matches!(w, "," | ";" | "." | "\"" | "but") {
            break;
        }
        // ("provided that", "assuming that": only with their "that"; as
        // verbs they report acts: "provided the information".)
        let that_condition = matches!(w, "assuming" | "provided" | "providing") && s.lower.get(k + 1).is_some_and(|n| n == "that");
        if matches!(w, "if" | "unless" | "whether" | "lest" | "supposing") || that_condition || (w == "case" && k >= 1 && s.lower[k - 1] == "in") {
            m.condition = true;
            m.hypothetical = true;
            break;
        }
        // "Had rebels attacked the embassy, ...", "Should Iran strike, ...",
        // "Were Russia to invade, ...": an auxiliary opening the clause before
        // its subject is a condition without "if".
        // (It opens the sentence, or follows the main clause it conditions:
        // "staff would have fled, had rebels attacked"; after an aside's
        // comma it is a plain perfect: "people, including the President,
        // had mass protested".)
        let clause_opening = k == 0 || matches!(s.lower[k - 1].as_ref(), "\"" | "(") || (s.lower[k - 1] == "," && s.lower[..k].iter().any(|x| matches!(x.as_ref(), "would" | "could" | "might")));
        // (The subject must open right after it: "Smith, the leader, had
        // previously attacked" is no condition.)
        let subject_opens = |j: usize| {
            let n = s.lower[j].as_ref();
            let c = dict.lexicon.classes(s.words[j]);
            dict.closed.is(WordClass::Article, n) || dict.closed.is(WordClass::Pronoun, n) || (!s.uniform_case && s.texts[j].starts_with(char::is_uppercase)) || (c.noun() && !c.adverb() && !dict.lexicon.has_reading(s.words[j], VerbTag::PastParticiple))
        };
        if clause_opening && matches!(w, "had" | "should" | "were") && k + 1 < a && subject_opens(k + 1) {
            m.condition = true;
            m.hypothetical = true;
            break;
        }
        // "once Democrats take control", "until the troops leave", "as soon
        // as the army withdraws", "before he shoots off missiles again": a
        // clause of time in the simple present
        // speaks of the future, a condition of the main clause.
        let simple_present = present_form && a >= 1 && !is_aux_like(dict, &s.lower[a - 1]) && s.lower[a - 1] != "to";
        // ("after some took part in street protests": after "before" and
        // "after", a word that may be a noun is a verb only after a pronoun
        // or a name.)
        let verb_here = || {
            !dict.lexicon.classes(s.words[a]).noun()
                || (a >= 1 && (matches!(s.lower[a - 1].as_ref(), "he" | "she" | "it" | "they" | "we" | "i" | "you") || (!s.uniform_case && s.texts[a - 1].starts_with(char::is_uppercase))))
        };
        // ("tens of thousands may die as Russian forces storm the last
        // stronghold": after a main clause of "may", "will" or "would", an
        // "as" clause in the simple present is a time to come too.)
        let modal_main = || s.lower[..k].iter().any(|x| matches!(x.as_ref(), "will" | "would" | "may" | "might" | "could" | "'ll"));
        if simple_present && (matches!(w, "once" | "until" | "till") || (matches!(w, "before" | "after") && verb_here()) || (w == "soon" && k >= 1 && s.lower[k - 1] == "as") || (w == "as" && k + 1 < a && modal_main())) {
            m.condition = true;
            m.hypothetical = true;
            break;
        }
    }
    // "convened a meeting for Monday", "will meet next week": a time still
    // to come after the event words (within its clause) makes the act a
    // future one; a meeting so scheduled is announced, not held.
    if scheduled_after(s, dict, trig.end.max(a + 1)) {
        m.future = true;
    }
    // "could only defeat the caliphate by attacking it", "will respond by
    // imposing sanctions": the means of a verb group takes that group's
    // possibility or future (the modal within twelve words back, in the clause).
    if a >= 1 && s.lower[a - 1] == "by" && s.lower[a].ends_with("ing") {
        for k in back_in_clause(s, a.saturating_sub(13), a - 1) {
            let w = s.lower[k].as_ref();
            if dict.closed.is(WordClass::Hypothetical, w) && !matches!(w, "if" | "unless") {
                m.hypothetical = true;
                m.speculative |= dict.closed.is(WordClass::Speculative, w);
            }
            if dict.closed.is(WordClass::Future, w) && is_aux_like(dict, w) {
                m.future = true;
                m.announced |= matches!(w, "will" | "'ll" | "shall");
            }
            // "came to stay and to challenge the US by threatening Israel":
            // the means of a purpose not yet reached is not done either.
            if w == "to" && s.words.get(k + 1).is_some_and(|&v| dict.lexicon.verb_readings(v).iter().any(|(_, t)| *t == VerbTag::Base)) {
                m.hypothetical = true;
                m.speculative = true;
            }
        }
    }
    // "has used chemical weapons again and again", "has backed rebel
    // groups, on and off", "time and again": a repeated act told as a whole
    // is a record, not the day's news (within the clause after the verb).
    let after = words_until(s, a + 1, 11, &[".", ";"]);
    let before: Vec<&str> = s.lower[a.saturating_sub(6)..a].iter().map(|w| w.as_ref()).collect();
    let repeated = |ws: &[&str]| ws.windows(3).any(|x| matches!(x, ["again", "and", "again"] | ["time", "and", "again"] | ["time", "after", "time"] | ["on", "and", "off"] | ["off", "and", "on"]));
    if repeated(&after) || repeated(&before) {
        m.habitual = true;
    }
    // "has quietly continued to support the project": a standing position
    // kept up, not the day's act.
    let continued = a >= 2 && s.lower[a - 1] == "to" && matches!(s.lower[a - 2].as_ref(), "continue" | "continues" | "continued" | "continuing");
    if continued && readings.iter().any(|(l, _)| dict.closed.is(WordClass::StativeVerb, dict.vocab.word(*l))) {
        m.habitual = true;
    }
    // "have frequently stated that they would welcome": what somebody says
    // again and again is a position, not the day's statement.
    let said_often = back_in_clause_or_that(s, a).any(|k| k >= 1 && verb_in_class(s, dict, k, WordClass::ReportingWord) && matches!(s.lower[k - 1].as_ref(), "frequently" | "repeatedly" | "often" | "regularly" | "routinely" | "consistently"));
    if said_often {
        m.habitual = true;
    }
    // "Trump has called for withdrawal before": a perfect with "before" at
    // the end of its clause tells earlier occasions.
    let before_at_end = || words_until(s, trig.end.max(a + 1), usize::MAX, &[".", ";", ",", "and", "but"]).last() == Some(&"before");
    if perfect && before_at_end() {
        m.habitual = true;
    }
    // "view how the US withdraws from conflicts": a clause of "how" in the
    // simple present tells a way of doing things, not an act.
    if present_form && back_in_clause(s, a.saturating_sub(6), a).any(|k| s.lower[k] == "how") {
        m.habitual = true;
    }
    // "to which the Turks were until recently opposed": a state that has
    // ended, not the day's act.
    if (a.saturating_sub(4)..a).any(|k| s.lower[k] == "until" && s.lower.get(k + 1).is_some_and(|n| n == "recently")) {
        m.habitual = true;
    }
    // "the proposal that the OPCW visit Douma", "insisted that the
    // president resign": a verb in the base form after a that-clause of
    // proposing or demanding is what is asked for, not what was done.
    let bare = readings.iter().any(|(_, t)| *t == VerbTag::Base) && !s.lower[a].ends_with('s') && a >= 1 && !is_aux_like(dict, &s.lower[a - 1]) && s.lower[a - 1] != "to";
    if bare {
        let proposing = |w: &str| dict.closed.is(WordClass::ProposingWord, w);
        if let Some(that) = back_in_clause(s, a.saturating_sub(8), a).find(|&k| s.lower[k] == "that") {
            if that >= 1 && proposing(&s.lower[that - 1]) {
                m.hypothetical = true;
                m.speculative = true;
            }
        }
    }
    // "any Israeli strike on Iran would", "every attack on the convoy": an
    // act named with "any" or "every" is a kind of act, not one that took
    // place (up to three words of description between).
    if dict.lexicon.classes(s.words[a]).noun() {
        let generic = (a.saturating_sub(3)..a).rev().take_while(|&k| !matches!(s.lower[k].as_ref(), "," | ";" | "." | "\"") && !is_aux_like(dict, &s.lower[k])).any(|k| matches!(s.lower[k].as_ref(), "any" | "every"));
        if generic {
            m.hypothetical = true;
            m.speculative = true;
        }
    }
    // "would, under the mission's mandate, be met by": an aside set off by
    // commas inside the verb group leaves its auxiliary before it.
    if let Some(aside_aux) = auxiliary_before_aside(s, dict, a) {
        for k in aside_aux {
            let w = s.lower[k].as_ref();
            m.negated |= dict.closed.is(WordClass::Negation, w);
            m.hypothetical |= dict.closed.is(WordClass::Hypothetical, w);
            m.speculative |= dict.closed.is(WordClass::Speculative, w);
            m.obliged |= matches!(w, "must" | "should");
            if dict.closed.is(WordClass::Future, w) {
                m.future = true;
                m.announced |= matches!(w, "will" | "'ll" | "shall");
            }
        }
    }
    // "markets are pricing in a chance that Washington will slap tariffs",
    // "Tehran fears that the US will attack": what a clause of likelihood
    // or fear says may happen has not.
    for k in back_in_clause(s, a.saturating_sub(12), a) {
        // ("my guess is that Caracas will free": the noun before "is that".)
        let noun_before = if k >= 2 && matches!(s.lower[k - 1].as_ref(), "is" | "was") { k - 2 } else { k.saturating_sub(1) };
        // ("the rumours circulating on social media that": the noun with a
        // short modifier of its own, no verb group between.)
        let modified_noun = || (k.saturating_sub(6)..k.saturating_sub(1)).rev().take_while(|&j| !dict.closed.is(WordClass::Auxiliary, &s.lower[j + 1])).any(|j| dict.closed.is(WordClass::LikelihoodWord, &s.lower[j]) && dict.lexicon.classes(s.words[j + 1]).verb());
        if s.lower[k] == "that" && k >= 1 && (dict.closed.is(WordClass::LikelihoodWord, &s.lower[noun_before]) || modified_noun()) {
            m.hypothetical = true;
            m.speculative = true;
            break;
        }
    }
    // "has given them no promises of support", "made no concessions",
    // "held no talks": "no" on the pattern's own noun negates the act.
    if trig.words.iter().any(|&w| w > a) && (a + 1..trig.words.iter().copied().max().unwrap_or(a)).any(|k| s.lower[k] == "no") {
        m.negated = true;
    }
    // "No curfew was imposed", "no new sanctions were announced": "no" on
    // a passive pattern's noun before its verb.
    if let Some(noun) = trig.words.iter().copied().filter(|&w| w < a).min() {
        if (noun.saturating_sub(2)..noun).any(|k| s.lower[k] == "no") {
            m.negated = true;
        }
    }
    // "At no point did Turkish jets violate Greek airspace", "at no time
    // were shots fired": a negation fronted with its inversion.
    if back_in_clause(s, a.saturating_sub(12), a).any(|k| s.lower[k] == "no" && k >= 1 && s.lower[k - 1] == "at" && s.lower.get(k + 1).is_some_and(|n| matches!(n.as_ref(), "point" | "time" | "stage"))) {
        m.negated = true;
    }
    // "The meeting between the ministers never took place", "the talks did
    // not take place": an event noun whose taking place is denied.
    let denied_place = || {
        let after_event = words_until(s, trig.end.max(a + 1), 12, &[".", ";", ","]);
        after_event.windows(2).enumerate().any(|(i, x)| matches!(x, ["take" | "took" | "taken" | "takes", "place"]) && after_event[..i].iter().any(|w| matches!(*w, "never" | "not" | "n't")))
    };
    if dict.lexicon.classes(s.words[a]).noun() && denied_place() {
        m.negated = true;
    }
    // "neither Britain nor France have ratified": the subject is negated.
    if (a.saturating_sub(10)..a).any(|k| s.lower[k] == "neither") && (a.saturating_sub(10)..a).any(|k| s.lower[k] == "nor") {
        m.negated = true;
    }
    // "denied meeting", "refused to attack": a negating verb right before.
    if a >= 1 {
        let prev = s.lower[a - 1].as_ref();
        let prev2 = if a >= 2 { s.lower[a - 2].as_ref() } else { "" };
        if matches!(prev, "denied" | "denies" | "deny")
            || (prev == "to" && matches!(prev2, "refused" | "refuses" | "declined" | "declines" | "failed" | "fails" | "fail"))
        {
            m.negated = true;
        }
    }
    m
}

/// Tokens before the event word at `a`, back to the start of its
/// sentence, across a "that" (unlike [`back_in_clause`]) but not across
/// a sentence-ending mark (up to 14 words).
fn back_in_clause_or_that<'a>(s: &'a Sentence<'_>, a: usize) -> impl Iterator<Item = usize> + 'a {
    (a.saturating_sub(14)..a).rev().take_while(|&k| !matches!(s.lower[k].as_ref(), ";" | "." | "\""))
}

/// The auxiliary (with a negation or auxiliary right before it) that an
/// aside set off by commas separates from the verb group of the event word
/// at `a`: "would, under the mission's mandate, be met" gives "would".
fn auxiliary_before_aside(s: &Sentence<'_>, dict: &Dictionaries, a: usize) -> Option<std::ops::Range<usize>> {
    // The closing comma, with only auxiliaries or "be" between it and the verb.
    let close = (a.saturating_sub(3)..a).rev().find(|&k| s.lower[k] == ",")?;
    if !(close + 1..a).all(|k| is_aux_like(dict, &s.lower[k]) || dict.closed.is(WordClass::Be, &s.lower[k])) {
        return None;
    }
    let open = (close.saturating_sub(8)..close).rev().find(|&k| s.lower[k] == ",")?;
    if open == 0 || !is_aux_like(dict, &s.lower[open - 1]) {
        return None;
    }
    let first = if open >= 2 && (is_aux_like(dict, &s.lower[open - 2]) || dict.closed.is(WordClass::Negation, &s.lower[open - 2])) { open - 2 } else { open - 1 };
    Some(first..open)
}

/// A time still to come within the clause after token `from` (up to ten
/// words, not past a comma, a coordinating word or another clause's
/// opening): "for Monday", "next week", "next month", "tomorrow", "later
/// this week".
fn scheduled_after(s: &Sentence<'_>, dict: &Dictionaries, from: usize) -> bool {
    let lower = &s.lower;
    let day = |k: usize| lower.get(k).is_some_and(|w| w.ends_with("day") && dict.closed.is(WordClass::PatternAdverbial, w) && !matches!(w.as_ref(), "today" | "yesterday"));
    let unit = |k: usize| day(k) || lower.get(k).is_some_and(|w| matches!(w.as_ref(), "week" | "month" | "year" | "weekend"));
    for k in from..lower.len().min(from + 10) {
        let w = lower[k].as_ref();
        if matches!(w, "," | ";" | "." | ":" | "\"" | "and" | "but" | "or" | "to" | "that" | "which" | "who" | "after" | "before" | "when" | "since") {
            return false;
        }
        let scheduled = (w == "for" && day(k + 1))
            || (w == "next" && unit(k + 1))
            || w == "tomorrow"
            || (w == "later" && lower.get(k + 1).is_some_and(|n| n == "this") && unit(k + 2));
        if scheduled {
            return true;
        }
    }
    false
}

/// A span of time in the clause after the verb at `from` (up to ten words,
/// not past a comma): "for some time", "for years", "for the past three
/// years", "throughout the war", "since 2011", "since the start of".
fn lasting_span(s: &Sentence<'_>, dict: &Dictionaries, from: usize) -> bool {
    let lower = &s.lower;
    // Not into another verb's clause: "accused them of torturing ... for years".
    let end = (from..(from + 10).min(lower.len()))
        .find(|&k| matches!(lower[k].as_ref(), "," | ";" | "." | "\"" | "but" | "and" | "where" | "which" | "who" | "of" | "to") || lower[k].ends_with("ing"))
        .unwrap_or((from + 10).min(lower.len()));
    (from..end).any(|k| match lower[k].as_ref() {
        // "throughout the war", not "throughout the country".
        "throughout" => (k + 1..(k + 4).min(end)).any(|j| dict.closed.is(WordClass::TimeSpan, &lower[j])),
        "for" => for_a_span(lower, dict, k + 1, end),
        "since" => lower.get(k + 1).is_some_and(|w| (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())) || (w == "the" && lower.get(k + 2).is_some_and(|n| matches!(n.as_ref(), "start" | "beginning" | "outbreak")))),
        _ => false,
    })
}

/// After "for": a span that has lasted ("years", "some time", "the past
/// three years", "many months"), not how long a new state is to last ("two
/// weeks") nor a count of occasions ("the first time").
fn for_a_span(lower: &[std::borrow::Cow<'_, str>], dict: &Dictionaries, from: usize, end: usize) -> bool {
    let mut after_past = false;
    for j in from..(from + 5).min(end) {
        let w = lower[j].as_ref();
        if dict.closed.is(WordClass::TimeSpan, w) {
            return true;
        }
        if w == "time" {
            return j > from && matches!(lower[j - 1].as_ref(), "some" | "long");
        }
        let number = w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten");
        if !(matches!(w, "some" | "many" | "several" | "a" | "the" | "long" | "few" | "nearly" | "almost" | "more" | "than" | "past" | "last") || number && after_past) {
            return false;
        }
        after_past |= matches!(w, "past" | "last");
    }
    false
}

/// "refrained from attacking", "ruled out sending troops", "stopped short
/// of imposing sanctions", "backed away from imposing": an act in the
/// "-ing" form after a verb of holding back (with up to two linking words)
/// is not done.
fn abstained(s: &Sentence<'_>, dict: &Dictionaries, a: usize) -> bool {
    if !s.lower[a].ends_with("ing") {
        return false;
    }
    let mut k = a;
    while k > 0 && a - k < 2 && matches!(s.lower[k - 1].as_ref(), "from" | "of" | "on" | "out" | "off" | "away" | "short") {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let verb = k - 1;
    let particle = if k < a { Some(s.lower[k].as_ref()) } else { None };
    dict.lexicon.verb_readings(s.words[verb]).iter().any(|&(lemma, _)| {
        let lemma = dict.vocab.word(lemma);
        dict.closed.is(WordClass::AbstentionVerb, lemma) || particle.is_some_and(|p| dict.closed.is(WordClass::AbstentionVerb, &format!("{lemma}:{p}")))
    })
}
