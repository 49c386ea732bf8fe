//! Place recognition and resolution on short texts: ambiguity resolved by
//! context, false friends left alone, exonyms, lower-cased text.

use dyad_geo::{find_places, Gazetteer, Hints};

/// (words, country, feature code) of every place found in `text`.
fn places(text: &str) -> Vec<(String, String, String)> {
    places_with(text, None)
}

fn places_with(text: &str, dateline: Option<&str>) -> Vec<(String, String, String)> {
    let sentences = dyad_segment::split_sentences(text);
    let found = find_places(Gazetteer::builtin(), text, &sentences, &Hints { dateline });
    found.places.iter().map(|p| (p.span.text(text).to_string(), p.record.country.to_string(), p.record.feature_code.to_string())).collect()
}

fn country_of(text: &str, name: &str) -> Option<String> {
    places(text).into_iter().find(|p| p.0 == name).map(|p| p.1)
}

#[test]
fn paris_is_in_france_or_in_texas_by_what_else_the_text_names() {
    assert_eq!(country_of("Protesters marched through Paris on Saturday, French police said. France's interior minister spoke.", "Paris").as_deref(), Some("FRA"));
    assert_eq!(country_of("A tornado damaged homes in Paris on Sunday. Texas officials said three people were hurt across Texas.", "Paris").as_deref(), Some("USA"));
    assert_eq!(country_of("Police in Paris, Texas, arrested two men.", "Paris").as_deref(), Some("USA"));
    // With nothing else to go by, the biggest and most prominent place.
    assert_eq!(country_of("Talks resumed in Paris.", "Paris").as_deref(), Some("FRA"));
}

#[test]
fn georgia_is_the_country_near_tbilisi_and_the_state_near_atlanta() {
    let near_tbilisi = places("Opposition supporters rallied in Tbilisi. Georgia's government called the protest illegal.");
    let g = near_tbilisi.iter().find(|p| p.0 == "Georgia").expect("Georgia found");
    assert_eq!((g.1.as_str(), g.2.as_str()), ("GEO", "PCLI"));
    let near_atlanta = places("Storms hit Atlanta overnight. Georgia's governor declared an emergency.");
    let g = near_atlanta.iter().find(|p| p.0 == "Georgia").expect("Georgia found");
    assert_eq!((g.1.as_str(), g.2.as_str()), ("USA", "ADM1"));
}

#[test]
fn people_organisations_and_common_words_are_not_places() {
    for text in [
        "Jackson said the deal was fair.",
        "Michael Jackson sold millions of records.",
        "Paris Hilton arrived late.",
        "The Boston Globe reported the story first.",
        "Real Madrid won again.",
        "Nice weather brought crowds to the beach.",
        "Reading the report took hours.",
        "Turkey should rest for 30 minutes before carving. Brine the turkey overnight and roast it slowly.",
        "Xinhua reported the figures.",
    ] {
        assert_eq!(places(text), Vec::<(String, String, String)>::new(), "{text}");
    }
}

#[test]
fn a_surname_seen_in_a_full_name_stays_a_person() {
    let found = places("Andrew Jackson won the election. Jackson then travelled to Washington.");
    assert!(found.iter().all(|p| p.0 != "Jackson"), "{found:?}");
    assert!(found.iter().any(|p| p.0 == "Washington"), "{found:?}");
}

#[test]
fn common_words_that_are_towns_need_a_locative_cue() {
    let found = places("The festival in Nice drew thousands.");
    assert_eq!(found, vec![("Nice".to_string(), "FRA".to_string(), "PPLA2".to_string())]);
    let found = places("She moved to Reading last year.");
    assert_eq!(found.first().map(|p| p.1.as_str()), Some("GBR"), "{found:?}");
}

#[test]
fn the_parts_of_a_place_are_in_it() {
    // "areas of X", "neighbourhoods of X" say where, as "in X" does.
    let locative = |text: &str, name: &str| {
        let sentences = dyad_segment::split_sentences(text);
        let found = find_places(Gazetteer::builtin(), text, &sentences, &Hints { dateline: None });
        found.places.iter().find(|p| p.span.text(text) == name).map(|p| p.locative)
    };
    assert_eq!(locative("Jets struck residential areas of Idlib.", "Idlib"), Some(true));
    assert_eq!(locative("Rebels shelled neighbourhoods of Aleppo.", "Aleppo"), Some(true));
    assert_eq!(locative("Rebels shelled parts of Aleppo.", "Aleppo"), Some(true));
}

#[test]
fn exonyms_and_endonyms_name_the_same_place() {
    let g = Gazetteer::builtin();
    let id = |name: &str| -> Vec<u32> {
        g.lookup_name(name).iter().map(|r| &g.places[r.place as usize]).filter(|p| p.country == "UKR").map(|p| p.geonameid).collect()
    };
    assert!(!id("Kyiv").is_empty(), "Kyiv");
    assert!(id("Kyiv").iter().all(|k| id("Kiev").contains(k)), "every Kyiv is a Kiev");
    assert_eq!(country_of("Missiles struck Kiev overnight.", "Kiev").as_deref(), Some("UKR"));
    assert_eq!(country_of("Missiles struck Kyiv overnight.", "Kyiv").as_deref(), Some("UKR"));
}

