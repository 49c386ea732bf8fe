//! End-to-end tests of storing from the command line: `dyad ingest` and
//! `dyad code --db` on the shared Guardian corpus and on small fixtures
//! (`tests/fixtures/store`): idempotency, merging reports into stories, an
//! ingest killed and resumed, files refused, the database file as a backup.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::store::*;
use common::{dyad, json_lines, shared, stderr, stdout};
use dyad_store::{Counts, Store};
use serde_json::Value;

// ---------------------------------------------------------------------
// 1. Idempotency.

#[test]
fn ingesting_twice_stores_nothing_new() {
    let Some(corpus) = shared(GUARDIAN) else { return };
    let events = guardian_events(&corpus).len() as u64;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");

    let first = ingest(&db, &corpus, &[]);
    assert!(first.contains(&format!("documents read: {GUARDIAN_DOCS}, skipped: 0, not English: 0, already stored: 0; events: {events}")), "{first}");
    assert!(first.contains(&format!("stored {GUARDIAN_DOCS} documents (0 already there, 0 not stored), {events} event reports: ")), "{first}");
    let before = counts(&db);
    let reports = query(&db, &["--reports"]);
    let stories = query(&db, &[]);
    let story_ids: BTreeSet<&str> = reports.column("story").into_iter().collect();
    assert_eq!(before.documents, GUARDIAN_DOCS);
    assert_eq!(before.events, events, "one report per event `dyad code` prints");
    assert_eq!(reports.rows.len() as u64, events);
    assert_eq!(stories.rows.len() as u64, before.stories);
    assert_eq!(story_ids.len() as u64, before.stories, "every story has a report");
    assert!(before.stories < before.events, "the corpus tells some events twice: {before:?}");
    assert!(first.contains(&format!("it holds {GUARDIAN_DOCS} documents, {events} event reports in {} stories", before.stories)), "{first}");

    let second = ingest(&db, &corpus, &[]);
    assert!(second.contains(&format!("documents read: {GUARDIAN_DOCS}, skipped: 0, not English: 0, already stored: {GUARDIAN_DOCS}; events: 0")), "{second}");
    assert!(second.contains("nothing new stored"), "{second}");
    assert_eq!(counts(&db), before);
    assert_eq!(query(&db, &["--reports"]), reports, "the reports are unchanged");
    assert_eq!(query(&db, &[]), stories, "the stories are unchanged");
}

#[test]
fn the_same_text_under_another_id_and_another_text_under_the_same_id_are_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let err = ingest(&db, SAME_TEXT, &[]);
    // Both are new to the database when read, so both are coded; the
    // second is found to be the first's text when stored.
    assert!(err.contains("documents read: 2, skipped: 0, not English: 0, already stored: 0; events: 2"), "{err}");
    assert!(err.contains("stored 1 documents (1 already there, 0 not stored), 1 event reports: 1 new stories, 0 merged"), "{err}");
    // Places: "Russian", "Ukrainian" and "Mariupol" of the one text stored.
    assert_eq!(counts(&db), Counts { documents: 1, events: 1, stories: 1, places: 3 });
    let reports = query(&db, &["--reports"]);
    assert_eq!(reports.column("doc_id"), ["wire-1"], "the first one read is kept");
    assert_eq!(reports.column("source"), ["Reuters"]);

    // Again: both are known now, one by id, one by text.
    let again = ingest(&db, SAME_TEXT, &[]);
    assert!(again.contains("already stored: 2; events: 0") && again.contains("nothing new stored"), "{again}");

    // Another text under a stored id is not stored either.
    let same_id = ingest(&db, SAME_ID, &[]);
    assert!(same_id.contains("documents read: 1, skipped: 0, not English: 0, already stored: 1; events: 0"), "{same_id}");
    assert_eq!(counts(&db), Counts { documents: 1, events: 1, stories: 1, places: 3 });
    assert_eq!(query(&db, &["--reports"]), reports);
}

// ---------------------------------------------------------------------
// 2. `dyad code --db`.

