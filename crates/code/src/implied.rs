//! Stage: the actor an act implies when the report names none. Some acts
//! say who did them by what they are: only the authorities arrest, deport
//! or convict; an attack told by its means ("a roadside bomb killed") with
//! nobody named is by unidentified armed actors (PLOVER's `UAF`); a
//! cyberattack nobody is named for ("the site was hit by a cyber attack")
//! is by an unidentified actor (`UNK`) of no country. Such an actor names
//! no words: its `entity_text` is empty and its span is empty.

use dyad_ontology::plover::{is_international_entity, Sector};
use dyad_recognize::{Recognized, Trigger};
use dyad_segment::Span;

use crate::event::{Entity, Place};

/// An entity of `code` and `sector` that names no words, anchored at the
/// event word.
pub(crate) fn unnamed(rec: &Recognized<'_>, trig: &Trigger, code: String, sector: Sector) -> Entity {
    let at = rec.sentence.tokens[trig.anchor].span.start;
    Entity {
        cameo_code: format!("{code}{sector}"),
        code,
        sector: Some(sector),
        entity_text: String::new(),
        identifier_text: None,
        office: None,
        span: Span { start: at, end: at },
    }
}

/// What the coder knows of an act whose actor it looks for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Case<'a> {
    /// The act's CAMEO code.
    pub cameo_code: &'a str,
    /// An attack told by its means, its perpetrator unnamed.
    pub by_means: bool,
    /// The clause names an actor phrase (which named no entity).
    pub named: bool,
    /// The verb is passive.
    pub passive: bool,
    /// Neither future nor hypothetical.
    pub real: bool,
    /// The document is about police (`participants::about_police`).
    pub police_document: bool,
}

/// The actor an act implies when the report names none: unidentified armed
/// actors for an attack told by its means, an unidentified hacker for a
/// cyberattack, the authorities for a passive act only they perform.
pub(crate) fn actor(case: Case<'_>, rec: &Recognized<'_>, trig: &Trigger, place: Option<&Place>, main_country: Option<&str>) -> Option<Entity> {
    if case.by_means {
        Some(unidentified_armed(rec, trig, place, main_country))
    } else if dyad_ontology::cameo::cyber_attack(case.cameo_code) && !case.named && case.real {
        Some(unidentified_hacker(rec, trig))
    } else if case.passive && !case.named && case.real {
        authorities(case.cameo_code, rec, trig, place, main_country, case.police_document)
    } else {
        None
    }
}

/// "was arrested in Lebanon", "were convicted in Pyongyang": an act only
/// the authorities perform (ontology: `cameo::authorities_act`), reported
/// without its agent but with "in" its place right after the verb, is by
/// the authorities of that place's country. Only then for arrests (in a war
/// armed groups detain too, and a document's country is not where its
/// people were arrested), unless the document is a report about police. Convictions are by the courts of the sentence's
/// place, else of the document's country.
fn authorities(cameo_code: &str, rec: &Recognized<'_>, trig: &Trigger, place: Option<&Place>, main_country: Option<&str>, police_document: bool) -> Option<Entity> {
    // ("a 33-year-old man has been released on police bail", "the suspect
    // was freed": in a report about police, a release is theirs or, on
    // bail, a court's; elsewhere whoever held the captives may have freed
    // them.)
    let release = cameo_code == "0841" && (police_document || trig.words.iter().any(|&w| rec.sentence.lower.get(w + 1).is_some_and(|n| n == "on") && rec.sentence.lower.get(w + 2).is_some_and(|b| b == "bail" || b == "police")));
    let mut sector = match dyad_ontology::cameo::authorities_act(cameo_code) {
        Some(sector) => sector,
        None if release => Sector::COP,
        None => return None,
    };
    if release && (rec.sentence.lower.iter().any(|w| w == "bail") && !rec.sentence.lower.iter().any(|w| w == "police")) {
        sector = Sector::JUD;
    }
    // "was sentenced to death": a detention only a court orders.
    // ("was granted bail": a release only a court grants.)
    if rec.sentence.lower[trig.anchor].starts_with("sentenc") || trig.words.iter().any(|&w| rec.sentence.lower[w] == "bail") {
        sector = Sector::JUD;
    }
    // Only prosecutors charge or indict; anybody may accuse.
    if cameo_code == "1121" && !matches!(rec.sentence.lower[trig.anchor].as_ref(), "charged" | "indicted") {
        return None;
    }
    // "the curfew was lifted": by the government of the sentence's place,
    // else of the country the document is about.
    // (Of no known country when neither names one: the act still stands,
    // PLOVER allows an entity with a sector and no code.)
    if sector == Sector::GOV {
        return Some(unnamed(rec, trig, place_or_document_country(place, main_country).unwrap_or_default(), sector));
    }
    // "were convicted", "was found guilty": only courts convict, and an
    // armed group's court is news of its own; the court is of the place
    // the sentence names, else of the country the document is about.
    if sector == Sector::JUD {
        // Not in a relative clause ("US citizens who had been convicted"):
        // whose court convicted them is the clause's background.
        let a = trig.start.min(trig.anchor);
        if (a.saturating_sub(4)..a).any(|k| matches!(rec.sentence.lower[k].as_ref(), "who" | "which" | "that" | "whom")) {
            return None;
        }
        return Some(unnamed(rec, trig, place_or_document_country(place, main_country).unwrap_or_default(), sector));
    }
    // "was arrested", "were arrested": the word itself says the police (an
    // armed group abducts, seizes or detains), of the place the sentence
    // puts it in, else of no known country (not the document's: "Britons
    // have been arrested upon returning from Syria").
    let arrest_word = rec.sentence.lower[trig.anchor].starts_with("arrest");
    // In a report about police ("a suspect was taken into custody"), the
    // police arrested: of the place's country, else the document's, else
    // of no known country.
    if police_document {
        return Some(unnamed(rec, trig, place_or_document_country(place, main_country).unwrap_or_default(), sector));
    }
    let unplaced = || arrest_word.then(|| unnamed(rec, trig, String::new(), sector));
    let Some(place) = place else { return unplaced() };
    let Some(span) = place.span else { return unplaced() };
    let tokens = &rec.sentence.tokens;
    let end = trig.end.max(trig.anchor + 1);
    let placed_here = (end..(end + 3).min(tokens.len())).any(|k| {
        rec.sentence.lower[k] == "in" && k + 1 < tokens.len() && tokens[k + 1].span.start <= span.start && span.start <= tokens[(k + 2).min(tokens.len() - 1)].span.start
    });
    match place.country_code.clone().filter(|c| placed_here && !is_international_entity(c)) {
        Some(code) => Some(unnamed(rec, trig, code, sector)),
        None => unplaced(),
    }
}

