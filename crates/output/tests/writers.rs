//! The five writers on hand-built events.

mod common;

use std::str::FromStr;

use common::{chars, config, doc, find, run, EventBuilder};
use dyad_code::Event;
use dyad_core::Document;
use dyad_ontology::plover::AuxMode;
use dyad_output::{
    cameo_dyads, gdelt_rows, plover_record, plover_records, Format, CAMEO_COLUMNS, CSV_COLUMNS, GDELT_COLUMNS,
};
use serde_json::json;

/// Non-ASCII before and inside the coded sentence, so byte and character
/// offsets differ: "é", "è" are 2 bytes, "’" is 3.
const TEXT: &str = "Résumé: talks in Genève.\n\n\
Azerbaijan’s defence minister visited China on Tuesday.\n\n\
The USA and France accused Russia, officials said. France and Germany met.";

const S1: &str = "Azerbaijan’s defence minister visited China on Tuesday.";
const S2: &str = "The USA and France accused Russia, officials said.";
const S3: &str = "France and Germany met.";

fn visit(d: &Document) -> Event {
    EventBuilder::new(d, 1, S1, "042")
        .actor("AZE", "AZEGOVMIL", "Azerbaijan’s defence minister")
        .recipient("CHN", "CHN", "China")
        .verb("visited")
        .mode("visit")
        .ordinal(1)
        .build()
}

fn compound(d: &Document) -> Event {
    EventBuilder::new(d, 2, S2, "112")
        .actor("USA", "USA", "USA")
        .actor("FRA", "FRA", "France")
        .recipient("RUS", "RUS", "Russia")
        .verb("accused")
        .ordinal(2)
        .build()
}

fn reciprocal(d: &Document) -> Event {
    EventBuilder::new(d, 3, S3, "040")
        .actor("FRA", "FRA", "France")
        .actor("DEU", "DEU", "Germany")
        .verb("met")
        .ordinal(3)
        .build()
}

