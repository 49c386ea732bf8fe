//! End-to-end tests of how the coder reads names and the words around
//! them: a country inside another place's name or a sea's, the holder of a
//! role named after its posting, a role its possessor owns, the parties a
//! subject lists, "he" opening a sentence, counted crowds. Each test codes
//! a few short documents with `dyad code`; the other party rules are in
//! `coding_parties.rs`.

mod common;

use common::{code_lines, coded, codes};

#[test]
fn a_past_verb_after_a_country_is_its_verb_even_where_it_is_a_noun_too() {
    // ("sent" is also Estonian money: it once made "China sent troops" one actor phrase with no verb left.)
    let lines = [r#"{"id":"sent","date":"2019-06-05","text":"China sent warships to the region on Monday."}"#];
    let got = coded(&lines, &[]);
    assert_eq!(got, [("sent".to_string(), "MOBILIZE".to_string(), vec!["CHN/-".to_string()])], "{got:?}");
}

#[test]
fn a_country_in_the_name_of_a_sea_is_no_party() {
    let lines = [r#"{"id":"gulf","date":"2019-06-05","text":"Nigerian pirates attacked a tanker in the Gulf of Guinea on Monday."}"#];
    let events = code_lines(&lines, &[]);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(codes(&events[0]["actor"]), ["NGA"], "{events:?}");
    assert!(codes(&events[0]["recipient"]).is_empty(), "{events:?}");
}

#[test]
fn the_named_holder_of_a_role_with_its_posting_is_that_role_and_he_later() {
    let text = "The opposition leader spoke in Geneva on Monday. The move was described as alarming by Russia's permanent representative to the UN in Geneva, Alexey Borodavkin. He urged western diplomats \"to bring the opposition down to earth\".";
    let line = format!(r#"{{"id":"envoy","date":"2019-06-05","text":{}}}"#, serde_json::to_string(text).unwrap());
    let events = code_lines(&[line.as_str()], &[]);
    let urge = events.iter().find(|e| e["event"][0] == "REQUEST").expect("the appeal");
    assert_eq!(codes(&urge["actor"]), ["RUS"], "{urge}");
    // The addressees are western diplomats, of no country: the opposition
    // in their infinitive is no recipient.
    assert!(codes(&urge["recipient"]).is_empty(), "{urge}");
}

#[test]
fn a_capitalised_word_with_a_possessive_is_a_name_not_an_event_word() {
    let lines = [r#"{"id":"ban","date":"2019-06-05","text":"Ethiopia's ambassador in New York said Ban's office had asked for information on Monday."}"#];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["event"][0] == "COERCE"), "{events:?}");
}

#[test]
fn a_possessors_own_role_is_not_of_the_place_it_is_posted_in() {
    let lines = [
        r#"{"id":"its","date":"2019-06-05","text":"Morocco recalled its ambassador from Algeria on Monday."}"#,
        // Without the possessive, "from" still says whose: the Algerian ambassador.
        r#"{"id":"the","date":"2019-06-05","text":"Activists from Gaza protested in Cairo on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let recall = events.iter().find(|e| e["doc_id"] == "its").expect("the recall");
    assert_eq!(codes(&recall["actor"]), ["MAR"], "{recall}");
    assert_eq!(codes(&recall["recipient"]), ["DZA"], "{recall}");
    let protest = events.iter().find(|e| e["doc_id"] == "the").expect("the protest");
    assert_eq!(codes(&protest["actor"]), ["PSE"], "{protest}");
}

#[test]
fn a_counted_crowd_that_protests_is_the_places_civilians() {
    let lines = [
        r#"{"id":"thousands","date":"2019-06-05","text":"Thousands demonstrated in Cairo on Monday against the government."}"#,
        r#"{"id":"number","date":"2019-06-05","text":"5,000 marched through the streets of Khartoum on Monday."}"#,
        // The show of something is no protest.
        r#"{"id":"show","date":"2019-06-05","text":"The Egyptian army demonstrated its determination in Cairo on Monday."}"#,
    ];
    let got = coded(&lines, &[]);
    assert!(got.iter().any(|(d, c, a)| d == "thousands" && c == "PROTEST" && a == &["EGY/CVL"]), "{got:?}");
    assert!(got.iter().any(|(d, c, a)| d == "number" && c == "PROTEST" && a == &["SDN/CVL"]), "{got:?}");
    assert!(!got.iter().any(|(d, _, _)| d == "show"), "{got:?}");
}

#[test]
fn a_counted_crowd_as_a_hostile_passives_subject_is_its_victims() {
    let lines = [r#"{"id":"dozens","date":"2019-06-05","text":"Dozens were arrested by police in Cairo on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let arrest = events.iter().find(|e| e["event"][0] == "COERCE").expect("the arrests");
    assert_eq!(codes(&arrest["recipient"]), ["EGY"], "{arrest}");
    assert_eq!(arrest["recipient"][0]["sector"], "CVL", "{arrest}");
}

#[test]
fn all_the_parties_a_meetings_subject_lists_take_part() {
    let text = "The Russian president, Vladimir Putin, along with his Turkish counterpart, Recep Tayyip Erdoğan, and the Iranian president, Hassan Rouhani, met in Sochi on Thursday.";
    let line = format!(r#"{{"id":"sochi","date":"2019-02-14","text":{}}}"#, serde_json::to_string(text).unwrap());
    let events = code_lines(&[line.as_str()], &[]);
    let meeting = events.iter().find(|e| e["event"][0] == "CONSULT").expect("the meeting");
    let mut actors = codes(&meeting["actor"]);
    actors.sort();
    assert_eq!(actors, ["IRN", "RUS", "TUR"], "{meeting}");
}

#[test]
fn he_opening_a_sentence_is_the_person_the_sentence_before_was_about() {
    let text = "Donald Trump called Recep Tayyip Erdoğan on Wednesday, urging him to curtail the operation. \"He urged Turkey to de-escalate,\" a White House statement said.";
    let line = format!(r#"{{"id":"he","date":"2018-01-25","text":{}}}"#, serde_json::to_string(text).unwrap());
    let events = code_lines(&[line.as_str()], &[]);
    let second = events.iter().filter(|e| e["event"][0] == "REQUEST").map(|e| (codes(&e["actor"]), codes(&e["recipient"]))).collect::<Vec<_>>();
    // Both appeals are Trump's; "him" in the first sentence is Erdoğan.
    assert!(second.iter().all(|(a, _)| a == &["USA"]), "{events:?}");
    assert!(second.iter().any(|(_, r)| r == &["TUR"]), "{events:?}");
}

#[test]
fn a_country_inside_a_new_place_name_is_no_party() {
    let lines = [
        r#"{"id":"jersey","date":"2019-06-05","text":"Police arrested two men in New Jersey on Monday."}"#,
        r#"{"id":"mexico","date":"2019-06-05","text":"Police arrested two men in New Mexico on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for e in &events {
        assert_eq!(codes(&e["actor"]), ["USA"], "{e}");
        assert!(codes(&e["recipient"]).iter().all(|c| c == "USA"), "{e}");
    }
    assert_eq!(events.len(), 2, "{events:?}");
}

#[test]
fn an_organisations_name_inside_a_persons_is_no_party() {
    let lines = [
        r#"{"id":"sisi","date":"2019-01-10","text":"Mike Pompeo met the Egyptian president, Abdel Fatah al-Sisi, in Cairo on Thursday."}"#,
        // (Here Fatah, the Palestinian party, was the critic.)
        r#"{"id":"critic","date":"2019-01-10","text":"On Thursday the Egyptian president, Abdel Fatah al-Sisi, criticised the US for its decision to withdraw troops from Syria."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.is_empty(), "{events:?}");
    for e in &events {
        assert!(!codes(&e["actor"]).contains(&"PSE".to_string()) && !codes(&e["recipient"]).contains(&"PSE".to_string()), "{e}");
    }
}

#[test]
fn a_royal_named_by_title_and_given_name_is_the_person_named_before() {
    let lines = [r#"{"id":"prince","date":"2019-06-05","text":"Mohammed bin Salman visited Cairo on Monday.\n\nThe US Senate accused Prince Mohammed of ordering the killing."}"#];
    let events = code_lines(&lines, &[]);
    let accusation = events.iter().find(|e| e["event"][0] == "ACCUSE").unwrap_or_else(|| panic!("no accusation: {events:?}"));
    assert_eq!(codes(&accusation["recipient"]), ["SAU"], "{accusation}");
}

#[test]
fn a_demonym_news_uses_as_an_adjective_names_the_country() {
    let lines = [
        r#"{"id":"slovak","date":"2019-06-05","text":"The Slovak government expelled three Russian diplomats on Monday."}"#,
        r#"{"id":"malagasy","date":"2019-06-05","text":"Malagasy police arrested two opposition leaders in Antananarivo."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for (id, code) in [("slovak", "SVK"), ("malagasy", "MDG")] {
        let event = events.iter().find(|e| e["doc_id"] == id).unwrap_or_else(|| panic!("no event in {id}: {events:?}"));
        assert_eq!(codes(&event["actor"]), [code], "{events:?}");
    }
}

#[test]
fn role_words_converted_from_the_phoenix_agents_give_a_sector() {
    let lines = [r#"{"id":"court","date":"2019-06-05","text":"A shariah court in Aceh sentenced two Indonesian students to prison on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let event = events.iter().find(|e| e["doc_id"] == "court").unwrap_or_else(|| panic!("no event: {events:?}"));
    assert_eq!(event["actor"][0]["sector"], "JUD", "{events:?}");
}