#[test]
fn code_with_a_database_prints_what_code_prints_and_stores_what_ingest_stores() {
    let Some(corpus) = shared(GUARDIAN) else { return };
    let Some(ingested) = guardian_db() else { return };
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let (plain, _) = ok(&["code", &corpus]);
    let (with_db, err) = ok(&["code", "--db", s(&db), &corpus]);
    assert_eq!(with_db, plain, "storing changes nothing printed");
    let printed = json_lines(&plain);
    assert!(err.contains(&format!("stored {GUARDIAN_DOCS} documents (0 already there, 0 not stored), {} event reports", printed.len())), "{err}");
    let c = counts(&db);
    assert_eq!((c.documents, c.events), (GUARDIAN_DOCS, printed.len() as u64));
    assert_eq!(c, counts(ingested), "`code --db` and `ingest` store the same");
    assert_eq!(query_text(&db, &[]), query_text(ingested, &[]), "the same stories");
    assert_eq!(query_text(&db, &["--reports"]), query_text(ingested, &["--reports"]), "the same reports");

    // The stored records are the printed ones, with their story added.
    let mut stored: BTreeMap<String, Value> = BTreeMap::new();
    for mut r in query_jsonl(&db, &["--reports"]) {
        let story = r.as_object_mut().unwrap().remove("story").expect("a report names its story");
        assert!(story["id"].as_i64().is_some() && story["num_reports"].as_i64().unwrap() >= 1, "{story}");
        stored.insert(r["id"].as_str().unwrap().to_string(), r);
    }
    let printed: BTreeMap<String, Value> = printed.into_iter().map(|r| (r["id"].as_str().unwrap().to_string(), r)).collect();
    assert_eq!(stored.len(), printed.len());
    assert!(stored == printed, "stored records differ from printed ones");

    // Coding again prints everything again but stores nothing new.
    let (again, err) = ok(&["code", "--db", s(&db), &corpus]);
    assert_eq!(again, plain);
    assert!(err.contains("nothing new stored"), "{err}");
    assert_eq!(counts(&db), c);
}

// ---------------------------------------------------------------------
// 3. Merging reports into stories.

/// The stories of the merge fixture as (category, actor, recipient,
/// first_date, last_date, sorted doc ids of the reports, num_documents,
/// num_sources), sorted by those ids.
type StoryView = (String, String, String, String, String, Vec<String>, i64, i64);

fn stories_of(db: &Path) -> Vec<StoryView> {
    let mut v: Vec<StoryView> = query_jsonl(db, &[])
        .iter()
        .map(|st| {
            let mut reports: Vec<String> = st["reports"].as_array().unwrap().iter().map(|r| r["doc_id"].as_str().unwrap().to_string()).collect();
            reports.sort();
            assert_eq!(st["num_reports"].as_i64().unwrap(), reports.len() as i64, "{st}");
            let text = |k: &str| st[k].as_str().unwrap().to_string();
            (text("category"), text("actor"), text("recipient"), text("first_date"), text("last_date"), reports, st["num_documents"].as_i64().unwrap(), st["num_sources"].as_i64().unwrap())
        })
        .collect();
    v.sort_by(|a, b| a.5.cmp(&b.5));
    v
}

fn story(cat: &str, actor: &str, recipient: &str, first: &str, last: &str, docs: &[&str], sources: i64) -> StoryView {
    (cat.into(), actor.into(), recipient.into(), first.into(), last.into(), docs.iter().map(|d| d.to_string()).collect(), docs.len() as i64, sources)
}