fn keys(v: &serde_json::Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn plover_record_fields_and_char_offsets() {
    let d = doc("doc7", TEXT);
    let e = visit(&d);
    let r = plover_record(&d, &e, &config(false));

    // Exactly these keys: no `time`, `event_loc`, `cite_info` (all absent).
    let mut expected = vec![
        "id",
        "doc_id",
        "date",
        "actor",
        "recipient",
        "event",
        "mode",
        "context",
        "event_text",
        "quad_code",
        "event_scale",
        "text",
        "text_info",
        "coder",
        "coded_date",
        "cameo",
        "evidence",
    ];
    expected.sort_unstable();
    assert_eq!(keys(&r), expected);

    assert_eq!(r["id"], "doc7-002-02");
    assert_eq!(r["doc_id"], "doc7");
    assert_eq!(r["date"], "2024-03-12");
    assert_eq!(r["event"], json!(["CONSULT"]));
    assert_eq!(r["mode"], json!(["visit"]));
    assert_eq!(r["context"], json!([]));
    assert_eq!(r["event_text"], json!(["visited"]));
    assert_eq!(r["quad_code"], 1);
    assert_eq!(r["event_scale"], json!(e.event_scale()));
    assert_eq!(r["coder"], "dyad 0.1.0");
    assert_eq!(r["coded_date"], "2024-03-14");
    assert_eq!(r["text"], S1);

    // Entities: sector present for AZEGOVMIL, omitted for CHN; no
    // identifier_text/office when unknown.
    assert_eq!(
        r["actor"],
        json!([{"code": "AZE", "sector": "GOV", "entity_text": "Azerbaijan’s defence minister"}])
    );
    assert_eq!(
        r["recipient"],
        json!([{"code": "CHN", "entity_text": "China"}])
    );

    // The sentence starts at byte 29 but character 26; it is 55 characters.
    assert_eq!(e.sentence_span.start, 29);
    assert_eq!(
        r["text_info"],
        json!({"sequence": 2, "start": 26, "end": 81})
    );

    // CAMEO: the code is a string with its leading zero; the visit gives the
    // mirrored 043 dyad too.
    assert_eq!(
        r["cameo"],
        json!({
            "code": "042",
            "name": e.cameo.name,
            "goldstein": 1.9,
            "quad_class": 1,
            "dyads": [
                {"source": "AZEGOVMIL", "target": "CHN"},
                {"source": "CHN", "target": "AZEGOVMIL"}
            ]
        })
    );

    // Evidence in character offsets: "visited" is at byte 61, character 56.
    let verb = find(TEXT, "visited", 0);
    assert_eq!(verb.start, 61);
    let china = find(TEXT, "China", 0);
    assert_eq!(
        r["evidence"],
        json!({
            "pattern": "test.pattern",
            "actor": [{"start": 26, "end": 55, "text": "Azerbaijan’s defence minister"}],
            "verb": [{"start": 56, "end": 63, "text": "visited"}],
            "recipient": [{"start": chars(TEXT, china.start), "end": chars(TEXT, china.end), "text": "China"}],
            "sentences": [2]
        })
    );
    // The offsets really select the words in a character-indexed view.
    let cs: Vec<char> = TEXT.chars().collect();
    assert_eq!(cs[56..63].iter().collect::<String>(), "visited");
    assert_eq!(cs[26..81].iter().collect::<String>(), S1);
}

#[test]
fn plover_optional_fields_when_known() {
    let mut d = doc("d1", TEXT);
    d.title = Some("Talks".to_string());
    d.url = Some("https://example.org/a".to_string());
    d.source = Some("Example News".to_string());
    let mut e = EventBuilder::new(&d, 1, S1, "042")
        .actor("AZE", "AZEGOVMIL", "Azerbaijan’s defence minister")
        .recipient("CHN", "CHN", "China")
        .mode("visit")
        .context("military")
        .aux(AuxMode::Future)
        .place("Beijing", Some("CHN"))
        .also_in(2)
        .build();
    e.time = Some("09:30:00+08:00".to_string());
    e.actor[0].identifier_text = Some("Zakir Hasanov".to_string());
    e.actor[0].office = Some("minister of defence".to_string());
    let r = plover_record(&d, &e, &config(false));
    assert_eq!(r["time"], "09:30:00+08:00");
    assert_eq!(
        r["event_loc"],
        json!({"extracted_place": "Beijing", "country_code": "CHN"})
    );
    // language is unknown: omitted, not null.
    assert_eq!(
        r["cite_info"],
        json!({"title": "Talks", "url": "https://example.org/a", "publication": "Example News"})
    );
    assert_eq!(r["context"], json!(["military", "future"]));
    assert_eq!(r["actor"][0]["identifier_text"], "Zakir Hasanov");
    assert_eq!(r["actor"][0]["office"], "minister of defence");
    assert_eq!(r["evidence"]["sentences"], json!([2, 3]));

    // A place without a country code keeps only the name.
    e.place.as_mut().unwrap().country_code = None;
    let r = plover_record(&d, &e, &config(false));
    assert_eq!(r["event_loc"], json!({"extracted_place": "Beijing"}));
}

#[test]
fn plover_lines_keep_field_order_and_parse() {
    let d = doc("doc7", TEXT);
    let out = run(
        Format::Plover,
        config(false),
        &[(&d, vec![visit(&d), compound(&d)])],
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with(r#"{"id":"doc7-002-02","doc_id":"doc7","date":"2024-03-12","actor":"#)
    );
    let order = [
        "\"event\":",
        "\"mode\":",
        "\"context\":",
        "\"quad_code\":",
        "\"text_info\":",
        "\"cameo\":",
        "\"evidence\":",
    ];
    let pos: Vec<usize> = order.iter().map(|k| lines[0].find(k).unwrap()).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "{pos:?}");
    for line in &lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let e = if v["id"] == "doc7-002-02" {
            visit(&d)
        } else {
            compound(&d)
        };
        assert_eq!(v, plover_record(&d, &e, &config(false)));
    }
}

#[test]
fn reciprocal_expands_to_both_ordered_pairs() {
    let d = doc("doc7", TEXT);
    let e = reciprocal(&d);
    let dyads = cameo_dyads(&e);
    let pairs: Vec<(&str, &str, &str)> = dyads
        .iter()
        .map(|x| (x.source_code(), x.target_code(), x.code.code))
        .collect();
    assert_eq!(pairs, [("FRA", "DEU", "040"), ("DEU", "FRA", "040")]);

    // Three participants: 3 × 2 ordered pairs.
    let mut e3 = e.clone();
    e3.actor.push(e.actor[0].clone());
    e3.actor[2].cameo_code = "GBR".to_string();
    let dyads = cameo_dyads(&e3);
    let pairs: Vec<(&str, &str)> = dyads
        .iter()
        .map(|x| (x.source_code(), x.target_code()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("FRA", "DEU"),
            ("FRA", "GBR"),
            ("DEU", "FRA"),
            ("DEU", "GBR"),
            ("GBR", "FRA"),
            ("GBR", "DEU")
        ]
    );
}

