//! "rebel-held Idlib", "Isis-controlled towns", "regime-held areas": a place
//! named by who holds it. An attack or siege on it is on its holder, which
//! the place's country alone does not say.

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_recognize::Recognized;

use crate::Entity;

/// The suffixes that name a place by its holder.
const HELD: [&str; 4] = ["-held", "-controlled", "-run", "-occupied"];

/// The holder of a place named in the object of an event word, from token
/// `at` on (up to four words, within the clause): the actor the word
/// before "-held" names ("Isis", "Kurdish", "rebel"), a role of no country
/// being of `here`, the country of the event's place (else the document's).
pub(crate) fn held_by(rec: &Recognized<'_>, dict: &Dictionaries, at: usize, here: Option<&str>, date: NaiveDate) -> Option<Entity> {
    let s = &rec.sentence;
    let end = (at + 4).min(s.tokens.len());
    // (Only the object: "wounding 50 in government-controlled areas" says
    // where the wounded were, not whom the attack was on.)
    let (k, suffix) = (at..end)
        .take_while(|&k| !matches!(s.lower[k].as_ref(), "," | ";" | "." | "and" | "but" | "in" | "at" | "near" | "inside" | "across" | "around" | "from"))
        .find_map(|k| HELD.iter().find(|h| s.lower[k].ends_with(*h) && s.lower[k].len() > h.len()).map(|h| (k, h)))?;
    let word = s.texts[k];
    let holder = &word[..word.len() - suffix.len()];
    // ("long-held", "remote-controlled": only a word that names an actor.)
    let found = dyad_recognize::recognize(holder, dyad_segment::Span { start: 0, end: holder.len() }, dict, date);
    let m = found.actors.first().filter(|p| p.start == 0 && p.end == found.sentence.tokens.len())?.mentions.first()?;
    let span = s.tokens[k].span;
    let (code, cameo_code) = match &m.code {
        Some(code) => (code.clone(), m.cameo_code.clone().unwrap_or_else(|| format!("{code}{}", m.cameo_roles))),
        None => {
            let here = here.filter(|h| dyad_ontology::plover::is_state_code(h))?;
            (here.to_string(), format!("{here}{}", m.cameo_roles))
        }
    };
    Some(Entity { code, sector: m.sector, entity_text: word.to_string(), identifier_text: m.identifier.clone(), office: None, cameo_code, span })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{dict, recognized};

    fn holder(text: &str, here: Option<&str>) -> Option<(String, Option<String>)> {
        let rec = recognized(text);
        let date = NaiveDate::from_ymd_opt(2019, 6, 5).unwrap();
        held_by(&rec, dict(), 0, here, date).map(|e| (e.code, e.sector.map(|s| s.to_string())))
    }

    #[test]
    fn a_place_named_by_its_holder_names_the_holder() {
        assert_eq!(holder("Isis-held towns near the border", None), Some(("IMG".to_string(), Some("REB".to_string()))));
        assert_eq!(holder("rebel-held Idlib", Some("SYR")), Some(("SYR".to_string(), Some("REB".to_string()))));
        // A role of no country needs the event's place.
        assert_eq!(holder("rebel-held Idlib", None), None);
        assert_eq!(holder("long-held positions", Some("SYR")), None);
        // A place of the act, not its object.
        assert_eq!(holder("50 in government-controlled areas", Some("SYR")), None);
    }
}
