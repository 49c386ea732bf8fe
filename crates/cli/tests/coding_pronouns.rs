//! Pronouns and references resolved against the document: "he", "she",
//! "it", "they", "we" and "the group" (split from coding_parties.rs).

mod common;

use common::{code_lines, codes, event_of};
use serde_json::Value;

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
fn it_in_a_later_clause_is_an_earlier_clauses_subject() {
    let lines = [
        r#"{"id":"deraa","date":"2019-06-05","text":"The Arab League is reportedly poised to re-admit Syria. These developments come five months after the Syrian regime made its most consequential gain against the opposition, when it took control of Deraa in the south-west."}"#,
        r#"{"id":"russia","date":"2019-06-05","text":"The Geneva talks received a boost on Tuesday when Russia announced it had postponed a conference in Sochi with Syria."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str, cat: &str| events.iter().find(|e| e["doc_id"] == id && e["event"][0] == cat).cloned().unwrap_or_else(|| panic!("{id}: no {cat} in {events:?}"));
    assert_eq!(codes(&of("deraa", "COERCE")["actor"]), ["SYR"]);
    assert_eq!(codes(&of("russia", "REJECT")["actor"]), ["RUS"]);
}

#[test]
fn he_opening_a_sentence_is_the_office_holder_the_sentence_before_opened_with() {
    let lines = [
        // "The Kenyan president" names one person by office: the next "He".
        r#"{"id":"office","date":"2019-06-05","text":"The Kenyan president met his Ugandan counterpart on Monday. He urged Uganda to withdraw its troops from the border."}"#,
        // A body is nobody's "he": the person named after it is.
        r#"{"id":"body","date":"2019-06-05","text":"The U.S. Justice Department said Monday it had reached a settlement with Brown and 12 other people. He was convicted on federal charges in March."}"#,
        // "She said" after a quote is its speaker, not the office holder
        // of an earlier sentence.
        r#"{"id":"speaker","date":"2019-06-05","text":"A Foreign Office spokesperson said the ministry had asked for access. Speaking by phone, Rojkan said they were arrested at the hotel. \"We demanded to see a lawyer at once,\" she said."}"#,
    ];
    let mut lines = lines.to_vec();
    // Nor is such a person the next sentence's "they".
    lines.push(r#"{"id":"they","date":"2019-06-05","text":"A British Foreign Office spokesperson said the detention was being looked into. \"They searched the house for more than an hour,\" the woman said."}"#);
    let events = code_lines(&lines, &[]);
    assert!(events.iter().filter(|e| e["doc_id"] == "they").all(|e| !codes(&e["actor"]).contains(&"GBR".to_string())), "{events:?}");
    let urged = event_of(&events, "office", "REQUEST");
    assert_eq!(codes(&urged["actor"]), ["KEN"], "{urged}");
    // The events of a document's sentence `n` (1-based).
    let of_sentence = |id: &str, n: u64| events.iter().filter(move |e| e["doc_id"] == id && e["text_info"]["sequence"] == n).collect::<Vec<_>>();
    for e in of_sentence("body", 2) {
        assert!(!codes(&e["actor"]).contains(&"USA".to_string()) && !codes(&e["recipient"]).contains(&"USA".to_string()), "{e}");
    }
    for e in of_sentence("speaker", 3) {
        assert!(e["actor"].as_array().unwrap().iter().all(|a| a["sector"] != "GOV"), "{e}");
    }
}

#[test]
fn the_group_is_the_group_a_named_spokesman_speaks_for() {
    let lines = [r#"{"id":"kia","date":"2019-06-05","text":"A spokesman for the Kachin Independence Army, Colonel Zau Tawng, said on Friday that the group was ready to negotiate with Myanmar's military government."}"#];
    let events = code_lines(&lines, &[]);
    let agree = event_of(&events, "kia", "AGREE");
    assert_eq!(codes(&agree["actor"]), ["MMR"], "{agree}");
}