#[test]
fn compound_actor_gives_one_dyad_per_actor() {
    let d = doc("doc7", TEXT);
    let out = run(Format::Cameo, config(false), &[(&d, vec![compound(&d)])]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], CAMEO_COLUMNS.join("\t"));
    assert_eq!(
        lines[1..],
        [
            "doc7\t3\t2024-03-12\tUSA\tRUS\t112\t11\t3\t-2.0\tThe USA and France accused Russia, officials said.",
            "doc7\t3\t2024-03-12\tFRA\tRUS\t112\t11\t3\t-2.0\tThe USA and France accused Russia, officials said.",
        ]
    );
}

#[test]
fn visit_gives_042_and_mirrored_043() {
    let d = doc("doc7", TEXT);
    let out = run(Format::Cameo, config(false), &[(&d, vec![visit(&d)])]);
    let rows: Vec<Vec<&str>> = out
        .lines()
        .skip(1)
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][3..9], ["AZEGOVMIL", "CHN", "042", "04", "1", "1.9"]);
    assert_eq!(rows[1][3..9], ["CHN", "AZEGOVMIL", "043", "04", "1", "2.8"]);

    // An event coded 043 keeps PLOVER's roles (visitor = actor): same rows,
    // its own code first.
    let mut e = visit(&d);
    e.cameo = dyad_ontology::cameo::event("043").unwrap();
    let dyads = cameo_dyads(&e);
    let pairs: Vec<(&str, &str, &str)> = dyads
        .iter()
        .map(|x| (x.source_code(), x.target_code(), x.code.code))
        .collect();
    assert_eq!(
        pairs,
        [("CHN", "AZEGOVMIL", "043"), ("AZEGOVMIL", "CHN", "042")]
    );
}

#[test]
fn single_actor_without_recipient_targets_null() {
    let d = doc("doc7", TEXT);
    let e = EventBuilder::new(&d, 2, S2, "112")
        .actor("USA", "USA", "USA")
        .build();
    let dy = cameo_dyads(&e);
    assert_eq!(dy.len(), 1);
    assert!(dy[0].target.is_none());
    assert_eq!((dy[0].source_code(), dy[0].target_code()), ("USA", "---"));
    let out = run(Format::Cameo, config(false), &[(&d, vec![e.clone()])]);
    assert_eq!(out.lines().nth(1).unwrap().split('\t').nth(4), Some("---"));
    assert_eq!(
        plover_record(&d, &e, &config(false))["cameo"]["dyads"],
        json!([{"source": "USA", "target": "---"}])
    );
}

#[test]
fn cameo_text_loses_tabs_and_newlines() {
    let text = "Paris said\tMoscow\nlied.";
    let d = doc("x", text);
    let e = EventBuilder::new(&d, 0, text, "112")
        .actor("FRA", "FRA", "Paris")
        .build();
    let out = run(Format::Cameo, config(false), &[(&d, vec![e])]);
    let row = out.lines().nth(1).unwrap();
    assert_eq!(row.split('\t').count(), CAMEO_COLUMNS.len());
    assert!(row.ends_with("\tParis said Moscow lied."));
}

fn col(name: &str) -> usize {
    GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()
}

#[test]
fn gdelt_columns_are_the_61_of_gdelt_2() {
    assert_eq!(GDELT_COLUMNS.len(), 61);
    assert_eq!(GDELT_COLUMNS[0], "GlobalEventID");
    assert_eq!(col("Actor2Code"), 15);
    assert_eq!(col("IsRootEvent"), 25);
    assert_eq!(col("EventCode"), 26);
    assert_eq!(col("AvgTone"), 34);
    assert_eq!(col("Actor1Geo_Type"), 35);
    assert_eq!(col("Actor2Geo_Type"), 43);
    assert_eq!(col("ActionGeo_Type"), 51);
    assert_eq!(col("ActionGeo_FeatureID"), 58);
    assert_eq!(GDELT_COLUMNS[59..], ["DATEADDED", "SOURCEURL"]);
}

