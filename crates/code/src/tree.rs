//! Arguments read from the dependency tree of `crates/syntax`: who is the
//! subject of an event verb, across auxiliaries, coordination, control
//! verbs ("agreed to meet"), participles and relative clauses.
//!
//! The tree is asked only for sentences with event wording, and only for
//! verbs the tagger reads as verbs; where it has no answer the word-order
//! rules of `clause` decide, as before.

use std::borrow::Cow;

use dyad_dict::Dictionaries;
use dyad_ontology::Category;
use dyad_recognize::{ActorPhrase, Recognized, Trigger};
use dyad_syntax::{Deprel, Model, Parsed, Upos};

use crate::modality::Modality;

/// What the tree says about the actor of an event verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TreeActor {
    /// The subject (or the passive's "by" agent) is this actor phrase,
    /// reached by the relations named (for `--explain`).
    Phrase(usize, &'static str),
    /// The subject is this word, which names no actor ("his voice
    /// exhorted", "the decision of sending troops"): no actor.
    NotAnActor(usize),
    /// The event word is a participle used as an adjective ("detained
    /// activists"): no event.
    Adjective,
    /// The verb pattern's word is a noun that is the subject of another
    /// verb ("street battles raged"): no act of anybody named before it.
    NounSubject,
    /// The verb pattern's word is a plural noun ("civilian targets", "hit
    /// 150 targets") or a gerund another verb takes as its noun object
    /// ("banned US federal funding"): no verb, no act.
    PluralNoun,
    /// A past participle on a noun without a "by" phrase ("civilians
    /// killed in Idlib"): nobody named acted.
    NoAgent,
    /// The verb is in a relative clause whose pronoun is its object ("parts
    /// of the country that Turkey had seized", "a house that fighters were
    /// occupying"): the clause describes the noun, it tells no act of the day.
    DescribedNoun,
    /// The tree has no subject to offer (a nominal use, a fragment).
    Unknown,
}

/// The route of an active participle's noun ("fighters besieging the town").
pub(crate) const PARTICIPLE_ROUTE: &str = "noun of the participle (acl)";

/// The route of a past participle's "by" agent ("forces backed by Washington").
pub(crate) const PARTICIPLE_AGENT_ROUTE: &str = "obl:agent of the participle (acl)";
/// The actor only modifies the subject, a thing ("a Turkish offensive
/// threatens", "the government's decision threatens").
pub(crate) const OWNER_ROUTE: &str = "modifier (amod, nmod:poss, compound) of the subject, a thing";

/// The route from a relative clause's verb to the noun the clause describes
/// ("forces that attacked", "Moscow, which insists").
pub(crate) const RELATIVE_ROUTE: &str = "noun of the relative clause";

/// The same route from a relative clause that gives background: set off
/// by a comma ("Jim Mattis, who resigned in protest"), in the perfect
/// ("foreign fighters who had threatened her family"), or a purpose the
/// clause's verb takes ("a British man who went to Syria to fight").
pub(crate) const BACKGROUND_RELATIVE_ROUTE: &str = "noun of a relative clause giving background";

/// The route from an infinitive to the subject of the verb it completes.
const XCOMP_ROUTE: &str = "nsubj of the verb it completes (xcomp)";

/// The route from an adverbial clause to the subject of its main clause.
const ADVCL_ROUTE: &str = "nsubj of the main clause (advcl)";
pub(crate) const CONJ_ROUTE: &str = "nsubj of the first conjunct (conj)";
const BARE_INFINITIVE_ROUTE: &str = "noun of the bare infinitive (acl)";
/// "started the process of withdrawing its forces": the act is the
/// process the governing verb's subject began.
const PROCESS_ROUTE: &str = "nsubj of the verb whose \"process of\" the act is (acl)";
/// The route of an actor found through [`issuing_verb`].
pub(crate) const ISSUED_STATEMENT_ROUTE: &str = "nsubj of the verb that issued the statement making the act (acl)";
const LIGHT_VERB_ROUTE: &str = "nsubj of the light verb whose object the event noun is";

/// Words parsed past the last event word of a sentence: the parser looks
/// three words ahead, and the subject stands before the verb.
const PARSE_MARGIN: usize = 4;

/// Words parsed past an event word followed by "by": room for a passive's
/// agent with its noun phrase.
const AGENT_MARGIN: usize = 10;

/// Whether a pattern opens with its event verb, or with a modal and then
/// the verb ("will|would RELEASE"): only such patterns ask the tree for
/// their subject (the others name their actor's place).
pub(crate) fn opens_with_verb(dict: &Dictionaries, pattern: &dyad_dict::EventPattern) -> bool {
    use dyad_dict::{ElementKind, WordClass};
    let verb_at = |k: usize| pattern.anchor == k && matches!(pattern.elements[k].kind, ElementKind::Verb(_));
    let modal = |k: usize| matches!(&pattern.elements[k].kind, ElementKind::Words(ws) if ws.iter().all(|&w| {
        let w = dict.vocab.word(w);
        dict.closed.is(WordClass::Future, w) || dict.closed.is(WordClass::Hypothetical, w)
    }));
    verb_at(0) || (pattern.elements.len() > 1 && modal(0) && verb_at(1))
}

