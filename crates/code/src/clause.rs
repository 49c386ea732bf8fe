//! Clause analysis without a parser: which actor phrase is the subject of an
//! event word, which the object, what an infinitive is governed by, what was
//! decided. Works from closed-class words and the lexicon; the verb group's
//! modality is in `modality`.

use dyad_dict::{Dictionaries, VerbTag};
use dyad_dict::WordClass;
use dyad_recognize::{ActorPhrase, Sentence, Trigger};
use dyad_ontology::Category;

/// Token ranges that are parenthetical: ", who ... ," relative clauses and
/// "( ... )" asides. A subject is never taken from inside one unless the
/// event word is inside it too.
pub(crate) fn parentheticals(s: &Sentence<'_>, dict: &Dictionaries) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = s.lower.len();
    for i in 0..n {
        // ", who ... ," and participle clauses ", emphasizing ... ,".
        let opens = i + 1 < n && ((dict.closed.is(WordClass::Relative, &s.lower[i + 1]) && s.lower[i + 1] != "that") || (s.lower[i + 1].ends_with("ing") && s.lower[i + 1].len() > 5));
        if s.lower[i] == "," && opens {
            let end = (i + 2..n).find(|&j| s.lower[j] == ",").unwrap_or(n);
            out.push((i, end));
        }
        if s.lower[i] == "(" {
            let end = (i + 1..n).find(|&j| s.lower[j] == ")").unwrap_or(n);
            out.push((i, end));
        }
        // An appositive after a name: "Stefan Fule, a former minister of
        // environment, will visit": up to eight words between commas, none
        // of them only a verb.
        let after_name = i >= 1 && s.texts[i - 1].chars().next().is_some_and(char::is_uppercase);
        if s.lower[i] == "," && after_name && i + 1 < n && matches!(s.lower[i + 1].as_ref(), "a" | "an" | "the") {
            if let Some(end) = (i + 2..n.min(i + 10)).find(|&j| s.lower[j] == ",") {
                let verb_only = |k: usize| {
                    let c = dict.lexicon.classes(s.words[k]);
                    c.verb() && !c.noun() && !c.adjective()
                };
                if !(i + 1..end).any(verb_only) {
                    out.push((i, end));
                }
            }
        }
    }
    out
}

fn inside(regions: &[(usize, usize)], t: usize) -> Option<(usize, usize)> {
    regions.iter().copied().find(|&(a, b)| a <= t && t <= b)
}

/// True when a clause boundary lies between tokens `a` and `b` (exclusive).
fn boundary_between(s: &Sentence<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| matches!(s.lower[k].as_ref(), ";" | ":") || (s.lower[k] == "," && k + 1 < b && s.lower[k + 1] == "but"))
}

