//! The document coder: recognises each sentence, finds each event word's
//! actors and recipients, resolves references across the document, and
//! builds PLOVER/CAMEO events with their evidence.

use std::collections::HashMap;

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_core::Document;
use dyad_ontology::cameo;
use dyad_ontology::plover::AuxMode;
use dyad_ontology::Category;
use dyad_recognize::{recognize, ActorPhrase, Mention, Recognized};
use dyad_segment::{Sentence as SegSentence, Span};

use crate::clause::{accusation_content, governed, is_place_phrase, modality, objects, parentheticals, passive_agent, subject};
use crate::memory::Memory;
use crate::tree::TreeActor;
use crate::{Entity, Event, Evidence, Place};

/// How to code.
#[derive(Debug, Clone, Default)]
pub struct CoderOptions {
    /// Where place names come from: the built-in gazetteer (the default),
    /// a user's, or none (events then have only country-level places from
    /// the dictionaries).
    pub places: Places,
    /// Keep negated events (with auxiliary mode `negation`) instead of dropping them.
    pub keep_negated: bool,
    /// Keep events of a past time known only to the year or vaguer ("in
    /// 1964", "three years ago"), with auxiliary mode `historical`, instead
    /// of dropping them.
    pub include_historical: bool,
    /// Date for documents that have none.
    pub default_date: Option<NaiveDate>,
    /// Collect the per-sentence explanations (`--explain`); they cost time.
    pub explain: bool,
    /// Find the subjects of event verbs by word order only, without the
    /// dependency parser (`--no-syntax`; for comparison and speed).
    pub no_syntax: bool,
}

/// The gazetteer the coder resolves place names with.
#[derive(Debug, Clone, Copy, Default)]
pub enum Places {
    /// The built-in gazetteer ([`dyad_geo::Gazetteer::builtin`]).
    #[default]
    Builtin,
    /// A gazetteer of the caller's (for example with a user file added).
    Custom(&'static dyad_geo::Gazetteer),
    /// No gazetteer.
    Off,
}

impl Places {
    fn gazetteer(self) -> Option<&'static dyad_geo::Gazetteer> {
        match self {
            Places::Builtin => Some(dyad_geo::Gazetteer::builtin()),
            Places::Custom(g) => Some(g),
            Places::Off => None,
        }
    }
}

/// Explanation lines of one sentence, written only when asked for.
struct Notes {
    on: bool,
    lines: Vec<String>,
}

impl Notes {
    fn add(&mut self, line: impl FnOnce() -> String) {
        if self.on {
            self.lines.push(line());
        }
    }
}

/// Why a sentence produced no event, or which events it produced: for `--explain`.
#[derive(Debug, Clone)]
pub struct SentenceExplanation {
    /// Sentence index.
    pub sentence: usize,
    /// Lines for people.
    pub notes: Vec<String>,
}

