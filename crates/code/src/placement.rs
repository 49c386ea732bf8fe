//! Stage: the country of an actor named only by its role or title
//! ("police", "opposition leaders", "Archbishop X"), which no dictionary
//! gives: the event's place, else the document's, else none.

use dyad_recognize::{ActorPhrase, Recognized};

use crate::memory::Memory;
use crate::participants::{role_entity, stateless_role_entity};
use crate::Entity;

/// The entity of the actor phrase `i`, named only by its role. A role takes
/// the country of the event's place (`here`); without one, a role that is
/// surely the clause's subject (it opens the sentence, or the tree or a
/// "by" says so) takes the country the document is about (`main_country`),
/// else no country; a role found only by word order deeper in the sentence
/// gives no actor. A person with a title no dictionary knows ("Archbishop
/// X") travels: the document's country, never the place's, is theirs. A
/// role that opens the sentence is remembered for the next "they".
#[allow(clippy::too_many_arguments)]
pub(crate) fn role_actor(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, i: usize, surely_subject: bool, here: Option<&str>, main_country: Option<&str>, text: &str, memory: &mut Memory) -> Vec<Entity> {
    let p = &rec.actors[i];
    // "foreign diplomats in Moscow", "international observers": others in
    // the country, of no country the report names.
    let outsiders = p.start > 0 && dict.closed.is(dyad_dict::WordClass::OutsiderAdjective, &rec.sentence.lower[p.start - 1]);
    // "our government", "my country" outside a quote: the writer's, whom
    // neither the event's place nor the document's country tells (a
    // reader's letter about Syria is written from Britain). (Quoted, they
    // are a speaker's, most often of the country the story is about.)
    let lower = &rec.sentence.lower;
    let quoted = lower[..p.start].iter().filter(|w| w.as_ref() == "\"").count() % 2 == 1;
    let first_person = !quoted && possessed_by(rec, p, &["our", "my"]);
    let doc_home = main_country.filter(|_| surely_subject && !outsiders && !first_person);
    let person = p.mentions.first().is_some_and(|m| m.person.is_some());
    let home = if person || outsiders || first_person { doc_home } else { here.or(doc_home) };
    let Some(home) = home else {
        return if surely_subject { stateless_role_entity(p, text).into_iter().collect() } else { Vec::new() };
    };
    let placed: Vec<Entity> = role_entity(p, home, text).into_iter().collect();
    // "The teachers are on strike. They demand ...": a role that opens the
    // sentence is the next "they".
    if p.start <= 1 && !placed.is_empty() {
        let mut m = p.mentions[0].clone();
        m.code = Some(home.to_string());
        let plural = crate::memory::plural_head(&rec.sentence.lower[p.end - 1]);
        memory.last_subject = None;
        memory.last_role = Some((m, plural));
        memory.last_subject_sentence = memory.sentence;
    }
    placed
}

/// Whether the phrase opens with, or follows right after, one of the
/// possessives `words` ("our government", "its fighters").
fn possessed_by(rec: &Recognized<'_>, p: &ActorPhrase, words: &[&str]) -> bool {
    [p.start.checked_sub(1), Some(p.start)].into_iter().flatten().any(|k| words.contains(&rec.sentence.lower[k].as_ref()))
}

/// What the recipient stage knows of an event word.
pub(crate) struct RecipientCase<'a> {
    /// The event word's object phrases, in order.
    pub objects: &'a [usize],
    /// The phrase chosen as recipient by the objects stage, if any.
    pub chosen: Option<usize>,
    /// The actor's phrase.
    pub src: Option<usize>,
    /// The verb is passive (its subject is acted on).
    pub passive: bool,
    /// The act is hostile (a conflict category).
    pub hostile: bool,
    /// The act helps its recipient (SUPPORT, AID, COOPERATE).
    pub helping: bool,
    /// The country of the event's place.
    pub here: Option<&'a str>,
    /// The country the document is about.
    pub main_country: Option<&'a str>,
    /// The actor's country.
    pub actor_country: Option<&'a str>,
}

/// The recipient an event word ends with.
pub(crate) struct Recipient {
    /// Its phrase.
    pub phrase: Option<usize>,
    /// Its entities.
    pub entities: Vec<Entity>,
    /// How a role was placed, for `--explain`, when one was.
    pub route: Option<&'static str>,
}