/// The subject phrase of the event word at `trig`: the nearest actor phrase
/// before the verb group that is not inside a prepositional phrase or a
/// parenthetical, not across a clause boundary.
pub(crate) fn subject<'a>(s: &Sentence<'_>, dict: &Dictionaries, phrases: &'a [ActorPhrase], trig: &Trigger, regions: &[(usize, usize)]) -> Option<&'a ActorPhrase> {
    let own = inside(regions, trig.anchor);
    // A relative clause's subject is the phrase before ", who".
    let before = trig.start;
    let mut rel_antecedent = None;
    if let Some((a, _)) = own {
        if a + 1 < s.lower.len() && dict.closed.is(WordClass::Relative, &s.lower[a + 1]) && (a + 2..before).all(|k| !s.lower[k].chars().any(char::is_alphanumeric) || dict.closed.is(WordClass::Be, &s.lower[k]) || is_aux_like(dict, &s.lower[k])) {
            rel_antecedent = phrases.iter().rev().find(|p| p.end <= a);
        }
    }
    if rel_antecedent.is_some() {
        return rel_antecedent;
    }
    // A phrase may hold the first words of a nominal pattern: "UN
    // peacekeepers were shipped out" (pattern "peacekeepers ... shipped out").
    let limit = before.max(trig.anchor.min(before + 3));
    // ("Turkish drones hit": the pattern's first word, "drones", is the
    // head of the phrase that names whose they are.)
    // ("Police were deployed": the phrase is the pattern's first word.)
    // (Not a person's name that is also a word: "Secretary-General Ban".)
    // (Only a phrase that names whose they are, or opens the sentence:
    // in "Turkish F-16 jets bombed" the jets are Turkey's.)
    let holds_first_word = |p: &ActorPhrase| {
        p.start <= before
            && p.end > before
            && trig.words.first() == Some(&(p.end - 1))
            && p.mentions.iter().all(|m| m.person.is_none() && !m.bare_name)
            && (p.start == 0 || p.mentions.iter().any(|m| m.code.is_some()))
    };
    phrases.iter().rev().find(|p| {
        ((p.start < before && p.end <= limit) || holds_first_word(p))
            && !boundary_between(s, p.end, before)
            && (own.is_some() || inside(regions, p.start).is_none())
            && !(p.start > 0 && dict.closed.is(WordClass::Preposition, &s.lower[p.start - 1]) && !quantity_of(s, p.start - 1))
            // Not across a verb of saying: "a UN report said three days of
            // shelling had displaced 5,000" names the reporter, not who shelled.
            && !(p.end..before).any(|k| matches!(s.lower[k].as_ref(), "said" | "says" | "say" | "saying" | "told" | "tells" | "reported" | "reports" | "stated"))
            // Not the object of an infinitive: "tribesmen armed to fight
            // Isis now refuse" (Isis is fought, it refuses nothing). (A
            // phrase right before an event noun is its own: "to stop
            // Israeli incursions".)
            && !(p.end < before && p.start >= 2 && s.lower[p.start - 2] == "to" && dict.lexicon.has_reading(s.words[p.start - 1], VerbTag::Base))
    })
}

/// "of" after a quantity or group word: "thousands of", "a group of",
/// "members of", "leaders of" — the phrase after it is the real subject.
fn quantity_of(s: &Sentence<'_>, of: usize) -> bool {
    if s.lower[of] != "of" || of == 0 {
        return false;
    }
    let w = s.lower[of - 1].as_ref();
    w.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || matches!(
            w,
            "thousands" | "hundreds" | "dozens" | "tens" | "millions" | "scores" | "group" | "groups" | "number" | "members"
                | "member" | "leaders" | "leader" | "some" | "many" | "most" | "all" | "one" | "two" | "three" | "several"
                | "delegation" | "team" | "band" | "crowd" | "crowds" | "supporters" | "representatives" | "officials"
                | "deployment" | "contingent" | "convoy" | "battalion" | "unit" | "units" | "wave" | "detachment"
        )
}

/// Whether the word at `k` is a form of a verb whose lemma is in `class`
/// ("urged" of "urge", a wanting verb).
pub(crate) fn verb_in_class(s: &Sentence<'_>, dict: &Dictionaries, k: usize, class: WordClass) -> bool {
    dict.lexicon.verb_readings(s.words[k]).iter().any(|&(lemma, _)| dict.closed.is(class, dict.vocab.word(lemma)))
}

/// The positions from `from` back to `lo` (nearest first) that stand in the
/// same clause: up to a comma, a stop, a quote, "and" or "but".
pub(crate) fn back_in_clause<'a>(s: &'a Sentence<'_>, lo: usize, from: usize) -> impl Iterator<Item = usize> + 'a {
    (lo..from).rev().take_while(|&k| !matches!(s.lower[k].as_ref(), "," | ";" | "." | "\"" | "and" | "but"))
}

