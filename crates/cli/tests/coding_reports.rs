//! End-to-end tests of wordings common in incident notes of conflict
//! trackers and in police reports (probe sets 8 and 10 in docs/probes),
//! each standing for a class of wording: dates and places written between
//! a verb and its complement; releases, beatings, clashes, warning rounds,
//! sit-ins and shutdowns told in the words of South Asian and African
//! English; roads blocked by police (coercion, not protest); and words that
//! only look like such events (a warrant executed, leaving jail, troops
//! freed up, politicians clashing over a policy). Each test codes a few
//! one-sentence documents with `dyad code`.

mod common;

use common::{categories, code_cases, code_lines, codes, event_of};

#[test]
fn a_date_or_place_between_a_verb_and_its_complement_keeps_the_pattern() {
    // Tracker notes and wire copy put the date, often with the place, right
    // after the verb: "promised on 9 May 2023 to", "agreed in Baghdad on".
    let cases = [
        ("day_month_year", "Ghana pledged on 4 February 2019 to send 200 police officers to Mali.", "AGREE"),
        ("month_day_year", "Human Rights Watch called on May 3, 2019, on the Sudanese army to free detained protesters.", "REQUEST"),
        ("month_year", "Chile asked in March 2019 for a meeting of the Organization of American States.", "REQUEST"),
        ("place_and_date", "Egypt and Sudan agreed in Cairo on 2 May 2019 to coordinate their positions on the dam.", "AGREE"),
        // A place's region in brackets, as trackers write it, is one word of a gap.
        ("bracketed_region", "The foreign ministers of Mali and Niger gathered in Niamey (Niamey region, Niger) for talks on border security.", "CONSULT"),
    ];
    let events = code_cases(&cases);
    assert_eq!(codes(&event_of(&events, "day_month_year", "AGREE")["actor"]), ["GHA"], "{events:?}");
}

#[test]
fn police_report_wordings_of_releases_beatings_clashes_and_protests() {
    let cases = [
        ("freed", "Gunmen freed a kidnapped Nigerian priest in Kaduna on Sunday.", "RETREAT"),
        ("thrashed", "Soldiers thrashed a shopkeeper in Srinagar on Monday.", "ASSAULT"),
        ("clashed", "Somali troops and Al Shabaab fighters clashed near Afgoye on Tuesday.", "ASSAULT"),
        ("rounds", "Kenyan police fired rounds into the air to scatter the crowd in Kisumu.", "ASSAULT"),
        ("dharna", "Farmers in Punjab sat on a dharna outside the district office on Monday.", "PROTEST"),
        ("bandh", "Traders in Assam observed a bandh on Friday against the new tax.", "PROTEST"),
        ("held_up", "Villagers in Bihar held up traffic on the national highway for two hours.", "PROTEST"),
        ("marched_along", "About 300 protesters marched along the main road in Harare on Saturday.", "PROTEST"),
    ];
    let events = code_cases(&cases);
    assert_eq!(event_of(&events, "rounds", "ASSAULT")["mode"], serde_json::json!(["crowd-control"]), "{events:?}");
}

