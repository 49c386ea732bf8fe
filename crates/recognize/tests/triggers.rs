//! Event wording: which pattern wins at a word, generated vocabulary giving
//! way to the hand-written patterns, and words that are no verbs.

use chrono::NaiveDate;
use dyad_dict::{Dictionaries, Source};
use dyad_recognize::recognize;
use dyad_segment::Span;

/// The built-in dictionaries plus a generated CONSULT file of two patterns.
fn with_generated() -> Dictionaries {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("events/generated")).unwrap();
    std::fs::write(
        dir.path().join("events/generated/consult.tsv"),
        "id\tcameo\tpattern\toptions\ncameo.test.1\t040\tMEET ... minister\t\ncameo.test.2\t040\tHUDDLE|PARLEY with ... counterpart\t\n",
    )
    .unwrap();
    Dictionaries::load(&Source::Directory(dir.path().to_path_buf())).expect("loads")
}

/// The ids of the patterns that fire in `text`.
fn fired(dict: &Dictionaries, text: &str) -> Vec<String> {
    let date = NaiveDate::from_ymd_opt(2019, 10, 22).unwrap();
    let rec = recognize(text, Span { start: 0, end: text.len() }, dict, date);
    rec.triggers.iter().map(|t| dict.patterns[t.pattern].id.clone()).collect()
}

#[test]
fn generated_patterns_give_way_to_hand_written_ones() {
    let d = with_generated();
    assert!(d.patterns.iter().any(|p| p.id == "cameo.test.1" && p.generated));
    // Both match "met ... minister"; the generated one has more words but
    // the hand-written pattern wins at that word.
    let met = fired(&d, "Putin met the Chinese minister in Moscow.");
    assert!(met.len() == 1 && met[0].starts_with("consult."), "{met:?}");
    // Where no hand-written pattern matches, the generated one codes.
    assert_eq!(fired(&d, "Putin huddled with his Chinese counterpart in Moscow."), ["cameo.test.2"]);
    assert_eq!(fired(&d, "Putin parleyed with his counterpart."), ["cameo.test.2"], "alternative verbs");
}

#[test]
fn a_capitalised_word_inside_a_name_is_no_verb() {
    let d = with_generated();
    assert_eq!(fired(&d, "Putin huddled with his counterpart."), ["cameo.test.2"]);
    assert!(fired(&d, "Members of the campaign Parley With Counterpart Now gathered in the hall on a quiet evening.").is_empty());
    // A headline in title case keeps its verbs.
    assert_eq!(fired(&d, "Putin Parleys With Chinese Counterpart"), ["cameo.test.2"]);
}

#[test]
fn a_gerund_naming_a_topic_is_no_event() {
    let d = with_generated();
    let topic = fired(&d, "They discussed prospects for huddling with the counterpart.");
    assert!(!topic.iter().any(|id| id == "cameo.test.2"), "{topic:?}");
    assert_eq!(fired(&d, "After huddling with his counterpart, he left."), ["cameo.test.2"]);
}

#[test]
fn adverbials_of_time_and_manner_stand_inside_wording() {
    let d = Dictionaries::builtin().unwrap();
    // "called Thursday on" is "called on"; no pattern names the day.
    let ids = fired(&d, "An official Syrian newspaper called Thursday on Arabs to unite.");
    assert!(ids.iter().any(|i| i.starts_with("request.call_on")), "{ids:?}");
    let ids = fired(&d, "Iran threatened again to attack the ships.");
    assert!(ids.iter().any(|i| i.starts_with("threaten.threaten")), "{ids:?}");
    // Other words do not: "called the minister on Thursday" is no "call on".
    let ids = fired(&d, "He called the minister on Thursday to say goodbye.");
    assert!(!ids.iter().any(|i| i.starts_with("request.call_on")), "{ids:?}");
}

#[test]
fn an_event_noun_taken_by_an_earlier_pattern_is_its_object() {
    let d = Dictionaries::builtin().unwrap();
    // "attacks on" alone is an assault; as the object of "suspended" it is
    // what was suspended.
    assert!(fired(&d, "Rebels launched attacks on the town.").iter().all(|id| id.starts_with("assault.")));
    let suspended = fired(&d, "The army suspended attacks on the town.");
    assert!(!suspended.is_empty() && suspended.iter().all(|id| id.starts_with("retreat.")), "{suspended:?}");
}

#[test]
fn a_labour_strike_is_no_assault() {
    let d = Dictionaries::builtin().unwrap();
    assert!(fired(&d, "The teachers' strike closed 400 schools.").iter().all(|id| !id.starts_with("assault.")));
    assert!(fired(&d, "The strike killed five soldiers.").iter().any(|id| id.starts_with("assault.")));
}

#[test]
fn a_past_form_after_an_organisation_is_its_verb_not_a_noun() {
    let d = Dictionaries::load(&Source::Builtin).expect("loads");
    for text in ["The UN sent aid to Syria on Monday.", "The ICRC sent aid to Syria on Monday."] {
        assert!(fired(&d, text).contains(&"aid.send_aid".to_string()), "{text}: {:?}", fired(&d, text));
    }
}

#[test]
fn an_amount_is_one_word_of_a_gap() {
    let d = Dictionaries::builtin().expect("built-in dictionaries");
    // "DISBURSE ... to +": five tokens between, but "$500 million" is one amount.
    assert!(fired(&d, "The World Bank disbursed a $500 million loan to Kenya.").iter().any(|id| id == "aid.disburse"));
    // Five ordinary words are still too many.
    assert!(!fired(&d, "The World Bank disbursed a large new emergency budget loan to Kenya.").iter().any(|id| id == "aid.disburse"));
}
