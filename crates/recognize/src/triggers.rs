//! Event wording: matches of the event patterns around their anchor words.

use dyad_dict::{Dictionaries, ElementKind, EventPattern};

use crate::actors::ActorPhrase;
use crate::Sentence;

/// One match of an event pattern in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    /// Index of the pattern in `Dictionaries::patterns`.
    pub pattern: usize,
    /// First token of the match.
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// The anchor token (the event word).
    pub anchor: usize,
    /// Tokens of the match that are pattern words (evidence).
    pub words: Vec<usize>,
    /// Where the pattern's `+` slot matched (first token), if it has one.
    pub target_at: Option<usize>,
    /// Where the pattern's `$` slot matched, if it has one.
    pub source_at: Option<usize>,
}

const MAX_GAP: usize = 4;
/// The gap between a passive pattern's noun and its auxiliary.
const MAX_PASSIVE_SUBJECT_GAP: usize = 7;
const MAX_SLOT_SKIP: usize = 6;

fn ends_clause(word: &str) -> bool {
    matches!(word, "." | ";" | ":" | "?" | "!" | "," | "(" | ")" | "\"" | "-")
}

/// A word of an amount ("$", "500", "1.5", "million", "euros"): an amount
/// counts as one word of a gap however it is written ("disbursed a $500
/// million loan to Kenya", "cancelled 1.5 billion euros of debt").
fn amount_word(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(word, "$" | "€" | "£" | "us$" | "million" | "billion" | "trillion" | "bn" | "m" | "dollars" | "dollar" | "euros" | "euro" | "pounds" | "pound" | "yuan" | "yen" | "rupees")
}

/// A noun that counts a batch or measure of what follows "of" ("a fresh
/// batch of tanks", "a further round of border talks", "500,000 doses of
/// vaccine"): with its "of" it adds no word to a gap.
fn partitive(word: &str) -> bool {
    matches!(word, "batch" | "batches" | "round" | "rounds" | "shipment" | "shipments" | "consignment" | "consignments" | "series" | "wave" | "waves" | "package" | "set" | "tonnes" | "tons" | "doses" | "barrels")
}

/// How many words a gap spends on the `len` tokens starting at `from`:
/// an amount's words after its first are free, and so are a partitive
/// noun with its "of", the "of" after an amount, a possessive mark and the
/// words of an actor phrase after its first.
fn gap_cost(s: &Sentence<'_>, dict: &Dictionaries, phrases: &[ActorPhrase], from: usize, len: usize, before_noun: impl Fn() -> bool) -> usize {
    let lower = &s.lower;
    // ("filed an application at the International Court of Justice
    // against": a proper name of several capitalised words counts as one
    // word; a role phrase does not: "the withdrawal of Serbian forces from".)
    let capitalised = |k: usize| s.texts[k].starts_with(char::is_uppercase);
    let name = |p: &ActorPhrase| !s.uniform_case && (p.start..p.end).filter(|&k| capitalised(k)).count() >= 2;
    let inside_name = |k: usize| phrases.iter().any(|p| p.start < k && k < p.end && p.start >= from && name(p));
    let free = |k: usize| {
        inside_name(k) ||
        // ("convened in Abuja (FCT, Nigeria) for": a short parenthesis
        // counts as one word, its opening mark.)
        (lower[k] != "(" && in_short_paren(lower, k)) ||
        // ("wrote off nearly $3 billion of Myanmar's debt": the possessive
        // mark and the "of" after an amount add no word.)
        lower[k] == "'s"
            || (lower[k] == "of" && k > from && amount_word(&lower[k - 1]))
            || (amount_word(&lower[k]) && k > from && amount_word(&lower[k - 1]))
            || (partitive(&lower[k]) && lower.get(k + 1).is_some_and(|w| w == "of"))
            || (lower[k] == "of" && k > from && partitive(&lower[k - 1]))
    };
    // ("delivered two additional IRIS-T air defence systems to": before a
    // noun of the pattern, up to three words that modify it, adjectives,
    // nouns, numbers and hyphenated words running up to the gap's end, are
    // its noun phrase's, not words between the pattern's.)
    let modifier = |k: usize| {
        let w = lower[k].as_ref();
        let c = dict.lexicon.classes(s.words[k]);
        let content = (c.noun() || c.adjective()) && !dict.closed.is(dyad_dict::WordClass::Function, w) && !dict.closed.is(dyad_dict::WordClass::Determiner, w);
        content || (w.contains('-') && w.chars().any(char::is_alphabetic)) || w.chars().all(|c| c.is_ascii_digit() || c == ',') || amount_word(w)
    };
    // (Not across a coordination: "reversed course and adopted a
    // confrontational policy" are two acts.)
    let coordinated = || {
        (from..from + len).any(|k| {
            matches!(lower[k].as_ref(), "and" | "or" | "but")
                && s.words.get(k + 1).is_some_and(|&w| !dict.lexicon.verb_readings(w).is_empty() && !dict.lexicon.classes(w).noun())
        })
    };
    let plain = (from..from + len).filter(|&k| !free(k)).count();
    // (Only worth reading when the words would be too many otherwise.)
    if plain <= MAX_GAP || !before_noun() || coordinated() {
        return plain;
    }
    let trailing = (from..from + len).rev().take_while(|&k| modifier(k)).take(3).count();
    (from..from + len - trailing).filter(|&k| !free(k)).count()
}

