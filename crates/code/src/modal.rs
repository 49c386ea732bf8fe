//! Stage: what the verb group's modality makes of a coded act. Negation,
//! "no longer", futures, hypotheticals, conditions and possibility either
//! drop the act, recode it by PLOVER's rules (a refused meeting is REJECT,
//! ended aid is SANCTION, an announced attack is THREATEN, future
//! cooperation is AGREE, a future retreat is CONCEDE) or mark it with an
//! auxiliary mode.

use dyad_ontology::cameo::{self, CameoEvent};
use dyad_ontology::plover::AuxMode;
use dyad_ontology::Category;

use crate::modality::Modality;

/// An act being coded: its CAMEO code and PLOVER category.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Act {
    /// The CAMEO event.
    pub cameo: &'static CameoEvent,
    /// The PLOVER category.
    pub category: Category,
}

impl Act {
    /// Recodes the act to the CAMEO code `code`, taking its category from
    /// the ontology's CAMEO-to-PLOVER mapping. False (and unchanged) for a
    /// code without a PLOVER category.
    pub(crate) fn recode(&mut self, code: &str) -> bool {
        let Some((ev, mapped)) = cameo::lookup(code).ok().and_then(|ev| Some((ev, ev.plover.as_ref()?.category))) else { return false };
        self.cameo = ev;
        self.category = mapped;
        true
    }
}

/// What the sentence says around the act, besides its modality.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Setting {
    /// The act has a recipient.
    pub has_target: bool,
    /// A condition follows the act ("will withdraw unless ...").
    pub condition_follows: bool,
    /// Negated acts are kept (marked) rather than dropped.
    pub keep_negated: bool,
}

