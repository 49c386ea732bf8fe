//! Coding with a small PETRARCH set written for these tests: one sentence
//! per dictionary construct.

use chrono::NaiveDate;
use dyad_petrarch::{Kind, Options, PetrarchCoder, PetrarchSet};

const VERBS: &str = "\
&CURRENCY
+DOLLAR
+SWISS_FRANC_
&VALUABLES
+&CURRENCY
+GOLD_BAR
--- CRITICIZE [111] ---
CRITICIZE  # a bare verb codes with its family's code
CONDEMN [122]
- * THE THE THE THE THE THE THE ZEBRA [999]
--- LEAVE [---] ---
LEAVE {LEFT LEAVES LEAVING}
- * FOR + [032:033]
--- GIVE [070] ---
GIVE {GAVE GIVEN GIVING}
- * &CURRENCY TO + [071]
- * &VALUABLES FOR + [072]
- * &NO_SUCH_SET FOR + [073]
--- SEND [---] ---
SEND {SENT SENDS SENDING}
- * {ARMS DEAL} + [0712]
--- SAY [---] ---
SAY {SAID SAYS SAYING}
--- FIGHT [190] ---
ATTACK
--- DEMAND [---] ---
WANT
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK) WANT = a b 021
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (b . ATTACK) NO_SUCH_VERB = a b 112
--- AGREE [---] ---
AGREE
- * WITH % [031]
--- HOLD [---] ---
HOLD {HELD HOLDS HOLDING}
- % * TALKS [031]
- FOR + [032]  # a pattern without the verb marker
";

const ACTORS: &str = "\
FRANCE [FRA]
+FRENCH
GERMANY [DEU]
PARIS [FRA]
BERLIN_ [DEU]
ITALY [ITAGOV 19950601-19990815] [ITA]
BOROMIR [---]
ROMAN_GAUL [GAU]
+LUTETIA
MODERN_FRANCE [FRA]
+LUTETIA
";

const AGENTS: &str = "\
!PERSON! = MAN, MEN
GOVERNMENT [~GOV]
SOLDIER [~MIL]
MSF {} [NGO~]
CONGRESS!PERSON! [~LEG]
";

const DISCARDS: &str = "\
BASEBALL
+TYPHOON
";

const ISSUES: &str = "\
<ISSUE CATEGORY=\"TRADE\" TYPE=\"ALL\">
n:tariff
free trade [FREE_TRADE]
~tariff cut
</ISSUE>
v:kidnap [KIDNAP]
";

