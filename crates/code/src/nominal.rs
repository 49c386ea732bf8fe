//! The actor of an event noun: its "by" agent ("shelling by government
//! forces") or its possessor ("Turkey's military incursion"), or nobody
//! named when the noun is the attack's means ("a roadside bomb killed").

use dyad_recognize::Recognized;

/// The "by" agent of an event noun: "shelling by government forces", "an
/// attack by Isis fighters" are theirs, whoever the clause's subject is.
pub(crate) fn by_agent(rec: &Recognized<'_>, pattern: &dyad_dict::EventPattern, trig: &dyad_recognize::Trigger) -> Option<usize> {
    // A noun pattern, or a verb's "-ing" form used as a noun ("shelling by").
    let nominal = pattern.is_nominal();
    if !nominal && !rec.sentence.lower[trig.anchor].ends_with("ing") {
        return None;
    }
    let mut end = trig.end.max(trig.anchor + 1);
    let word = |k: usize| rec.sentence.lower.get(k).map(|w| w.as_ref());
    // "a roadside bomb planted by FARC dissidents", "an attack carried out
    // by Isis": the agent of a participle of setting or launching it.
    if nominal && matches!(word(end), Some("planted" | "laid" | "placed" | "set" | "fired" | "launched" | "detonated" | "triggered" | "staged" | "conducted" | "mounted")) {
        end += 1;
    } else if nominal && word(end) == Some("carried") && word(end + 1) == Some("out") {
        end += 2;
    }
    if word(end) != Some("by") {
        return None;
    }
    rec.actors.iter().position(|p| p.start > end && p.start <= end + 2)
}

/// The possessor of an event noun, its actor: "Turkey's military incursion
/// into Afrin", "Russia's support for Assad" (up to two modifiers between
/// the possessive and the noun).
pub(crate) fn possessor(rec: &Recognized<'_>, pattern: &dyad_dict::EventPattern, trig: &dyad_recognize::Trigger) -> Option<usize> {
    if !pattern.is_nominal() {
        return None;
    }
    let first = trig.start.min(trig.anchor);
    let lower = &rec.sentence.lower;
    let apostrophe = (first.saturating_sub(3)..first).rev().find(|&k| lower[k] == "'s")?;
    // Only modifiers between: no verb, comma or preposition.
    if (apostrophe + 1..first).any(|k| matches!(lower[k].as_ref(), "," | "of" | "in" | "to" | "and")) {
        return None;
    }
    // The possessor's phrase ends at the possessive, or takes in a role
    // after it ("Turkey's military incursion").
    rec.actors.iter().position(|p| p.end == apostrophe || (p.start < apostrophe && p.end == first))
}

/// A deliberate attack a death or injury is told "in": "were killed in a
/// Turkish airstrike", "died in an Israeli air raid", "wounded during an
/// attack by Isis fighters". The clause's subject is its victim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AttackIn {
    /// The phrase that names who attacked: a modifier of the attack noun
    /// ("a US drone strike"), its "by" agent or its possessor; none when the
    /// report does not say.
    pub agent: Option<usize>,
}