/// Applies the modality `m` to `act`: `Ok` with the auxiliary modes to
/// mark it with, or `Err` with the reason it is no event.
pub(crate) fn apply(mut m: Modality, act: &mut Act, setting: Setting) -> Result<Vec<AuxMode>, &'static str> {
    let mut aux = Vec::new();
    // "would no longer supply arms": ending existing aid or cooperation is
    // SANCTION (PLOVER: cutting existing aid).
    if m.discontinued && matches!(act.category, Category::Aid | Category::Cooperate) && setting.has_target {
        let cut = if act.category == Category::Aid { "162" } else { "160" };
        if act.recode(cut) {
            m.negated = false;
            m.future = false;
            m.hypothetical = false;
        }
    }
    // "will not attend the talks", "would not send aid": a cooperative act
    // its actor says it will not do is a refusal (REJECT).
    if m.negated && !m.discontinued && (m.future || m.hypothetical) && !m.condition {
        let refusal = match act.category {
            Category::Consult | Category::Agree => Some("125"),
            Category::Aid => Some("122"),
            Category::Cooperate => Some("121"),
            Category::Concede | Category::Retreat => Some("124"),
            _ => None,
        };
        if refusal.is_some_and(|code| act.recode(code)) {
            m.negated = false;
            m.future = false;
            m.hypothetical = false;
        }
    }
    // "police must return the seized firearms", "the US must agree to
    // inspections": an obligation somebody states is no act of the obliged.
    if m.obliged && !m.negated {
        return Err("an obligation, not an act");
    }
    if m.negated {
        if !setting.keep_negated {
            return Err("negated");
        }
        aux.push(AuxMode::Negation);
    }
    // "will withdraw its force unless ...", "would ban voting if ...": a
    // conditional announcement of a hostile act is a threat.
    if (m.future || m.hypothetical) && !m.condition && act.category.is_conflict() && act.category != Category::Threaten && setting.condition_follows {
        act.recode("130");
    }
    if m.condition {
        // The condition of a conditional ("if it attacked", "in case Isis
        // raided") reports nothing that happened.
        return Err("in the condition of a conditional");
    }
    if (m.future || m.hypothetical) && act.category == Category::Retreat {
        // PLOVER: an announced future retreat ("will withdraw its troops",
        // "will release the prisoners", "said it would free them") is a
        // CONCEDE. (A "would" nobody reports as intended never gets here.)
        act.recode("080");
    } else if m.future || m.hypothetical {
        // PLOVER: future cooperation of these kinds is AGREE.
        let agree_code = match act.category {
            Category::Consult => Some("036"),
            Category::Support => Some("032"),
            Category::Cooperate => Some("031"),
            Category::Aid => Some("033"),
            _ => None,
        };
        if let Some(code) = agree_code {
            act.recode(code);
        } else if act.category == Category::Assault && m.speculative && !m.announced {
            // "might attack any day", "could strike": a possibility somebody
            // sees is neither an attack nor a threat.
            return Err("a possible act, not a threat");
        } else if act.category == Category::Assault && (m.hypothetical || m.announced) {
            // A violent act announced or imagined ("we will destroy them",
            // "would strike") is a threat of violence; one others expect
            // ("is expected to launch") is no threat.
            act.recode("138");
        } else if !m.announced && !m.hypothetical && act.category.quad() == 4 {
            // "is expected to launch an operation", "are set to impose
            // sanctions": force or pressure that others expect has not
            // happened, and nobody has threatened it.
            return Err("an act others expect, not done");
        } else if (m.announced || m.speculative) && matches!(act.category, Category::Coerce | Category::Sanction) {
            // "will expel every last Iranian boot", "will impose sanctions",
            // "could break off ties, an official said": coercion or sanctions
            // an actor announces or holds out are a threat (PLOVER); (a
            // "would" nobody reports as intended never gets here)
            // CAMEO 130/131 carry no mode of their own (137 would say violence).
            act.recode(if act.category == Category::Coerce { "130" } else { "131" });
        } else {
            aux.push(if m.future { AuxMode::Future } else { AuxMode::Hypothetical });
        }
    }
    Ok(aux)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn act(code: &str) -> Act {
        let mut a = Act { cameo: cameo::lookup("010").unwrap(), category: Category::Consult };
        assert!(a.recode(code), "{code} has a PLOVER category");
        a
    }

    /// The act's CAMEO code and category after the modality, or the reason it is dropped.
    fn outcome(code: &str, m: Modality, setting: Setting) -> Result<(String, Category, Vec<AuxMode>), &'static str> {
        let mut a = act(code);
        let aux = apply(m, &mut a, setting)?;
        Ok((a.cameo.code.to_string(), a.category, aux))
    }

    #[test]
    fn a_plain_act_stays_as_it_is() {
        assert_eq!(outcome("190", Modality::default(), Setting::default()), Ok(("190".into(), Category::Assault, vec![])));
    }

    #[test]
    fn negation_drops_or_marks() {
        let m = Modality { negated: true, ..Modality::default() };
        assert_eq!(outcome("190", m, Setting::default()), Err("negated"));
        let kept = outcome("190", m, Setting { keep_negated: true, ..Setting::default() });
        assert_eq!(kept, Ok(("190".into(), Category::Assault, vec![AuxMode::Negation])));
    }

    #[test]
    fn a_cooperative_act_refused_for_the_future_is_a_rejection() {
        let m = Modality { negated: true, future: true, announced: true, ..Modality::default() };
        assert_eq!(outcome("040", m, Setting::default()).map(|o| (o.0, o.1)), Ok(("125".into(), Category::Reject)));
        assert_eq!(outcome("070", m, Setting::default()).map(|o| (o.0, o.1)), Ok(("122".into(), Category::Reject)));
    }

    #[test]
    fn ended_aid_with_a_recipient_is_a_sanction() {
        let m = Modality { negated: true, discontinued: true, hypothetical: true, ..Modality::default() };
        let with_target = Setting { has_target: true, ..Setting::default() };
        assert_eq!(outcome("070", m, with_target).map(|o| (o.0, o.1)), Ok(("162".into(), Category::Sanction)));
        // Without a recipient there is nobody whose aid ends: negated, dropped.
        assert_eq!(outcome("070", m, Setting::default()), Err("negated"));
    }

    #[test]
    fn futures_follow_plover() {
        let future = Modality { future: true, announced: true, ..Modality::default() };
        assert_eq!(outcome("040", future, Setting::default()).map(|o| o.1), Ok(Category::Agree));
        assert_eq!(outcome("190", future, Setting::default()).map(|o| (o.0, o.1)), Ok(("138".into(), Category::Threaten)));
        let retreat = act("0874");
        assert_eq!(retreat.category, Category::Retreat);
        assert_eq!(outcome("0874", future, Setting::default()).map(|o| o.1), Ok(Category::Concede));
        // Announced coercion and sanctions are threats too.
        assert_eq!(outcome("174", future, Setting::default()).map(|o| (o.0, o.1)), Ok(("130".into(), Category::Threaten)));
        assert_eq!(outcome("160", future, Setting::default()).map(|o| (o.0, o.1)), Ok(("131".into(), Category::Threaten)));
        // Somebody's expectation of an attack is neither a threat nor an attack.
        let expected = Modality { future: true, ..Modality::default() };
        assert_eq!(outcome("190", expected, Setting::default()), Err("an act others expect, not done"));
        assert_eq!(outcome("173", expected, Setting::default()), Err("an act others expect, not done"));
        // Expected cooperation is still AGREE.
        assert_eq!(outcome("040", expected, Setting::default()).map(|o| o.1), Ok(Category::Agree));
    }

    #[test]
    fn possibility_and_conditions_are_no_events() {
        let might = Modality { hypothetical: true, speculative: true, ..Modality::default() };
        assert_eq!(outcome("190", might, Setting::default()), Err("a possible act, not a threat"));
        let would = Modality { hypothetical: true, ..Modality::default() };
        assert_eq!(outcome("190", would, Setting::default()).map(|o| o.1), Ok(Category::Threaten));
        // Sanctions held out as possible (and reported as the actor's own
        // view: the coder drops the others) are a threat; a "would" is not.
        assert_eq!(outcome("161", might, Setting::default()).map(|o| (o.0, o.1)), Ok(("131".into(), Category::Threaten)));
        assert_eq!(outcome("161", would, Setting::default()).map(|o| (o.0, o.2)), Ok(("161".into(), vec![AuxMode::Hypothetical])));
        let condition = Modality { hypothetical: true, condition: true, ..Modality::default() };
        assert_eq!(outcome("190", condition, Setting::default()), Err("in the condition of a conditional"));
        // "will withdraw unless ...": a conditional announcement of a hostile act.
        let unless = Setting { condition_follows: true, ..Setting::default() };
        assert_eq!(outcome("160", Modality { future: true, announced: true, ..Modality::default() }, unless).map(|o| (o.0, o.1)), Ok(("130".into(), Category::Threaten)));
    }
}
