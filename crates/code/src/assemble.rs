//! Stage: an event's final form once its act, actor and recipient are
//! known: PLOVER's rules on the parties (hosts, reciprocal events,
//! self-directed events, required recipients), its modes and contexts, the
//! evidence it came from, and its `--explain` line.

use dyad_dict::EventPattern;
use dyad_ontology::plover::Sector;
use dyad_ontology::Category;
use dyad_recognize::{Recognized, Trigger};
use dyad_segment::Span;

use crate::modal::Act;
use crate::participants::{codes, dedup_entities};
use crate::{Entity, Evidence};

/// Applies PLOVER's rules on an event's parties to `actor` and `recipient`;
/// `Err` with the reason when no event stands. `implied_actor` says the
/// actor is implied (names no words); `place_target` that the recipient
/// phrase is a place; `attack_told` that the parties came from the attack
/// the victims were hit in ("died in an Israeli air raid"), already the
/// attacker and the victims.
pub(crate) fn final_parties(pattern: &EventPattern, category: Category, actor: &mut Vec<Entity>, recipient: &mut Vec<Entity>, implied_actor: bool, place_target: bool, attack_told: bool) -> Result<(), String> {
    // "Putin hosted Rouhani and Erdogan": the visitors are the actor, the
    // host the recipient (PLOVER). (A host no dictionary names leaves the
    // visitors without a recipient.)
    if pattern.options.inverse && !recipient.is_empty() && !implied_actor && !attack_told {
        std::mem::swap(actor, recipient);
    }
    let reciprocal = pattern.options.reciprocal;
    if reciprocal {
        // A place is where a meeting or agreement happens, not a party to it.
        if place_target {
            recipient.clear();
        }
        actor.append(recipient);
        dedup_entities(actor);
    }
    // Self-directed events (same entities on both sides) say nothing. (An
    // officeholder is somebody else than a body of the same state: "the
    // ruling party urged Erdoğan".)
    let officeholder_apart = |a: &Entity, r: &Entity| r.office.is_some() && r.office != a.office && !a.entity_text.is_empty();
    recipient.retain(|r| !actor.iter().any(|a| a.code == r.code && a.sector == r.sector && !officeholder_apart(a, r)));
    // A withdrawal's or mobilisation's own forces are what it moves ("we're
    // going to be removing our troops", "Russia withdrew its military"), not
    // whom it concedes to; forces named otherwise ("surrendered to the forces
    // of President Assad") are.
    if matches!(category, Category::Retreat | Category::Concede | Category::Mobilize) {
        let own_words = |t: &str| {
            let t = t.to_lowercase();
            let mut words = t.split_whitespace();
            let first = words.next().unwrap_or("");
            let rest: Vec<&str> = words.collect();
            matches!(first, "its" | "our" | "their" | "his" | "her") || (rest.is_empty() && matches!(first, "troops" | "forces" | "soldiers" | "military" | "police"))
        };
        let own_forces = |r: &Entity| !r.code.is_empty() && matches!(r.sector, Some(Sector::MIL | Sector::COP)) && actor.iter().any(|a| a.code == r.code) && own_words(&r.entity_text);
        recipient.retain(|r| !own_forces(r));
    }
    // A reciprocal event between two or more parties has them all as actors
    // (PLOVER), which stands for the recipient it requires ("Russia and
    // China held joint exercises").
    if category.recipient_required() && recipient.is_empty() && !(reciprocal && actor.len() >= 2) {
        return Err(format!("{category} needs a recipient"));
    }
    Ok(())
}

/// The event's PLOVER modes. A pattern's own modes say what the wording
/// shows and replace the code's (air strikes are `aerial` although 195 says
/// heavy weapons); a visit needs somebody visited (`no_other_party`: the
/// event is reciprocal or has no recipient).
pub(crate) fn modes(pattern: &EventPattern, act: &Act, no_other_party: bool) -> Vec<&'static str> {
    let mut modes: Vec<&'static str> = if pattern.options.modes.is_empty() || act.category != pattern.category.unwrap_or(act.category) {
        act.cameo.plover.as_ref().map(|p| p.modes.iter().map(|m| m.name).collect()).unwrap_or_default()
    } else {
        pattern.options.modes.clone()
    };
    modes.retain(|mode| act.category.mode(mode).is_some());
    if no_other_party {
        modes.retain(|m| *m != "visit");
    }
    modes
}

/// The event's PLOVER contexts: its CAMEO code's, then the pattern's own.
pub(crate) fn contexts(pattern: &EventPattern, act: &Act) -> Vec<&'static str> {
    let mut contexts: Vec<&'static str> = act.cameo.plover.as_ref().map(|p| p.contexts.iter().map(|c| c.name).collect()).unwrap_or_default();
    for extra in &pattern.options.contexts {
        if !contexts.contains(extra) {
            contexts.push(extra);
        }
    }
    contexts
}