/// Whether the tree is asked for the actor of `pattern` matched at `trig`:
/// a pattern that opens with its verb, or one that names the verb's object
/// first with its agent after ("a conference boycotted by the opposition").
pub(crate) fn asks_tree(dict: &Dictionaries, pattern: &dyad_dict::EventPattern, lower: &[Cow<'_, str>], trig: &Trigger) -> bool {
    let agent_after = lower.get(trig.anchor + 1).is_some_and(|w| w == "by") && matches!(pattern.elements[pattern.anchor].kind, dyad_dict::ElementKind::Verb(_));
    opens_with_verb(dict, pattern) || agent_after
}

/// How many words of a sentence the tree needs: the subjects of event verbs
/// stand before them or just after ("was shelled by X"), so the words past
/// the last event verb that asks the tree (one not dropped before it:
/// `unreported` gives the reason per trigger, `kept` the time test), and a
/// margin, are not parsed. Parsing is the costly part of coding.
pub(crate) fn parse_extent(rec: &Recognized<'_>, dict: &Dictionaries, unreported: &[Option<&'static str>], kept: impl Fn(&Trigger) -> bool) -> usize {
    let lower = &rec.sentence.lower;
    rec.triggers
        .iter()
        .zip(unreported)
        .filter(|(t, reason)| {
            let p = &dict.patterns[t.pattern];
            t.source_at.is_none() && asks_tree(dict, p, lower, t) && p.category.is_some() && reason.is_none() && kept(t)
        })
        .map(|(t, _)| {
            let end = t.end.max(t.anchor + 1);
            // A passive's agent ("was shelled by the army") needs its noun phrase.
            let agent = (end..(end + 3).min(lower.len())).any(|k| lower[k] == "by");
            end + if agent { AGENT_MARGIN } else { PARSE_MARGIN }
        })
        .max()
        .unwrap_or(0)
}

/// Stage: what the tree's reading (`from_tree`) of the event word at `trig`
/// says against coding an event of `category` there at all; the reason, for
/// `--explain`.
pub(crate) fn verdict(from_tree: TreeActor, category: Category, rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger) -> Option<&'static str> {
    // "forces backed by Washington", "rebels armed by Turkey": who backs a
    // group describes it; a relation, not the day's act. (Also by word
    // order: ", backed by Iranian and Russian allies".)
    let backers_after_comma = {
        let lower = &rec.sentence.lower;
        let a = trig.anchor;
        a > 0 && lower[a - 1] == "," && lower.get(a + 1).is_some_and(|w| w == "by") && lower[a].ends_with("ed")
    };
    if (backers_after_comma || matches!(from_tree, TreeActor::Phrase(_, PARTICIPLE_AGENT_ROUTE))) && matches!(category, Category::Support | Category::Aid | Category::Cooperate) {
        return Some("a participle naming a group's backers (tree)");
    }
    // "territory occupied by Islamic State", "areas held by rebels": who
    // holds a place describes it; no act of the day.
    let holding = dict.closed.is(dyad_dict::WordClass::HoldingParticiple, &rec.sentence.lower[trig.anchor]);
    if holding && matches!(from_tree, TreeActor::Phrase(_, PARTICIPLE_AGENT_ROUTE)) {
        return Some("a participle naming who holds a place (tree)");
    }
    // "Kurdish forces fighting Isis", "rebels fighting under the banner of
    // HTS": an active participle on a noun says what the group is known
    // for, not what happened. Protesters "protesting election results" are
    // the protest itself.
    if matches!(from_tree, TreeActor::Phrase(_, PARTICIPLE_ROUTE)) && category != Category::Protest {
        return Some("a participle describing a noun (tree)");
    }
    // "A Turkish offensive now threatens Manbij", "the decision threatens
    // the ceasefire": a thing that endangers, not a threat anybody made.
    if matches!(from_tree, TreeActor::Phrase(_, OWNER_ROUTE)) && category == Category::Threaten {
        return Some("a thing that endangers, not a threat (tree)");
    }
    match from_tree {
        TreeActor::NoAgent => Some("a participle on a noun, without an agent (tree)"),
        // (A day named in the sentence makes it news: "Afrin, which Turkish
        // forces captured on Sunday".)
        TreeActor::DescribedNoun if !crate::time::names_a_day(rec) => Some("a relative clause describing its noun (tree)"),
        TreeActor::Phrase(_, BACKGROUND_RELATIVE_ROUTE) if !crate::time::names_a_day(rec) => Some("a relative clause describing its noun (tree)"),
        TreeActor::NounSubject => Some("a noun that is the subject of another verb (tree)"),
        TreeActor::PluralNoun => Some("a verb's word used as a noun (tree)"),
        TreeActor::Adjective => Some("a participle used as an adjective (tree)"),
        _ => None,
    }
}

/// "will not attack Syria or shell its towns", "should take them back and
/// put them on trial": a later verb without a verb group of its own shares
/// the first conjunct's negation and modals, which are added to `m`; "need
/// to be prosecuted and detained": the passive too, and its agent ("were
/// found by the SDF and held at Camp Roj"), which is returned.
pub(crate) fn share_first_conjunct(p: &Parsed, rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger, m: &mut Modality) -> Option<usize> {
    let head = bare_conjunct_head(p, trig.anchor)?;
    let mut agent = None;
    if passive_verb(p, head) {
        m.passive = true;
        agent = agent_phrase(p, &rec.actors, head);
    }
    let at = Trigger { start: head, end: head + 1, anchor: head, words: vec![head], ..trig.clone() };
    m.share(crate::modality::modality(&rec.sentence, dict, &at));
    agent
}

/// Parses a sentence's words with the built-in model (tags and tree: the
/// coder reads no lemmas).
pub(crate) fn parse(words: &[&str]) -> Parsed {
    Model::builtin().parse_without_lemmas(words)
}

/// Relative pronouns: as the subject of a relative clause they stand for
/// the noun the clause modifies.
fn relative_pronoun(form: &str) -> bool {
    matches!(form.to_ascii_lowercase().as_str(), "who" | "which" | "that" | "whom")
}