/// Finds an attack noun (`attack_noun`) in an "in"/"during"/"after" phrase
/// or a "when" clause right after the verb at `trig` (up to three words between: "killed on
/// Saturday in a raid"), and the phrase that names its agent.
pub(crate) fn attack_in(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, trig: &dyad_recognize::Trigger) -> Option<AttackIn> {
    let lower = &rec.sentence.lower;
    let n = lower.len();
    let after_verb = trig.anchor + 1;
    // The noun phrase after "in" or "during": up to five words, ending at
    // the first attack noun that no further noun of the class follows ("a
    // US drone strike"). A place may come first: "killed Friday in
    // Afghanistan in a gun battle".
    let attack_after = |prep: usize| {
        let mut noun = None;
        for (k, w) in lower.iter().enumerate().take((prep + 7).min(n)).skip(prep + 1) {
            let w = w.as_ref();
            if dict.closed.is(dyad_dict::WordClass::AttackNoun, w) {
                noun = Some(k);
            } else if noun.is_some() || matches!(w, "," | "." | ";") || (dict.closed.is(dyad_dict::WordClass::Preposition, w) && w != "of") {
                break;
            }
        }
        noun.map(|noun| (prep, noun))
    };
    let (prep, noun) = (after_verb..(after_verb + 8).min(n))
        .take_while(|&k| !matches!(lower[k].as_ref(), "," | "and" | ";" | "by"))
        // ("were killed when an Israeli strike hit a home", "died after a
        // Russian air raid": the attack as the subject of a clause of time.)
        .filter(|&k| matches!(lower[k].as_ref(), "in" | "during" | "when" | "after"))
        .take(2)
        .find_map(attack_after)?;
    // Who: a phrase inside ("an Israeli air raid"), a possessor ("Turkey's
    // offensive"), or "by" right after ("an attack by Isis fighters").
    // A weapon's role alone ("a drone strike") names nobody.
    let names_somebody = |p: &dyad_recognize::ActorPhrase| p.mentions.iter().any(|m| !m.role_only || m.code.is_some());
    let inside = rec.actors.iter().position(|p| p.start > prep && p.start < noun && names_somebody(p) && !(p.start..p.end.min(noun)).any(|k| lower[k] == "of"));
    // ("a gun battle with Taliban fighters": the other side of a fight the
    // victim was in.)
    let by = matches!(lower.get(noun + 1).map(|w| w.as_ref()), Some("by" | "with")).then(|| rec.actors.iter().position(|p| p.start > noun + 1 && p.start <= noun + 3)).flatten();
    let agent = inside.or(by);
    // (A clause of time whose attack names nobody leaves the victims'
    // verb to its other readers: "were killed when militants launched a
    // coordinated assault" has the militants for its subject.)
    if agent.is_none() && matches!(lower[prep].as_ref(), "when" | "after") {
        return None;
    }
    Some(AttackIn { agent })
}

/// The "by" agent of an attack told by its means or its weapon: "an IED
/// planted by suspected Taliban militants exploded", "a drone strike by the
/// US military hit a vehicle", "rockets fired by Hamas". `head` is the last
/// word of the means or weapon; at most two words, attack nouns or past
/// participles, stand between it and "by", and the agent must name
/// somebody (a weapon's role alone names nobody).
pub(crate) fn means_agent(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, head: usize) -> Option<usize> {
    let lower = &rec.sentence.lower;
    let words = &rec.sentence.words;
    let bridge = |k: usize| {
        dict.closed.is(dyad_dict::WordClass::AttackNoun, &lower[k]) || dict.lexicon.has_reading(words[k], dyad_dict::VerbTag::PastParticiple)
    };
    let by = (head + 1..(head + 4).min(lower.len())).find(|&k| lower[k] == "by")?;
    if !(head + 1..by).all(bridge) {
        return None;
    }
    let names_somebody = |p: &dyad_recognize::ActorPhrase| p.mentions.iter().any(|m| !m.role_only || m.code.is_some());
    rec.actors.iter().position(|p| p.start > by && p.start <= by + 3 && names_somebody(p))
}

/// "two officers were injured when protesters threw rocks at them",
/// "three were killed when Israeli jets bombed the house": the actor phrase
/// that opens a "when" clause right after the passive verb at `trig`, if a
/// past verb follows it, did the harm.
pub(crate) fn when_agent(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, trig: &dyad_recognize::Trigger) -> Option<usize> {
    let lower = &rec.sentence.lower;
    let after_verb = trig.anchor + 1;
    let when = (after_verb..(after_verb + 3).min(lower.len())).take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "and")).find(|&k| lower[k] == "when")?;
    let i = rec.actors.iter().position(|p| p.start > when && p.start <= when + 2)?;
    let end = rec.actors[i].end;
    let past = |k: usize| dict.lexicon.verb_readings(rec.sentence.words[k]).iter().any(|(_, t)| matches!(t, dyad_dict::VerbTag::Past));
    (end < lower.len() && past(end)).then_some(i)
}

