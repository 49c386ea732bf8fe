//! Stage: which actor phrases are an event word's objects, and which of
//! them names its recipient: the passive's subject, else the first object
//! that names somebody other than the actor, never a place said with a
//! preposition ("into the country"), never what describes a "by" agent.

use dyad_dict::{Dictionaries, EventPattern};
use dyad_ontology::plover::Sector;
use dyad_recognize::{Recognized, Trigger};

use crate::clause::{objects, subject};
use crate::Entity;

/// The objects of an event word and the recipient among them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Objects {
    /// Indexes of the actor phrases that are objects, in order.
    pub phrases: Vec<usize>,
    /// The phrase that names the recipient, if any.
    pub chosen: Option<usize>,
}

fn index_of(rec: &Recognized<'_>, p: &dyad_recognize::ActorPhrase) -> Option<usize> {
    rec.actors.iter().position(|q| std::ptr::eq(q, p))
}

/// Chooses the recipient phrase of the event word at `trig`. `resolved`
/// holds each phrase's entities, `src` the actor's phrase, `by_agent` the
/// phrase of a nominal event's "by" agent or possessor; `subject_is_victim`
/// says the clause's subject is acted on (a passive, "was hit by a cyber
/// attack").
#[allow(clippy::too_many_arguments)]
pub(crate) fn choose(
    rec: &Recognized<'_>,
    dict: &Dictionaries,
    resolved: &[Vec<Entity>],
    trig: &Trigger,
    pattern: &EventPattern,
    regions: &[(usize, usize)],
    src: Option<usize>,
    by_agent: Option<usize>,
    subject_is_victim: bool,
) -> Objects {
    // "the country" after a preposition of place says where ("into
    // the country", "in the east of the country"), not whom ("aid to
    // the country", "attacks against the country").
    let where_not_whom = |i: usize| {
        let p = &rec.actors[i];
        p.mentions.iter().any(|m| m.reference == Some(dyad_recognize::Reference::Country))
            && p.start > 0
            && dict.closed.is(dyad_dict::WordClass::Preposition, &rec.sentence.lower[p.start - 1])
            && !matches!(rec.sentence.lower[p.start - 1].as_ref(), "to" | "against" | "with" | "on")
    };
    let phrases: Vec<usize> = objects(&rec.sentence, dict, &rec.actors, trig, pattern.options.intransitive, pattern.options.reciprocal)
        .into_iter()
        .filter_map(|p| index_of(rec, p))
        .filter(|&i| !where_not_whom(i))
        // A mobilisation's own words name the forces moved ("sent aircraft
        // to buzz Greek islands"), not whom they are moved against.
        .filter(|&i| pattern.category != Some(dyad_ontology::Category::Mobilize) || !trig.words.iter().any(|&w| rec.actors[i].start <= w && w < rec.actors[i].end))
        // "shelling of Idlib by forces loyal to Assad": the recipient
        // stands before the agent; what follows it describes the agent.
        // (A possessor stands before the noun: "Isis's assault on a people".)
        .filter(|&i| by_agent.is_none_or(|a| rec.actors[a].start < trig.anchor || rec.actors[i].start < rec.actors[a].start))
        // "launched an offensive into Afrin spearheaded by its rebel
        // allies": the agent of another participle is nobody's object.
        .filter(|&i| !agent_of_another_participle(rec, dict, trig, rec.actors[i].start))
        // "launched attacks on behalf of the government": whose side an
        // act is on, not whom it is done to.
        .filter(|&i| !on_behalf_of(rec, rec.actors[i].start))
        .collect();
    let chosen = if subject_is_victim {
        subject(&rec.sentence, dict, &rec.actors, trig, regions).and_then(|p| index_of(rec, p))
    } else {
        // The first object that names somebody; one that only names
        // the actor again ("reiterated his country's support for X")
        // yields to a later one. A role before them ("arrested
        // opposition supporters during a rally in Kampala") is the
        // object: it is placed in a country by the coder.
        // Not the actor's own forces, which are what it moves or
        // offers ("offered its troops to", "mobilized army reservists").
        let role_like = |i: usize| {
            let p = &rec.actors[i];
            let own = p.start > 0 && matches!(rec.sentence.lower[p.start - 1].as_ref(), "its" | "their" | "his" | "her" | "our");
            resolved[i].is_empty()
                && !own
                && p.mentions.first().is_some_and(|m| m.code.is_none() && m.reference.is_none() && m.sector.is_some_and(|sec| !matches!(sec, Sector::MIL | Sector::COP | Sector::SPY)))
        };
        // ("arrested Sarah Jenkinson in Tehran": a person the dictionaries
        // do not know is the object all the same; a place after it is no
        // recipient.)
        let unknown_person = |i: usize| {
            let p = &rec.actors[i];
            let name_words = (p.start..p.end).all(|k| rec.sentence.texts[k].chars().next().is_some_and(char::is_uppercase) && rec.sentence.texts[k].chars().all(char::is_alphabetic));
            resolved[i].is_empty() && p.start == trig.end.max(trig.anchor + 1) && (2..=3).contains(&(p.end - p.start)) && name_words && !rec.sentence.uniform_case && p.mentions.iter().any(|m| m.bare_name)
        };
        let candidates: Vec<usize> = phrases.iter().copied().filter(|&i| Some(i) != src).take_while(|&i| !role_like(i) && !unknown_person(i)).filter(|&i| !resolved[i].is_empty()).collect();
        let actor_codes: Vec<&str> = src.map(|a| resolved[a].iter().map(|e| e.code.as_str()).collect()).unwrap_or_default();
        let only_actor = |i: usize| resolved[i].iter().all(|e| actor_codes.contains(&e.code.as_str()));
        candidates.iter().copied().find(|&i| !only_actor(i)).or(candidates.first().copied())
    };
    Objects { phrases, chosen }
}