/// The token that is the logical subject of the verb at `t`, whether the
/// verb is passive (then the token is the "by" agent, if any), and the
/// route the tree took to it.
fn subject_token(p: &Parsed, t: usize) -> Option<(Option<usize>, bool, &'static str)> {
    let mut v = t;
    let mut climbed: Option<&'static str> = None;
    // A bounded climb: xcomp of xcomp of conj is already rare.
    for _ in 0..6 {
        // "passed by the Duma and endorsed by Putin": a conjunct's own agent.
        if v == t && p.deprels[v] == Deprel::Conj {
            if let Some(agent) = p.children_with(v, Deprel::OblAgent).next() {
                // ("led by the SDF and backed by the US": participles on a noun.)
                let on_noun = p.head(v).is_some_and(|h| p.deprels[h] == Deprel::Acl || p.upos[h] == Upos::Adj);
                return Some((Some(agent), true, if on_noun { PARTICIPLE_AGENT_ROUTE } else { "obl:agent" }));
            }
        }
        let passive = p.children_with(v, Deprel::NsubjPass).next().is_some() || p.children_with(v, Deprel::AuxPass).next().is_some();
        // "was killed by an IED while fighting Isis", "were forced by the
        // army to withdraw": who does the dependent act is the passive's
        // subject, not its agent.
        if passive && matches!(climbed, Some(ADVCL_ROUTE) | Some(XCOMP_ROUTE)) {
            if let Some(s) = p.children_with(v, Deprel::NsubjPass).next() {
                return Some((Some(s), false, "nsubj:pass of the verb it depends on"));
            }
        }
        // "Abu Ali, who was killed in an airstrike": a background clause,
        // with or without its agent.
        let relative_subject = p.deprels[v] == Deprel::AclRelcl && p.children_with(v, Deprel::NsubjPass).any(|s| relative_pronoun(p.form(s)));
        if passive && relative_subject && relative_route(p, v, climbed) == BACKGROUND_RELATIVE_ROUTE {
            return Some((p.children_with(v, Deprel::OblAgent).next(), true, BACKGROUND_RELATIVE_ROUTE));
        }
        if passive {
            return Some((p.children_with(v, Deprel::OblAgent).next(), true, climbed.map_or("obl:agent", |_| "obl:agent of the governing verb")));
        }
        if let Some(s) = p.children_with(v, Deprel::Nsubj).next() {
            // "NGOs supporting US agencies ... were told", "Rebels attacking
            // the town were repelled": an "-ing" form with its noun right
            // before it, the whole the subject of another verb, is a
            // participle on that noun (the tree reads a clausal subject).
            let clausal_subject = matches!(p.deprels[v], Deprel::Nsubj | Deprel::NsubjPass | Deprel::Csubj);
            if v == t && clausal_subject && s + 1 == v && p.form(v).to_ascii_lowercase().ends_with("ing") && p.children_with(v, Deprel::Aux).next().is_none() {
                return Some((Some(s), false, PARTICIPLE_ROUTE));
            }
            if relative_pronoun(p.form(s)) && p.deprels[v] == Deprel::AclRelcl {
                return Some((p.head(v), false, relative_route(p, v, climbed)));
            }
            // "Turkey, which attacked": set off, whatever the tree made of
            // the clause (the pronoun then stands for the phrase before it).
            if matches!(p.form(s).to_ascii_lowercase().as_str(), "who" | "which") && s > 0 && sets_off(p.form(s - 1)) {
                return Some((Some(s), false, BACKGROUND_RELATIVE_ROUTE));
            }
            return Some((Some(s), false, climbed.unwrap_or("nsubj")));
        }
        climbed = Some(match p.deprels[v] {
            // "agreed to meet", "arrested and charged", "responded,
            // killing 12": the subject of the verb they depend on.
            Deprel::Xcomp => XCOMP_ROUTE,
            Deprel::Conj => CONJ_ROUTE,
            Deprel::Advcl => ADVCL_ROUTE,
            // "fighters besieging the town": the noun is the subject of an
            // active participle; a past participle ("fighters captured in")
            // is passive and names no agent here.
            Deprel::Acl if process_of(p, v) => {
                v = p.head(v)?;
                PROCESS_ROUTE
            }
            Deprel::Acl if p.form(v).to_ascii_lowercase().ends_with("ing") => return Some((p.head(v), false, PARTICIPLE_ROUTE)),
            // "after watching rightwing pundits criticise the fudge": a bare
            // infinitive on a noun (a perception verb's complement) has that
            // noun for its subject.
            // (The coder's parse has no lemmas: a form without an inflection's
            // ending stands for the base form.)
            Deprel::Acl if p.upos[v] == Upos::Verb && bare_form(p.form(v)) && perceived(p, v) => return Some((p.head(v), false, BARE_INFINITIVE_ROUTE)),
            // A relative clause without its own subject: "forces that attacked".
            Deprel::AclRelcl => return Some((p.head(v), false, relative_route(p, v, climbed))),
            _ => return None,
        });
        v = p.head(v)?;
    }
    None
}

/// The "-ing" verb at `v` is "the process of" doing it, that noun the
/// object of a verb: "has started the process of withdrawing".
fn process_of(p: &Parsed, v: usize) -> bool {
    let Some(noun) = p.head(v) else { return false };
    p.form(v).to_ascii_lowercase().ends_with("ing")
        && p.form(noun).eq_ignore_ascii_case("process")
        && p.deprels[noun] == Deprel::Obj
        && p.children_with(v, Deprel::Mark).any(|c| p.form(c).eq_ignore_ascii_case("of"))
}

