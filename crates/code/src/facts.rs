//! Stage: whether an event word reports an act of its clause at all.
//! Event nouns in a prepositional phrase ("following the killing of"),
//! events not (yet) real ("a planned offensive"), infinitives of purpose,
//! wish or prospect ("urged Iran to withdraw", "raised to fight Isis") and
//! the content of an accusation ("accused Turkey of attacking") are not.

use dyad_dict::{Dictionaries, EventPattern, VerbTag, WordClass};
use dyad_ontology::Category;
use dyad_recognize::{Recognized, Trigger};

use crate::clause::{accusation_content, back_in_clause, governed, verb_in_class};

/// Why an infinitive (or what it governs) reports no act: a purpose, wish
/// or prospect, or the content of an earlier event word.
const PURPOSE: &str = "an infinitive of purpose, wish or prospect, or governed by an earlier event word";

/// The reason the event word at `trig` reports no act of its clause, or
/// `None` when it does.
pub(crate) fn not_reported(rec: &Recognized<'_>, dict: &Dictionaries, pattern: &EventPattern, trig: &Trigger, category: Category) -> Option<&'static str> {
    // An event noun inside a prepositional phrase ("following the killing
    // of", "during the meeting") is background to the clause, whose
    // subject is not its actor.
    // "was hit by a cyber attack": the attack on computers is the event,
    // whatever verb its victim is the subject of.
    let cyber = pattern.cameo.is_some_and(|c| dyad_ontology::cameo::cyber_attack(c.code));
    if nominal_in_pp(rec, dict, pattern, trig) && trig.source_at.is_none() && !cyber {
        return Some("an event noun in a prepositional phrase");
    }
    // "a planned offensive", "a threatened attack": not (yet) real.
    let first = trig.start.min(trig.anchor);
    let lower = &rec.sentence.lower;
    // "airstrikes against Islamic State would cease", "the shelling has
    // stopped": an event noun whose own verb is one of ceasing tells its
    // end, not the act.
    // (Past the noun's target: "airstrikes against Islamic State".)
    let noun_end = trig.end.max(trig.anchor + 1);
    let noun_end = rec.actors.iter().find(|p| p.start == noun_end).map_or(noun_end, |p| p.end);
    // (The event word a noun, not an adjective: not "ready to help stop".)
    let noun = !dict.lexicon.classes(rec.sentence.words[trig.anchor]).adjective();
    if pattern.is_nominal() && noun && crate::predicate::ceases_after(rec, dict, noun_end) {
        return Some("an act said to cease");
    }
    // "the Lions of Teranga stormed back from a goal down to crush Cameroon
    // 3-1", "launching a decisive attack at the 35-kilometre mark of the
    // marathon": a game's report, no violence or coercion (unless police or
    // soldiers are named: "police fired tear gas at fans after the match").
    // (A protest at a game is a protest.)
    if matches!(category, Category::Assault | Category::Coerce | Category::Threaten | Category::Retreat | Category::Mobilize) && crate::summary::sports_report(rec, dict) {
        return Some("a sports report");
    }
    if pattern.is_nominal() && noun {
        // Where the one or two words right before the event noun that
        // modify it begin.
        let modified_from = |is_modifier: &dyn Fn(usize) -> bool| {
            let mut k = first;
            while k >= 1 && first - k < 2 && is_modifier(k - 1) {
                k -= 1;
            }
            k
        };
        // "similar to last year's invasion of Afrin": an event noun dated by
        // a possessive past year is background.
        let k = modified_from(&|j| dict.lexicon.classes(rec.sentence.words[j]).adjective() && !matches!(lower[j].as_ref(), "'s" | "’s"));
        if k >= 3 && matches!(lower[k - 1].as_ref(), "'s" | "’s") && lower[k - 2] == "year" && lower[k - 3] == "last" {
            return Some("historical (last year's)");
        }
        // "a step forward, not an endorsement of the military": an event
        // noun denied by its determiner (over one or two adjectives, "not a
        // deadly attack").
        let mut k = modified_from(&|j| {
            let c = dict.lexicon.classes(rec.sentence.words[j]);
            c.adjective() && !c.noun() && !c.verb()
        });
        // (Over a quotation mark: 'not an "endorsement"'. "No" is read with
        // the verb group: "would have no discussions" is a refusal.)
        let quote = |j: usize| matches!(lower[j].as_ref(), "\"" | "“" | "”");
        if k >= 1 && quote(k - 1) {
            k -= 1;
        }
        let denied = k >= 2 && matches!(lower[k - 1].as_ref(), "a" | "an" | "any") && matches!(lower[k - 2].as_ref(), "not" | "never");
        if denied {
            return Some("an event noun denied ('not an')");
        }
    }
    // "sabotage plots", "a bomb plot", "attack plans": an event word naming
    // what a scheme aims at. (Not a verb before its object: "will scrap
    // plans", "they drop plans", "Turkey shelves plans".)
    let verb_before_object = first >= 1
        && (crate::clause::is_aux_like(dict, &lower[first - 1]) || lower[first - 1] == "to" || dict.closed.is(WordClass::Pronoun, &lower[first - 1]) || rec.actors.iter().any(|p| p.end == first))
        || lower[trig.anchor].ends_with("ed")
        || lower[trig.anchor].ends_with("ing");
    if noun && !verb_before_object && lower.get(trig.anchor + 1).is_some_and(|w| dict.closed.is(WordClass::PlotNoun, w)) {
        return Some("an event not (yet) real");
    }
    // "a passenger train derailed near Balasore, injuring 23 people", "a
    // bus overturned, killing 12": the harm an accident does is no attack.
    let after_accident = category == Category::Assault
        && lower[trig.anchor].ends_with("ing")
        && first >= 2
        && lower[first - 1] == ","
        && back_in_clause(&rec.sentence, first.saturating_sub(14), first - 1).any(|k| verb_in_class(&rec.sentence, dict, k, WordClass::AccidentVerb));
    if after_accident {
        return Some("the harm of an accident");
    }
    // ("bracing for imminent attack": an adjective right before the event
    // word needs no article; "planned attacks" may be a verb's object.)
    let modified = (first.saturating_sub(2).max(1)..first).any(|k| {
        dict.closed.is(WordClass::UnrealisedModifier, &lower[k])
            && (dict.closed.is(WordClass::Article, &lower[k - 1]) || lower[k - 1] == "'s" || (k + 1 == first && !lower[k].ends_with("ed")))
    });
    if modified {
        return Some("an event not (yet) real");
    }
    // "four Kurdish fighters killed on the battlefront a day earlier were
    // buried": a past participle right after its noun, without an object,
    // before the clause's own verb group, describes the noun (a reduced
    // relative), whoever the tree took for its subject.
    if reduced_relative(rec, dict, trig.anchor) {
        return Some("a participle describing a noun (reduced relative)");
    }
    // "Ankara is not thought to be targeting the area", "is believed to
    // plan attacks": a belief about what somebody is doing is no report of
    // it ("is believed to have killed" reports a past act).
    if first >= 3 && (lower[first - 1] == "to" || (lower[first - 1] == "be" && lower[first - 2] == "to")) {
        let to = if lower[first - 1] == "to" { first - 1 } else { first - 2 };
        if to >= 1 && matches!(lower[to - 1].as_ref(), "thought" | "believed" | "suspected" | "assumed" | "presumed" | "rumoured" | "rumored") {
            return Some("what is believed, not reported");
        }
    }
    // "two British men killed fighting Islamic State", "died while
    // fighting": how somebody died, not the news of a battle.
    if lower[first].ends_with("ing") && first >= 1 {
        let k = if lower[first - 1] == "while" && first >= 2 { first - 2 } else { first - 1 };
        if matches!(lower[k].as_ref(), "killed" | "died" | "wounded" | "injured" | "captured") {
            return Some("how somebody died or was hurt, not an act of the news");
        }
    }
    // "seven years of unremitting mass killing", "decades of fighting":
    // acts summed over years are no one event.
    let of_years = (first.saturating_sub(7)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | ".")).find(|&k| lower[k] == "of").is_some_and(|k| k >= 1 && matches!(lower[k - 1].as_ref(), "years" | "decades"));
    if of_years {
        return Some("acts summed over years, no one event");
    }
    // "Trump is expected to announce that US troops have killed the Isis
    // leader", "will say that police arrested": what somebody has yet to
    // announce is not reported.
    if let Some(reason) = crate::that_clause::announcement_to_come(rec, dict, first) {
        return Some(reason);
    }
    // "Lavrov warned that Americans have taken dangerous steps", "warned
    // that aid supplies are far from sufficient": a warning is a threat only
    // when what it says looks forward (what will, would or could happen, or
    // happen if or unless); one about how things are or what was done is a
    // judgement, no threat.
    if category == Category::Threaten && lower[trig.anchor].starts_with("warn") {
        let that = (trig.anchor + 1..trig.end.max(trig.anchor + 1).min(lower.len())).find(|&k| lower[k] == "that");
        if let Some(that) = that {
            let forward = lower[that + 1..].iter().any(|w| {
                dict.closed.is(WordClass::Future, w) || dict.closed.is(WordClass::Hypothetical, w) || matches!(w.as_ref(), "must" | "risk" | "risks" | "risked" | "ready" | "prepared" | "possibility" | "consequences" | "otherwise")
            });
            if !forward {
                return Some("a warning about how things are, no threat");
            }
        }
    }
    // "sent fewer soldiers than Trump demanded", "more than the US had
    // promised": the act of a comparison's clause is a measure, not news.
    let compared = (first.saturating_sub(6)..first).find(|&k| lower[k] == "than").is_some_and(|k| {
        rec.actors.iter().any(|p| p.start == k + 1 && p.end <= first && (p.end..first).all(|j| crate::clause::is_aux_like(dict, &lower[j])))
    });
    if compared {
        return Some("the clause of a comparison");
    }
    // "Australia believes more than 100 of its citizens were fighting",
    // "they fear the army will attack": what somebody believes, suspects or
    // fears is no report of it ("believed to have attacked" is read above).
    let believed = (first.saturating_sub(8)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"")).any(|k| {
        matches!(lower[k].as_ref(), "believes" | "believe" | "suspects" | "suspect" | "fears" | "fear" | "feared" | "thinks" | "think" | "assume" | "assumes" | "expect" | "expects" | "predict" | "predicts" | "anticipate" | "anticipates")
            && lower.get(k + 1).is_some_and(|n| n != "to" && n != "of" && n != "for" && !crate::clause::is_aux_like(dict, n))
            && (k + 1 < first)
            // (A verb, not the noun of "two suspects", "the fears".)
            && !(k >= 1 && (dict.closed.is(WordClass::Determiner, &lower[k - 1]) || lower[k - 1].chars().all(|c| c.is_ascii_digit()) || matches!(lower[k - 1].as_ref(), "two" | "three" | "four" | "five" | "several" | "many" | "some" | "his" | "her" | "their" | "its" | "our")))
    });
    if believed {
        return Some("what somebody believes or fears");
    }
    // "it is hard to see this White House staying out of the fight": what
    // is hard or easy to imagine has not happened.
    let imagined = (first.saturating_sub(8)..first).any(|k| k >= 2 && lower[k - 1] == "to" && matches!(lower[k].as_ref(), "see" | "imagine" | "envisage") && matches!(lower[k - 2].as_ref(), "hard" | "difficult" | "easy" | "impossible"));
    if imagined {
        return Some("what is hard or easy to imagine");
    }
    // "Will Russia invade Ukraine?": a question reports nothing.
    if lower.last().is_some_and(|w| w == "?") {
        return Some("a question, not a report");
    }
    // "Should Iran attack Israel, the consequences would be severe": a
    // condition told by inversion, in the clause before the first comma.
    if lower.first().is_some_and(|w| w == "should") && !lower[..first].iter().any(|w| w == ",") {
        return Some("in the condition of a conditional");
    }
    // "denied that police had beaten the protesters", "dismissed reports
    // that the army shelled the town": what is denied is not reported.
    if crate::that_clause::denied_content(lower, first) {
        return Some("what is denied");
    }
    // "blocking such suggestions as assassinating Bashar al-Assad", "ideas
    // such as sending troops": an act named as an example of what is
    // proposed is not done.
    let proposed = first >= 2
        && lower[first].ends_with("ing")
        && lower[first - 1] == "as"
        && (first.saturating_sub(5)..first - 1).any(|k| dict.closed.is(WordClass::ProposalNoun, &lower[k]));
    if proposed {
        return Some("an example of what is proposed");
    }
    // "no sign Russia was willing to put pressure on Assad", "no evidence
    // that Iran attacked": what there is no sign of did not happen.
    let none_seen = (first.saturating_sub(8)..first).any(|k| k >= 1 && lower[k - 1] == "no" && matches!(lower[k].as_ref(), "sign" | "signs" | "indication" | "indications" | "evidence" | "proof"))
        && !(first.saturating_sub(8)..first).any(|k| matches!(lower[k].as_ref(), "." | ";" | "but"));
    if none_seen {
        return Some("what there is no sign of");
    }
    // "argue for standing by the SDF", "called for lifting the sanctions":
    // the act after "for" is advocated, not done.
    if first >= 2 && lower[first].ends_with("ing") && lower[first - 1] == "for" && back_in_clause(&rec.sentence, first.saturating_sub(4), first - 1).any(|k| verb_in_class(&rec.sentence, dict, k, WordClass::AdvocacyVerb)) {
        return Some("an act argued for, not done");
    }
    // "has used chemical weapons more than 100 times", "murdered tens of
    // thousands of Syrians": a tally of acts over a war sums it up; it
    // reports no one event.
    if let Some(reason) = crate::summary::tally(rec, trig, category) {
        return Some(reason);
    }
    // "to avoid a regime assault", "prevented attacks": what was prevented
    // did not happen.
    let s = &rec.sentence;
    if back_in_clause(s, first.saturating_sub(3), first).any(|k| verb_in_class(s, dict, k, WordClass::PreventingVerb)) {
        return Some("an act prevented");
    }
    // "risks being executed by a drone, or imprisoned on return": what
    // somebody risks has not happened (nor its conjunct).
    let risked = |k: usize| k >= 1 && lower[k] == "being" && matches!(lower[k - 1].as_ref(), "risk" | "risks" | "risked" | "risking");
    let conjunct = first >= 1 && matches!(lower[first - 1].as_ref(), "or" | "and");
    if risked(first.saturating_sub(1)) || (conjunct && (first.saturating_sub(12)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), ";" | "." | "\"")).any(risked)) {
        return Some(PURPOSE);
    }
    // "an operation aimed at fighting terrorists": a purpose, like "to fight".
    if first >= 2 && lower[first - 1] == "at" && matches!(lower[first - 2].as_ref(), "aimed" | "aiming" | "aim" | "aims") {
        return Some(PURPOSE);
    }
    // "urging attacks on US soil", "demanding strikes": an event noun that a
    // verb of wanting takes as its object has not happened.
    let nominal = pattern.is_nominal();
    // "the threat of attack by Turkey", "the prospect of a cross-border
    // attack": an event whose threat or prospect is spoken of has not
    // happened.
    if nominal || !dict.lexicon.verb_readings(s.words[trig.anchor]).is_empty() {
        // ("expectations of a long, gruelling blockade": a comma between
        // two adjectives stays inside the noun phrase.)
        let adjective = |k: usize| dict.lexicon.classes(s.words[k]).adjective();
        let between_adjectives = |k: usize| lower[k] == "," && k >= 1 && adjective(k - 1) && adjective(k + 1);
        let reach = 4 + (first.saturating_sub(3)..first).filter(|&k| between_adjectives(k)).count();
        let of = (first.saturating_sub(reach)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"") || between_adjectives(k)).find(|&k| lower[k] == "of");
        // ("share another aim: curbing US influence": a colon after the noun too.)
        let colon = first >= 2 && lower[first - 1] == ":" && dict.closed.is(WordClass::ProspectNoun, &lower[first - 2]);
        // ("its target of training 40,000 fighters": a target of doing
        // something; "targets of cyber attacks" are its victims.)
        let target_of_doing = |k: usize| matches!(lower[k - 1].as_ref(), "target" | "targets") && lower[first].ends_with("ing");
        if colon || of.is_some_and(|k| k >= 1 && (dict.closed.is(WordClass::ProspectNoun, &lower[k - 1]) || target_of_doing(k))) {
            return Some("an event spoken of as a threat or prospect");
        }
        // "Russia has a history of mounting assaults when western leaders
        // gather", "a pattern of abuse": a habit or record, no one event.
        if of.is_some_and(|k| k >= 1 && dict.closed.is(WordClass::RecordNoun, &lower[k - 1])) {
            return Some("a habit or record, not one event");
        }
        // "would leave the SDF vulnerable to Turkish attack": exposed to it,
        // not (yet) attacked.
        let to = (first.saturating_sub(3)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"")).find(|&k| lower[k] == "to");
        if to.is_some_and(|k| k >= 1 && dict.closed.is(WordClass::ExposureAdjective, &lower[k - 1])) {
            return Some("an event spoken of as a threat or prospect");
        }
    }
    if nominal && back_in_clause(s, first.saturating_sub(3), first).any(|k| verb_in_class(s, dict, k, WordClass::WantingVerb)) {
        return Some("an event noun a verb of wanting takes as its object");
    }
    // "capacity for planning attacks abroad", "fear attacks": a verb
    // pattern's word that can be a noun, right after a verb of wanting or
    // planning, is that verb's object, not a verb of its own.
    // Only the verb's -ing or -ed form: "press release" is no pressing.
    let verb_form = |w: &str| w.ends_with("ing") || w.ends_with("ed");
    if first >= 1 && verb_form(&lower[first - 1]) && dict.lexicon.classes(s.words[first]).noun() && verb_in_class(s, dict, first - 1, WordClass::WantingVerb) {
        return Some("an event noun a verb of wanting takes as its object");
    }
    // "record every breach of the law", "any attack on Turkey": an event
    // word quantified over stands for a kind of event, no one event.
    // (A noun only: "Monaco and Slovakia each agreed" is two agreements.)
    if first >= 1 && matches!(lower[first - 1].as_ref(), "every" | "each" | "any") && dict.lexicon.classes(s.words[first]).noun() && dict.lexicon.verb_readings(s.words[first]).iter().all(|(_, t)| !matches!(t, VerbTag::Past | VerbTag::PastParticiple)) {
        return Some("a kind of event quantified over, no one event");
    }
    // "the United States has never been menaced, let alone invaded": what
    // is denied even more strongly than a denied act.
    if first >= 2 && lower[first - 2] == "let" && lower[first - 1] == "alone" {
        return Some("denied ('let alone')");
    }
    // "direct clashes between Turkish and US troops in Manbij, east of
    // Afrin, are now a distinct possibility", "an assault on the town is
    // imminent", "a Turkish offensive looms": an event noun whose predicate
    // says it may come.
    // (A noun in this use: the pattern's, or a word that may be a noun
    // after a determiner or adjective; a gerund opening a clause: "warned
    // that sending troops would risk ...".)
    let a = trig.anchor;
    let before_noun = |k: usize| dict.closed.is(WordClass::Article, &lower[k]) || dict.closed.is(WordClass::Determiner, &lower[k]) || matches!(lower[k].as_ref(), "'s" | "’s") || {
        let c = dict.lexicon.classes(s.words[k]);
        c.adjective() && !c.verb() && !c.noun()
    };
    let gerund_opening = lower[a].ends_with("ing") && (a == 0 || matches!(lower[a - 1].as_ref(), "that" | "\""));
    let noun_subject = pattern.is_nominal() || (dict.lexicon.classes(s.words[a]).noun() && ((a > 0 && before_noun(a - 1)) || gerund_opening));
    if noun_subject && crate::predicate::prospect_after(rec, dict, noun_end) {
        return Some("an event spoken of as a threat or prospect");
    }
    // "Trump's demand that Germany prosecute its citizens", "urged that
    // troops withdraw": what a demand asks for has not happened.
    // "had demanded the Syrian leader resign": the same demand without "that".
    let demand_verb = |w: &str| matches!(w, "demand" | "demands" | "demanded" | "demanding" | "insist" | "insisted" | "insists" | "request" | "requests" | "requested" | "requesting");
    // ("insisted on Monday that Turkey withdraw": a day may stand between;
    // "insisted that the army had not shelled it" asserts, it asks nothing.)
    // (A quote may open the demand's words: 'demand that the government
    // "end the attacks"'.)
    let quoted_from = if first >= 1 && lower[first - 1] == "\"" { first - 1 } else { first };
    let demanded = (quoted_from.saturating_sub(10)..quoted_from).rev().take_while(|&k| !matches!(lower[k].as_ref(), "." | ";" | "\"")).any(|k| {
        if lower[k] != "that" || k == 0 {
            return false;
        }
        let mut j = k - 1;
        if j >= 1 && dict.closed.is(WordClass::PatternAdverbial, &lower[j]) {
            j -= 1;
            if j >= 1 && lower[j] == "on" {
                j -= 1;
            }
        }
        let demand_noun = |w: &str| matches!(w, "demand" | "demands" | "call" | "calls" | "request" | "requests" | "insistence" | "plea" | "appeal");
        // ("the strikers' demand includes that", "their demand is that".)
        let demand_is = matches!(lower[j].as_ref(), "is" | "was" | "includes" | "included" | "include") && j >= 1 && demand_noun(&lower[j - 1]);
        demand_noun(&lower[j])
            || demand_is
            || verb_in_class(s, dict, j, WordClass::WantingVerb)
            || (demand_verb(&lower[j]) && !crate::that_clause::indicative_after(rec, dict, k))
    });
    // (Also in the passive: "requested police officers be deployed".)
    let subjunctive_be = first >= 1 && lower[first - 1] == "be";
    let bare = rec.actors.iter().any(|p| (p.end == first || (subjunctive_be && p.end + 1 == first)) && p.start >= 1 && demand_verb(&lower[p.start - 1]));
    if demanded || bare {
        return Some("what a demand asks for");
    }
    // "insisted that Assad was committed to a peace process": "insist that"
    // with a clause in the indicative asserts; only a subjunctive or a
    // modal ("insisted that Turkey withdraw", "... should leave") demands.
    let that = (trig.anchor + 1..(trig.anchor + 5).min(lower.len())).find(|&k| lower[k] == "that");
    // ("insisting that return would be impossible": a modal of prediction
    // or possibility asserts too; only "should" and "must" ask.)
    let predicted = |that: usize| (that + 1..(that + 8).min(lower.len())).take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"")).any(|k| matches!(lower[k].as_ref(), "would" | "could" | "might" | "may" | "will" | "can" | "cannot"));
    if category == Category::Request && lower[trig.anchor].starts_with("insist") && that.is_some_and(|k| crate::that_clause::indicative_after(rec, dict, k) || predicted(k)) {
        return Some("an assertion, not a demand");
    }
    // "agreed that a united Europe was the only option": agreeing that
    // something is so is a shared view, no undertaking ("agreed that they
    // should work together", "... will be frozen" are).
    if category == Category::Agree && lower[trig.anchor].starts_with("agree") && that.is_some_and(|k| crate::that_clause::indicative_after(rec, dict, k)) {
        return Some("a shared view, not an undertaking");
    }
    if nominal && trig.source_at.is_none() && object_of_other_verb(rec, dict, trig) {
        return Some("an event noun another verb takes as its object");
    }
    // "bombings and sniper attacks have also increased", "attacks fell by
    // half": an event noun whose amount changes is a trend, not an event
    // (a verb right after the event word makes that word its noun subject).
    if dict.lexicon.classes(s.words[trig.anchor]).noun() && !lower[trig.anchor].ends_with("ing") {
        let mut k = trig.end.max(trig.anchor + 1);
        // ("attacks on military forces have spiked": past the noun's object.)
        if let Some(p) = rec.actors.iter().find(|p| p.start == k || trig.target_at == Some(p.start) && p.start >= trig.anchor) {
            k = k.max(p.end);
        }
        while k < lower.len() && (crate::clause::is_aux_like(dict, &lower[k]) || dict.closed.is(WordClass::VerbGroupAdverb, &lower[k])) {
            k += 1;
        }
        if k < lower.len() && verb_in_class(s, dict, k, WordClass::TrendVerb) {
            return Some("a trend in events, not an event");
        }
    }
    // "hinted at relaxing the ban", "is considering imposing sanctions": a
    // course weighed, not taken.
    if lower[trig.anchor].ends_with("ing") {
        let a = trig.start.min(trig.anchor);
        let weighed = (a.saturating_sub(3)..a).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"")).any(|k| verb_in_class(s, dict, k, WordClass::ConsideringVerb));
        if weighed {
            return Some("a course considered, not taken");
        }
    }
    // "the decision to withdraw troops", "decided to lift the ban": a
    // retreat or concession decided is coded, as announced (CONCEDE), by
    // the coder.
    if governed(&rec.sentence, dict, trig, &rec.triggers) && !crate::clause::decided_concession(&rec.sentence, dict, &rec.actors, trig, category) {
        return Some(PURPOSE);
    }
    // "asking people to carry out attacks", "threatened to stage protests":
    // an event noun a light verb takes is as real as that verb.
    if light_verb_before(s, dict, first).is_some_and(|v| governed(s, dict, &crate::clause::at_word(trig, v), &rec.triggers)) {
        return Some(PURPOSE);
    }
    if category != Category::Accuse && accusation_content(&rec.sentence, dict, trig, &rec.triggers) {
        return Some("what an accusation is about");
    }
    // "the men accused of torturing him", "suspected of planning attacks":
    // what somebody is accused of, whether or not the accusation is coded.
    // A coordinated content too: "accused of torturing him and murdering his friends".
    let accused_of = (first.saturating_sub(8)..first)
        .rev()
        .take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "." | "\"" | "but" | "who" | "which"))
        .any(|k| k >= 1 && matches!(lower[k].as_ref(), "of" | "with") && dict.closed.is(WordClass::AccusationWord, &lower[k - 1]) && (k + 1 == first || (k + 1..first).any(|j| matches!(lower[j].as_ref(), "and" | "or"))));
    if category != Category::Accuse && accused_of {
        return Some("what an accusation is about");
    }
    None
}

