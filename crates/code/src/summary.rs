//! Sentences that sum acts up or report a game rather than one political
//! event: tallies over time ("has used chemical weapons more than 100
//! times", "killed tens of thousands") and sports reports ("crushed
//! Cameroon 3-1"). Read by `facts::not_reported`.

use dyad_dict::{Dictionaries, WordClass};
use dyad_ontology::Category;
use dyad_recognize::{Recognized, Trigger};

use crate::clause::words_until;

/// A tally of acts after the event word, within its clause: a count of
/// times with a perfect or present verb ("has used ... more than 100
/// times", "dozens of times"), acts told as repeated ("again and again"),
/// attacks counted in the thousands ("more than 25,000 air raids"), or
/// for a violent or coercive act a toll in tens or hundreds of thousands or
/// millions ("killed tens of thousands", "imprisoned hundreds of
/// thousands"). Protests of "tens of thousands" are one event: their size.
pub(crate) fn tally(rec: &Recognized<'_>, trig: &Trigger, category: Category) -> Option<&'static str> {
    let end = trig.end.max(trig.anchor + 1);
    let clause = words_until(&rec.sentence, end, 12, &[".", ";", ":", "\""]);
    let countable = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == ',') || matches!(w, "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "dozens" | "hundreds" | "several" | "many" | "countless" | "numerous");
    // (Counted blows of one attack are no tally: "was stabbed several
    // times", "shot him five times". Only a perfect or present sums acts up:
    // "has used chemical weapons more than 100 times".)
    let first = trig.start.min(trig.anchor);
    let summed = (first.saturating_sub(4)..first).any(|k| matches!(rec.sentence.lower[k].as_ref(), "has" | "have" | "had" | "'ve")) || rec.sentence.lower[trig.anchor].ends_with('s');
    let times = summed && (clause.windows(2).any(|w| matches!(w[1], "times" | "occasions") && countable(w[0])) || clause.windows(3).any(|w| w[1] == "of" && w[2] == "times" && countable(w[0])));
    // "has used chemical weapons again and again", "time and again", "time
    // after time", "over and over".
    let repeated = clause.windows(3).any(|w| matches!(w, ["again", "and", "again"] | ["time", "and", "again"] | ["time", "after", "time"] | ["over", "and", "over"]));
    let times = times || repeated;
    // ("fought four wars against each other": wars counted are a history.)
    let wars = clause.windows(2).any(|w| matches!(w[1], "wars" | "campaigns" | "insurgencies" | "uprisings") && countable(w[0]));
    if times || wars {
        return Some("a tally of acts, not one event");
    }
    let toll = clause.windows(3).any(|w| matches!(w[0], "tens" | "hundreds") && w[1] == "of" && w[2] == "thousands") || clause.contains(&"millions");
    // "carried out more than 25,000 air raids": attacks counted in the
    // thousands are a campaign's tally.
    let thousands = |w: &str| w.contains(',') && w.replace(',', "").parse::<u64>().is_ok_and(|n| n >= 1000);
    let attacks = |w: &str| matches!(w, "raids" | "strikes" | "airstrikes" | "air-strikes" | "attacks" | "bombings" | "sorties" | "missions");
    let from = trig.start.min(trig.anchor);
    let around: Vec<&str> = rec.sentence.lower[from..(end + 12).min(rec.sentence.lower.len())].iter().map(|w| w.as_ref()).collect();
    let counted = around.windows(3).any(|w| thousands(w[0]) && (attacks(w[1]) || attacks(w[2])));
    if counted {
        return Some("a tally of acts, not one event");
    }
    if toll && matches!(category, Category::Assault | Category::Coerce) {
        return Some("a tally of acts, not one event");
    }
    None
}

/// Whether the sentence reports a game: two words of sport, or one and a
/// scoreline ("3-1"), and no police or military named.
pub(crate) fn sports_report(rec: &Recognized<'_>, dict: &Dictionaries) -> bool {
    let lower = &rec.sentence.lower;
    let sport = |w: &&str| dict.closed.is(WordClass::SportWord, w);
    // (Most sentences name no sport: nothing more to read.)
    let Some(one) = lower.iter().map(|w| w.as_ref()).find(sport) else { return false };
    let another = lower.iter().map(|w| w.as_ref()).filter(sport).any(|w| w != one);
    let scoreline = || lower.iter().any(|w| w.split_once(['-', '–']).is_some_and(|(a, b)| !a.is_empty() && a.len() <= 2 && b.len() <= 2 && !b.is_empty() && a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())));
    let game = another || scoreline();
    let forces = || rec.actors.iter().flat_map(|p| &p.mentions).any(|m| m.sector.is_some_and(|s| matches!(s, dyad_ontology::plover::Sector::COP | dyad_ontology::plover::Sector::MIL)));
    game && !forces()
}
