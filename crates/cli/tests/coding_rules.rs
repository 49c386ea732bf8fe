//! End-to-end tests of the coder's rules of reading: what is reported as a
//! fact (times, negation, purposes, accusations' contents, standing
//! positions, participles and relative clauses), leaving which category a
//! wording has to `coding_categories.rs` and what modality makes of an act
//! (futures, obligations, conditions) to `coding_modality.rs`. Each test
//! codes a few one-sentence documents with `dyad code`; who did it to whom
//! is tested in `coding_parties.rs`, the output formats and the seed article
//! in `code.rs`.

mod common;

use common::{actor_codes, categories, code_lines, coded, codes, json_lines, run_ok};
use serde_json::Value;

#[test]
fn events_of_a_past_year_are_historical_and_left_out_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("times.jsonl");
    let lines = [
        r#"{"id":"year","date":"2019-06-05","text":"In 2014, Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"ago","date":"2019-06-05","text":"Three years ago, Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"exact","date":"2019-06-05","text":"On 12 March 2015, Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"relative","date":"2019-06-05","text":"Russia, which annexed Crimea in 2014, attacked Ukrainian ships on Sunday."}"#,
        r#"{"id":"now","date":"2019-06-05","text":"Russian troops attacked Ukrainian positions today, five years after the war began in 2014."}"#,
        // What follows "five years after" is that far back.
        r#"{"id":"after","date":"2019-06-05","text":"The two countries are talking again, five years after Russia expelled Ukrainian diplomats."}"#,
        // Events summed over years are a summary, not the day's news.
        r#"{"id":"since","date":"2019-06-05","text":"Since 2014, Russian troops have attacked Ukrainian positions."}"#,
        r#"{"id":"years","date":"2019-06-05","text":"Over the past five years, Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"comma","date":"2019-06-05","text":"In November, 2015 Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"decades","date":"2019-06-05","text":"Kurdish rebels have fought a decades-long insurgency against Turkey."}"#,
        // A conflict measured in years is a standing one; an age is not.
        r#"{"id":"four-decade","date":"2019-06-05","text":"Kurdish rebels have fought a four-decade insurgency against Turkey."}"#,
        r#"{"id":"age","date":"2019-06-05","text":"A 40-year-old man was killed by Turkish soldiers in Cizre today."}"#,
        // A part of a past year, described or not.
        r#"{"id":"season","date":"2019-06-05","text":"In that fateful summer of 2014, Russian troops attacked Ukrainian positions."}"#,
        r#"{"id":"end","date":"2019-06-05","text":"At the end of 2015, Russian troops attacked Ukrainian positions."}"#,
    ];
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let p = path.to_str().unwrap();
    let summary = |events: &[Value]| -> Vec<(String, String, String, bool)> {
        events
            .iter()
            .map(|e| {
                let historical = e["context"].as_array().is_some_and(|c| c.iter().any(|x| x == "historical"));
                (e["doc_id"].as_str().unwrap().into(), e["event"][0].as_str().unwrap().into(), e["date"].as_str().unwrap().into(), historical)
            })
            .collect()
    };
    let default = summary(&json_lines(&run_ok(&["code", p])));
    let want = |d: &str, c: &str, date: &str, h: bool| (d.to_string(), c.to_string(), date.to_string(), h);
    assert_eq!(
        default,
        [
            // An exact past day is the event's date.
            want("exact", "ASSAULT", "2015-03-12", false),
            // The annexation of 2014 is background; Sunday's attack is news.
            want("relative", "ASSAULT", "2019-06-02", false),
            want("now", "ASSAULT", "2019-06-05", false),
            want("age", "ASSAULT", "2019-06-05", false),
        ]
    );
    assert!(summary(&json_lines(&run_ok(&["code", "--include-historical", p]))).contains(&want("four-decade", "ASSAULT", "2019-06-05", true)));
    let all = summary(&json_lines(&run_ok(&["code", "--include-historical", p])));
    assert!(all.contains(&want("year", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("ago", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("after", "SANCTION", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("since", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("years", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("comma", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.iter().any(|e| e.0 == "decades" && e.3), "{all:?}");
    assert!(all.contains(&want("season", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("end", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert_eq!(all.iter().filter(|e| e.3).count(), 11, "the annexation too: {all:?}");
}

#[test]
fn negation_conditions_and_accusations_are_not_coded_as_facts() {
    let lines = [
        r#"{"id":"nolonger","date":"2019-06-05","text":"Germany said it would no longer supply arms to Saudi Arabia."}"#,
        r#"{"id":"failed","date":"2019-06-05","text":"Israel failed to meet Hamas negotiators on Monday."}"#,
        r#"{"id":"accused","date":"2019-06-05","text":"Turkey accused Syrian rebels of planning attacks on its border towns."}"#,
        r#"{"id":"condition","date":"2019-06-05","text":"A war would devastate Iran if it attacked Israel, Netanyahu said on Monday."}"#,
        r#"{"id":"refusal","date":"2019-06-05","text":"Iran said on Monday it would not attend the talks in Geneva."}"#,
        r#"{"id":"possible","date":"2019-06-05","text":"Russian forces might attack Ukraine any day, an analyst said on Monday."}"#,
        r#"{"id":"announced","date":"2019-06-05","text":"Russia said on Monday it will attack Ukraine."}"#,
        r#"{"id":"likely","date":"2019-06-05","text":"Russia is likely to attack Ukraine, an analyst said on Monday."}"#,
        r#"{"id":"purpose","date":"2019-06-05","text":"The militia was raised by Washington to fight Isis in eastern Syria."}"#,
        r#"{"id":"managed","date":"2019-06-05","text":"Syrian troops managed to attack the rebel town on Monday."}"#,
        r#"{"id":"first","date":"2019-06-05","text":"Lithuania became the first country to sign the agreement with Ukraine."}"#,
        r#"{"id":"due","date":"2019-06-05","text":"Vladimir Putin and Recep Tayyip Erdogan are due to meet in Sochi on Thursday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| -> Vec<(String, Vec<String>)> {
        events
            .iter()
            .filter(|e| e["doc_id"] == id)
            .map(|e| {
                let ctx = e["context"].as_array().map(|c| c.iter().map(|x| x.as_str().unwrap().to_string()).collect()).unwrap_or_default();
                (e["event"][0].as_str().unwrap().to_string(), ctx)
            })
            .collect()
    };
    // "no longer supply arms": existing aid ends, SANCTION (never AID).
    assert_eq!(of("nolonger").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["SANCTION"], "{:?}", of("nolonger"));
    assert!(of("failed").is_empty(), "'failed to' negates: {:?}", of("failed"));
    // The accusation is the event; what it is about is not.
    assert_eq!(of("accused").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["ACCUSE"]);
    // The condition of a conditional reports nothing that happened, and is
    // no threat by Iran.
    let cond = of("condition");
    assert!(cond.iter().all(|(c, _)| c != "THREATEN" && c != "ASSAULT"), "{cond:?}");
    // A meeting its actor says it will not attend is a refusal.
    assert_eq!(of("refusal").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["REJECT"]);
    // An attack somebody thinks possible or likely is neither an attack nor
    // a threat; one its actor announces is a threat.
    assert!(of("possible").is_empty(), "{:?}", of("possible"));
    assert!(of("likely").is_empty(), "{:?}", of("likely"));
    assert_eq!(of("announced").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["THREATEN"]);
    // An infinitive of purpose reports no act; one after a verb of
    // achievement, or after "the first to", does.
    assert!(of("purpose").is_empty(), "{:?}", of("purpose"));
    assert_eq!(of("managed").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["ASSAULT"]);
    assert_eq!(of("first").len(), 1, "{:?}", of("first"));
    // A scheduled meeting is an agreement to meet (PLOVER), not a purpose.
    assert_eq!(of("due").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["AGREE"]);
}

#[test]
fn the_tree_gives_the_subject_and_refuses_one_that_names_nobody() {
    let docs = [
        // The subject of "attacked" is the relative clause's noun, not the
        // country named nearest before the verb.
        r#"{"id":"relative","date":"2019-03-01","text":"Rebels who had crossed from Turkey attacked Syrian troops near Idlib on Friday, Syria said."}"#,
        // "sending" belongs to "the decision", which is nobody: Iran said it,
        // Iran sent nothing.
        r#"{"id":"decision","date":"2019-03-01","text":"Iran said the decision of sending troops to Syria was wrong."}"#,
    ];
    let with_tree = coded(&docs, &[]);
    eprintln!("{with_tree:?}");
    assert!(!with_tree.iter().any(|(d, _, a)| d == "relative" && a.iter().any(|x| x.starts_with("TUR"))), "{with_tree:?}");
    assert!(!with_tree.iter().any(|(d, _, _)| d == "decision"), "{with_tree:?}");
    // Word order alone does not reach the speaker across "said" either.
    let word_order = coded(&docs, &["--no-syntax"]);
    assert!(!word_order.iter().any(|(d, _, a)| d == "decision" && a == &["IRN/-"]), "{word_order:?}");
}

#[test]
fn participles_as_adjectives_role_objects_and_agents_of_participles() {
    let lines = [
        // "detained" describes the activists: no arrest by the protesters.
        r#"{"id":"adjective","date":"2020-03-15","text":"On 13 March 2020, protesters blocked roads in Lahore to demand the release of detained activists."}"#,
        // The role right after the verb is the target, not the capital named later.
        r#"{"id":"role","date":"2020-03-15","text":"On 11 March 2020, police arrested 15 opposition supporters during a rally in Kampala."}"#,
        // "residents of Goma" act in Goma.
        r#"{"id":"residents","date":"2020-03-15","text":"On 8 March 2020, residents of Goma held a peaceful march against insecurity."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| -> Vec<(String, Vec<String>, Vec<String>)> {
        let parties = |v: &Value| v.as_array().unwrap().iter().map(|a| format!("{}/{}", a["code"].as_str().unwrap(), a["sector"].as_str().unwrap_or("-"))).collect();
        events
            .iter()
            .filter(|e| e["doc_id"] == id)
            .map(|e| (e["event"][0].as_str().unwrap().to_string(), parties(&e["actor"]), parties(&e["recipient"])))
            .collect()
    };
    assert_eq!(of("adjective").iter().map(|e| e.0.as_str()).collect::<Vec<_>>(), ["PROTEST"], "{:?}", of("adjective"));
    assert_eq!(of("role"), [("COERCE".to_string(), vec!["UGA/COP".to_string()], vec!["UGA/OPP".to_string()])]);
    assert!(of("residents").iter().any(|e| e.0 == "PROTEST" && e.1 == ["COD/CVL"]), "{:?}", of("residents"));
}

#[test]
fn a_participle_describing_a_group_is_no_event() {
    let lines = [
        r#"{"id":"described","date":"2019-06-05","text":"A British volunteer was wounded near Kurdish forces fighting Islamic State in Syria, his friends said."}"#,
        r#"{"id":"protest","date":"2019-06-05","text":"Liberian riot police used tear gas to disperse demonstrators protesting election results in Monrovia."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["doc_id"] == "described" && e["event"][0] == "ASSAULT"), "{events:?}");
    assert!(events.iter().any(|e| e["doc_id"] == "protest" && e["event"][0] == "PROTEST"), "{events:?}");
}

#[test]
fn a_standing_position_is_no_act() {
    let lines = [
        r#"{"id":"present","date":"2019-06-05","text":"The British government actively supports Turkey."}"#,
        r#"{"id":"passive","date":"2019-06-05","text":"The YPG is supported by the US military."}"#,
        r#"{"id":"previously","date":"2019-06-05","text":"Russia had previously backed the YPG."}"#,
        r#"{"id":"often","date":"2019-06-05","text":"Government forces frequently target civilians in Idlib."}"#,
        // The act of the day stays.
        r#"{"id":"act","date":"2019-06-05","text":"The British government backed Turkey on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["present", "passive", "previously", "often"] {
        assert!(actor_codes(&events, id).is_empty(), "{id}: {:?}", actor_codes(&events, id));
    }
    assert_eq!(actor_codes(&events, "act"), ["GBR"]);
}

#[test]
fn what_a_party_agrees_to_release_is_no_party_to_the_agreement() {
    let lines = [
        r#"{"id":"release","date":"2019-06-05","text":"Ghana agreed to release the prisoners."}"#,
        // Parties named as such stay parties.
        r#"{"id":"parties","date":"2019-06-05","text":"Bosnia and Slovenia agreed to a ceasefire on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let release: Vec<&Value> = events.iter().filter(|e| e["doc_id"] == "release").collect();
    assert_eq!(release.len(), 1);
    assert_eq!(codes(&release[0]["actor"]), ["GHA"]);
    assert_eq!(release[0]["recipient"][0]["sector"], "CVL");
    assert_eq!(actor_codes(&events, "parties"), ["BIH", "SVN"]);
}

#[test]
fn a_plural_after_a_past_verb_is_its_object_not_a_verb() {
    let lines = [
        r#"{"id":"received","date":"2019-06-05","text":"Syrian refugees in Lebanon have received offers of amnesty."}"#,
        r#"{"id":"rejected","date":"2019-06-05","text":"Leaders of Samoa and Tonga have rejected plans to meet in Paris."}"#,
        // A light verb's object is its subject's act.
        r#"{"id":"made","date":"2019-06-05","text":"Indonesian authorities have made arrests in Jakarta."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let categories = |id: &str| categories(&events, id);
    assert!(categories("received").is_empty(), "{:?}", categories("received"));
    assert!(!categories("rejected").contains(&"AGREE".to_string()), "{:?}", categories("rejected"));
    assert_eq!(categories("made"), ["COERCE"]);
}

#[test]
fn a_perfect_over_a_span_of_time_is_a_lasting_relation() {
    let lines = [
        r#"{"id":"throughout","date":"2019-06-05","text":"Turkey has supported Syrian rebels throughout the war."}"#,
        r#"{"id":"years","date":"2019-06-05","text":"Somali security forces have been battling al-Shabaab for years."}"#,
        // How long a new state is to last, and a count of occasions, are no span.
        r#"{"id":"weeks","date":"2019-06-05","text":"The Somali opposition has suspended protests for two weeks."}"#,
        r#"{"id":"first","date":"2019-06-05","text":"Romanian authorities have eased restrictions for the first time in several years."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["throughout", "years"] {
        assert!(actor_codes(&events, id).is_empty(), "{id}: {:?}", actor_codes(&events, id));
    }
    for id in ["weeks", "first"] {
        assert!(!actor_codes(&events, id).is_empty(), "{id}: no event");
    }
}

#[test]
fn an_agreement_signed_by_its_parties_and_a_comma_between_adjectives() {
    let lines = [
        r#"{"id":"passive","date":"2019-06-05","text":"The agreement was signed by Andorra's foreign minister and the Dutch foreign minister."}"#,
        r#"{"id":"framework","date":"2019-06-05","text":"The Philippines and Micronesia signed a new, comprehensive framework on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().find(|e| e["doc_id"] == id).cloned().unwrap_or_else(|| panic!("{id}: no event in {events:?}"));
    assert_eq!(of("passive")["event"][0], "SUPPORT");
    assert_eq!(codes(&of("passive")["actor"]), ["AND", "NLD"]);
    assert_eq!(of("framework")["event"][0], "SUPPORT");
    assert_eq!(codes(&of("framework")["actor"]), ["FSM", "PHL"]);
}

#[test]
fn a_thing_that_endangers_makes_no_threat() {
    let lines = [
        r#"{"id":"offensive","date":"2019-06-05","text":"A Turkish offensive has taken Afrin, and now threatens Manbij."}"#,
        r#"{"id":"decision","date":"2019-06-05","text":"The Russian decision threatens the ceasefire."}"#,
        // People threaten.
        r#"{"id":"people","date":"2019-06-05","text":"An al Qaeda affiliate threatened to attack the base."}"#,
        r#"{"id":"president","date":"2019-06-05","text":"The Turkish president threatened Syria with war."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let threats = |id: &str| events.iter().filter(|e| e["doc_id"] == id && e["event"][0] == "THREATEN").count();
    assert_eq!((threats("offensive"), threats("decision")), (0, 0), "{events:?}");
    assert_eq!((threats("people"), threats("president")), (1, 1), "{events:?}");
}

#[test]
fn what_somebody_is_accused_of_and_standing_opposition_are_not_events() {
    let lines = [
        r#"{"id":"accused","date":"2019-06-05","text":"He photographed the men accused of torturing him and murdering his friends."}"#,
        r#"{"id":"opposed","date":"2019-06-05","text":"The main Syrian opposition groups are opposed to the Russian timetable."}"#,
        r#"{"id":"refuge","date":"2019-06-05","text":"Isis leaders have taken refuge in the Syrian town of Mayedin."}"#,
        r#"{"id":"campaign","date":"2019-06-05","text":"The militia spearheaded the ground campaign against Islamic State."}"#,
        r#"{"id":"camps","date":"2019-06-05","text":"Hundreds of children born to foreign nationals remain in Syrian camps."}"#,
        r#"{"id":"screen","date":"2019-06-05","text":"Russia is running disinformation operations that may be a screen for new chemical attacks in Idlib."}"#,
        // An act opposed on the day is an event; "guilty of" asserts what was done.
        r#"{"id":"opposed_today","date":"2019-06-05","text":"Turkey opposed the resolution on Monday."}"#,
        r#"{"id":"guilty","date":"2019-06-05","text":"Both the Philippine military and the rebels are guilty of violating the ceasefire agreement."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    for id in ["accused", "opposed", "refuge", "campaign", "camps"] {
        assert!(of(id).is_empty(), "{id}: {:?}", of(id));
    }
    assert!(!of("screen").contains(&"ASSAULT".to_string()), "{:?}", of("screen"));
    assert_eq!(of("opposed_today"), ["REJECT"]);
    assert_eq!(of("guilty"), ["ASSAULT"]);
}

#[test]
fn a_trend_in_events_is_no_event() {
    let lines = [
        r#"{"id":"trend","date":"2019-06-05","text":"In Raqqa, bombings and sniper attacks have also increased."}"#,
        r#"{"id":"forced","date":"2019-06-05","text":"The SDF advanced along the Euphrates, forcing Isis fighters to fall back from village after village."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("trend").is_empty(), "{:?}", of("trend"));
    assert_eq!(of("forced"), ["COERCE"], "{events:?}");
}

#[test]
fn a_relative_clause_in_the_simple_present_describes_a_group() {
    let lines = [
        r#"{"id":"who","date":"2019-06-05","text":"Then you have the Russians who target civilians in Idlib."}"#,
        r#"{"id":"which","date":"2019-06-05","text":"The offensive has raised tensions with Washington, which works closely with the YPG."}"#,
        // The day's act in a relative clause is coded.
        r#"{"id":"past","date":"2019-06-05","text":"Then you have the Russians, who targeted civilians in Idlib on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("who").is_empty(), "{:?}", of("who"));
    assert!(of("which").is_empty(), "{:?}", of("which"));
    assert_eq!(of("past"), ["ASSAULT"], "{events:?}");
}

#[test]
fn backers_named_after_a_comma_and_fighting_hard_are_no_acts() {
    let lines = [
        r#"{"id":"backed","date":"2019-06-05","text":"Assad, supported by Moscow, has used chemical weapons more than 100 times."}"#,
        r#"{"id":"hard","date":"2019-06-05","text":"Jim Mattis fought hard to keep the airstrikes narrowly focused."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(!of("backed").contains(&"SUPPORT".to_string()), "{:?}", of("backed"));
    assert!(of("hard").is_empty(), "{:?}", of("hard"));
}

#[test]
fn a_named_attack_in_a_prepositional_phrase_and_going_back_to_a_place() {
    let lines = [
        r#"{"id":"salisbury","date":"2019-06-05","text":"Britain's envoy complained to the Russians about the use of chemical weapons in the Salisbury attack."}"#,
        r#"{"id":"returned","date":"2019-06-05","text":"The Isis leader has returned to a tract of land between the Tharthar basin and the desert."}"#,
        // A verb after a place name is still a verb.
        r#"{"id":"hebron","date":"2019-06-05","text":"Jewish settlers in the West Bank city of Hebron set fire to the offices of Palestinian administrators."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(!of("salisbury").contains(&"ASSAULT".to_string()), "{:?}", of("salisbury"));
    assert!(of("returned").is_empty(), "{:?}", of("returned"));
    assert!(!of("hebron").is_empty(), "{events:?}");
}

#[test]
fn an_attack_told_by_its_noun_and_agent_and_an_attack_only_threatened() {
    let lines = [
        r#"{"id":"by","date":"2019-06-05","text":"Residents of Idlib fled airstrikes by Russian jets on Monday."}"#,
        r#"{"id":"threat","date":"2019-06-05","text":"Kurdish fighters appealed for help against the threat of attack by Turkey."}"#,
        r#"{"id":"spared","date":"2019-06-05","text":"Idlib was spared an assault by Russia last autumn."}"#,
        r#"{"id":"vulnerable","date":"2019-06-05","text":"A withdrawal would leave the SDF vulnerable to Turkish attack."}"#,
        r#"{"id":"history","date":"2019-06-05","text":"Russia also has a history of mounting assaults when western leaders gather."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let assaults = |id: &str| events.iter().filter(|e| e["doc_id"] == id && e["event"][0] == "ASSAULT").cloned().collect::<Vec<Value>>();
    assert_eq!(assaults("by").len(), 1, "{events:?}");
    assert_eq!(codes(&assaults("by")[0]["actor"]), ["RUS"]);
    assert!(assaults("threat").is_empty(), "{:?}", assaults("threat"));
    assert!(assaults("spared").is_empty(), "{:?}", assaults("spared"));
    assert!(assaults("vulnerable").is_empty(), "{:?}", assaults("vulnerable"));
    assert!(assaults("history").is_empty(), "{:?}", assaults("history"));
}

#[test]
fn the_nearer_verb_governs_a_shared_noun() {
    // "ordered ... curfew" and "lifting ... curfew" both take the curfew:
    // the lifting is what was ordered; no curfew was imposed.
    let lines = [r#"{"id":"lift","date":"2019-06-05","text":"A Kenyan court ordered the lifting of the curfew in Nairobi on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let cats: Vec<String> = events.iter().map(|e| e["event"][0].as_str().unwrap().to_string()).collect();
    assert_eq!(cats, ["CONCEDE"], "{events:?}");
}

#[test]
fn a_pattern_does_not_reach_into_a_that_clause_but_skips_a_time_adverbial() {
    let lines = [
        // "told ... to" would take the "to" of the reported clause.
        r#"{"id":"told","date":"2019-06-05","text":"The director of UN Women told Rebecca Ratcliffe that the response to rape was still inadequate."}"#,
        // "said ... that ... must": "last week" stands between.
        r#"{"id":"must","date":"2019-06-05","text":"President Alpha Conde of Guinea said last week that the world must help African countries."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(!of("told").contains(&"REQUEST".to_string()), "{events:?}");
    assert_eq!(of("must"), ["REQUEST"], "{events:?}");
}

#[test]
fn a_claim_of_responsibility_names_the_attacker_and_a_hyphenated_modifier_makes_a_noun() {
    let lines = [
        r#"{"id":"claim","date":"2019-06-05","text":"Boko Haram has claimed responsibility for a pre-dawn attack on three villages in Adamawa state."}"#,
        // "the anti-Isis fight" is a noun: nobody fought.
        r#"{"id":"noun","date":"2019-06-05","text":"The French government sees the anti-Isis fight as a national security imperative."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).cloned().collect::<Vec<Value>>();
    let claim = of("claim");
    assert_eq!(claim.len(), 1, "{events:?}");
    assert_eq!(claim[0]["event"][0], "ASSAULT");
    assert_eq!(claim[0]["actor"][0]["sector"], "REB", "{claim:?}");
    assert!(of("noun").is_empty(), "{:?}", of("noun"));
}

#[test]
fn tallies_descriptions_and_the_dead_report_no_event() {
    let lines = [
        // A tally of acts over a war.
        r#"{"id":"times","date":"2019-06-05","text":"President Bashar al-Assad has used chemical weapons more than 100 times."}"#,
        r#"{"id":"toll","date":"2019-06-05","text":"Islamic State murdered tens of thousands of Syrians and Iraqis."}"#,
        // A present relative clause describes its noun.
        r#"{"id":"relative","date":"2019-06-05","text":"The Turkish government, which is killing or imprisoning Kurds, was criticised."}"#,
        // The dead are not the actors of their death.
        r#"{"id":"died","date":"2019-06-05","text":"Two Syrian civilians died in clashes near Idlib on Monday."}"#,
        // A protest of tens of thousands is one event.
        r#"{"id":"protest","date":"2019-06-05","text":"Tens of thousands of Sudanese students protested in Khartoum on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    for id in ["times", "toll", "relative", "died"] {
        assert!(!of(id).contains(&"ASSAULT".to_string()) && !of(id).contains(&"COERCE".to_string()), "{id}: {:?}", of(id));
    }
    assert_eq!(of("protest"), ["PROTEST"], "{events:?}");
}

#[test]
fn what_is_argued_for_or_known_of_somebody_is_no_event() {
    let lines = [
        r#"{"id":"argue","date":"2019-06-05","text":"Jim Mattis went to argue for standing by the Syrian Democratic Forces."}"#,
        r#"{"id":"known","date":"2019-06-05","text":"Islamic State is known to hold foreign hostages in Syria."}"#,
        r#"{"id":"nosign","date":"2019-06-05","text":"The talks ended with no sign Russia was willing to put pressure on President Bashar al-Assad."}"#,
        // Known to have happened: an event.
        r#"{"id":"happened","date":"2019-06-05","text":"Five Syrian women are known to have been beheaded by Islamic State in Deir Ezzor."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("argue").is_empty(), "{:?}", of("argue"));
    assert!(of("nosign").is_empty(), "{:?}", of("nosign"));
    assert!(of("known").is_empty(), "{:?}", of("known"));
    assert_eq!(of("happened"), ["ASSAULT"], "{events:?}");
}

#[test]
fn a_bare_go_or_a_passive_get_is_inside_the_verb_group() {
    let lines = [
        r#"{"id":"rather","date":"2019-06-05","text":"Syrian rebels would rather go fight the regime."}"#,
        r#"{"id":"might","date":"2019-06-05","text":"Syrian civilians might get shot by the Syrian Democratic Forces."}"#,
        // A goal is no target of attack.
        r#"{"id":"goal","date":"2019-06-05","text":"Six European countries hit the 0.7% UN aid spending target."}"#,
        // A mention of landmines is no attack.
        r#"{"id":"mines","date":"2019-06-05","text":"Syrian Democratic Forces are still clearing militants and landmines in Raqqa."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("rather").is_empty(), "{:?}", of("rather"));
    assert!(of("might").is_empty(), "{:?}", of("might"));
    assert!(!of("mines").contains(&"ASSAULT".to_string()), "{:?}", of("mines"));
    assert!(of("goal").is_empty(), "{:?}", of("goal"));
}

#[test]
fn once_before_a_past_verb_is_background() {
    let lines = [
        r#"{"id":"once","date":"2019-06-05","text":"Germany once supplied weapons to Iraq."}"#,
        r#"{"id":"again","date":"2019-06-05","text":"Russian jets once again bombed Idlib on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("once").is_empty(), "{:?}", of("once"));
    assert_eq!(of("again"), ["ASSAULT"], "{events:?}");
}

#[test]
fn a_verbs_word_read_as_a_plural_noun_is_no_verb_unless_a_light_verb_takes_it() {
    let lines = [
        r#"{"id":"targets","date":"2019-06-05","text":"Dozens of Turkish airstrikes hit more than 150 targets in the Kurdish enclave."}"#,
        r#"{"id":"arrests","date":"2019-06-05","text":"Indonesian authorities have made arrests for illegal logging in the national park."}"#,
        r#"{"id":"part","date":"2019-06-05","text":"Syrian activists took part in street protests against the government on Sunday night."}"#,
        r#"{"id":"verb","date":"2019-06-05","text":"Russia targets civilians in Idlib every day, the opposition said."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(events.iter().filter(|e| e["doc_id"] == "targets").all(|e| e["evidence"]["pattern"] != "assault.target"), "{events:?}");
    assert_eq!(of("arrests"), ["COERCE"], "{events:?}");
    // Taking part is no agreement: the protest is the event.
    assert_eq!(of("part"), ["PROTEST"], "{events:?}");
    assert!(events.iter().any(|e| e["doc_id"] == "verb" && e["evidence"]["pattern"] == "assault.target"), "{events:?}");
}

#[test]
fn a_gerund_another_verb_takes_and_a_goal_are_no_acts() {
    let lines = [
        r#"{"id":"banned","date":"2019-06-05","text":"The rule banned US federal funding for NGOs in countries that provide abortion services."}"#,
        r#"{"id":"goal","date":"2019-06-05","text":"US soldiers had progressed towards their goal of training up to 40,000 Syrian fighters."}"#,
        // A light verb's gerund object is an act.
        r#"{"id":"began","date":"2019-06-05","text":"The US military began training Kurdish fighters in Syria on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(!of("banned").contains(&"AID".to_string()), "{events:?}");
    assert!(of("goal").is_empty(), "{events:?}");
    assert_eq!(of("began"), ["AID"], "{events:?}");
}

#[test]
fn an_object_relative_clause_describes_its_noun_unless_it_names_the_day() {
    let lines = [
        r#"{"id":"house","date":"2019-06-05","text":"I ran until we made it to a house that Syrian rebels were occupying."}"#,
        r#"{"id":"war","date":"2019-06-05","text":"The Kurds lost the town of Afrin, which Turkish forces occupied in the war."}"#,
        r#"{"id":"sunday","date":"2019-06-05","text":"The Kurds lost the town of Afrin, which Turkish forces occupied on Sunday."}"#,
        // The pronoun as the subject: the clause tells an act.
        r#"{"id":"subject","date":"2019-06-05","text":"The Kurds fought the Turkish forces, which occupied the town of Afrin on Sunday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().filter(|e| e["event"][0] == "COERCE").map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["sunday", "subject"], "{events:?}");
}

#[test]
fn an_event_investigated_is_no_event_of_the_investigators() {
    let lines = [
        r#"{"id":"into","date":"2019-06-05","text":"China and Pakistan launched a joint investigation into the attack on Monday."}"#,
        r#"{"id":"killing","date":"2019-06-05","text":"The United States opened an inquiry into the killing of 20 civilians on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["event"][0] == "ASSAULT"), "{events:?}");
    assert!(events.iter().any(|e| e["doc_id"] == "into" && e["event"][0] == "ACCUSE"), "{events:?}");
}

#[test]
fn a_modal_pattern_asks_the_tree_for_its_verbs_subject() {
    let lines = [
        // What a corridor would allow is no promise of anybody's.
        r#"{"id":"thing","date":"2019-06-05","text":"Turkey hopes that taking the enclave will open up a corridor into Idlib that would allow the rebel army its first test."}"#,
        r#"{"id":"rebels","date":"2019-06-05","text":"The Fijian rebels said they will release the prime minister on the weekend."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["doc_id"] == "thing" && e["event_text"][0].as_str().unwrap().contains("allow")), "{events:?}");
    let release = events.iter().find(|e| e["doc_id"] == "rebels").expect("the promised release");
    assert_eq!(codes(&release["actor"]), ["FJI"], "{release}");
}

#[test]
fn a_participle_on_the_subject_of_another_verb_is_no_act() {
    let lines = [
        r#"{"id":"ngos","date":"2019-06-05","text":"NGOs supporting US agencies in Raqqa were told on Wednesday to make plans for departure."}"#,
        r#"{"id":"rebels","date":"2019-06-05","text":"Rebels attacking the town were repelled on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["event"][0] == "SUPPORT" || e["event"][0] == "ASSAULT"), "{events:?}");
}

#[test]
fn refugees_going_home_and_no_comment_are_no_acts_and_but_ends_what_a_threat_governs() {
    let lines = [
        r#"{"id":"home","date":"2019-06-05","text":"Hundreds of thousands of refugees were returning home, the Russian president said on Monday."}"#,
        r#"{"id":"cases","date":"2019-06-05","text":"The Home Office declined to comment, saying it would not discuss individual cases."}"#,
        r#"{"id":"but","date":"2019-06-05","text":"The US secretary of state, Mike Pompeo, committed to ongoing airstrikes against Isis but did not address President Donald Trump's decision to withdraw US troops from Syria."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| categories(&events, id);
    assert!(cats("home").is_empty(), "{events:?}");
    assert!(cats("cases").is_empty(), "{events:?}");
    // A promise of force is a threat; the decision after "but" is its own.
    assert!(cats("but").contains(&"THREATEN".to_string()) && cats("but").contains(&"CONCEDE".to_string()), "{:?}", cats("but"));
}