/// The past form at `a` follows a noun, takes no object (a preposition
/// follows), and a form of "be" comes later in its clause, before any
/// comma, conjunction or relative word: "fighters killed on Friday were
/// buried".
fn reduced_relative(rec: &Recognized<'_>, dict: &Dictionaries, a: usize) -> bool {
    let s = &rec.sentence;
    let lower = &s.lower;
    let participle = dict.lexicon.has_reading(s.words[a], VerbTag::PastParticiple);
    let after_noun = a >= 1 && (rec.actors.iter().any(|p| p.end == a) || (dict.lexicon.classes(s.words[a - 1]).noun() && !dict.lexicon.classes(s.words[a - 1]).verb()));
    // (Not an infinitive's "to": "the sides agreed to meet".)
    // ("men killed fighting Islamic State": a participle's adjunct too.)
    let no_object = lower.get(a + 1).is_some_and(|w| (w != "to" && dict.closed.is(WordClass::Preposition, w)) || w.ends_with("ing"));
    // (A "by" agent names who did it: "the man attacked by gunmen was ...".)
    let agent = (a + 1..lower.len().min(a + 5)).any(|k| lower[k] == "by");
    let opens = |w: &str| {
        matches!(w, "," | ";" | "." | "and" | "but" | "or" | "that" | "which" | "who" | "whom" | "whose" | "where" | "when" | "as" | "while" | "after" | "before" | "because" | "since" | "although" | "if" | "unless" | "until" | "\"")
    };
    participle
        && after_noun
        && no_object
        && !agent
        && (a + 2..lower.len().min(a + 12)).take_while(|&k| !opens(&lower[k])).any(|k| matches!(lower[k].as_ref(), "was" | "were" | "is" | "are" | "have" | "has"))
}