/// The verb that issued the text an "-ing" event word at `t` hangs on
/// ("issued a statement deploring", "adopted a resolution condemning",
/// "sent a letter urging"; not "received a letter urging", whose subject did
/// not write it): its subject speaks. `is_text` says whether a token is a
/// noun of a text, `is_issuing` whether it is a verb of issuing one.
pub(crate) fn issuing_verb(p: &Parsed, t: usize, is_text: impl Fn(usize) -> bool, is_issuing: impl Fn(usize) -> bool) -> Option<usize> {
    if t >= p.len() || p.deprels[t] != Deprel::Acl || !p.form(t).to_ascii_lowercase().ends_with("ing") {
        return None;
    }
    let noun = p.head(t)?;
    let verb = p.head(noun)?;
    (is_text(noun) && p.deprels[noun] == Deprel::Obj && p.upos[verb] == Upos::Verb && is_issuing(verb)).then_some(verb)
}

/// The verb at `t` heads a relative clause or participle on "those", which
/// names people by what was done to them ("the issue of those kidnapped by
/// Daesh", "the truth about those they killed", "those arrested and held");
/// a conjunct shares its first verb's place. (On any noun inside another's
/// phrase the rule was tried and left out: "the release of employees who
/// were arrested last week" is news.)
pub(crate) fn describes_people(p: &Parsed, t: usize) -> bool {
    if t >= p.deprels.len() {
        return false;
    }
    let mut v = t;
    // (A bounded climb of coordinated verbs.)
    for _ in 0..4 {
        if p.deprels[v] != Deprel::Conj {
            break;
        }
        let Some(h) = p.head(v) else { return false };
        v = h;
    }
    if !matches!(p.deprels[v], Deprel::Acl | Deprel::AclRelcl) {
        return false;
    }
    // A participle with a direct object is a misread past tense ("aircraft
    // including helicopter gunships killed 46 civilians").
    if p.deprels[v] == Deprel::Acl && p.children_with(v, Deprel::Obj).next().is_some() {
        return false;
    }
    p.head(v).is_some_and(|noun| p.form(noun).eq_ignore_ascii_case("those"))
}

