//! PETRARCH validation scoring: set equality of triples per record.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write;

use serde::Serialize;

use super::{CameoPrediction, Expectation, PetrarchGold, Triple};

/// A record whose produced triples differ from the expected ones.
#[derive(Debug, Clone, Serialize)]
pub struct PetrarchFailure {
    /// Record id.
    pub id: String,
    /// Line of the record in the gold file.
    pub line: usize,
    /// Record text.
    pub text: String,
    /// How the expectation was written.
    pub expectation: Expectation,
    /// Expected distinct triples, sorted.
    pub expected: Vec<Triple>,
    /// Produced distinct triples, sorted.
    pub produced: Vec<Triple>,
}

/// The result of scoring CAMEO predictions against PETRARCH validation records.
#[derive(Debug, Clone, Serialize)]
pub struct PetrarchReport {
    /// Records scored.
    pub total: usize,
    /// Records whose produced set equals the expected set.
    pub passed: usize,
    /// `passed / total` (0 without records).
    pub pass_rate: f64,
    /// Ids shared by several gold records (predictions name the n-th such
    /// record `<id>#<n>`; one naming the bare id counts for each).
    pub duplicate_ids: Vec<String>,
    /// Predictions whose `doc_id` matches no record.
    pub unknown_predictions: usize,
    /// Those doc ids, sorted.
    pub unknown_doc_ids: Vec<String>,
    /// Event triples the records expect (distinct per record, summed).
    pub expected_events: usize,
    /// Event triples produced for the records (distinct per record, summed).
    pub produced_events: usize,
    /// Produced triples that the same record expects.
    pub matched_events: usize,
    /// Failing records in gold order.
    pub failures: Vec<PetrarchFailure>,
}

impl PetrarchReport {
    /// Share of produced triples that are expected (1 when none produced).
    pub fn event_precision(&self) -> f64 {
        if self.produced_events == 0 {
            1.0
        } else {
            self.matched_events as f64 / self.produced_events as f64
        }
    }

    /// Share of expected triples produced (1 when none expected).
    pub fn event_recall(&self) -> f64 {
        if self.expected_events == 0 {
            1.0
        } else {
            self.matched_events as f64 / self.expected_events as f64
        }
    }
}

/// Scores predicted triples: a record passes when its set of distinct produced
/// triples equals its set of expected triples (`noevents`/`error` records and
/// records without `<EventCoding>` expect the empty set).
pub fn score_petrarch(gold: &PetrarchGold, predictions: &[CameoPrediction]) -> PetrarchReport {
    let ids: HashSet<&str> = gold.records.iter().flat_map(|r| [r.id.as_str(), r.key.as_str()]).collect();
    let mut produced: HashMap<&str, BTreeSet<Triple>> = HashMap::new();
    let mut unknown_predictions = 0;
    let mut unknown = BTreeSet::new();
    for p in predictions {
        if ids.contains(p.doc_id.as_str()) {
            produced
                .entry(p.doc_id.as_str())
                .or_default()
                .insert(p.triple.clone());
        } else {
            unknown_predictions += 1;
            unknown.insert(p.doc_id.clone());
        }
    }
    let empty = BTreeSet::new();
    let mut passed = 0;
    let mut failures = Vec::new();
    let (mut expected_events, mut produced_events, mut matched_events) = (0, 0, 0);
    for r in &gold.records {
        // A record of a shared id takes the predictions naming its key and
        // those naming the bare id.
        let merged: BTreeSet<Triple>;
        let got = if r.key == r.id {
            produced.get(r.id.as_str()).unwrap_or(&empty)
        } else {
            merged = produced.get(r.key.as_str()).into_iter().chain(produced.get(r.id.as_str())).flatten().cloned().collect();
            &merged
        };
        expected_events += r.expected.len();
        produced_events += got.len();
        matched_events += got.intersection(&r.expected).count();
        if *got == r.expected {
            passed += 1;
        } else {
            failures.push(PetrarchFailure {
                id: r.key.clone(),
                line: r.line,
                text: r.text.clone(),
                expectation: r.expectation.clone(),
                expected: r.expected.iter().cloned().collect(),
                produced: got.iter().cloned().collect(),
            });
        }
    }
    let total = gold.records.len();
    PetrarchReport {
        total,
        passed,
        pass_rate: if total == 0 {
            0.0
        } else {
            passed as f64 / total as f64
        },
        duplicate_ids: gold.duplicate_ids.clone(),
        unknown_predictions,
        unknown_doc_ids: unknown.into_iter().collect(),
        expected_events,
        produced_events,
        matched_events,
        failures,
    }
}

fn triples(list: &[Triple]) -> String {
    if list.is_empty() {
        "(none)".to_string()
    } else {
        list.iter()
            .map(|t| format!("{{{t}}}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl PetrarchReport {
    /// A report for people: passed/total and, with `failures`, each failing
    /// record with expected and produced triples.
    pub fn render_text(&self, failures: bool) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "PETRARCH validation: {}/{} records passed ({:.3})",
            self.passed, self.total, self.pass_rate
        );
        let _ = writeln!(
            s,
            "  events (source, target, code): precision {:.3} ({}/{} produced), recall {:.3} ({}/{} expected)",
            self.event_precision(),
            self.matched_events,
            self.produced_events,
            self.event_recall(),
            self.matched_events,
            self.expected_events
        );
        if !self.duplicate_ids.is_empty() {
            let _ = writeln!(
                s,
                "  ids used by several records (predictions name them <id>#<n>, the n-th such record): {}",
                self.duplicate_ids.join(", ")
            );
        }
        s.push_str(&crate::unknown_predictions_line(self.unknown_predictions, &self.unknown_doc_ids));
        if !self.failures.is_empty() {
            let ids: Vec<&str> = self.failures.iter().map(|f| f.id.as_str()).collect();
            let _ = writeln!(s, "  failing: {}", ids.join(", "));
        }
        if failures {
            for f in &self.failures {
                let _ = writeln!(s, "\n- {} (line {})", f.id, f.line);
                let _ = writeln!(s, "  text:     {}", f.text);
                let how = match &f.expectation {
                    Expectation::Events => String::new(),
                    Expectation::NoEvents => " [noevents]".to_string(),
                    Expectation::Error(e) => format!(" [error={e}]"),
                };
                let _ = writeln!(s, "  expected: {}{}", triples(&f.expected), how);
                let _ = writeln!(s, "  produced: {}", triples(&f.produced));
            }
        }
        s
    }
}