/// The light verb whose object the event word at `first` is ("carry out
/// attacks", "stage fresh protests", "made arrests"): up to three words
/// back over a particle, an article and modifiers, within the clause.
pub(crate) fn light_verb_before(s: &dyad_recognize::Sentence<'_>, dict: &Dictionaries, first: usize) -> Option<usize> {
    // ("renewed fighting", "continued attacks": a participle right before
    // the noun modifies it.)
    let light = |k: usize| verb_in_class(s, dict, k, WordClass::LightVerb) && !(k + 1 == first && s.lower[k].ends_with("ed"));
    verb_before_noun(s, dict, first, 4, light, |w| matches!(w, "out" | "up" | "off" | "on" | "more" | "further"))
}

/// The form of "be" an event noun at `first` is the complement of, with
/// only articles, determiners, numbers and adjectives between ("will be
/// the sixth meeting", "is a new round of talks").
pub(crate) fn copula_before(s: &dyad_recognize::Sentence<'_>, dict: &Dictionaries, first: usize) -> Option<usize> {
    let be = |k: usize| dict.closed.is(WordClass::Be, &s.lower[k]);
    let counting = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(w, "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "next" | "latest" | "last" | "new" | "another" | "further")
    };
    verb_before_noun(s, dict, first, 5, be, counting)
}