/// A gap or slot does not reach into a "that" clause: "told Ratcliffe that
/// the response to rape was inadequate" is no "told ... to". (A pattern
/// that names "that" matches it as a word.)
fn opens_clause(word: &str) -> bool {
    ends_clause(word) || word == "that"
}

/// The index of the ")" closing a short parenthesis opened at `k` ("in
/// Kwale (Kwale county, Kenya) on", "(FCT, Nigeria)"): at most six words
/// inside, no sentence end.
fn short_paren_end(lower: &[std::borrow::Cow<'_, str>], k: usize) -> Option<usize> {
    if lower.get(k).is_none_or(|w| w != "(") {
        return None;
    }
    (k + 1..lower.len().min(k + 8)).take_while(|&j| !matches!(lower[j].as_ref(), "(" | "." | ";" | "?" | "!")).find(|&j| lower[j] == ")")
}

/// Whether token `k` is a short parenthesis's "(", ")" or a word inside
/// it: a place's region or an aside that ends no clause.
fn in_short_paren(lower: &[std::borrow::Cow<'_, str>], k: usize) -> bool {
    (k.saturating_sub(7)..=k).any(|j| short_paren_end(lower, j).is_some_and(|end| end >= k))
}

struct Matcher<'a, 's> {
    s: &'a Sentence<'s>,
    dict: &'a Dictionaries,
    phrases: &'a [ActorPhrase],
    pattern: &'a EventPattern,
}

#[derive(Clone, Default)]
struct State {
    words: Vec<usize>,
    target_at: Option<usize>,
    source_at: Option<usize>,
}

impl Matcher<'_, '_> {
    fn token_matches(&self, kind: &ElementKind, t: usize) -> bool {
        let w = self.s.words[t];
        match kind {
            ElementKind::Verb(lemmas) => lemmas.iter().any(|&l| self.dict.lexicon.is_form_of(w, l)),
            ElementKind::Words(ws) => ws.contains(&w),
            ElementKind::Any => !ends_clause(&self.s.lower[t]),
            _ => false,
        }
    }

    /// The length of a time or manner adverbial at token `t` that may stand
    /// between a pattern's words: one word of the closed class ("Thursday",
    /// "again"), a day and a part of it ("Sunday night"), "on" with a day
    /// ("on Wednesday"), or "last", "this" or "next" with a unit of time
    /// ("last week"); 0 when there is none.
    fn adverbial_len(&self, t: usize) -> usize {
        let adverbial = |k: usize| self.s.lower.get(k).is_some_and(|w| self.dict.closed.is(dyad_dict::WordClass::PatternAdverbial, w));
        let time_unit = |k: usize| self.s.lower.get(k).is_some_and(|w| self.dict.closed.is(dyad_dict::WordClass::TimeUnit, w));
        // "Sunday night", "Friday morning": a day and a part of it.
        let part_of_day = |k: usize| self.s.lower.get(k).is_some_and(|w| matches!(w.as_ref(), "night" | "morning" | "afternoon" | "evening"));
        let day_and_part = adverbial(t) && self.s.lower[t].ends_with("day") && part_of_day(t + 1);
        let on_day = self.s.lower[t] == "on" && adverbial(t + 1) && self.s.lower[t + 1].ends_with("day");
        let last_unit = matches!(self.s.lower[t].as_ref(), "last" | "this" | "next") && time_unit(t + 1);
        // Quotation marks around some of the words ("had \"agreed\" on the
        // deployment", "will withdraw \"one plane and one tank\"") quote the
        // wording; they do not break it.
        let quote = matches!(self.s.lower[t].as_ref(), "\"" | "“" | "”");
        let date = self.date_len(t);
        if quote {
            1
        } else if date > 0 {
            date
        } else if let Some(place) = self.place_len(t) {
            place
        } else if day_and_part || on_day || last_unit {
            2
        } else if adverbial(t) {
            1
        } else {
            0
        }
    }

    /// The length of a date with its preposition at token `t`: "on 9 May
    /// 2023", "on May 9, 2023", "on 9 May", "in March 2024", "in 2019"; 0
    /// when there is none. (Tracker notes and wire copy put the date
    /// between a verb and its complement: "promised on 9 May 2023 to ship".)
    fn date_len(&self, t: usize) -> usize {
        let lower = &self.s.lower;
        let word = |k: usize| lower.get(k).map_or("", |w| w.as_ref());
        let month = |k: usize| self.dict.closed.is(dyad_dict::WordClass::Month, word(k));
        let day = |k: usize| word(k).len() <= 2 && word(k).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d));
        let year = |k: usize| word(k).len() == 4 && word(k).parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
        match word(t) {
            "on" if day(t + 1) && month(t + 2) => 3 + usize::from(year(t + 3)),
            "on" if month(t + 1) && day(t + 2) => match (word(t + 3), year(t + 4)) {
                // American style sets the year off with commas: "on May 3,
                // 2019, on the army".
                (",", true) => 5 + usize::from(word(t + 5) == ","),
                _ => 3 + usize::from(year(t + 3)),
            },
            "in" if month(t + 1) && year(t + 2) => 3,
            "in" if year(t + 1) => 2,
            _ => 0,
        }
    }

    /// The length of "in" or "from" with a proper name at token `t`
    /// ("agreed in Baghdad on 14 March to", "fired rockets from Lebanon
    /// into Israel"), in text with capitals: where the act happened or
    /// started from, not an argument of the pattern.
    fn place_len(&self, t: usize) -> Option<usize> {
        if self.s.uniform_case || !matches!(self.s.lower[t].as_ref(), "in" | "from") {
            return None;
        }
        let p = self.phrase_at(t + 1)?;
        let named = (p.start..p.end).all(|k| self.s.texts[k].starts_with(char::is_uppercase));
        // ("in Kwale (Kwale county, Kenya)": the region in brackets too.)
        let end = short_paren_end(&self.s.lower, p.end).map_or(p.end, |j| j + 1);
        named.then_some(end - t)
    }

    /// A comma between two adjectives of one noun phrase ("a new, six-year
    /// trade agreement"), or between plural nouns of a list, ends no clause.
    fn comma_between_adjectives(&self, k: usize) -> bool {
        let adjective = |j: usize| {
            let c = self.dict.lexicon.classes(self.s.words[j]);
            c.adjective() && !c.verb()
        };
        // ("distributed tents, blankets and cooking kits to": a comma in a
        // list of plural common nouns too.)
        let plural_noun = |j: usize| {
            let w = self.s.lower[j].as_ref();
            w.ends_with('s') && !self.s.texts[j].starts_with(char::is_uppercase) && self.dict.lexicon.classes(self.s.words[j]).noun()
        };
        self.s.lower[k] == "," && k > 0 && k + 1 < self.s.lower.len() && ((adjective(k - 1) && (adjective(k + 1) || self.s.lower[k + 1].contains('-'))) || (plural_noun(k - 1) && plural_noun(k + 1)))
    }

    /// The word at `v` is a past participle after a form of "be" ("were
    /// barred", "has been urged", "was reportedly told").
    fn passive_verb_at(&self, v: usize) -> bool {
        use dyad_dict::{VerbTag, WordClass};
        let participle = self.dict.lexicon.has_reading(self.s.words[v], VerbTag::PastParticiple);
        participle && (v.saturating_sub(3)..v).rev().take_while(|&k| k + 3 >= v).any(|k| {
            self.dict.closed.is(WordClass::Be, &self.s.lower[k]) && (k + 1..v).all(|j| self.s.lower[j].ends_with("ly") || matches!(self.s.lower[j].as_ref(), "been" | "being" | "not"))
        })
    }

    /// A quotation mark of a quoted word or two inside a noun phrase
    /// ("warned of \"overwhelming\" retaliation"), which ends no clause.
    fn scare_quote(&self, k: usize) -> bool {
        let lower = &self.s.lower;
        let quote = |j: usize| lower.get(j).is_some_and(|w| w == "\"");
        quote(k) && ((k + 2..=k + 3).any(quote) || (k.saturating_sub(3)..k.saturating_sub(1)).any(quote))
    }

    fn phrase_at(&self, t: usize) -> Option<&ActorPhrase> {
        self.phrases.iter().find(|p| p.start == t)
    }

    /// Matches elements[e..] starting at token t; returns the end token.
    fn forward(&self, e: usize, t: usize, st: &mut State) -> Option<usize> {
        let els = &self.pattern.elements;
        if e == els.len() {
            return Some(t);
        }
        let n = self.s.tokens.len();
        let el = &els[e];
        match &el.kind {
            ElementKind::Gap => {
                // "commands sent by Isis fighters": a "by" right after the
                // verb names its agent; what follows is not its object.
                let agent_follows = e > 0 && st.words.last().is_some_and(|&v| v + 1 == t) && self.s.lower.get(t).is_some_and(|w| w == "by");
                // (The pattern's next word a noun: "DELIVER ... weapons|systems".)
                let before_noun = || els.get(e + 1).is_some_and(|next| match &next.kind {
                    ElementKind::Words(ws) => ws.iter().all(|&id| !self.dict.closed.is(dyad_dict::WordClass::Function, self.dict.vocab.word(id)) && self.dict.lexicon.classes(id).noun()),
                    _ => false,
                });
                for skip in 0.. {
                    if skip > 0 && (agent_follows || t + skip > n || gap_cost(self.s, self.dict, self.phrases, t, skip, before_noun) > MAX_GAP || (opens_clause(&self.s.lower[t + skip - 1]) && !self.comma_between_adjectives(t + skip - 1) && !self.scare_quote(t + skip - 1) && !in_short_paren(&self.s.lower, t + skip - 1))) {
                        break;
                    }
                    let mut s2 = st.clone();
                    if let Some(end) = self.forward(e + 1, t + skip, &mut s2) {
                        *st = s2;
                        return Some(end);
                    }
                }
                None
            }
            ElementKind::Target | ElementKind::Source => {
                let record = |st: &mut State, at: usize| {
                    if el.kind == ElementKind::Target { st.target_at = Some(at) } else { st.source_at = Some(at) }
                };
                if e + 1 == els.len() {
                    record(st, t);
                    return Some(t);
                }
                // The slot holds a noun phrase: an actor phrase, or a few words.
                if let Some(p) = self.phrase_at(t) {
                    let mut s2 = st.clone();
                    record(&mut s2, t);
                    if let Some(end) = self.forward(e + 1, p.end, &mut s2) {
                        *st = s2;
                        return Some(end);
                    }
                }
                for skip in 1..=MAX_SLOT_SKIP {
                    if t + skip > n || opens_clause(&self.s.lower[t + skip - 1]) {
                        break;
                    }
                    let mut s2 = st.clone();
                    record(&mut s2, t);
                    if let Some(end) = self.forward(e + 1, t + skip, &mut s2) {
                        *st = s2;
                        return Some(end);
                    }
                }
                // "were barred from entering", "was urged to resign": a
                // passive verb's object is its subject, and the slot right
                // after it is empty.
                if el.kind == ElementKind::Target && e == self.pattern.anchor + 1 && st.words.last().is_some_and(|&v| v + 1 == t && self.passive_verb_at(v)) {
                    let mut s2 = st.clone();
                    if let Some(end) = self.forward(e + 1, t, &mut s2) {
                        *st = s2;
                        return Some(end);
                    }
                }
                None
            }
            kind => {
                // A time or manner adverbial may stand between the words of a
                // pattern ("called Thursday on", "threatened again to",
                // "suspended plans on Wednesday to"): up to two adverbials are skipped (a date with its preposition is one: "promised on 9 May 2023 to").
                // The "on" of "on Monday" is the day's, not a preposition
                // whose object the pattern names ("agreed on Monday to
                // release" is no "agreed on ... release"). Before a target
                // slot it may stand: "marched on Saturday" is still a march,
                // of no named target.
                let before_target = els.get(e + 1).is_some_and(|next| next.kind == ElementKind::Target);
                let on_day = |k: usize| !before_target && self.s.lower[k] == "on" && self.adverbial_len(k) >= 2;
                // The word may stand here or after one or two adverbials;
                // where it matches but the rest of the pattern does not
                // ("called on May 3, 2019, on the army to": the date's
                // "on"), the next place is tried.
                let mut k = t;
                for skipped in 0..=2 {
                    if k >= n {
                        break;
                    }
                    if self.token_matches(kind, k) && !on_day(k) {
                        let mut s2 = st.clone();
                        s2.words.push(k);
                        if let Some(end) = self.forward(e + 1, k + 1, &mut s2) {
                            *st = s2;
                            return Some(end);
                        }
                    }
                    match self.adverbial_len(k) {
                        len if len > 0 && skipped < 2 => k += len,
                        _ => break,
                    }
                }
                if el.optional {
                    return self.forward(e + 1, t, st);
                }
                None
            }
        }
    }

    /// Matches elements[..e] backwards, ending just before token t; returns
    /// the start token. Slots before the anchor are zero-width markers at the
    /// phrase ending there.
    fn backward(&self, e: usize, t: usize, st: &mut State) -> Option<usize> {
        if e == 0 {
            return Some(t);
        }
        let el = &self.pattern.elements[e - 1];
        match &el.kind {
            ElementKind::Gap => {
                // A passive's subject noun keeps its modifiers before the
                // auxiliary ("a two-year ban on opposition rallies in Harare
                // was lifted"): a few more words, still within the clause.
                let max_gap = if self.pattern.options.passive { MAX_PASSIVE_SUBJECT_GAP } else { MAX_GAP };
                for skip in 0.. {
                    if skip > t || (skip > 0 && (gap_cost(self.s, self.dict, self.phrases, t - skip, skip, || false) > max_gap || ends_clause(&self.s.lower[t - skip]))) {
                        break;
                    }
                    let mut s2 = st.clone();
                    if let Some(start) = self.backward(e - 1, t - skip, &mut s2) {
                        *st = s2;
                        return Some(start);
                    }
                }
                None
            }
            ElementKind::Target | ElementKind::Source => {
                let p = self.phrases.iter().find(|p| p.end == t)?;
                if el.kind == ElementKind::Target { st.target_at = Some(p.start) } else { st.source_at = Some(p.start) }
                self.backward(e - 1, p.start, st)
            }
            kind => {
                if t > 0 && self.token_matches(kind, t - 1) {
                    let mut s2 = st.clone();
                    s2.words.push(t - 1);
                    if let Some(start) = self.backward(e - 1, t - 1, &mut s2) {
                        *st = s2;
                        return Some(start);
                    }
                }
                // A one-word adverb inside the verb group before the anchor:
                // "was formally recognised", "were reportedly deployed".
                let adverb = |k: usize| self.adverbial_len(k) == 1 || self.dict.closed.is(dyad_dict::WordClass::VerbGroupAdverb, &self.s.lower[k]);
                if e == self.pattern.anchor && t > 1 && adverb(t - 1) && self.token_matches(kind, t - 2) {
                    let mut s2 = st.clone();
                    s2.words.push(t - 2);
                    if let Some(start) = self.backward(e - 1, t - 2, &mut s2) {
                        *st = s2;
                        return Some(start);
                    }
                }
                if el.optional {
                    return self.backward(e - 1, t, st);
                }
                None
            }
        }
    }
}

