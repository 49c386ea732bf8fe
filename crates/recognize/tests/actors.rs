//! Actor phrases recognised with the built-in dictionaries.

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_recognize::{recognize, Reference};
use dyad_segment::Span;
use std::sync::OnceLock;

fn dict() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(|| Dictionaries::builtin().expect("built-in dictionaries load"))
}

/// (phrase text, [(code, sector, person)]) for each actor phrase.
#[allow(clippy::type_complexity)]
fn actors(text: &str, date: &str) -> Vec<(String, Vec<(Option<String>, Option<String>, Option<String>)>)> {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
    let rec = recognize(text, Span { start: 0, end: text.len() }, dict(), date);
    rec.actors
        .iter()
        .map(|p| {
            (
                text[p.span.start..p.span.end].to_string(),
                p.mentions.iter().map(|m| (m.code.clone(), m.sector.map(|s| s.to_string()), m.person.clone())).collect(),
            )
        })
        .collect()
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

#[test]
fn role_of_country_with_apposed_name() {
    let got = actors(
        "On October 22, the Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov, who is on a visit to China, has met with the Minister of Defense of the PRC Colonel General Wei Fenghe.",
        "2019-10-22",
    );
    eprintln!("{got:#?}");
    assert_eq!(got[0].1, vec![(s("AZE"), s("MIL"), s("Zakir Hasanov"))]);
    assert!(got.iter().any(|(_, m)| m.iter().any(|x| x.0.as_deref() == Some("CHN") && x.1.as_deref() == Some("MIL") && x.2.as_deref() == Some("Wei Fenghe"))));
}

#[test]
fn adjective_role_and_compounds() {
    let got = actors("Chinese defence minister met Iraqi police, and the US and France accused Russia.", "2019-10-22");
    eprintln!("{got:#?}");
    assert_eq!(got[0].1, vec![(s("CHN"), s("MIL"), None)]);
    assert_eq!(got[1].1, vec![(s("IRQ"), s("COP"), None)]);
    assert_eq!(got[2].1.iter().map(|m| m.0.clone().unwrap()).collect::<Vec<_>>(), ["USA", "FRA"]);
    assert_eq!(got[3].1[0].0, s("RUS"));
}

#[test]
fn officeholders_only_within_their_dates() {
    let in_office = actors("Xi Jinping spoke.", "2019-10-22");
    assert_eq!(in_office[0].1[0], (s("CHN"), s("GOV"), s("Xi Jinping")));
    // Outside the term the person is still Chinese, but holds no office:
    // without a title in the text, a former (or future) official.
    let before = actors("Xi Jinping spoke.", "2005-01-01");
    assert_eq!(before[0].1[0], (s("CHN"), s("ELI"), s("Xi Jinping")));
    let titled = actors("Chinese Vice President Xi Jinping spoke.", "2010-01-01");
    assert_eq!(titled[0].1[0].1, s("GOV"), "a title in the text gives the sector");
}

#[test]
fn references_and_case() {
    let date = NaiveDate::from_ymd_opt(2019, 10, 22).unwrap();
    let text = "The parties agreed, and he thanked us for it.";
    let rec = recognize(text, Span { start: 0, end: text.len() }, dict(), date);
    assert_eq!(rec.actors[0].mentions[0].reference, Some(Reference::BothParties));
    assert!(rec.actors.iter().all(|p| p.mentions.iter().all(|m| m.code.as_deref() != Some("USA"))), "'us' is not the US");
    let caps = actors("THE US AND CHINA SIGNED A DEAL.", "2019-10-22");
    assert_eq!(caps[0].1.iter().map(|m| m.0.clone().unwrap()).collect::<Vec<_>>(), ["USA", "CHN"]);
}

#[test]
fn acronyms_that_are_words_stay_words_in_lower_case_text() {
    let got = actors("protesters who blocked the road said it is time, the us military told us.", "2019-10-22");
    eprintln!("{got:#?}");
    let codes: Vec<Option<String>> = got.iter().flat_map(|(_, m)| m.iter().map(|x| x.0.clone())).collect();
    assert!(!codes.contains(&s("UNO")) && !codes.contains(&s("IMG")), "who, is: {codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == s("USA")).count(), 1, "the us, not us: {codes:?}");
    // With capitals, the acronyms are acronyms.
    let caps = actors("The WHO and the US criticised IS.", "2019-10-22");
    let codes: Vec<Option<String>> = caps.iter().flat_map(|(_, m)| m.iter().map(|x| x.0.clone())).collect();
    assert!(codes.contains(&s("USA")) && codes.contains(&s("IMG")), "{codes:?}");
}

#[test]
fn ordinary_words_spelled_like_acronyms_are_words_in_lower_case_text() {
    // "car" spells CAR (the Central African Republic), "pm" PM; in text
    // without capitals "the car" is still a car, and "9 pm" is the time.
    let codes = |text: &str| -> Vec<(Option<String>, Option<String>)> {
        actors(text, "2019-10-22").into_iter().flat_map(|(_, m)| m.into_iter().map(|x| (x.0, x.1))).collect()
    };
    let got = codes("a car bomb killed 12 soldiers in the city after the car stopped.");
    assert!(!got.iter().any(|c| c.0 == s("CAF")), "{got:?}");
    let got = codes("police arrested the man at 9 pm after the pm spoke.");
    assert_eq!(got.iter().filter(|c| c.1 == s("GOV")).count(), 1, "the pm, not 9 pm: {got:?}");
    let got = codes("Police arrested the man at 9 PM.");
    assert!(!got.iter().any(|c| c.1 == s("GOV")), "{got:?}");
    // With capitals, the acronym is the country.
    let got = codes("CAR rebels attacked the town.");
    assert!(got.iter().any(|c| c.0 == s("CAF")), "{got:?}");
}

#[test]
fn a_verb_after_a_country_name_ends_the_phrase() {
    // "held" is also an adjective, but after a country's name it is the verb.
    let got = actors("Russia and China held joint military exercises with Iran.", "2019-10-22");
    assert_eq!(got[0].0, "Russia and China");
    // After a name a role still joins it: "Benin police".
    let got = actors("Benin police arrested two men.", "2019-10-22");
    assert_eq!(got[0].1, vec![(s("BEN"), s("COP"), None)]);
}

#[test]
fn an_apposition_with_its_own_verb_is_a_new_subject() {
    let got = actors("Militiamen killed 156 people, the UN refugee agency reported.", "2019-10-22");
    assert!(got.iter().any(|(t, _)| t == "the UN refugee agency"), "{got:?}");
}

#[test]
fn a_role_and_the_name_of_its_holder_are_one_actor() {
    // A given name that is also an English word still starts a name, and a
    // name in apposition to a role is the role's holder.
    let got = actors("The US national security adviser, John Bolton, visited Ankara.", "2019-01-08");
    assert_eq!(got[0].0, "The US national security adviser, John Bolton");
    assert_eq!(got[0].1, vec![(s("USA"), s("GOV"), s("John Bolton"))]);
    // An officeholder's name qualifying a role: the person named after it holds the role.
    let got = actors("Erdogan spokesman Ibrahim Kalin criticised the plan.", "2019-01-08");
    assert_eq!(got[0].0, "Erdogan spokesman Ibrahim Kalin");
    assert_eq!(got[0].1, vec![(s("TUR"), s("GOV"), s("Ibrahim Kalin"))]);
}

#[test]
fn without_capitals_a_title_takes_the_unknown_words_after_it_as_a_name() {
    let got = actors("arab league secretary general chadli klibi undertook a mediation mission.", "1989-01-08");
    assert_eq!(got[0].0, "arab league secretary general chadli klibi");
    // A verb after a plural role is the clause's verb, not a name.
    let got = actors("a group of moroccan diplomats held their first meeting.", "1989-01-08");
    assert_eq!(got[0].0, "moroccan diplomats");
}

#[test]
fn the_source_of_a_closing_attribution_is_its_own_phrase() {
    let text = "Up to 24 civilians have been killed in Turkey's offensive against a Kurdish enclave in northern Syria, the United Nations and monitors said on Tuesday.";
    let got = actors(text, "2018-01-23");
    let spans: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert!(spans.contains(&"Syria") && spans.contains(&"the United Nations"), "{got:#?}");
    // A list that goes on with "and" and a member is one phrase; so is an
    // apposition with a name ("Islamic State" is no verb of saying).
    let got = actors("The US, France and Britain said they would act.", "2018-01-23");
    assert_eq!(got[0].0, "The US, France and Britain", "{got:#?}");
    let got = actors("The lawyer for Hoda Muthana, the US woman who fled Islamic State, has called for her return.", "2019-02-23");
    assert!(got.iter().any(|(t, _)| t == "Hoda Muthana, the US woman"), "{got:#?}");
}

#[test]
fn a_capitalised_preposition_that_opens_a_sentence_is_no_name() {
    for text in ["For the past two nights US jets have attacked the town.", "Since the war began, Kenya has sent troops to Somalia.", "\"After the vote, Kenya left.\""] {
        let got = actors(text, "2019-03-01");
        assert!(!got.iter().any(|(t, _)| matches!(t.as_str(), "For" | "Since" | "After")), "{text}: {got:?}");
    }
    // A name that opens a sentence still is one.
    let got = actors("Borodavkin urged the diplomats to act.", "2019-03-01");
    assert!(got.iter().any(|(t, _)| t == "Borodavkin"), "{got:?}");
}

#[test]
fn the_pope_stands_for_the_holy_see() {
    // One person holds the title at a time, and the title names the state.
    let got = actors("The Pope met the Iraqi prime minister at the Vatican.", "2021-03-05");
    assert_eq!(got[0].0, "The Pope");
    assert_eq!(got[0].1, vec![(s("VAT"), s("GOV"), None)]);
    // "pope" in lower case within mixed-case text is the word.
    let got = actors("Cardinals will choose a new pope in Rome.", "2021-03-05");
    assert!(got.iter().all(|(t, _)| t != "pope"), "{got:?}");
}

#[test]
fn a_role_known_as_a_name_is_the_named_group() {
    let got = actors("Isis fighters surrendered to a US-backed militia known as the Syrian Democratic Forces.", "2019-02-20");
    let militia = got.iter().find(|(t, _)| t.starts_with("militia")).unwrap_or_else(|| panic!("{got:?}"));
    assert_eq!(militia.1, vec![(s("SYR"), s("REB"), None)]);
    let got = actors("Hackers calling themselves Islamic State attacked the site.", "2019-02-20");
    assert_eq!(got[0].1[0].0, s("IMG"), "{got:?}");
    // A named actor keeps its own identity: "Turkey, known as ..." is no role.
    let got = actors("Russia called Turkey a partner.", "2019-02-20");
    assert_eq!(got.iter().map(|(_, m)| m[0].0.clone().unwrap()).collect::<Vec<_>>(), ["RUS", "TUR"], "{got:?}");
}

#[test]
fn forces_of_a_people_sect_or_cause_are_an_armed_group() {
    for text in ["Kurdish forces attacked the town.", "Separatist troops shelled the airport.", "Kurdish-led forces took the village.", "Kurdish militias shelled the province."] {
        let got = actors(text, "2019-02-20");
        let forces = got.iter().find(|(t, _)| t.ends_with("forces") || t.ends_with("troops") || t.ends_with("militias")).unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(forces.1[0].1, s("REB"), "{text}: {got:?}");
    }
    // A state's adjective keeps its forces the state's.
    let got = actors("Turkish forces attacked the town.", "2019-02-20");
    assert_eq!(got[0].1[0], (s("TUR"), s("MIL"), None), "{got:?}");
}

#[test]
fn a_shadow_minister_is_the_opposition() {
    let got = actors("The shadow foreign secretary criticised the decision.", "2019-02-20");
    assert_eq!(got[0].1[0].1, s("OPP"), "{got:?}");
    // The office itself is the government's.
    let got = actors("The British foreign secretary criticised the decision.", "2019-02-20");
    assert_eq!(got[0].1[0], (s("GBR"), s("GOV"), None), "{got:?}");
}

#[test]
fn the_groups_people_are_the_group_named_before() {
    // A reference to the group, resolved by the coder's memory.
    let got = actors("The SDF are battling the group's remaining fighters near the border.", "2019-02-20");
    assert!(got.iter().any(|(t, _)| t == "the group's remaining fighters"), "{got:?}");
}
