//! The actor of an event noun: its "by" agent ("shelling by government
//! forces") or its possessor ("Turkey's military incursion").

use dyad_recognize::Recognized;

/// The "by" agent of an event noun: "shelling by government forces", "an
/// attack by Isis fighters" are theirs, whoever the clause's subject is.
pub(crate) fn by_agent(rec: &Recognized<'_>, pattern: &dyad_dict::EventPattern, trig: &dyad_recognize::Trigger) -> Option<usize> {
    // A noun pattern, or a verb's "-ing" form used as a noun ("shelling by").
    let nominal = pattern.is_nominal();
    if !nominal && !rec.sentence.lower[trig.anchor].ends_with("ing") {
        return None;
    }
    let end = trig.end.max(trig.anchor + 1);
    if rec.sentence.lower.get(end).map(|w| w.as_ref()) != Some("by") {
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

    #[test]
    fn the_possessor_of_an_event_noun() {
        assert_eq!(agent("Thousands fled Isis's assault on the Yazidis.").as_deref(), Some("Isis"));
        assert_eq!(agent("Thousands fled the assault on the Yazidis."), None);
    }
}