#[test]
fn gdelt_rows_have_61_fields_and_the_codes() {
    let mut d = doc("doc7", TEXT);
    d.url = Some("https://example.org/a".to_string());
    let mut v = visit(&d);
    v.place = Some(dyad_code::Place {
        extracted_place: "Beijing".to_string(),
        country_code: Some("CHN".to_string()),
        span: None,
        geo: None,
        admin1: None,
    });
    v.evidence.sentences.push(2);
    let d2 = doc("doc8", "Refugee agency appealed to Turkey.");
    let appeal = EventBuilder::new(&d2, 4, "Refugee agency appealed to Turkey.", "0251")
        .actor("IGO", "IGOUNOREFHCR", "Refugee agency")
        .recipient("TUR", "TURGOV", "Turkey")
        .build();
    let out = run(
        Format::Gdelt,
        config(false),
        &[(&d, vec![v, compound(&d)]), (&d2, vec![appeal])],
    );
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    // No header: 2 visit rows + 2 compound rows + 1 appeal row.
    assert_eq!(rows.len(), 5);
    for r in &rows {
        assert_eq!(r.len(), 61, "{r:?}");
    }
    let ids: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);

    let r = &rows[0];
    let get = |name: &str| r[col(name)];
    assert_eq!(get("Day"), "20240312");
    assert_eq!(get("MonthYear"), "202403");
    assert_eq!(get("Year"), "2024");
    // Day 72 of 2024: 2024 + 72/365.
    assert_eq!(get("FractionDate"), "2024.1973");
    assert_eq!(get("Actor1Code"), "AZEGOVMIL");
    assert_eq!(get("Actor1Name"), "AZERBAIJAN’S DEFENCE MINISTER");
    assert_eq!(get("Actor1CountryCode"), "AZE");
    assert_eq!(get("Actor1Type1Code"), "GOV");
    assert_eq!(get("Actor1Type2Code"), "MIL");
    assert_eq!(get("Actor1Type3Code"), "");
    assert_eq!(get("Actor2Code"), "CHN");
    assert_eq!(get("Actor2CountryCode"), "CHN");
    assert_eq!(get("Actor2Type1Code"), "");
    assert_eq!(get("IsRootEvent"), "1");
    assert_eq!(get("EventCode"), "042");
    assert_eq!(get("EventBaseCode"), "042");
    assert_eq!(get("EventRootCode"), "04");
    assert_eq!(get("QuadClass"), "1");
    assert_eq!(get("GoldsteinScale"), "1.9");
    assert_eq!(get("NumMentions"), "2");
    assert_eq!(get("NumSources"), "1");
    assert_eq!(get("NumArticles"), "1");
    assert_eq!(get("AvgTone"), "");
    assert_eq!(get("Actor1Geo_Type"), "0");
    assert_eq!(get("ActionGeo_Type"), "4");
    assert_eq!(get("ActionGeo_FullName"), "Beijing");
    assert_eq!(get("ActionGeo_CountryCode"), "");
    assert_eq!(get("DATEADDED"), "20240314000000");
    assert_eq!(get("SOURCEURL"), "https://example.org/a");
    assert_eq!(get("ActionGeo_Lat"), "", "a place not resolved has no coordinates");
    // The mirrored visit row.
    assert_eq!(rows[1][col("Actor1Code")], "CHN");
    assert_eq!(rows[1][col("EventCode")], "043");
    assert_eq!(rows[1][col("GoldsteinScale")], "2.8");

    // Organisation code, 4-digit event code, not in the lead.
    let a = &rows[4];
    assert_eq!(a[col("Actor1Code")], "IGOUNOREFHCR");
    assert_eq!(a[col("Actor1CountryCode")], "");
    assert_eq!(a[col("Actor1KnownGroupCode")], "HCR");
    assert_eq!(a[col("Actor1Type1Code")], "REF");
    assert_eq!(a[col("Actor2CountryCode")], "TUR");
    assert_eq!(a[col("Actor2Type1Code")], "GOV");
    assert_eq!(a[col("EventCode")], "0251");
    assert_eq!(a[col("EventBaseCode")], "025");
    assert_eq!(a[col("EventRootCode")], "02");
    assert_eq!(a[col("IsRootEvent")], "0");
    assert_eq!(a[col("ActionGeo_Type")], "0");
    assert_eq!(a[col("SOURCEURL")], "");
}