/// The word before the noun at `first`, up to `reach` words back, that
/// `is_verb` accepts, with only articles, determiners, adjectives and the
/// words `also_between` accepts between them.
fn verb_before_noun(s: &dyad_recognize::Sentence<'_>, dict: &Dictionaries, first: usize, reach: usize, is_verb: impl Fn(usize) -> bool, also_between: impl Fn(&str) -> bool) -> Option<usize> {
    let mut k = first;
    while k > 0 && first - k < reach {
        k -= 1;
        if is_verb(k) {
            return Some(k);
        }
        let w = s.lower[k].as_ref();
        let between = also_between(w)
            || dict.closed.is(WordClass::Article, w)
            || dict.closed.is(WordClass::Determiner, w)
            || (dict.lexicon.classes(s.words[k]).adjective() && !dict.lexicon.classes(s.words[k]).noun());
        if !between {
            return None;
        }
    }
    None
}

/// An event noun that is a passive's agent: "was hit by a cyber attack",
/// "knocked offline by a massive denial-of-service attack" (up to three
/// words between "by" and the noun). The clause's subject is its victim.
pub(crate) fn agent_of_passive(rec: &Recognized<'_>, trig: &Trigger) -> bool {
    let lower = &rec.sentence.lower;
    let first = trig.start.min(trig.anchor);
    (first.saturating_sub(4)..first).rev().take_while(|&k| !matches!(lower[k].as_ref(), "," | ";" | "\"")).any(|k| lower[k] == "by")
}