/// The actor phrase a threat or accusation is glossed as referring to,
/// later in its sentence: 'threatened to "destroy all terror nests", a
/// reference to Kurdish forces', "..., referring to the YPG".
pub(crate) fn referred_to(rec: &Recognized<'_>, trig: &Trigger) -> Option<usize> {
    let lower = &rec.sentence.lower;
    let from = trig.end.max(trig.anchor + 1);
    let to = (from + 1..lower.len()).find(|&k| lower[k] == "to" && matches!(lower[k - 1].as_ref(), "reference" | "referring" | "alluding" | "allusion"))?;
    rec.actors.iter().position(|p| p.start > to && p.start <= to + 3)
}

/// The phrase at `start` follows "on behalf of" or "in the name of".
fn on_behalf_of(rec: &Recognized<'_>, start: usize) -> bool {
    let lower = &rec.sentence.lower;
    start >= 2 && lower[start - 1] == "of" && (lower[start - 2] == "behalf" || (start >= 3 && lower[start - 2] == "name" && lower[start - 3] == "the"))
}

/// The phrase at `start` follows "by" after a past participle that is not
/// the event word's own. (Not one of holding: "attacking areas controlled
/// by jihadists", "territory occupied by Islamic State" name the side
/// attacked.)
fn agent_of_another_participle(rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger, start: usize) -> bool {
    let lower = &rec.sentence.lower;
    // (Or of having taken it: "towns captured by rebels".)
    // (Nor of owing: "cancelled debt owed by Ivory Coast" names whom the
    // relief is for.)
    let holding = |w: &str| dict.closed.is(dyad_dict::WordClass::HoldingParticiple, w) || matches!(w, "seized" | "captured" | "owed");
    start >= 2
        && lower[start - 1] == "by"
        && !trig.words.contains(&(start - 2))
        && start - 2 != trig.anchor
        && (lower[start - 2].ends_with("ed") || lower[start - 2].ends_with("en"))
        && !holding(&lower[start - 2])
}