/// The evidence of the event word at `trig` of sentence `si`, and its event
/// text (the pattern's words as written). An implied actor ("was
/// arrested": the authorities) and an inferred recipient name no words and
/// have no span.
pub(crate) fn evidence(pattern: &EventPattern, trig: &Trigger, rec: &Recognized<'_>, actor: &[Entity], recipient: &[Entity], si: usize, text: &str) -> (Evidence, Vec<String>) {
    let words: Vec<Span> = trig.words.iter().map(|&k| rec.sentence.tokens[k].span).collect();
    // Each span once: the entities of one phrase ("Russian jets and Syrian
    // artillery") share its words.
    let spans = |entities: &[Entity]| {
        let mut spans: Vec<Span> = entities.iter().map(|e| e.span).filter(|sp| sp.start < sp.end).collect();
        spans.dedup();
        spans
    };
    let event_text = vec![words.iter().map(|sp| &text[sp.start..sp.end]).collect::<Vec<_>>().join(" ")];
    let evidence = Evidence {
        pattern_id: pattern.id.clone(),
        actor_spans: spans(actor),
        verb_spans: words,
        recipient_spans: spans(recipient),
        sentences: vec![si],
    };
    (evidence, event_text)
}

/// The `--explain` line of a coded event: pattern, category, CAMEO code,
/// parties, event words, and how the actor and recipient were found.
pub(crate) fn explanation(pattern: &EventPattern, act: &Act, actor: &[Entity], recipient: &[Entity], event_text: &str, actor_route: &str, recipient_route: &str) -> String {
    format!(
        "{} {} ({}): {} -> {}  [event words: {:?}; actor: {:?} ({}); recipient: {:?}{}]",
        pattern.id,
        act.category,
        act.cameo.code,
        codes(actor),
        if recipient.is_empty() { "-".to_string() } else { codes(recipient) },
        event_text,
        actor.iter().map(|e| e.entity_text.as_str()).collect::<Vec<_>>(),
        actor_route,
        recipient.iter().map(|e| e.entity_text.as_str()).collect::<Vec<_>>(),
        if recipient.is_empty() { String::new() } else { format!(" ({recipient_route})") },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::dict;

    fn pattern(id: &str) -> &'static EventPattern {
        dict().patterns.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("pattern {id}"))
    }

    fn entity(code: &str) -> Entity {
        Entity { code: code.into(), sector: None, entity_text: code.into(), identifier_text: None, office: None, cameo_code: code.into(), span: Span { start: 0, end: 1 } }
    }

    fn names(es: &[Entity]) -> Vec<&str> {
        es.iter().map(|e| e.code.as_str()).collect()
    }

    #[test]
    fn plovers_rules_on_the_parties() {
        // A host is the recipient; its visitors the actor.
        let (mut a, mut r) = (vec![entity("RUS")], vec![entity("IRN")]);
        final_parties(pattern("consult.host"), Category::Consult, &mut a, &mut r, false, false, false).unwrap();
        assert_eq!((names(&a), names(&r)), (vec!["IRN"], vec!["RUS"]));
        // A reciprocal event has all parties as actors, never a place.
        let (mut a, mut r) = (vec![entity("KEN")], vec![entity("ETH")]);
        final_parties(pattern("support.conclude_agreement"), Category::Support, &mut a, &mut r, false, false, false).unwrap();
        assert_eq!((names(&a), names(&r)), (vec!["KEN", "ETH"], vec![]));
        let (mut a, mut r) = (vec![entity("KEN")], vec![entity("ETH")]);
        final_parties(pattern("support.conclude_agreement"), Category::Support, &mut a, &mut r, false, true, false).unwrap();
        assert_eq!(names(&a), vec!["KEN"]);
        // A withdrawal's own forces are no recipient; forces named otherwise are.
        let troops = |text: &str| Entity { sector: Some(Sector::MIL), entity_text: text.into(), ..entity("USA") };
        let (mut a, mut r) = (vec![entity("USA")], vec![troops("our troops")]);
        final_parties(pattern("retreat.withdraw_troops"), Category::Retreat, &mut a, &mut r, false, false, false).unwrap();
        assert!(r.is_empty(), "{r:?}");
        let (mut a, mut r) = (vec![entity("USA")], vec![troops("the forces of the president")]);
        final_parties(pattern("retreat.withdraw_troops"), Category::Retreat, &mut a, &mut r, false, false, false).unwrap();
        assert_eq!(r.len(), 1);
        // Self-directed: no recipient; a category that requires one is no event.
        let (mut a, mut r) = (vec![entity("USA")], vec![entity("USA")]);
        assert_eq!(final_parties(pattern("cooperate.trade_with"), Category::Cooperate, &mut a, &mut r, false, false, false), Err("COOPERATE needs a recipient".to_string()));
    }

    #[test]
    fn a_visit_needs_somebody_visited() {
        let p = pattern("consult.visit");
        let act = Act { cameo: dyad_ontology::cameo::lookup("042").unwrap(), category: Category::Consult };
        assert!(modes(p, &act, false).contains(&"visit"), "{:?}", modes(p, &act, false));
        assert!(!modes(p, &act, true).contains(&"visit"));
    }
}
