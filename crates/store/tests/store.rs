//! The store on small hand-made documents and PLOVER records: merging,
//! idempotency, filters, aggregates, Parquet and refusals.

use chrono::NaiveDate;
use dyad_core::Document;
use dyad_store::query::{Cell, Filter, Group, Level, Period};
use dyad_store::{MergeRule, NewDocument, NewPlace, Store, StoreError};
use serde_json::{json, Value};

fn doc(id: &str, source: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        title: Some(format!("Title of {id}")),
        text: text.into(),
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        datetime: None,
        place: None,
        url: None,
        source: Some(source.into()),
        language: Some("en".into()),
        origin: Default::default(),
        given_parse: None,
    }
}

/// A PLOVER record as `dyad code` writes it, with the fields the store reads.
fn record(id: &str, date: &str, category: &str, actor: (&str, &str), recipient: Option<(&str, &str)>, place: Option<(&str, f64, f64)>) -> Value {
    let party = |(code, sector): (&str, &str)| json!({"code": code, "sector": sector, "entity_text": format!("{code} {sector}")});
    let mut r = json!({
        "id": id,
        "doc_id": id.rsplit_once('-').map(|p| p.0).unwrap_or(id),
        "date": date,
        "actor": [party(actor)],
        "recipient": recipient.map(|p| vec![party(p)]).unwrap_or_default(),
        "event": [category],
        "mode": if category == "ASSAULT" { vec!["aerial"] } else { vec![] },
        "context": [],
        "event_text": ["did"],
        "quad_code": 4,
        "event_scale": -9.0,
        "text": format!("The sentence of {id}."),
        "text_info": {"sequence": 1, "start": 0, "end": 10},
        "cameo": {"code": "190", "name": "Use conventional military force", "goldstein": -10.0, "quad_class": 4},
        "evidence": {"pattern": "assault.test"}
    });
    if let Some((country, lat, lon)) = place {
        r["event_loc"] = json!({"extracted_place": "somewhere", "country_code": country, "lat": lat, "lon": lon});
    }
    r
}

fn new<'a>(d: &'a Document, events: Vec<Value>) -> NewDocument<'a> {
    NewDocument { doc: d, sentences: vec![(0, d.text.chars().count())], events: events.iter().map(Value::to_string).collect(), places: vec![] }
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let s = Store::open(&dir.path().join("t.db"), MergeRule::default()).unwrap();
    (dir, s)
}

const DAMASCUS: (&str, f64, f64) = ("SYR", 33.51, 36.29);
const ALEPPO: (&str, f64, f64) = ("SYR", 36.20, 37.16);