/// True when a verb-form anchor that is also an adverb follows a verb's
/// past form as its particle: "reined back", "fought back" ("back" is no
/// backing there).
fn particle_use(s: &Sentence<'_>, dict: &Dictionaries, t: usize) -> bool {
    use dyad_dict::{VerbTag, WordClass};
    t > 0
        && dict.lexicon.classes(s.words[t]).adverb()
        && !dict.closed.is(WordClass::Auxiliary, &s.lower[t - 1])
        && !dict.closed.is(WordClass::Be, &s.lower[t - 1])
        && dict.lexicon.verb_readings(s.words[t - 1]).iter().any(|(_, tag)| matches!(tag, VerbTag::Past | VerbTag::PastParticiple))
}

/// True for a past participle after "the" that names people and takes no
/// object: "treating the injured", "the wounded were taken", "the detained
/// and the disappeared" (not "the injured soldiers", where it is an
/// adjective the tree reads).
fn people_participle(s: &Sentence<'_>, dict: &Dictionaries, t: usize) -> bool {
    if t == 0 || s.lower[t - 1] != "the" {
        return false;
    }
    let participle = dict.lexicon.has_reading(s.words[t], dyad_dict::VerbTag::PastParticiple);
    let next_ends_phrase = s.lower.get(t + 1).is_none_or(|w| {
        dict.closed.is(dyad_dict::WordClass::Preposition, w) || dict.closed.is(dyad_dict::WordClass::Auxiliary, w) || matches!(w.as_ref(), "." | "," | ";" | ":" | "\"" | ")" | "and" | "or" | "who")
    });
    participle && next_ends_phrase
}