/// Which relative route the clause headed by `v` gives (see
/// [`BACKGROUND_RELATIVE_ROUTE`]); `climbed` is how the event word reached it.
fn relative_route(p: &Parsed, v: usize, climbed: Option<&'static str>) -> &'static str {
    let perfect = p.children_with(v, Deprel::Aux).any(|a| matches!(p.form(a).to_ascii_lowercase().as_str(), "has" | "have" | "had"));
    // The clause's first word: its relative pronoun, or the verb's first dependent.
    let first = p.children_with(v, Deprel::Nsubj).chain(p.children_with(v, Deprel::NsubjPass)).filter(|&c| c < v).min().unwrap_or(v);
    let set_off = first > 0 && sets_off(p.form(first - 1));
    if perfect || set_off || climbed == Some(XCOMP_ROUTE) {
        BACKGROUND_RELATIVE_ROUTE
    } else {
        RELATIVE_ROUTE
    }
}

/// Punctuation that sets a relative clause off from its noun.
fn sets_off(form: &str) -> bool {
    matches!(form, "," | "--" | "-" | "(" | "—" | "–")
}

/// The verb at `t` heads a relative clause with a subject of its own and a
/// relative pronoun before it as its object ("that Turkey had seized",
/// "whom it has fought"; not "in which 22 people were killed", which often
/// tells the act).
fn object_relative(p: &Parsed, t: usize) -> bool {
    // (A "that" the parser took for a conjunction stands for the object
    // when the verb has no object of its own.)
    let that_as_mark = || p.children_with(t, Deprel::Mark).any(|c| c < t && p.form(c).eq_ignore_ascii_case("that")) && p.children_with(t, Deprel::Obj).next().is_none();
    // (Or the object of a preposition: "the countries that the UK has
    // fought over", "something to which the Turks were opposed"; not one of
    // time or place, "a standoff in which two houses were torched", which
    // tells the act.)
    let of_time_or_place = |c: usize| p.children_with(c, Deprel::Case).any(|k| matches!(p.form(k).to_ascii_lowercase().as_str(), "in" | "during" | "at" | "on" | "when"));
    let other_relative = || p.children(t).any(|c| c < t && matches!(p.deprels[c], Deprel::Obl | Deprel::Obj) && relative_pronoun(p.form(c)) && !of_time_or_place(c));
    p.deprels[t] == Deprel::AclRelcl
        && p.children_with(t, Deprel::Nsubj).chain(p.children_with(t, Deprel::NsubjPass)).any(|s| !relative_pronoun(p.form(s)))
        && (p.children_with(t, Deprel::Obj).any(|c| c < t && relative_pronoun(p.form(c))) || that_as_mark() || other_relative())
}

/// A verb form without the endings of the past, the participles or the
/// third person ("criticise", "attack"; not "attacked", "attacks").
fn bare_form(form: &str) -> bool {
    let f = form.to_ascii_lowercase();
    f.len() > 2 && !f.ends_with("ed") && !f.ends_with("ing") && !f.ends_with('s') && !f.ends_with("en")
}

/// The noun a verb at `v` hangs on is the object of a verb of perception
/// or causing ("watching pundits criticise", "saw troops fire", "let
/// them leave"): the bare infinitive's subject.
fn perceived(p: &Parsed, v: usize) -> bool {
    // "made an effort to restore": an infinitive with "to" is no bare one.
    p.children_with(v, Deprel::Mark).next().is_none()
        && p.head(v).filter(|&n| p.deprels[n] == Deprel::Obj).and_then(|n| p.head(n)).is_some_and(|g| {
        matches!(
            p.form(g).to_ascii_lowercase().as_str(),
            "watch" | "watched" | "watching" | "watches" | "see" | "saw" | "seen" | "seeing" | "sees" | "hear" | "heard" | "hearing" | "hears" | "let" | "lets" | "letting" | "make" | "made" | "making" | "makes" | "help" | "helped" | "helping" | "helps"
        )
    })
}

/// The actor phrase holding token `tok`: the phrase that contains it, else
/// one inside the token's own words ("thousands of protesters"), else the
/// agent of a participle on it ("an IED planted by the Taliban", "an attack
/// carried out by Isis").
fn phrase_of(p: &Parsed, phrases: &[ActorPhrase], tok: usize) -> Option<usize> {
    if let Some(i) = phrases.iter().position(|ph| ph.start <= tok && tok < ph.end) {
        return Some(i);
    }
    // "pnp chief urged", "saps members raided", "the Sudan Liberation
    // Movement faction led by ... declined": a word for a body's people or
    // one of its parts, right after the body's name, stands for it.
    let staff = matches!(
        p.form(tok).to_ascii_lowercase().as_str(),
        "chief" | "chiefs" | "member" | "members" | "personnel" | "officer" | "officers" | "official" | "officials" | "spokesman" | "spokeswoman" | "spokesperson" | "command" | "unit" | "units" | "team" | "teams" | "operatives" | "agents" | "commander" | "commanders" | "jawans" | "faction" | "factions" | "wing" | "delegation" | "leadership"
    );
    if let Some(i) = phrases.iter().position(|ph| staff && ph.end == tok) {
        return Some(i);
    }
    // "President Plevneliev, who has refused": a relative pronoun the
    // parser did not attach as a relative clause's subject still stands for
    // the phrase it follows ("that" is left out: it is mostly a
    // conjunction).
    if matches!(p.form(tok).to_ascii_lowercase().as_str(), "who" | "which") && tok > 0 {
        let before = if p.form(tok - 1) == "," && tok > 1 { tok - 2 } else { tok - 1 };
        if let Some(i) = phrases.iter().position(|ph| ph.end == before + 1) {
            return Some(i);
        }
    }
    let agent = p
        .children_with(tok, Deprel::Acl)
        .flat_map(|acl| p.children_with(acl, Deprel::OblAgent))
        .find_map(|a| phrases.iter().position(|ph| ph.start <= a && a < ph.end));
    if agent.is_some() {
        return agent;
    }
    // (Not a place the noun's phrase names: "a roadside bombing near the
    // town of Samarra killed" was no act of Samarra.)
    let placed = |ph: &ActorPhrase| {
        let before = |k: usize| if ph.start >= k { p.form(ph.start - k).to_ascii_lowercase() } else { String::new() };
        matches!(before(1).as_str(), "in" | "near" | "at" | "outside" | "inside")
            || (before(1) == "of" && matches!(before(2).as_str(), "town" | "city" | "village" | "province" | "region" | "district" | "area" | "capital"))
    };
    let inside = |head: usize| {
        let (lo, hi) = noun_span(p, head);
        // (A phrase may run past the noun's span by the place it absorbed:
        // "members of the ruling party in Ankara".)
        let within = |ph: &ActorPhrase| ph.end <= hi + 1 || (ph.start <= hi && hi + 1 < p.len() && matches!(p.form(hi + 1).to_ascii_lowercase().as_str(), "in" | "from"));
        phrases.iter().position(|ph| ph.start >= lo && within(ph) && !placed(ph))
    };
    // A name the dictionaries do not know, with an appositive that says who
    // it is: "Kenzo Oshima, the UN relief coordinator, demanded ...".
    // "the chief secretary of the foreign ministry, Hamza Bekayev": a phrase
    // that the recogniser ran on into the noun's appositive.
    // ("The speaker of Malawi's National Assembly, Catherine Gotani Hara,":
    // the parser may hang the appositive on the last noun of the span.)
    let into_appositive = |head: usize| {
        let (lo, hi) = noun_span(p, head);
        let appositive_end = (lo..=hi).flat_map(|k| p.children_with(k, Deprel::Appos)).map(|ap| noun_span(p, ap).1).max()?;
        phrases.iter().position(|ph| ph.start >= lo && ph.start <= hi && ph.end <= appositive_end + 1 && !placed(ph))
    };
    inside(tok).or_else(|| p.children_with(tok, Deprel::Appos).find_map(inside)).or_else(|| into_appositive(tok))
}

/// The phrase stands outside the common noun `head` and only modifies it:
/// "A Turkish offensive", "the government's decision" ("thousands of
/// protesters" are protesters: there the phrase is the noun's nmod).
fn owner_of_thing(p: &Parsed, phrase: &ActorPhrase, head: usize) -> bool {
    !(phrase.start <= head && head < phrase.end)
        && p.upos[head] == Upos::Noun
        && (phrase.start..phrase.end.min(p.len())).any(|k| p.head(k) == Some(head) && matches!(p.deprels[k], Deprel::Amod | Deprel::NmodPoss | Deprel::Compound))
}

/// The span of the noun at `head` with its modifiers; a relative clause,
/// participle or appositive says more about the noun but its words are not
/// the noun's.
fn noun_span(p: &Parsed, head: usize) -> (usize, usize) {
    let (mut lo, mut hi) = (head, head);
    let mut stack = vec![head];
    while let Some(n) = stack.pop() {
        for c in p.children(n) {
            if matches!(p.deprels[c], Deprel::AclRelcl | Deprel::Acl | Deprel::Appos | Deprel::Punct) {
                continue;
            }
            // "thousands of protesters" are protesters; "a blast in Kabul" is
            // no act of Kabul: a modifier of place says where, not who.
            if p.deprels[c] == Deprel::Nmod
                && p.children_with(c, Deprel::Case).any(|k| matches!(p.form(k).to_ascii_lowercase().as_str(), "in" | "at" | "near" | "off" | "outside" | "inside" | "across" | "around"))
            {
                continue;
            }
            lo = lo.min(c);
            hi = hi.max(c);
            stack.push(c);
        }
    }
    (lo, hi)
}

/// The actor of the event verb at token `t` by the tree `p` of the
/// sentence whose actor phrases are `phrases`.
/// `is_thing` says whether a token names an event, decision or document
/// that can endanger ("offensive", "decision", "bill"): such a subject is
/// a thing even where an actor phrase modifies it. `is_relation` says
/// whether it names others by their relation to somebody ("allies",
/// "backers"): an actor phrase that only modifies it is not its actor.
/// `is_light` says whether a token is a light verb ("made", "carried out",
/// "staged"): its object is its subject's act.
pub(crate) fn actor_of(p: &Parsed, phrases: &[ActorPhrase], t: usize, is_thing: impl Fn(usize) -> bool, is_relation: impl Fn(usize) -> bool, is_light: impl Fn(usize) -> bool) -> TreeActor {
    if t >= p.len() {
        return TreeActor::Unknown;
    }
    // "the release of detained activists", "the wounded soldiers": a
    // participle used as an adjective describes a noun, it reports no act.
    if p.upos[t] == Upos::Adj || p.deprels[t] == Deprel::Amod {
        return TreeActor::Adjective;
    }
    // "sabotage plots", "protest leaders", "attack plans": a verb's word
    // read as a noun modifying another noun names a kind, no act.
    // ("strike action", "bombing campaign", "attack wave": a head that
    // is itself the act keeps it.)
    let act_head = p.head(t).is_some_and(|h| matches!(p.form(h).to_ascii_lowercase().as_str(), "action" | "actions" | "campaign" | "campaigns" | "operation" | "operations" | "wave" | "waves" | "spree"));
    // (Not after "to" or a name, where the tagger misreads a verb: "to
    // battle extremists", "on Monday ratify agreements".)
    let misread_verb = t > 0 && (p.form(t - 1).eq_ignore_ascii_case("to") || p.upos[t - 1] == Upos::Propn);
    if p.upos[t] == Upos::Noun && p.deprels[t] == Deprel::Compound && !act_head && !misread_verb {
        return TreeActor::Adjective;
    }
    // "as street battles raged": a verb's word read as a noun that is
    // itself the subject of another verb names no act of that clause's
    // subject.
    if p.upos[t] == Upos::Noun && matches!(p.deprels[t], Deprel::Nsubj | Deprel::NsubjPass) {
        return TreeActor::NounSubject;
    }
    // "banned US federal funding for NGOs": a gerund read as the noun
    // object of a verb other than a light one reports no act of its own.
    if p.upos[t] == Upos::Noun && p.form(t).to_ascii_lowercase().ends_with("ing") && p.deprels[t] == Deprel::Obj && p.head(t).is_some_and(|h| p.upos[h] == Upos::Verb && !is_light(h)) {
        return TreeActor::PluralNoun;
    }
    if p.upos[t] == Upos::Noun && p.form(t).ends_with('s') {
        // "have made arrests", "took part in street protests": the object of
        // a light verb is the act of that verb's subject.
        let light = p.head(t).filter(|&h| p.upos[h] == Upos::Verb && is_light(h) && matches!(p.deprels[t], Deprel::Obj | Deprel::Obl));
        let Some(h) = light else { return TreeActor::PluralNoun };
        return match subject_token(p, h) {
            Some((Some(tok), _, _)) => match phrase_of(p, phrases, tok) {
                Some(i) => TreeActor::Phrase(i, LIGHT_VERB_ROUTE),
                None => TreeActor::NotAnActor(tok),
            },
            _ => TreeActor::Unknown,
        };
    }
    if !matches!(p.upos[t], Upos::Verb | Upos::Aux) {
        return TreeActor::Unknown;
    }
    // "commands sent by Isis fighters", "funding received by the UNHCR": a
    // past participle on a noun is passive; only its "by" phrase names
    // who acted, and without one nobody named did.
    // A participle with a direct object is a misread past tense ("gunships
    // killed 46 civilians"): left to the subject rules.
    if p.deprels[t] == Deprel::Acl && !p.form(t).to_ascii_lowercase().ends_with("ing") && p.children_with(t, Deprel::Obj).next().is_none() {
        return match p.children_with(t, Deprel::OblAgent).next() {
            Some(agent) => match phrase_of(p, phrases, agent) {
                Some(i) => TreeActor::Phrase(i, PARTICIPLE_AGENT_ROUTE),
                None => TreeActor::NotAnActor(agent),
            },
            None => TreeActor::NoAgent,
        };
    }
    if object_relative(p, t) {
        return TreeActor::DescribedNoun;
    }
    // "The European parliament has called for a target - calling on the EU
    // to ...": a participle opening a clause after a dash elaborates the
    // main clause and has its subject, whatever the tree attached it to.
    // (After a comma it may belong to the clause just before: "after the
    // latter swept into Afrin, seizing control".)
    if t >= 1 && matches!(p.form(t - 1), "-" | "--" | "—" | "–") && p.form(t).to_ascii_lowercase().ends_with("ing") {
        if let Some(i) = p.root().and_then(|r| p.children_with(r, Deprel::Nsubj).next()).and_then(|s| phrase_of(p, phrases, s)) {
            return TreeActor::Phrase(i, ADVCL_ROUTE);
        }
    }
    // "Kenyans queued to vote and the president of Sierra Leone called for
    // help": a phrase right before a later conjunct, after "and" or a
    // comma, is that verb's own subject, however the tree joined it.
    if p.deprels[t] == Deprel::Conj {
        if let Some(i) = phrases.iter().position(|ph| ph.end == t && ph.start > 0 && matches!(p.form(ph.start - 1), "and" | ",")) {
            return TreeActor::Phrase(i, "the phrase right before a later conjunct");
        }
    }
    match subject_token(p, t) {
        Some((Some(tok), _, route)) => match phrase_of(p, phrases, tok) {
            // Only where the subject is the verb's own (or its first
            // conjunct's): participles and clauses have routes of their own.
            Some(i) if matches!(route, "nsubj" | CONJ_ROUTE) && is_thing(tok) && owner_of_thing(p, &phrases[i], tok) => TreeActor::Phrase(i, OWNER_ROUTE),
            // "Turkey's allies attacked": not Turkey.
            Some(i) if is_relation(tok) && owner_of_thing(p, &phrases[i], tok) => TreeActor::NotAnActor(tok),
            Some(i) => TreeActor::Phrase(i, route),
            None => TreeActor::NotAnActor(tok),
        },
        Some((None, _, BACKGROUND_RELATIVE_ROUTE)) => TreeActor::DescribedNoun,
        // A passive without its agent ("is committed to", "were shipped
        // out"): the word-order rules know the adjectival uses better.
        _ => TreeActor::Unknown,
    }
}

/// The first conjunct of the verb at `t` when `t` is a later conjunct with
/// no auxiliary, negation or marker of its own ("will not attack Syria or
/// shell its towns": "shell" shares "will not"). Its verb group's
/// modality is then the later verb's too.
/// Only a base form shares them ("will recognise X and support Y"), or a
/// past participle after a passive ("need to be prosecuted and detained":
/// then the passive too, see [`passive_verb`]); an inflected verb has its
/// own tense ("did not agree and demanded"), and "but" contrasts ("did not
/// refer to it but called on").
pub(crate) fn bare_conjunct_head(p: &Parsed, t: usize) -> Option<usize> {
    // (The coder parses only as far as an earlier event word needed.)
    if t >= p.deprels.len() {
        return None;
    }
    if p.children_with(t, Deprel::Cc).any(|c| p.form(c).eq_ignore_ascii_case("but")) {
        return None;
    }
    // "which is killing or imprisoning Kurds": a progressive shares "is".
    let ing = |k: usize| p.form(k).to_ascii_lowercase().ends_with("ing");
    if ing(t) {
        return bare_conjunct_head_unchecked(p, t).filter(|&h| ing(h));
    }
    if !bare_form(p.form(t)) {
        let head = bare_conjunct_head_unchecked(p, t)?;
        // (With an object of its own it is active: "had been consulted and opposed it".)
        let object = p.children_with(t, Deprel::Obj).next().is_some();
        // "have repeatedly hit civilian targets, used chemical weapons": a
        // participle shares the perfect of its first conjunct, and so the
        // adverbs and modality of that verb group.
        let perfect = p.children_with(head, Deprel::Aux).any(|a| matches!(p.form(a).to_ascii_lowercase().as_str(), "has" | "have" | "had" | "'ve"));
        return (past_participle_form(p.form(t)) && ((!object && passive_verb(p, head)) || (perfect && !passive_verb(p, head)))).then_some(head);
    }
    let head = bare_conjunct_head_unchecked(p, t)?;
    // "must take back its fighters captured in Syria and put them on
    // trial": a bare verb the parser joined to a participle on an object
    // is the conjunct of the verb of that object.
    if p.deprels[head] == Deprel::Acl && past_participle_form(p.form(head)) {
        let governing = p.head(head).filter(|&n| p.deprels[n] == Deprel::Obj).and_then(|n| p.head(n)).filter(|&v| p.upos[v] == Upos::Verb);
        if governing.is_some() {
            return governing;
        }
    }
    Some(head)
}

/// The actor phrase of the passive verb `v`'s "by" agent ("were found by the
/// SDF"), if any.
pub(crate) fn agent_phrase(p: &Parsed, phrases: &[ActorPhrase], v: usize) -> Option<usize> {
    phrase_of(p, phrases, p.children_with(v, Deprel::OblAgent).next()?)
}

/// Whether the verb at `v` is passive in the tree ("was attacked").
pub(crate) fn passive_verb(p: &Parsed, v: usize) -> bool {
    p.children_with(v, Deprel::AuxPass).next().is_some() || p.children_with(v, Deprel::NsubjPass).next().is_some()
}

/// A form that can be a past participle ("detained", "taken").
fn past_participle_form(form: &str) -> bool {
    let f = form.to_ascii_lowercase();
    f.ends_with("ed") || f.ends_with("en") || f.ends_with('t')
}

fn bare_conjunct_head_unchecked(p: &Parsed, t: usize) -> Option<usize> {
    let mut v = t;
    while p.deprels[v] == Deprel::Conj {
        let own = [Deprel::Aux, Deprel::AuxPass, Deprel::Mark, Deprel::Nsubj, Deprel::NsubjPass].iter().any(|&rel| p.children_with(v, rel).next().is_some());
        let negated = p.children_with(v, Deprel::Advmod).any(|c| matches!(p.form(c).to_ascii_lowercase().as_str(), "not" | "n't" | "never"));
        if own || negated {
            return None;
        }
        v = p.head(v)?;
    }
    (v != t).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subj(words: &[&str], verb: &str) -> Option<String> {
        let p = parse(words);
        let t = words.iter().position(|w| *w == verb).unwrap();
        subject_token(&p, t).and_then(|(s, _, _)| s).map(|s| p.form(s).to_string())
    }

    /// The first conjunct whose verb group `verb` shares, as a word.
    fn shared_head(words: &[&str], verb: &str) -> Option<String> {
        let p = parse(words);
        let t = words.iter().position(|w| *w == verb).unwrap();
        bare_conjunct_head(&p, t).map(|h| p.form(h).to_string())
    }

    #[test]
    fn verdicts_of_the_tree_against_an_event() {
        let rec = crate::test_support::recognized("Rebels, backed by Turkey, attacked the town.");
        let trig = rec.triggers.iter().find(|t| rec.sentence.lower[t.anchor] == "backed").expect("backed");
        assert_eq!(verdict(TreeActor::Unknown, Category::Support, &rec, crate::test_support::dict(), trig), Some("a participle naming a group's backers (tree)"));
        // The same words coded as an attack are not a backing.
        assert_eq!(verdict(TreeActor::Unknown, Category::Assault, &rec, crate::test_support::dict(), trig), None);
        assert_eq!(verdict(TreeActor::Adjective, Category::Assault, &rec, crate::test_support::dict(), trig), Some("a participle used as an adjective (tree)"));
        assert_eq!(verdict(TreeActor::Phrase(0, PARTICIPLE_ROUTE), Category::Protest, &rec, crate::test_support::dict(), trig), None);
    }

    #[test]
    fn the_tree_is_parsed_only_past_the_last_event_verb_that_asks_for_it() {
        let rec = crate::test_support::recognized("Russia attacked Ukraine on Monday after long talks with several other countries.");
        let d = crate::test_support::dict();
        let unreported = vec![None; rec.triggers.len()];
        let attacked = rec.sentence.lower.iter().position(|w| w == "attacked").unwrap();
        assert_eq!(parse_extent(&rec, d, &unreported, |_| true), attacked + 1 + PARSE_MARGIN);
        // Nothing asks: nothing is parsed.
        assert_eq!(parse_extent(&rec, d, &unreported, |_| false), 0);
    }

    #[test]
    fn a_bare_later_conjunct_shares_the_first_ones_verb_group() {
        assert_eq!(shared_head(&["Turkey", "will", "not", "attack", "Syria", "or", "shell", "its", "towns", "."], "shell").as_deref(), Some("attack"));
        assert_eq!(shared_head(&["Russia", "could", "send", "troops", "and", "attack", "Ukraine", "."], "attack").as_deref(), Some("send"));
        // Joined by the parser to a participle on the object: the verb of
        // that object.
        let words = ["The", "EU", "must", "take", "back", "its", "fighters", "captured", "in", "Syria", "and", "put", "them", "on", "trial", "."];
        assert_eq!(shared_head(&words, "put").as_deref(), Some("take"));
        // An inflected verb has its own tense; "but" contrasts.
        assert_eq!(shared_head(&["Rama", "did", "not", "agree", "and", "demanded", "talks", "."], "demanded"), None);
        assert_eq!(shared_head(&["Francis", "did", "not", "refer", "to", "it", "but", "call", "on", "Catholics", "."], "call"), None);
    }

    #[test]
    fn subjects_across_control_coordination_and_relatives() {
        assert_eq!(subj(&["Russia", "agreed", "to", "meet", "Turkey", "."], "meet").as_deref(), Some("Russia"));
        assert_eq!(subj(&["Police", "arrested", "and", "charged", "two", "men", "."], "charged").as_deref(), Some("Police"));
        assert_eq!(subj(&["The", "rebels", "who", "attacked", "the", "town", "fled", "."], "attacked").as_deref(), Some("rebels"));
        assert_eq!(subj(&["Fighters", "besieging", "the", "town", "said", "it", "fell", "."], "besieging").as_deref(), Some("Fighters"));
    }

    #[test]
    fn a_bare_infinitive_on_a_noun_is_that_nouns_act() {
        let words = ["Trump", "changed", "his", "mind", "after", "watching", "rightwing", "pundits", "criticise", "the", "fudge", "on"];
        assert_eq!(subj(&words, "criticise").as_deref(), Some("pundits"));
    }

    #[test]
    fn passives_name_their_agent_or_nobody() {
        let words = ["The", "town", "was", "shelled", "by", "government", "forces", "."];
        let p = parse(&words);
        assert_eq!(subject_token(&p, 3).map(|(s, passive, _)| (s.map(|s| p.form(s).to_string()), passive)), Some((Some("forces".to_string()), true)));
        let words = ["Two", "men", "were", "arrested", "on", "Monday", "."];
        let p = parse(&words);
        assert_eq!(subject_token(&p, 3).map(|(s, passive, _)| (s, passive)), Some((None, true)));
    }

    #[test]
    fn a_past_participle_on_a_noun_names_only_its_by_agent() {
        let words = ["Idlib", "mourned", "the", "civilians", "killed", "in", "the", "strike", "."];
        let p = parse(&words);
        assert_eq!(actor_of(&p, &[], 4, |_| false, |_| false, |_| false), TreeActor::NoAgent, "{:?}", (p.deprels[4], p.upos[4]));
        let words = ["Police", "read", "the", "commands", "sent", "by", "Isis", "fighters", "."];
        let p = parse(&words);
        // "fighters" names nobody the (empty) phrase list knows: not an actor, but the agent.
        assert_eq!(actor_of(&p, &[], 4, |_| false, |_| false, |_| false), TreeActor::NotAnActor(7), "{:?}", (p.deprels[4], p.heads[7], p.deprels[7]));
    }

    #[test]
    fn a_dependent_of_a_passive_is_done_by_its_subject() {
        // "fighting" is the soldier's act, not the device's.
        let words = ["A", "soldier", "was", "killed", "by", "a", "bomb", "while", "fighting", "Isis", "."];
        let p = parse(&words);
        assert_eq!(subj(&words, "fighting").as_deref(), Some("soldier"), "{:?}", (p.deprels[8], p.heads[8]));
        assert_eq!(subj(&words, "killed").as_deref(), Some("bomb"));
    }

    #[test]
    fn a_place_modifier_says_where_not_who() {
        let words = ["A", "blast", "in", "Kabul", "killed", "five", "civilians", "."];
        let p = parse(&words);
        let kabul = ActorPhrase { start: 3, end: 4, span: dyad_segment::Span { start: 0, end: 0 }, mentions: Vec::new() };
        assert_eq!(actor_of(&p, &[kabul], 4, |_| false, |_| false, |_| false), TreeActor::NotAnActor(1));
    }
}
