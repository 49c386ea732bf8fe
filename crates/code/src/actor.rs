//! Stage: which actor phrase names the actor of an event word, from the
//! candidates the earlier stages found (the attacker named in an attack
//! phrase, who decided a retreat, the tree's subject, the pattern's `$`
//! slot, an event noun's "by" agent or possessor, a passive's agent) and,
//! failing those, the subject by word order.

use dyad_dict::Dictionaries;
use dyad_recognize::{Recognized, Trigger};

use crate::clause::{passive_agent, subject};
use crate::tree::TreeActor;

/// What the earlier stages found for one event word.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidates {
    /// The act is told without its actor (by its means, or a cyberattack
    /// the clause's subject suffered): no phrase is its actor.
    pub unnamed: bool,
    /// The attacker named in the attack a death is told in.
    pub attacker: Option<usize>,
    /// Who decided a retreat ("Trump's decision to withdraw").
    pub decider: Option<usize>,
    /// The tree's reading.
    pub tree: TreeActor,
    /// The phrase at the pattern's `$` slot: `Some` when the pattern has
    /// the slot (with the phrase found there, if any).
    pub source_slot: Option<Option<usize>>,
    /// An event noun's "by" agent or possessor.
    pub by_agent: Option<usize>,
    /// The verb is passive.
    pub passive: bool,
    /// The agent of the passive first conjunct the verb shares.
    pub shared_agent: Option<usize>,
}

/// The chosen actor phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Chosen {
    /// The actor phrase, if any.
    pub phrase: Option<usize>,
    /// Set when the phrase is a passive's "by" agent found by word order
    /// (which surely names the actor).
    pub passive_by: Option<usize>,
}

/// Chooses the actor phrase of the event word at `trig`, the candidates in
/// order of how surely they name it.
pub(crate) fn choose(rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger, regions: &[(usize, usize)], c: Candidates) -> Chosen {
    let index = |p: &dyad_recognize::ActorPhrase| rec.actors.iter().position(|q| std::ptr::eq(q, p));
    let mut chosen = Chosen { phrase: None, passive_by: None };
    chosen.phrase = if c.unnamed {
        None
    } else if c.attacker.is_some() {
        c.attacker
    } else if c.decider.is_some() {
        c.decider
    } else if let TreeActor::Phrase(i, _) = c.tree {
        Some(i)
    } else if let Some(slot) = c.source_slot {
        slot
    } else if c.by_agent.is_some() {
        c.by_agent
    } else if c.passive {
        chosen.passive_by = passive_agent(&rec.sentence, &rec.actors, trig).and_then(index).or(c.shared_agent);
        chosen.passive_by
    } else {
        subject(&rec.sentence, dict, &rec.actors, trig, regions).and_then(index)
    };
    chosen
}

/// A verb coordinated with an earlier one of the sentence (`previous`: its
/// anchor and actor phrase) has its subject: "Benin opened its borders ...,
/// but was still refusing ...".
pub(crate) fn coordinated(rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger, previous: (usize, usize)) -> Option<usize> {
    let (prev_anchor, prev_src) = previous;
    let k = crate::clause::verb_group_start(&rec.sentence, dict, trig.start.min(trig.anchor), prev_anchor + 1);
    (k > prev_anchor + 1 && matches!(rec.sentence.lower[k - 1].as_ref(), "but" | "and")).then_some(prev_src)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{dict, recognized};

    fn none() -> Candidates {
        Candidates { unnamed: false, attacker: None, decider: None, tree: TreeActor::Unknown, source_slot: None, by_agent: None, passive: false, shared_agent: None }
    }

    /// The words of the phrase chosen for the first event word of `text`.
    fn actor(text: &str, c: Candidates) -> Option<String> {
        let rec = recognized(text);
        let i = choose(&rec, dict(), &rec.triggers[0], &[], c).phrase?;
        Some(text[rec.actors[i].span.start..rec.actors[i].span.end].to_string())
    }

    #[test]
    fn the_surest_candidate_names_the_actor() {
        let text = "Turkey was attacked by Syria on Monday.";
        // A passive: its "by" agent.
        assert_eq!(actor(text, Candidates { passive: true, ..none() }).as_deref(), Some("Syria"));
        // The tree's subject before word order; nothing when the act is unnamed.
        assert_eq!(actor(text, Candidates { passive: true, tree: TreeActor::Phrase(0, "nsubj"), ..none() }).as_deref(), Some("Turkey"));
        assert_eq!(actor(text, Candidates { unnamed: true, passive: true, ..none() }), None);
        // Word order: the subject before the verb.
        assert_eq!(actor("Russia attacked Ukraine on Monday.", none()).as_deref(), Some("Russia"));
    }

    #[test]
    fn a_coordinated_verb_has_the_earlier_verbs_subject() {
        let rec = recognized("Benin opened its borders but was still refusing aid.");
        let refusing = rec.triggers.iter().find(|t| rec.sentence.lower[t.anchor] == "refusing").expect("refusing");
        let opened = rec.sentence.lower.iter().position(|w| w == "opened").unwrap();
        assert_eq!(coordinated(&rec, dict(), refusing, (opened, 0)), Some(0));
        assert_eq!(coordinated(&rec, dict(), refusing, (refusing.anchor, 0)), None);
    }
}