#[test]
fn reports_of_one_event_from_two_sources_merge_into_one_story() {
    // What the coder makes of the fixture, which the merge relies on.
    let events = json_lines(&ok(&["code", MERGE]).0);
    let key = |e: &Value| {
        let p = |role: &str| e[role].as_array().unwrap().iter().map(|p| format!("{}/{}", p["code"].as_str().unwrap_or(""), p["sector"].as_str().unwrap_or(""))).collect::<Vec<_>>().join("+");
        format!("{} {} {} {} {}", e["doc_id"].as_str().unwrap(), e["event"][0].as_str().unwrap(), p("actor"), p("recipient"), e["event_loc"]["extracted_place"].as_str().unwrap_or("-"))
    };
    let keys: Vec<String> = events.iter().map(key).collect();
    assert_eq!(
        keys,
        [
            "m1 ASSAULT RUS/MIL UKR/MIL Mariupol",
            "m2 ASSAULT RUS/MIL UKR/MIL Mariupol",
            "m3 ASSAULT RUS/MIL UKR/MIL Mariupol",
            "m4 ASSAULT RUS/MIL MDA/MIL Mariupol",
            "m6 ASSAULT RUS/MIL UKR/MIL Kharkiv",
            "c1 CONSULT DEU/GOV+FRA/GOV  Berlin",
            "c2 CONSULT DEU/GOV+FRA/GOV  Berlin",
        ]
    );
    assert!(events.iter().all(|e| e["mode"].as_array().unwrap().is_empty()));

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let err = ingest(&db, MERGE, &[]);
    assert!(err.contains("stored 7 documents (0 already there, 0 not stored), 7 event reports: 5 new stories, 2 merged into stories already told"), "{err}");
    // Sorted by their documents' ids.
    assert_eq!(
        stories_of(&db),
        [
            // Two documents of one source: one story of one source.
            story("CONSULT", "DEU/GOV+FRA/GOV", "", "2019-03-04", "2019-03-05", &["c1", "c2"], 1),
            // Reuters on the 4th and AP on the 5th, in other words: one event.
            story("ASSAULT", "RUS/MIL", "UKR/MIL", "2019-03-04", "2019-03-05", &["m1", "m2"], 2),
            // The same parties three days after the last report: another event.
            story("ASSAULT", "RUS/MIL", "UKR/MIL", "2019-03-08", "2019-03-08", &["m3"], 1),
            // Another recipient, the same day and place.
            story("ASSAULT", "RUS/MIL", "MDA/MIL", "2019-03-04", "2019-03-04", &["m4"], 1),
            // The same day far from Mariupol (Kharkiv, some 330 km).
            story("ASSAULT", "RUS/MIL", "UKR/MIL", "2019-03-04", "2019-03-04", &["m6"], 1),
        ]
    );
    let merged = query_jsonl(&db, &["--min-sources", "2"]);
    assert_eq!(merged.len(), 1);
    let sources: Vec<&str> = merged[0]["reports"].as_array().unwrap().iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["Reuters", "AP"]);
    assert_eq!(query(&db, &["--min-sources", "2", "--reports"]).column("doc_id"), ["m1", "m2"]);

    // The merge options move the limits.
    let same_day = dir.path().join("d0.db");
    ingest(&same_day, MERGE, &["--merge-days", "0"]);
    assert_eq!(counts(&same_day).stories, 7, "nothing merges across days");
    let wide = dir.path().join("d4.db");
    ingest(&wide, MERGE, &["--merge-days", "4"]);
    assert_eq!(stories_of(&wide)[1], story("ASSAULT", "RUS/MIL", "UKR/MIL", "2019-03-04", "2019-03-08", &["m1", "m2", "m3"], 3));
    assert_eq!(counts(&wide).stories, 4);
    let far = dir.path().join("k500.db");
    ingest(&far, MERGE, &["--merge-km", "500"]);
    assert_eq!(stories_of(&far)[1], story("ASSAULT", "RUS/MIL", "UKR/MIL", "2019-03-04", "2019-03-05", &["m1", "m2", "m6"], 3));
    assert_eq!(counts(&far).stories, 4);
}

// ---------------------------------------------------------------------
// 7 and 8. Killed and resumed; read while written.

