//! The document coder: recognises each sentence, finds each event word's
//! actors and recipients, resolves references across the document, and
//! builds PLOVER/CAMEO events with their evidence.


use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_core::Document;
use dyad_ontology::plover::AuxMode;
use dyad_ontology::Category;
use dyad_recognize::{recognize, ActorPhrase, Recognized};
use dyad_segment::{Sentence as SegSentence, Span};

use crate::clause::{is_place_phrase, parentheticals, passive_agent};
use crate::modality::modality;
use crate::location::{dyad_country, is_country, place_in, sentence_place, with_geo};
use crate::memory::Memory;
use crate::modal::{Act, Setting};
use crate::merge::Merger;
use crate::participants::{codes, main_country, resolve_all};
use crate::tree::TreeActor;
use crate::{Entity, Event, Place};
use dyad_ontology::plover::Sector;

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
    /// The gazetteer itself, if any.
    pub fn gazetteer(self) -> Option<&'static dyad_geo::Gazetteer> {
        match self {
            Places::Builtin => Some(dyad_geo::Gazetteer::builtin()),
            Places::Custom(g) => Some(g),
            Places::Off => None,
        }
    }
}

/// Explanation lines of one sentence, written only when asked for.
pub(crate) struct Notes {
    pub(crate) on: bool,
    pub(crate) lines: Vec<String>,
}

