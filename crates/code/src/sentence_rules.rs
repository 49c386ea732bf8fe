//! Stage: rules over all the events of one sentence, from PLOVER's manual.

use dyad_ontology::Category;
use dyad_recognize::Recognized;

use crate::coder::Notes;
use crate::Event;

/// Rules over the events of one sentence, from PLOVER's manual:
/// - demands voiced by a protest are the protest, not a separate REQUEST
///   ("demonstrated ... calling for independence");
/// - what a demand, threat or refusal is about is not an event of its own
///   ("said the US must be ready to mediate", "threatened to impose").
pub(crate) fn apply(rec: &Recognized<'_>, events: Vec<(usize, Event)>, notes: &mut Notes) -> Vec<Event> {
    let protesters: Vec<Vec<String>> = events
        .iter()
        .filter(|(_, e)| e.category == Category::Protest)
        .map(|(_, e)| e.actor.iter().map(|a| a.code.clone()).collect())
        .collect();
    let governing: Vec<usize> = events
        .iter()
        .filter(|(_, e)| matches!(e.category, Category::Request | Category::Threaten | Category::Reject))
        .map(|(a, _)| *a)
        .collect();
    // "Civilians were killed in shelling by government forces": one attack
    // told by two words; the reading with a recipient stands for both.
    let aimed: Vec<Vec<String>> = events
        .iter()
        .filter(|(_, e)| e.category == Category::Assault && !e.recipient.is_empty())
        .map(|(_, e)| e.actor.iter().map(|a| a.cameo_code.clone()).collect())
        .collect();
    let lower = &rec.sentence.lower;
    let mut out = Vec::new();
    for (anchor, e) in events {
        if e.category == Category::Assault && e.recipient.is_empty() && aimed.iter().any(|a| *a == e.actor.iter().map(|x| x.cameo_code.clone()).collect::<Vec<_>>()) {
            notes.add(|| format!("{}: the same attack as the sentence's reading with a recipient", e.evidence.pattern_id));
            continue;
        }
        let codes: Vec<String> = e.actor.iter().map(|a| a.code.clone()).collect();
        if e.category == Category::Request && protesters.iter().any(|p| p.iter().any(|c| codes.contains(c))) {
            notes.add(|| format!("{}: the protest's demand, coded as the protest", e.evidence.pattern_id));
            continue;
        }
        let obligation = (anchor.saturating_sub(3)..anchor).any(|k| matches!(lower[k].as_ref(), "to" | "must" | "should" | "would" | "will"));
        if obligation && governing.iter().any(|&g| g < anchor) && !matches!(e.category, Category::Request | Category::Threaten | Category::Reject) {
            notes.add(|| format!("{}: what an earlier demand, threat or refusal is about", e.evidence.pattern_id));
            continue;
        }
        out.push(e);
    }
    out
}
