//! End-to-end tests of what a verb group's modality makes of an act: wishes
//! and pressure, "would" reported or supposed, decisions, plans and the "be
//! to" future, meetings set for a day to come, obligations ("must",
//! "should"), conditions and clauses of time, prospects, demands that
//! assert. Each test codes a few one-sentence documents with `dyad code`;
//! the other rules of reading are in `coding_rules.rs`.

mod common;

use common::{actor_codes, categories, code_lines, codes};
use serde_json::Value;

#[test]
fn what_somebody_wants_or_presses_for_has_not_happened() {
    let lines = [
        r#"{"id":"pressed","date":"2019-06-05","text":"Iranian authorities have been pressuring bus workers in Tehran to cancel the strike."}"#,
        r#"{"id":"hoped","date":"2019-06-05","text":"Turkey hopes to meet Russian officials in Sochi."}"#,
        r#"{"id":"done","date":"2019-06-05","text":"Turkish officials met Russian officials in Sochi on Monday."}"#,
        r#"{"id":"ability","date":"2019-06-05","text":"Britain wants to curb the Syrian government's ability to attack Syrian civilians."}"#,
        r#"{"id":"planned","date":"2019-06-05","text":"The US urged Turkey to stall a planned offensive against Syrian Kurds."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| categories(&events, id);
    assert!(!cats("pressed").contains(&"CONCEDE".to_string()), "{events:?}");
    assert!(cats("hoped").iter().all(|c| c != "CONSULT"), "{events:?}");
    assert_eq!(cats("done"), ["CONSULT"]);
    assert!(cats("ability").iter().all(|c| c != "ASSAULT"), "{events:?}");
    assert!(cats("planned").iter().all(|c| c != "ASSAULT"), "{events:?}");
}

#[test]
fn a_would_is_an_event_only_when_reported_as_said() {
    let lines = [
        r#"{"id":"supposed","date":"2019-06-05","text":"The Turkish minister claims the local population would welcome Turkey's intervention."}"#,
        r#"{"id":"wish","date":"2019-06-05","text":"If she had the chance, she would beg the prime minister to take in more refugees."}"#,
        r#"{"id":"said","date":"2019-06-05","text":"Russia said on Monday it would hold talks with Ukraine."}"#,
        r#"{"id":"named","date":"2019-06-05","text":"Viktor Orban said Hungary would comply with the Turkish demands."}"#,
        r#"{"id":"after","date":"2019-06-05","text":"Slovakia would cut ties with Hungary, Prime Minister Robert Fico told journalists."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["supposed", "wish"] {
        assert!(actor_codes(&events, id).is_empty(), "{id}: {:?}", actor_codes(&events, id));
    }
    for id in ["said", "named", "after"] {
        assert!(!actor_codes(&events, id).is_empty(), "{id}: no event");
    }
}

#[test]
fn a_retreat_only_decided_is_a_concession() {
    let lines = [
        r#"{"id":"decision","date":"2019-06-05","text":"Donald Trump's decision to withdraw troops from Syria angered the Kurds."}"#,
        // The subject's own decision is announced too (PLOVER: a declared,
        // not yet carried out withdrawal), a second infinitive of it as well.
        r#"{"id":"decided","date":"2019-06-05","text":"The Czech defence ministry has decided to withdraw its troops from Kosovo."}"#,
        r#"{"id":"coordinated","date":"2019-06-05","text":"Donald Trump abruptly decided to upend previous US policy and withdraw troops from Syria."}"#,
        // Carried out: the retreat.
        r#"{"id":"done","date":"2019-06-05","text":"The Czech defence ministry withdrew its troops from Kosovo on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let category = |id: &str| categories(&events, id);
    assert!(category("decision").contains(&"CONCEDE".to_string()), "{:?}", category("decision"));
    assert!(!category("decision").contains(&"RETREAT".to_string()));
    assert_eq!(category("decided"), ["CONCEDE"]);
    assert_eq!(category("coordinated"), ["CONCEDE"]);
    assert_eq!(category("done"), ["RETREAT"]);
    // The decider is the possessive before the decision, not the clause's subject.
    let lines = [r#"{"id":"whose","date":"2019-06-05","text":"The Pakistani defence minister resigned on Thursday over Imran Khan's abrupt decision to pull troops out of Kashmir."}"#];
    let events = code_lines(&lines, &[]);
    let concede: Vec<&Value> = events.iter().filter(|e| e["event"][0] == "CONCEDE").collect();
    assert_eq!(concede.len(), 1, "{events:?}");
    assert_eq!(concede[0]["actor"][0]["entity_text"], "Imran Khan");
}

#[test]
fn the_be_to_future_votes_and_time_adverbials_inside_a_pattern() {
    let lines = [
        // "is to lift": announced; a future concession stays CONCEDE (PLOVER).
        r#"{"id":"is_to","date":"2019-06-05","text":"The German government is to lift the restrictions on the far-right party."}"#,
        // "is to suspend cooperation": an announced sanction is a threat, as with "will".
        r#"{"id":"is_to_sanction","date":"2019-06-05","text":"The Home Office is to suspend cooperation with the US."}"#,
        // A body's vote decides the act it votes for.
        r#"{"id":"voted","date":"2019-06-05","text":"Colombia's national legislature voted Sunday to lift a nationwide curfew."}"#,
        // "on Wednesday" between the words of a pattern.
        r#"{"id":"on_day","date":"2019-06-05","text":"Guatemalan President Otto Perez Molina suspended plans on Wednesday to impose curfews in the capital."}"#,
        // Still a wish: "hopes to lift" is not done.
        r#"{"id":"hopes","date":"2019-06-05","text":"The German government hopes to lift the restrictions on the far-right party."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let category = |id: &str| categories(&events, id);
    assert_eq!(category("is_to"), ["CONCEDE"], "{events:?}");
    assert_eq!(category("is_to_sanction"), ["THREATEN"]);
    assert_eq!(category("voted"), ["CONCEDE"]);
    assert_eq!(category("on_day"), ["CONCEDE"]);
    assert!(category("hopes").is_empty(), "{:?}", category("hopes"));
}

#[test]
fn a_subjects_own_plan_is_read_as_its_future_and_he_is_the_person_who_opens_the_sentence() {
    let lines = [
        // A planned retreat is announced: CONCEDE (PLOVER).
        r#"{"id":"plans","date":"2019-06-05","text":"The Netherlands has confirmed that it plans to withdraw some of its soldiers from Mali."}"#,
        // "he" is the president who opens the sentence, though no name says who.
        r#"{"id":"intends","date":"2019-06-05","text":"Papua New Guinea's president said Saturday he intends to ease economic restrictions on its businesses."}"#,
        // A planned attack is still nobody's act.
        r#"{"id":"attack","date":"2019-06-05","text":"HTS is planning to take control of the M5 highway."}"#,
        // "him" in the same clause is not its subject.
        r#"{"id":"him","date":"2019-06-05","text":"Recep Tayyip Erdogan spoke to reporters. Donald Trump informed Erdogan of the withdrawal and gave him a green light."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).cloned().collect::<Vec<Value>>();
    assert_eq!(of("plans").len(), 1, "{events:?}");
    assert_eq!(of("plans")[0]["event"][0], "CONCEDE");
    assert_eq!(of("plans")[0]["actor"][0]["code"], "NLD");
    assert_eq!(of("intends").len(), 1, "{events:?}");
    assert_eq!(of("intends")[0]["event"][0], "CONCEDE");
    assert_eq!(of("intends")[0]["actor"][0]["code"], "PNG");
    assert!(of("attack").is_empty(), "{:?}", of("attack"));
    let green_light: Vec<Value> = of("him").into_iter().filter(|e| e["event"][0] == "AGREE").collect();
    assert_eq!(green_light.len(), 1, "{events:?}");
    assert_eq!((codes(&green_light[0]["actor"]), codes(&green_light[0]["recipient"])), (vec!["USA".to_string()], vec!["TUR".to_string()]));
}

#[test]
fn a_meeting_set_for_a_day_to_come_is_announced_not_held() {
    let lines = [
        r#"{"id":"for_monday","date":"2019-06-05","text":"France has convened a closed-door meeting of the UN Security Council for Monday."}"#,
        // The talks were held; the next meeting is agreed.
        r#"{"id":"held","date":"2019-06-05","text":"Russia and Turkey held talks on Tuesday and agreed to meet again next month."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert_eq!(of("for_monday"), ["AGREE"], "{events:?}");
    let mut held = of("held");
    held.sort();
    assert_eq!(held, ["AGREE", "CONSULT"]);
}

#[test]
fn a_course_weighed_and_what_is_held_off_from_are_not_done() {
    let lines = [
        r#"{"id":"hinted","date":"2019-06-05","text":"Jeremy Hunt also hinted at relaxing the ban on British cash transfers."}"#,
        r#"{"id":"from","date":"2019-06-05","text":"Turkey persuaded Russia to hold off from a full-scale attack on Idlib."}"#,
        // Sanctions with no target named: never the bare verb's COERCE.
        r#"{"id":"sanctions","date":"2019-06-05","text":"Moscow retaliated by imposing economic sanctions."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("hinted").is_empty(), "{:?}", of("hinted"));
    assert!(!of("from").contains(&"ASSAULT".to_string()), "{:?}", of("from"));
    assert!(!of("sanctions").contains(&"COERCE".to_string()), "{:?}", of("sanctions"));
}

#[test]
fn a_later_verb_without_its_own_verb_group_shares_the_first_ones_negation_and_modals() {
    let lines = [
        r#"{"id":"not","date":"2019-06-05","text":"Turkey will not attack Syria or shell its towns."}"#,
        r#"{"id":"could","date":"2019-06-05","text":"Russia could send troops and attack Ukraine."}"#,
        // Its own tense: the second verb reports an act.
        r#"{"id":"own","date":"2019-06-05","text":"Albania did not agree to the meeting and accused Serbia of lying."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("not").is_empty(), "{:?}", of("not"));
    assert!(of("could").is_empty(), "{:?}", of("could"));
    assert_eq!(of("own"), ["ACCUSE"], "{events:?}");
}

#[test]
fn a_clause_of_time_in_the_simple_present_is_a_condition_not_an_event() {
    let lines = [
        r#"{"id":"once","date":"2019-06-05","text":"Trump will look for new crises abroad once Democrats take control of the House in January."}"#,
        r#"{"id":"until","date":"2019-06-05","text":"The mission will stay in the country until President Daniel Ortega signs the peace agreement."}"#,
        // A past clause of time reports what happened.
        r#"{"id":"past","date":"2019-06-05","text":"The mission stayed in the country until President Daniel Ortega signed the peace agreement."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("once").is_empty(), "{:?}", of("once"));
    assert!(of("until").is_empty(), "{:?}", of("until"));
    assert_eq!(of("past"), ["SUPPORT"], "{events:?}");
}

#[test]
fn the_means_of_a_possible_or_future_act_shares_its_modality() {
    let lines = [
        r#"{"id":"could","date":"2019-06-05","text":"They say the US could only defeat the caliphate by attacking it from the air."}"#,
        r#"{"id":"will","date":"2019-06-05","text":"The European Union will respond by imposing sanctions on Russia."}"#,
        // A means told as fact is the act itself.
        r#"{"id":"done","date":"2019-06-05","text":"The European Union responded by imposing sanctions on Russia."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("could").is_empty(), "{:?}", of("could"));
    // An announced sanction is a threat (PLOVER), the one imposed a sanction.
    assert_eq!(of("will"), ["THREATEN"], "{events:?}");
    assert_eq!(of("done"), ["SANCTION"], "{events:?}");
}

#[test]
fn expected_force_a_standing_position_and_a_wished_help_are_no_events() {
    let lines = [
        r#"{"id":"expected","date":"2019-06-05","text":"Recep Tayyip Erdogan is expected soon to launch an operation against the Kurds."}"#,
        // A comparison with what was expected dates nothing.
        r#"{"id":"than","date":"2019-06-05","text":"Iraqi troops attacked the town after a shorter than expected siege."}"#,
        r#"{"id":"still","date":"2019-06-05","text":"The Turkish government still supports the Syrian opposition."}"#,
        r#"{"id":"help","date":"2019-06-05","text":"Washington had been lobbying Baghdad to help find a solution to the crisis in Syria."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("expected").is_empty(), "{:?}", of("expected"));
    assert_eq!(of("than"), ["ASSAULT"], "{events:?}");
    assert!(of("still").is_empty(), "{:?}", of("still"));
    assert!(!of("help").contains(&"AGREE".to_string()), "{:?}", of("help"));
}

#[test]
fn insisting_that_a_fact_holds_asserts_and_insisting_that_somebody_act_demands() {
    let lines = [
        r#"{"id":"fact","date":"2019-06-05","text":"Russia insisted on Monday that the talks were a complement to the Geneva process."}"#,
        r#"{"id":"demand","date":"2019-06-05","text":"Russia insisted on Monday that Turkey withdraw its troops from Syria."}"#,
        r#"{"id":"resign","date":"2019-06-05","text":"The protesters have been demanding that the prime minister resign."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| categories(&events, id);
    assert!(cats("fact").is_empty(), "{events:?}");
    // The demand, not the withdrawal it asks for.
    assert_eq!(cats("demand"), ["REQUEST"], "{events:?}");
    assert!(!cats("resign").contains(&"RETREAT".to_string()), "{events:?}");
}

#[test]
fn what_somebody_must_do_is_no_act() {
    let lines = [
        r#"{"id":"must","date":"2019-06-05","text":"A judge ruled on Monday that police must return the confiscated vehicles."}"#,
        r#"{"id":"has_to","date":"2019-06-05","text":"The British government has to recognise the new government, the minister said on Monday."}"#,
        r#"{"id":"done","date":"2019-06-05","text":"Police returned the confiscated vehicles on Monday."}"#,
        // What somebody thinks a party should do: no act of that party.
        r#"{"id":"should_strike","date":"2019-06-05","text":"The senator said Israel should strike Iran's nuclear sites."}"#,
        r#"{"id":"should_sanction","date":"2019-06-05","text":"Britain should impose sanctions on Russia, the report said on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["done"], "{events:?}");
}

#[test]
fn agreeing_that_something_is_so_is_no_undertaking() {
    let lines = [
        r#"{"id":"view","date":"2019-06-05","text":"The Ukrainian and Romanian presidents agreed on Monday that a united Europe was the only option."}"#,
        r#"{"id":"promise","date":"2019-06-05","text":"The Ukrainian and Romanian presidents agreed on Monday that their countries should work together."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().filter(|e| e["event"][0] == "AGREE").map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["promise"], "{events:?}");
}

#[test]
fn a_condition_reaches_past_a_name_set_off_by_commas() {
    let lines = [
        r#"{"id":"unless","date":"2019-06-05","text":"Cash would not be released unless the president, Bashar al-Assad, agreed to a political settlement."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"The president, Bashar al-Assad, agreed to a political settlement on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().filter(|e| e["event"][0] == "AGREE").map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["fact"], "{events:?}");
}

#[test]
fn an_act_on_the_brink_of_happening_has_not_happened() {
    let lines = [
        r#"{"id":"brink","date":"2019-06-05","text":"Afrin was on the brink of being completely overrun by Turkish-backed rebels on Monday."}"#,
        r#"{"id":"done","date":"2019-06-05","text":"Turkish-backed rebels overran Afrin on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert!(!docs.contains(&"brink") && docs.contains(&"done"), "{events:?}");
}

#[test]
fn a_meeting_that_will_be_is_announced_not_held() {
    let lines = [
        r#"{"id":"will","date":"2019-06-05","text":"Sochi will be the sixth meeting between Vladimir Putin and Recep Tayyip Erdogan this year."}"#,
        r#"{"id":"was","date":"2019-06-05","text":"It was the sixth meeting between Vladimir Putin and Recep Tayyip Erdogan this year."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| categories(&events, id);
    assert_eq!(cats("will"), ["AGREE"], "{events:?}");
    assert_eq!(cats("was"), ["CONSULT"], "{events:?}");
}

#[test]
fn inverted_conditions_acts_named_with_any_and_acts_yet_to_happen_are_no_events() {
    let lines = [
        r#"{"id":"had","date":"2019-06-05","text":"Had the rebels attacked the convoy, the mission would have been cancelled."}"#,
        r#"{"id":"should","date":"2019-06-05","text":"Should Iran seize another tanker, Britain would respond."}"#,
        r#"{"id":"any","date":"2019-06-05","text":"Any Turkish strike on Kurdish positions would endanger US troops."}"#,
        r#"{"id":"yet","date":"2019-06-05","text":"Iran has yet to release the detained sailors."}"#,
        // A plain perfect after an aside's comma is a fact.
        r#"{"id":"aside","date":"2019-06-05","text":"Thousands of people in Male, including opposition leaders, had protested against the president on Friday."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"The rebels attacked the convoy on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["aside", "fact"], "{events:?}");
}

#[test]
fn an_auxiliary_before_an_aside_and_a_clause_of_likelihood_or_fear_keep_an_act_unreal() {
    let lines = [
        r#"{"id":"aside","date":"2019-06-05","text":"Any incursion by Serbian troops would, under the mission's rules, be met by NATO peacekeepers."}"#,
        r#"{"id":"chance","date":"2019-06-05","text":"Investors see a growing chance that Washington will impose new sanctions on Moscow."}"#,
        r#"{"id":"fears","date":"2019-06-05","text":"Kabul fears that Pakistan will attack the border posts."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"Washington imposed new sanctions on Moscow on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["fact"], "{events:?}");
}

#[test]
fn both_verbs_of_a_relative_clause_in_the_simple_present_describe() {
    let lines = [
        r#"{"id":"both","date":"2019-06-05","text":"Moscow props up a regime which starves and bombs its own people."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"The regime bombed its own people on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert!(!docs.contains(&"both") && docs.contains(&"fact"), "{events:?}");
}

#[test]
fn proposals_means_of_purposes_former_stances_and_times_to_come_are_no_facts() {
    let lines = [
        r#"{"id":"proposal","date":"2019-06-05","text":"Moscow backed the proposal that the inspectors visit Douma."}"#,
        r#"{"id":"purpose","date":"2019-06-05","text":"Iran came to challenge the US by threatening Israel."}"#,
        r#"{"id":"former","date":"2019-06-05","text":"It is a plan to which Ankara was until recently opposed."}"#,
        r#"{"id":"as","date":"2019-06-05","text":"Thousands may die as Syrian forces storm the last rebel stronghold."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"Syrian forces stormed the last rebel stronghold as thousands fled."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| categories(&events, id);
    assert!(!cats("proposal").iter().any(|c| c == "CONSULT"), "{events:?}");
    assert!(cats("purpose").is_empty(), "{events:?}");
    assert!(cats("former").is_empty(), "{events:?}");
    assert!(cats("as").is_empty(), "{events:?}");
    assert_eq!(cats("fact"), ["ASSAULT"], "{events:?}");
}

#[test]
fn repeated_acts_summed_up_standing_support_kept_up_and_no_on_the_act_are_no_news() {
    let lines = [
        r#"{"id":"again","date":"2019-06-05","text":"Since then the regime has used chemical weapons again and again."}"#,
        r#"{"id":"on_off","date":"2019-06-05","text":"The US has backed Kurdish rebel groups, on and off, for years."}"#,
        r#"{"id":"continued","date":"2019-06-05","text":"Turkey has quietly continued to support the Syrian rebels."}"#,
        r#"{"id":"repeatedly","date":"2019-06-05","text":"Syrian government forces have repeatedly shelled Idlib and used barrel bombs against rebel towns."}"#,
        r#"{"id":"no","date":"2019-06-05","text":"The Kenyan government made no concessions to the striking doctors."}"#,
        // Repeated in the last days is news.
        r#"{"id":"recent","date":"2019-06-05","text":"Turkey has repeatedly threatened the Kurdish militia in recent days."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["recent"], "{events:?}");
}

#[test]
fn fronted_negation_denied_meetings_suppositions_guesses_counted_wars_and_past_decades_are_no_facts() {
    let lines = [
        r#"{"id":"at_no_point","date":"2019-06-05","text":"At no point did Turkish jets violate Greek airspace on Tuesday."}"#,
        r#"{"id":"took_place","date":"2019-06-05","text":"The meeting between Ethiopian and Egyptian ministers never took place."}"#,
        r#"{"id":"supposing","date":"2019-06-05","text":"Supposing Moscow cut off gas to Moldova, Chisinau would have ten days of reserves."}"#,
        r#"{"id":"guess","date":"2019-06-05","text":"My guess is that Caracas will free a handful of political prisoners."}"#,
        r#"{"id":"wars","date":"2019-06-05","text":"Egypt and Israel, which fought four wars against each other, are now partners."}"#,
        r#"{"id":"decade","date":"2019-06-05","text":"For most of the 2000s, the FARC held hundreds of hostages in jungle camps."}"#,
        // "provided" as a verb reports an act.
        r#"{"id":"provided","date":"2019-06-05","text":"Costa Rica provided the documents and made concessions to the EU on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["provided"], "{events:?}");
}

#[test]
fn positions_stated_often_acts_done_before_and_ways_of_doing_are_no_news() {
    let lines = [
        r#"{"id":"often","date":"2019-06-05","text":"Turkish officials have frequently stated that they would welcome a regime takeover."}"#,
        r#"{"id":"before","date":"2019-06-05","text":"President Donald Trump has called for an immediate withdrawal from Syria before."}"#,
        r#"{"id":"how","date":"2019-06-05","text":"Pentagon officials care about how the US withdraws from conflicts."}"#,
        r#"{"id":"fact","date":"2019-06-05","text":"President Donald Trump called for an immediate withdrawal from Syria on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["fact"], "{events:?}");
}

#[test]
fn no_on_a_passive_patterns_noun_negates_it() {
    let lines = [
        r#"{"id":"no_curfew","date":"2019-06-05","text":"No curfew was imposed in Jos on Sunday, and shops stayed open late."}"#,
        r#"{"id":"no_sanctions","date":"2019-06-05","text":"No new sanctions were imposed on Iran by the European Union on Monday."}"#,
        r#"{"id":"curfew","date":"2019-06-05","text":"A curfew was imposed in Jos on Sunday after the clashes."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "no_curfew").is_empty(), "{events:?}");
    assert!(categories(&events, "no_sanctions").is_empty(), "{events:?}");
    assert_eq!(categories(&events, "curfew"), ["COERCE"], "{events:?}");
}

#[test]
fn coercion_or_sanctions_an_actor_warns_it_would_take_are_threats() {
    // A "would" after "warned (that) it" is the backshifted "will" of a
    // warning: PLOVER THREATEN. "Announced it would" stays the act itself,
    // as the PLOVER records code it.
    let lines = [
        r#"{"id":"warned","date":"2019-06-05","text":"Hungary's government warned it would expel the Dutch ambassador."}"#,
        r#"{"id":"arrest","date":"2019-06-05","text":"The Nigerian government warned it would arrest the strike leaders."}"#,
        r#"{"id":"announced","date":"2019-06-05","text":"The United States announced on Monday it would prohibit all aid to rebels in Macedonia."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert_eq!(categories(&events, "warned"), ["THREATEN"], "{events:?}");
    assert_eq!(categories(&events, "arrest"), ["THREATEN"], "{events:?}");
    assert!(!categories(&events, "announced").iter().any(|c| c == "THREATEN"), "{events:?}");
}