#[test]
fn gdelt_rows_function_numbers_from_first_id() {
    let d = doc("doc7", TEXT);
    let rows = gdelt_rows(&d, &reciprocal(&d), &config(false), 41);
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0][0].as_str(), rows[1][0].as_str()), ("41", "42"));
    assert_eq!(rows[0][col("Actor1Code")], "FRA");
    assert_eq!(rows[1][col("Actor1Code")], "DEU");
    // Sentence index 3 is past the lead.
    assert_eq!(rows[0][col("IsRootEvent")], "0");
}

/// A minimal RFC 4180 reader, to check the writer's quoting round-trips.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match (quoted, c) {
            (true, '"') if it.peek() == Some(&'"') => {
                field.push('"');
                it.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let text = "Paris, officially, said Moscow was \"lying\"\nagain.";
    let d = doc("c1", text);
    let e = EventBuilder::new(&d, 0, text, "112")
        .actor("FRA", "FRAGOV", "Paris, officially,")
        .recipient("RUS", "RUS", "Moscow")
        .recipient("UKR", "UKR", "again")
        .place("Paris", Some("FRA"))
        .context("diplomatic")
        .build();
    let out = run(Format::Csv, config(false), &[(&d, vec![e])]);
    assert!(out.starts_with(&format!("{}\r\n", CSV_COLUMNS.join(","))));
    let line = out.split("\r\n").nth(1).unwrap();
    assert!(line.starts_with("c1-001-01,c1,2024-03-12,ACCUSE,,diplomatic,FRA,GOV,\"Paris, officially,\",RUS;UKR,;,Moscow;again,3,"));
    assert!(line
        .ends_with(",112,-2.0,Paris,\"Paris, officially, said Moscow was \"\"lying\"\"\nagain.\""));
    let rows = parse_csv(&out);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0], CSV_COLUMNS);
    assert_eq!(rows[1].len(), CSV_COLUMNS.len());
    assert_eq!(rows[1][8], "Paris, officially,");
    assert_eq!(rows[1][17], text);
}

#[test]
fn negated_events_only_when_kept() {
    let d = doc("doc7", TEXT);
    let negated = EventBuilder::new(&d, 2, S2, "112")
        .actor("USA", "USA", "USA")
        .recipient("RUS", "RUS", "Russia")
        .aux(AuxMode::Negation)
        .aux(AuxMode::Hypothetical)
        .build();
    let events = vec![negated.clone(), reciprocal(&d)];
    let count = |f: Format, keep: bool| {
        run(f, config(keep), &[(&d, events.clone())])
            .lines()
            .count()
    };
    // (format, rows without the negated event, rows with it)
    for (f, without, with) in [
        (Format::Plover, 1, 2),
        (Format::Cameo, 3, 4),
        (Format::Gdelt, 2, 3),
        (Format::Csv, 2, 3),
        (Format::Petrarch, 2, 3),
    ] {
        assert_eq!(count(f, false), without, "{f}");
        assert_eq!(count(f, true), with, "{f}");
    }
    // The records of a document are those its writer writes, each as
    // plover_record builds it.
    assert_eq!(plover_records(&d, &events, &config(false)), vec![plover_record(&d, &events[1], &config(false))]);
    assert_eq!(plover_records(&d, &events, &config(true)).len(), 2);
    let kept = plover_record(&d, &negated, &config(true));
    assert_eq!(kept["context"], json!(["negation", "hypothetical"]));
    let not_kept = plover_record(&d, &negated, &config(false));
    assert_eq!(not_kept["context"], json!(["hypothetical"]));
}

#[test]
fn format_names() {
    assert_eq!(Format::from_str("plover"), Ok(Format::Plover));
    assert_eq!(Format::from_str("CAMEO"), Ok(Format::Cameo));
    assert_eq!(Format::from_str(" gdelt "), Ok(Format::Gdelt));
    assert_eq!("csv".parse::<Format>(), Ok(Format::Csv));
    let err = Format::from_str("json").unwrap_err();
    assert!(err.to_string().contains("\"json\""), "{err}");
    for f in Format::ALL {
        assert_eq!(f.to_string().parse::<Format>(), Ok(f));
    }
    assert_eq!(Format::default(), Format::Plover);
}

#[test]
fn headers_per_format() {
    let d = doc("doc7", TEXT);
    assert_eq!(run(Format::Plover, config(false), &[(&d, vec![])]), "");
    assert_eq!(run(Format::Gdelt, config(false), &[(&d, vec![])]), "");
    assert_eq!(
        run(Format::Cameo, config(false), &[]),
        format!("{}\n", CAMEO_COLUMNS.join("\t"))
    );
    assert_eq!(
        run(Format::Csv, config(false), &[]),
        format!("{}\r\n", CSV_COLUMNS.join(","))
    );
    assert_eq!(run(Format::Petrarch, config(false), &[(&d, vec![])]), "");
}