/// The recipient of an event word. A chosen phrase that names somebody is
/// the recipient as it is. Without one, a role among the objects ("fired on
/// demonstrators", "opposition supporters") is of the country where the
/// event happens; for a hostile act without a place, of the country the
/// document is about ("Russian jets target civilians" in a report on Syria:
/// Syrian civilians), not the attacker's; else of the actor's own country.
/// An organisation's code (IMG, UNO, EUR ...) is no country: the recipients
/// of an international body are of the document's country, else of none.
/// A passive's subject named only by its role ("More than 100 pro-regime
/// fighters were killed by American forces") is of the place's country,
/// else, for a hostile act, of the document's unless it is the actor's,
/// else of none (never the actor's, whose victims they seldom are). A
/// regional construct ("European forces") is no recipient.
pub(crate) fn role_recipient(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, resolved: &mut [Vec<Entity>], case: RecipientCase<'_>, text: &str) -> Recipient {
    let regional = |i: usize| crate::participants::regional_role(rec, dict, i);
    let role_target = case.chosen.is_none();
    let mut route = None;
    let phrase = case.chosen.or_else(|| {
        // (An international body's recipients, "the WFP fed 25,000 people",
        // are of the country the document is about too.)
        let international_actor = case.actor_country.is_some_and(dyad_ontology::plover::is_international_entity);
        let doc_home = case.main_country.filter(|_| case.hostile || international_actor);
        // An organisation's code (IMG, IGO, UNO ...) is no country to place
        // a role in: "Isis members surrendered to Kurdish forces" are not
        // Isis's forces.
        let actor_country = case.actor_country.filter(|c| !dyad_ontology::plover::is_international_entity(c));
        // Of no known country rather than of the organisation's code.
        let stateless = international_actor.then_some("");
        let home = case.here.or(doc_home).or(actor_country).or(stateless);
        // "The US has backed rebel groups": rebels a state helps are not its
        // own (unless it says so: "its fighters"); of the place's or the
        // document's country, else of none.
        let own = |i: usize| possessed_by(rec, &rec.actors[i], &["its", "their", "our"]);
        let rebels = |i: usize| rec.actors[i].mentions.first().and_then(|m| m.sector) == Some(dyad_ontology::plover::Sector::REB) && !own(i);
        let rebels_home = case.here.or(case.main_country.filter(|c| Some(*c) != actor_country && !dyad_ontology::plover::is_international_entity(c))).unwrap_or("");
        let home_of = |i: usize| if case.helping && rebels(i) { Some(rebels_home) } else { home };
        // ("urged western diplomats to bring the opposition down": the
        // addressee is a regional group of no country; a role after it is
        // no recipient.)
        let (i, e) = case
            .objects
            .iter()
            .copied()
            .take_while(|&i| !regional(i))
            .filter(|&i| Some(i) != case.src && resolved[i].is_empty())
            .find_map(|i| Some((i, role_entity(&rec.actors[i], home_of(i)?, text)?)))?;
        resolved[i] = vec![e];
        Some(i)
    });
    if role_target && phrase.is_some() {
        route = Some("a role after the event words, of the event's country");
    }
    let mut entities: Vec<Entity> = phrase.filter(|t| Some(*t) != case.src).map(|i| resolved[i].clone()).unwrap_or_default();
    if let Some(i) = phrase.filter(|&t| Some(t) != case.src && !role_target && case.passive && entities.is_empty()) {
        // An empty country code is PLOVER's entity of no known country.
        // (A hostile act's victims without a place are of the document's
        // country, as its objects are.)
        let home = case.here.or(case.main_country.filter(|c| case.hostile && !dyad_ontology::plover::is_international_entity(c) && case.actor_country != Some(*c))).unwrap_or("");
        if let Some(e) = role_entity(&rec.actors[i], home, text).filter(|_| !regional(i)) {
            entities.push(e);
            route = Some("the passive's subject, a role, of the event's country");
        }
    }
    // "Mehmet Aksoy was killed by Isis fighters": a person no dictionary
    // knows, named as the victim of a hostile act, is its recipient.
    if let Some(i) = phrase.filter(|&t| Some(t) != case.src && entities.is_empty() && case.hostile) {
        if let Some(e) = named_victim(rec, resolved, i, case.main_country, text) {
            entities.push(e);
            route = Some("a person named as the victim, of the nationality before the name, else the document's country");
        }
    }
    Recipient { phrase, entities, route }
}

