//! The parties of events: entities resolved from a sentence's actor
//! phrases (names, roles, pronouns, the speaker of "we"), roles placed in
//! a country, and the country a document is about.


use dyad_recognize::{ActorPhrase, Mention, Recognized};
use dyad_segment::Span;

use crate::memory::Memory;
use crate::Entity;
use dyad_ontology::plover::Sector;

/// The entity of a phrase that names a role but no country: "police",
/// "opposition leaders", or an unknown person with a title ("Archbishop
/// Tutu", "army chief Ahmed"), placed in `home`. A bare name without a
/// title, a pronoun and a phrase that names a country give none.
pub(crate) fn role_entity(p: &ActorPhrase, home: &str, text: &str) -> Option<Entity> {
    let m = p.mentions.first()?;
    if p.mentions.len() != 1 || m.code.is_some() || m.reference.is_some() || m.bare_name {
        return None;
    }
    Some(Entity {
        code: home.to_string(),
        sector: Some(m.sector?),
        entity_text: text[p.span.start..p.span.end].to_string(),
        // Not in the dictionaries: no canonical name to give.
        identifier_text: None,
        office: m.office.clone(),
        cameo_code: format!("{home}{}", m.cameo_roles),
        span: p.span,
    })
}

/// The people of a crowd counted by the word at `t` ("Thousands
/// demonstrated"), of the country `home`: civilians (PLOVER: protesters are
/// CVL).
pub(crate) fn crowd_entity(rec: &Recognized<'_>, t: usize, home: &str, text: &str) -> Entity {
    let span = rec.sentence.tokens[t].span;
    Entity {
        code: home.to_string(),
        sector: Some(Sector::CVL),
        entity_text: text[span.start..span.end].to_string(),
        identifier_text: None,
        office: None,
        cameo_code: format!("{home}CVL"),
        span,
    }
}

/// The entities of the phrases listed with the subject phrase `subject`
/// before the verb at `verb`, joined by commas, "and", "along with",
/// "together with" or "as well as" ("Putin, along with his Turkish
/// counterpart, Recep Tayyip Erdoğan, and the Iranian president, Hassan
/// Rouhani, are due to meet"); nothing when other words stand between.
pub(crate) fn listed_with(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, resolved: &[Vec<Entity>], subject: usize, verb: usize) -> Vec<Entity> {
    let lower = &rec.sentence.lower;
    let joining = |w: &str| matches!(w, "," | "and" | "along" | "together" | "with" | "as" | "well" | "his" | "her" | "its" | "their" | "counterpart" | "counterparts");
    let mut k = rec.actors[subject].end;
    let mut listed = Vec::new();
    while k < verb {
        if let Some(j) = rec.actors.iter().position(|p| p.start == k) {
            listed.push(j);
            k = rec.actors[j].end;
        } else if joining(&lower[k]) {
            k += 1;
        } else if crate::clause::is_aux_like(dict, &lower[k]) || dict.closed.is(dyad_dict::WordClass::Be, &lower[k]) {
            // The verb group: the list ends.
            break;
        } else {
            // Another word: the list is no list of the subject's.
            return Vec::new();
        }
    }
    listed.into_iter().flat_map(|j| resolved[j].iter().cloned()).collect()
}

/// A role named with a region's adjective ("European forces", "Arab
/// states", "African leaders"): PLOVER gives such vague regional constructs
/// no country and does not code their events. The adjectives are the
/// closed class `region_adjective`.
pub(crate) fn regional_role(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, i: usize) -> bool {
    let Some(p) = rec.actors.get(i) else { return false };
    if p.mentions.iter().any(|m| m.code.is_some() || m.reference.is_some()) {
        return false;
    }
    let lower = &rec.sentence.lower;
    let at = |k: usize| lower.get(k).is_some_and(|w| dict.closed.is(dyad_dict::WordClass::RegionAdjective, w));
    // Only states and their people are a regional construct: "Arab states",
    // not "local Arab tribes" (an ethnic group where they live).
    let head = lower[p.end - 1].as_ref();
    let of_states = matches!(head, "states" | "countries" | "nations" | "governments" | "leaders" | "powers" | "ministers" | "allies" | "forces" | "troops" | "officials" | "diplomats" | "capitals" | "partners");
    of_states && (at(p.start) || (p.start > 0 && at(p.start - 1)))
}

