//! End-to-end tests of who an event's parties are when the wording is
//! roundabout: passives that leave a slot empty, names right after a verb,
//! later conjuncts, speakers no dictionary knows, people named by a private
//! role, groups in apposition, forces led by a country, rebels a state
//! helps, officeholders and bodies of one state, the writer's "our". Each
//! test codes a few short documents with `dyad code`; the main rules of
//! parties are in `coding_parties.rs`.

mod common;

use common::{code_lines, codes, event_of};

#[test]
fn a_role_of_a_body_with_an_appositive_name_acts_as_that_body() {
    // The recogniser runs "the foreign affairs ministry" on into the name;
    // the subject "secretary" still has it.
    let lines = [r#"{"id":"apposed","date":"2019-06-05","text":"The chief secretary of the foreign affairs ministry, Hamza Bekayev, thanked Greece for its support on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let thanks = events.iter().find(|e| e["event"][0] == "SUPPORT").unwrap_or_else(|| panic!("no thanks in {events:?}"));
    assert_eq!(codes(&thanks["recipient"]), ["GRC"], "{thanks}");
    assert_eq!(thanks["actor"][0]["sector"], "GOV", "{thanks}");
}

#[test]
fn a_passive_sentence_is_by_the_courts_and_its_subject_is_sentenced() {
    let lines = [
        r#"{"id":"passive","date":"2019-06-05","text":"A Palestinian teenager was sentenced to death in Gaza on Wednesday."}"#,
        r#"{"id":"active","date":"2019-06-05","text":"An Egyptian court sentenced three activists to ten years in prison on Wednesday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let sentenced = |id: &str| event_of(&events, id, "COERCE");
    let passive = sentenced("passive");
    assert_eq!(passive["actor"][0]["sector"], "JUD", "{passive}");
    assert_eq!(codes(&passive["recipient"]), ["PSE"], "{passive}");
    assert_eq!(codes(&sentenced("active")["actor"]), ["EGY"], "{events:?}");
}

#[test]
fn a_passive_leaves_the_object_slot_after_its_verb_empty() {
    // "BAR + from entering", "FORCE + to": the passive's subject is the object.
    let lines = [
        r#"{"id":"barred","date":"2019-06-05","text":"UN inspectors were barred from entering the country by Iraqi authorities on Monday."}"#,
        r#"{"id":"forced","date":"2019-06-05","text":"Many families were forced to undergo security checks by the Syrian Democratic Forces on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let one = |id: &str| events.iter().find(|e| e["doc_id"] == id).unwrap_or_else(|| panic!("no event in {id}: {events:?}"));
    assert_eq!((one("barred")["event"][0].as_str(), codes(&one("barred")["actor"]), codes(&one("barred")["recipient"])), (Some("REJECT"), vec!["IRQ".to_string()], vec!["UNO".to_string()]));
    assert_eq!((one("forced")["event"][0].as_str(), codes(&one("forced")["actor"])), (Some("COERCE"), vec!["SYR".to_string()]), "{events:?}");
}

#[test]
fn our_government_outside_a_quote_is_the_writers_of_no_known_country() {
    let lines = [
        r#"{"id":"letter","date":"2019-06-05","text":"The war in Syria goes on. Our government condemned Turkey on Monday."}"#,
        r#"{"id":"quote","date":"2019-06-05","text":"The war in Syria goes on. \"Our government condemned Turkey on Monday,\" a Syrian official said."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actor = |id: &str| events.iter().find(|e| e["doc_id"] == id && e["event"][0] == "ACCUSE").map(|e| e["actor"][0].clone()).unwrap_or_else(|| panic!("{events:?}"));
    let letter = actor("letter");
    assert!(letter.get("code").is_none() && letter["sector"] == "GOV", "{letter}");
    assert_eq!(actor("quote")["code"], "SYR", "{events:?}");
}

#[test]
fn a_force_led_by_a_country_is_its_military_and_one_backed_by_it_is_not() {
    let lines = [
        r#"{"id":"led","date":"2019-06-05","text":"The US-led coalition bombed Raqqa on Monday."}"#,
        r#"{"id":"hit","date":"2019-06-05","text":"Saudi-led coalition airstrikes hit a market in Yemen on Monday."}"#,
        r#"{"id":"backed","date":"2019-06-05","text":"Turkish-backed rebels attacked Afrin on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actor = |id: &str| events.iter().find(|e| e["doc_id"] == id && e["event"][0] == "ASSAULT").map(|e| (e["actor"][0]["code"].as_str().unwrap_or("").to_string(), e["actor"][0]["sector"].as_str().unwrap_or("").to_string()));
    assert_eq!(actor("led"), Some(("USA".to_string(), "MIL".to_string())), "{events:?}");
    assert_eq!(actor("hit"), Some(("SAU".to_string(), "MIL".to_string())), "{events:?}");
    assert!(actor("backed").is_none_or(|(c, _)| c != "TUR"), "{events:?}");
}

#[test]
fn a_name_right_after_the_verb_of_a_pattern_ending_in_a_preposition_is_its_object() {
    let lines = [
        r#"{"id":"asked","date":"2023-06-05","text":"Ukraine asked Germany for more tanks on Monday."}"#,
        // Not a role or a modifier inside the match.
        r#"{"id":"lodged","date":"2023-06-05","text":"Serbia lodged an official protest with Albania on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let recipient = |id: &str| events.iter().find(|e| e["doc_id"] == id).map(|e| codes(&e["recipient"]));
    assert_eq!(recipient("asked"), Some(vec!["DEU".to_string()]), "{events:?}");
    assert_eq!(recipient("lodged"), Some(vec!["ALB".to_string()]), "{events:?}");
}

#[test]
fn a_phrase_right_before_a_later_conjoined_verb_is_its_subject() {
    let lines = [r#"{"id":"and","date":"2018-01-05","text":"Meanwhile, Kenyans queued to vote in fraught elections and the president of Sierra Leone called for urgent help after a mudslide engulfed houses near the capital, Freetown."}"#];
    let events = code_lines(&lines, &[]);
    let request = events.iter().find(|e| e["event"][0] == "REQUEST").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&request["actor"]), ["SLE"], "{request}");
}

#[test]
fn he_after_a_verb_of_saying_is_its_speaker_even_one_no_dictionary_knows() {
    let lines = [
        // The speaker is a name the dictionaries do not know: nobody to code, not Erdogan.
        r#"{"id":"unknown","date":"2018-01-25","text":"Turkish President Recep Tayyip Erdogan spoke on Monday. Abdullah Rabbah, who said he supported the Turkish incursion, added that Afrin is Arab land."}"#,
        r#"{"id":"role","date":"2018-01-25","text":"Turkish President Recep Tayyip Erdogan spoke on Monday. The Syrian opposition leader said he supported the Turkish incursion."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["doc_id"] == "unknown" && e["event"][0] == "SUPPORT"), "{events:?}");
    let role = event_of(&events, "role", "SUPPORT");
    assert_eq!(codes(&role["actor"]), ["SYR"], "{role}");
}

#[test]
fn a_named_group_in_apposition_gives_its_sector_to_a_generic_role() {
    let lines = [r#"{"id":"ypg","date":"2018-03-18","text":"The Kurdish militia, the YPG, withdrew from Afrin before dawn on Sunday."}"#];
    let events = code_lines(&lines, &[]);
    let retreat = events.iter().find(|e| e["event"][0] == "RETREAT").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(retreat["actor"][0]["sector"], "REB", "{retreat}");
}

#[test]
fn a_person_named_by_a_private_role_as_subject_is_the_next_he() {
    let lines = [r#"{"id":"journalist","date":"2018-06-05","text":"The Spanish photojournalist went to Syria to cover the revolution against President Bashar al-Assad. He was taken hostage by Islamic State on Monday."}"#];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["recipient"].as_array().unwrap().iter().any(|r| r["sector"] == "GOV")), "{events:?}");
}

#[test]
fn rebels_a_state_helps_are_not_its_own() {
    let lines = [
        r#"{"id":"backed","date":"2018-04-14","text":"Syria's war goes on in Idlib, Syria. The US cautiously backed rebel groups on Monday."}"#,
        // Its own fighters are its own.
        r#"{"id":"own","date":"2019-02-18","text":"Germany has supported its fighters in court on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let recipient = |id: &str| events.iter().find(|e| e["doc_id"] == id && e["event"][0] == "SUPPORT").map(|e| e["recipient"][0]["code"].as_str().unwrap_or("").to_string());
    assert_eq!(recipient("backed").as_deref(), Some("SYR"), "{events:?}");
    assert_eq!(recipient("own").as_deref(), Some("DEU"), "{events:?}");
}

#[test]
fn an_officeholder_is_somebody_else_than_a_body_of_the_same_state() {
    let lines = [r#"{"id":"urged","date":"2018-01-20","text":"Turkish President Recep Tayyip Erdogan spoke on Monday. Senior members of the ruling party in Ankara urged Erdogan on Sunday to try to seize Afrin."}"#];
    let events = code_lines(&lines, &[]);
    let request = events.iter().find(|e| e["event"][0] == "REQUEST").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&request["recipient"]), ["TUR"], "{request}");
}

#[test]
fn he_after_an_opening_clause_is_the_person_the_sentence_before_was_about() {
    let lines = [r#"{"id":"opening","date":"2018-06-05","text":"The Turkish president, Recep Tayyip Erdogan, has said the world is living in dark times as he lambasted decisions by Donald Trump. Speaking in Ankara, he also criticised Europe for not doing as much as Turkey."}"#];
    let events = code_lines(&lines, &[]);
    let second = events.iter().find(|e| e["text"].as_str().unwrap_or("").starts_with("Speaking")).unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&second["actor"]), ["TUR"], "{second}");
}

#[test]
fn where_a_joint_act_takes_place_is_no_party_to_it() {
    let lines = [r#"{"id":"patrols","date":"2019-06-05","text":"Turkey and Russia began joint patrols in northern Syria on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let patrols = events.iter().find(|e| e["event"][0] == "COOPERATE").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&patrols["actor"]), ["RUS", "TUR"], "{patrols}");
}

#[test]
fn forces_moved_in_the_passive_are_their_states_mobilisation_unless_only_requested() {
    let lines = [
        r#"{"id":"alert","date":"2018-04-14","text":"Iranian-backed militias mobilised to the south and the Syrian army was placed on high alert on Friday."}"#,
        r#"{"id":"requested","date":"2018-04-14","text":"The head of the Panama Canal Authority has requested police officers be deployed at the canal on Friday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let alert = events.iter().find(|e| e["doc_id"] == "alert" && e["event_text"][0].as_str().unwrap_or("").contains("alert")).unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&alert["actor"]), ["SYR"], "{alert}");
    assert!(!events.iter().any(|e| e["doc_id"] == "requested" && e["event"][0] == "MOBILIZE"), "{events:?}");
}

#[test]
fn residential_areas_attacked_stand_for_the_civilians_there() {
    let lines = [r#"{"id":"areas","date":"2018-02-05","text":"Idlib residents said Russian aircraft conducted at least 12 aerial strikes on residential areas in Idlib on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let strike = events.iter().find(|e| e["event"][0] == "ASSAULT").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(strike["recipient"][0]["sector"], "CVL", "{strike}");
    assert_eq!(codes(&strike["recipient"]), ["SYR"], "{strike}");
}

#[test]
fn a_participle_after_a_dash_has_the_main_clauses_subject() {
    let lines = [r#"{"id":"dash","date":"2018-06-05","text":"The European parliament has called for a similar target to that imagined by the IRC - calling on the EU to bring in 230,000 refugees over two years."}"#];
    let events = code_lines(&lines, &[]);
    let request = events.iter().find(|e| e["event"][0] == "REQUEST").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(request["actor"][0]["sector"], "LEG", "{request}");
    assert_eq!(codes(&request["recipient"]), ["EUR"], "{request}");
}

#[test]
fn the_by_agent_of_an_attacks_means_or_weapon_is_its_actor() {
    let lines = [
        r#"{"id":"ied","date":"2020-01-06","text":"On 5 January 2020, an IED planted by suspected Taliban militants exploded in Kandahar city, killing 3 civilians."}"#,
        r#"{"id":"drone","date":"2021-02-18","text":"On 17 February 2021, a drone strike by the US military hit a vehicle near Jilib, killing 2 Al Shabaab fighters."}"#,
        r#"{"id":"rockets","date":"2019-06-05","text":"Rockets fired by Hamas militants hit the Israeli town of Sderot on Monday, wounding two people."}"#,
        // With nobody named, the means' attack is by unidentified armed actors.
        r#"{"id":"unnamed","date":"2019-06-05","text":"A roadside bomb exploded in Kabul on Monday, killing three soldiers."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actor_of = |id: &str| -> Vec<String> { events.iter().filter(|e| e["doc_id"] == id).flat_map(|e| codes(&e["actor"])).collect() };
    assert_eq!(actor_of("ied"), ["AFG"], "{events:?}");
    assert_eq!(actor_of("drone"), ["USA"], "{events:?}");
    assert_eq!(actor_of("rockets"), ["PSE"], "{events:?}");
    let unnamed: Vec<&serde_json::Value> = events.iter().filter(|e| e["doc_id"] == "unnamed").collect();
    assert_eq!(unnamed.len(), 1, "{events:?}");
    assert_eq!(unnamed[0]["actor"][0]["sector"], "UAF", "{events:?}");
}

#[test]
fn an_attack_told_from_its_victims_side_with_no_attacker_named_is_by_unidentified_armed_actors() {
    let lines = [
        r#"{"id":"tank","date":"2018-02-14","text":"US forces came under fire from a tank on Tuesday."}"#,
        r#"{"id":"tank_fire","date":"2018-02-14","text":"US advisers were at the base when they came under tank fire on Tuesday."}"#,
        // Fire from people who carry no arms is criticism.
        r#"{"id":"critics","date":"2018-02-14","text":"The minister came under heavy fire from lawmakers on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["tank", "tank_fire"] {
        let e = events.iter().find(|e| e["doc_id"] == id).unwrap_or_else(|| panic!("{id}: {events:?}"));
        assert_eq!(e["event"][0], "ASSAULT", "{e}");
        assert_eq!(e["actor"][0]["sector"], "UAF", "{e}");
        assert!(e["actor"][0].get("code").is_none(), "not of the victims' country: {e}");
        assert_eq!(codes(&e["recipient"]), ["USA"], "{e}");
    }
    let critics: Vec<&serde_json::Value> = events.iter().filter(|e| e["doc_id"] == "critics").collect();
    assert_eq!(critics[0]["event"][0], "ACCUSE", "{critics:?}");
}

#[test]
fn foreign_coalition_and_allied_forces_take_no_country_from_the_place() {
    // Forces named as foreign, coalition or allied are others in the
    // country where they act, of no country the sentence names.
    let lines = [
        r#"{"id":"coalition","date":"2019-02-20","text":"Residents of Raqqa were bombed every day by coalition jets, a survivor said on Monday."}"#,
        r#"{"id":"syrian","date":"2019-02-20","text":"Residents of Raqqa were bombed every day by Syrian jets, a survivor said on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let actor_of = |id: &str| events.iter().find(|e| e["doc_id"] == id).map(|e| e["actor"][0].clone()).unwrap_or_else(|| panic!("{id}: {events:?}"));
    assert!(actor_of("coalition").get("code").is_none(), "{:?}", actor_of("coalition"));
    assert_eq!(actor_of("coalition")["sector"], "MIL");
    assert_eq!(actor_of("syrian")["code"], "SYR");
}

#[test]
fn a_meeting_boycotted_by_a_party_is_its_refusal_to_meet() {
    // Told from the meeting, the boycott's agent follows its verb.
    let lines = [r#"{"id":"b","date":"2018-01-27","text":"The UN envoy will attend a Russian-sponsored peace conference boycotted by the official Syrian opposition."}"#];
    let events = code_lines(&lines, &[]);
    let reject = events.iter().find(|e| e["event"][0] == "REJECT").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(reject["actor"][0]["code"], "SYR", "{reject}");
    assert_eq!(reject["actor"][0]["sector"], "OPP", "{reject}");
    assert!(!events.iter().any(|e| e["event"][0] == "PROTEST"), "{events:?}");
    // Nor is the boycotting party one of those attending.
    let attend = events.iter().find(|e| e["event"][0] == "AGREE").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&attend["actor"]), ["UNO"], "{attend}");
}

#[test]
fn what_a_meeting_is_about_is_no_party_to_it() {
    let lines = [r#"{"id":"t","date":"2019-02-20","text":"France and Germany held talks on Iran on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let talks = events.iter().find(|e| e["event"][0] == "CONSULT").unwrap_or_else(|| panic!("{events:?}"));
    let mut parties = codes(&talks["actor"]);
    parties.sort();
    assert_eq!(parties, ["DEU", "FRA"], "{talks}");
}

#[test]
fn the_process_of_an_act_is_by_whoever_began_it() {
    let lines = [r#"{"id":"p","date":"2019-02-20","text":"Colombia has already started the process of withdrawing its forces from Ghana, a spokesperson said on Monday."}"#];
    let events = code_lines(&lines, &[]);
    let retreat = events.iter().find(|e| e["event"][0] == "RETREAT").unwrap_or_else(|| panic!("{events:?}"));
    assert_eq!(codes(&retreat["actor"]), ["COL"], "{retreat}");
}

#[test]
fn a_curfew_falls_on_the_population_of_its_place() {
    let lines = [
        r#"{"id":"threat","date":"2000-06-05","text":"The Algerian president threatened to institute a curfew in Algiers in response to recent unrest."}"#,
        r#"{"id":"imposed","date":"2000-06-05","text":"The Thai government imposed a curfew in Bangkok on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for (id, code) in [("threat", "DZA"), ("imposed", "THA")] {
        let e = events.iter().find(|e| e["doc_id"] == id).unwrap_or_else(|| panic!("{id}: {events:?}"));
        assert_eq!(codes(&e["recipient"]), [code], "{e}");
        assert_eq!(e["recipient"][0]["sector"], "CVL", "{e}");
    }
}

#[test]
fn a_role_owned_by_a_pronoun_is_the_owners() {
    // "its troops" are Turkey's, not the forces of the place they shelled;
    // "their gunmen" are the Taliban; "its" takes the nearest clause's
    // subject, not the sentence's.
    let lines = [
        r#"{"id":"state","date":"2019-06-05","text":"Turkey said its troops shelled Kurdish positions near Afrin."}"#,
        r#"{"id":"group","date":"2019-06-05","text":"The Taliban claimed that their gunmen attacked an army checkpoint in Kandahar."}"#,
        r#"{"id":"nearest","date":"2019-06-05","text":"The UN report came as North Korea said gunmen had killed two of its soldiers near the border."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let assault = |id: &str| event_of(&events, id, "ASSAULT");
    assert_eq!(codes(&assault("state")["actor"]), ["TUR"], "{}", assault("state"));
    assert_eq!(assault("state")["actor"][0]["sector"], "MIL");
    assert_eq!(codes(&assault("group")["actor"]), ["AFG"], "{}", assault("group"));
    assert_eq!(assault("group")["actor"][0]["sector"], "REB");
    assert!(codes(&assault("nearest")["recipient"]).iter().all(|c| c == "PRK"), "{}", assault("nearest"));
}

#[test]
fn a_post_of_the_armed_forces_or_police_stands_for_them() {
    let lines = [
        r#"{"id":"base","date":"2019-06-05","text":"A swarm of drones attacked a Russian airbase in north-western Syria."}"#,
        r#"{"id":"checkpoint","date":"2019-06-05","text":"Rebels shelled an army checkpoint near Aleppo."}"#,
        r#"{"id":"station","date":"2019-06-05","text":"Militants attacked a police station in Kabul."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let target = |id: &str| {
        let e = event_of(&events, id, "ASSAULT");
        (codes(&e["recipient"]), e["recipient"][0]["sector"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(target("base"), (vec!["RUS".to_string()], "MIL".to_string()));
    assert_eq!(target("checkpoint"), (vec!["SYR".to_string()], "MIL".to_string()));
    assert_eq!(target("station"), (vec!["AFG".to_string()], "COP".to_string()));
}

#[test]
fn weapons_a_phrase_names_the_owner_of_are_the_owners() {
    let lines = [
        r#"{"id":"drones","date":"2019-06-05","text":"Turkish drones hit the town on Monday."}"#,
        r#"{"id":"jets","date":"2019-06-05","text":"Turkish F-16 jets bombed PKK targets in north-east Syria on Saturday."}"#,
        r#"{"id":"hitmen","date":"2019-06-05","text":"Hitmen shot dead a presidential candidate in Quito on Wednesday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let assault = |id: &str| event_of(&events, id, "ASSAULT");
    assert_eq!(codes(&assault("drones")["actor"]), ["TUR"], "{}", assault("drones"));
    assert_eq!(assault("drones")["actor"][0]["sector"], "MIL");
    assert_eq!(assault("hitmen")["actor"][0]["sector"], "UAF", "{}", assault("hitmen"));
    assert_eq!(codes(&assault("jets")["actor"]), ["TUR"], "{}", assault("jets"));
}

#[test]
fn people_named_by_whose_kin_they_are_are_civilians() {
    let lines = [r#"{"id":"wives","date":"2019-06-05","text":"Islamic State fighters fired on the wives of Kurdish fighters in Raqqa on Wednesday."}"#];
    let events = code_lines(&lines, &[]);
    let assault = events.iter().find(|e| e["event"][0] == "ASSAULT").unwrap_or_else(|| panic!("no assault: {events:?}"));
    assert_eq!(assault["recipient"][0]["sector"], "CVL", "{assault}");
}

#[test]
fn a_countrys_own_institutions_act_in_the_place_named_before_them() {
    // "the authorities" the document named for Britain are Turkey's when
    // the sentence is in Turkey; a place after the role says nothing of it.
    let lines = [
        r#"{"id":"before","date":"2019-06-05","text":"British authorities questioned the man in London on Friday.\n\nHe was on holiday at the resort of Didim in south-west Turkey, when the authorities arrested him."}"#,
        r#"{"id":"after","date":"2019-06-05","text":"Libyan authorities questioned the migrants on Friday.\n\nThe authorities have so far arrested 3,500 people for trying to get to Italy."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let arrest = |id: &str| event_of(&events, id, "COERCE");
    assert_eq!(codes(&arrest("before")["actor"]), ["TUR"], "{}", arrest("before"));
    assert_eq!(codes(&arrest("after")["actor"]), ["LBY"], "{}", arrest("after"));
}

#[test]
fn a_role_owned_by_the_phrase_before_its_apostrophe_is_the_owners() {
    let lines = [
        r#"{"id":"taliban","date":"2019-06-05","text":"The Taliban's leader announced an end to attacks on Monday."}"#,
        r#"{"id":"rebels","date":"2019-06-05","text":"The Zimbabwean rebels' leader announced an end to attacks on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let ceasefire = |id: &str| event_of(&events, id, "CONCEDE");
    assert_eq!(ceasefire("taliban")["actor"][0]["sector"], "REB", "{}", ceasefire("taliban"));
    assert_eq!(codes(&ceasefire("rebels")["actor"]), ["ZWE"], "{}", ceasefire("rebels"));
}