/// The entity of phrase `i` when it is only a person's whole name no
/// dictionary knows: of the nationality written right before it ("the British
/// film-maker Mehmet Aksoy"), else of the country the document is about;
/// none without either. Its sector is unknown.
fn named_victim(rec: &Recognized<'_>, resolved: &[Vec<Entity>], i: usize, main_country: Option<&str>, text: &str) -> Option<Entity> {
    let p = &rec.actors[i];
    let [m] = p.mentions.as_slice() else { return None };
    // (A whole name: one capitalised word may be anybody's surname, or no
    // name at all, "When" opening a sentence.)
    if m.person.is_none() || m.code.is_some() || m.reference.is_some() || m.sector.is_some() || p.end - p.start < 2 {
        return None;
    }
    let nationality = rec.actors.iter().position(|q| q.end == p.start || (q.end + 1 == p.start && !rec.sentence.texts[q.end].starts_with(char::is_uppercase))).and_then(|j| match resolved[j].as_slice() {
        [e] if e.sector.is_none() && !e.code.is_empty() && !dyad_ontology::plover::is_international_entity(&e.code) => Some(e.code.clone()),
        _ => None,
    });
    let code = nationality.or_else(|| main_country.map(str::to_string))?;
    Some(Entity { cameo_code: code.clone(), code, sector: None, entity_text: text[p.span.start..p.span.end].to_string(), identifier_text: None, office: None, span: p.span })
}

#[cfg(test)]
mod tests {


    use super::*;
    use crate::test_support::{dict, recognized};

    /// The code and sector given to the first phrase of `text`.
    fn placed(text: &str, surely_subject: bool, here: Option<&str>, main: Option<&str>) -> Vec<(String, String)> {
        let rec = recognized(text);
        role_actor(&rec, dict(), 0, surely_subject, here, main, text, &mut Memory::default())
            .into_iter()
            .map(|e| (e.code, e.sector.map(|s| s.to_string()).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_role_takes_the_place_then_the_document_then_no_country() {
        let police = "Police arrested 20 people.";
        assert_eq!(placed(police, true, Some("IND"), Some("PAK")), [("IND".to_string(), "COP".to_string())]);
        assert_eq!(placed(police, true, None, Some("PAK")), [("PAK".to_string(), "COP".to_string())]);
        assert_eq!(placed(police, true, None, None), [(String::new(), "COP".to_string())]);
        // Found only by word order deeper in a sentence: no actor.
        assert!(placed(police, false, None, Some("PAK")).is_empty());
    }

    #[test]
    fn a_role_recipient_takes_the_place_or_for_hostile_acts_the_document() {
        let d = dict();
        let text = "Police fired on demonstrators.";
        let rec = recognized(text);
        let recipient = |here: Option<&str>, hostile: bool| {
            let mut resolved: Vec<Vec<Entity>> = vec![Vec::new(); rec.actors.len()];
            let case = RecipientCase { objects: &[1], chosen: None, src: Some(0), passive: false, hostile, helping: false, here, main_country: Some("SYR"), actor_country: Some("TUR") };
            role_recipient(&rec, d, &mut resolved, case, text).entities.into_iter().map(|e| e.code).collect::<Vec<_>>()
        };
        assert_eq!(recipient(Some("KEN"), true), ["KEN"]);
        assert_eq!(recipient(None, true), ["SYR"]);
        assert_eq!(recipient(None, false), ["TUR"]);
        // An organisation's code is no country for a role: the document's, else none.
        let international = |main: Option<&str>| {
            let mut resolved: Vec<Vec<Entity>> = vec![Vec::new(); rec.actors.len()];
            let case = RecipientCase { objects: &[1], chosen: None, src: Some(0), passive: false, hostile: false, helping: false, here: None, main_country: main, actor_country: Some("UNO") };
            role_recipient(&rec, d, &mut resolved, case, text).entities.into_iter().map(|e| e.code).collect::<Vec<_>>()
        };
        assert_eq!(international(Some("SYR")), ["SYR"]);
        assert_eq!(international(None), [""]);
    }
}