/// `copies` copies of the corpus with ids `<id>-r<k>` and a last sentence
/// `Copy k.` (so every copy's text, and content hash, differs); the ids in
/// file order.
fn repeat_corpus(corpus: &str, copies: usize, out: &Path) -> Vec<String> {
    let docs: Vec<Value> = std::fs::read_to_string(corpus).unwrap().lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut text = String::new();
    let mut ids = Vec::new();
    for k in 0..copies {
        for d in &docs {
            let mut c = d.clone();
            let id = format!("{}-r{k}", d["id"].as_str().unwrap());
            c["id"] = Value::from(id.clone());
            c["text"] = Value::from(format!("{} Copy {k}.", d["text"].as_str().unwrap().trim_end()));
            text.push_str(&c.to_string());
            text.push('\n');
            ids.push(id);
        }
    }
    std::fs::write(out, text).unwrap();
    ids
}

fn spawn_ingest(db: &Path, input: &Path, stderr: Stdio) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["ingest", "--db", s(db), s(input)])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .expect("start dyad ingest")
}

/// The database's counts, or None while it cannot be read yet.
fn try_counts(db: &Path) -> Option<Counts> {
    Store::open_read_only(db).ok()?.counts().ok()
}

#[test]
fn an_ingest_killed_midway_resumes_without_duplicates_or_losses_and_can_be_read_meanwhile() {
    const COPIES: usize = 12;
    let Some(corpus) = shared(GUARDIAN) else { return };
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.jsonl");
    let ids = repeat_corpus(&corpus, COPIES, &big);
    let total = ids.len() as u64;
    assert_eq!(total, COPIES as u64 * GUARDIAN_DOCS);

    // The reference: the same file ingested without interruption (run
    // meanwhile, in a process of its own).
    let fresh = dir.path().join("fresh.db");
    let reference = spawn_ingest(&fresh, &big, Stdio::piped());

    let db = dir.path().join("killed.db");
    let mut child = spawn_ingest(&db, &big, Stdio::null());
    let deadline = Instant::now() + Duration::from_secs(300);
    let started = loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the ingest ended ({status}) before it could be killed: make the input bigger");
        }
        if let Some(c) = try_counts(&db) {
            if c.documents > 0 {
                break c;
            }
        }
        assert!(Instant::now() < deadline, "nothing stored after 300 s");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(started.documents < total);

    // 8. Another process reads while this one writes.
    let read = dyad(&["query", "--db", s(&db), "--format", "csv"]);
    assert!(read.status.success(), "a query during an ingest: {}", stderr(&read));
    let listed = Csv::parse(&stdout(&read));
    assert!(!listed.rows.is_empty(), "the query sees the stored batches");
    let read_reports = dyad(&["query", "--db", s(&db), "--format", "csv", "--reports", "--count-by", "year"]);
    assert!(read_reports.status.success(), "{}", stderr(&read_reports));
    assert!(child.try_wait().unwrap().is_none(), "the ingest finished while read: make the input bigger");

    child.kill().unwrap();
    let status = child.wait().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "killed, not finished: {status:?}");
    }
    assert!(!status.success());

    let store = Store::open_read_only(&db).unwrap();
    store.integrity_check().unwrap();
    let killed = store.counts().unwrap();
    assert!(killed.documents >= started.documents && killed.documents < total, "{killed:?}");
    eprintln!("killed with {} of {total} documents stored ({} when first seen)", killed.documents, started.documents);
    assert!(listed.rows.len() as u64 <= killed.stories);
    // What is stored is whole documents, the first ones read.
    let stored: Vec<String> = {
        let mut stmt = store.connection().prepare("SELECT id FROM documents ORDER BY doc_key").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    };
    assert_eq!(stored, ids[..stored.len()].to_vec(), "documents are stored in the order read");
    let per_doc: HashMap<String, u64> = guardian_events(&corpus).iter().fold(HashMap::new(), |mut m, e| {
        *m.entry(e["doc_id"].as_str().unwrap().to_string()).or_default() += 1;
        m
    });
    let base = |id: &str| id.rsplit_once("-r").unwrap().0.to_string();
    let want_events: u64 = stored.iter().map(|id| per_doc.get(&base(id)).copied().unwrap_or(0)).sum();
    assert_eq!(killed.events, want_events, "each stored document has all its events, and no other document any");
    drop(store);

    let resumed = ingest(&db, s(&big), &[]);
    assert!(resumed.contains(&format!("documents read: {total}, skipped: 0, not English: 0, already stored: {}", killed.documents)), "{resumed}");
    assert!(resumed.contains(&format!("stored {} documents (0 already there, 0 not stored)", total - killed.documents)), "{resumed}");

    let reference = reference.wait_with_output().unwrap();
    assert!(reference.status.success(), "{}", stderr(&reference));
    let want = counts(&fresh);
    assert_eq!(want.documents, total);
    assert_eq!(want.events, COPIES as u64 * per_doc.values().sum::<u64>(), "every copy codes as the original");
    let got = counts(&db);
    assert_eq!(got, want, "resumed and uninterrupted ingests store the same");
    Store::open_read_only(&db).unwrap().integrity_check().unwrap();
    assert!(query_text(&db, &[]) == query_text(&fresh, &[]), "the same stories");
    assert!(query_text(&db, &["--reports"]) == query_text(&fresh, &["--reports"]), "the same reports");
}