/// An event noun that is the object of a verb other than a light verb:
/// "France condemned the attack", "civilians fled the airstrikes", "Russia
/// denied the strikes" report no attack by France, the civilians or Russia.
/// Only with an article between them (the verb is then surely a verb), and
/// not when a "by" agent follows ("condemned the attack by Isis": Isis's).
fn object_of_other_verb(rec: &Recognized<'_>, dict: &Dictionaries, trig: &Trigger) -> bool {
    let s = &rec.sentence;
    let lower = &s.lower;
    if lower.get(trig.end.max(trig.anchor + 1)).is_some_and(|w| w == "by") {
        return false;
    }
    // Back over up to three modifiers ("the deadly suicide attack") to the
    // article; a word that may be a verb ends the search.
    let mut k = trig.start.min(trig.anchor);
    let mut steps = 0;
    while k > 0 && steps < 3 && !dict.closed.is(WordClass::Article, &lower[k - 1]) {
        if !dict.lexicon.verb_readings(s.words[k - 1]).is_empty() {
            return false;
        }
        k -= 1;
        steps += 1;
    }
    if k < 2 || !dict.closed.is(WordClass::Article, &lower[k - 1]) {
        return false;
    }
    let mut v = k - 2;
    // A particle of a phrasal verb: "carried out the attack", "called off the strike".
    if matches!(lower[v].as_ref(), "out" | "up" | "off" | "on") && v > 0 {
        v -= 1;
    }
    let w = lower[v].as_ref();
    !dict.lexicon.verb_readings(s.words[v]).is_empty()
        && !dict.closed.is(WordClass::Auxiliary, w)
        && !dict.closed.is(WordClass::Function, w)
        && !dict.closed.is(WordClass::Preposition, w)
        && !verb_in_class(s, dict, v, WordClass::LightVerb)
}

