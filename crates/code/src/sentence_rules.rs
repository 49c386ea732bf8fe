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
    // "Trump ordered US forces in Syria to leave", "ordered the Pentagon to
    // withdraw": an order to the actor's own forces or government is the
    // actor's decision, no request of anybody; the act ordered is the event.
    let internal_orders: Vec<usize> = events.iter().filter(|(a, e)| e.category == Category::Request && order_to_own(rec, *a, e)).map(|(a, _)| *a).collect();
    let governing: Vec<usize> = events
        .iter()
        .filter(|(a, e)| matches!(e.category, Category::Request | Category::Threaten | Category::Reject) && !internal_orders.contains(a))
        .map(|(a, _)| *a)
        .collect();
    // "Civilians were killed in shelling by government forces", "condemned
    // Israel, criticising ...": one act told by two words; the reading with
    // a recipient stands for both. (An attack is one whatever its words;
    // other acts only with the same CAMEO code: "declared a state of siege,
    // ... arresting opponents" are two.)
    let kind = |e: &Event| if e.category == Category::Assault { "ASSAULT" } else { e.cameo.code };
    let aimed: Vec<(&str, Vec<String>)> = events
        .iter()
        .filter(|(_, e)| !e.recipient.is_empty())
        .map(|(_, e)| (kind(e), e.actor.iter().map(|a| a.cameo_code.clone()).collect()))
        .collect();
    let lower = &rec.sentence.lower;
    let mut out = Vec::new();
    for (anchor, e) in events {
        if e.recipient.is_empty() && aimed.iter().any(|(c, a)| *c == kind(&e) && *a == e.actor.iter().map(|x| x.cameo_code.clone()).collect::<Vec<_>>()) {
            notes.add(|| format!("{}: the same act as the sentence's reading with a recipient", e.evidence.pattern_id));
            continue;
        }
        if internal_orders.contains(&anchor) {
            notes.add(|| format!("{}: an order to the actor's own forces or government; the act ordered is the event", e.evidence.pattern_id));
            continue;
        }
        let codes: Vec<String> = e.actor.iter().map(|a| a.code.clone()).collect();
        if e.category == Category::Request && protesters.iter().any(|p| p.iter().any(|c| codes.contains(c))) {
            notes.add(|| format!("{}: the protest's demand, coded as the protest", e.evidence.pattern_id));
            continue;
        }
        // (A subjunctive "be" too: "requested police officers be deployed".)
        let obligation = (anchor.saturating_sub(3)..anchor).any(|k| matches!(lower[k].as_ref(), "to" | "must" | "should" | "would" | "will" | "be"));
        // (Not across "but" or ";": "committed to airstrikes but did not
        // address the decision to withdraw" governs nothing after "but".)
        let governs = |g: usize| g < anchor && !(g + 1..anchor).any(|k| matches!(lower[k].as_ref(), "but" | ";"));
        if obligation && governing.iter().any(|&g| governs(g)) && !matches!(e.category, Category::Request | Category::Threaten | Category::Reject) {
            notes.add(|| format!("{}: what an earlier demand, threat or refusal is about", e.evidence.pattern_id));
            continue;
        }
        out.push(e);
    }
    out
}

/// The REQUEST at `anchor` is an order ("ordered", "instructed", "told") to
/// an addressee, named between it and its "to", or a saying of what that
/// addressee "must" or "should" do, the addressee being of the actor's own
/// country and a sector of the state (forces, police, government).
fn order_to_own(rec: &Recognized<'_>, anchor: usize, e: &Event) -> bool {
    use dyad_ontology::plover::Sector;
    let lower = &rec.sentence.lower;
    let order = |w: &str| ["order", "instruct", "direct", "command", "tell", "told"].iter().any(|o| w.starts_with(o));
    // ("Trump says US troops must leave Syria": what one's own forces must
    // do, said by their government, is its decision too.)
    let saying = matches!(lower[anchor].as_ref(), "says" | "said" | "say");
    if !order(&lower[anchor]) && !saying {
        return false;
    }
    let marker = |w: &str| if saying { matches!(w, "must" | "should") } else { w == "to" };
    let Some(to) = (anchor + 1..lower.len().min(anchor + 10)).find(|&k| marker(&lower[k])) else { return false };
    let own: Vec<&str> = e.actor.iter().map(|a| a.code.as_str()).filter(|c| !c.is_empty()).collect();
    !own.is_empty()
        && rec.actors.iter().filter(|p| p.start > anchor && p.end <= to && !crate::clause::is_place_phrase(&rec.sentence, p)).any(|p| {
            p.mentions.iter().any(|m| m.code.as_deref().is_some_and(|c| own.contains(&c)) && m.sector.is_some_and(|s| matches!(s, Sector::MIL | Sector::GOV | Sector::COP)))
        })
}