// ---------------------------------------------------------------------
// 9. Refusing files that are not dyad databases.

/// The bytes of `path` and of the SQLite files beside it (None for none).
fn snapshot(path: &Path) -> Vec<Option<Vec<u8>>> {
    ["", "-wal", "-shm", "-journal"].iter().map(|suffix| std::fs::read(format!("{}{suffix}", path.display())).ok()).collect()
}

/// Every command that opens a database refuses `db` with exit code 2 and a
/// message containing `why`, and leaves it as it was, with no file made
/// beside it.
fn assert_refused(db: &Path, why: &str) {
    let before = snapshot(db);
    let export = tempfile::tempdir().unwrap();
    for args in [
        vec!["ingest", "--db", s(db), MERGE],
        vec!["code", "--db", s(db), MERGE],
        vec!["query", "--db", s(db)],
        vec!["query", "--db", s(db), "--count-by", "day"],
        vec!["export", "--db", s(db), "--out", s(export.path())],
    ] {
        let out = dyad(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("refused") && err.contains(why), "{args:?}: {err}");
        assert!(err.contains(s(db)), "{args:?} names the file: {err}");
        assert_eq!(stdout(&out), "", "{args:?}");
        assert!(snapshot(db) == before, "{args:?} changed {} or made files beside it", db.display());
    }
    assert_eq!(std::fs::read_dir(export.path()).unwrap().count(), 0, "nothing exported");
}

#[test]
fn files_of_other_programs_and_of_newer_dyads_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();

    let other = dir.path().join("other.sqlite");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (42);").unwrap();
    }
    assert_refused(&other, "another program");

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "These are my notes, not a database.\n").unwrap();
    assert_refused(&text, "not an SQLite database");
    assert_eq!(std::fs::read_to_string(&text).unwrap(), "These are my notes, not a database.\n");

    let newer = dir.path().join("newer.db");
    ingest(&newer, MERGE, &[]);
    {
        let conn = rusqlite::Connection::open(&newer).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    assert_eq!(snapshot(&newer)[1..], [None, None, None], "the WAL was checkpointed when rusqlite closed");
    assert_refused(&newer, "newer");
    let conn = rusqlite::Connection::open(&newer).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM documents", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 7, "the newer database keeps its data");
}

// ---------------------------------------------------------------------
// A copy of the database file is a backup.

#[test]
fn after_an_ingest_the_database_file_alone_holds_everything() {
    let dir = tempfile::tempdir().unwrap();
    for command in ["code", "ingest"] {
        let db = dir.path().join(format!("{command}.db"));
        let out = dyad(&[command, "--db", s(&db), MERGE]);
        assert!(out.status.success(), "{}", stderr(&out));
        let copy = dir.path().join(format!("{command}-copy.db"));
        std::fs::copy(&db, &copy).unwrap();
        let copied = Store::open_read_only(&copy).map_err(|e| e.to_string()).and_then(|st| st.counts().map_err(|e| e.to_string()));
        assert_eq!(copied, Ok(counts(&db)), "dyad {command}: a copy of {} alone", db.display());
    }
}