/// A protest without a named target is addressed to the authorities of the
/// country it takes place in ("demonstrated in Serbia"). Without a place,
/// it is the protesters' own government (of the first actor); such an
/// inferred recipient names no words (empty `entity_text`). None for an
/// organisation's code.
pub(crate) fn protest_addressee(place: Option<&crate::Place>, actor: Option<&Entity>, text: &str) -> Option<Entity> {
    let at_place = place.and_then(|p| Some((p.country_code.clone()?, p.span?)));
    let (code, entity_text, span) = match at_place {
        Some((code, span)) => (code, text[span.start..span.end].to_string(), span),
        None => actor.map(|a| (a.code.clone(), String::new(), dyad_segment::Span { start: a.span.start, end: a.span.start }))?,
    };
    if dyad_ontology::plover::is_international_entity(&code) {
        return None;
    }
    Some(Entity { cameo_code: format!("{code}GOV"), code, sector: Some(Sector::GOV), entity_text, identifier_text: None, office: None, span })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{dict, recognized};
    use crate::memory::Memory;

    /// The recipient's words for the first event word of `text`, with the
    /// first phrase as the actor.
    fn recipient(text: &str, passive: bool) -> Option<String> {
        let d = dict();
        let rec = recognized(text);
        let resolved = crate::participants::resolve_all(&rec, d, &mut Memory::default(), text);
        let trig = rec.triggers.first().expect("an event word");
        let pattern = &d.patterns[trig.pattern];
        let src = (!passive).then_some(0);
        let o = choose(&rec, d, &resolved, trig, pattern, &[], src, None, passive);
        o.chosen.map(|i| text[rec.actors[i].span.start..rec.actors[i].span.end].to_string())
    }

    #[test]
    fn the_first_object_that_names_somebody_else() {
        assert_eq!(recipient("Russia attacked Ukraine on Monday.", false).as_deref(), Some("Ukraine"));
        // The actor's own country again yields to a later object.
        assert_eq!(recipient("France reiterated its support for Lebanon.", false).as_deref(), Some("Lebanon"));
        // Another participle's agent is nobody's object; a holder names the side.
        assert_eq!(recipient("Turkey attacked Kurdish towns backed by the United States.", false), None);
        assert_eq!(recipient("Turkey attacked Kurdish towns held by Syria.", false).as_deref(), Some("Syria"));
    }

    #[test]
    fn a_protest_is_addressed_to_the_authorities_where_it_takes_place() {
        let text = "Thousands protested in Belgrade.";
        let span = dyad_segment::Span { start: 23, end: 31 };
        let place = crate::Place { extracted_place: "Belgrade".into(), country_code: Some("SRB".into()), span: Some(span), geo: None, admin1: None };
        let e = protest_addressee(Some(&place), None, text).expect("the Serbian authorities");
        assert_eq!((e.code.as_str(), e.cameo_code.as_str(), e.entity_text.as_str()), ("SRB", "SRBGOV", "Belgrade"));
        // Without a place: the protesters' own government, naming no words.
        let protesters = Entity { code: "KEN".into(), cameo_code: "KENCVL".into(), sector: Some(Sector::CVL), entity_text: "Kenyans".into(), identifier_text: None, office: None, span: dyad_segment::Span { start: 0, end: 7 } };
        let e = protest_addressee(None, Some(&protesters), text).expect("the Kenyan government");
        assert_eq!((e.code.as_str(), e.entity_text.as_str()), ("KEN", ""));
        // An organisation has no authorities to protest to.
        let un = Entity { code: "UNO".into(), cameo_code: "UNO".into(), ..protesters };
        assert!(protest_addressee(None, Some(&un), text).is_none());
    }

    #[test]
    fn the_passive_subject_is_acted_on() {
        assert_eq!(recipient("Turkey was attacked by Syria on Monday.", true).as_deref(), Some("Turkey"));
    }
}
