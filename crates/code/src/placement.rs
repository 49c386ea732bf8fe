//! Stage: the country of an actor named only by its role or title
//! ("police", "opposition leaders", "Archbishop X"), which no dictionary
//! gives: the event's place, else the document's, else none.

use dyad_recognize::Recognized;

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
pub(crate) fn role_actor(rec: &Recognized<'_>, i: usize, surely_subject: bool, here: Option<&str>, main_country: Option<&str>, text: &str, memory: &mut Memory) -> Vec<Entity> {
    let p = &rec.actors[i];
    let doc_home = main_country.filter(|_| surely_subject);
    let person = p.mentions.first().is_some_and(|m| m.person.is_some());
    let home = if person { doc_home } else { here.or(doc_home) };
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
    }
    placed
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use chrono::NaiveDate;
    use dyad_dict::Dictionaries;
    use dyad_recognize::recognize;
    use dyad_segment::Span;

    use super::*;

    fn dict() -> &'static Dictionaries {
        static D: OnceLock<Dictionaries> = OnceLock::new();
        D.get_or_init(|| Dictionaries::builtin().expect("built-in dictionaries"))
    }

    /// The code and sector given to the first phrase of `text`.
    fn placed(text: &str, surely_subject: bool, here: Option<&str>, main: Option<&str>) -> Vec<(String, String)> {
        let rec = recognize(text, Span { start: 0, end: text.len() }, dict(), NaiveDate::from_ymd_opt(2019, 6, 5).unwrap());
        role_actor(&rec, 0, surely_subject, here, main, text, &mut Memory::default())
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
}