/// True for a past participle coordinated with an adjective before a noun:
/// "the families of dead or imprisoned militants", "wounded and detained
/// protesters" (an adjective, whatever the tree makes of it).
fn coordinated_adjective(s: &Sentence<'_>, dict: &Dictionaries, t: usize) -> bool {
    if t < 2 || !matches!(s.lower[t - 1].as_ref(), "or" | "and") || t + 1 >= s.words.len() {
        return false;
    }
    // (Only a plain adjective before and a plain plural noun after: "burst
    // in and opened fire", "harassed and targeted Turkish positions",
    // "landed and attacked an army camp" are verbs.)
    let before = dict.lexicon.classes(s.words[t - 2]);
    let adjective_before = before.adjective() && !before.verb() && (!before.adverb() || before.noun()) && !dict.closed.is(dyad_dict::WordClass::Function, &s.lower[t - 2]);
    let after = dict.lexicon.classes(s.words[t + 1]);
    let noun_after = after.noun() && !after.adjective() && !after.verb() && s.lower[t + 1].ends_with('s');
    adjective_before && noun_after && dict.lexicon.has_reading(s.words[t], dyad_dict::VerbTag::PastParticiple)
}

/// True when a verb-form anchor is used as a noun: "mutual visits",
/// "his country's support", "the attack": a determiner, possessive or
/// preposition before it, possibly across one or two adjectives.
fn noun_use(s: &Sentence<'_>, dict: &Dictionaries, t: usize) -> bool {
    use dyad_dict::WordClass;
    // "the UN's proposed ceasefire", "Russia's planned offensive": a
    // participle after a possessive modifies the noun that follows.
    // So after a determiner: "began an expanded intelligence sharing".
    // (Articles and possessives only: "have all declared", "those
    // kidnapped by Daesh" are verbs.)
    let modifier_slot = t > 0 && matches!(s.lower[t - 1].as_ref(), "'s" | "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our");
    if modifier_slot && dict.lexicon.has_reading(s.words[t], dyad_dict::VerbTag::PastParticiple) {
        return true;
    }
    // A form that cannot be a noun ("called", "visited") is a verb wherever
    // it stands: "The Arab League called on ...".
    if !dict.lexicon.classes(s.words[t]).noun() {
        return false;
    }
    // "have received offers of amnesty", "rejected calls for", "condemned
    // attacks on": a plural right after a past verb is that verb's object
    // (a finite "-s" verb cannot follow one).
    if t > 0 && s.lower[t].ends_with('s') && past_verb_only(s, dict, t - 1) {
        return true;
    }
    // "the rebels started pulling out": an "-ing" form right after a past
    // verb is that verb's complement, not a noun of the phrase before it.
    let after_past_verb = t > 0 && !dict.lexicon.classes(s.words[t - 1]).noun() && dict.lexicon.verb_readings(s.words[t - 1]).iter().any(|(_, tag)| *tag == dyad_dict::VerbTag::Past);
    if s.lower[t].ends_with("ing") && after_past_verb {
        return false;
    }
    let past = dict.lexicon.has_reading(s.words[t], dyad_dict::VerbTag::Past);
    let mut k = t;
    for _ in 0..3 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let w = s.lower[k].as_ref();
        if w == "'s" || dict.closed.is(WordClass::Determiner, w) || matches!(w, "of" | "for" | "in" | "on" | "with" | "about" | "against" | "from" | "our" | "my" | "your") {
            // "-ing" after a preposition is verbal: "after meeting the minister".
            return !(s.lower[t].ends_with("ing") && !dict.closed.is(WordClass::Determiner, w) && w != "'s");
        }
        // A country or organisation name as a modifier: "a U.S. request".
        // (A past form after it is its verb: "The UN sent aid", "The ICRC
        // sent", not a noun "sent".)
        if let Some(m) = s.phrases.iter().find(|m| m.start <= k && k < m.end) {
            if past {
                return false;
            }
            let modifier = m.refs.iter().any(|r| match r {
                dyad_dict::ActorRef::Country(i) => {
                    matches!(dict.countries[*i as usize].kind, dyad_dict::CountryKind::Adjective | dyad_dict::CountryKind::Name)
                }
                dyad_dict::ActorRef::Organisation(_) => true,
                _ => false,
            });
            let role_word = m.refs.iter().any(|r| matches!(r, dyad_dict::ActorRef::Agent(_)));
            k = m.start;
            if k == 0 || !(modifier || role_word) {
                return false;
            }
            let before = s.lower[k - 1].as_ref();
            if dict.closed.is(WordClass::Article, before) || before == "'s" {
                return true;
            }
            if modifier {
                return false;
            }
            // A role word as a modifier ("an official visit"): keep looking.
            continue;
        }
        // Adjectives and participles before the word ("firm support",
        // "continued support") belong to a noun phrase only if a determiner
        // or possessive opens it; the loop goes on looking for one.
        let c = dict.lexicon.classes(s.words[k]);
        // (A hyphenated compound is a modifier too: "the anti-Isis fight",
        // "a cross-border attack".)
        let adjective_like = c.adjective() || w.ends_with("ed") || (w.contains('-') && w.len() > 3 && w.chars().any(char::is_alphabetic));
        // A name as a modifier: "the Salisbury attack", "the Sochi talks".
        let name = !s.uniform_case && k > 0 && s.texts[k].starts_with(char::is_uppercase) && (!c.known() || (c.noun() && !c.verb()));
        if name {
            // Only right after an article: "of Hebron set fire" is a verb.
            return k > 0 && (dict.closed.is(WordClass::Article, &s.lower[k - 1]) || s.lower[k - 1] == "'s");
        }
        // A singular noun as a modifier right after an article: "a bomb
        // attack", "the border clash" ("The rebels attack" is a verb, and so
        // is a past form: "The attack wounded 20 people").
        // ("a bullet wound." is a noun: nothing follows the past form.)
        let object_follows = s.lower.get(t + 1).is_some_and(|n| !dict.closed.is(WordClass::Preposition, n) && n.chars().any(char::is_alphanumeric));
        let singular_noun = c.noun() && !adjective_like && !w.ends_with('s');
        // ("a bomb attack" but "a statement urging the government": an
        // "-ing" form with its object's article after it is a participle on
        // the noun.
        // After a noun of a text that says something it is always one: "a
        // statement calling for calm".)
        let text_noun = dict.closed.is(WordClass::TextNoun, w);
        let participle_with_object = s.lower[t].ends_with("ing") && (text_noun || s.lower.get(t + 1).is_some_and(|n| dict.closed.is(WordClass::Article, n)));
        let verb_with_object = (past && object_follows) || participle_with_object;
        if singular_noun && !verb_with_object && k > 0 && (dict.closed.is(WordClass::Article, &s.lower[k - 1]) || s.lower[k - 1] == "'s") {
            return true;
        }
        if !adjective_like || c.adverb() && !c.adjective() {
            return false;
        }
    }
    false
}