fn coder() -> PetrarchCoder {
    PetrarchCoder::new(PetrarchSet::from_texts(&[
        ("test.issues.txt", Kind::Issues, ISSUES),
        ("test.verbs.txt", Kind::Verbs, VERBS),
        ("test.actors.txt", Kind::Actors, ACTORS),
        ("test.agents.txt", Kind::Agents, AGENTS),
        ("test.discards.txt", Kind::Discards, DISCARDS),
    ]))
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The (source, target, code) triples of a text, sorted.
fn code_with(text: &str, date: Option<NaiveDate>, options: Options) -> Vec<String> {
    let mut out: Vec<String> =
        coder().code_text(text, date, &options).into_iter().flat_map(|s| s.events).map(|e| format!("{} {} {}", e.source, e.target, e.code)).collect();
    out.sort();
    out.dedup();
    out
}

fn code(text: &str) -> Vec<String> {
    code_with(text, day(2020, 1, 1), Options::default())
}

#[test]
fn a_bare_verb_codes_with_its_family_or_its_own_code() {
    assert_eq!(code("France criticized Germany on Monday."), ["FRA DEU 111"]);
    assert_eq!(code("France condemned Germany on Monday."), ["FRA DEU 122"]);
}

#[test]
fn a_pattern_sets_the_code_and_the_target_and_a_pair_codes_both_ways() {
    assert_eq!(code("The French government left for Berlin on Monday."), ["DEU FRAGOV 033", "FRAGOV DEU 032"]);
    // Without the pattern's words the family's null code gives nothing.
    assert!(code("France left Germany on Monday.").is_empty());
}

#[test]
fn synonym_sets_match_their_members_and_implied_plurals() {
    assert_eq!(code("France gave a million dollars to Germany."), ["FRA DEU 071"]);
    assert_eq!(code("France gave a million swiss franc to Germany."), ["FRA DEU 071"]);
    // A set may hold another set's members (`+&CURRENCY`).
    assert_eq!(code("France gave gold bars for Germany."), ["FRA DEU 072"]);
    assert_eq!(code("France gave dollars for Germany."), ["FRA DEU 072"]);
    // A member written with a final `_` has no plural.
    assert_eq!(code("France gave a million swiss francs to Germany."), ["FRA DEU 070"]);
}

#[test]
fn phrase_markers_hold_their_words_inside_one_phrase() {
    assert_eq!(code("France sent an arms deal proposal to Germany."), ["FRA DEU 0712"]);
    // "arms" and "deal" in two noun phrases: no match, and the family's
    // null code gives nothing.
    assert!(code("France sent arms to the deal makers in Germany.").is_empty());
}

#[test]
fn transformations_turn_a_said_attack_into_one_event() {
    // a says it will attack b: a threatens b (015), not two events.
    assert_eq!(code("France said it would attack Germany."), ["FRA DEU 015"]);
    // a says b attacked: a accuses b (112).
    assert_eq!(code("France said Germany attacked Italy."), ["FRA DEU 112"]);
    // a wants to attack b: a threatens force (138); a wants b to attack:
    // a appeals to b (021), b being the object that controls "to attack".
    assert_eq!(code("France wants to attack Italy."), ["FRA ITA 138"]);
    assert_eq!(code("France wants Germany to attack Italy."), ["FRA DEU 021"]);
    // Without a verb of saying above it the attack codes as itself.
    assert_eq!(code("Germany attacked Italy."), ["DEU ITA 190"]);
}

#[test]
fn a_compound_slot_codes_its_members_with_each_other() {
    assert_eq!(code("France and Germany held talks on Monday."), ["DEU FRA 031", "FRA DEU 031"]);
    // After the verb, with a subject before it, the compound is the target.
    assert_eq!(code("Germany agreed with France and Italy on Monday."), ["DEU FRA 031", "DEU ITA 031"]);
}

#[test]
fn date_restricted_codes_follow_the_sentence_date() {
    let text = "Italy criticized France on Monday.";
    assert_eq!(code_with(text, day(1997, 3, 1), Options::default()), ["ITAGOV FRA 111"]);
    assert_eq!(code_with(text, day(2001, 3, 1), Options::default()), ["ITA FRA 111"]);
}

#[test]
fn agents_join_their_actor_before_or_after_it_or_stand_alone() {
    assert_eq!(code("French soldiers criticized Germany."), ["FRAMIL DEU 111"]);
    assert_eq!(code("MSF France criticized Germany."), ["NGOFRA DEU 111"]);
    assert_eq!(code("The government criticized Germany."), ["---GOV DEU 111"]);
    // A substitution set gives the agent's forms: CONGRESSMAN, CONGRESSMEN.
    assert_eq!(code("French congressmen criticized Germany."), ["FRALEG DEU 111"]);
}

#[test]
fn exact_names_do_not_match_longer_words() {
    // BERLIN_ is exact; "Berliner" is no actor, and nothing is coded.
    assert!(code("France criticized the Berliner newspaper.").is_empty());
}

#[test]
fn a_pattern_of_many_common_words_is_tried_in_bounded_time() {
    // Seven THEs may lie between the verb and ZEBRA in countless ways; the
    // matcher gives up within its step budget and the verb codes bare.
    let text = format!("France criticized Germany{}.", " and the".repeat(80));
    assert_eq!(code(&text), ["FRA DEU 111"]);
}

#[test]
fn a_name_listed_twice_codes_with_the_later_entry() {
    assert_eq!(code("Lutetia criticized Germany."), ["FRA DEU 111"]);
}

#[test]
fn a_subject_that_names_no_actor_leaves_the_event_without_a_source() {
    assert!(code("France said that unknown gunmen criticized Germany.").is_empty());
    assert!(code("After meeting France on Monday, the rebels criticized Germany.").is_empty());
    // A pronoun stands for the nearest coded actor before it.
    assert_eq!(code("France said it would criticize Germany."), ["FRA DEU 111"]);
}

#[test]
fn a_null_actor_is_known_and_codes_nothing() {
    assert!(code("Boromir criticized Germany.").is_empty());
}

#[test]
fn a_passive_verb_takes_its_by_phrase_as_the_source() {
    assert_eq!(code("Germany was criticized by France on Monday."), ["FRA DEU 111"]);
}

#[test]
fn discards_drop_the_sentence_or_the_whole_story() {
    assert!(code("France criticized Germany over baseball.").is_empty());
    assert_eq!(code("France criticized Germany over baseball. Germany condemned France."), ["DEU FRA 122"]);
    assert!(code("Germany condemned France. France criticized Germany after the typhoon.").is_empty());
}

#[test]
fn without_require_dyad_a_missing_side_is_written_as_dashes() {
    let text = "France criticized the decision.";
    assert!(code(text).is_empty());
    assert_eq!(code_with(text, day(2020, 1, 1), Options { require_dyad: false }), ["FRA --- 111"]);
}

#[test]
fn issues_are_counted_per_sentence_outside_exclusions() {
    let c = coder();
    let words = ["Tariffs", ",", "a", "tariff", "cut", "and", "free", "trade", ":", "rebels", "kidnapped", "two", "tariff", "officials"];
    assert_eq!(c.issues(&words), [("TRADE".to_string(), 2), ("FREE_TRADE".to_string(), 1), ("KIDNAP".to_string(), 1)]);
}

#[test]
fn the_load_report_counts_what_was_read_and_names_bad_lines() {
    let c = coder();
    let report = c.set().report.to_string();
    assert!(report.contains("test.verbs.txt: 9 verb families"), "{report}");
    assert!(report.contains("test.actors.txt: 8 actors (1 dated codes)"), "{report}");
    assert!(report.contains("not applied: 1 patterns naming a synonym set the file does not define"), "{report}");
    assert!(report.contains("4 transformations"), "{report}");
    let bad: Vec<String> = c.set().report.malformed.iter().map(|e| e.to_string()).collect();
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(bad[0].starts_with("test.verbs.txt:39: pattern without"), "{bad:?}");
    assert!(bad[1].starts_with("test.verbs.txt:32: transformation not applied: verb NO_SUCH_VERB"), "{bad:?}");
}