#[test]
fn lower_cased_and_capitalised_text_is_read() {
    let lower = places("police detained 20 people in edmonton, alberta, on monday after a protest in canada.");
    let names: Vec<&str> = lower.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names, ["edmonton", "alberta", "canada"], "{lower:?}");
    assert_eq!(lower[0].1, "CAN");
    let caps = places("POLICE DETAINED 20 PEOPLE IN EDMONTON ON MONDAY");
    assert_eq!(caps.first().map(|p| p.1.as_str()), Some("CAN"), "{caps:?}");
    // "us" the pronoun is not the United States; "US" is.
    assert!(places("they told us to leave.").is_empty());
    // Nor "them" the town in Denmark.
    assert!(places("two officers were injured when protesters threw rocks at them.").is_empty());
    assert_eq!(country_of("US troops left Syria.", "US").as_deref(), Some("USA"));
}

#[test]
fn state_abbreviations_count_after_a_town_and_the_dateline_places_the_story() {
    let found = places("LONDON, Ky. (WKYT) - London police arrested two people on Friday.");
    assert!(found.iter().all(|p| p.1 == "USA"), "{found:?}");
    assert!(found.iter().any(|p| p.0 == "Ky." && p.2 == "ADM1"), "{found:?}");
    // Without a town before it, "Mass." is not Massachusetts.
    assert!(places("They attended Mass. on Sunday.").iter().all(|p| p.0 != "Mass."));
    // A dateline given as metadata places the bare name.
    let found = places_with("London police arrested two people.", Some("London, Ontario"));
    assert_eq!(found.first().map(|p| p.1.as_str()), Some("CAN"), "{found:?}");
}

#[test]
fn hyphenated_names_give_their_place() {
    let found = places("A Paris-based group and a U.S.-led coalition met New York-based lawyers.");
    let names: Vec<(&str, &str)> = found.iter().map(|p| (p.0.as_str(), p.1.as_str())).collect();
    assert_eq!(names, [("Paris", "FRA"), ("U.S.", "USA"), ("New York", "USA")]);
}

#[test]
fn spans_are_the_words_of_the_text() {
    let text = "Fighting spread from Aleppo to Idlib.";
    let sentences = dyad_segment::split_sentences(text);
    let found = find_places(Gazetteer::builtin(), text, &sentences, &Hints::default());
    for p in &found.places {
        assert_eq!(p.span.text(text), p.record.name, "{p:?}");
        assert_eq!(p.record.country, "SYR");
        assert!(p.locative);
    }
    assert_eq!(found.places.len(), 2);
    // The town, not the governorate of the same name.
    assert!(found.places.iter().all(|p| p.record.feature_code.starts_with("PPL")), "{found:?}");
}

#[test]
fn the_compiled_gazetteer_is_the_source_file_compiled() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../dictionaries/gazetteer.tsv.zst");
    let raw = std::fs::read(path).expect("dictionaries/gazetteer.tsv.zst is in the repository");
    let text = String::from_utf8(zstd::stream::decode_all(raw.as_slice()).expect("zstd")).expect("UTF-8");
    let text: &'static str = Box::leak(text.into_boxed_str());
    let from_source = Gazetteer::from_tsv(text, path).expect("the source gazetteer is well formed");
    let compiled = Gazetteer::builtin();
    assert_eq!(
        dyad_geo::compiled::write(&from_source),
        dyad_geo::compiled::write(compiled),
        "dictionaries/gazetteer.bin.zst is stale: run scripts/gen-gazetteer.py (or the compile-gazetteer example)"
    );
}

#[test]
fn a_country_named_in_a_sea_or_gulf_is_no_place_of_that_country() {
    for text in ["Pirates attacked a tanker in the Gulf of Guinea.", "The ship sank in the Indian Ocean."] {
        let found = places(text);
        assert!(found.iter().all(|p| !matches!(p.0.as_str(), "Guinea" | "Indian")), "{text}: {found:?}");
    }
    // The country itself, outside the sea's name, stays.
    let found = places("China sent warships to the South China Sea.");
    assert_eq!(found.iter().filter(|p| p.0 == "China").count(), 1, "{found:?}");
}

#[test]
fn a_small_town_named_only_by_an_alternate_name_needs_the_document_behind_it() {
    // "Kashmir" is an alternate name of Cashmere, a town of 3,000 in
    // Washington state; with nothing for the US in the text, no place.
    assert_eq!(country_of("Police engaged in a shootout with militants in Kashmir on Tuesday.", "Kashmir"), None);
    // Its own name still finds it.
    assert_eq!(country_of("Police in Cashmere arrested two men on Tuesday.", "Cashmere").as_deref(), Some("USA"));
}
