//! End-to-end tests of `dyad code`: the events coded from the seed article and
//! from a variant of it written for these tests, every output format, the
//! explanation, language skipping, parallel coding, user dictionaries and the
//! Guardian corpus.

use std::collections::HashMap;
mod common;

use std::path::Path;

use common::{dyad, json_lines, run_ok, shared, stderr, stdout};

use dyad_ontology::{cameo, Category};
use serde_json::Value;

const SEED: &str = "examples/000_ad36e5a10f87839d.txt";
const VARIANT: &str = "aze-chn-defence-2021.txt";

/// A fixture of this file's tests, as an absolute path.
fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/code").join(name).display().to_string()
}



fn codes(parties: &Value) -> Vec<String> {
    let mut v: Vec<String> = parties.as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap().to_string()).collect();
    v.sort();
    v
}

/// (category, sorted actor codes, sorted recipient codes) of each event, sorted.
fn summary(events: &[Value]) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut s: Vec<_> = events
        .iter()
        .map(|e| {
            assert_eq!(e["event"].as_array().unwrap().len(), 1, "one category per event: {e}");
            (e["event"][0].as_str().unwrap().to_string(), codes(&e["actor"]), codes(&e["recipient"]))
        })
        .collect();
    s.sort();
    s
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The seed's four events (and the variant's): the meeting, support both ways,
/// the agreement; nothing else.
fn assert_defence_ministers_events(events: &[Value], date: &str) {
    let expected = vec![
        ("AGREE".to_string(), strs(&["AZE", "CHN"]), vec![]),
        ("CONSULT".to_string(), strs(&["AZE", "CHN"]), vec![]),
        ("SUPPORT".to_string(), strs(&["AZE"]), strs(&["CHN"])),
        ("SUPPORT".to_string(), strs(&["CHN"]), strs(&["AZE"])),
    ];
    assert_eq!(summary(events), expected, "events: {}", events.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
    for e in events {
        assert_eq!(e["date"], date, "{}", e["id"]);
        assert!(e["quad_code"].as_u64().unwrap() <= 2, "a cooperation article gives no conflict event: {e}");
    }
    let consult = events.iter().find(|e| e["event"][0] == "CONSULT").unwrap();
    for a in consult["actor"].as_array().unwrap() {
        assert_eq!(a["sector"], "MIL", "CONSULT actor {a}");
    }
    assert_eq!(consult["recipient"], Value::Array(vec![]));
    assert_eq!(consult["cameo"]["code"], "040");
    assert_eq!(consult["event_loc"]["extracted_place"], "Beijing");
    // Both supporters are the defence ministers.
    for e in events.iter().filter(|e| e["event"][0] == "SUPPORT") {
        assert_eq!(e["actor"][0]["sector"], "MIL", "SUPPORT actor of {}: {}", e["id"], e["actor"]);
    }
}

/// Extracted documents by id.
fn extracted(inputs: &[&str]) -> HashMap<String, Value> {
    let mut args = vec!["extract"];
    args.extend_from_slice(inputs);
    json_lines(&run_ok(&args)).into_iter().map(|d| (d["id"].as_str().unwrap().to_string(), d)).collect()
}

fn slice(chars: &[char], span: &Value) -> String {
    let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert!(s < e && e <= chars.len(), "span {span} outside a text of {} characters", chars.len());
    chars[s..e].iter().collect()
}

/// Every evidence span and the sentence span point at their words in the
/// document text (character offsets).
fn assert_offsets(events: &[Value], docs: &HashMap<String, Value>) {
    for e in events {
        let doc = &docs[e["doc_id"].as_str().unwrap()];
        let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
        assert_eq!(slice(&chars, &e["text_info"]), e["text"].as_str().unwrap(), "text_info of {}", e["id"]);
        assert!(!e["evidence"]["verb"].as_array().unwrap().is_empty(), "{}: no verb evidence", e["id"]);
        for key in ["actor", "verb", "recipient"] {
            for span in e["evidence"][key].as_array().unwrap() {
                assert_eq!(slice(&chars, span), span["text"].as_str().unwrap(), "{} evidence {key} {span}", e["id"]);
            }
        }
    }
}

#[test]

fn seed_article_codes_its_four_events() {
    let Some(seed) = shared(SEED) else { return };
    let events = json_lines(&run_ok(&["code", &seed]));
    assert_defence_ministers_events(&events, "2019-10-22");
    for e in &events {
        assert_eq!(e["doc_id"], seed.as_str());
    }
    let consult = events.iter().find(|e| e["event"][0] == "CONSULT").unwrap();
    assert_eq!(consult["evidence"]["pattern"], "consult.meet_with");
    assert_eq!(consult["evidence"]["actor"].as_array().unwrap().len(), 2);
    assert_eq!(consult["actor"][0]["identifier_text"], "Zakir Hasanov");
    let support_chn = events.iter().find(|e| e["event"][0] == "SUPPORT" && e["actor"][0]["code"] == "CHN").unwrap();
    assert_eq!(support_chn["actor"][0]["identifier_text"], "Wei Fenghe");
    assert_eq!(support_chn["cameo"]["code"], "051");
    assert_offsets(&events, &extracted(&[&seed]));
}

/// The variant names two ministers no dictionary knows, words every fact
/// differently and is dated 2021: the same four events must come out.
#[test]

fn variant_article_codes_the_same_four_events() {
    let events = json_lines(&run_ok(&["code", &fixture(VARIANT)]));
    assert_defence_ministers_events(&events, "2021-03-05");
    assert_offsets(&events, &extracted(&[&fixture(VARIANT)]));
}

#[test]
fn cameo_tsv_expands_reciprocal_events_with_zero_padded_codes() {
    let Some(seed) = shared(SEED) else { return };
    let out = run_ok(&["code", "--format", "cameo", &seed]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("doc_id\tsentence\tdate\tsource\ttarget\tcameo\troot\tquad_class\tgoldstein\ttext"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    // CONSULT and AGREE are reciprocal (two rows each), the two SUPPORTs one each.
    assert_eq!(rows.len(), 6, "{out}");
    for r in &rows {
        assert_eq!(r.len(), 10, "{r:?}");
        assert_eq!((r[0], r[2]), (seed.as_str(), "2019-10-22"));
        let code = r[5];
        assert!((3..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()), "code {code:?}");
        assert!(code.starts_with('0'), "every code here is below 10 and keeps its leading zero: {code:?}");
        assert_eq!(r[6], &code[..2], "root of {code}");
        let ev = cameo::lookup(code).unwrap();
        assert_eq!(r[7], ev.quad_class.to_string());
        assert_eq!(r[8].parse::<f64>().unwrap(), ev.goldstein);
    }
    let consult: Vec<&Vec<&str>> = rows.iter().filter(|r| r[5] == "040").collect();
    assert_eq!(consult.len(), 2, "{rows:?}");
    let (a, b) = (consult[0], consult[1]);
    assert_eq!(a[1], "1");
    assert!(a[3].starts_with("AZE") && a[4].starts_with("CHN"), "{a:?}");
    assert_eq!((b[3], b[4]), (a[4], a[3]), "the second row mirrors the first");
    assert_eq!((a[6], a[7], a[8]), ("04", "1", "1.0"));
    let mut codes: Vec<&str> = rows.iter().map(|r| r[5]).collect();
    codes.sort();
    assert_eq!(codes, ["030", "030", "040", "040", "051", "051"]);
}

/// A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("")
/// and line breaks.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = s.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => {
                assert!(field.is_empty(), "quote inside an unquoted field: {field:?}");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quoted field");
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[test]
fn gdelt_rows_have_61_columns_and_csv_parses() {
    let Some(seed) = shared(SEED) else { return };
    let gdelt = run_ok(&["code", "--format", "gdelt", &seed]);
    let rows: Vec<Vec<&str>> = gdelt.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 6, "one row per CAMEO dyad, no header: {gdelt}");
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.len(), 61, "row {}: {r:?}", i + 1);
        assert_eq!(r[0], (i + 1).to_string(), "GlobalEventID");
        assert_eq!((r[1], r[2], r[3]), ("20191022", "201910", "2019"));
        assert!(["030", "040", "051"].contains(&r[26]), "EventCode {:?}", r[26]);
        assert_eq!(r[28], &r[26][..2], "EventRootCode");
        assert_eq!(r[29], "1", "QuadClass");
    }
    assert_eq!(rows[0][26], "040");
    assert_eq!((rows[0][7], rows[0][17]), ("AZE", "CHN"), "Actor1/Actor2 CountryCode");
    assert_eq!(rows[0][52], "Beijing", "ActionGeo_FullName");

    let plover = json_lines(&run_ok(&["code", &seed]));
    let csv = parse_csv(&run_ok(&["code", "--format", "csv", &seed]));
    let header = "id,doc_id,date,event,mode,context,actor_codes,actor_sectors,actor_text,recipient_codes,recipient_sectors,\
                  recipient_text,quad_code,event_scale,cameo_code,goldstein,place,text";
    assert_eq!(csv[0].join(","), header);
    assert_eq!(csv.len(), 1 + plover.len(), "one row per PLOVER event");
    for (row, e) in csv[1..].iter().zip(&plover) {
        assert_eq!(row.len(), csv[0].len(), "{row:?}");
        let col = |name: &str| row[csv[0].iter().position(|h| h == name).unwrap()].as_str();
        assert_eq!(col("id"), e["id"].as_str().unwrap());
        assert_eq!(col("event"), e["event"][0].as_str().unwrap());
        assert_eq!(col("cameo_code"), e["cameo"]["code"].as_str().unwrap());
        assert_eq!(col("text"), e["text"].as_str().unwrap(), "text with commas and quotes survives");
        assert_eq!(col("date"), "2019-10-22");
    }
    let consult = csv[1..].iter().find(|r| r[3] == "CONSULT").unwrap();
    assert_eq!((consult[6].as_str(), consult[7].as_str(), consult[16].as_str()), ("AZE;CHN", "MIL;MIL", "Beijing"));
}