/// The lower-case words from token `from` on, at most `max` of them, up to
/// the first of `stops`: what follows an event word within its clause.
pub(crate) fn words_until<'a>(s: &'a Sentence<'_>, from: usize, max: usize, stops: &[&str]) -> Vec<&'a str> {
    s.lower.iter().skip(from).take(max).map(|w| w.as_ref()).take_while(|w| !stops.contains(w)).collect()
}

pub(crate) fn is_aux_like(dict: &Dictionaries, w: &str) -> bool {
    dict.closed.is(WordClass::Auxiliary, w) || dict.closed.is(WordClass::Negation, w) || dict.closed.is(WordClass::VerbGroupAdverb, w)
}

/// Where the verb group ending at the word `from` begins: back over
/// auxiliaries, negations and verb-group adverbs ("were not arrested"), no
/// further back than `floor`.
pub(crate) fn verb_group_start(s: &Sentence<'_>, dict: &Dictionaries, from: usize, floor: usize) -> usize {
    let mut k = from;
    while k > floor && is_aux_like(dict, &s.lower[k - 1]) {
        k -= 1;
    }
    k
}

/// Candidate object phrases, nearest first: at the pattern's `+` slot
/// (allowing a few modifier words before the actor), else inside the match
/// after the verb ("rejected a U.S. request") or right after it; never a
/// place ("in the Gaza Strip"), never across a comma or into a relative
/// clause. The caller takes the first that names somebody.
#[allow(clippy::nonminimal_bool)]
pub(crate) fn objects<'a>(
    s: &Sentence<'_>,
    dict: &Dictionaries,
    phrases: &'a [ActorPhrase],
    trig: &Trigger,
    intransitive: bool,
    reciprocal: bool,
) -> Vec<&'a ActorPhrase> {
    // A pattern that ends in a preposition ("support for", "meet with") says
    // where its object stands: after it, never inside the match ("reaffirmed
    // China's support for Azerbaijan").
    let ends_in_preposition = trig.end > 0 && dict.closed.is(WordClass::Preposition, &s.lower[trig.end - 1]);
    // (But a phrase right after the verb, inside the match, is its object:
    // "asked Germany for more tanks".)
    let addressee = phrases.iter().any(|p| {
        p.start == trig.anchor + 1
            && p.end < trig.end
            && p.mentions.iter().all(|m| m.code.is_some())
            && !matches!(s.lower[p.start].as_ref(), "its" | "his" | "her" | "their" | "our" | "an" | "a")
            && dict.closed.is(WordClass::Preposition, &s.lower[p.end])
    });
    let from = match trig.target_at {
        Some(t) => t,
        None if intransitive => return Vec::new(),
        None if ends_in_preposition && !addressee => trig.end,
        None => trig.anchor + 1,
    };
    const LIMIT: usize = 8;
    let end = if trig.target_at.is_some() { from } else { trig.end };
    let mut found: Vec<&ActorPhrase> = phrases
        .iter()
        .filter(|p| {
            p.start >= from
                && p.start <= end + LIMIT
                && !boundary_between(s, from, p.start)
                && !(from..p.start).any(|k| s.lower[k] == "," || matches!(s.lower[k].as_ref(), "who" | "which" | "whom"))
                // "that" opens a new clause unless it is the verb's own
                // complement ("demanded that the US ...").
                && !(from + 1..p.start).any(|k| s.lower[k] == "that")
                // nor into an infinitive clause: "met in Moscow to discuss Syria"
                // a party to a meeting is not in the infinitive clause after
                // it: "met in Moscow to discuss Syria"
                && !(reciprocal && (from..p.start.saturating_sub(1)).any(|k| s.lower[k] == "to" && infinitive_verb(s, dict, k + 1)))
                // nor a modifier of the activity inside the match: "held joint
                // military exercises" names no military party.
                // (One after a preposition is a party: "spoke to the White
                // House by telephone".)
                && !(reciprocal && p.start > trig.anchor && p.end < trig.end && !dict.closed.is(WordClass::Preposition, &s.lower[p.start - 1]))
                // nor where a joint act takes place: "began joint patrols in
                // northern Syria" names no party.
                && !(reciprocal && is_place_phrase(s, p))
                // nor the agent of another participle: "will attend a peace
                // conference boycotted by the opposition".
                && !(reciprocal && (p.start.saturating_sub(3).max(trig.end + 1)..p.start).any(|b| s.lower[b] == "by" && s.lower[b - 1].ends_with("ed") && (b + 1..p.start).all(|k| !matches!(s.lower[k].as_ref(), "," | "and" | "or"))))
                // nor what it is about: "held talks on jihadists", "shared
                // intelligence about the attackers".
                && !(reciprocal && p.start > 0 && matches!(s.lower[p.start - 1].as_ref(), "on" | "about" | "over" | "regarding" | "concerning"))
        })
        .collect();
    // A place ("settlements in the Gaza Strip") stands for the recipient only
    // when nobody else is named.
    found.sort_by_key(|p| is_place_phrase(s, p));
    found
}

