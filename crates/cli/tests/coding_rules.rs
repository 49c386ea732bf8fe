//! End-to-end tests of the coder's rules of reading: what is reported as a
//! fact (times, negation, conditions, purposes, standing positions), who did
//! it (subjects, references, roles, implied actors) and to whom. Each test
//! codes a few one-sentence documents with `dyad code`; the output formats
//! and the seed article are tested in `code.rs`.

mod common;

use common::{json_lines, run_ok};
use serde_json::Value;

/// The events `dyad code` (with `extra` options) gives for the JSON Lines
/// documents `lines`.
fn code_lines(lines: &[&str], extra: &[&str]) -> Vec<Value> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("docs.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let mut args = vec!["code"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    json_lines(&run_ok(&args))
}

/// The sorted codes of an event's actor or recipient list.
fn codes(parties: &Value) -> Vec<String> {
    let mut v: Vec<String> = parties.as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

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
        ]
    );
    let all = summary(&json_lines(&run_ok(&["code", "--include-historical", p])));
    assert!(all.contains(&want("year", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("ago", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("after", "SANCTION", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("since", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("years", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.contains(&want("comma", "ASSAULT", "2019-06-05", true)), "{all:?}");
    assert!(all.iter().any(|e| e.0 == "decades" && e.3), "{all:?}");
    assert_eq!(all.iter().filter(|e| e.3).count(), 8, "the annexation too: {all:?}");
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
fn we_is_the_speakers_side_never_the_last_group_named() {
    let lines = [
        r#"{"id":"speaker","date":"2019-06-05","text":"Islamic State fighters attacked the town on Monday.\n\n\"We have rejected the offer,\" the Turkish foreign minister said."}"#,
        r#"{"id":"nobody","date":"2019-06-05","text":"Islamic State fighters attacked the town on Monday.\n\n\"We have rejected the offer.\""}"#,
    ];
    let events = code_lines(&lines, &[]);
    let rejects: Vec<(String, String)> = events
        .iter()
        .filter(|e| e["event"][0] == "REJECT")
        .map(|e| (e["doc_id"].as_str().unwrap().to_string(), e["actor"][0]["code"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(rejects, [("speaker".to_string(), "TUR".to_string())], "{events:?}");
}

#[test]
fn other_senses_of_meet_and_demonstrate_and_the_vague_past_are_no_news() {
    let lines = [
        r#"{"id":"showed","date":"2019-06-05","text":"The Russian army demonstrated its military power in Syria on Monday."}"#,
        r#"{"id":"protest","date":"2019-06-05","text":"Russian pensioners demonstrated in Moscow on Monday against the pension reform."}"#,
        r#"{"id":"demands","date":"2019-06-05","text":"The Turkish conditions were met by the Russian government on Monday, officials said."}"#,
        r#"{"id":"meeting","date":"2019-06-05","text":"The Russian president met the Egyptian president in Cairo on Monday."}"#,
        r#"{"id":"past","date":"2019-06-05","text":"In the past, the Russian president has met the Egyptian president in Cairo."}"#,
        r#"{"id":"recent","date":"2019-06-05","text":"In the past two days the Russian president met the Egyptian president in Cairo."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let mut docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    docs.dedup();
    assert_eq!(docs, ["protest", "meeting", "recent"], "{events:?}");
}

#[test]
fn it_and_they_resolve_to_a_subject_never_to_the_last_group_named() {
    let lines = [
        // The sentence's own subject.
        r#"{"id":"same","date":"2019-06-05","text":"Turkey said on Monday it would attack Kurdish positions."}"#,
        // The previous sentence's subject.
        r#"{"id":"previous","date":"2019-06-05","text":"The Turkish army moved tanks to the border on Monday.\n\nThey shelled Syrian villages on Tuesday."}"#,
        // A group merely named before is no antecedent.
        r#"{"id":"named","date":"2019-06-05","text":"The report mentions Islamic State several times.\n\nIt is clear they attacked the villages."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actors: Vec<(String, String)> =
        events.iter().map(|e| (e["doc_id"].as_str().unwrap().to_string(), e["actor"][0]["code"].as_str().unwrap().to_string())).collect();
    assert!(actors.contains(&("same".to_string(), "TUR".to_string())), "{actors:?}");
    assert!(actors.contains(&("previous".to_string(), "TUR".to_string())), "{actors:?}");
    assert!(!actors.iter().any(|(d, _)| d == "named"), "{actors:?}");
}

/// (doc id, category, actor codes/sectors) of every event coded from `lines`.
fn coded(lines: &[&str], extra: &[&str]) -> Vec<(String, String, Vec<String>)> {
    code_lines(lines, extra)
        .iter()
        .map(|e| {
            let actors = e["actor"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| format!("{}/{}", a["code"].as_str().unwrap_or("-"), a["sector"].as_str().unwrap_or("-")))
                .collect();
            (e["doc_id"].as_str().unwrap().to_string(), e["event"][0].as_str().unwrap().to_string(), actors)
        })
        .collect()
}

#[test]
fn a_role_subject_takes_the_country_the_document_is_about() {
    let docs = [
        // No place in the sentence: the document names Egypt throughout.
        r#"{"id":"army","date":"2013-07-05","text":"Egypt's president was removed on Wednesday. Egypt's courts were closed.\n\nThe army arrested dozens of Brotherhood leaders on Thursday."}"#,
        // A person with a title the dictionaries do not know.
        r#"{"id":"archbishop","date":"2013-07-05","text":"Kenya's parliament met on Monday. Kenya's cabinet was silent.\n\nArchbishop Ndingi Mwana condemned the government on Tuesday."}"#,
        // No country leads: the role is an actor of no country (a sector
        // and no code, as PLOVER allows); the event is not dropped.
        r#"{"id":"none","date":"2013-07-05","text":"Police arrested dozens of protesters on Thursday."}"#,
    ];
    let got = coded(&docs, &[]);
    eprintln!("{got:?}");
    assert!(got.iter().any(|(d, c, a)| d == "army" && c == "COERCE" && a == &["EGY/MIL"]), "{got:?}");
    assert!(got.iter().any(|(d, c, a)| d == "archbishop" && c == "ACCUSE" && a[0].starts_with("KEN/")), "{got:?}");
    assert!(got.iter().any(|(d, c, a)| d == "none" && c == "COERCE" && a == &["-/COP"]), "{got:?}");
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
    // Word order alone takes the speaker for the sender.
    let word_order = coded(&docs, &["--no-syntax"]);
    assert!(word_order.iter().any(|(d, c, a)| d == "decision" && c == "MOBILIZE" && a == &["IRN/-"]), "{word_order:?}");
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
fn what_somebody_wants_or_presses_for_has_not_happened() {
    let lines = [
        r#"{"id":"pressed","date":"2019-06-05","text":"Iranian authorities have been pressuring bus workers in Tehran to cancel the strike."}"#,
        r#"{"id":"hoped","date":"2019-06-05","text":"Turkey hopes to meet Russian officials in Sochi."}"#,
        r#"{"id":"done","date":"2019-06-05","text":"Turkish officials met Russian officials in Sochi on Monday."}"#,
        r#"{"id":"ability","date":"2019-06-05","text":"Britain wants to curb the Syrian government's ability to attack Syrian civilians."}"#,
        r#"{"id":"planned","date":"2019-06-05","text":"The US urged Turkey to stall a planned offensive against Syrian Kurds."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let cats = |id: &str| -> Vec<String> { events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect() };
    assert!(!cats("pressed").contains(&"CONCEDE".to_string()), "{events:?}");
    assert!(cats("hoped").iter().all(|c| c != "CONSULT"), "{events:?}");
    assert_eq!(cats("done"), ["CONSULT"]);
    assert!(cats("ability").iter().all(|c| c != "ASSAULT"), "{events:?}");
    assert!(cats("planned").iter().all(|c| c != "ASSAULT"), "{events:?}");
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

/// The actor codes of every event of document `id`, in output order.
fn actor_codes(events: &[serde_json::Value], id: &str) -> Vec<String> {
    events
        .iter()
        .filter(|e| e["doc_id"] == id)
        .flat_map(|e| e["actor"].as_array().unwrap().iter().map(|a| a["code"].as_str().unwrap_or("").to_string()))
        .collect()
}

#[test]
fn members_of_an_intergovernmental_body_are_not_the_body() {
    let lines = [
        r#"{"id":"allies","date":"2019-06-05","text":"The two Nato allies agreed on a roadmap for Manbij on Monday."}"#,
        r#"{"id":"body","date":"2019-06-05","text":"Nato agreed on a roadmap for Manbij on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!actor_codes(&events, "allies").contains(&"IGO".to_string()), "{:?}", actor_codes(&events, "allies"));
    assert_eq!(actor_codes(&events, "body"), ["IGO"]);
}

#[test]
fn a_capital_naming_a_treaty_is_not_its_government() {
    let lines = [
        r#"{"id":"treaty","date":"2019-06-05","text":"The Minsk agreements rejected the proposal on Monday."}"#,
        r#"{"id":"government","date":"2019-06-05","text":"Minsk rejected the proposal on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!actor_codes(&events, "treaty").contains(&"BLR".to_string()), "{:?}", actor_codes(&events, "treaty"));
    assert_eq!(actor_codes(&events, "government"), ["BLR"]);
}

/// The (code, sector) of every actor of document `id`'s events.
fn actor_sectors(events: &[serde_json::Value], id: &str) -> Vec<(String, String)> {
    events
        .iter()
        .filter(|e| e["doc_id"] == id)
        .flat_map(|e| e["actor"].as_array().unwrap().iter().map(|a| (a["code"].as_str().unwrap_or("").to_string(), a["sector"].as_str().unwrap_or("").to_string())))
        .collect()
}

#[test]
fn unnamed_agents_implied_by_the_act() {
    let lines = [
        // Only the authorities arrest; the place says whose.
        r#"{"id":"arrest","date":"2019-06-05","text":"A Canadian missionary was arrested in Lebanon on Monday."}"#,
        // Without a place right after the verb nobody is implied: in a
        // war, armed groups detain too.
        r#"{"id":"unplaced","date":"2019-06-05","text":"Many Syrians were detained on a daily basis."}"#,
        // An attack told by its means: unidentified armed actors of the place.
        r#"{"id":"ied","date":"2019-06-05","text":"Three US servicemen were killed by an improvised explosive device outside the Iraqi city of Basra."}"#,
        r#"{"id":"blast","date":"2019-06-05","text":"A blast in Kabul killed five civilians on Monday."}"#,
        // A possible attack with nobody to announce it is no threat.
        r#"{"id":"fear","date":"2019-06-05","text":"Soldiers in Mali fear a landmine that would blow them all up."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let pair = |c: &str, s: &str| vec![(c.to_string(), s.to_string())];
    assert_eq!(actor_sectors(&events, "arrest"), pair("LBN", "COP"));
    assert!(actor_sectors(&events, "unplaced").is_empty(), "{:?}", actor_sectors(&events, "unplaced"));
    assert_eq!(actor_sectors(&events, "ied"), pair("IRQ", "UAF"));
    // The victims are the recipient, never the actor; "Kabul" is where, not who.
    let ied = events.iter().find(|e| e["doc_id"] == "ied").unwrap();
    assert_eq!(codes(&ied["recipient"]), ["USA"]);
    assert_eq!(actor_sectors(&events, "blast"), pair("AFG", "UAF"));
    assert!(actor_sectors(&events, "fear").is_empty(), "{:?}", actor_sectors(&events, "fear"));
    // The implied actor names no words: no evidence span, empty entity_text.
    let arrest = events.iter().find(|e| e["doc_id"] == "arrest").unwrap();
    assert_eq!(arrest["actor"][0]["entity_text"], "");
    assert!(arrest["evidence"]["actor"].as_array().unwrap().is_empty());
}

#[test]
fn they_after_a_role_subject_is_that_role_in_number() {
    let lines = [
        r#"{"id":"they","date":"2019-06-05","text":"Kenyan teachers met in Nairobi on Monday. The teachers marched through the city on Tuesday. They demanded higher salaries."}"#,
        // "it" is not the plural role before it.
        r#"{"id":"it","date":"2019-06-05","text":"Kenyan teachers met in Nairobi on Monday. The teachers marched through the city on Tuesday. It demanded higher salaries."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let demands = |id: &str| events.iter().filter(|e| e["doc_id"] == id && e["event"][0] == "REQUEST").map(|e| codes(&e["actor"])).collect::<Vec<_>>();
    assert_eq!(demands("they"), [["KEN"]]);
    assert!(demands("it").is_empty(), "{:?}", demands("it"));
}

#[test]
fn an_event_nouns_by_agent_is_its_actor() {
    let lines = [r#"{"id":"by","date":"2019-06-05","text":"Civilians were killed in shelling by Syrian government forces in Idlib on Monday."}"#];
    let events = code_lines(&lines, &[]);
    assert_eq!(actor_sectors(&events, "by"), [("SYR".to_string(), "MIL".to_string())]);
}

#[test]
fn a_standing_position_is_no_act() {
    let lines = [
        r#"{"id":"present","date":"2019-06-05","text":"The British government actively supports Turkey."}"#,
        r#"{"id":"passive","date":"2019-06-05","text":"The YPG is supported by the US military."}"#,
        r#"{"id":"previously","date":"2019-06-05","text":"Russia had previously backed the YPG."}"#,
        // The act of the day stays.
        r#"{"id":"act","date":"2019-06-05","text":"The British government backed Turkey on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["present", "passive", "previously"] {
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
fn a_strike_by_workers_is_a_labour_strike_not_an_attack() {
    let lines = [
        r#"{"id":"nurses","date":"2019-06-05","text":"Nurses in Kenya struck for a week."}"#,
        r#"{"id":"teachers","date":"2019-06-05","text":"Kenyan teachers decided to strike on Monday."}"#,
        r#"{"id":"troops","date":"2019-06-05","text":"Kenyan troops struck rebel positions."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let category = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(category("nurses"), ["PROTEST"]);
    assert_eq!(category("teachers"), ["PROTEST"]);
    assert_eq!(category("troops"), ["ASSAULT"]);
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
fn a_plural_after_a_past_verb_is_its_object_not_a_verb() {
    let lines = [
        r#"{"id":"received","date":"2019-06-05","text":"Syrian refugees in Lebanon have received offers of amnesty."}"#,
        r#"{"id":"rejected","date":"2019-06-05","text":"Leaders of Samoa and Tonga have rejected plans to meet in Paris."}"#,
        // A light verb's object is its subject's act.
        r#"{"id":"made","date":"2019-06-05","text":"Indonesian authorities have made arrests in Jakarta."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let categories = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
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
fn forces_named_after_a_person_are_a_body_and_their_they() {
    let lines = [r#"{"id":"assad","date":"2019-06-05","text":"Russia called for calm. Assad forces claim they are attacking jihadists near Idlib."}"#];
    let events = code_lines(&lines, &[]);
    let attack: Vec<&Value> = events.iter().filter(|e| e["event"][0] == "ASSAULT").collect();
    assert_eq!(attack.len(), 1, "{events:?}");
    assert_eq!(attack[0]["actor"][0]["code"], "SYR");
    assert_eq!(attack[0]["actor"][0]["sector"], "MIL");
    // The forces, not their commander.
    assert!(attack[0]["actor"][0].get("identifier_text").is_none(), "{:?}", attack[0]["actor"]);
}

#[test]
fn a_passive_subject_named_by_its_role_is_the_recipient() {
    let lines = [
        r#"{"id":"placed","date":"2019-06-05","text":"Dozens of civilians were killed by Islamic State fighters in Raqqa on Monday."}"#,
        r#"{"id":"nowhere","date":"2019-06-05","text":"More than 100 fighters were killed by American forces on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let recipient = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["recipient"].clone()).next().unwrap_or_default();
    assert_eq!(recipient("placed")[0]["code"], "SYR", "{:?}", recipient("placed"));
    assert_eq!(recipient("placed")[0]["sector"], "CVL");
    // Without a place, the victims are not the actor's own: no country.
    assert!(recipient("nowhere")[0].get("code").is_none(), "{:?}", recipient("nowhere"));
    assert_eq!(recipient("nowhere")[0]["sector"], "REB");
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
    let category = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
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
    let category = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(category("is_to"), ["CONCEDE"], "{events:?}");
    assert_eq!(category("is_to_sanction"), ["THREATEN"]);
    assert_eq!(category("voted"), ["CONCEDE"]);
    assert_eq!(category("on_day"), ["CONCEDE"]);
    assert!(category("hopes").is_empty(), "{:?}", category("hopes"));
}

#[test]
fn they_after_a_subject_named_by_its_role_is_that_role() {
    let lines = [
        r#"{"id":"police","date":"2019-06-05","text":"Nigeria's army said it had killed militants near Maiduguri. Police in Kano say they are easing the curfew."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let concede: Vec<&Value> = events.iter().filter(|e| e["event"][0] == "CONCEDE").collect();
    assert_eq!(concede.len(), 1, "{events:?}");
    // The police, not the army of the sentence before.
    assert_eq!(concede[0]["actor"][0]["sector"], "COP", "{:?}", concede[0]["actor"]);
    assert_eq!(concede[0]["actor"][0]["entity_text"], "Police");
}

#[test]
fn organisations_no_dictionary_knows_are_actors_by_their_head_word() {
    let lines = [
        r#"{"id":"front","date":"2019-06-05","text":"The Revolutionary Front for the Liberation of Guadeloupe attacked a police station on Monday."}"#,
        // Not the US Democrats, whose dictionary name it contains.
        r#"{"id":"party","date":"2019-06-05","text":"The National Democratic Party of Germany called for new elections."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actor = |id: &str| events.iter().find(|e| e["doc_id"] == id).map(|e| e["actor"][0].clone()).unwrap_or_default();
    assert_eq!(actor("front")["code"], "FRA", "{events:?}");
    assert_eq!(actor("front")["sector"], "REB");
    assert_eq!(actor("front")["entity_text"], "The Revolutionary Front for the Liberation of Guadeloupe");
    assert_eq!(actor("party")["code"], "DEU", "{events:?}");
    assert_eq!(actor("party")["sector"], "PTY");
}

#[test]
fn a_cyberattack_is_coercion_by_whoever_is_named_or_an_unidentified_actor() {
    let lines = [
        r#"{"id":"noun","date":"2019-06-05","text":"A massive cyberattack crippled the network of the largest power plant in Poland."}"#,
        r#"{"id":"by","date":"2019-06-05","text":"A French nuclear power plant was hit by a cyber attack on Wednesday."}"#,
        r#"{"id":"named","date":"2019-06-05","text":"Russian hackers attacked the websites of the Estonian government on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().find(|e| e["doc_id"] == id).cloned().unwrap_or_else(|| panic!("{id}: no event in {events:?}"));
    for id in ["noun", "by", "named"] {
        assert_eq!(of(id)["event"][0], "COERCE", "{id}");
        assert_eq!(of(id)["mode"][0], "cyber", "{id}");
    }
    // Nobody named: an unidentified actor of no country, not the victim's.
    assert!(of("noun")["actor"][0].get("code").is_none(), "{:?}", of("noun")["actor"]);
    assert_eq!(of("noun")["actor"][0]["sector"], "UNK");
    assert_eq!(of("by")["recipient"][0]["code"], "FRA");
    assert_eq!(of("named")["actor"][0]["code"], "RUS");
    assert_eq!(of("named")["recipient"][0]["code"], "EST");
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
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
    for id in ["accused", "opposed", "refuge", "campaign", "camps"] {
        assert!(of(id).is_empty(), "{id}: {:?}", of(id));
    }
    assert!(!of("screen").contains(&"ASSAULT".to_string()), "{:?}", of("screen"));
    assert_eq!(of("opposed_today"), ["REJECT"]);
    assert_eq!(of("guilty"), ["ASSAULT"]);
}

#[test]
fn a_meeting_set_for_a_day_to_come_is_announced_not_held() {
    let lines = [
        r#"{"id":"for_monday","date":"2019-06-05","text":"France has convened a closed-door meeting of the UN Security Council for Monday."}"#,
        // The talks were held; the next meeting is agreed.
        r#"{"id":"held","date":"2019-06-05","text":"Russia and Turkey held talks on Tuesday and agreed to meet again next month."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(of("for_monday"), ["AGREE"], "{events:?}");
    let mut held = of("held");
    held.sort();
    assert_eq!(held, ["AGREE", "CONSULT"]);
}

#[test]
fn victims_named_by_their_role_are_of_the_documents_country_not_the_attackers() {
    let lines = [
        r#"{"id":"syria","date":"2019-06-05","text":"Syria's war goes on. Damascus and Syrian rebels fought near Idlib on Sunday. The Russians target civilians, a rescuer said."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let target: Vec<&Value> = events.iter().filter(|e| e["actor"][0]["code"] == "RUS").collect();
    assert_eq!(target.len(), 1, "{events:?}");
    assert_eq!(target[0]["recipient"][0]["code"], "SYR", "{:?}", target[0]["recipient"]);
    assert_eq!(target[0]["recipient"][0]["sector"], "CVL");
}

#[test]
fn a_promise_to_stop_a_hostile_activity_is_a_concession() {
    let lines = [
        r#"{"id":"stop","date":"2019-06-05","text":"The Israeli government agreed on Monday to stop building Jewish settlements in the West Bank."}"#,
        // The CAMEO-to-PLOVER table's intents to yield stay AGREE, as the PLOVER gold codes them.
        r#"{"id":"ceasefire","date":"2019-06-05","text":"Bosnia and Slovenia agreed to a ceasefire."}"#,
        r#"{"id":"allow","date":"2019-06-05","text":"Sudan agreed to allow humanitarian access to all areas."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).map(|e| e["event"][0].as_str().unwrap().to_string()).collect::<Vec<_>>();
    assert_eq!(of("stop"), ["CONCEDE"], "{events:?}");
    assert_eq!(of("ceasefire"), ["AGREE"]);
    assert_eq!(of("allow"), ["AGREE"]);
}

#[test]
fn aid_told_by_its_package_and_a_risk_is_no_act() {
    let lines = [
        r#"{"id":"package","date":"2019-06-05","text":"Monaco signed a billion dollar aid package on Tuesday for Haiti."}"#,
        r#"{"id":"navy","date":"2019-06-05","text":"The Nepalese military conducted joint military training exercises with the Royal Navy on Tuesday."}"#,
        r#"{"id":"risk","date":"2019-06-05","text":"A Briton on the wrong side risks being executed by an RAF drone."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().filter(|e| e["doc_id"] == id).cloned().collect::<Vec<Value>>();
    assert_eq!(of("package")[0]["event"][0], "AID", "{events:?}");
    assert_eq!(codes(&of("package")[0]["recipient"]), ["HTI"]);
    assert!(of("navy").iter().any(|e| e["event"][0] == "COOPERATE" && codes(&e["recipient"]) == ["GBR"]), "{:?}", of("navy"));
    assert!(of("risk").is_empty(), "{:?}", of("risk"));
}

#[test]
fn it_after_a_role_that_says_is_that_role() {
    let lines = [r#"{"id":"says","date":"2019-06-05","text":"The war in Syria goes on. An Islamic-backed militia says it would cut ties with the Syrian government."}"#];
    let events = code_lines(&lines, &[]);
    let cut: Vec<&Value> = events.iter().filter(|e| e["event"][0] == "SANCTION").collect();
    assert_eq!(cut.len(), 1, "{events:?}");
    assert_eq!(cut[0]["actor"][0]["entity_text"], "militia");
    assert_eq!(codes(&cut[0]["recipient"]), ["SYR"]);
}

#[test]
fn a_titled_person_no_dictionary_knows_is_an_actor_and_their_he() {
    let lines = [
        // "Mbeki" alone is a former South African president's surname; after a
        // given name it is somebody else's name.
        r#"{"id":"archbishop","date":"2019-06-05","text":"Archbishop John Mbeki called for an end to the violence in Kenya."}"#,
        r#"{"id":"bishop","date":"2019-06-05","text":"Bishop Jean-Baptiste Dreyfus of Saint Barthelemy said on Wednesday that he is suspending a plan to impose curfews."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| events.iter().find(|e| e["doc_id"] == id).cloned().unwrap_or_else(|| panic!("{id}: no event in {events:?}"));
    assert_eq!(of("archbishop")["actor"][0]["entity_text"], "Archbishop John Mbeki");
    assert_eq!(of("archbishop")["actor"][0]["sector"], "REL");
    assert_ne!(of("archbishop")["actor"][0]["code"], "ZAF");
    assert_eq!(of("bishop")["event"][0], "CONCEDE");
    assert_eq!(of("bishop")["actor"][0]["sector"], "REL");
}

#[test]
fn the_described_country_is_the_one_named_before() {
    let lines = [r#"{"id":"nation","date":"2019-06-05","text":"Uzbekistan has close ties with Israel. The Central Asian nation signed a trade agreement with Kazakhstan on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let signed: Vec<&Value> = events.iter().filter(|e| e["event"][0] == "SUPPORT").collect();
    assert_eq!(signed.len(), 1, "{events:?}");
    assert_eq!(codes(&signed[0]["actor"]), ["KAZ", "UZB"]);
}
