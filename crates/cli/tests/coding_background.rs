//! End-to-end tests of what the coder reads as background or description
//! rather than the day's act: relative clauses set off or in the perfect,
//! reduced relatives, clauses of time and comparison, beliefs, denials,
//! sums over years, holders of places, idioms of showing and endangering;
//! and which modality an event word shares (light verbs, realising verbs).
//! Each test codes a few one-sentence documents with `dyad code`; the other
//! rules of reading are in `coding_rules.rs`.

mod common;

use common::{categories, code_lines, codes};

#[test]
fn a_relative_clause_set_off_by_a_comma_or_in_the_perfect_gives_background() {
    let lines = [
        r#"{"id":"comma","date":"2019-06-05","text":"The plan angered the defence secretary, Jim Mattis, who resigned in protest."}"#,
        // Also where the parser did not attach the clause to its noun.
        r#"{"id":"unattached","date":"2019-06-05","text":"The decision was opposed by Turkey, which attacked Kurdish positions in Afrin."}"#,
        r#"{"id":"perfect","date":"2019-06-05","text":"She said she had been held by foreign fighters who had threatened her family with death."}"#,
        r#"{"id":"passive","date":"2019-06-05","text":"The two men, who were stripped of their British citizenship, are held in Syria."}"#,
        // A restrictive clause in the simple past tells who took part in the
        // day's act; a day named keeps a set-off one.
        r#"{"id":"restrictive","date":"2019-06-05","text":"Police fired tear gas at rioters who hurled stones at the parliament."}"#,
        r#"{"id":"day","date":"2019-06-05","text":"The Russians, who targeted civilians in Idlib on Monday, denied it."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let of = |id: &str| categories(&events, id);
    assert!(of("comma").is_empty(), "{:?}", of("comma"));
    assert_eq!(of("unattached"), ["REJECT"], "{events:?}");
    assert!(of("perfect").is_empty(), "{:?}", of("perfect"));
    assert!(of("passive").is_empty(), "{:?}", of("passive"));
    assert!(of("restrictive").contains(&"PROTEST".to_string()), "{events:?}");
    assert!(of("day").contains(&"ASSAULT".to_string()), "{events:?}");
}

#[test]
fn a_passive_with_adverbs_in_its_verb_group_and_an_object_relative_read_as_a_conjunction() {
    let lines = [
        // The besieged are no besiegers, however many adverbs stand between.
        r#"{"id":"adverbs","date":"2019-06-05","text":"Isis fighters are trapped in Baghuz. The militants were now almost totally besieged on Monday."}"#,
        // "that" parsed as a conjunction still makes the clause describe "the country".
        r#"{"id":"that","date":"2019-06-05","text":"Parts of the country that Turkey had seized from Isis in an offensive are now safe."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["doc_id"] == "adverbs" && codes(&e["actor"]).contains(&"IMG".to_string())), "{events:?}");
    assert!(categories(&events, "that").is_empty(), "{events:?}");
}

#[test]
fn a_clause_of_time_in_the_simple_present_speaks_of_the_future() {
    let lines = [
        r#"{"id":"before","date":"2019-06-05","text":"The region must prepare before Russia bombs the town again."}"#,
        // A noun after "after" is no verb of the present.
        r#"{"id":"noun","date":"2019-06-05","text":"Protesters gathered after some individuals took part in street protests against the government on Sunday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "before").is_empty(), "{events:?}");
    assert!(categories(&events, "noun").contains(&"PROTEST".to_string()), "{events:?}");
}

#[test]
fn one_act_told_by_two_words_is_one_event_with_its_recipient() {
    let lines = [
        r#"{"id":"condemned","date":"2019-06-05","text":"France condemned Israel on Monday, criticising the new settlement plan."}"#,
        // Two acts of one category with different codes stay two.
        r#"{"id":"two","date":"2019-06-05","text":"The military government declared a state of siege in Haiti on Saturday, arresting political opponents."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert_eq!(categories(&events, "condemned"), ["ACCUSE"], "{events:?}");
    assert_eq!(categories(&events, "two"), ["COERCE", "COERCE"], "{events:?}");
}

#[test]
fn a_countrys_state_and_its_people_are_different_sides_when_repeated_events_merge() {
    let lines = [
        // The army's attack and the rebels' attack in one country are two
        // events; the army's attack told twice is one.
        r#"{"id":"sides","date":"2019-06-05","text":"Kenyan troops attacked villagers in Lamu on Monday. Kenyan rebels attacked civilians in Lamu on Tuesday. Troops attacked the villagers again."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let sides: Vec<(String, Vec<(String, String)>)> = events
        .iter()
        .map(|e| (e["event"][0].as_str().unwrap().to_string(), e["actor"].as_array().unwrap().iter().map(|a| (a["code"].as_str().unwrap_or("").to_string(), a["sector"].as_str().unwrap_or("").to_string())).collect()))
        .collect();
    let assaults: Vec<&Vec<(String, String)>> = sides.iter().filter(|(c, _)| c == "ASSAULT").map(|(_, a)| a).collect();
    assert_eq!(assaults.len(), 2, "{events:?}");
    assert!(assaults.iter().any(|a| a.iter().any(|(_, s)| s == "MIL")) && assaults.iter().any(|a| a.iter().any(|(_, s)| s == "REB")), "{sides:?}");
    let army = events.iter().find(|e| e["event"][0] == "ASSAULT" && e["actor"][0]["sector"] == "MIL").unwrap();
    assert_eq!(army["evidence"]["sentences"].as_array().unwrap().len(), 2, "{army}");
}

#[test]
fn what_somebody_has_yet_to_announce_is_not_reported() {
    let lines = [
        r#"{"id":"expected","date":"2019-06-05","text":"Trump is expected to announce that US troops have killed the Isis leader."}"#,
        r#"{"id":"will","date":"2019-06-05","text":"The minister will say that police arrested 20 protesters in Nairobi."}"#,
        // Said, it is reported; a "would" before a comma is another clause's.
        r#"{"id":"said","date":"2019-06-05","text":"The minister said that police arrested 20 protesters in Nairobi."}"#,
        r#"{"id":"comma","date":"2019-06-05","text":"An official, speaking because the talks would be private, said that police arrested 20 protesters in Nairobi."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "expected").is_empty(), "{events:?}");
    assert!(categories(&events, "will").is_empty(), "{events:?}");
    assert_eq!(categories(&events, "said"), ["COERCE"], "{events:?}");
    assert_eq!(categories(&events, "comma"), ["COERCE"], "{events:?}");
}

#[test]
fn declining_to_comment_a_friendly_slap_endangering_and_rising_attacks_are_no_events() {
    let lines = [
        r#"{"id":"deny","date":"2019-06-05","text":"The group leader refused to deny that HTS is planning to merge."}"#,
        r#"{"id":"slap","date":"2019-06-05","text":"People slapped him on the back."}"#,
        r#"{"id":"interests","date":"2019-06-05","text":"Trump threatens British interests and international peace."}"#,
        r#"{"id":"trend","date":"2019-06-05","text":"In central Iraq, attacks on military forces have spiked in recent weeks."}"#,
        r#"{"id":"expected","date":"2019-06-05","text":"The rapid fall of Afrin belied expectations of a long blockade by Turkish forces."}"#,
        // A threat to attack somebody's interests is a threat.
        r#"{"id":"threat","date":"2019-06-05","text":"Iran threatened to attack US interests in the region on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    let docs: Vec<&str> = events.iter().map(|e| e["doc_id"].as_str().unwrap()).collect();
    assert_eq!(docs, ["threat"], "{events:?}");
}

#[test]
fn an_aim_after_a_colon_a_relative_on_a_preposition_and_a_belief_are_no_acts() {
    let lines = [
        r#"{"id":"aim","date":"2019-06-05","text":"Erdogan and Putin share another aim: curbing US influence in the Middle East."}"#,
        r#"{"id":"over","date":"2019-06-05","text":"The countries that the UK has fought over, or armed, are in turmoil."}"#,
        r#"{"id":"thought","date":"2019-06-05","text":"Ankara is not thought to be targeting the town."}"#,
        // A relative clause of time or place tells the act.
        r#"{"id":"in_which","date":"2019-06-05","text":"Police ended a three-day standoff on Monday in which gunmen killed two villagers."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["aim", "over", "thought"] {
        assert!(categories(&events, id).is_empty(), "{id}: {events:?}");
    }
    assert!(categories(&events, "in_which").contains(&"ASSAULT".to_string()), "{events:?}");
}

#[test]
fn victims_in_a_superlative_attack_men_killed_fighting_and_a_target_of_doing_are_no_acts() {
    let lines = [
        r#"{"id":"worst","date":"2019-06-05","text":"Six aid workers were killed in the worst single attack on humanitarian staff since the war began."}"#,
        r#"{"id":"fighting","date":"2019-06-05","text":"The families of two British men killed fighting Islamic State in Syria have condemned a report."}"#,
        r#"{"id":"target","date":"2019-06-05","text":"US soldiers had only progressed 20% towards their target of training 40,000 local fighters."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!events.iter().any(|e| e["doc_id"] == "worst" && e["actor"].as_array().unwrap().iter().any(|a| a["sector"] == "SOC")), "{events:?}");
    assert!(!events.iter().any(|e| e["doc_id"] == "fighting" && e["event"][0] == "ASSAULT"), "{events:?}");
    assert!(categories(&events, "target").is_empty(), "{events:?}");
}

#[test]
fn descriptions_of_holders_teams_and_feelings_and_standing_policies_since_a_year() {
    let lines = [
        r#"{"id":"occupied","date":"2019-06-05","text":"US-backed fighters besieging the final area of territory occupied by Islamic State said they had pushed further."}"#,
        r#"{"id":"team","date":"2019-06-05","text":"Syria's opposition groups have reorganised their negotiating team."}"#,
        r#"{"id":"feel","date":"2019-06-05","text":"A diplomat said Moscow feels especially threatened by Iran's plans in Damascus."}"#,
        r#"{"id":"since","date":"2019-06-05","text":"Ankara has been a backer of the opposition since late 2011, allowing opposition groups to organise."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "occupied").contains(&"COERCE".to_string()) || events.iter().filter(|e| e["doc_id"] == "occupied").all(|e| e["evidence"]["verb"][0]["text"] != "occupied"), "{events:?}");
    for id in ["team", "feel", "since"] {
        assert!(categories(&events, id).is_empty(), "{id}: {events:?}");
    }
}

#[test]
fn an_event_noun_after_a_light_verb_has_that_verbs_modality() {
    let lines = [
        r#"{"id":"might","date":"2023-01-01","text":"Armed opposition groups in South Africa might resume attacks on state targets."}"#,
        // Cooperation promised is an undertaking (PLOVER AGREE).
        r#"{"id":"will","date":"2023-01-01","text":"Oman said on Tuesday it will create a joint venture with China to boost investment."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "might").is_empty(), "{events:?}");
    assert!(!categories(&events, "will").contains(&"COOPERATE".to_string()), "{events:?}");
}

#[test]
fn what_somebody_was_forced_to_do_was_done() {
    // "forced" is an event word of its own (COERCE) and still says the act
    // it completes happened.
    let lines = [r#"{"id":"forced","date":"2019-06-05","text":"The Somali national army announced on Monday that it had been forced to disband its security force in Mogadishu."}"#];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "forced").contains(&"RETREAT".to_string()), "{events:?}");
}

#[test]
fn what_is_hard_to_imagine_has_not_happened() {
    let lines = [r#"{"id":"hard","date":"2018-05-05","text":"As clashes between Israel and Iran mount, it is hard to see this White House staying out of the fight."}"#];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "hard").contains(&"AGREE".to_string()), "{events:?}");
}

#[test]
fn what_somebody_believes_or_fears_is_no_report_of_it() {
    let lines = [
        r#"{"id":"believes","date":"2018-06-05","text":"Australia believes more than 100 of its citizens were fighting in the region."}"#,
        // "suspects" as a noun believes nothing.
        r#"{"id":"suspects","date":"2018-06-05","text":"More than 20 Libyan suspects were arrested by Libyan police on Sunday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "believes").is_empty(), "{events:?}");
    assert_eq!(categories(&events, "suspects"), ["COERCE"], "{events:?}");
}

#[test]
fn acts_told_as_repeated_again_and_again_or_on_numerous_occasions_are_a_tally() {
    let lines = [
        r#"{"id":"again","date":"2019-06-05","text":"The Syrian regime has used chemical weapons, including mustard gas, again and again."}"#,
        r#"{"id":"occasions","date":"2019-06-05","text":"Kenyan police have arrested the activist on numerous occasions."}"#,
        r#"{"id":"once","date":"2019-06-05","text":"Kenyan police arrested the activist in Nairobi on Tuesday."}"#,
        // Blows counted in one attack are no tally.
        r#"{"id":"blows","date":"2019-06-05","text":"A 17-year-old was shot three times by a Kenyan police officer in Nairobi on Tuesday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "again").is_empty(), "{events:?}");
    assert!(categories(&events, "occasions").is_empty(), "{events:?}");
    assert_eq!(categories(&events, "once"), ["COERCE"], "{events:?}");
    assert_eq!(categories(&events, "blows"), ["ASSAULT"], "{events:?}");
}

#[test]
fn games_timed_denials_and_a_past_years_event_noun_are_no_events() {
    let lines = [
        r#"{"id":"game","date":"2019-06-05","text":"Senegal's Lions of Teranga stormed back from a goal down to crush Cameroon 3-1 in Yaounde on Saturday, with striker Ousmane Diatta scoring twice."}"#,
        r#"{"id":"race","date":"2019-06-05","text":"The Kenyan runner Faith Chepkoech retained her title at the Berlin Marathon on Sunday, launching a decisive attack at the 35-kilometre mark, race officials said."}"#,
        r#"{"id":"cricket","date":"2019-06-05","text":"Pakistan's batsmen surrendered meekly on the third day, bowled out for 89 as the Sri Lankan spinners ran riot in Galle."}"#,
        // Police named: the game's day may still bring violence.
        r#"{"id":"fans","date":"2019-06-05","text":"Egyptian police fired tear gas at fans after the league match in Cairo on Sunday."}"#,
        // A protest at a game is a protest.
        r#"{"id":"protest","date":"2019-06-05","text":"Before the match, Syrian refugees staged a protest outside the stadium in Sydney against the Assad regime."}"#,
        r#"{"id":"denied","date":"2019-06-05","text":"The Pakistani military denied on Tuesday that its aircraft had struck targets inside Afghanistan."}"#,
        r#"{"id":"lastyears","date":"2019-06-05","text":"The rout raised the chances of a Turkish military intervention similar to last year's invasion of Afrin."}"#,
        r#"{"id":"pardon","date":"2019-06-05","text":"Togo's president pardoned 40 people convicted over last year's protests on Friday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    for id in ["game", "race", "cricket", "denied", "lastyears"] {
        assert!(categories(&events, id).is_empty(), "{id}: {events:?}");
    }
    assert_eq!(categories(&events, "fans"), ["ASSAULT"], "{events:?}");
    assert_eq!(categories(&events, "protest"), ["PROTEST"], "{events:?}");
    assert!(categories(&events, "pardon").contains(&"CONCEDE".to_string()), "{events:?}");
}