/// A word that can only be a verb ("discuss", "help"), as after an
/// infinitive "to".
fn infinitive_verb(s: &Sentence<'_>, dict: &Dictionaries, k: usize) -> bool {
    k < s.lower.len() && {
        let c = dict.lexicon.classes(s.words[k]);
        c.verb() && !c.noun() && !c.adjective()
    }
}

/// A phrase introduced by "in", "at", "near" ...: a place, not a party.
pub(crate) fn is_place_phrase(s: &Sentence<'_>, p: &ActorPhrase) -> bool {
    let place_preposition = |k: usize| matches!(s.lower[k].as_ref(), "in" | "at" | "near" | "inside" | "outside" | "throughout" | "across");
    // ("in northern Syria", "across eastern Ukraine": a part of the country.)
    let compass = |k: usize| {
        let w = s.lower[k].as_ref();
        matches!(w, "northern" | "southern" | "eastern" | "western" | "central") || (w.contains('-') && (w.starts_with("north") || w.starts_with("south")))
    };
    p.start > 0 && (place_preposition(p.start - 1) || (p.start > 1 && compass(p.start - 1) && place_preposition(p.start - 2)))
}

/// The agent of a passive: "was attacked by X".
pub(crate) fn passive_agent<'a>(s: &Sentence<'_>, phrases: &'a [ActorPhrase], trig: &Trigger) -> Option<&'a ActorPhrase> {
    // The agent may come after the verb's complements ("accused of misusing
    // ... funds, ..., by current officials"): the first "by" followed by an
    // actor phrase, within the sentence.
    (trig.anchor + 1..s.lower.len().min(trig.end + 25))
        .filter(|&k| s.lower[k] == "by")
        .find_map(|by| phrases.iter().find(|p| p.start > by && p.start <= by + 3))
}

/// True when the event word says what an accusation is about ("accused the
/// rebels of planning attacks", "blamed Russia for the strike", "charged
/// them with assault"): the accusation is the event, its content is not.
pub(crate) fn accusation_content(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger, all: &[Trigger]) -> bool {
    let a = trig.start.min(trig.anchor);
    all.iter().any(|o| {
        o.anchor < a
            && a.saturating_sub(o.end) <= 10
            && dict.patterns[o.pattern].category == Some(dyad_ontology::Category::Accuse)
            && (o.anchor + 1..a).any(|k| matches!(s.lower[k].as_ref(), "of" | "for" | "with" | "over"))
            && !(o.anchor + 1..a).any(|k| matches!(s.lower[k].as_ref(), "," | ";" | "." | "but"))
    })
}

