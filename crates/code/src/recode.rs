//! Stage: what the wording makes of an act's category, beyond its pattern:
//! a strike by workers is a labour strike, a promise to stop fighting a
//! declared cessation, violence by protesters a riot.

use dyad_dict::Dictionaries;
use dyad_ontology::plover::Sector;
use dyad_ontology::Category;
use dyad_recognize::{ActorPhrase, Recognized, Trigger};

use crate::modal::Act;
use crate::Entity;

/// Sectors whose "strike" is a labour strike: organised labour, teachers
/// and students, health workers, farmers.
const STRIKING_SECTORS: [Sector; 4] = [Sector::LAB, Sector::EDU, Sector::MED, Sector::AGR];

/// Agents whose violence is a riot: protesters and crowds.
const RIOTING_AGENTS: &[&str] = &["agent.protesters", "agent.crowd"];

/// Recodes `act` by its wording before modality is applied:
/// - "nurses will strike", "teachers struck for a week": the bare verb done
///   by organised labour or an occupation is a labour strike (PROTEST
///   `strike`), not an attack;
/// - "agreed to stop fighting", "pledged to halt settlement building": a
///   promise to stop an activity is a declared cessation, which PLOVER
///   codes CONCEDE (declared ceasefires, suspended protests), not a
///   promise of cooperation.
pub(crate) fn by_wording(act: &mut Act, rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger, actor: &[Entity]) {
    let lower = &rec.sentence.lower;
    let strike_verb = matches!(lower[trig.anchor].as_ref(), "strike" | "strikes" | "struck" | "striking");
    if act.cameo.code == "190" && strike_verb && actor.iter().all(|e| e.sector.is_some_and(|s| STRIKING_SECTORS.contains(&s))) {
        act.recode("143");
    }
    let ends = trig.end.max(trig.anchor + 1);
    // The verb of the infinitive the match ends on ("agreed to" + verb).
    let promised = (lower[ends - 1] == "to").then(|| lower.get(ends)).flatten().map(|w| w.as_ref());
    let to_stop = promised.is_some_and(|w| dict.closed.is(dyad_dict::WordClass::CessationVerb, w));
    // "agreed to remove its legal restrictions", "pledged to lift the ban",
    // "agreed to allow imports": PLOVER codes promised easing of legal or
    // administrative restrictions as CONCEDE, not as a promise of
    // cooperation.
    // ("remove" only with what restricts: "remove its legal restrictions",
    // not "remove the militants".)
    let removed_restriction = || {
        lower.iter().skip(ends + 1).take(5).any(|w| matches!(w.as_ref(), "restrictions" | "restriction" | "sanctions" | "curbs" | "barriers" | "checkpoints" | "ban" | "bans" | "tariffs" | "troops" | "forces" | "blockade"))
    };
    // (Not "agreed to release" or "to withdraw": the PLOVER records code a
    // promised release AGREE, as CAMEO 0353 and 0356 map them.)
    let conceding = |w: &str| matches!(w, "lift" | "ease" | "relax" | "allow" | "permit" | "return" | "scrap" | "drop" | "pardon" | "unfreeze" | "reopen");
    let concession_verb = promised.is_some_and(|w| conceding(w) || (w == "remove" && removed_restriction()));
    if act.category == Category::Agree && (to_stop || concession_verb) {
        act.recode("080");
    }
    // "pledged to keep fighting the militias", "vowed to arrest the
    // organisers": a promise of force, coercion or sanctions is a threat
    // (PLOVER THREATEN), not an undertaking to cooperate; the act promised
    // ("to ...", "that ... would ...") is what the threat is about. (Not
    // "agreed to fight together".)
    let promise = lower.get(ends.saturating_sub(1)).is_some_and(|w| w == "to" || w == "that") && crate::clause::verb_in_class(&rec.sentence, dict, trig.anchor, dyad_dict::WordClass::PromiseVerb);
    if act.category == Category::Agree && promise {
        let promised = rec.triggers.iter().filter(|t| t.start.min(t.anchor) >= ends && t.anchor <= ends + 3).find_map(|t| dict.patterns[t.pattern].category);
        let threat = match promised {
            Some(Category::Assault) => Some("138"),
            Some(Category::Coerce) => Some("130"),
            Some(Category::Sanction) => Some("131"),
            _ => None,
        };
        if let Some(code) = threat {
            act.recode(code);
        }
    }
}

