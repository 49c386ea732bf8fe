//! Stage: a recipient the event's phrases do not name directly: the holder
//! of a place attacked ("rebel-held Idlib"), the party a threat is glossed
//! as referring to, the country of the place attacked or aided ("Turkey
//! sent aid to Aleppo", "Turkey's offensive against the Kurdish enclave of
//! Afrin": the place the pattern's "+" names, within its noun phrase).

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_ontology::Category;
use dyad_recognize::{Recognized, Trigger};
use dyad_segment::Span;

use crate::Entity;

/// What the stage reads of an event and its sentence.
pub(crate) struct Missing<'a, 'r> {
    pub rec: &'a Recognized<'r>,
    pub dict: &'a Dictionaries,
    pub trig: &'a Trigger,
    pub category: Category,
    /// The event's actor, never its own recipient.
    pub actor: &'a [Entity],
    /// Each actor phrase's entities.
    pub resolved: &'a [Vec<Entity>],
    /// The country of the event's place, and the document's.
    pub here: Option<&'a str>,
    pub main_country: Option<&'a str>,
    pub date: NaiveDate,
    pub places: Option<&'a dyad_geo::DocumentPlaces<'static>>,
    /// The sentence's index in the document, and the document's text.
    pub sentence: usize,
    pub text: &'a str,
    /// The recipient chosen so far is a place phrase.
    pub place_target: bool,
}

/// Completes `recipient` where the stage finds one; the route it took, for
/// `--explain`.
pub(crate) fn recipient(m: &Missing<'_, '_>, recipient: &mut Vec<Entity>) -> Option<&'static str> {
    // Without a "+" slot, the direct object after the event words
    // ("Russian jets bombed Idlib"), not a place of the act ("in").
    let object = || {
        let k = m.trig.end.max(m.trig.anchor + 1);
        let word = m.rec.sentence.lower.get(k).map(|w| w.as_ref()).unwrap_or(".");
        ((m.category != Category::Aid && !m.dict.closed.is(dyad_dict::WordClass::Function, word)) || matches!(word, "the" | "a" | "an")).then_some(k)
    };
    // "shelled rebel-held Idlib", "bombed Isis-held towns": the attack
    // is on the place's holder.
    // (Also over another phrase when the pattern's "+" slot holds the
    // place: "attacks on rebel-held Idlib have displaced 300,000
    // people".)
    if matches!(m.category, Category::Assault | Category::Coerce) && (recipient.is_empty() || m.place_target || m.trig.target_at.is_some()) {
        if let Some(holder) = m.trig.target_at.or_else(object).and_then(|at| crate::holder::held_by(m.rec, m.dict, at, m.here.or(m.main_country), m.date)).filter(|h| !m.actor.iter().any(|a| a.code == h.code && a.sector == h.sector)) {
            *recipient = vec![holder];
            return Some("the holder of the place attacked");
        }
    }
    // 'threatened to "destroy all terror nests", a reference to
    // Kurdish forces': the party the words are glossed as meaning.
    if matches!(m.category, Category::Threaten | Category::Accuse | Category::Reject) && recipient.is_empty() {
        if let Some(i) = crate::recipient::referred_to(m.rec, m.trig) {
            let home = m.here.or(m.main_country).unwrap_or("");
            let found: Vec<Entity> = if m.resolved[i].is_empty() { crate::participants::role_entity(&m.rec.actors[i], home, m.text).into_iter().collect() } else { m.resolved[i].clone() };
            *recipient = found.into_iter().filter(|r| !m.actor.iter().any(|a| a.code == r.code && a.sector == r.sector)).collect();
            if !recipient.is_empty() {
                return Some("the party the words are said to refer to");
            }
        }
    }
    if matches!(m.category, Category::Aid | Category::Assault | Category::Coerce) && recipient.is_empty() {
        if let (Some(at), Some(places)) = (m.trig.target_at.or_else(object), m.places) {
            let tokens = &m.rec.sentence.tokens;
            let reach = if m.category == Category::Aid { 3 } else { 6 };
            let stop = (at..(at + reach).min(tokens.len())).find(|&k| matches!(m.rec.sentence.lower[k].as_ref(), "," | ";" | "." | "and" | "but")).unwrap_or((at + reach).min(tokens.len()));
            let in_slot = |sp: Span| (at..stop).any(|k| tokens[k].span.start == sp.start);
            let found = places.in_sentence(m.sentence).find(|p| in_slot(p.span)).and_then(|p| Some((crate::location::dyad_country(p.record)?, p.span)));
            if let Some((code, span)) = found.filter(|(c, _)| !m.actor.iter().any(|a| &a.code == c)) {
                recipient.push(Entity { cameo_code: code.clone(), code, sector: None, entity_text: span.text(m.text).to_string(), identifier_text: None, office: None, span });
                return Some(if m.category == Category::Aid { "the place the aid goes to, its country" } else { "the place attacked, its country" });
            }
        }
    }
    None
}