#[test]
fn one_event_told_by_two_sources_is_one_story() {
    let (_dir, mut s) = store();
    let a = doc("a", "Reuters", "2024-03-01", "Jets struck Damascus.");
    let b = doc("b", "AFP", "2024-03-02", "Damascus was bombed by jets.");
    let ea = record("a-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), Some(("SYR", "CVL")), Some(DAMASCUS));
    let eb = record("b-001-01", "2024-03-02", "ASSAULT", ("RUS", "MIL"), Some(("SYR", "CVL")), Some(("SYR", 33.52, 36.30)));
    let sum = s.add(&[new(&a, vec![ea]), new(&b, vec![eb])]).unwrap();
    assert_eq!((sum.documents, sum.events, sum.new_stories, sum.merged), (2, 2, 1, 1));
    let stories = s.list(&Filter::default(), Level::Stories, None).unwrap();
    assert_eq!(stories.rows.len(), 1);
    let col = |name: &str| stories.columns.iter().position(|(n, _)| n == name).unwrap();
    let row = &stories.rows[0];
    assert_eq!(row[col("num_reports")], Cell::Integer(2));
    assert_eq!(row[col("num_documents")], Cell::Integer(2));
    assert_eq!(row[col("num_sources")], Cell::Integer(2));
    assert_eq!(row[col("first_date")], Cell::Text("2024-03-01".into()));
    assert_eq!(row[col("last_date")], Cell::Text("2024-03-02".into()));
    let Cell::Integer(story) = row[col("story")] else { panic!("story id") };
    let reports = s.story_reports(story).unwrap();
    assert_eq!(reports.rows.iter().map(|r| r[1].clone()).collect::<Vec<_>>(), vec![Cell::Text("a".into()), Cell::Text("b".into())]);
}

#[test]
fn different_days_dyads_categories_or_places_are_different_stories() {
    let (_dir, mut s) = store();
    let base = ("RUS", "MIL");
    let cases = [
        ("d1", "2024-03-01", "ASSAULT", base, ("SYR", "CVL"), DAMASCUS),
        // Three days later: too far apart.
        ("d2", "2024-03-04", "ASSAULT", base, ("SYR", "CVL"), DAMASCUS),
        // Another recipient.
        ("d3", "2024-03-01", "ASSAULT", base, ("SYR", "MIL"), DAMASCUS),
        // Another category.
        ("d4", "2024-03-01", "THREATEN", base, ("SYR", "CVL"), DAMASCUS),
        // Another city, 300 km away.
        ("d5", "2024-03-01", "ASSAULT", base, ("SYR", "CVL"), ALEPPO),
        // Another country.
        ("d6", "2024-03-01", "ASSAULT", base, ("SYR", "CVL"), ("IRQ", 33.3, 44.4)),
    ];
    let docs: Vec<Document> = cases.iter().map(|c| doc(c.0, "Reuters", c.1, &format!("Text {}", c.0))).collect();
    let batch: Vec<NewDocument> = docs
        .iter()
        .zip(&cases)
        .map(|(d, c)| new(d, vec![record(&format!("{}-001-01", c.0), c.1, c.2, c.3, Some(c.4), Some(c.5))]))
        .collect();
    let sum = s.add(&batch).unwrap();
    assert_eq!((sum.new_stories, sum.merged), (6, 0));
    // The same attack said not to have happened is no report of it.
    let denied = doc("n", "AP", "2024-03-01", "Text n");
    let mut record_n = record("n-001-01", "2024-03-01", "ASSAULT", base, Some(("SYR", "CVL")), Some(DAMASCUS));
    record_n["context"] = json!(["negation"]);
    assert_eq!(s.add(&[new(&denied, vec![record_n])]).unwrap().new_stories, 1);
    // A story spans at most one day: a report two days after the first
    // one's day does not join it through a report of the day between.
    let mid = doc("m", "AFP", "2024-03-02", "Text m");
    let late = doc("l", "AP", "2024-03-03", "Text l");
    let sum = s
        .add(&[
            new(&mid, vec![record("m-001-01", "2024-03-02", "ASSAULT", base, Some(("SYR", "CVL")), Some(DAMASCUS))]),
            new(&late, vec![record("l-001-01", "2024-03-03", "ASSAULT", base, Some(("SYR", "CVL")), Some(DAMASCUS))]),
        ])
        .unwrap();
    assert_eq!((sum.merged, sum.new_stories), (2, 0), "2 March joins 1 March's story, 3 March joins 4 March's");
    // With a wider rule they would have been one.
    let dir = tempfile::tempdir().unwrap();
    let mut wide = Store::open(&dir.path().join("w.db"), MergeRule { days: 3, km: 500.0 }).unwrap();
    let batch: Vec<NewDocument> = docs[..2].iter().zip(&cases).map(|(d, c)| new(d, vec![record(&format!("{}-001-01", c.0), c.1, c.2, c.3, Some(c.4), Some(c.5))])).collect();
    assert_eq!(wide.add(&batch).unwrap().merged, 1);
}

#[test]
fn a_document_is_stored_once_by_id_or_by_text() {
    let (_dir, mut s) = store();
    let a = doc("a", "Reuters", "2024-03-01", "Jets struck Damascus.");
    let again = doc("a", "Reuters", "2024-03-01", "Another text under the same id.");
    let copy = doc("a-copy", "Yahoo", "2024-03-01", "Jets struck Damascus.");
    let ev = || vec![record("a-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), None, None)];
    let first = s.add(&[new(&a, ev())]).unwrap();
    assert_eq!((first.documents, first.duplicates, first.events), (1, 0, 1));
    let second = s.add(&[new(&a, ev()), new(&again, ev()), new(&copy, vec![])]).unwrap();
    assert_eq!((second.documents, second.duplicates, second.events), (0, 3, 0));
    assert!(s.contains(&copy).unwrap());
    assert!(!s.contains(&doc("z", "X", "2024-01-01", "new")).unwrap());
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events, c.stories), (1, 1, 1));
}

#[test]
fn a_bad_record_costs_its_document_only() {
    let (_dir, mut s) = store();
    let good = doc("good", "Reuters", "2024-03-01", "Fine.");
    let bad = doc("bad", "Reuters", "2024-03-01", "Broken.");
    let mut broken = record("bad-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), None, None);
    broken["date"] = json!("March the first");
    let sum = s
        .add(&[new(&bad, vec![record("bad-001-02", "2024-03-01", "ASSAULT", ("RUS", "MIL"), None, None), broken]), new(&good, vec![record("good-001-01", "2024-03-01", "AID", ("USA", "GOV"), Some(("SYR", "")), None)])])
        .unwrap();
    assert_eq!(sum.documents, 1);
    assert_eq!(sum.rejected.len(), 1);
    assert!(sum.rejected[0].contains("document bad") && sum.rejected[0].contains("March the first"), "{:?}", sum.rejected);
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events, c.stories), (1, 1, 1), "nothing of the bad document stays, not even its first event's story");
}

