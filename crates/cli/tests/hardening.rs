//! The command line under hostile or mistaken use: a bad document costs
//! itself only, the summary is always printed, and mistakes in options are
//! usage errors that say what was expected.

mod common;

use common::{dyad, stderr, stdout};

const STORY: &str = "Russian troops shelled Ukrainian positions near Donetsk on Monday, officials said.\n";

#[test]
fn a_deeply_nested_page_in_a_batch_costs_only_itself() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        std::fs::write(dir.path().join(format!("{i:02}-story.txt")), STORY).unwrap();
    }
    // Sorted between the stories: 10,000 unclosed <div><span> once aborted
    // the process and lost the output already coded.
    let deep = format!("<html><body>{}{STORY}", "<div><span>".repeat(10_000));
    std::fs::write(dir.path().join("20-deep.html"), deep).unwrap();
    let out = dyad(&["code", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 40, "one event per story");
    let err = stderr(&out);
    assert!(err.contains("20-deep.html: HTML nested deeper than 256 levels"), "{err}");
    assert!(err.trim_end().ends_with("dyad: documents read: 40, skipped: 1, not English: 0; events: 40"), "{err}");
}

#[test]
fn jobs_zero_is_a_usage_error() {
    for cmd in ["code", "bench"] {
        let out = dyad(&[cmd, "--jobs", "0", "examples/defence-ministers.txt"]);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        assert!(stderr(&out).contains("must be at least 1"), "{}", stderr(&out));
    }
}

#[test]
fn a_dictionary_directory_without_dictionaries_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a dictionary").unwrap();
    let out = dyad(&["code", "--dictionaries", dir.path().to_str().unwrap(), "examples/defence-ministers.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("no dictionary files (*.tsv) here; expected any of:"), "{err}");
    assert!(err.contains("countries.tsv") && err.contains("events/"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn a_directory_walk_leaves_out_readmes() {
    // examples/ holds the article and a README.md about it.
    let out = dyad(&["code", "examples/"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).lines().all(|l| l.contains("\"doc_id\":\"examples/defence-ministers.txt\"")));
    assert!(stderr(&out).contains("documents read: 1, skipped: 0"), "{}", stderr(&out));
}

#[test]
fn the_language_option_decides_for_documents_that_declare_none() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("h.txt");
    std::fs::write(&file, "Georgian police detained 12 protesters.\n").unwrap();
    let file = file.to_str().unwrap();
    let out = dyad(&["code", file]);
    assert!(stderr(&out).contains("not English: 0; events: 1"), "{}", stderr(&out));
    let out = dyad(&["code", "--language", "de", file]);
    assert!(stderr(&out).contains("not coded (language de)"), "{}", stderr(&out));
    let out = dyad(&["code", "--language", "german", file]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not an ISO 639-1 language code"), "{}", stderr(&out));
}

#[test]
fn a_document_with_thousands_of_events_merges_repeats_into_one_event_each() {
    // Found by fuzzing: merging repeated events compared each event with all
    // kept ones (40 countries x 6 verbs took 5 s). Here every sentence is told
    // twice; each distinct event must come out once with both sentences.
    let countries = ["Russia", "Ukraine", "China", "Iran", "Israel", "Egypt", "Turkey", "Syria", "Japan", "France", "Germany", "India"];
    let verbs = ["accused", "attacked", "praised"];
    let mut sentences = Vec::new();
    for a in countries {
        for b in countries.iter().filter(|b| **b != a) {
            for v in verbs {
                sentences.push(format!("{a} {v} {b}."));
            }
        }
    }
    let told_twice = format!("{} {}", sentences.join(" "), sentences.join(" "));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many-events.txt");
    std::fs::write(&path, told_twice).unwrap();
    let out = dyad(&["code", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let events: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let n = sentences.len();
    assert_eq!(events.len(), n, "one event per distinct sentence");
    let mut keys = std::collections::HashSet::new();
    for e in &events {
        let key = (e["event"].to_string(), e["actor"][0]["code"].to_string(), e["recipient"][0]["code"].to_string());
        assert!(keys.insert(key), "the same event twice: {e}");
    }
    // Each event was told in sentence i and again in sentence n + i (1-based in the output).
    for e in &events {
        let told: Vec<u64> = e["evidence"]["sentences"].as_array().unwrap().iter().map(|s| s.as_u64().unwrap()).collect();
        assert_eq!(told.len(), 2, "{e}");
        assert_eq!(told[1], told[0] + n as u64, "{e}");
    }
}