impl Notes {
    pub(crate) fn add(&mut self, line: impl FnOnce() -> String) {
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
    let coded = code_document_with_places(doc, sentences, dict, opts);
    (coded.events, coded.explanations)
}

/// What [`code_document_with_places`] gives.
pub struct CodedDocument {
    /// The events, in sentence order.
    pub events: Vec<Event>,
    /// Why each sentence gave its events or none (lines only with `explain`).
    pub explanations: Vec<SentenceExplanation>,
    /// The document's place names as the coder resolved them (`None`
    /// without a gazetteer or without a date to code on).
    pub places: Option<dyad_geo::DocumentPlaces<'static>>,
}

/// [`code_document`], also giving the places it resolved, so that a caller
/// that stores them (the event store) need not resolve them again.
pub fn code_document_with_places(doc: &Document, sentences: &[SegSentence], dict: &Dictionaries, opts: &CoderOptions) -> CodedDocument {
    let Some(date) = doc.date.or(opts.default_date) else {
        return CodedDocument { events: Vec::new(), explanations: vec![SentenceExplanation { sentence: 0, notes: vec!["document has no date: not coded".into()] }], places: None };
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
    let police_document = crate::participants::about_police(&recs);
    let mut memory = Memory::default();
    memory.home = main_country.clone();
    let mut events = Merger::default();
    let mut explain = Vec::new();
    for (si, rec) in recs.iter_mut().enumerate() {
        let Some(mut rec) = rec.take() else { continue };
        if police_document {
            crate::participants::police_officers(&mut rec);
        }
        let mut notes = Notes { on: opts.explain, lines: Vec::new() };
        memory.sentence = si;
        let mut resolved = resolve_all(&rec, dict, &mut memory, &doc.text);
        crate::participants::drop_unnamed_parties(&rec, &mut resolved);
        let here = places.as_ref().and_then(|p| sentence_place(p, si, &doc.text, &rec));
        let place = match place_in(&rec, dict, &doc.text, true) {
            // "in China" while the sentence or the headline also says "in Beijing": the more precise place.
            Some((p, true)) if here.as_ref().is_some_and(|h| !is_country(h) && h.country_code == p.country_code) => here,
            Some((p, true)) if headline_city.is_some_and(|h| h.country_code == p.country_code) => headline_city.cloned(),
            Some((p, _)) => Some(with_geo(p, places.as_ref())),
            None => here.or_else(|| dateline_place.clone().or_else(|| headline_place.as_ref().map(|(p, _)| p.clone()))),
        };
        // "on holiday in south-west Turkey, when the authorities arrested
        // him": a country's police, courts and authorities act in it, so a
        // definite role the document named before for another country
        // ("the authorities" of Britain) is that of the place the sentence
        // names. (Not armies: "the army attacked rebels in Syria" may be
        // anybody's.)
        // (Only a place named before the role: one after it is as often
        // where somebody goes or what the act is about.)
        if let Some((place_end, here_code)) = place.as_ref().and_then(|p| Some((p.span.filter(|sp| sp.start >= rec.sentence.span.start && sp.end <= rec.sentence.span.end)?.end, p.country_code.clone()?))) {
            crate::participants::domestic_roles_of_place(&rec, &mut resolved, &here_code, place_end);
        }
        let when = crate::time::when(&rec, date);
        let (event_date, date_text) = (when.day, when.day_text.clone());
        // An ethnic group belongs to the country the sentence places it in,
        // else to the one the document is about ("ethnic Turks began a
        // hunger strike" against Sweden's decision), else to none.
        for (p, entities) in rec.actors.iter().zip(resolved.iter_mut()) {
            if p.mentions.iter().any(|m| m.ethnic) {
                let here = place.as_ref().and_then(|pl| pl.country_code.clone()).or_else(|| main_country.clone().filter(|c| !dyad_ontology::plover::is_international_entity(c)));
                entities.retain_mut(|e| match &here {
                    Some(code) => {
                        e.code = code.clone();
                        e.sector.get_or_insert(Sector::CVL);
                        e.cameo_code = format!("{code}CVL");
                        true
                    }
                    // Placed nowhere, a people of no country the report
                    // names ("ethnic Turks began a hunger strike"), with its
                    // sector: PLOVER allows an entity without a code.
                    None => {
                        e.code.clear();
                        e.sector.get_or_insert(Sector::CVL);
                        e.cameo_code = "CVL".into();
                        true
                    }
                });
            }
        }
        let regions = parentheticals(&rec.sentence, dict);
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
        // Stage: does each event word report an act of its clause at all?
        // Read once: the tree's extent below needs it for every word.
        let unreported: Vec<Option<&'static str>> = rec
            .triggers
            .iter()
            .map(|t| {
                let p = &dict.patterns[t.pattern];
                p.category.and_then(|c| crate::facts::not_reported(&rec, dict, p, t, c))
            })
            .collect();
        // How far the tree is parsed, if a verb asks for it: past the last
        // event verb that is not dropped before the tree.
        let parse_end = crate::tree::parse_extent(&rec, dict, &unreported, |t| opts.include_historical || when.historical_for(t.start.min(t.anchor), t.end).is_none());
        for (ti, trig) in rec.triggers.iter().enumerate() {
            let pattern = &dict.patterns[trig.pattern];
            let (Some(cam), Some(category)) = (pattern.cameo, pattern.category) else { continue };
            if let Some(reason) = unreported[ti] {
                notes.add(|| format!("{}: {reason}", pattern.id));
                continue;
            }
            // "Police arrested dozens, while the army deployed troops in
            // Kenya" places the deployment, not the arrests: a place across a
            // contrasting clause places the document's events only.
            let place = match &place {
                Some(p) if crate::location::across_clauses(&rec, p, trig.anchor) => dateline_place.clone(),
                other => other.clone(),
            };
            // The country of the event's place, if it has one.
            let here = place.as_ref().and_then(|p| p.country_code.as_deref());
            let mut m = modality(&rec.sentence, dict, trig);
            // "might resume attacks", "will carry out strikes": an event noun
            // after a light verb has that verb's modality.
            // ("Sochi will be the sixth meeting between them": a nominal
            // event as the complement of "be" has that verb's modality too.)
            if pattern.is_nominal() {
                let first = trig.start.min(trig.anchor);
                if let Some(v) = crate::facts::light_verb_before(&rec.sentence, dict, first).or_else(|| crate::facts::copula_before(&rec.sentence, dict, first)) {
                    m.share(modality(&rec.sentence, dict, &crate::clause::at_word(trig, v)));
                }
            }
            // "Trump's decision to withdraw troops", "ordered US forces to
            // leave", "decided to lift the ban": a retreat or concession
            // decided, not yet carried out (PLOVER: CONCEDE).
            if crate::clause::decided_concession(&rec.sentence, dict, &rec.actors, trig, category) {
                m.future = true;
                m.announced = true;
            }
            // A pattern that names its subject's words before the verb
            // ("peacekeepers ... were shipped out") has its actor there.
            // (Not one whose words are the passive's object: "the curfew was lifted".)
            if pattern.anchor > 0 && matches!(pattern.elements[0].kind, dyad_dict::ElementKind::Words(_)) && !pattern.options.passive {
                m.passive = false;
            }
            // (One that names its object there is read as a passive whatever
            // the verb's voice: "the curfew ended" as "the curfew was ended".)
            if pattern.options.passive {
                m.passive = true;
            }
            // Background acts are dropped before the costly tree is asked.
            let mut aux = Vec::new();
            // "in 1964", "three years ago": background, not this news.
            let formerly = || crate::clause::formerly(&rec.sentence, dict, trig).then_some("once");
            if let Some(expr) = when.historical_for(trig.start.min(trig.anchor), trig.end).or_else(formerly) {
                if !opts.include_historical {
                    notes.add(|| format!("{}: historical ({expr})", pattern.id));
                    continue;
                }
                aux.push(AuxMode::Historical);
            }
            // "has long partnered": a standing relation is background like a
            // past year's event.
            if m.habitual {
                if !opts.include_historical {
                    notes.add(|| format!("{}: a standing relation", pattern.id));
                    continue;
                }
                aux.push(AuxMode::Historical);
            }
            // The tree's subject of an event verb, where it has one.
            // Patterns that name their subject's words or slot ("peacekeepers
            // ... shipped out", "$") say where the actor is.
            let verb_anchor = crate::tree::asks_tree(dict, pattern, &rec.sentence.lower, trig);
            // A sentence that opens with the actor phrase right before the
            // verb group ("Police arrested ...", "Russia has agreed to ...")
            // needs no tree: word order says it, and parsing is the costly
            // part of coding.
            // Not when an auxiliary follows the event word: then it is a noun
            // subject ("US sanctions were lifted"), which the tree tells.
            let plain = || {
                let Some(p) = rec.actors.first() else { return false };
                let noun_subject = rec.sentence.lower.get(trig.anchor + 1).is_some_and(|w| dict.closed.is(dyad_dict::WordClass::Auxiliary, w));
                // "NGOs supporting US agencies": an -ing form without an
                // auxiliary is no finite verb; the tree says what it modifies.
                let participle = rec.sentence.lower[trig.anchor].ends_with("ing");
                // "Civilian targets across the enclave": a word that may be a
                // plural noun as well is read by the tree.
                let plural_noun = rec.sentence.lower[trig.anchor].ends_with('s') && dict.lexicon.classes(rec.sentence.words[trig.anchor]).noun();
                !plural_noun && p.start == 0 && !m.passive && !noun_subject && !participle && (p.end..trig.start.min(trig.anchor)).all(|k| crate::clause::is_aux_like(dict, &rec.sentence.lower[k]))
            };
            // "shelling by government forces": an event noun's "by" agent
            // is its actor; the tree is not asked.
            let by_agent = crate::nominal::by_agent(&rec, pattern, trig).or_else(|| crate::nominal::possessor(&rec, pattern, trig));
            // Without actor phrases no event can stand whatever the tree says.
            let from_tree = if by_agent.is_some() || opts.no_syntax || rec.actors.is_empty() || trig.source_at.is_some() || !verb_anchor || plain() {
                TreeActor::Unknown
            } else {
                let words = &rec.sentence.texts[..parse_end.min(rec.sentence.texts.len())];
                let parsed = tree.get_or_insert_with(|| crate::tree::parse(words));
                let is_thing = |k: usize| dict.closed.is(dyad_dict::WordClass::EndangeringThing, &rec.sentence.lower[k]);
                let is_relation = |k: usize| dict.closed.is(dyad_dict::WordClass::RelationalNoun, &rec.sentence.lower[k]);
                let is_light = |k: usize| crate::clause::verb_in_class(&rec.sentence, dict, k, dyad_dict::WordClass::LightVerb);
                // "issued a statement condemning the attack": whoever issued
                // the text makes the act it tells.
                let is_text = |k: usize| dict.closed.is(dyad_dict::WordClass::TextNoun, &rec.sentence.lower[k]);
                let is_issuing = |k: usize| crate::clause::verb_in_class(&rec.sentence, dict, k, dyad_dict::WordClass::IssuingVerb);
                match crate::tree::issuing_verb(parsed, trig.anchor, is_text, is_issuing) {
                    Some(verb) => match crate::tree::actor_of(parsed, &rec.actors, verb, is_thing, is_relation, is_light) {
                        TreeActor::Phrase(i, _) => TreeActor::Phrase(i, crate::tree::ISSUED_STATEMENT_ROUTE),
                        other => other,
                    },
                    None => crate::tree::actor_of(parsed, &rec.actors, trig.anchor, is_thing, is_relation, is_light),
                }
            };
            // "will not attack Syria or shell its towns", "should take them
            // back and put them on trial": a later verb without a verb group
            // of its own shares the first conjunct's negation and modals.
            // ("need to be prosecuted and detained": the passive too, and
            // its agent: "were found by the SDF and held at Camp Roj".)
            let shared_agent = tree.as_ref().and_then(|p| crate::tree::share_first_conjunct(p, &rec, dict, trig, &mut m));
            if m.habitual && !aux.contains(&AuxMode::Historical) {
                if !opts.include_historical {
                    notes.add(|| format!("{}: a standing relation", pattern.id));
                    continue;
                }
                aux.push(AuxMode::Historical);
            }
            // Stage: what the tree's reading says against an event at all.
            if let Some(reason) = crate::tree::verdict(from_tree, category, &rec, dict, trig) {
                notes.add(|| format!("{}: {reason}", pattern.id));
                continue;
            }
            // "the issue of those kidnapped by Daesh", "the truth about
            // those they killed": violence that names people by what was
            // done to them is who they are, not the day's news (unless a
            // day is named).
            let describing = matches!(category, Category::Assault | Category::Coerce) && tree.as_ref().is_some_and(|p| crate::tree::describes_people(p, trig.anchor)) && !crate::time::names_a_day(&rec);
            if describing {
                notes.add(|| format!("{}: an act naming the people it was done to (\"those killed\") (tree)", pattern.id));
                continue;
            }
            // "a roadside bomb killed", "were killed by an IED": an attack told
            // by its means, its perpetrator unnamed, is by unidentified armed
            // actors (PLOVER's UAF), placed below.
            let by_means = matches!(from_tree, TreeActor::NotAnActor(t) if category == Category::Assault && crate::nominal::told_by_means(&rec, dict, &resolved, t));
            // "were killed in a Turkish airstrike", "died in an Israeli air
            // raid": the attack's author, if named, is the actor and the
            // dead or wounded the recipient; if not, unidentified armed actors.
            let dying = dict.closed.is(dyad_dict::WordClass::DyingVerb, &rec.sentence.lower[trig.anchor]);
            let strike = (category == Category::Assault && by_agent.is_none() && trig.source_at.is_none() && (dying || (m.passive && passive_agent(&rec.sentence, &rec.actors, trig).is_none())))
                .then(|| crate::nominal::attack_in(&rec, dict, trig))
                .flatten();
            // "were injured when protesters threw rocks at them": who acted
            // in the "when" clause did the harm.
            let strike = strike.or_else(|| {
                let passive_unnamed = category == Category::Assault && m.passive && by_agent.is_none() && trig.source_at.is_none() && passive_agent(&rec.sentence, &rec.actors, trig).is_none();
                passive_unnamed.then(|| crate::nominal::when_agent(&rec, dict, trig)).flatten().map(|i| crate::nominal::AttackIn { agent: Some(i) })
            });
            let strike_agent = strike.and_then(|s| s.agent);
            let by_means = by_means || strike.is_some_and(|s| s.agent.is_none());
            // "people who died in custody", "five fighters died in clashes":
            // the dead are never the actor of their death.
            if dying && strike.is_none() && category == Category::Assault {
                notes.add(|| format!("{}: the dead are no actor of their death, and nobody else is named", pattern.id));
                continue;
            }
            // (An inverse pattern's subject is its recipient, which may be
            // nobody: "the town came under shelling by Turkish forces".)
            // "Thousands demonstrated in Cairo", "5,000 marched": a number as
            // the subject of a protest counts its people.
            let crowd = match from_tree {
                TreeActor::NotAnActor(t) if category == Category::Protest && crate::participants::crowd_count(&rec, dict, t) => Some(t),
                _ => None,
            };
            if let TreeActor::NotAnActor(t) = from_tree {
                if !by_means && crowd.is_none() && (!pattern.options.inverse || category != Category::Assault) {
                    notes.add(|| format!("{}: its subject {:?} names no actor (tree)", pattern.id, rec.sentence.texts[t]));
                    continue;
                }
            }
            let decider = if matches!(category, Category::Retreat | Category::Concede) { crate::clause::decider(&rec.sentence, dict, &rec.actors, trig).and_then(|p| index_of(&rec.actors, p)) } else { None };
            // "was hit by a cyber attack": the attack's perpetrator is unnamed,
            // the clause's subject its victim.
            let cyber_agent = dyad_ontology::cameo::cyber_attack(cam.code) && pattern.is_nominal() && crate::facts::agent_of_passive(&rec, trig);
            // The phrase at the pattern's "$" slot, if it has one.
            let source_slot = trig.source_at.map(|at| rec.actors.iter().position(|p| p.start >= at && p.start <= at + 3));
            // Stage: the actor phrase, from the candidates found above.
            let chosen = crate::actor::choose(
                &rec,
                dict,
                trig,
                &regions,
                crate::actor::Candidates {
                    unnamed: by_means || cyber_agent,
                    attacker: strike_agent,
                    decider,
                    tree: from_tree,
                    source_slot,
                    by_agent,
                    passive: m.passive,
                    shared_agent,
                },
            );
            let (src, passive_by) = (chosen.phrase, chosen.passive_by);
            // "an IED planted by Taliban militants killed", "a drone strike by
            // the US military hit": the means' or weapon's "by" agent acted.
            let weapon_only = |i: usize| rec.actors[i].mentions.iter().all(|x| x.role_only && x.code.is_none());
            let means_head = match (from_tree, src) {
                (TreeActor::NotAnActor(t), _) if by_means && strike.is_none() => Some(t),
                (_, Some(i)) if category == Category::Assault && !m.passive && weapon_only(i) => Some(rec.actors[i].end - 1),
                _ => None,
            };
            let means_by = means_head.and_then(|h| crate::nominal::means_agent(&rec, dict, h)).filter(|&i| rec.actors[i].start < trig.start.min(trig.anchor));
            let by_means = by_means && means_by.is_none();
            let src = means_by.or(src);
            // A pattern's "$" agent ("the shelling by forces loyal to Assad"):
            // what follows it describes it.
            // ("between $ and +" names both parties: not there.)
            let has_target_slot = pattern.elements.iter().any(|e| e.kind == dyad_dict::ElementKind::Target);
            let slot_agent = source_slot.flatten().filter(|_| !has_target_slot);
            // Stage: which phrases are objects, and which names the recipient.
            // (A pattern that names the passive's object, "the curfew was
            // lifted", has no victim in its subject.)
            // ("was expelled from $ party": a passive verb whose agent the
            // pattern's slot names still has its subject for the victim.)
            let agent_slot_after_verb = trig.source_at.is_some_and(|k| k > trig.anchor) && matches!(pattern.elements[pattern.anchor].kind, dyad_dict::ElementKind::Verb(_)) && !pattern.options.reciprocal;
            let subject_is_victim = ((m.passive && (trig.source_at.is_none() || agent_slot_after_verb)) || cyber_agent || strike.is_some()) && (!pattern.options.passive || agent_slot_after_verb);
            // A passive's agent after its verb, however found ("were attacked
            // by the Turkish army and a mercenary force"): what follows it
            // describes or joins the agent, it is not the victim.
            let agent_after = src.filter(|&i| m.passive && rec.actors[i].start > trig.anchor);
            let crate::recipient::Objects { phrases: object_phrases, chosen: tgt } =
                crate::recipient::choose(&rec, dict, &resolved, trig, pattern, &regions, src, by_agent.or(slot_agent).or(agent_after), subject_is_victim);
            // A verb coordinated with an earlier one has its subject:
            // "Benin opened its borders ..., but was still refusing ...".
            let src = src.or_else(|| if from_tree == TreeActor::Unknown { crate::actor::coordinated(&rec, dict, trig, last_subject?) } else { None });
            // "Police in Zaria say they are easing the curfew": "they" after
            // a subject named only by its role is that role.
            let antecedent = src.and_then(|i| crate::participants::role_antecedent(&rec, &resolved, i));
            // The pronoun as written: whether its "would" is reported is read there.
            let src_written = src;
            let src = antecedent.or(src);
            if let Some(i) = src {
                last_subject = Some((trig.anchor, i));
            }
            let mut actor: Vec<Entity> = src.map(|i| resolved[i].clone()).unwrap_or_default();
            if let Some(t) = crowd.filter(|_| actor.is_empty()) {
                if let Some(home) = here.or(main_country.as_deref()) {
                    actor.push(crate::participants::crowd_entity(&rec, t, home, &doc.text));
                }
            }
            // "Trump and the Turkish leader, Recep Tayyip Erdogan, spoke": a
            // subject joined by "and" to the phrase before or after it shares
            // its act.
            // "US jets and helicopters attacked": a member named only by its
            // role shares the country of the member the dictionaries know.
            let mut joined_role = None;
            // ("attacked by the Turkish army and a mercenary force": a
            // passive's agents after the verb, the same.)
            if let Some(i) = src.filter(|&i| rec.actors[i].end <= trig.start.min(trig.anchor) || agent_after == Some(i)) {
                let (start, end) = (rec.actors[i].start, rec.actors[i].end);
                let verb = if agent_after == Some(i) { usize::MAX } else { trig.start.min(trig.anchor) };
                let before = |p: &dyad_recognize::ActorPhrase| agent_after.is_none() && start >= 2 && p.end + 1 == start && rec.sentence.lower[start - 1] == "and";
                let after = |p: &dyad_recognize::ActorPhrase| p.start == end + 1 && p.end <= verb && rec.sentence.lower.get(end).is_some_and(|w| w == "and");
                if let Some(j) = rec.actors.iter().position(|p| before(p) || after(p)) {
                    if actor.is_empty() && !resolved[j].is_empty() {
                        joined_role = Some((i, resolved[j][0].code.clone()));
                    }
                    if !actor.is_empty() || joined_role.is_some() {
                        actor.extend(resolved[j].iter().cloned());
                        crate::participants::dedup_entities(&mut actor);
                    }
                }
            }
            if let Some((i, code)) = joined_role.filter(|(_, code)| !code.is_empty()) {
                actor.extend(crate::placement::role_actor(&rec, dict, i, true, Some(code.as_str()), main_country.as_deref(), &doc.text, &mut memory));
                crate::participants::dedup_entities(&mut actor);
            }
            // "The Russian president, Vladimir Putin, along with his Turkish
            // counterpart, Recep Tayyip Erdoğan, and the Iranian president,
            // Hassan Rouhani, are due to meet": all the parties a meeting's
            // subject lists take part.
            if pattern.options.reciprocal && !actor.is_empty() {
                if let Some(i) = src.filter(|&i| rec.actors[i].end <= trig.start.min(trig.anchor)) {
                    actor.extend(crate::participants::listed_with(&rec, dict, &resolved, i, trig.start.min(trig.anchor)));
                    // ("his Turkish counterpart, Recep Tayyip Erdoğan": the
                    // country once, with the sector its person gives.)
                    crate::participants::dedup_entities(&mut actor);
                }
            }
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
            // PLOVER: a vague regional construct ("European forces", "Arab
            // states", "African leaders") gets no country, and its event is
            // not coded.
            let regional = |i: usize| crate::participants::regional_role(&rec, dict, i);
            if actor.is_empty() && src.is_some_and(regional) {
                notes.add(|| format!("{}: a regional actor of no country", pattern.id));
                continue;
            }
            if actor.is_empty() {
                if let Some(i) = src {
                    // (A pattern's "$" slot names its actor surely: "the shelling by government forces".)
                    let surely_subject = rec.actors[i].start <= 1 || by_agent == Some(i) || strike_agent == Some(i) || passive_by == Some(i) || antecedent == Some(i) || trig.source_at.is_some() || matches!(from_tree, TreeActor::Phrase(j, _) if j == i);
                    actor.extend(crate::placement::role_actor(&rec, dict, i, surely_subject, here, main_country.as_deref(), &doc.text, &mut memory));
                }
            }
            // How the recipient was found, for --explain.
            let mut recipient_route = if tgt.is_none() {
                ""
            } else if strike.is_some() {
                "the subject, killed or hurt in the attack (word order)"
            } else if m.passive && trig.source_at.is_none() {
                "subject of the passive (word order)"
            } else if pattern.elements.iter().any(|e| e.kind == dyad_dict::ElementKind::Target) {
                "the pattern's + slot"
            } else {
                "the object after the event words"
            };
            // Stage: a recipient named only by its role, placed in a country.
            let placed = crate::placement::role_recipient(
                &rec,
                dict,
                &mut resolved,
                crate::placement::RecipientCase {
                    objects: &object_phrases,
                    chosen: tgt,
                    src,
                    passive: m.passive || strike.is_some(),
                    hostile: category.is_conflict(),
                    helping: matches!(category, Category::Support | Category::Aid | Category::Cooperate),
                    here,
                    main_country: main_country.as_deref(),
                    actor_country: actor.first().map(|a| a.code.as_str()),
                },
                &doc.text,
            );
            let tgt = placed.phrase;
            let mut recipient: Vec<Entity> = placed.entities;
            if let Some(route) = placed.route {
                recipient_route = route;
            }
            // "Dozens were arrested in Cairo", "Hundreds were killed": a
            // counted crowd as the subject of a hostile passive is its victims.
            if recipient.is_empty() && m.passive && category.is_conflict() && trig.source_at.is_none() {
                let verb = trig.start.min(trig.anchor);
                let k = crate::clause::verb_group_start(&rec.sentence, dict, verb, 0);
                if let (true, Some(home)) = (k > 0 && k < verb && crate::participants::crowd_count(&rec, dict, k - 1), here.or(main_country.as_deref())) {
                    recipient_route = "a counted crowd, the passive's subject, of the event's country";
                    recipient.push(crate::participants::crowd_entity(&rec, k - 1, home, &doc.text));
                }
            }
            // (Not for police or troops blocking a road, which is coercion.)
            if category == Category::Protest && recipient.is_empty() && !crate::recode::by_state_forces(&actor) {
                if let Some(e) = crate::recipient::protest_addressee(place.as_ref(), actor.first(), &doc.text) {
                    recipient_route = "inferred: the authorities where the protest takes place";
                    recipient.push(e);
                }
            }
            // Stage: an actor the act implies when the report names none.
            let mut implied_actor = false;
            if by_means && (m.future || m.hypothetical) {
                // "a landmine that would blow us all up": with nobody to
                // announce it, a possible attack is no threat.
                notes.add(|| format!("{}: a possible attack by unnamed means", pattern.id));
                continue;
            }
            // "US forces came under fire from a tank": an attack told from its
            // victim's side whose attacker names nobody. The subject is the
            // victim; the attacker, unidentified armed actors.
            let victim_only = pattern.options.inverse && category == Category::Assault && recipient.is_empty() && !actor.is_empty() && strike.is_none() && src.is_some_and(|i| rec.actors[i].start < trig.start.min(trig.anchor));
            if victim_only {
                recipient = std::mem::take(&mut actor);
                recipient_route = "the subject, the victim of an attack told from its side";
            }
            // "Mortars slammed into a market", "a missile hit an airport":
            // a nominal pattern whose event word is the weapon, nobody named
            // as firing it, is an attack told by its means.
            let means_subject = pattern.is_nominal() && category == Category::Assault && src.is_none() && trig.source_at.is_none() && dict.closed.is(dyad_dict::WordClass::AttackMeans, &rec.sentence.lower[trig.anchor]);
            let by_means = by_means || victim_only || means_subject;
            if actor.is_empty() {
                let case = crate::implied::Case { cameo_code: cam.code, by_means, named: src.is_some(), passive: m.passive, real: !m.future && !m.hypothetical, police_document };
                if let Some(mut e) = crate::implied::actor(case, &rec, trig, place.as_ref(), main_country.as_deref()) {
                    // Who fired on "US forces" is not of their country
                    // because the report is: of no known country.
                    if victim_only && recipient.iter().any(|r| r.code == e.code) {
                        e.code.clear();
                        e.cameo_code = Sector::UAF.to_string();
                    }
                    actor.push(e);
                    implied_actor = true;
                }
            }
            // "Police were deployed to the capital", "troops were sent to the
            // border": forces moved are their state's mobilisation, whoever
            // gave the order.
            // ("US troops were withdrawn from Niger": so are forces drawn back.)
            if actor.is_empty() && m.passive && matches!(category, Category::Mobilize | Category::Retreat) && !recipient.is_empty() && recipient.iter().all(|e| !e.code.is_empty() && e.sector.is_some_and(|s| matches!(s, Sector::MIL | Sector::COP))) {
                std::mem::swap(&mut actor, &mut recipient);
            }
            // (With a host no dictionary names, the visitors still met.)
            let visitors_named = pattern.options.inverse && !recipient.is_empty();
            if actor.is_empty() && !visitors_named {
                notes.add(|| format!("{}: no actor found", pattern.id));
                continue;
            }
            // "The British student travelled to Syria": a private person's
            // journey is no visit.
            // ("Britons who travelled to Isis territory": a country's people,
            // named by a plural, travel; a state does not.)
            let travelled = rec.sentence.lower[trig.anchor].starts_with("travel");
            let people_of_a_country = |e: &Entity| {
                let t = e.entity_text.trim_end();
                e.sector.is_none() && dyad_ontology::plover::is_state_code(&e.code) && t.ends_with('s') && !t.ends_with("'s") && !t.ends_with("’s")
            };
            if cam.code == "042" && actor.iter().all(|e| e.sector.is_some_and(|s| s.private_person()) || (travelled && people_of_a_country(e))) {
                notes.add(|| format!("{}: a private journey, no visit", pattern.id));
                continue;
            }
            // "the local population would welcome", "she would beg", "our
            // families would kill us": a "would" that nobody reports as its
            // actor's own intention is a supposition, not an event.
            // A pattern that spells out its modal ("could cut ties") has read it.
            let modal_in_pattern = || pattern.elements.iter().any(|e| matches!(&e.kind, dyad_dict::ElementKind::Words(ws) if ws.iter().any(|&w| dict.closed.is(dyad_dict::WordClass::Hypothetical, dict.vocab.word(w)))));
            let reported = m.hypothetical && src_written.is_some_and(|i| crate::clause::reported_intention(&rec.sentence, dict, &rec.actors[i], trig));
            if m.hypothetical && !m.condition && !implied_actor && !modal_in_pattern() && !reported {
                notes.add(|| format!("{}: a supposition, not an intention its actor announced", pattern.id));
                continue;
            }
            // ("Burundi warned it would expel the UN office", "China warned
            // that it would suspend the talks": a "would" reported as warned
            // is the backshifted "will" of a warning, read as announced, so
            // that coercion or sanctions warned of are a threat. Only a
            // warning: the PLOVER records code "announced it would prohibit
            // aid" as the sanction itself.)
            if reported && src_written.is_some_and(|i| crate::clause::warned_before(&rec.sentence.lower, rec.actors[i].start)) {
                m.announced = true;
            }

            // Stage: what negation, futures, conditions and possibility make of the act.
            let mut act = Act { cameo: cam, category };
            // Stage: what the wording makes of the category (labour strikes,
            // promises to stop).
            crate::recode::by_wording(&mut act, &rec, dict, trig, &actor);
            let setting = Setting { has_target: tgt.is_some(), condition_follows: crate::clause::conditional_after(&rec.sentence, trig), keep_negated: opts.keep_negated };
            match crate::modal::apply(m, &mut act, setting) {
                Ok(modes) => aux.extend(modes),
                Err(reason) => {
                    notes.add(|| format!("{}: {reason}", pattern.id));
                    continue;
                }
            }
            crate::recode::riot(&mut act, src.map(|i| &rec.actors[i]), &actor, &rec.sentence.lower);
            crate::recode::state_obstruction(&mut act, &actor);
            // Stage: the event's final parties (hosts, reciprocal events,
            // self-directed events, required recipients).
            let reciprocal = pattern.options.reciprocal;
            let place_target = tgt.is_some_and(|t| is_place_phrase(&rec.sentence, &rec.actors[t]));
            // Stage: a recipient the phrases do not name directly.
            let missing = crate::completion::Missing { rec: &rec, dict, trig, category: act.category, actor: &actor, resolved: &resolved, here, main_country: main_country.as_deref(), date, places: places.as_ref(), sentence: si, text: &doc.text, place_target };
            if let Some(route) = crate::completion::recipient(&missing, &mut recipient) {
                recipient_route = route;
            }
            if let Err(reason) = crate::assemble::final_parties(pattern, act.category, &mut actor, &mut recipient, implied_actor, place_target, strike.is_some()) {
                notes.add(|| format!("{}: {reason}", pattern.id));
                continue;
            }
            crate::recode::captured_combatants(&mut act, &actor, &recipient);
            crate::recode::foreign_freeze(&mut act, &actor, &recipient);
            if crate::recode::verbal_clash(&act, &actor, &rec.sentence.lower[trig.anchor]) {
                notes.add(|| format!("{}: a clash between political leaders or bodies is a dispute, not fighting", pattern.id));
                continue;
            }
            // "threatened to institute a curfew in Algiers", "martial law was
            // imposed": a curfew or emergency rule falls on the population
            // of its place (else of the actor's country), unless somebody
            // else is the recipient (the capital named as its place is not).
            if recipient.is_empty() && dyad_ontology::cameo::imposed_on_population(act.cameo.code) {
                let country = here.map(str::to_string).or_else(|| actor.iter().map(|a| a.code.clone()).find(|c| dyad_ontology::plover::is_state_code(c)));
                if let Some(code) = country {
                    recipient.push(crate::implied::unnamed(&rec, trig, code, Sector::CVL));
                    recipient_route = "implied: the population of the place a curfew or emergency rule falls on";
                }
            }
            let modes = crate::assemble::modes(pattern, &act, reciprocal || recipient.is_empty());
            let contexts = crate::assemble::contexts(pattern, &act);
            let (evidence, event_text) = crate::assemble::evidence(pattern, trig, &rec, &actor, &recipient, si, &doc.text);
            notes.add(|| {
                let actor_route = match from_tree {
                    _ if strike_agent.is_some() => "who carried out the attack the victims were hit in".to_string(),
                    _ if means_by.is_some() => "the \"by\" agent of the attack's means or weapon".to_string(),
                    _ if decider.is_some() && src == decider => "who decided it (the decision's possessor)".to_string(),
                    _ if implied_actor && victim_only => "implied: an attack told from its victim's side, its perpetrator unnamed".to_string(),
                    TreeActor::Phrase(_, route) if !implied_actor => format!("tree: {route}"),
                    _ if implied_actor && by_means => "implied: an attack told by its means, its perpetrator unnamed".to_string(),
                    _ if implied_actor && dyad_ontology::cameo::cyber_attack(cam.code) => "implied: a cyberattack, its perpetrator unnamed".to_string(),
                    _ if implied_actor => "implied: the authorities where it happened".to_string(),
                    _ if trig.source_at.is_some() => "the pattern's $ slot".to_string(),
                    _ => "word order".to_string(),
                };
                crate::assemble::explanation(pattern, &act, &actor, &recipient, &event_text[0], &actor_route, recipient_route)
            });
            // "was sentenced to eight years in prison": the same words
            // report a second act (the pattern's `also=`), with the same
            // parties, unless modality changed what the words report.
            let also = pattern.also.map(|k| &dict.patterns[k]).filter(|_| std::ptr::eq(act.cameo, cam) && act.category == category);
            let also_event = also.and_then(|other| {
                let other_act = Act { cameo: other.cameo?, category: other.category? };
                Some((other, other_act, crate::assemble::modes(other, &other_act, recipient.is_empty()), crate::assemble::contexts(other, &other_act)))
            });
            let event = Event {
                doc_id: doc.id.clone(),
                sentence: si,
                ordinal: 0,
                date: event_date,
                date_text: date_text.clone(),
                time: if event_date == date { doc.datetime.map(|d| d.format("%H:%M:%S%:z").to_string()) } else { None },
                actor,
                recipient,
                category: act.category,
                modes,
                contexts,
                aux_modes: aux,
                cameo: act.cameo,
                event_text,
                place: place.clone(),
                evidence,
                sentence_span: sentences[si].span,
            };
            let second = also_event.map(|(other, other_act, modes, contexts)| {
                notes.add(|| format!("{} also reports {} ({})", pattern.id, other.id, other_act.category));
                Event { category: other_act.category, cameo: other_act.cameo, modes, contexts, ..event.clone() }
            });
            sentence_events.push((trig.anchor, event));
            sentence_events.extend(second.map(|e| (trig.anchor, e)));
        }
        for e in crate::sentence_rules::apply(&rec, sentence_events, &mut notes) {
            events.add(e);
        }
        if rec.triggers.is_empty() {
            notes.add(|| "no event wording".into());
        }
        if opts.explain {
            explain.push(SentenceExplanation { sentence: si, notes: notes.lines });
        }
    }
    CodedDocument { events: events.finish(), explanations: explain, places }
}

fn index_of(phrases: &[ActorPhrase], p: &ActorPhrase) -> Option<usize> {
    phrases.iter().position(|q| std::ptr::eq(q, p))
}