#[test]
fn explain_lists_every_sentence_with_its_events_or_reason() {
    let Some(seed) = shared(SEED) else { return };
    let out = run_ok(&["code", "--explain", &seed]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some(format!("== {seed} (4 events)").as_str()));
    assert!(!out.lines().any(|l| l.starts_with('{')), "no JSON on standard output with --explain alone");
    let doc = &extracted(&[&seed])[&seed];
    let expected: Vec<String> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, s)| format!("[{}] {}", i + 1, s["text"].as_str().unwrap()))
        .collect();
    assert_eq!(expected.len(), 12);
    let shown: Vec<&str> = out.lines().filter(|l| l.starts_with('[')).collect();
    assert_eq!(shown, expected, "the cleaned sentences, numbered");
    for residue in ["Army", "#", "THE OPERATION IS BEING PERFORMED"] {
        assert!(!shown.iter().any(|l| l.contains(residue)), "residue {residue:?} explained");
    }
    // Every sentence is followed by at least one note: its events or why none.
    let all: Vec<&str> = out.lines().collect();
    for (i, l) in all.iter().enumerate().filter(|(_, l)| l.starts_with('[')) {
        assert!(all.get(i + 1).is_some_and(|n| n.starts_with("    ")), "no note after {l}");
    }
    assert!(out.contains("    consult.meet_with CONSULT (040): AZE/MIL+CHN/MIL -> -"), "{out}");
    assert!(out.contains("    no event wording"), "{out}");
    // Each event says how its actor was found: the tree's relation or word order.
    assert!(out.contains("(tree: nsubj)") && out.contains("(word order)"), "{out}");

    // With -o the events still go to the file: the same as without --explain.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("events.jsonl");
    run_ok(&["code", "--explain", "-o", file.to_str().unwrap(), &seed]);
    let events = without_coded_date(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(events.len(), 4);
    assert_eq!(events, without_coded_date(&run_ok(&["code", &seed])));
}