/// Sectors of armed parties: armed forces, rebels and militias, armed
/// forces nobody has identified.
const ARMED_SECTORS: [Sector; 3] = [Sector::MIL, Sector::REB, Sector::UAF];

/// PLOVER: "captured combatants are ASSAULT `abduct`", not COERCE `arrest`
/// or `seize`: an armed party detaining or seizing another's fighters ("the
/// SDF has detained dozens of Isis officials", "were seized by US-backed
/// rebel forces"). Police, courts and governments arresting militants
/// arrest them.
pub(crate) fn captured_combatants(act: &mut Act, actor: &[Entity], recipient: &[Entity]) {
    if act.category != Category::Coerce || !matches!(act.cameo.code, "171" | "173") {
        return;
    }
    let armed = |e: &Entity| e.sector.is_some_and(|s| ARMED_SECTORS.contains(&s));
    if !actor.is_empty() && actor.iter().all(armed) && !recipient.is_empty() && recipient.iter().all(armed) {
        act.recode("181");
    }
}

/// An asset freeze by a foreign state or an organisation of states ("the
/// European Union froze the assets of three Guatemalan prosecutors") is a
/// sanction, PLOVER SANCTION; by the party's own authorities ("Indian
/// authorities froze the bank accounts of Amnesty International India") it
/// stays the state's seizure, COERCE.
pub(crate) fn foreign_freeze(act: &mut Act, actor: &[Entity], recipient: &[Entity]) {
    if act.category != Category::Coerce || act.cameo.code != "163" || actor.is_empty() || recipient.is_empty() {
        return;
    }
    let foreign = actor.iter().all(|a| !a.code.is_empty() && recipient.iter().all(|r| !r.code.is_empty() && r.code != a.code));
    if foreign {
        act.category = Category::Sanction;
    }
}