/// True for a pattern anchored on a noun ("killing of", "meeting") whose
/// anchor follows a preposition and an article: "following the killing of".
fn nominal_in_pp(rec: &Recognized<'_>, dict: &Dictionaries, pattern: &EventPattern, trig: &Trigger) -> bool {
    let lower = &rec.sentence.lower;
    let a = trig.start.min(trig.anchor);
    if !pattern.is_nominal() {
        return background_gerund(lower, a);
    }
    // Back over up to two adjectives: "a screen for new chemical attacks";
    // after an article, noun modifiers too ("by a roadside improvised
    // explosive device").
    let mut a = a;
    for _ in 0..2 {
        if a == 0 {
            break;
        }
        let c = dict.lexicon.classes(rec.sentence.words[a - 1]);
        // (Superlatives and ordinals too: "in the worst single attack".)
        let ranked = matches!(lower[a - 1].as_ref(), "single" | "first" | "last" | "latest" | "second" | "third" | "worst" | "best") || (lower[a - 1].ends_with("est") && c.adjective());
        let adjective = (c.adjective() && !c.noun() && !c.verb()) || ranked;
        // A noun or a name after an article: "by a roadside bomb", "in the
        // Salisbury attack".
        let capitalised = rec.sentence.texts[a - 1].starts_with(char::is_uppercase) && !rec.sentence.uniform_case;
        let modifier_after_article = a >= 2 && ((c.noun() && !c.verb()) || capitalised) && matches!(lower[a - 2].as_ref(), "a" | "an" | "the");
        // A hyphenated modifier after an article: "a three-hour visit", "a
        // US-led attack".
        let hyphenated = a >= 2 && lower[a - 1].contains('-') && !c.verb() && matches!(lower[a - 2].as_ref(), "a" | "an" | "the");
        if !(adjective || modifier_after_article || hyphenated) {
            break;
        }
        a -= 1;
    }
    let article = |w: &str| matches!(w, "the" | "a" | "an" | "its" | "his" | "her" | "their");
    // ("an investigation into the attack", "an inquiry into the killings".)
    let preposition = |w: &str| matches!(w, "following" | "after" | "before" | "during" | "despite" | "since" | "amid" | "over" | "about" | "for" | "of" | "in" | "on" | "against" | "by" | "from" | "into");
    // Without an article too: "including attacks on Atarib", "responsibility
    // for attacks on".
    // "killed by an improvised explosive device", "hit by airstrikes": the
    // event noun is a passive's agent, and the clause's subject its victim.
    // "to insulate its partners from blame", "protected from attacks".
    let bare = |w: &str| matches!(w, "including" | "following" | "after" | "before" | "despite" | "for" | "of" | "against" | "by" | "from" | "into");
    // "a pause in talks with Ukraine", "the breakthrough in talks": "in"
    // after a noun with its article (not "are in talks with", "took part
    // in talks").
    let in_after_noun = a >= 3 && lower[a - 1] == "in" && article(&lower[a - 3]) && dict.lexicon.classes(rec.sentence.words[a - 2]).noun();
    // "engaged in a shootout with", "were involved in a gun battle with":
    // a verb of taking part makes the noun after its "in" the act.
    let at = if a >= 1 && article(&lower[a - 1]) { a - 1 } else { a };
    let taking_part = at >= 2 && lower[at - 1] == "in" && verb_in_class(&rec.sentence, dict, at - 2, WordClass::ParticipationVerb);
    !taking_part && ((a >= 2 && article(&lower[a - 1]) && preposition(&lower[a - 2])) || (a >= 1 && bare(&lower[a - 1])) || in_after_noun)
}