#[test]
fn an_event_id_already_stored_or_twice_in_a_document_costs_that_document_only() {
    let (_dir, mut s) = store();
    let first = doc("first", "Reuters", "2024-03-01", "One.");
    let reused = doc("reused", "AFP", "2024-03-01", "Two.");
    let twice = doc("twice", "AFP", "2024-03-01", "Three.");
    let fine = doc("fine", "AFP", "2024-03-01", "Four.");
    let ev = |id: &str| record(id, "2024-03-01", "ASSAULT", ("RUS", "MIL"), None, None);
    let sum = s
        .add(&[
            new(&first, vec![ev("x-001-01")]),
            // Its second event has the id the first document stored.
            new(&reused, vec![ev("reused-001-01"), ev("x-001-01")]),
            new(&twice, vec![ev("twice-001-01"), ev("twice-001-01")]),
            new(&fine, vec![ev("fine-001-01")]),
        ])
        .unwrap();
    assert_eq!((sum.documents, sum.events), (2, 2), "{:?}", sum.rejected);
    assert_eq!(sum.rejected.len(), 2, "{:?}", sum.rejected);
    assert!(sum.rejected.iter().all(|r| r.contains("already stored")), "{:?}", sum.rejected);
    let c = s.counts().unwrap();
    assert_eq!((c.documents, c.events), (2, 2), "nothing of the rejected documents stays");
}