#[test]
fn a_road_blocked_by_police_is_coercion_not_protest() {
    // PLOVER PROTEST is dissent by civilians; the state's forces blocking
    // passage restrict movement (COERCE).
    let lines = [
        r#"{"id":"police","date":"2019-06-05","text":"Ugandan police barricaded the roads leading to the opposition headquarters in Kampala."}"#,
        r#"{"id":"villagers","date":"2019-06-05","text":"Villagers barricaded the highway near Nakuru in Kenya on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert_eq!(categories(&events, "police"), ["COERCE"], "{events:?}");
    assert_eq!(categories(&events, "villagers"), ["PROTEST"], "{events:?}");
}

#[test]
fn warrants_executed_leaving_jail_forces_freed_up_and_political_clashes_are_no_events() {
    let lines = [
        r#"{"id":"warrant","date":"2019-06-05","text":"Kenyan detectives executed a court order at the offices of the company in Nairobi."}"#,
        r#"{"id":"out_of_jail","date":"2019-06-05","text":"The Indian activist walked out of Tihar jail on Friday after a court granted him bail."}"#,
        r#"{"id":"freed_up","date":"2019-06-05","text":"British troops freed up by the withdrawal were sent to Estonia."}"#,
        r#"{"id":"dispute","date":"2019-06-05","text":"The Italian and French governments clashed over migration policy on Monday."}"#,
        r#"{"id":"leaders","date":"2019-06-05","text":"Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin clashed in public over the future of Idlib."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "warrant").iter().any(|c| c == "ASSAULT"), "{events:?}");
    assert!(!categories(&events, "out_of_jail").iter().any(|c| c == "COERCE"), "{events:?}");
    assert!(!categories(&events, "freed_up").iter().any(|c| c == "RETREAT"), "{events:?}");
    assert!(!categories(&events, "dispute").iter().any(|c| c == "ASSAULT"), "{events:?}");
    assert!(!categories(&events, "leaders").iter().any(|c| c == "ASSAULT"), "{events:?}");
}

#[test]
fn what_is_done_to_protest_or_denounce_is_the_protest_or_the_denunciation() {
    let cases = [
        ("tyres", "Angry youths burnt tyres on the main road in Enugu to protest the killing of a trader.", "PROTEST"),
        ("gathered", "Hundreds of Kenyan nurses gathered outside the ministry in Nairobi to protest unpaid salaries.", "PROTEST"),
        ("posted", "Thousands of Indonesian students posted messages online to denounce changes to the anti-graft law.", "ACCUSE"),
    ];
    code_cases(&cases);
    let lines = [
        r#"{"id":"prevented","date":"2019-06-05","text":"Turkish police prevented a rally organised by students in Ankara to protest the new law."}"#,
        r#"{"id":"march","date":"2019-06-05","text":"Thousands of Georgians marched through Tbilisi on Sunday to denounce the foreign agents law."}"#,
        r#"{"id":"plans","date":"2019-06-05","text":"The Nigerian union plans to protest outside the national assembly next week."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "prevented").iter().any(|c| c == "PROTEST"), "{events:?}");
    assert_eq!(categories(&events, "march"), ["PROTEST"], "a march to denounce is one protest: {events:?}");
    assert!(!categories(&events, "plans").iter().any(|c| c == "PROTEST"), "{events:?}");
}

#[test]
fn expulsions_and_recognitions_told_in_the_passive() {
    // "was expelled from the party": the body named after "from" expels,
    // the passive's subject is expelled; "was formally recognised by": an
    // adverb inside the verb group before the verb.
    let cases = [
        ("expelled", "Former Zambian minister Chishimba Kambwili was expelled from the ruling Patriotic Front party on Friday.", "SANCTION"),
        ("recognised", "The State of Palestine was formally recognised by Sweden on Thursday.", "SUPPORT"),
    ];
    let events = code_cases(&cases);
    let expelled = event_of(&events, "expelled", "SANCTION");
    assert_eq!(codes(&expelled["actor"]), ["ZMB"], "{expelled}");
    assert_eq!(expelled["recipient"][0]["office"], "minister", "the one expelled: {expelled}");
    assert_eq!(codes(&event_of(&events, "recognised", "SUPPORT")["actor"]), ["SWE"], "{events:?}");
}

#[test]
fn police_ranks_units_and_agents_searches_and_sealed_premises() {
    // South Asian police ranks and units, law-enforcement agents; a person
    // stopped and searched, premises sealed by the authorities.
    let cases = [
        ("sho", "The SHO of Kotwali police station in Lucknow arrested two men on Monday.", "COERCE"),
        ("crime_branch", "The crime branch of Mumbai police detained a businessman on Tuesday.", "COERCE"),
        ("agents", "Federal agents arrested a city councilman in Chicago on Thursday.", "COERCE"),
        ("stop_search", "British police stopped and searched a teenager in east London on Friday.", "COERCE"),
        ("sealed", "Pakistani police sealed the offices of a television channel in Karachi on Monday.", "COERCE"),
    ];
    let events = code_cases(&cases);
    assert_eq!(event_of(&events, "sho", "COERCE")["actor"][0]["sector"], "COP", "{events:?}");
    let lines = [r#"{"id":"sports","date":"2019-06-05","text":"The annual police sports meet in Lahore ended on Sunday with a parade."}"#];
    let events = code_lines(&lines, &[]);
    assert!(categories(&events, "sports").is_empty(), "{events:?}");
}

#[test]
fn a_truce_reached_or_agreed_without_to_is_agreed_like_one_agreed_to() {
    let cases = [
        ("reached", "Sudan's army and the Rapid Support Forces reached a truce in Jeddah on Saturday.", "AGREE"),
        ("agreed_a", "Armenia and Azerbaijan agreed a humanitarian ceasefire in Moscow on Saturday.", "AGREE"),
        ("agreed_to", "Armenia and Azerbaijan agreed to a humanitarian ceasefire in Moscow on Saturday.", "AGREE"),
    ];
    let events = code_cases(&cases);
    assert_eq!(codes(&event_of(&events, "agreed_a", "AGREE")["actor"]), ["ARM", "AZE"], "{events:?}");
}

#[test]
fn a_release_without_its_agent_is_the_polices_or_on_bail_a_courts() {
    let lines = [
        r#"{"id":"police_bail","date":"2019-06-05","text":"A 33-year-old man from Leeds has been released on police bail until July."}"#,
        r#"{"id":"court_bail","date":"2019-06-05","text":"The Kenyan activist was released on bail on Monday after two weeks in custody."}"#,
        r#"{"id":"hostages","date":"2019-06-05","text":"Two hostages were released on Monday in northern Mali."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert_eq!(event_of(&events, "police_bail", "RETREAT")["actor"][0]["sector"], "COP", "{events:?}");
    assert_eq!(event_of(&events, "court_bail", "RETREAT")["actor"][0]["sector"], "JUD", "{events:?}");
    assert!(categories(&events, "hostages").is_empty(), "whoever held them freed them: {events:?}");
}

#[test]
fn security_tightened_appeals_to_the_public_and_prohibitory_orders() {
    let cases = [
        ("tightened", "Security was tightened in Peshawar on Friday ahead of the Ashura processions.", "MOBILIZE"),
        ("appeal", "Kenyan police are asking anyone who saw the attack in Eldoret to come forward.", "REQUEST"),
        ("section_144", "Indian authorities imposed prohibitory orders in Srinagar on Monday, barring gatherings of more than four people.", "COERCE"),
    ];
    let events = code_cases(&cases);
    assert_eq!(event_of(&events, "tightened", "MOBILIZE")["actor"][0]["sector"], "COP", "{events:?}");
    assert_eq!(codes(&event_of(&events, "tightened", "MOBILIZE")["actor"]), ["PAK"], "{events:?}");
}

#[test]
fn handovers_in_the_passive_signatures_and_fact_finding_missions() {
    let cases = [
        ("handed_over", "A fugitive gang leader was handed over by Colombia to US authorities on Friday.", "COOPERATE"),
        ("signatures", "Leaders of Kenya's main parties put their signatures to a peace accord in Nairobi on Monday.", "SUPPORT"),
        ("mission", "The African Union set up a fact-finding mission on Tuesday to investigate the killings in Ethiopia.", "ACCUSE"),
    ];
    let events = code_cases(&cases);
    let handover = event_of(&events, "handed_over", "COOPERATE");
    assert_eq!((codes(&handover["actor"]), codes(&handover["recipient"])), (vec!["COL".to_string()], vec!["USA".to_string()]), "{handover}");
}

#[test]
fn national_police_forces_and_police_report_wordings() {
    // Police forces named by their (lower-cased) acronyms, and the verbs of
    // police reports: raids, searches, interceptions, handcuffing, cases
    // registered, lathicharges, shootouts, stone pelting, hold-ups.
    let cases = [
        ("saps", "the saps arrested three suspects in durban on friday.", "COERCE"),
        ("pnp", "The PNP raided a drug den in Cebu City on Tuesday.", "COERCE"),
        ("search", "Narcotics officers in Karachi conducted a search at a warehouse and found heroin.", "COERCE"),
        ("intercept", "Spanish police intercepted a lorry carrying 2 tonnes of hashish near Algeciras.", "COERCE"),
        ("handcuffed", "Texas troopers handcuffed a 30-year-old driver after a chase on Monday.", "COERCE"),
        ("fir", "Uttar Pradesh police registered an FIR against a local MLA on Monday.", "ACCUSE"),
        ("lathicharge", "Police in Patna resorted to a lathicharge to disperse the protesting teachers.", "ASSAULT"),
        ("shootout", "A shootout between Nigerian police and armed robbers in Lagos left two dead.", "ASSAULT"),
        ("pelted", "Suspected smugglers pelted stones at a BSF patrol near the border in Malda on Sunday.", "ASSAULT"),
        ("held_up", "Three armed men held up a bank in Johannesburg on Monday.", "ASSAULT"),
        ("gheraoed", "Angry villagers gheraoed the police station in Sitapur on Monday.", "PROTEST"),
    ];
    let events = code_cases(&cases);
    assert_eq!(codes(&event_of(&events, "saps", "COERCE")["actor"]), ["ZAF"], "{events:?}");
    let lines = [r#"{"id":"device","date":"2019-06-05","text":"Bomb disposal experts neutralised the device near the station in Kabul."}"#];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "device").iter().any(|c| c == "ASSAULT"), "{events:?}");
}

#[test]
fn a_bodys_staff_word_after_its_name_stands_for_it_in_lower_case() {
    // "pnp chief urged": the parser makes "chief" the subject; the body's
    // name right before it is the actor.
    let cases = [("chief", "pnp chief urged police commanders in mindanao to step up patrols.", "REQUEST")];
    let events = code_cases(&cases);
    assert_eq!(codes(&event_of(&events, "chief", "REQUEST")["actor"]), ["PHL"], "{events:?}");
}

#[test]
fn more_police_report_wordings_of_force_custody_and_cases() {
    let cases = [
        ("slashed", "Gang members slashed a shopkeeper with a machete in Mombasa on Friday.", "ASSAULT"),
        ("lobbed", "Zimbabwean police lobbed tear gas canisters at vendors in Harare on Monday.", "ASSAULT"),
        ("water_cannon", "Water cannon was used by Chilean police against students in Santiago on Thursday.", "ASSAULT"),
        ("clamped", "A curfew was clamped on the old city of Hyderabad by the district authorities on Monday.", "COERCE"),
        ("booked_jail", "Florida deputies booked a 40-year-old man into the county jail on Sunday.", "COERCE"),
        ("booked_sections", "Mumbai police booked a builder under sections of the penal code for cheating buyers.", "ACCUSE"),
        ("attached", "Indian police attached the property of a militant commander in Baramulla on Tuesday.", "COERCE"),
        ("recovered", "Kenyan police recovered three pistols and 200 rounds of ammunition in a raid in Nairobi.", "COERCE"),
        ("internet", "Indian authorities suspended mobile internet services in three districts of Manipur on Monday.", "COERCE"),
        ("dispatched", "Nigerian police dispatched a team of anti-kidnapping operatives to Kaduna on Friday.", "MOBILIZE"),
    ];
    code_cases(&cases);
    let lines = [r#"{"id":"prices","date":"2019-06-05","text":"Kenyan retailers slashed prices with a discount campaign in Nairobi on Friday."}"#];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "prices").iter().any(|c| c == "ASSAULT"), "{events:?}");
}

#[test]
fn look_alikes_of_this_sessions_wordings_are_no_such_events() {
    // Each stands for a class the wordings above must not take: the noun
    // "clash", "the freeing of" as a demand's object, a resolution "to
    // condemn" that would be accepted, a protest that "is not possible",
    // searches for survivors, a signed ceasefire (an agreement signed).
    let lines = [
        r#"{"id":"clash_noun","date":"2019-06-05","text":"Belgium will send aid to Mali in response to a regional security clash, the minister said."}"#,
        r#"{"id":"freeing","date":"2019-06-05","text":"Jordanian protesters demand the freeing of 1,000 political prisoners."}"#,
        r#"{"id":"resolution","date":"2019-06-05","text":"Myanmar said on Monday it would accept a resolution in the UN General Assembly to condemn attacks on civilians."}"#,
        r#"{"id":"not_possible","date":"2019-06-05","text":"The Maltese opposition cancelled its rallies, saying it was not possible to protest every week."}"#,
        r#"{"id":"survivors","date":"2019-06-05","text":"Turkish rescuers carried out a search for survivors in the rubble in Izmir on Sunday."}"#,
        r#"{"id":"signed","date":"2019-06-05","text":"Syrian rebels and the army signed a ceasefire agreement in Astana on Monday."}"#,
        r#"{"id":"news_release","date":"2019-06-05","text":"The Kenyan police issued a news release on the case on Monday."}"#,
    ];
    let events = code_lines(&lines, &[]);
    assert!(!categories(&events, "clash_noun").iter().any(|c| c == "ASSAULT"), "{events:?}");
    assert!(!categories(&events, "freeing").iter().any(|c| c == "RETREAT"), "{events:?}");
    assert!(!categories(&events, "resolution").iter().any(|c| c == "ACCUSE"), "{events:?}");
    assert!(!categories(&events, "not_possible").iter().any(|c| c == "PROTEST"), "{events:?}");
    assert!(!categories(&events, "survivors").iter().any(|c| c == "COERCE"), "{events:?}");
    assert!(categories(&events, "signed").iter().any(|c| c == "SUPPORT"), "{events:?}");
    assert!(!categories(&events, "news_release").iter().any(|c| c == "RETREAT"), "{events:?}");
}

#[test]
fn an_organisations_member_states_are_named_by_it() {
    let cases = [("members", "Leaders of the African Union member states met in Addis Ababa on Sunday.", "CONSULT")];
    let events = code_cases(&cases);
    assert_eq!(event_of(&events, "members", "CONSULT")["actor"][0]["sector"], "GOV", "{events:?}");
}