#[test]
fn petrarch_lines_are_petrarch2s_event_lines() {
    let mut d = doc("doc7", TEXT);
    d.date = chrono::NaiveDate::from_ymd_opt(2019, 10, 22);
    d.source = Some("Trend".into());
    // The visit (two dyads), the compound accusation (one dyad per actor)
    // and the same accusation told again in another sentence: one line per
    // distinct (date, source, target, code), its sentences joined.
    let mut again = compound(&d);
    again.sentence = 0;
    let out = run(Format::Petrarch, config(false), &[(&d, vec![visit(&d), compound(&d), again])]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "20191022\tAZEGOVMIL\tCHN\t042\t\tdoc7-2\tTrend",
            "20191022\tCHN\tAZEGOVMIL\t043\t\tdoc7-2\tTrend",
            "20191022\tUSA\tRUS\t112\t\tdoc7-3;doc7-1\tTrend",
            "20191022\tFRA\tRUS\t112\t\tdoc7-3;doc7-1\tTrend",
        ]
    );
    // With a URL it comes before the publisher; without a publisher, NULL.
    d.url = Some("https://example.org/a".into());
    d.source = None;
    let out = run(Format::Petrarch, config(false), &[(&d, vec![visit(&d)])]);
    assert_eq!(out.lines().next(), Some("20191022\tAZEGOVMIL\tCHN\t042\t\tdoc7-2\thttps://example.org/a\tNULL"));
}

#[test]
fn gdelt_geography_of_a_resolved_place() {
    let g = dyad_geo::Gazetteer::builtin();
    let pune = g.lookup_name("Pune").iter().map(|r| &g.places[r.place as usize]).find(|p| p.country == "IND").expect("Pune in the gazetteer");
    let text = "Police arrested 20 people in Pune.";
    let d = doc("doc9", text);
    let mut e = EventBuilder::new(&d, 0, text, "173").actor("IND", "INDCOP", "Police").build();
    e.place = Some(dyad_code::Place {
        extracted_place: "Pune".to_string(),
        country_code: Some("IND".to_string()),
        span: None,
        geo: Some(pune),
        admin1: g.admin1_of(pune),
    });
    let out = run(Format::Gdelt, config(false), &[(&d, vec![e.clone()])]);
    let r: Vec<&str> = out.lines().next().expect("a row").split('\t').collect();
    let get = |name: &str| r[col(name)];
    assert_eq!(get("ActionGeo_Type"), "4", "a world city");
    assert_eq!(get("ActionGeo_FullName"), "Pune, Maharashtra, India");
    assert_eq!(get("ActionGeo_CountryCode"), "IN", "FIPS 10-4");
    assert_eq!(get("ActionGeo_ADM1Code"), format!("IN{}", pune.admin1));
    assert_eq!(get("ActionGeo_FeatureID"), pune.geonameid.to_string());
    assert!(get("ActionGeo_Lat").parse::<f64>().is_ok_and(|lat| (lat - 18.5).abs() < 0.5));
    assert!(get("ActionGeo_Long").parse::<f64>().is_ok_and(|lon| (lon - 73.9).abs() < 0.5));
    // The police are of the place's country: the actor is placed there too.
    assert_eq!(get("Actor1Geo_Type"), "4");
    assert_eq!(get("Actor1Geo_FullName"), "Pune, Maharashtra, India");
    assert_eq!(get("Actor2Geo_Type"), "0");
    // PLOVER: event_loc carries the gazetteer's fields.
    let out = run(Format::Plover, config(false), &[(&d, vec![e])]);
    let v: serde_json::Value = serde_json::from_str(out.lines().next().expect("a record")).expect("JSON");
    let loc = &v["event_loc"];
    assert_eq!(loc["extracted_place"], "Pune");
    assert_eq!(loc["country_code"], "IND");
    assert_eq!(loc["geonameid"], pune.geonameid);
    assert_eq!(loc["feature_code"], pune.feature_code);
    assert_eq!(loc["admin1"], "Maharashtra");
    assert!(loc["lat"].as_f64().is_some() && loc["lon"].as_f64().is_some());
}