/// An actor known only by its role or title, of no known country: PLOVER
/// allows an entity with a sector and no code, and an event is not dropped
/// only because nobody says whose police fired.
pub(crate) fn stateless_role_entity(p: &ActorPhrase, text: &str) -> Option<Entity> {
    role_entity(p, "", text)
}

/// Mentions that make a country the document's, when no other is named as
/// often. One is enough: a one-sentence report that names one country is
/// about it; a longer article names its country many times.
const MIN_MENTIONS: usize = 1;

/// The country a document is about: the one its actor phrases name most
/// (the dateline's country counts twice), when no other is named as often.
pub(crate) fn main_country(recs: &[Option<Recognized<'_>>], dateline: Option<&str>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut add = |code: &str, n: usize| {
        if !dyad_ontology::plover::is_state_code(code) {
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
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    match counts.as_slice() {
        [(c, n), rest @ ..] if *n >= MIN_MENTIONS && rest.first().is_none_or(|(_, m)| m < n) => Some(c.clone()),
        _ => None,
    }
}

pub(crate) fn codes(es: &[Entity]) -> String {
    es.iter().map(|e| format!("{}{}", e.code, e.sector.map(|s| format!("/{s}")).unwrap_or_default())).collect::<Vec<_>>().join("+")
}

/// Drops repeated parties: the same code and sector twice, and a country
/// named bare beside a party of the same country with a sector.
pub(crate) fn dedup_entities(es: &mut Vec<Entity>) {
    let mut seen: Vec<(String, Option<Sector>)> = Vec::new();
    es.retain(|e| {
        let key = (e.code.clone(), e.sector);
        if seen.contains(&key) {
            false
        } else {
            seen.push(key);
            true
        }
    });
    // "Uzbekistan and Tajikistan ... between Tashkent and Dushanbe": a
    // country named bare is the same party as its capital's government.
    let specific: Vec<String> = es.iter().filter(|e| e.sector.is_some() && !e.code.is_empty()).map(|e| e.code.clone()).collect();
    es.retain(|e| e.sector.is_some() || e.code.is_empty() || !specific.contains(&e.code));
}

/// Resolves every actor phrase of the sentence into entities, updating the
/// document memory with what the sentence introduces.
pub(crate) fn resolve_all(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, memory: &mut Memory, text: &str) -> Vec<Vec<Entity>> {
    let mut out = Vec::new();
    // What each earlier phrase of the sentence resolved to, for "it"/"they"
    // in a later clause.
    let mut earlier: Vec<Vec<Mention>> = Vec::new();
    let speaker = speaker_of(rec, memory, text);
    // The sentence's subject: its first actor phrase when it opens the
    // sentence and stands before the first event word ("Turkey said it
    // would ...").
    let first_event = rec.triggers.iter().map(|t| t.start.min(t.anchor)).min().unwrap_or(usize::MAX);
    let mut subject: Option<Vec<Mention>> = None;
    // The sentence's subject when it is one person named by office or name
    // ("Papua New Guinea's president said he intends ..."), for "he"/"she".
    let mut person_subject: Option<Mention> = None;
    for (pi, p) in rec.actors.iter().enumerate() {
        let ptext = &text[p.span.start..p.span.end];
        // "Assad forces", "the forces of President Assad": a plural head
        // names the body a person commands, not the person.
        let body = common_plural_head(rec, p);
        let resolutions: Vec<Vec<Mention>> = p
            .mentions
            .iter()
            .map(|m| match m.reference {
                Some(dyad_recognize::Reference::Speaker) => speaker.clone(),
                // "it", "they" after the sentence's own subject: that subject;
                // else, "after the regime made its gain ..., when it took
                // control of Deraa": the subject of an earlier clause of the
                // sentence; else the document's.
                Some(dyad_recognize::Reference::Group) => match &subject {
                    Some(subject) if pi > 0 => subject.clone(),
                    _ => clause_subject(rec, dict, &earlier, pi, ptext).unwrap_or_else(|| memory.resolve(m, ptext)),
                },
                // "he", "she" after a person who opens the sentence: that person
                // ("him", "her" in the same clause are somebody else).
                Some(dyad_recognize::Reference::Person) if pi > 0 && person_subject.is_some() && matches!(ptext.to_lowercase().as_str(), "he" | "she") => {
                    person_subject.iter().cloned().collect()
                }
                // "Abdullah Rabbah, who said he supported ...": the pronoun
                // after a verb of saying is its speaker, here a person no
                // dictionary knows: nobody the coder can name.
                Some(dyad_recognize::Reference::Person) if matches!(ptext.to_lowercase().as_str(), "he" | "she") && said_by_unknown_name(rec, pi) => Vec::new(),
                // "He" opening the sentence (after a quote mark too): the
                // person the sentence before was about.
                // (Also after an opening clause that names nobody: "Offering
                // himself as the spokesman of the Muslim Middle East, he
                // also criticised Europe".)
                Some(dyad_recognize::Reference::Person) if (pi == 0 && p.start <= 1 || after_opening_clause(rec, p.start)) && matches!(ptext.to_lowercase().as_str(), "he" | "she") => memory.resolve_opening_person(),
                _ => memory.resolve(m, ptext),
            })
            .collect();
        // "Turkey said its troops shelled ...": a role owned by a pronoun
        // is the owner's.
        let owned = owned_role(rec, dict, &earlier, subject.as_deref(), person_subject.as_ref(), pi);
        // (The owner is remembered already; its troops are no new party
        // for "the two countries" of the next sentence.)
        let remember_resolved = owned.is_none();
        let resolutions = owned.map(|o| vec![o]).unwrap_or(resolutions);
        if pi == 0 && p.start <= 2 && p.start < first_event {
            let found: Vec<Mention> = resolutions.iter().flatten().cloned().collect();
            if let [one] = found.as_slice() {
                let singular = !crate::memory::plural_head(&rec.sentence.lower[p.end - 1]);
                if one.code.is_some() && (one.person.is_some() || (one.office.is_some() && singular)) && !body {
                    person_subject = Some(one.clone());
                    // ("The Kenyan president met ... He urged ...": the
                    // next sentence's "he".)
                    if one.person.is_none() && office_holder_phrase(rec, dict, p) {
                        memory.remember_office_holder(one);
                    }
                }
            }
            // A person is no "it" or "they"; "Assad forces" (a plural head
            // on a person's name) are a body.
            // (Nor is "she" standing for a person named by office.)
            let person_pronoun = p.mentions.iter().any(|m| m.reference == Some(dyad_recognize::Reference::Person));
            if !found.is_empty() && !person_pronoun && found.iter().all(|m| m.code.is_some() && (m.person.is_none() || body)) {
                subject = Some(if body {
                    found.into_iter().map(|mut m| {
                        crate::memory::forget_person(&mut m);
                        m
                    }).collect()
                } else {
                    found
                });
            }
        }
        earlier.push(resolutions.iter().flatten().cloned().collect());
        out.push(
            resolutions
                .iter()
                .flatten()
                .filter_map(|r| {
                    let mut e = entity(r, ptext, p.span)?;
                    if body && r.person.is_some() {
                        e.identifier_text = None;
                        e.office = None;
                    }
                    Some(e)
                })
                .collect(),
        );
        for (m, resolved) in p.mentions.iter().zip(&resolutions) {
            // (A first name and a surname: a single unknown capitalised word
            // is as often a place or a sentence's first word.)
            let full_name = m.person.as_deref().is_some_and(|n| n.split_whitespace().count() >= 2);
            if m.bare_name && full_name && resolved.iter().all(|r| r.code.is_none()) {
                memory.unnamed_person();
            }
            // "The Spanish photojournalist went to Syria ... against Bashar
            // al-Assad. ... he was taken hostage": a person named only by a
            // private role, the sentence's subject, is the next "he", not a
            // person named later in the sentence.
            let private_role = m.person.is_none() && m.identifier.is_none() && m.sector.is_some_and(|sec| sec.private_person());
            if pi == 0 && p.start <= 1 && private_role && !crate::memory::plural_head(&rec.sentence.lower[p.end - 1]) && resolved.iter().all(|r| r.person.is_none()) {
                memory.unnamed_person();
            }
            if m.code.is_some() && !m.metonym_place {
                memory.remember(m);
            } else if m.code.is_none() && remember_resolved {
                // A name resolved now is remembered under its new form too.
                for r in resolved {
                    memory.remember(r);
                }
            }
        }
    }
    // The next "the group": a non-state group that speaks or is the subject.
    if let Some(group) = speaker.iter().chain(subject.iter().flatten()).find(|m| crate::memory::is_non_state_group(m)) {
        memory.last_group = Some(group.clone());
    }
    // The next sentence's "they"/"it": this sentence's group subject; a
    // person as subject ends the chain; no subject at all keeps it.
    if let Some(first) = rec.actors.first().filter(|p| p.start <= 2 && p.start < first_event) {
        // (A person named by office alone is a person too: "A Foreign Office
        // spokesperson said ..." is nobody's "they".)
        let office_holder = office_holder_phrase(rec, dict, first);
        let person_subject = office_holder || first.mentions.iter().any(|m| m.person.is_some() || m.reference == Some(dyad_recognize::Reference::Person));
        if subject.is_some() && !office_holder {
            memory.last_subject = subject;
            memory.last_subject_sentence = memory.sentence;
            // A common noun's number: "the rebels" are plural, "the United
            // States" and "the Philippines" are not.
            memory.last_subject_plural = common_plural_head(rec, first);
            memory.last_role = None;
        } else if person_subject {
            memory.last_subject = None;
            memory.last_role = None;
        }
    }
    out
}

/// Whether a phrase names one person by office alone ("The Kenyan
/// president", "A Foreign Office spokesperson"): one mention with an office,
/// no name and no reference, whose head is a title of one person (the
/// closed class `person_title`), not a body ("the Justice Department").
fn office_holder_phrase(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, p: &ActorPhrase) -> bool {
    let [m] = p.mentions.as_slice() else { return false };
    m.office.is_some() && m.person.is_none() && m.reference.is_none() && dict.closed.is(dyad_dict::WordClass::PersonTitle, &rec.sentence.lower[p.end - 1])
}

/// The entity of a role phrase owned by a possessive pronoun, "its
/// troops", "their fighters", "his forces", or by the phrase right before
/// its "'s" ("the Taliban's leader"): a pronoun's owner is found as "it",
/// "they" or "he" would be within the sentence (the nearest earlier
/// clause's subject, else the sentence's; for "his"/"her" only the
/// sentence's person subject). A state's role keeps its sector in the state's country
/// ("Turkey said its troops" are TUR MIL, not the forces of the place they
/// shelled); a non-state group's people are the group ("the Taliban said
/// their gunmen").
fn owned_role(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, earlier: &[Vec<Mention>], subject: Option<&[Mention]>, person_subject: Option<&Mention>, pi: usize) -> Option<Vec<Mention>> {
    let p = &rec.actors[pi];
    let [role] = p.mentions.as_slice() else { return None };
    if role.code.is_some() || role.reference.is_some() || role.sector.is_none() || role.person.is_some() || role.bare_name {
        return None;
    }
    // "the Taliban's leader", "the rebels' commander": a role owned by the
    // phrase right before it, whose "'s" the phrases leave between them.
    let noun_owner = pi >= 1 && p.start >= 1 && matches!(rec.sentence.lower[p.start - 1].as_ref(), "'s" | "'" | "’s" | "’") && rec.actors[pi - 1].end + 1 == p.start;
    if noun_owner {
        let owners = earlier.get(pi - 1)?;
        return owned_by(role, owners);
    }
    if p.end - p.start < 2 {
        return None;
    }
    let pronoun = rec.sentence.lower[p.start].as_ref();
    let owners: Vec<Mention> = match pronoun {
        "his" | "her" => person_subject.filter(|_| pi > 0).cloned().into_iter().collect(),
        "its" | "their" => {
            let it = pronoun == "its";
            let as_pronoun = if it { "it" } else { "they" };
            let first_plural = rec.actors.first().is_some_and(|f| common_plural_head(rec, f));
            // The nearest clause's subject first ("The UN report came as
            // North Korea said one of its soldiers ..."); never a phrase of
            // another sentence, which the document seldom means.
            clause_subject(rec, dict, earlier, pi, as_pronoun)
                .or_else(|| subject.filter(|_| pi > 0 && !(it && first_plural)).map(<[Mention]>::to_vec))
                .unwrap_or_default()
        }
        _ => return None,
    };
    owned_by(role, &owners)
}

/// The entities of the role `role` owned by `owners`: a state's role in
/// its country, a non-state group's people the group; none when an owner
/// is of no known country or organisation.
fn owned_by(role: &Mention, owners: &[Mention]) -> Option<Vec<Mention>> {
    if owners.is_empty() || owners.iter().any(|o| o.code.is_none() || o.person.is_some()) {
        return None;
    }
    Some(
        owners
            .iter()
            .cloned()
            .map(|owner| {
                let code = owner.code.as_deref().unwrap_or_default();
                let state = dyad_ontology::plover::is_state_code(code) && !crate::memory::is_non_state_group(&owner);
                if state {
                    Mention { code: owner.code.clone(), cameo_code: None, sources: owner.sources.clone(), ..role.clone() }
                } else {
                    let mut group = owner;
                    crate::memory::forget_person(&mut group);
                    group
                }
            })
            .collect(),
    )
}

/// The subject of an earlier clause of the sentence that "it" or "they" at
/// phrase `pi` stands for: the nearest earlier phrase followed by a verb, of
/// a country or organisation (never a person), agreeing in number ("it":
/// one entity with a singular head).
fn clause_subject(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, earlier: &[Vec<Mention>], pi: usize, pronoun: &str) -> Option<Vec<Mention>> {
    let lower = &rec.sentence.lower;
    let it = crate::memory::is_it(pronoun);
    (0..pi).rev().find_map(|j| {
        let p = &rec.actors[j];
        let found = earlier.get(j)?;
        if found.is_empty() || found.iter().any(|m| m.code.is_none() || m.person.is_some()) {
            return None;
        }
        let next = p.end;
        let verb_follows = next < lower.len() && (crate::clause::is_aux_like(dict, &lower[next]) || {
            let c = dict.lexicon.classes(rec.sentence.words[next]);
            c.verb() && !c.noun()
        });
        let plural = common_plural_head(rec, p) || found.len() > 1;
        // (A word before the phrase that may be a preposition opens a clause
        // when a verb follows: "after the regime made".)
        (verb_follows && plural != it).then(|| found.clone())
    })
}

/// The word at `k` opens the main clause right after an opening clause set
/// off by the sentence's first comma ("Offering himself as ..., he").
fn after_opening_clause(rec: &Recognized<'_>, k: usize) -> bool {
    k >= 2 && rec.sentence.lower[k - 1] == "," && !rec.sentence.lower[..k - 1].iter().any(|w| matches!(w.as_ref(), "," | "\"" | ";"))
}

/// The pronoun phrase `pi` follows a verb of saying ("said", "says",
/// "told", "added", with "that" or "who" around it) whose subject right
/// before is a name the dictionaries do not know.
fn said_by_unknown_name(rec: &Recognized<'_>, pi: usize) -> bool {
    let lower = &rec.sentence.lower;
    let mut k = rec.actors[pi].start;
    if k >= 1 && lower[k - 1] == "that" {
        k -= 1;
    }
    if k == 0 || !matches!(lower[k - 1].as_ref(), "said" | "says" | "told" | "added") {
        return false;
    }
    k -= 1;
    if k >= 1 && lower[k - 1] == "who" {
        k -= 1;
        if k >= 1 && lower[k - 1] == "," {
            k -= 1;
        }
    }
    rec.actors[..pi].iter().any(|q| q.end == k && !q.mentions.is_empty() && q.mentions.iter().all(|m| m.code.is_none() && m.reference.is_none() && m.sector.is_none()))
}

/// Who speaks in a sentence that attributes its words ("..., the minister
/// said", "X told reporters"): the actor phrase right before or after the
/// verb of saying, resolved; "we" in the sentence is that speaker's side.
pub(crate) fn speaker_of(rec: &Recognized<'_>, memory: &Memory, text: &str) -> Vec<Mention> {
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

pub(crate) fn entity(m: &Mention, text: &str, span: Span) -> Option<Entity> {
    let code = m.code.clone()?;
    let cameo_code = m.cameo_code.clone().unwrap_or_else(|| format!("{code}{}", m.cameo_roles));
    Some(Entity {
        code,
        sector: m.sector,
        entity_text: text.to_string(),
        identifier_text: m.identifier.clone(),
        office: m.office.clone(),
        cameo_code,
        span,
    })
}

/// The phrase a "they" or "it" at phrase `i` stands for when the sentence
/// opens with an actor named only by its role ("Police in Zaria say they
/// are easing ...", "The ministry said it would ..."): that role's phrase,
/// if its number agrees. The role has no country yet (the coder places it),
/// so the pronoun cannot be resolved like a named subject.
pub(crate) fn role_antecedent(rec: &Recognized<'_>, resolved: &[Vec<Entity>], i: usize) -> Option<usize> {
    let pronoun = rec.actors.get(i)?;
    let lower = &rec.sentence.lower;
    // "he"/"she" after a titled person no dictionary knows ("Bishop
    // Jean-Baptiste Dreyfus said he is suspending ...").
    let person = matches!(lower[pronoun.start].as_ref(), "he" | "she");
    let group = |m: &Mention| m.reference == Some(dyad_recognize::Reference::Group) || (person && m.reference == Some(dyad_recognize::Reference::Person));
    if i == 0 || pronoun.mentions.is_empty() || !pronoun.mentions.iter().all(group) {
        return None;
    }
    // The role opens the sentence, or it is the subject of the verb of
    // saying right before the pronoun ("an Islamic-backed militia says it
    // would cut ties", "police said that they").
    let says = |p: &ActorPhrase| {
        let between = &lower[p.end..pronoun.start];
        !between.is_empty() && between.len() <= 2 && matches!(between[0].as_ref(), "says" | "said" | "say" | "announced" | "stated" | "declared" | "warned" | "insisted") && between.iter().skip(1).all(|w| w == "that")
    };
    let said_they = lower[pronoun.start] == "they";
    let fits = |j: usize| {
        let role = &rec.actors[j];
        // A role is a common noun, so capitals say nothing of its number here.
        let plural = role.end > role.start && crate::memory::plural_head(&lower[role.end - 1]);
        let titled = |m: &Mention| m.person.is_some() || m.office.is_some();
        resolved[j].is_empty()
            && role.mentions.first().is_some_and(|m| m.code.is_none() && m.reference.is_none() && m.sector.is_some() && (if person { titled(m) } else { m.person.is_none() }))
            && (if person { !plural } else { plural == said_they })
    };
    let speaker = (0..i).rev().find(|&j| says(&rec.actors[j]));
    let opener = (rec.actors[0].start <= 1).then_some(0);
    speaker.filter(|&j| fits(j)).or(opener.filter(|&j| fits(j)))
}

/// Whether a phrase ends in a plural common noun ("the rebels", "Assad
/// forces"), not a name that ends in "s" ("the United States", "Mattis").
fn common_plural_head(rec: &Recognized<'_>, p: &ActorPhrase) -> bool {
    p.end > p.start && {
        let head = p.end - 1;
        !rec.sentence.texts[head].starts_with(char::is_uppercase) && crate::memory::plural_head(&rec.sentence.lower[head])
    }
}

/// Re-places the roles of a country's own institutions (police, courts,
/// authorities: sectors COP, JUD, GOV) that the phrase names without a
/// country and that were resolved to another country than `here`, the
/// country of the place the sentence names before them (its name ending at
/// byte `place_end`).
pub(crate) fn domestic_roles_of_place(rec: &Recognized<'_>, resolved: &mut [Vec<Entity>], here: &str, place_end: usize) {
    if !dyad_ontology::plover::is_state_code(here) {
        return;
    }
    for (p, entities) in rec.actors.iter().zip(resolved.iter_mut()) {
        let [m] = p.mentions.as_slice() else { continue };
        if p.span.start < place_end {
            continue;
        }
        let domestic = m.sector.is_some_and(|s| matches!(s, Sector::COP | Sector::JUD | Sector::GOV));
        if !m.role_only || m.code.is_some() || m.reference.is_some() || m.person.is_some() || !domestic {
            continue;
        }
        for e in entities.iter_mut().filter(|e| !e.code.is_empty() && e.code != here && e.identifier_text.is_none()) {
            e.cameo_code = format!("{here}{}", m.cameo_roles);
            e.code = here.to_string();
        }
    }
}

/// Clears the entities of phrases that name no party: some unnamed member
/// states of an intergovernmental body ("the two Nato allies"), or a
/// capital naming a treaty or a process ("the Rome statute").
pub(crate) fn drop_unnamed_parties(rec: &Recognized<'_>, resolved: &mut [Vec<Entity>]) {
    // "the two Nato allies", "EU member states": some of the member
    // states, not the organisation; which ones the phrase does not say.
    for (p, entities) in rec.actors.iter().zip(resolved.iter_mut()) {
        let members = rec.sentence.lower.get(p.end).is_some_and(|w| matches!(w.as_ref(), "allies" | "ally" | "members" | "member" | "partners"));
        // Members of an armed group are the group; those of an
        // intergovernmental body are states.
        if members && !entities.is_empty() && entities.iter().all(|e| matches!(e.code.as_str(), "IGO" | "UNO" | "EUR")) {
            entities.clear();
        }
        // "the Rome statute", "the Minsk agreements", "the Astana talks": a
        // capital naming a treaty or a process, not its government.
        let named_after = rec.sentence.lower.get(p.end).is_some_and(|w| {
            matches!(w.as_ref(), "statute" | "agreement" | "agreements" | "accord" | "accords" | "convention" | "conventions" | "protocol" | "process" | "format" | "declaration" | "talks" | "summit" | "treaty")
        });
        if named_after && !p.mentions.is_empty() && p.mentions.iter().all(|m| m.capital) {
            entities.clear();
        }
    }
}

/// Whether a document is about police more than armed forces: it names
/// police roles (COP) more often than military ones (MIL, and forces made
/// an armed group by a people's word), "officers" aside.
pub(crate) fn about_police(recs: &[Option<Recognized<'_>>]) -> bool {
    let (mut police, mut military) = (0, 0);
    for m in recs.iter().flatten().flat_map(|r| r.actors.iter()).flat_map(|p| p.mentions.iter()) {
        if officers_only(m) {
            continue;
        }
        match m.sector {
            Some(Sector::COP) => police += 1,
            Some(Sector::MIL) => military += 1,
            Some(Sector::REB) if m.sources.iter().any(|s| s == dyad_recognize::NON_STATE_FORCES) => military += 1,
            _ => {}
        }
    }
    police > military
}

/// A mention named only by the word "officer(s)", which may be police or
/// military.
fn officers_only(m: &dyad_recognize::Mention) -> bool {
    m.sector == Some(Sector::MIL) && m.sources.iter().all(|s| s == "agent.officer")
}

/// "officers shot and killed a man": in a document about police, officers
/// named by that word alone are police (COP), not military.
pub(crate) fn police_officers(rec: &mut Recognized<'_>) {
    for m in rec.actors.iter_mut().flat_map(|p| p.mentions.iter_mut()).filter(|m| officers_only(m)) {
        m.sector = Some(Sector::COP);
        m.cameo_roles = "COP".into();
    }
}

/// Whether the token at `t` counts a crowd: a word of the closed class
/// `crowd_number` or a number of hundreds or more ("5,000").
pub(crate) fn crowd_count(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, t: usize) -> bool {
    let w = rec.sentence.lower[t].as_ref();
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    dict.closed.is(dyad_dict::WordClass::CrowdNumber, w) || (digits.len() >= 3 && digits.bytes().all(|b| b.is_ascii_digit()))
}