/// An "-ing" event word that names the time or circumstance of the clause's
/// news: "after two days of fierce fighting", "amid heavy shelling", "during
/// fighting": the gerund is a noun there, background to the clause.
fn background_gerund(lower: &[std::borrow::Cow<'_, str>], a: usize) -> bool {
    let temporal = |w: &str| matches!(w, "after" | "before" | "during" | "following" | "amid" | "amidst" | "despite" | "since" | "until");
    if a == 0 || !lower[a].ends_with("ing") {
        return false;
    }
    // Up to two modifiers before the gerund ("fierce", "heavy").
    for k in (a.saturating_sub(3)..a).rev() {
        let w = lower[k].as_ref();
        // "after expelling it" is verbal (an act of the clause's subject);
        // "during fighting", "amid shelling" take nouns.
        if matches!(w, "during" | "amid" | "amidst" | "despite") {
            return true;
        }
        if w == "of" {
            // "after two days of", "amid weeks of": a temporal word shortly before.
            return (k.saturating_sub(4)..k).any(|j| temporal(&lower[j]));
        }
        if !w.chars().all(char::is_alphabetic) || matches!(w, "the" | "a" | "an" | "and" | "to") {
            return false;
        }
    }
    false
}



#[cfg(test)]
mod tests {


    use super::*;
    use crate::test_support::{dict, recognized};

    /// Each event word of the sentence with the reason it reports no act.
    fn reasons(text: &str) -> Vec<(String, Option<&'static str>)> {
        let d = dict();
        let rec = recognized(text);
        rec.triggers
            .iter()
            .filter_map(|t| {
                let p = &d.patterns[t.pattern];
                Some((rec.sentence.texts[t.anchor].to_string(), not_reported(&rec, d, p, t, p.category?)))
            })
            .collect()
    }

    fn reason_of(text: &str, word: &str) -> Option<&'static str> {
        let all = reasons(text);
        all.iter().find(|(w, _)| w == word).unwrap_or_else(|| panic!("no event word {word:?} in {all:?}")).1
    }

    #[test]
    fn an_event_noun_whose_verb_is_one_of_ceasing_tells_its_end() {
        assert_eq!(reason_of("Trump said airstrikes against Islamic State would cease in 60 days.", "airstrikes"), Some("an act said to cease"));
        assert_eq!(reason_of("Russian airstrikes on Idlib stopped on Monday.", "airstrikes"), Some("an act said to cease"));
        // A purpose after the noun is no end of it.
        assert_eq!(reason_of("Russian airstrikes on Idlib continued on Monday to stop the rebels.", "airstrikes"), None);
    }

    #[test]
    fn a_plain_act_is_reported() {
        assert_eq!(reason_of("Russian jets bombed the town of Idlib on Monday.", "bombed"), None);
    }

    #[test]
    fn background_nouns_and_unreal_events_are_not() {
        assert_eq!(reason_of("Protesters gathered following the killing of a student.", "killing"), Some("an event noun in a prepositional phrase"));
        assert_eq!(reason_of("Trump angered Iraqi politicians after a three-hour visit to troops.", "visit"), Some("an event noun in a prepositional phrase"));
        assert_eq!(reason_of("Turkey prepared a planned offensive against the Kurds.", "offensive"), Some("an event not (yet) real"));
        // Right before the event word no article is needed, unless the
        // modifier may be a verb ("Isis planned attacks").
        assert_eq!(reason_of("Thousands are bracing for imminent attack by Russian forces.", "attack"), Some("an event not (yet) real"));
        assert_ne!(reason_of("Isis militants planned attacks on Paris.", "attacks"), Some("an event not (yet) real"));
        assert_eq!(reason_of("The deal avoided a regime assault on Idlib.", "assault"), Some("an act prevented"));
        assert_eq!(reason_of("The minister denied that police had beaten the protesters.", "beaten"), Some("what is denied"));
        assert_eq!(reason_of("Canada has denied it has used cluster bombs in the campaign.", "used"), Some("what is denied"));
        assert_eq!(reason_of("Officials denied reports this week that militants had attacked the camp.", "attacked"), Some("what is denied"));
        assert_eq!(reason_of("Mattis blocked such suggestions as assassinating Bashar al-Assad.", "assassinating"), Some("an example of what is proposed"));
        assert_eq!(reason_of("Iran dismissed reports that its forces attacked the tanker.", "attacked"), Some("what is denied"));
        assert_eq!(reason_of("Police said that gunmen attacked the tanker.", "attacked"), None);
        assert_eq!(reason_of("Will Russia invade Ukraine?", "invade"), Some("a question, not a report"));
        assert_eq!(reason_of("Mattis sent fewer soldiers than Trump demanded.", "demanded"), Some("the clause of a comparison"));
        assert_eq!(reason_of("Zeid condemned the failure to end seven years of mass killing.", "killing"), Some("acts summed over years, no one event"));
        assert_eq!(reason_of("Ankara is not thought to be targeting the town.", "targeting"), Some("what is believed, not reported"));
        assert_eq!(reason_of("Ankara is believed to have attacked the town.", "attacked"), None);
        assert_eq!(reason_of("Australia believes more than 100 of its citizens were fighting in the region.", "fighting"), Some("what somebody believes or fears"));
        assert_eq!(reason_of("Police arrested two suspects in connection with the killing of the mayor.", "arrested"), None);
        let reduced = Some("a participle describing a noun (reduced relative)");
        assert_eq!(reason_of("Four Kurdish fighters killed on the battlefront a day earlier were buried on Thursday.", "killed"), reduced);
        assert_eq!(reason_of("The man attacked by unidentified gunmen was a cleric.", "attacked"), None);
        assert_eq!(reason_of("The sides agreed to meet in the city where talks were held.", "agreed"), None);
        assert_eq!(reason_of("Should Iran attack Israel, the consequences would be severe.", "attack"), Some("in the condition of a conditional"));
    }

    #[test]
    fn infinitives_of_purpose_and_wish_are_not() {
        let purpose = PURPOSE;
        assert_eq!(reason_of("The militia was raised by Washington to fight Isis.", "fight"), Some(purpose));
        assert_eq!(reason_of("Iran hopes to attack the base.", "attack"), Some(purpose));
        assert_eq!(reason_of("Syrian troops managed to attack the town.", "attack"), None);
        assert_eq!(reason_of("She posted videos urging attacks on US soil.", "attacks"), Some("an event noun a verb of wanting takes as its object"));
        // The infinitive's auxiliaries: "supposed to have surrendered" did
        // not happen, "believed to have surrendered" is a hedged report of a fact.
        assert_eq!(reason_of("The rebels were supposed to have surrendered by now.", "surrendered"), Some(purpose));
        assert_eq!(reason_of("Hundreds of Isis fighters are believed to have surrendered to Kurdish forces.", "surrendered"), None);
        assert_eq!(reason_of("Trump repeated his demand that Germany and France prosecute their citizens.", "prosecute"), Some("what a demand asks for"));
        assert_eq!(reason_of("Erdogan had demanded the Syrian leader resign.", "resign"), Some("what a demand asks for"));
        assert_eq!(reason_of("The strikers' demand includes that the government \"end the attacks\" on citizens.", "end"), Some("what a demand asks for"));
    }

    #[test]
    fn an_event_noun_another_verb_takes_is_not_its_subjects_act() {
        let object = Some("an event noun another verb takes as its object");
        assert_eq!(reason_of("France condemned the attack on the embassy.", "attack"), object);
        assert_eq!(reason_of("Thousands of civilians fled the airstrikes on Idlib.", "airstrikes"), object);
        // A light verb's subject does the act; a "by" agent names who did.
        assert_eq!(reason_of("The rebels began the attack on Idlib.", "attack"), None);
        assert_eq!(reason_of("Isis claimed the attack on the embassy.", "attack"), None);
    }

    #[test]
    fn planned_denied_and_possible_events_are_not() {
        let wanted = Some("an event noun a verb of wanting takes as its object");
        assert_eq!(reason_of("Isis retains its capacity for planning attacks abroad.", "attacks"), wanted);
        // A noun "press" is no pressing, and a press release no release.
        assert!(reasons("The Kenyan government issued a press release.").is_empty());
        assert_eq!(reason_of("The country has never been menaced, let alone invaded.", "invaded"), Some("denied ('let alone')"));
        let prospect = Some("an event spoken of as a threat or prospect");
        assert_eq!(reason_of("Direct clashes between Turkish forces and US troops in Manbij are now a distinct possibility.", "clashes"), prospect);
        assert_eq!(reason_of("Clashes between Turkish forces and Kurdish fighters killed nine people.", "Clashes"), None);
        assert_eq!(reason_of("It means destroying the planes of the Syrian government.", "destroying"), Some("a course considered, not taken"));
        assert_eq!(reason_of("Any attack on Turkey would be met with force.", "attack"), Some("a kind of event quantified over, no one event"));
        // The object of a light verb is as real as that verb.
        let purpose = Some(PURPOSE);
        assert_eq!(reason_of("Isis is asking people to carry out attacks in Europe.", "attacks"), purpose);
        assert_eq!(reason_of("The decision led to renewed fighting between the YPG and the regime.", "fighting"), None);
    }

    #[test]
    fn an_event_noun_whose_predicate_or_head_says_it_may_come_is_not_done() {
        let prospect = Some("an event spoken of as a threat or prospect");
        // Over an apposition with its commas, and with adjectives and verbs
        // of prospect as well as nouns.
        assert_eq!(reason_of("Direct clashes between Turkish forces and US troops in Manbij, east of Afrin, are now a distinct possibility.", "clashes"), prospect);
        assert_eq!(reason_of("A Turkish assault on the town is imminent.", "assault"), prospect);
        assert_eq!(reason_of("A Russian offensive on Idlib now looms.", "offensive"), prospect);
        assert_eq!(reason_of("An Iraqi attack on the town is widely expected.", "attack"), prospect);
        // A participle and "due to" give a cause, no prospect; a new clause
        // has its own subject.
        assert_eq!(reason_of("Peace talks between the army and the rebels were cancelled due to disputes.", "talks"), None);
        assert_eq!(reason_of("Rebels attacked the town and it is likely that more will follow.", "attacked"), None);
        // The subject of a modal of possibility is supposed; a known event
        // guessed about, or one that "could have" done harm, is not.
        assert_eq!(reason_of("Putin warned that sending troops to Ukraine would risk a nuclear conflict.", "sending"), prospect);
        assert_eq!(reason_of("A cyber attack on the grid could black out the capital for days.", "cyber"), prospect);
        assert_eq!(reason_of("The cyber attack could be a response to the decision of the government.", "cyber"), None);
        assert_eq!(reason_of("The Russian airstrike on the market could have killed dozens of people.", "airstrike"), None);
        // A scheme's aim is no act; a verb before its object "plans" is.
        let unreal = Some("an event not (yet) real");
        assert_eq!(reason_of("Officials said covert sabotage plots were uncovered.", "sabotage"), unreal);
        assert_eq!(reason_of("Police uncovered attack plans on Monday.", "attack"), unreal);
        // "Risks being": a risk, nor its conjunct.
        assert_eq!(reason_of("A Briton risks being executed by an RAF drone, or imprisoned on return.", "imprisoned"), Some(PURPOSE));
        // The noun of a prospect before "of", over coordinate adjectives.
        assert_eq!(reason_of("The fall of the town belied expectations of a long, gruelling blockade by the army.", "blockade"), prospect);
        assert_eq!(reason_of("It was only the second time in the history of Jordan that a government reached an agreement with the Palestinians.", "reached"), None);
    }

    #[test]
    fn an_accusation_is_reported_not_its_content() {
        assert_eq!(reason_of("Turkey accused Israel of killing three Syrian civilians.", "accused"), None);
        assert_eq!(reason_of("Turkey accused Israel of killing three Syrian civilians.", "killing"), Some("what an accusation is about"));
    }
}