/// PLOVER: violence by protesters or a crowd is a riot (PROTEST `riot`),
/// not an ASSAULT; the police's on them stays ASSAULT. Coercion by them
/// ("demonstrators besieged the palace", "protesters occupied the
/// ministry") is obstruction (PROTEST `obstruct`), not the state's COERCE;
/// their massing is a demonstration, not a mobilisation.
///
/// So is violence by civilians in a sentence that calls it a riot
/// ("residents clashed with police and burned tyres in a riot"); a
/// blockade or occupation by civilians is obstruction.
pub(crate) fn riot(act: &mut Act, actor_phrase: Option<&ActorPhrase>, actor: &[Entity], lower: &[std::borrow::Cow<'_, str>]) {
    let rioters = |p: &ActorPhrase| p.mentions.iter().any(|m| m.sources.iter().any(|s| RIOTING_AGENTS.contains(&s.as_str())));
    let civilians = !actor.is_empty() && actor.iter().all(|e| e.sector == Some(Sector::CVL));
    let called_riot = civilians && lower.iter().any(|w| matches!(w.as_ref(), "riot" | "riots" | "rioting" | "rioters"));
    // ("Mapuche communities occupied land owned by a forestry company",
    // "villagers blocked the highway": civilians' coercion obstructs.)
    // (Only blockades and occupations: an arrest or detention told with
    // civilians before it mostly has them for its victims.)
    if civilians && act.category == Category::Coerce && matches!(act.cameo.code, "191" | "192") {
        act.recode("144");
        return;
    }
    if !actor_phrase.is_some_and(rioters) && !called_riot {
        return;
    }
    // ("A mob beat a suspected thief to death", "villagers lynched a man":
    // a crowd that kills a person by beating is no dissent but a lynching,
    // ASSAULT; protesters who do so still riot.)
    let protesters = actor_phrase.is_some_and(|p| p.mentions.iter().any(|m| m.sources.iter().any(|s| s == "agent.protesters")));
    if act.cameo.code == "1823" && !protesters && !called_riot {
        return;
    }
    let protest = match act.category {
        Category::Assault => "145",
        Category::Coerce => "144",
        // ("Protesters massed outside parliament": a crowd gathering is a
        // demonstration.)
        Category::Mobilize => "141",
        _ => return,
    };
    act.recode(protest);
}

/// Sectors of the state's forces.
const STATE_FORCES: [Sector; 2] = [Sector::COP, Sector::MIL];

/// PLOVER PROTEST is dissent by civilians: a road blocked or barricaded by
/// the police or the army ("police barricaded the road leading to the
/// party office") restricts movement, COERCE `restrict` (CAMEO 191), the
/// mirror of [`riot`]'s civilians' blockade. (Not by a named politician,
/// who is more often the leader of the protesters than the one blocking.)
pub(crate) fn state_obstruction(act: &mut Act, actor: &[Entity]) {
    if by_state_forces(actor) && act.category == Category::Protest && act.cameo.code == "144" {
        act.recode("191");
    }
}

/// Every actor is police or armed forces of a state.
pub(crate) fn by_state_forces(actor: &[Entity]) -> bool {
    !actor.is_empty() && actor.iter().all(|e| e.sector.is_some_and(|s| STATE_FORCES.contains(&s)))
}

/// Sectors of political leaders and bodies, whose clashes are disputes.
const POLITICAL_SECTORS: [Sector; 6] = [Sector::GOV, Sector::LEG, Sector::JUD, Sector::ELI, Sector::OPP, Sector::PTY];

/// "Erdoğan and Putin clashed in public over the ceasefire", "the
/// government clashed with the opposition over the budget": a clash
/// between political leaders, governments, parties or courts is a dispute
/// in words, not fighting; only armed parties, police, crowds and parties
/// named by country alone clash physically.
pub(crate) fn verbal_clash(act: &Act, actor: &[Entity], anchor: &str) -> bool {
    let political = |e: &Entity| e.sector.is_some_and(|s| POLITICAL_SECTORS.contains(&s));
    act.category == Category::Assault && anchor.starts_with("clash") && !actor.is_empty() && actor.iter().all(political)
}

#[cfg(test)]
mod tests {

    use dyad_ontology::cameo;

    use super::*;
    use crate::test_support::{dict, recognized};
    use dyad_segment::Span;

    /// An entity of `code` and `sector` that names no words.
    fn entity(code: &str, sector: Option<Sector>) -> Entity {
        Entity { code: code.into(), sector, entity_text: String::new(), identifier_text: None, office: None, cameo_code: String::new(), span: Span { start: 0, end: 0 } }
    }

    #[test]
    fn an_asset_freeze_by_a_foreign_party_is_a_sanction() {
        let freeze = || Act { cameo: cameo::lookup("163").unwrap(), category: Category::Coerce };
        let mut act = freeze();
        foreign_freeze(&mut act, &[entity("EUR", None)], &[entity("GTM", None)]);
        assert_eq!(act.category, Category::Sanction);
        let mut act = freeze();
        foreign_freeze(&mut act, &[entity("IND", None)], &[entity("IND", None)]);
        assert_eq!(act.category, Category::Coerce);
    }

    /// The category the first event word of `text` ends with, its actor of `sector`.
    fn recoded(text: &str, sector: Sector) -> Category {
        let rec = recognized(text);
        let trig = rec.triggers.first().expect("an event word");
        let pattern = &dict().patterns[trig.pattern];
        let mut act = Act { cameo: pattern.cameo.unwrap(), category: pattern.category.unwrap() };
        let actor = entity("KEN", Some(sector));
        by_wording(&mut act, &rec, dict(), trig, &[actor]);
        riot(&mut act, rec.actors.first(), &[], &rec.sentence.lower);
        act.category
    }

    #[test]
    fn strikes_promises_to_stop_and_riots() {
        assert_eq!(recoded("Teachers will strike on Monday.", Sector::EDU), Category::Protest);
        assert_eq!(recoded("Rebels struck the base on Monday.", Sector::REB), Category::Assault);
        assert_eq!(recoded("The rebels agreed to stop fighting.", Sector::REB), Category::Concede);
        assert_eq!(recoded("Protesters attacked the police station.", Sector::CVL), Category::Protest);
        assert_eq!(recoded("Demonstrators besieged the presidential palace.", Sector::CVL), Category::Protest);
        // A crowd that beats a person to death lynches: no dissent.
        assert_eq!(recoded("A mob beat a suspected thief to death.", Sector::CVL), Category::Assault);
        assert_eq!(recoded("Protesters beat a policeman to death.", Sector::CVL), Category::Protest);
        assert_eq!(recoded("Turkey pledged to keep fighting the Kurdish militias.", Sector::GOV), Category::Threaten);
        assert_eq!(recoded("The junta promised to arrest the organisers.", Sector::GOV), Category::Threaten);
        assert_eq!(recoded("Turkey pledged to support the Kurdish militias.", Sector::GOV), Category::Agree);
        assert!(cameo::lookup("145").is_ok());
    }
}