/// Whether the subject word at `t` tells an attack by its means, its
/// perpetrator unnamed: a weapon (closed class `attack_means`: "a roadside
/// bomb killed") or a noun of a military attack ("A drone strike killed
/// two", "an air raid killed").
/// - Not weapons a phrase names the owner of: "Turkish drones hit PKK
///   positions" are Turkey's (`resolved` holds each actor phrase's
///   entities).
/// - Nor an explosion of something that blows up by accident: "a gas
///   cylinder explosion injured nine".
/// - "Strike" only with a weapon before it, not a labour strike; not the
///   general "attack" or "offensive", mostly a summary or a cyber attack
///   there.
pub(crate) fn told_by_means(rec: &Recognized<'_>, dict: &dyad_dict::Dictionaries, resolved: &[Vec<crate::Entity>], t: usize) -> bool {
    let lower = &rec.sentence.lower;
    let owned = || rec.actors.iter().zip(resolved).any(|(p, es)| p.start <= t && t < p.end && es.iter().any(|e| !e.code.is_empty()));
    let accidental = || (t.saturating_sub(2)..t).any(|k| dict.closed.is(dyad_dict::WordClass::AccidentSource, &lower[k]));
    let w = lower[t].as_ref();
    let attack_noun = dict.closed.is(dyad_dict::WordClass::AttackNoun, w)
        && match w {
            "strike" | "strikes" => t >= 1 && matches!(lower[t - 1].as_ref(), "drone" | "air" | "missile" | "rocket" | "artillery" | "aerial"),
            "attack" | "attacks" | "assault" | "assaults" | "offensive" | "offensives" => false,
            _ => true,
        };
    (dict.closed.is(dyad_dict::WordClass::AttackMeans, w) || attack_noun) && !owned() && !accidental()
}

#[cfg(test)]
mod tests {


    use super::*;
    use crate::test_support::{dict, recognized};

    /// The words of the first agent ("by" or possessor) of an event word of `text`.
    fn agent(text: &str) -> Option<String> {
        let d = dict();
        let rec = recognized(text);
        let i = rec.triggers.iter().find_map(|t| {
            let p = &d.patterns[t.pattern];
            by_agent(&rec, p, t).or_else(|| possessor(&rec, p, t))
        })?;
        Some(text[rec.actors[i].span.start..rec.actors[i].span.end].to_string())
    }

    /// The words of the attacker named in the attack phrase after the first
    /// event word of `text`; `Some(None)` when the phrase names nobody.
    fn attacker(text: &str) -> Option<Option<String>> {
        let rec = recognized(text);
        let t = rec.triggers.first()?;
        let found = attack_in(&rec, dict(), t)?;
        Some(found.agent.map(|i| text[rec.actors[i].span.start..rec.actors[i].span.end].to_string()))
    }

    #[test]
    fn the_attacker_of_a_death_told_in_an_attack() {
        assert_eq!(attacker("Three civilians were killed in a Turkish airstrike on Saturday."), Some(Some("a Turkish".into())));
        assert_eq!(attacker("A commander was killed in a US drone strike."), Some(Some("a US drone".into())));
        assert_eq!(attacker("Two soldiers were wounded during an attack by Taliban fighters."), Some(Some("Taliban fighters".into())));
        // An attack nobody is named for; no attack at all.
        assert_eq!(attacker("Three civilians were killed in an airstrike in Syria."), Some(None));
        assert_eq!(attacker("She is believed to have been killed in a drone strike."), Some(None));
        assert_eq!(attacker("Three civilians were killed in Syria."), None);
        // The place of the attack is not its author.
        assert_eq!(attacker("Three people were killed in an attack in Kabul."), Some(None));
    }

    #[test]
    fn the_possessor_of_an_event_noun() {
        assert_eq!(agent("Thousands fled Isis's assault on the Yazidis.").as_deref(), Some("Isis"));
        assert_eq!(agent("Thousands fled the assault on the Yazidis."), None);
    }
}