/// A past form that is no noun, no auxiliary, no "be" and no light verb:
/// "received", "rejected" (not "had", "were", "made", nor "attacks").
fn past_verb_only(s: &Sentence<'_>, dict: &Dictionaries, k: usize) -> bool {
    use dyad_dict::{VerbTag, WordClass};
    let readings = dict.lexicon.verb_readings(s.words[k]);
    !dict.closed.is(WordClass::Auxiliary, &s.lower[k])
        && !dict.closed.is(WordClass::Be, &s.lower[k])
        && !dict.lexicon.classes(s.words[k]).noun()
        && readings.iter().any(|(_, tag)| matches!(tag, VerbTag::Past | VerbTag::PastParticiple))
        // "made arrests", "joined sanctions": a light verb's object is its
        // subject's act, which the pattern on the noun reads.
        && !readings.iter().any(|&(lemma, _)| dict.closed.is(WordClass::LightVerb, dict.vocab.word(lemma)))
}

/// True when the word at `t` is written as part of a name: capitalised
/// inside a sentence of mixed case, next to another capitalised word
/// ("the United Nations Mission", "Defend Europe"). Such a word is no verb.
fn in_name(s: &Sentence<'_>, t: usize) -> bool {
    let capitalised = |k: usize| s.texts.get(k).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    // "Ban's office said": a capitalised word with a possessive is a name.
    let possessive = s.lower.get(t + 1).is_some_and(|w| w == "'s");
    if s.uniform_case || t == 0 || !capitalised(t) || !(capitalised(t - 1) || capitalised(t + 1) || possessive) {
        return false;
    }
    // A headline in title case capitalises its verbs too.
    let words = s.texts.iter().filter(|w| w.chars().next().is_some_and(char::is_alphabetic));
    let (mut n, mut caps) = (0, 0);
    for w in words {
        n += 1;
        caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    caps * 2 <= n
}

/// True when the "-ing" form at `t` names the topic of a noun before it:
/// "prospects for expanding cooperation", "talks on lifting sanctions".
/// Such a gerund says what is talked about, not what was done ("after
/// meeting the minister" is an act; "days of fighting" names the fighting,
/// so "of" is not read this way).
fn topic_gerund(s: &Sentence<'_>, dict: &Dictionaries, t: usize) -> bool {
    if t < 2 || !s.lower[t].ends_with("ing") || !matches!(s.lower[t - 1].as_ref(), "for" | "on" | "about" | "towards" | "toward") {
        return false;
    }
    let c = dict.lexicon.classes(s.words[t - 2]);
    c.noun() && !s.lower[t - 2].ends_with("ed")
}

/// True when every word element of `pattern` that must match (other than
/// the anchor) has one of its words somewhere in the sentence: a cheap test
/// that spares most of the matching once vocabulary runs to thousands of
/// patterns. `present` is the sentence's words, sorted.
fn words_present(pattern: &EventPattern, present: &[dyad_dict::WordId]) -> bool {
    pattern.elements.iter().enumerate().all(|(i, el)| match &el.kind {
        ElementKind::Words(ws) if !el.optional && i != pattern.anchor => ws.iter().any(|w| present.binary_search(w).is_ok()),
        _ => true,
    })
}

/// The best match at one anchor word among the hand-written patterns or
/// among the generated ones.
#[derive(Default)]
struct Best {
    found: Option<(usize, Trigger)>,
    negated: bool,
}

/// Finds the event patterns that match in a sentence: at each anchor word the
/// longest match wins; a negative pattern there cancels the others. The
/// hand-written patterns come first: generated ones (`events/generated/`)
/// are considered only at a word where no hand-written pattern matches, and
/// a hand-written negative pattern cancels them too.
pub fn find_triggers(s: &Sentence<'_>, dict: &Dictionaries, phrases: &[ActorPhrase]) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut present: Vec<dyad_dict::WordId> = Vec::new();
    let mut sketch: Option<dyad_dict::WordSketch> = None;
    for t in 0..s.tokens.len() {
        let candidates = dict.patterns_anchored_on(s.words[t]);
        if candidates.is_empty() {
            continue;
        }
        let named = in_name(s, t);
        if present.is_empty() {
            present = s.words.to_vec();
            present.sort_unstable();
            present.dedup();
        }
        let mut hand = Best::default();
        let mut generated = Best::default();
        let sketch = sketch.get_or_insert_with(|| dyad_dict::WordSketch::new(&s.words));
        for c in candidates {
            if !c.may_match(sketch) {
                continue;
            }
            let (pi, ai) = (c.pattern, c.anchor);
            let pattern = &dict.patterns[pi as usize];
            let best = if pattern.generated { &mut generated } else { &mut hand };
            if best.negated || !words_present(pattern, &present) {
                continue;
            }
            let m = Matcher { s, dict, phrases, pattern };
            let anchor = ai as usize;
            let verb_anchor = matches!(pattern.elements[anchor].kind, ElementKind::Verb(_));
            if verb_anchor && (named || topic_gerund(s, dict, t) || people_participle(s, dict, t) || coordinated_adjective(s, dict, t) || anchor == 0 && (noun_use(s, dict, t) || particle_use(s, dict, t))) {
                continue;
            }
            let mut st = State { words: vec![t], ..State::default() };
            let Some(end) = m.forward(anchor + 1, t + 1, &mut st) else { continue };
            let Some(start) = m.backward(anchor, t, &mut st) else { continue };
            if pattern.options.negative {
                best.negated = true;
                continue;
            }
            // Most pattern words (the most specific wording); then the
            // longest match; then file order.
            let score = st.words.len() * 256 + (end - start);
            if best.found.as_ref().is_none_or(|(b, _)| score > *b) {
                let mut words = st.words.clone();
                words.sort_unstable();
                best.found = Some((score, Trigger { pattern: pi as usize, start, end, anchor: t, words, target_at: st.target_at, source_at: st.source_at }));
            }
        }
        let chosen = if hand.negated {
            None
        } else if hand.found.is_some() {
            hand.found
        } else if generated.negated {
            None
        } else {
            generated.found
        };
        if let Some((_, trig)) = chosen {
            out.push(trig);
        }
    }
    // An event noun that an earlier pattern takes as its own word is that
    // pattern's object, not an event of its own ("suspended attacks on",
    // "lifted the sanctions", "investigate the airstrike").
    let taken: Vec<usize> = out.iter().flat_map(|o| o.words.iter().copied().filter(move |&w| w > o.anchor)).collect();
    out.retain(|t| !taken.contains(&t.anchor));
    // Two patterns that take the same noun, the other's event word inside
    // the first's gap and used as a noun ("the lifting"): the nearer word
    // governs it ("ordered the lifting of the curfew" lifts the curfew; it
    // orders none). A participle there describes ("returned seized property").
    let governed_nearer: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let o = &out[i];
            // The inner word is a verb's pattern used as a noun ("the
            // lifting"); an event noun ("their hunger strike") is what a
            // light verb before it does, and that pattern reads it.
            let verb_used_as_noun = |t: &Trigger| {
                let p = &dict.patterns[t.pattern];
                p.elements.get(p.anchor).is_some_and(|e| matches!(e.kind, ElementKind::Verb(_)))
            };
            out.iter().any(|inner| inner.anchor > o.anchor && inner.anchor < o.end && verb_used_as_noun(inner) && dict.closed.is(dyad_dict::WordClass::Article, &s.lower[inner.anchor - 1]) && !o.words.contains(&inner.anchor) && inner.words.iter().any(|w| *w > inner.anchor && o.words.contains(w)))
        })
        .collect();
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !governed_nearer.contains(&(i - 1))
    });
    out
}