/// Codes one segmented document. Events come in sentence order; an event
/// told twice is emitted once, with both sentences in its evidence.
pub fn code_document(
    doc: &Document,
    sentences: &[SegSentence],
    dict: &Dictionaries,
    opts: &CoderOptions,
) -> (Vec<Event>, Vec<SentenceExplanation>) {
    let Some(date) = doc.date.or(opts.default_date) else {
        return (Vec::new(), vec![SentenceExplanation { sentence: 0, notes: vec!["document has no date: not coded".into()] }]);
    };
    let headline_place = doc.title.as_deref().and_then(|t| {
        let rec = recognize(t, Span { start: 0, end: t.len() }, dict, date);
        place_in(&rec, dict, t, false)
    });
    let headline_city = headline_place.as_ref().filter(|(_, country_level)| !country_level).map(|(p, _)| p);
    let gazetteer = opts.places.gazetteer();
    // Every sentence recognised first: places are resolved over the whole
    // document, from the tokens recognition made.
    let mut recs: Vec<Option<Recognized<'_>>> = sentences.iter().map(|seg| Some(recognize(&doc.text, seg.span, dict, date))).collect();
    let places = gazetteer.map(|g| {
        let tokens: Vec<&[dyad_segment::Token]> = recs.iter().map(|r| r.as_ref().map_or(&[][..], |r| r.sentence.tokens.as_slice())).collect();
        dyad_geo::find_places_tokenized(g, &doc.text, sentences, &tokens, &dyad_geo::Hints { dateline: doc.place.as_deref() })
    });
    let dateline = places.as_ref().and_then(|p| p.dateline).map(|r| (r, gazetteer.and_then(|g| g.admin1_of(r))));
    let dateline_place = doc.place.as_ref().map(|p| Place {
        extracted_place: p.clone(),
        country_code: dateline.and_then(|(r, _)| dyad_country(r)),
        span: None,
        geo: dateline.map(|(r, _)| r),
        admin1: dateline.and_then(|(_, a)| a),
    });
    let main_country = main_country(&recs, dateline_place.as_ref().and_then(|p| p.country_code.as_deref()));
    let mut memory = Memory::default();
    let mut events = Merger::default();
    let mut explain = Vec::new();
    for (si, rec) in recs.iter_mut().enumerate() {
        let Some(rec) = rec.take() else { continue };
        let mut notes = Notes { on: opts.explain, lines: Vec::new() };
        let mut resolved = resolve_all(&rec, &mut memory, &doc.text);
        let here = places.as_ref().and_then(|p| sentence_place(p, si, &doc.text));
        let place = match place_in(&rec, dict, &doc.text, true) {
            // "in China" while the sentence or the headline also says "in Beijing": the more precise place.
            Some((p, true)) if here.as_ref().is_some_and(|h| !is_country(h) && h.country_code == p.country_code) => here,
            Some((p, true)) if headline_city.is_some_and(|h| h.country_code == p.country_code) => headline_city.cloned(),
            Some((p, _)) => Some(with_geo(p, places.as_ref())),
            None => here.or_else(|| dateline_place.clone().or_else(|| headline_place.as_ref().map(|(p, _)| p.clone()))),
        };
        let when = crate::time::when(&rec, date);
        let (event_date, date_text) = (when.day, when.day_text.clone());
        // An ethnic group belongs to the country the sentence places it in.
        for (p, entities) in rec.actors.iter().zip(resolved.iter_mut()) {
            if p.mentions.iter().any(|m| m.ethnic) {
                let here = place.as_ref().and_then(|pl| pl.country_code.clone());
                entities.retain_mut(|e| match &here {
                    Some(code) => {
                        e.code = code.clone();
                        e.sector.get_or_insert_with(|| "CVL".into());
                        e.cameo_code = format!("{code}CVL");
                        true
                    }
                    None => false,
                });
            }
        }
        let regions = parentheticals(&rec.sentence);
        if opts.explain && !rec.actors.is_empty() {
            let listed: Vec<String> = rec
                .actors
                .iter()
                .zip(&resolved)
                .map(|(p, es)| {
                    let who = if es.is_empty() { "?".to_string() } else { codes(es) };
                    format!("{:?} {}", &doc.text[p.span.start..p.span.end], who)
                })
                .collect();
            notes.add(|| format!("actors: {}", listed.join(", ")));
        }
        let mut sentence_events: Vec<(usize, Event)> = Vec::new();
        let mut last_subject: Option<(usize, usize)> = None;
        // The sentence's tree, parsed when a verb first needs it.
        let mut tree: Option<dyad_syntax::Parsed> = None;
        for trig in &rec.triggers {
            let pattern = &dict.patterns[trig.pattern];
            let (Some(mut cam), Some(mut category)) = (pattern.cameo, pattern.category) else { continue };
            // An event noun inside a prepositional phrase ("following the
            // killing of", "during the meeting") is background to the
            // clause, whose subject is not its actor.
            if nominal_in_pp(&rec, pattern, trig) && trig.source_at.is_none() {
                notes.add(|| format!("{}: an event noun in a prepositional phrase", pattern.id));
                continue;
            }
            if governed(&rec.sentence, trig, &rec.triggers) {
                notes.add(|| format!("{}: governed by an earlier event word", pattern.id));
                continue;
            }
            if category != Category::Accuse && accusation_content(&rec.sentence, dict, trig, &rec.triggers) {
                notes.add(|| format!("{}: what an accusation is about", pattern.id));
                continue;
            }
            let mut m = modality(&rec.sentence, dict, trig);
            // A pattern that names its subject's words before the verb
            // ("peacekeepers ... were shipped out") has its actor there.
            if pattern.anchor > 0 && matches!(pattern.elements[0].kind, dyad_dict::ElementKind::Words(_)) {
                m.passive = false;
            }
            // The tree's subject of an event verb, where it has one.
            // Patterns that name their subject's words or slot ("peacekeepers
            // ... shipped out", "$") say where the actor is.
            let verb_anchor = matches!(pattern.elements[pattern.anchor].kind, dyad_dict::ElementKind::Verb(_)) && pattern.anchor == 0;
            // A sentence that opens with the actor phrase right before the
            // verb group ("Police arrested ...", "Russia has agreed to ...")
            // needs no tree: word order says it, and parsing is the costly
            // part of coding.
            let plain = || {
                let Some(p) = rec.actors.first() else { return false };
                p.start == 0 && !m.passive && (p.end..trig.start.min(trig.anchor)).all(|k| crate::clause::is_aux_like(&rec.sentence.lower[k]))
            };
            let from_tree = if opts.no_syntax || trig.source_at.is_some() || !verb_anchor || plain() {
                TreeActor::Unknown
            } else {
                let words = rec.sentence.texts.as_slice();
                let parsed = tree.get_or_insert_with(|| crate::tree::parse(words));
                crate::tree::actor_of(parsed, &rec.actors, trig.anchor)
            };
            if let TreeActor::NotAnActor(t) = from_tree {
                notes.add(|| format!("{}: its subject {:?} names no actor (tree)", pattern.id, rec.sentence.texts[t]));
                continue;
            }
            let src = if let TreeActor::Phrase(i) = from_tree {
                Some(i)
            } else if let Some(at) = trig.source_at {
                rec.actors.iter().position(|p| p.start >= at && p.start <= at + 3)
            } else if m.passive {
                passive_agent(&rec.sentence, &rec.actors, trig).and_then(|p| index_of(&rec.actors, p))
            } else {
                subject(&rec.sentence, &rec.actors, trig, &regions).and_then(|p| index_of(&rec.actors, p))
            };
            let object_phrases: Vec<usize> = objects(&rec.sentence, dict, &rec.actors, trig, pattern.options.intransitive, pattern.options.reciprocal)
                .into_iter()
                .filter_map(|p| index_of(&rec.actors, p))
                .collect();
            let tgt = if m.passive && trig.source_at.is_none() {
                subject(&rec.sentence, &rec.actors, trig, &regions).and_then(|p| index_of(&rec.actors, p))
            } else {
            {
                // The first object that names somebody; one that only names
                // the actor again ("reiterated his country's support for X")
                // yields to a later one.
                let candidates: Vec<usize> = object_phrases.iter().copied().filter(|&i| !resolved[i].is_empty() && Some(i) != src).collect();
                let actor_codes: Vec<&str> = src.map(|a| resolved[a].iter().map(|e| e.code.as_str()).collect()).unwrap_or_default();
                let only_actor = |i: usize| resolved[i].iter().all(|e| actor_codes.contains(&e.code.as_str()));
                candidates.iter().copied().find(|&i| !only_actor(i)).or(candidates.first().copied())
            }
            };
            // A verb coordinated with an earlier one has its subject:
            // "Benin opened its borders ..., but was still refusing ...".
            let src = src.or_else(|| {
                if from_tree != TreeActor::Unknown {
                    return None;
                }
                let (prev_anchor, prev_src) = last_subject?;
                let mut k = trig.start.min(trig.anchor);
                while k > prev_anchor + 1 && crate::clause::is_aux_like(&rec.sentence.lower[k - 1]) {
                    k -= 1;
                }
                (k > prev_anchor + 1 && matches!(rec.sentence.lower[k - 1].as_ref(), "but" | "and")).then_some(prev_src)
            });
            if let Some(i) = src {
                last_subject = Some((trig.anchor, i));
            }
            let mut actor: Vec<Entity> = src.map(|i| resolved[i].clone()).unwrap_or_default();
            // An actor named only by its role ("opposition leaders agreed ...
            // in Baku", "police fired ... in Monrovia") belongs to the country
            // the sentence places the event in.
            // Without a place, a role that is surely the subject (it opens
            // the sentence: "Police arrested ...", or the tree says so)
            // belongs to the country the document is about; a subject found
            // only by word order deeper in a sentence gives no actor.
            // A person with a title but unknown to the dictionaries ("Archbishop
            // X", "army chief Y") travels: the document's country, never the
            // place of the sentence, is theirs.
            if actor.is_empty() {
                if let Some(i) = src {
                    let opens = rec.actors[i].start <= 1 || from_tree == TreeActor::Phrase(i);
                    let doc_home = main_country.as_deref().filter(|_| opens);
                    let person = rec.actors[i].mentions.first().is_some_and(|m| m.person.is_some());
                    let home = if person { doc_home } else { place.as_ref().and_then(|p| p.country_code.as_deref()).or(doc_home) };
                    if let Some(home) = home {
                        actor.extend(role_entity(&rec.actors[i], home, &doc.text));
                    }
                }
            }
            // A recipient named only by its role ("fired on demonstrators",
            // "protesters", "opposition supporters") is of the country where
            // the event happens, else of the actor's own country.
            let tgt = tgt.or_else(|| {
                let home = place.as_ref().and_then(|p| p.country_code.as_deref()).or_else(|| actor.first().map(|a| a.code.as_str()))?;
                let (i, e) = object_phrases
                    .iter()
                    .copied()
                    .filter(|&i| Some(i) != src && resolved[i].is_empty())
                    .find_map(|i| Some((i, role_entity(&rec.actors[i], home, &doc.text)?)))?;
                resolved[i] = vec![e];
                Some(i)
            });
            let mut recipient: Vec<Entity> = tgt.filter(|t| Some(*t) != src).map(|i| resolved[i].clone()).unwrap_or_default();
            // A protest without a named target is addressed to the authorities
            // of the country it takes place in ("demonstrated in Serbia").
            // Without a place, it is the protesters' own government; such an
            // inferred recipient names no words (empty `entity_text`).
            if category == Category::Protest && recipient.is_empty() {
                let at_place = place.as_ref().and_then(|p| Some((p.country_code.clone()?, p.span?)));
                let inferred = match at_place {
                    Some((code, span)) => Some((code, doc.text[span.start..span.end].to_string(), span)),
                    None => actor.first().map(|a| (a.code.clone(), String::new(), Span { start: a.span.start, end: a.span.start })),
                };
                if let Some((code, text, span)) = inferred {
                    if !matches!(code.as_str(), "IGO" | "UNO" | "EUR" | "NGO" | "IMG" | "ISM" | "MNC") {
                        recipient.push(Entity {
                            cameo_code: format!("{code}GOV"),
                            code,
                            sector: Some("GOV".into()),
                            entity_text: text,
                            identifier_text: None,
                            office: None,
                            span,
                        });
                    }
                }
            }
            if actor.is_empty() {
                notes.add(|| format!("{}: no actor found", pattern.id));
                continue;
            }
            let mut aux = Vec::new();
            // "in 1964", "three years ago": background, not this news.
            if let Some(expr) = when.historical_for(trig.start.min(trig.anchor), trig.end) {
                if !opts.include_historical {
                    notes.add(|| format!("{}: historical ({expr})", pattern.id));
                    continue;
                }
                aux.push(AuxMode::Historical);
            }
            if m.negated {
                if !opts.keep_negated {
                    notes.add(|| format!("{}: negated", pattern.id));
                    continue;
                }
                aux.push(AuxMode::Negation);
            }
            // "will withdraw its force unless ...", "would ban voting if ...":
            // a conditional announcement of a hostile act is a threat.
            if (m.future || m.hypothetical) && !m.condition && category.is_conflict() && category != Category::Threaten && conditional_after(&rec, trig) {
                if let Ok(ev) = cameo::lookup("130") {
                    cam = ev;
                    category = Category::Threaten;
                }
            }
            if m.condition {
                // The condition of a conditional ("if it attacked", "in case
                // Isis raided") reports nothing that happened: no event.
                notes.add(|| format!("{}: in the condition of a conditional", pattern.id));
                continue;
            } else if m.future || m.hypothetical {
                // PLOVER: future cooperation of these kinds is AGREE.
                let agree_code = match category {
                    Category::Consult => Some("036"),
                    Category::Support => Some("032"),
                    Category::Cooperate => Some("031"),
                    Category::Aid => Some("033"),
                    _ => None,
                };
                if let Some(code) = agree_code {
                    if let Ok(ev) = cameo::lookup(code) {
                        cam = ev;
                        category = Category::Agree;
                    }
                } else if category == Category::Assault && m.hypothetical {
                    if let Ok(ev) = cameo::lookup("138") {
                        cam = ev;
                        category = Category::Threaten;
                    }
                } else {
                    aux.push(if m.future { AuxMode::Future } else { AuxMode::Hypothetical });
                }
            }
            let reciprocal = pattern.options.reciprocal;
            // A place is where a meeting or agreement happens, not a party to it.
            if reciprocal && tgt.is_some_and(|t| is_place_phrase(&rec.sentence, &rec.actors[t])) {
                recipient.clear();
            }
            if reciprocal {
                actor.append(&mut recipient);
                dedup_entities(&mut actor);
            }
            // Self-directed events (same entities on both sides) say nothing.
            recipient.retain(|r| !actor.iter().any(|a| a.code == r.code && a.sector == r.sector));
            if category.recipient_required() && recipient.is_empty() {
                notes.add(|| format!("{}: {} needs a recipient", pattern.id, category));
                continue;
            }
            // A pattern's own modes say what the wording shows and replace
            // the code's (air strikes are `aerial` although 195 says heavy weapons).
            let mut modes: Vec<&'static str> = if pattern.options.modes.is_empty() || category != pattern.category.unwrap_or(category) {
                cam.plover.as_ref().map(|p| p.modes.iter().map(|m| m.name).collect()).unwrap_or_default()
            } else {
                pattern.options.modes.clone()
            };
            modes.retain(|mode| category.mode(mode).is_some());
            if reciprocal || recipient.is_empty() {
                modes.retain(|m| *m != "visit");
            }
            let mut contexts: Vec<&'static str> = cam.plover.as_ref().map(|p| p.contexts.iter().map(|c| c.name).collect()).unwrap_or_default();
            for extra in &pattern.options.contexts {
                if !contexts.contains(extra) {
                    contexts.push(extra);
                }
            }
            let words: Vec<Span> = trig.words.iter().map(|&k| rec.sentence.tokens[k].span).collect();
            let event_text = vec![words.iter().map(|sp| &doc.text[sp.start..sp.end]).collect::<Vec<_>>().join(" ")];
            let evidence = Evidence {
                pattern_id: pattern.id.clone(),
                actor_spans: actor.iter().map(|e| e.span).collect(),
                verb_spans: words,
                // an inferred recipient has no words to point at
                recipient_spans: recipient.iter().map(|e| e.span).filter(|sp| sp.start < sp.end).collect(),
                sentences: vec![si],
            };
            notes.add(|| format!(
                "{} {} ({}): {} -> {}  [event words: {:?}; actor: {:?}; recipient: {:?}]",
                pattern.id,
                category,
                cam.code,
                codes(&actor),
                if recipient.is_empty() { "-".to_string() } else { codes(&recipient) },
                event_text[0],
                actor.iter().map(|e| e.entity_text.as_str()).collect::<Vec<_>>(),
                recipient.iter().map(|e| e.entity_text.as_str()).collect::<Vec<_>>(),
            ));
            sentence_events.push((trig.anchor, Event {
                doc_id: doc.id.clone(),
                sentence: si,
                ordinal: 0,
                date: event_date,
                date_text: date_text.clone(),
                time: if event_date == date { doc.datetime.map(|d| d.format("%H:%M:%S%:z").to_string()) } else { None },
                actor,
                recipient,
                category,
                modes,
                contexts,
                aux_modes: aux,
                cameo: cam,
                event_text,
                place: place.clone(),
                evidence,
                sentence_span: sentences[si].span,
            }));
        }
        for e in sentence_rules(&rec, sentence_events, &mut notes) {
            events.add(e);
        }
        if rec.triggers.is_empty() {
            notes.add(|| "no event wording".into());
        }
        if opts.explain {
            explain.push(SentenceExplanation { sentence: si, notes: notes.lines });
        }
    }
    (events.finish(), explain)
}