/// A small database for the filters: five documents of March–April 2024.
fn sample() -> (tempfile::TempDir, Store) {
    let (dir, mut s) = store();
    let docs = [
        doc("p1", "Reuters", "2024-03-01", "Russian jets bombed Damascus on Friday."),
        doc("p2", "AFP", "2024-03-01", "Warplanes from Russia struck the Syrian capital."),
        doc("p3", "Reuters", "2024-03-20", "Police arrested protesters in Aleppo."),
        doc("p4", "AP", "2024-04-02", "The United States sent aid to Syria."),
        doc("p5", "AP", "2024-04-03", "Turkish troops shelled Kurdish positions."),
    ];
    let events = [
        vec![record("p1-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), Some(("SYR", "CVL")), Some(DAMASCUS))],
        vec![record("p2-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), Some(("SYR", "CVL")), Some(DAMASCUS))],
        vec![record("p3-001-01", "2024-03-20", "COERCE", ("SYR", "COP"), Some(("SYR", "CVL")), Some(ALEPPO))],
        vec![record("p4-001-01", "2024-04-02", "AID", ("USA", "GOV"), Some(("SYR", "")), None)],
        vec![record("p5-001-01", "2024-04-03", "ASSAULT", ("TUR", "MIL"), Some(("SYR", "REB")), Some(("SYR", 36.5, 40.7)))],
    ];
    let batch: Vec<NewDocument> = docs.iter().zip(events).map(|(d, e)| new(d, e)).collect();
    s.add(&batch).unwrap();
    (dir, s)
}

/// The first column of a listing: report ids, or story ids.
fn ids(s: &Store, f: Filter, level: Level) -> Vec<String> {
    let t = s.list(&f, level, None).unwrap();
    t.rows
        .iter()
        .map(|r| match &r[0] {
            Cell::Text(t) => t.clone(),
            Cell::Integer(n) => n.to_string(),
            other => format!("{other:?}"),
        })
        .collect()
}

#[test]
fn every_filter_selects_what_it_says() {
    let (_dir, s) = sample();
    let reports = |f: Filter| ids(&s, f, Level::Reports);
    let all = reports(Filter::default());
    assert_eq!(all, ["p1-001-01", "p2-001-01", "p3-001-01", "p4-001-01", "p5-001-01"]);
    let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
    assert_eq!(reports(Filter { from: day("2024-03-02"), to: day("2024-04-02"), ..Filter::default() }), ["p3-001-01", "p4-001-01"]);
    assert_eq!(reports(Filter { actor: Some("RUS".parse().unwrap()), ..Filter::default() }), ["p1-001-01", "p2-001-01"]);
    assert_eq!(reports(Filter { actor: Some("/MIL".parse().unwrap()), ..Filter::default() }), ["p1-001-01", "p2-001-01", "p5-001-01"]);
    assert_eq!(reports(Filter { actor: Some("tur/mil".parse().unwrap()), ..Filter::default() }), ["p5-001-01"]);
    assert_eq!(reports(Filter { actor: Some("RU".parse().unwrap()), ..Filter::default() }), Vec::<String>::new(), "codes match whole");
    assert_eq!(reports(Filter { recipient: Some("SYR/CVL".parse().unwrap()), ..Filter::default() }), ["p1-001-01", "p2-001-01", "p3-001-01"]);
    assert_eq!(reports(Filter { categories: vec!["aid".into(), "COERCE".into()], ..Filter::default() }), ["p3-001-01", "p4-001-01"]);
    assert_eq!(reports(Filter { mode: Some("aerial".into()), ..Filter::default() }), ["p1-001-01", "p2-001-01", "p5-001-01"]);
    assert_eq!(reports(Filter { mode: Some("aer".into()), ..Filter::default() }), Vec::<String>::new(), "modes match whole");
    assert_eq!(reports(Filter { country: Some("syr".into()), categories: vec!["COERCE".into()], ..Filter::default() }), ["p3-001-01"]);
    assert_eq!(reports(Filter { near: Some((33.5, 36.3, 50.0)), ..Filter::default() }), ["p1-001-01", "p2-001-01"]);
    assert_eq!(reports(Filter { near: Some((33.5, 36.3, 400.0)), ..Filter::default() }), ["p1-001-01", "p2-001-01", "p3-001-01"]);
    assert_eq!(reports(Filter { text: Some("protesters".into()), ..Filter::default() }), ["p3-001-01"]);
    assert_eq!(reports(Filter { text: Some("\"Syrian capital\" OR Kurdish".into()), ..Filter::default() }), ["p2-001-01", "p5-001-01"]);
    assert_eq!(reports(Filter { min_sources: Some(2), ..Filter::default() }), ["p1-001-01", "p2-001-01"]);
    let story_of_p1 = s.list(&Filter { text: Some("bombed".into()), ..Filter::default() }, Level::Reports, None).unwrap().rows[0][1].clone();
    let Cell::Integer(story) = story_of_p1 else { panic!("{story_of_p1:?}") };
    assert_eq!(reports(Filter { story: Some(story), ..Filter::default() }), ["p1-001-01", "p2-001-01"]);
    assert_eq!(ids(&s, Filter { story: Some(story), ..Filter::default() }, Level::Stories), [story.to_string()]);
    // Stories: p1 and p2 are one.
    let stories = ids(&s, Filter::default(), Level::Stories);
    assert_eq!(stories.len(), 4);
    assert_eq!(ids(&s, Filter { min_sources: Some(2), ..Filter::default() }, Level::Stories).len(), 1);
    assert_eq!(ids(&s, Filter { text: Some("Syrian".into()), ..Filter::default() }, Level::Stories).len(), 1);
    // A malformed full-text query is the user's error, said as such.
    match s.list(&Filter { text: Some("\"unclosed".into()), ..Filter::default() }, Level::Reports, None) {
        Err(StoreError::Invalid(m)) => assert!(m.contains("--text"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.list(&Filter::default(), Level::Reports, Some(2)).unwrap().rows.len(), 2);
}

#[test]
fn counts_per_period_and_group_add_up() {
    let (_dir, s) = sample();
    let sum_events = |t: &dyad_store::query::Table| -> i64 {
        let k = t.columns.iter().position(|(n, _)| n == "events").unwrap();
        t.rows.iter().map(|r| if let Cell::Integer(n) = r[k] { n } else { 0 }).sum()
    };
    for period in [Period::Day, Period::Week, Period::Month, Period::Year] {
        for group in [None, Some(Group::Category), Some(Group::Quad), Some(Group::Dyad), Some(Group::Actor), Some(Group::Country)] {
            assert_eq!(sum_events(&s.count_by(&Filter::default(), Level::Stories, period, group).unwrap()), 4);
            assert_eq!(sum_events(&s.count_by(&Filter::default(), Level::Reports, period, group).unwrap()), 5);
        }
    }
    let months = s.count_by(&Filter::default(), Level::Reports, Period::Month, Some(Group::Category)).unwrap();
    let rows: Vec<Vec<Cell>> = months.rows.clone();
    assert_eq!(
        rows,
        vec![
            vec![Cell::Text("2024-03".into()), Cell::Text("ASSAULT".into()), Cell::Integer(2), Cell::Real(-20.0), Cell::Real(-10.0)],
            vec![Cell::Text("2024-03".into()), Cell::Text("COERCE".into()), Cell::Integer(1), Cell::Real(-10.0), Cell::Real(-10.0)],
            vec![Cell::Text("2024-04".into()), Cell::Text("AID".into()), Cell::Integer(1), Cell::Real(-10.0), Cell::Real(-10.0)],
            vec![Cell::Text("2024-04".into()), Cell::Text("ASSAULT".into()), Cell::Integer(1), Cell::Real(-10.0), Cell::Real(-10.0)],
        ]
    );
    // Weeks are named by their Monday: 1 March 2024 was a Friday.
    let weeks = s.count_by(&Filter::default(), Level::Stories, Period::Week, None).unwrap();
    let names: Vec<Cell> = weeks.rows.iter().map(|r| r[0].clone()).collect();
    assert_eq!(names, ["2024-02-26", "2024-03-18", "2024-04-01"].map(|d| Cell::Text(d.into())));
    let matrix = s.dyad_matrix(&Filter::default(), Level::Reports, None).unwrap();
    assert_eq!(s.dyad_matrix(&Filter::default(), Level::Reports, Some(1)).unwrap().rows.len(), 1);
    assert_eq!(matrix.rows[0][..3], [Cell::Text("RUS/MIL".into()), Cell::Text("SYR/CVL".into()), Cell::Integer(2)]);
    assert_eq!(sum_events(&matrix), 5);
}

#[test]
fn parquet_files_read_back_as_written() {
    let (dir, s) = sample();
    let out = dir.path().join("export");
    let done = s.export_parquet(&out).unwrap();
    assert_eq!(done.events, 5);
    let mut files: Vec<String> = done.files.iter().map(|f| f.strip_prefix(&out).unwrap().display().to_string()).collect();
    files.sort();
    assert_eq!(files, ["year=2024/month=03/events.parquet", "year=2024/month=04/events.parquet"]);
    let (names, rows) = dyad_store::parquet::read_rows(&done.files[0]).unwrap();
    assert_eq!(&names[..4], ["id", "story", "date", "doc_id"]);
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][0].as_deref(), Some("p1-001-01"));
    assert_eq!(rows[0][2].as_deref(), Some("2024-03-01"));
    assert_eq!(rows[0][3].as_deref(), Some("p1"));
    let lat = names.iter().position(|n| n == "lat").unwrap();
    assert_eq!(rows[0][lat].as_deref(), Some("33.51"));
    // A query's table, nulls included.
    let table = s.list(&Filter::default(), Level::Stories, None).unwrap();
    let file = dir.path().join("stories.parquet");
    dyad_store::parquet::write_table(&table, &file).unwrap();
    let (names, rows) = dyad_store::parquet::read_rows(&file).unwrap();
    assert_eq!(names.len(), table.columns.len());
    assert_eq!(rows.len(), 4);
    let country = names.iter().position(|n| n == "country").unwrap();
    assert_eq!(rows.iter().filter(|r| r[country].is_none()).count(), 1, "the aid story has no place");
}

#[test]
fn files_of_other_programs_and_newer_schemas_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = dir.path().join("foreign.db");
    {
        let c = rusqlite::Connection::open(&foreign).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    for result in [Store::open(&foreign, MergeRule::default()).err(), Store::open_read_only(&foreign).err()] {
        match result {
            Some(StoreError::Foreign { reason, .. }) => assert!(reason.contains("another program"), "{reason}"),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
    assert!(!dir.path().join("foreign.db-wal").exists());

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a database at all, just some notes\n".repeat(200)).unwrap();
    assert!(matches!(Store::open(&text, MergeRule::default()), Err(StoreError::Foreign { .. })));
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "not a database at all, just some notes\n".repeat(200));

    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer, MergeRule::default()).unwrap());
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
    match Store::open(&newer, MergeRule::default()) {
        Err(e @ StoreError::Foreign { .. }) => assert!(e.to_string().contains("newer dyad"), "{e}"),
        other => panic!("{:?}", other.err()),
    }
    assert!(matches!(Store::open_read_only(&dir.path().join("absent.db")), Err(StoreError::Missing(_))));
}

#[test]
fn a_reader_sees_committed_batches_while_a_writer_works() {
    let (dir, mut s) = store();
    let path = dir.path().join("t.db");
    let a = doc("a", "Reuters", "2024-03-01", "One.");
    s.add(&[new(&a, vec![record("a-001-01", "2024-03-01", "ASSAULT", ("RUS", "MIL"), None, None)])]).unwrap();
    // The writer holds a transaction open with a second document in it.
    s.connection().execute_batch("BEGIN; INSERT INTO documents (id, content_hash, text, ingested_at) VALUES ('x', 'h', 'x', 'now');").unwrap();
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.counts().unwrap().documents, 1, "the open transaction is not seen");
    s.connection().execute_batch("COMMIT;").unwrap();
    assert_eq!(reader.counts().unwrap().documents, 2);
    reader.integrity_check().unwrap();
}

#[test]
fn places_and_sentences_are_kept_with_their_offsets() {
    let (_dir, mut s) = store();
    let d = doc("a", "Reuters", "2024-03-01", "Jets struck Damascus. Then they left.");
    let mut item = new(&d, vec![]);
    item.sentences = vec![(0, 21), (22, 37)];
    item.places = vec![NewPlace {
        text: "Damascus".into(),
        start: 12,
        end: 20,
        name: "Damascus".into(),
        geonameid: 170654,
        feature_code: "PPLC".into(),
        country: "SYR".into(),
        admin1: Some("Dimashq".into()),
        lat: 33.5102,
        lon: 36.29128,
    }];
    s.add(&[item]).unwrap();
    let (text, start, end): (String, i64, i64) = s.connection().query_row("SELECT text, start, end FROM places", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
    assert_eq!((text.as_str(), start, end), ("Damascus", 12, 20));
    let n: i64 = s.connection().query_row("SELECT count(*) FROM sentences WHERE doc_key = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 2);
    assert_eq!(s.counts().unwrap().places, 1);
}