#[test]
fn a_french_document_is_counted_and_not_coded() {
    let out = dyad(&["code", &fixture("actualite-fr.txt")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "no events from a French article");
    let err = stderr(&out);
    assert!(err.contains("not coded (language fr)"), "{err}");
    assert!(err.contains("documents read: 1, skipped: 0, not English: 1; events: 0"), "{err}");
}

/// PLOVER lines without the run's coded date (which may change at midnight
/// between two runs).
fn without_coded_date(s: &str) -> Vec<Value> {
    let mut v = json_lines(s);
    for e in &mut v {
        e.as_object_mut().unwrap().remove("coded_date");
    }
    v
}

#[test]
fn parallel_coding_gives_the_same_output_in_the_same_order() {
    let dir = fixture("");
    let mut inputs = vec![dir.as_str(), "examples/defence-ministers.txt"];
    // Without ../shared the test still runs on the fixtures alone (a SKIPPED
    // line then names the inputs left out); DYAD_REQUIRE_SHARED=1 fails it.
    let seed = shared(SEED);
    let corpus = shared("corpus/guardian-2019-dev.jsonl");
    // The corpus (125 documents) spans two batches of the coder.
    inputs.extend(seed.iter().chain(corpus.iter()).map(String::as_str));
    let run = |jobs: &str| {
        let mut args = vec!["code", "--jobs", jobs];
        args.extend_from_slice(&inputs);
        let out = dyad(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        (without_coded_date(&stdout(&out)), stderr(&out))
    };
    let (one, err1) = run("1");
    let (two, err2) = run("2");
    assert!(one.len() >= 10, "too few events to compare: {}", one.len());
    assert_eq!(one.len(), two.len());
    for (a, b) in one.iter().zip(&two) {
        assert_eq!(a, b);
    }
    assert_eq!(err1, err2);
    // Documents come out in input order: the fixture directory's first.
    assert_eq!(one[0]["doc_id"], fixture(VARIANT));
}

#[test]
fn a_malformed_user_dictionary_is_a_usage_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let agents = "# local roles\nid\tsector\tcameo\toffice\tforms\tnote\nagent.ranger\tGOV\tGOV\t\tranger; rangers\t\n\n\
                  agent.wizard\tWIZ\tGOV\t\twizard; wizards\t\n";
    std::fs::write(dir.path().join("agents.tsv"), agents).unwrap();
    let out = dyad(&["code", "--dictionaries", dir.path().to_str().unwrap(), &fixture(VARIANT)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(err.contains("agents.tsv:5:"), "{err}");
    assert!(err.contains("WIZ"), "{err}");
}

#[test]
fn a_local_officeholders_file_names_an_unknown_minister() {
    let variant = fixture(VARIANT);
    // Without it, the invented minister is not taken for the real one.
    let plain = json_lines(&run_ok(&["code", &variant]));
    assert!(!plain.is_empty());
    for e in &plain {
        assert_eq!(e["date"], "2021-03-05", "{}", e["id"]);
        for a in e["actor"].as_array().unwrap() {
            assert_ne!(a["identifier_text"], "Zakir Hasanov", "{} names Elnur Mammadli, not Hasanov", e["id"]);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let local = "id\tcountry\toffice\tsector\tname\taliases\tstart\tend\n\
                 aze.defence_minister.mammadli\tAZE\tdefence_minister\tMIL\tElnur Mammadli\tMammadli\t2020-06-01\t2022-12-31\n";
    std::fs::write(dir.path().join("officeholders-local.tsv"), local).unwrap();
    let events = json_lines(&run_ok(&["code", "--dictionaries", dir.path().to_str().unwrap(), &variant]));
    let consult = events.iter().find(|e| e["event"][0] == "CONSULT").expect("a CONSULT event");
    let aze = consult["actor"].as_array().unwrap().iter().find(|a| a["code"] == "AZE").expect("AZE actor");
    assert_eq!(aze["identifier_text"], "Elnur Mammadli");
    assert_eq!(aze["office"], "minister of defence");
    assert_eq!(aze["sector"], "MIL");
    // The bare surname later in the text resolves too.
    let thanks = events
        .iter()
        .find(|e| e["event"][0] == "SUPPORT" && e["actor"][0]["code"] == "AZE")
        .expect("AZE's SUPPORT event");
    assert_eq!(thanks["actor"][0]["identifier_text"], "Elnur Mammadli");
}

#[test]
fn guardian_corpus_codes_every_document() {
    let Some(corpus) = shared("corpus/guardian-2019-dev.jsonl") else { return };
    let out = dyad(&["code", &corpus]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("documents read: 125, skipped: 0, not English: 0;"), "{err}");
    let text = stdout(&out);
    let events = json_lines(&text);
    assert!(events.len() > 300, "only {} events from 125 articles", events.len());
    let n_events = err.rsplit("events: ").next().unwrap().trim().parse::<usize>().unwrap();
    assert_eq!(n_events, events.len(), "the summary counts the events written");
    for e in &events {
        for field in ["id", "doc_id", "date"] {
            assert!(e[field].as_str().is_some_and(|s| !s.is_empty()), "{field} in {e}");
        }
        let date = e["date"].as_str().unwrap();
        assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "date {date:?}");
        assert!(!e["actor"].as_array().unwrap().is_empty(), "no actor: {}", e["id"]);
        let category = Category::parse(e["event"][0].as_str().unwrap()).unwrap_or_else(|| panic!("event {}", e["event"]));
        assert_eq!(e["event"][0], category.as_str());
        assert_eq!(e["quad_code"].as_u64(), Some(u64::from(category.quad())), "{}", e["id"]);
        assert!(e["event_scale"].is_number(), "{}", e["id"]);
        assert!(e["text_info"]["start"].is_u64() && e["text_info"]["end"].is_u64(), "{}", e["id"]);
        let code = e["cameo"]["code"].as_str().unwrap_or_else(|| panic!("cameo.code is not a string in {}", e["id"]));
        let ev = cameo::lookup(code).unwrap();
        // The category is the code's under the CAMEO-to-PLOVER table, or the
        // one a hand-written pattern names where PLOVER's definitions differ
        // from the table (`category=` in dictionaries/README.md); those
        // patterns' ids start with their category.
        let pattern = e["evidence"]["pattern"].as_str().unwrap_or("");
        let named = pattern.starts_with(&format!("{}.", category.as_str().to_lowercase()));
        assert!(
            ev.plover.as_ref().map(|m| m.category) == Some(category) || named,
            "{}: CAMEO {code} is not {category} (pattern {pattern})",
            e["id"]
        );
    }
    assert_offsets(&events, &extracted(&[&corpus]));
}

#[test]
fn a_bare_surname_names_an_officeholder_only_after_the_full_name_or_with_the_title() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("surnames.jsonl");
    let lines = [
        // Any Ahmed is not Ethiopia's prime minister...
        r#"{"id":"bare","date":"2020-03-01","text":"Ahmed met the Kenyan president in Nairobi on Tuesday."}"#,
        // ...but the one the article named is.
        r#"{"id":"named","date":"2020-03-01","text":"Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Monday.\n\nAhmed met the Kenyan president on Tuesday."}"#,
        // A title of the office with the surname names the holder.
        r#"{"id":"title","date":"2014-03-01","text":"Prime Minister Abbott met the Chinese president in Beijing on Tuesday."}"#,
        // Another person of the same surname is not the holder.
        r#"{"id":"other","date":"2014-03-01","text":"The shadow home secretary, Diane Abbott, met the Chinese president in Beijing on Tuesday."}"#,
    ];
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let events = json_lines(&run_ok(&["code", path.to_str().unwrap()]));
    let people: Vec<(String, String)> = events
        .iter()
        .flat_map(|e| {
            let doc = e["doc_id"].as_str().unwrap().to_string();
            e["actor"].as_array().unwrap().iter().filter_map(move |a| a["identifier_text"].as_str().map(|n| (doc.clone(), n.to_string())))
        })
        .collect();
    assert!(people.contains(&("named".to_string(), "Abiy Ahmed".to_string())), "{people:?}");
    assert!(people.contains(&("title".to_string(), "Tony Abbott".to_string())), "{people:?}");
    assert!(!people.iter().any(|(d, _)| d == "bare" || d == "other"), "{people:?}");
}

#[test]
fn eval_stories_scores_story_labels() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("stories.jsonl");
    let lines = [
        r#"{"id":"s1","label":"PROTEST","text":"Thousands of protesters marched in Nairobi on Monday to demand lower prices."}"#,
        r#"{"id":"s2","label":"AID","text":"The weather was mild and the harvest was good."}"#,
    ];
    std::fs::write(&gold, lines.join("\n") + "\n").unwrap();
    let g = gold.to_str().unwrap();
    let r: Value = serde_json::from_str(&run_ok(&["eval", "--stories", g, "--json"])).unwrap();
    assert_eq!(r["stories"], 2);
    assert_eq!(r["found"], 0.5, "{r}");
    assert_eq!(r["top"], 0.5, "{r}");
    assert_eq!(r["none"], 0.5, "{r}");
    // The same from a file of predictions.
    let pred = dir.path().join("pred.jsonl");
    std::fs::write(&pred, r#"{"doc_id":"s2","event":["AID"]}"#.to_string() + "\n").unwrap();
    let r: Value = serde_json::from_str(&run_ok(&["eval", "--stories", g, "--pred", pred.to_str().unwrap(), "--json"])).unwrap();
    assert_eq!((r["found"].as_f64(), r["none"].as_f64()), (Some(0.5), Some(0.5)), "{r}");
}