/// "a roadside bomb killed", "killed by an IED": unidentified armed actors
/// of the country where it happened, else of the document's country, else
/// known only by their sector.
fn unidentified_armed(rec: &Recognized<'_>, trig: &Trigger, place: Option<&Place>, main_country: Option<&str>) -> Entity {
    unnamed(rec, trig, place_or_document_country(place, main_country).unwrap_or_default(), Sector::UAF)
}

/// The country of the event's place, else of the document; never an
/// organisation's code.
fn place_or_document_country(place: Option<&Place>, main_country: Option<&str>) -> Option<String> {
    place.and_then(|p| p.country_code.clone()).or_else(|| main_country.map(str::to_string)).filter(|c| !is_international_entity(c))
}

/// "a massive cyberattack crippled the network", "the system was hacked":
/// an unidentified actor of no country. Where an attack on computers comes
/// from is what the report does not know; the victim's country is not it.
fn unidentified_hacker(rec: &Recognized<'_>, trig: &Trigger) -> Entity {
    unnamed(rec, trig, String::new(), Sector::UNK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::recognized;

    fn case(cameo_code: &str, by_means: bool, passive: bool) -> Case<'_> {
        Case { cameo_code, by_means, named: false, passive, real: true, police_document: false }
    }

    #[test]
    fn the_actor_an_act_implies() {
        let rec = recognized("A roadside bomb killed three soldiers.");
        let trig = &rec.triggers[0];
        // An attack by its means: unidentified armed actors of the document's country.
        let e = actor(case("180", true, false), &rec, trig, None, Some("AFG")).expect("an implied actor");
        assert_eq!((e.code.as_str(), e.sector, e.entity_text.as_str()), ("AFG", Some(Sector::UAF), ""));
        // A cyberattack nobody is named for: an unidentified actor of no country.
        let e = actor(case("176", false, false), &rec, trig, None, Some("AFG")).expect("a hacker");
        assert_eq!((e.code.as_str(), e.sector), ("", Some(Sector::UNK)));
        // An active attack nobody is named for implies nobody; nor does a
        // future one.
        assert!(actor(case("180", false, false), &rec, trig, None, Some("AFG")).is_none());
        assert!(actor(Case { real: false, ..case("176", false, false) }, &rec, trig, None, Some("AFG")).is_none());
    }

    #[test]
    fn a_party_banned_in_the_passive_is_banned_by_the_government() {
        let rec = recognized("The opposition party has been outlawed.");
        let trig = &rec.triggers[0];
        let e = actor(case("1722", false, true), &rec, trig, None, Some("BGR")).expect("the government");
        assert_eq!((e.code.as_str(), e.sector), ("BGR", Some(Sector::GOV)));
        // With no country to place it, the government is of no known
        // country: the act still stands.
        let e = actor(case("1722", false, true), &rec, trig, None, None).expect("a government of no known country");
        assert_eq!((e.code.as_str(), e.sector), ("", Some(Sector::GOV)));
    }
}