/// "Countries that once funded the opposition", "Germany once supplied
/// arms": "once" right before a past verb means formerly, background like
/// a past year's event ("once again attacked" repeats, it does not date).
pub(crate) fn formerly(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger) -> bool {
    let a = trig.start.min(trig.anchor);
    a >= 1
        && s.lower[a - 1] == "once"
        && !s.lower.get(a + 1).is_some_and(|w| matches!(w.as_ref(), "again" | "more"))
        && dict.lexicon.has_reading(s.words[a], VerbTag::Past)
}

/// `trig` read as if its event word were the single word at `k` ("help" in
/// "to help find", the light verb of "to carry out attacks"), to ask of
/// that word what is asked of event words.
pub(crate) fn at_word(trig: &Trigger, k: usize) -> Trigger {
    Trigger { start: k, end: k + 1, anchor: k, words: Vec::new(), target_at: None, source_at: None, ..*trig }
}

/// True when the event word is an infinitive governed by another event word
/// in the same clause ("threatened to impose", "agreed to sign"): the outer
/// event speaks for both.
pub(crate) fn governed(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger, all: &[Trigger]) -> bool {
    let mut a = trig.start.min(trig.anchor);
    // "lobbying Baghdad to help find a solution": a bare infinitive after
    // "help" is as real as the helping, which is read in its place.
    if a >= 2 && matches!(s.lower[a - 1].as_ref(), "help" | "helps" | "helped" | "helping") {
        return governed(s, dict, &at_word(trig, a - 1), all);
    }
    // "to be prosecuted", "to have agreed", "to have been detained": the
    // infinitive's auxiliaries stand between "to" and the verb.
    while a >= 2 && matches!(s.lower[a - 1].as_ref(), "be" | "have" | "been") {
        a -= 1;
    }
    // "to upend previous US policy and withdraw troops": the second verb
    // of a coordinated infinitive is read from the first one's "to".
    let Some(to) = infinitive_to(s, dict, a) else { return false };
    let a = to + 1;
    // (Not a verb that says the act happened: "has been forced to
    // apologise", whatever pattern "forced" has.)
    if all.iter().any(|o| o.anchor < a && a.saturating_sub(o.end) <= 3 && o.anchor != trig.anchor && !verb_in_class(s, dict, o.anchor, WordClass::RealisingVerb)) {
        return true;
    }
    // "plans to withdraw", "intends to ease the restrictions": the subject's
    // own plan, read by the future rules (a planned retreat or concession
    // is CONCEDE, planned cooperation AGREE), not a wish. A planned attack
    // stays unreal: nobody has threatened anybody.
    // ("its plans to withdraw" is a noun: a plan, not yet announced as the
    // subject's act.)
    let plan = a >= 2
        && dict.closed.is(WordClass::Future, &s.lower[a - 2])
        && !matches!(s.lower[a - 2].as_ref(), "expected" | "set" | "scheduled")
        && !(a >= 3 && (dict.closed.is(WordClass::Article, &s.lower[a - 3]) || s.lower[a - 3] == "'s"));
    if plan && dict.patterns[trig.pattern].category.is_some_and(|c| !c.is_conflict()) {
        return false;
    }
    // "the ability to murder", "willing to put pressure": an infinitive
    // after a noun or adjective of capacity or will is not done.
    if a >= 2 && dict.closed.is(WordClass::UnrealisedHead, &s.lower[a - 2]) {
        return true;
    }
    // A verb of wanting or of pressing somebody else that no pattern codes
    // ("pressuring workers to cancel the strike", "hopes to meet"): what it
    // wants has not happened.
    if back_in_clause(s, a.saturating_sub(16), a - 1).any(|k| verb_in_class(s, dict, k, WordClass::WantingVerb)) {
        return true;
    }
    // Any other infinitive is a purpose or a prospect ("raised to fight
    // Isis", "is in Syria to fight Isis", "sent troops to help"), unless
    // the verb it completes says it happened ("managed to", "began to",
    // "were forced to").
    // Back over adverbs and a time adverbial ("voted Sunday to lift").
    // ("voted on Thursday to ratify": "on" before a day as well.)
    let mut k = a - 1;
    while k > 0
        && (dict.closed.is(WordClass::VerbGroupAdverb, &s.lower[k - 1])
            || dict.closed.is(WordClass::PatternAdverbial, &s.lower[k - 1])
            || (s.lower[k - 1] == "on" && s.lower.get(k).is_some_and(|w| dict.closed.is(WordClass::PatternAdverbial, w))))
    {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let before = s.lower[k - 1].as_ref();
    // "did not hesitate to strike", "will not hesitate to respond": by
    // litotes the act is done, or announced.
    if hesitate_form(before) && k >= 2 && matches!(s.lower[k - 2].as_ref(), "not" | "n't" | "never") {
        return false;
    }
    // "expected to meet", "due to meet", "plans to withdraw", "is to
    // lift": the future rules read these.
    // ("ready to arrest", "prepared to strike": a readiness declared, read
    // as announced like "will".)
    let declared_ready = dict.closed.is(WordClass::Readiness, before) && k >= 2 && dict.closed.is(WordClass::Be, &s.lower[k - 2]);
    // ("made a verbal commitment to ease", "gave a pledge to release": a
    // promise made with a light verb, read as announced.)
    let promised = dict.closed.is(WordClass::PromiseNoun, before) && (k.saturating_sub(4)..k - 1).any(|j| matches!(s.lower[j].as_ref(), "made" | "makes" | "make" | "gave" | "gives" | "give"));
    if dict.closed.is(WordClass::Future, before) || before == "due" || declared_ready || promised || be_to_future(before) {
        return false;
    }
    // "the first country to ratify", "the latest to downgrade relations".
    if (k.saturating_sub(4)..k).any(|j| matches!(s.lower[j].as_ref(), "first" | "second" | "third" | "last" | "latest")) {
        return false;
    }
    // "kept their shops shut to protest against the duties", "burnt tyres
    // to protest", "posted the hashtag to denounce the law": what is done
    // to protest or denounce is the protest or the denunciation itself.
    // (Not where it was prevented: "police prevented the demonstration
    // staged by students to protest the decision"; and a march or rally
    // "to denounce" a law is one protest, not also a denunciation.)
    let protest_before = all.iter().any(|o| o.anchor < a && dict.patterns[o.pattern].category == Some(dyad_ontology::Category::Protest));
    // (A denunciation only where words are the means: "went on Twitter to
    // denounce", "posted messages online to condemn"; people marching "to
    // condemn" a killing protest.)
    let in_words = back_in_clause(s, to.saturating_sub(12), to).any(|j| {
        matches!(
            s.lower[j].as_ref(),
            "twitter" | "television" | "tv" | "radio" | "statement" | "statements" | "video" | "online" | "message" | "messages" | "hashtag" | "posted" | "tweeted" | "conference" | "interview" | "speech" | "letter" | "article" | "newspaper" | "network" | "channel" | "website" | "broadcast"
        )
    });
    let denounced = matches!(s.lower[a].as_ref(), "denounce" | "condemn") && !protest_before && in_words;
    // (Not after a modal or "be" in the clause: "would accept a resolution
    // to condemn", "it is not possible to protest".)
    let unreal = back_in_clause(s, to.saturating_sub(12), to).any(|j| ["would", "could", "will", "may", "might", "can", "shall", "should", "must"].contains(&s.lower[j].as_ref()) || dict.closed.is(WordClass::Be, &s.lower[j]))
        // ("possible to protest", "'is not possible' to protest": an
        // infinitive after an adjective.)
        || (to >= 1 && {
            let j = if matches!(s.lower[to - 1].as_ref(), "\"" | "'") && to >= 2 { to - 2 } else { to - 1 };
            let c = dict.lexicon.classes(s.words[j]);
            let adjective = (c.adjective() && !c.verb() && !c.noun()) || matches!(s.lower[j].as_ref(), "possible" | "impossible" | "difficult" | "necessary" | "free" | "ready" | "right");
            adjective && (j.saturating_sub(3)..j).any(|k| dict.closed.is(WordClass::Be, &s.lower[k]))
        });
    if (s.lower[a] == "protest" || denounced) && !unreal && !(0..a).any(|j| verb_in_class(s, dict, j, WordClass::PreventingVerb)) {
        return false;
    }
    !verb_in_class(s, dict, k - 1, WordClass::RealisingVerb)
}



/// A form of "hesitate", whose negation before an infinitive is litotes
/// ("did not hesitate to strike"): read by [`governed`] and the modality.
pub(crate) fn hesitate_form(word: &str) -> bool {
    matches!(word, "hesitate" | "hesitated" | "hesitates")
}

/// A finite form of "be" that makes an infinitive after it a future ("is
/// to lift", "were to meet").
pub(crate) fn be_to_future(word: &str) -> bool {
    matches!(word, "is" | "are" | "was" | "were" | "am")
}

/// True when "unless" or "if" follows the event word in its sentence.
pub(crate) fn conditional_after(s: &Sentence<'_>, trig: &Trigger) -> bool {
    s.lower[trig.end..].iter().any(|w| w == "unless" || w == "if")
}

/// A form of "warn" a few words before `subject` (with "that" between,
/// perhaps): "warned it would", "warned that Beijing would".
pub(crate) fn warned_before(lower: &[std::borrow::Cow<'_, str>], subject: usize) -> bool {
    (subject.saturating_sub(3)..subject).any(|k| matches!(lower[k].as_ref(), "warn" | "warns" | "warned" | "warning") && (k + 1..subject).all(|j| lower[j] == "that"))
}

/// Whether a "would" act with subject `subject` is reported as said: the
/// subject stands in the complement of a reporting word a few words before
/// ("said it would", "Orban said Hungary would", "told a news conference
/// the country would", "an announcement that it would"), or a reporting
/// clause follows ("..., the prime minister told journalists"). Such a
/// "would" is the backshifted "will" of what was announced; any other ("the
/// population would welcome", "she would beg", "rebels he thought would
/// offer protection") is somebody's supposition.
pub(crate) fn reported_intention(s: &Sentence<'_>, dict: &Dictionaries, subject: &ActorPhrase, trig: &Trigger) -> bool {
    let lower = &s.lower;
    let reporting = |j: usize| dict.closed.is(WordClass::ReportingWord, &lower[j]) || verb_in_class(s, dict, j, WordClass::ReportingWord);
    // '"We would never accept it," he said': a side speaking for itself.
    if lower[subject.start] == "we" && lower.iter().any(|w| w == "\"") {
        return true;
    }
    let mut k = subject.start;
    if k > 0 && lower[k - 1] == "that" {
        k -= 1;
    }
    if back_in_clause(s, k.saturating_sub(5), k).any(reporting) {
        return true;
    }
    // A reporting clause after a comma or quote: ", Fico told journalists".
    let after = trig.end.max(trig.anchor + 1);
    (after..lower.len()).any(|j| matches!(lower[j].as_ref(), "," | "\"") && (j + 1..(j + 7).min(lower.len())).any(reporting))
}

/// Whether the act at `trig` is only decided: an infinitive after a word
/// of deciding or ordering in its clause ("the decision to withdraw", "the
/// Trump move to withdraw", "decided to upend the policy and withdraw
/// troops", "ordered US forces to leave"). PLOVER codes a declared, not yet
/// carried out retreat as CONCEDE; "says it is pulling out" is reported as
/// the retreat itself.
fn decided_not_done(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger) -> bool {
    decision_word_before(s, dict, trig).is_some()
}

/// Whether the act of `category` at `trig` is a retreat or concession
/// decided, not yet carried out, which PLOVER codes as announced (CONCEDE):
/// a retreat after any word of deciding ("Trump's decision to withdraw
/// troops", "ordered US forces to leave"); a concession after a verb of
/// deciding, whose subject is the decider ("decided to lift the ban"), or a
/// noun of deciding with its possessor ("the military's decision to relax
/// restrictions"), not a bare noun ("a recent court decision to acquit"),
/// whose decider the clause's subject seldom is.
pub(crate) fn decided_concession(s: &Sentence<'_>, dict: &Dictionaries, phrases: &[ActorPhrase], trig: &Trigger, category: Category) -> bool {
    match category {
        Category::Retreat => decided_not_done(s, dict, trig),
        Category::Concede => {
            let by_verb = decision_word_before(s, dict, trig).is_some_and(|k| matches!(s.lower[k].as_ref(), "decided" | "decides" | "decide" | "deciding" | "ordered"));
            by_verb || decider(s, dict, phrases, trig).is_some()
        }
        _ => false,
    }
}

/// Who decided a retreat that is only decided: the possessive before the
/// noun of deciding ("over Donald Trump's abrupt decision to pull US troops
/// out": Trump, whatever the clause's subject).
pub(crate) fn decider<'a>(s: &Sentence<'_>, dict: &Dictionaries, phrases: &'a [ActorPhrase], trig: &Trigger) -> Option<&'a ActorPhrase> {
    let noun = decision_word_before(s, dict, trig)?;
    // Up to two modifiers between the possessive and the noun ("abrupt", "surprise").
    let owner = (noun.saturating_sub(3)..noun).rev().find(|&k| matches!(s.lower[k].as_ref(), "'s" | "his" | "her" | "its" | "their"))?;
    if s.lower[owner] == "'s" {
        return phrases.iter().find(|p| p.end == owner);
    }
    // "Trump's remarks mask a debate over his unilateral decision to
    // withdraw": a possessive pronoun's decider is the last person (for
    // "his", "her") or the last state or body (for "its", "their") the
    // sentence named before it.
    let personal = matches!(s.lower[owner].as_ref(), "his" | "her");
    phrases.iter().rev().filter(|p| p.end <= owner).find(|p| {
        p.mentions.iter().any(|m| if personal { m.person.is_some() } else { m.code.is_some() && m.person.is_none() && !m.role_only })
    })
}

/// The word of deciding or ordering whose infinitive the act at `trig` is.
fn decision_word_before(s: &Sentence<'_>, dict: &Dictionaries, trig: &Trigger) -> Option<usize> {
    let lower = &s.lower;
    let to = infinitive_to(s, dict, trig.start.min(trig.anchor))?;
    back_in_clause(s, to.saturating_sub(6), to).find(|&k| dict.closed.is(WordClass::DecisionWord, &lower[k]))
}

/// The "to" of the infinitive whose verb is at `a`: the word before it, or,
/// for the second verb of a coordinated infinitive ("to upend the policy
/// and withdraw troops"), the first verb's "to" (up to eight words back,
/// within the clause).
fn infinitive_to(s: &Sentence<'_>, dict: &Dictionaries, a: usize) -> Option<usize> {
    let lower = &s.lower;
    if a < 2 {
        return None;
    }
    if lower[a - 1] == "to" {
        return Some(a - 1);
    }
    // Both verbs in their base form ("to upend ... and withdraw", not "to
    // curtail ... and warning", nor "to more than 500 killed in airstrikes
    // and shelling").
    let base = |k: usize| k < lower.len() && !lower[k].ends_with('s') && dict.lexicon.has_reading(s.words[k], VerbTag::Base);
    if !matches!(lower[a - 1].as_ref(), "and" | "or") || !base(a) {
        return None;
    }
    (a.saturating_sub(10)..a - 1)
        .rev()
        .take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | ":" | "\"" | "but"))
        .find(|&k| lower[k] == "to")
        .filter(|&k| base(k + 1))
}