fn index_of(phrases: &[ActorPhrase], p: &ActorPhrase) -> Option<usize> {
    phrases.iter().position(|q| std::ptr::eq(q, p))
}

/// Rules over the events of one sentence, from PLOVER's manual:
/// - demands voiced by a protest are the protest, not a separate REQUEST
///   ("demonstrated ... calling for independence");
/// - what a demand, threat or refusal is about is not an event of its own
///   ("said the US must be ready to mediate", "threatened to impose").
fn sentence_rules(rec: &Recognized<'_>, events: Vec<(usize, Event)>, notes: &mut Notes) -> Vec<Event> {
    let protesters: Vec<Vec<String>> = events
        .iter()
        .filter(|(_, e)| e.category == Category::Protest)
        .map(|(_, e)| e.actor.iter().map(|a| a.code.clone()).collect())
        .collect();
    let governing: Vec<usize> = events
        .iter()
        .filter(|(_, e)| matches!(e.category, Category::Request | Category::Threaten | Category::Reject))
        .map(|(a, _)| *a)
        .collect();
    let lower = &rec.sentence.lower;
    let mut out = Vec::new();
    for (anchor, e) in events {
        let codes: Vec<String> = e.actor.iter().map(|a| a.code.clone()).collect();
        if e.category == Category::Request && protesters.iter().any(|p| p.iter().any(|c| codes.contains(c))) {
            notes.add(|| format!("{}: the protest's demand, coded as the protest", e.evidence.pattern_id));
            continue;
        }
        let obligation = (anchor.saturating_sub(3)..anchor).any(|k| matches!(lower[k].as_ref(), "to" | "must" | "should" | "would" | "will"));
        if obligation && governing.iter().any(|&g| g < anchor) && !matches!(e.category, Category::Request | Category::Threaten | Category::Reject) {
            notes.add(|| format!("{}: what an earlier demand, threat or refusal is about", e.evidence.pattern_id));
            continue;
        }
        out.push(e);
    }
    out
}

