//! End-to-end tests of places: events placed by the gazetteer, role-only
//! actors given the place's country, `extract --places`, a user gazetteer
//! and its errors, and `eval --geo`.

mod common;

use common::{dyad, json_lines, run_ok, shared, stderr, stdout};
use serde_json::Value;


/// A temporary text file with `text`, and its directory (kept alive).
fn text_file(text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("story.txt");
    std::fs::write(&path, text).unwrap();
    (dir, path.display().to_string())
}

const STORY: &str = "PUNE, India (Reuters) - Police arrested 20 people after clashes on Monday, officials said.

Troops shelled villages near Aleppo on Tuesday.

Protesters blocked roads in Lyon to demand higher wages.
";

#[test]
fn role_only_actors_take_the_country_of_the_place_the_event_is_in() {
    let (_dir, path) = text_file(STORY);
    let events = json_lines(&run_ok(&["code", &path]));
    let found: Vec<(String, String, String, String)> = events
        .iter()
        .map(|e| {
            let a = &e["actor"][0];
            (
                e["event"][0].as_str().unwrap().to_string(),
                format!("{} {}", a["code"].as_str().unwrap(), a["sector"].as_str().unwrap_or("")),
                e["event_loc"]["extracted_place"].as_str().unwrap_or("").to_string(),
                e["event_loc"]["country_code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let want = |c: &str, a: &str, p: &str, k: &str| (c.to_string(), a.to_string(), p.to_string(), k.to_string());
    assert_eq!(
        found,
        [
            // The dateline places the first sentence.
            want("COERCE", "IND COP", "Pune", "IND"),
            want("ASSAULT", "SYR MIL", "Aleppo", "SYR"),
            want("PROTEST", "FRA CVL", "Lyon", "FRA"),
        ]
    );
    let loc = &events[0]["event_loc"];
    assert_eq!(loc["admin1"], "Maharashtra");
    assert_eq!(loc["feature_code"], "PPL");
    assert!(loc["geonameid"].as_u64().is_some_and(|id| id > 0));
    assert!((loc["lat"].as_f64().unwrap() - 18.5).abs() < 0.5 && (loc["lon"].as_f64().unwrap() - 73.9).abs() < 0.5);
    // Without the gazetteer nobody knows whose police and troops these are:
    // they are actors of no country.
    let without = json_lines(&run_ok(&["code", "--no-places", &path]));
    assert!(!without.is_empty() && without.iter().all(|e| e["actor"][0].get("code").is_none()), "{without:?}");
}

#[test]
fn gdelt_rows_carry_the_action_geography() {
    let (_dir, path) = text_file(STORY);
    let out = run_ok(&["code", "--format", "gdelt", &path]);
    let row: Vec<&str> = out.lines().next().unwrap().split('\t').collect();
    assert_eq!(row.len(), 61);
    // ActionGeo_Type .. ActionGeo_FeatureID are columns 51..=58.
    assert_eq!(row[51], "4");
    assert_eq!(row[52], "Pune, Maharashtra, India");
    assert_eq!(row[53], "IN");
    assert!(row[54].starts_with("IN"), "{}", row[54]);
    assert!(row[56].parse::<f64>().is_ok() && row[57].parse::<f64>().is_ok());
    assert!(row[58].parse::<u64>().is_ok());
}

#[test]
fn extract_places_gives_resolved_names_with_character_offsets() {
    let text = "Ministers from Canada met in Québec City on Friday; the talks then moved to Paris, Texas.";
    let (_dir, path) = text_file(text);
    let doc = &json_lines(&run_ok(&["extract", "--places", &path]))[0];
    let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    let places = doc["places"].as_array().expect("places");
    let seen: Vec<(String, String, String)> = places
        .iter()
        .map(|p| {
            let (s, e) = (p["start"].as_u64().unwrap() as usize, p["end"].as_u64().unwrap() as usize);
            let words: String = chars[s..e].iter().collect();
            assert_eq!(words, p["text"].as_str().unwrap(), "offsets count characters");
            (words, p["country_code"].as_str().unwrap().to_string(), p["feature_code"].as_str().unwrap().to_string())
        })
        .collect();
    let names: Vec<&str> = seen.iter().map(|s| s.0.as_str()).collect();
    assert_eq!(names, ["Canada", "Québec City", "Paris", "Texas"], "{seen:?}");
    assert!(seen.iter().all(|s| s.1 == "CAN" || s.1 == "USA"), "{seen:?}");
    for p in places {
        for field in ["name", "geonameid", "feature_code", "country_code", "lat", "lon"] {
            assert!(!p[field].is_null(), "{field} in {p}");
        }
    }
    // Without --places the record has no such field.
    let plain = &json_lines(&run_ok(&["extract", &path]))[0];
    assert!(plain.get("places").is_none());
}

#[test]
fn a_user_gazetteer_adds_places_and_its_bad_lines_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let gaz = dir.path().join("my-places.txt");
    // GeoNames dump format: 19 tab-separated columns.
    let line = ["9999001", "Smallville", "Smallville", "", "39.1", "-96.6", "P", "PPL", "US", "", "KS", "", "", "", "812", "", "", "America/Chicago", "2024-01-01"].join("\t");
    std::fs::write(&gaz, format!("{line}\n")).unwrap();
    let story = dir.path().join("s.txt");
    std::fs::write(&story, "Police arrested five people in Smallville on Monday.\n").unwrap();
    let gaz_arg = gaz.display().to_string();
    let story_arg = story.display().to_string();
    let events = json_lines(&run_ok(&["code", "--gazetteer", &gaz_arg, &story_arg]));
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0]["actor"][0]["code"], "USA");
    assert_eq!(events[0]["event_loc"]["geonameid"], 9999001);
    assert_eq!(events[0]["event_loc"]["admin1"], "Kansas");
    // The built-in gazetteer does not know it: whose police is unknown.
    let unknown = json_lines(&run_ok(&["code", &story_arg]));
    assert!(unknown.len() == 1 && unknown[0]["actor"][0].get("code").is_none(), "{unknown:?}");

    std::fs::write(&gaz, format!("{line}\n9999002\tNowhere\tPPL\n")).unwrap();
    for cmd in [vec!["code", "--gazetteer", &gaz_arg, &story_arg], vec!["extract", "--places", "--gazetteer", &gaz_arg, &story_arg]] {
        let out = dyad(&cmd);
        assert!(!out.status.success(), "{cmd:?}");
        let err = stderr(&out);
        assert!(err.contains(&format!("{gaz_arg}:2: 3 tab-separated fields")), "{err}");
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn eval_geo_scores_tr_news() {
    let Some(gold) = shared("eval/geo/tr-news.jsonl") else { return };
    let out = run_ok(&["eval", "--geo", &gold, "--json"]);
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["gold"], 1319);
    // The figures docs/accuracy.md reports, with a little room.
    assert!(r["recall"].as_f64().unwrap() >= 0.80, "{r}");
    assert!(r["precision"].as_f64().unwrap() >= 0.85, "{r}");
    assert!(r["exact"].as_f64().unwrap() >= 0.84, "{r}");
    assert!(r["country"].as_f64().unwrap() >= 0.95, "{r}");
}

#[test]
fn an_events_place_read_as_another_countrys_state_is_of_that_country() {
    let (_dir, path) = text_file("Police arrested two men in Georgia, near Atlanta, on Monday.");
    let events = json_lines(&run_ok(&["code", &path]));
    let loc = &events[0]["event_loc"];
    assert_eq!((loc["country_code"].as_str(), loc["feature_code"].as_str()), (Some("USA"), Some("ADM1")), "{loc}");
    assert_eq!(events[0]["actor"][0]["code"], "USA", "{events:?}");
}