/// True for a pattern anchored on a noun ("killing of", "meeting") whose
/// anchor follows a preposition and an article: "following the killing of".
fn nominal_in_pp(rec: &Recognized<'_>, pattern: &dyad_dict::EventPattern, trig: &dyad_recognize::Trigger) -> bool {
    let lower = &rec.sentence.lower;
    let a = trig.start.min(trig.anchor);
    if !matches!(pattern.elements[pattern.anchor].kind, dyad_dict::ElementKind::Words(_)) {
        return background_gerund(lower, a);
    }
    let article = |w: &str| matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their");
    let preposition = |w: &str| matches!(w, "following" | "after" | "before" | "during" | "despite" | "since" | "amid" | "over" | "about" | "for" | "of" | "in" | "on" | "against");
    a >= 2 && article(&lower[a - 1]) && preposition(&lower[a - 2])
}

/// An "-ing" event word that names the time or circumstance of the clause's
/// news: "after two days of fierce fighting", "amid heavy shelling", "during
/// fighting": the gerund is a noun there, background to the clause.
fn background_gerund(lower: &[std::borrow::Cow<'_, str>], a: usize) -> bool {
    let temporal = |w: &str| matches!(w, "after" | "before" | "during" | "following" | "amid" | "amidst" | "despite" | "since" | "until");
    if a == 0 || !lower[a].ends_with("ing") {
        return false;
    }
    // Up to two modifiers before the gerund ("fierce", "heavy").
    for k in (a.saturating_sub(3)..a).rev() {
        let w = lower[k].as_ref();
        // "after expelling it" is verbal (an act of the clause's subject);
        // "during fighting", "amid shelling" take nouns.
        if matches!(w, "during" | "amid" | "amidst" | "despite") {
            return true;
        }
        if w == "of" {
            // "after two days of", "amid weeks of": a temporal word shortly before.
            return (k.saturating_sub(4)..k).any(|j| temporal(&lower[j]));
        }
        if !w.chars().all(char::is_alphabetic) || matches!(w, "the" | "a" | "an" | "and" | "to") {
            return false;
        }
    }
    false
}

/// True when "unless" or "if" follows the event word in its sentence.
fn conditional_after(rec: &Recognized<'_>, trig: &dyad_recognize::Trigger) -> bool {
    rec.sentence.lower[trig.end..].iter().any(|w| w == "unless" || w == "if")
}

/// The entity of a phrase that names a role but no country: "police",
/// "opposition leaders", or an unknown person with a title ("Archbishop
/// Tutu", "army chief Ahmed"), placed in `home`. A bare name without a
/// title, a pronoun and a phrase that names a country give none.
fn role_entity(p: &ActorPhrase, home: &str, text: &str) -> Option<Entity> {
    let m = p.mentions.first()?;
    if p.mentions.len() != 1 || m.code.is_some() || m.reference.is_some() || m.bare_name {
        return None;
    }
    Some(Entity {
        code: home.to_string(),
        sector: Some(m.sector.clone()?),
        entity_text: text[p.span.start..p.span.end].to_string(),
        // Not in the dictionaries: no canonical name to give.
        identifier_text: None,
        office: m.office.clone(),
        cameo_code: format!("{home}{}", m.cameo_roles),
        span: p.span,
    })
}

/// The country a document is about: the one its actor phrases name most
/// (the dateline's country counts twice), when it leads clearly: named at
/// least twice and more often than any other.
fn main_country(recs: &[Option<Recognized<'_>>], dateline: Option<&str>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut add = |code: &str, n: usize| {
        if code.len() != 3 || matches!(code, "IGO" | "UNO" | "EUR" | "NGO" | "IMG" | "ISM" | "MNC") {
            return;
        }
        match counts.iter_mut().find(|(c, _)| c == code) {
            Some(entry) => entry.1 += n,
            None => counts.push((code.to_string(), n)),
        }
    };
    for rec in recs.iter().flatten() {
        for m in rec.actors.iter().flat_map(|p| &p.mentions) {
            if let Some(c) = &m.code {
                add(c, 1);
            }
        }
    }
    if let Some(d) = dateline {
        add(d, 2);
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1));
    match counts.as_slice() {
        [(c, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => Some(c.clone()),
        _ => None,
    }
}

fn codes(es: &[Entity]) -> String {
    es.iter().map(|e| format!("{}{}", e.code, e.sector.as_deref().map(|s| format!("/{s}")).unwrap_or_default())).collect::<Vec<_>>().join("+")
}

fn dedup_entities(es: &mut Vec<Entity>) {
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    es.retain(|e| {
        let key = (e.code.clone(), e.sector.clone());
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
}

/// Resolves every actor phrase of the sentence into entities, updating the
/// document memory with what the sentence introduces.
fn resolve_all(rec: &Recognized<'_>, memory: &mut Memory, text: &str) -> Vec<Vec<Entity>> {
    let mut out = Vec::new();
    let speaker = speaker_of(rec, memory, text);
    // The sentence's subject: its first actor phrase when it opens the
    // sentence and stands before the first event word ("Turkey said it
    // would ...").
    let first_event = rec.triggers.iter().map(|t| t.start.min(t.anchor)).min().unwrap_or(usize::MAX);
    let mut subject: Option<Vec<Mention>> = None;
    for (pi, p) in rec.actors.iter().enumerate() {
        let ptext = &text[p.span.start..p.span.end];
        let resolutions: Vec<Vec<Mention>> = p
            .mentions
            .iter()
            .map(|m| match m.reference {
                Some(dyad_recognize::Reference::Speaker) => speaker.clone(),
                // "it", "they" after the sentence's own subject: that subject.
                Some(dyad_recognize::Reference::Group) if pi > 0 && subject.is_some() => subject.clone().unwrap_or_default(),
                _ => memory.resolve(m, ptext),
            })
            .collect();
        if pi == 0 && p.start <= 2 && p.start < first_event {
            let found: Vec<Mention> = resolutions.iter().flatten().cloned().collect();
            if !found.is_empty() && found.iter().all(|m| m.code.is_some() && m.person.is_none()) {
                subject = Some(found);
            }
        }
        out.push(resolutions.iter().flatten().filter_map(|r| entity(r, ptext, p.span)).collect());
        for (m, resolved) in p.mentions.iter().zip(&resolutions) {
            if m.code.is_some() && !m.metonym_place {
                memory.remember(m);
            } else if m.code.is_none() {
                // A name resolved now is remembered under its new form too.
                for r in resolved {
                    memory.remember(r);
                }
            }
        }
    }
    // The next sentence's "they"/"it": this sentence's group subject; a
    // person as subject ends the chain; no subject at all keeps it.
    if let Some(first) = rec.actors.first().filter(|p| p.start <= 2 && p.start < first_event) {
        let person_subject = first.mentions.iter().any(|m| m.person.is_some() || m.reference == Some(dyad_recognize::Reference::Person));
        if subject.is_some() {
            memory.last_subject = subject;
        } else if person_subject {
            memory.last_subject = None;
        }
    }
    out
}

/// Who speaks in a sentence that attributes its words ("..., the minister
/// said", "X told reporters"): the actor phrase right before or after the
/// verb of saying, resolved; "we" in the sentence is that speaker's side.
fn speaker_of(rec: &Recognized<'_>, memory: &Memory, text: &str) -> Vec<Mention> {
    let s = &rec.sentence;
    for (k, w) in s.lower.iter().enumerate() {
        if !matches!(w.as_ref(), "said" | "says" | "told" | "added" | "stated" | "declared") {
            continue;
        }
        let next_to = rec.actors.iter().find(|p| p.end == k || p.start == k + 1);
        if let Some(p) = next_to {
            // A named speaker, or "he"/"she" (the person named before).
            if p.mentions.iter().all(|m| matches!(m.reference, None | Some(dyad_recognize::Reference::Person))) {
                let ptext = &text[p.span.start..p.span.end];
                let found: Vec<Mention> = p.mentions.iter().flat_map(|m| memory.resolve(m, ptext)).collect();
                if !found.is_empty() {
                    return found;
                }
            }
        }
    }
    Vec::new()
}

fn entity(m: &Mention, text: &str, span: Span) -> Option<Entity> {
    let code = m.code.clone()?;
    let cameo_code = m.cameo_code.clone().unwrap_or_else(|| format!("{code}{}", m.cameo_roles));
    Some(Entity {
        code,
        sector: m.sector.clone(),
        entity_text: text.to_string(),
        identifier_text: m.identifier.clone(),
        office: m.office.clone(),
        cameo_code,
        span,
    })
}

/// The place a sentence names with "in" ("in Beijing"): a capital or a
/// country from the dictionaries, and whether it is a country's name (a
/// place no more precise than the country).
fn place_in(rec: &Recognized<'_>, dict: &Dictionaries, text: &str, in_document: bool) -> Option<(Place, bool)> {
    let s = &rec.sentence;
    for m in &s.phrases {
        if m.start > 0 && matches!(s.lower[m.start - 1].as_ref(), "in" | "throughout" | "across" | "inside") {
            for r in &m.refs {
                if let dyad_dict::ActorRef::Country(i) = r {
                    let c = &dict.countries[*i as usize];
                    if matches!(c.kind, dyad_dict::CountryKind::Capital | dyad_dict::CountryKind::Name) {
                        let span = Span { start: s.tokens[m.start].span.start, end: s.tokens[m.end - 1].span.end };
                        let place = Place {
                            extracted_place: text[span.start..span.end].to_string(),
                            country_code: Some(c.code.clone()),
                            span: in_document.then_some(span),
                            geo: None,
                            admin1: None,
                        };
                        let country_level = m.refs.iter().any(|r| {
                            matches!(r, dyad_dict::ActorRef::Country(j) if dict.countries[*j as usize].kind == dyad_dict::CountryKind::Name)
                        });
                        return Some((place, country_level));
                    }
                }
            }
        }
    }
    None
}


/// The place sentence `si` puts its events in: a gazetteer place introduced
/// by a word of place ("in", "near", "outside", "the town of"; not "from"
/// or "to"), the most precise first (a town before its region before its
/// country).
fn sentence_place(places: &dyad_geo::DocumentPlaces<'static>, si: usize, text: &str) -> Option<Place> {
    let rank = |p: &dyad_geo::Place| match p.record.kind() {
        dyad_geo::Kind::Town | dyad_geo::Kind::Capital | dyad_geo::Kind::District | dyad_geo::Kind::Other => 0,
        dyad_geo::Kind::Region => 1,
        dyad_geo::Kind::Country => 2,
        dyad_geo::Kind::Continent => 3,
    };
    let best = places.in_sentence(si).filter(|p| p.at && rank(p) < 3).min_by_key(|p| (rank(p), p.span.start))?;
    Some(Place {
        extracted_place: best.span.text(text).to_string(),
        country_code: dyad_country(best.record),
        span: Some(best.span),
        geo: Some(best.record),
        admin1: best.admin1,
    })
}

/// Whether a place is no more precise than its country.
fn is_country(p: &Place) -> bool {
    p.geo.is_some_and(|g| g.kind() == dyad_geo::Kind::Country)
}

/// The gazetteer's record for a place the dictionaries found, matched by
/// span.
fn with_geo(mut p: Place, places: Option<&dyad_geo::DocumentPlaces<'static>>) -> Place {
    if let (Some(span), Some(places)) = (p.span, places) {
        if let Some(found) = places.places.iter().find(|q| q.span.start < span.end && span.start < q.span.end) {
            p.geo = Some(found.record);
            p.admin1 = found.admin1;
        }
    }
    p
}

/// dyad's code for a gazetteer place's country (ISO-3, KOS for Kosovo), if
/// dyad knows the country.
fn dyad_country(r: &dyad_geo::PlaceRecord) -> Option<String> {
    dyad_ontology::countries::country(r.country).map(|c| c.alpha3.to_string())
}


fn participants(e: &Event) -> Vec<&str> {
    let mut v: Vec<&str> = e.actor.iter().chain(&e.recipient).map(|x| x.code.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// What makes two events the same event: category, actors, recipients and
/// auxiliary modes, the participants in sorted order.
type EventKey = (Category, String, String, Vec<AuxMode>);

fn event_key(x: &Event) -> EventKey {
    let codes = |v: &[Entity]| {
        let mut c: Vec<&str> = v.iter().map(|y| y.code.as_str()).collect();
        c.sort_unstable();
        c.join(",")
    };
    (x.category, codes(&x.actor), codes(&x.recipient), x.aux_modes.clone())
}

/// Inserts `i` into an ascending list of indices.
fn insert_sorted(v: &mut Vec<usize>, i: usize) {
    if let Err(at) = v.binary_search(&i) {
        v.insert(at, i);
    }
}

/// The same event told twice in one document is one event with both
/// sentences as evidence. Two CONSULT readings of one sentence ("X, on a
/// visit to Y, met with Y's minister") collapse into the reciprocal one.
///
/// Each event joins the earliest kept event with its key, or the earliest
/// CONSULT of the same sentence and participants. Both are looked up in hash
/// maps and events are merged as they are coded, so a document with
/// thousands of events costs linear time and holds only its distinct events
/// (found by fuzzing: 7,020 events took 5 s when each was compared with all).
#[derive(Default)]
struct Merger {
    kept: Vec<Event>,
    /// Kept events by key, ascending indices (a key can be shared after a
    /// CONSULT reading is replaced by the reciprocal one).
    by_key: HashMap<EventKey, Vec<usize>>,
    consults: HashMap<(usize, Vec<String>), usize>,
}

impl Merger {
    fn add(&mut self, e: Event) {
        let key = event_key(&e);
        let consult_key = (e.category == Category::Consult)
            .then(|| (e.sentence, participants(&e).into_iter().map(str::to_string).collect::<Vec<_>>()));
        let same_key = self.by_key.get(&key).and_then(|v| v.first().copied());
        let same_consult = consult_key.as_ref().and_then(|k| self.consults.get(k).copied());
        let same = match (same_key, same_consult) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let Some(i) = same else {
            let i = self.kept.len();
            self.by_key.entry(key).or_default().push(i);
            if let Some(k) = consult_key {
                self.consults.insert(k, i);
            }
            self.kept.push(e);
            return;
        };
        let o = &mut self.kept[i];
        if o.category == Category::Consult && o.recipient.len() > e.recipient.len() && o.sentence == e.sentence {
            // Prefer the reciprocal reading, keep the evidence.
            let mut sentences = o.evidence.sentences.clone();
            let mut replacement = e;
            sentences.extend(replacement.evidence.sentences.iter().copied());
            sentences.sort_unstable();
            sentences.dedup();
            replacement.evidence.sentences = sentences;
            let old_key = event_key(o);
            *o = replacement;
            if let Some(v) = self.by_key.get_mut(&old_key) {
                v.retain(|&j| j != i);
            }
            insert_sorted(self.by_key.entry(key).or_default(), i);
        } else if o.evidence.sentences.binary_search(&e.sentence).is_err() {
            // Sentences arrive in document order, so the list stays ascending.
            o.evidence.sentences.push(e.sentence);
        }
    }

    /// The kept events, numbered in order.
    fn finish(self) -> Vec<Event> {
        let mut events = self.kept;
        for (i, e) in events.iter_mut().enumerate() {
            e.ordinal = i;
        }
        events
    }
}

