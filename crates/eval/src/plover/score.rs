//! PLOVER metrics: per gold record type / actor / full matches, precision over
//! predicted events, per-category figures and a confusion table.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use dyad_ontology::Category;
use serde::Serialize;

use super::{Entity, PloverGold, PloverPrediction, SkippedRecord};
use crate::codes::{any_match, normalize_all};

/// Categories PLOVER may code in reciprocal form: every party as actor, no
/// recipient.
const RECIPROCAL: [Category; 3] = [Category::Consult, Category::Agree, Category::Cooperate];

/// Scores for one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryScore {
    /// The category.
    pub category: Category,
    /// Gold records of this category.
    pub gold: usize,
    /// Of those, records where the category was predicted.
    pub type_hits: usize,
    /// `type_hits / gold`; `None` without gold records of this category.
    pub recall: Option<f64>,
    /// Predicted events of this category (for known gold ids).
    pub predicted: usize,
    /// Of those, events whose record's gold category is this one.
    pub correct: usize,
    /// `correct / predicted`; `None` when the category was never predicted.
    pub precision: Option<f64>,
}

/// One row of the confusion table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfusionRow {
    /// Gold category of the row.
    pub gold: Category,
    /// For each predicted category: the number of gold records of this row's
    /// category in which it was predicted (each record counts a category once).
    pub predicted: BTreeMap<Category, usize>,
    /// Gold records of this category with no prediction at all.
    pub none: usize,
}

/// A gold record that did not get a full match, with what was predicted.
#[derive(Debug, Clone, Serialize)]
pub struct PloverMiss {
    /// Gold record id.
    pub id: String,
    /// Gold text.
    pub text: String,
    /// Gold category (current name).
    pub category: Category,
    /// Gold category as written in the gold file.
    pub event_name: String,
    /// Gold sources.
    pub sources: Vec<Entity>,
    /// Gold targets.
    pub targets: Vec<Entity>,
    /// Whether the category was predicted.
    pub type_hit: bool,
    /// Whether the category was predicted with a matching actor.
    pub actor_hit: bool,
    /// Everything predicted for this record.
    pub predicted: Vec<PloverPrediction>,
}

/// The result of scoring PLOVER predictions against a gold standard.
///
/// Type, actor and full are averaged over scored gold records (0 when there are
/// none). Precision is the share of predicted events for known gold ids whose
/// category is their record's gold category, and is defined as 0 when nothing
/// was predicted, so an empty prediction scores 0 everywhere.
#[derive(Debug, Clone, Serialize)]
pub struct PloverReport {
    /// Gold records scored.
    pub gold_records: usize,
    /// Gold records left out, with reasons.
    pub skipped_gold: Vec<SkippedRecord>,
    /// Records where the gold category was predicted.
    pub type_hits: usize,
    /// Records where it was predicted with a matching actor.
    pub actor_hits: usize,
    /// Records where actor and recipient (if any) also match.
    pub full_hits: usize,
    /// `type_hits / gold_records`.
    pub type_score: f64,
    /// `actor_hits / gold_records`.
    pub actor_score: f64,
    /// `full_hits / gold_records`.
    pub full_score: f64,
    /// Predicted events for known gold ids (one per category of each event).
    pub predicted_events: usize,
    /// Of those, events with their record's gold category.
    pub correct_events: usize,
    /// `correct_events / predicted_events`, 0 when nothing was predicted.
    pub precision: f64,
    /// Predictions (lines/events) whose `doc_id` is not a scored gold record.
    pub unknown_predictions: usize,
    /// Those unknown doc ids, sorted.
    pub unknown_doc_ids: Vec<String>,
    /// Per-category figures, in PLOVER order, for categories seen on either side.
    pub per_category: Vec<CategoryScore>,
    /// Gold category × predicted category, for gold categories present.
    pub confusion: Vec<ConfusionRow>,
    /// Gold records without a full match, in gold order.
    pub misses: Vec<PloverMiss>,
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Outcome for one gold record: (type, actor, full).
fn judge(
    category: Category,
    sources: &[String],
    targets: &[String],
    preds: &[&PloverPrediction],
) -> (bool, bool, bool) {
    let (mut type_hit, mut actor_hit, mut full_hit) = (false, false, false);
    for p in preds.iter().filter(|p| p.events.contains(&category)) {
        type_hit = true;
        let actors = normalize_all(p.actor_codes.iter().map(String::as_str));
        let recipients = normalize_all(p.recipient_codes.iter().map(String::as_str));
        if targets.is_empty() {
            // One-sided or reciprocal gold: its parties may sit on either side.
            let parties: Vec<String> = actors.iter().chain(&recipients).cloned().collect();
            if any_match(sources, &parties) {
                actor_hit = true;
                full_hit = true;
            }
            continue;
        }
        if any_match(sources, &actors) {
            actor_hit = true;
            if any_match(targets, &recipients) {
                full_hit = true;
            }
        }
        if RECIPROCAL.contains(&category)
            && recipients.is_empty()
            && any_match(sources, &actors)
            && any_match(targets, &actors)
        {
            full_hit = true;
        }
    }
    (type_hit, actor_hit, full_hit)
}

/// Scores predictions against PLOVER gold (see [`PloverReport`] for the metrics).
pub fn score_plover(gold: &PloverGold, predictions: &[PloverPrediction]) -> PloverReport {
    let gold_by_id: HashMap<&str, Category> = gold
        .records
        .iter()
        .map(|r| (r.id.as_str(), r.category))
        .collect();
    let mut by_doc: HashMap<&str, Vec<&PloverPrediction>> = HashMap::new();
    let mut unknown_predictions = 0;
    let mut unknown_ids = BTreeSet::new();
    let mut predicted_count: BTreeMap<Category, usize> = BTreeMap::new();
    let mut correct_count: BTreeMap<Category, usize> = BTreeMap::new();
    let (mut predicted_events, mut correct_events) = (0, 0);
    for p in predictions {
        let Some(&gold_cat) = gold_by_id.get(p.doc_id.as_str()) else {
            unknown_predictions += 1;
            unknown_ids.insert(p.doc_id.clone());
            continue;
        };
        by_doc.entry(p.doc_id.as_str()).or_default().push(p);
        for &c in &p.events {
            predicted_events += 1;
            *predicted_count.entry(c).or_default() += 1;
            if c == gold_cat {
                correct_events += 1;
                *correct_count.entry(c).or_default() += 1;
            }
        }
    }

    let (mut type_hits, mut actor_hits, mut full_hits) = (0, 0, 0);
    let mut gold_count: BTreeMap<Category, usize> = BTreeMap::new();
    let mut type_count: BTreeMap<Category, usize> = BTreeMap::new();
    let mut confusion: BTreeMap<Category, ConfusionRow> = BTreeMap::new();
    let mut misses = Vec::new();
    for record in &gold.records {
        let preds = by_doc.get(record.id.as_str()).cloned().unwrap_or_default();
        let sources = normalize_all(record.sources.iter().map(|e| e.code.as_str()));
        let targets = normalize_all(record.targets.iter().map(|e| e.code.as_str()));
        let (t, a, f) = judge(record.category, &sources, &targets, &preds);
        type_hits += t as usize;
        actor_hits += a as usize;
        full_hits += f as usize;
        *gold_count.entry(record.category).or_default() += 1;
        *type_count.entry(record.category).or_default() += t as usize;

        let row = confusion.entry(record.category).or_insert(ConfusionRow {
            gold: record.category,
            predicted: BTreeMap::new(),
            none: 0,
        });
        let seen: BTreeSet<Category> = preds
            .iter()
            .flat_map(|p| p.events.iter().copied())
            .collect();
        if seen.is_empty() {
            row.none += 1;
        }
        for c in seen {
            *row.predicted.entry(c).or_default() += 1;
        }

        if !f {
            misses.push(PloverMiss {
                id: record.id.clone(),
                text: record.text.clone(),
                category: record.category,
                event_name: record.event_name.clone(),
                sources: record.sources.clone(),
                targets: record.targets.clone(),
                type_hit: t,
                actor_hit: a,
                predicted: preds.iter().map(|p| (*p).clone()).collect(),
            });
        }
    }

    let per_category = Category::ALL
        .iter()
        .filter(|c| gold_count.contains_key(c) || predicted_count.contains_key(c))
        .map(|&c| {
            let g = gold_count.get(&c).copied().unwrap_or(0);
            let th = type_count.get(&c).copied().unwrap_or(0);
            let p = predicted_count.get(&c).copied().unwrap_or(0);
            let k = correct_count.get(&c).copied().unwrap_or(0);
            CategoryScore {
                category: c,
                gold: g,
                type_hits: th,
                recall: (g > 0).then(|| ratio(th, g)),
                predicted: p,
                correct: k,
                precision: (p > 0).then(|| ratio(k, p)),
            }
        })
        .collect();

    let n = gold.records.len();
    PloverReport {
        gold_records: n,
        skipped_gold: gold.skipped.clone(),
        type_hits,
        actor_hits,
        full_hits,
        type_score: ratio(type_hits, n),
        actor_score: ratio(actor_hits, n),
        full_score: ratio(full_hits, n),
        predicted_events,
        correct_events,
        precision: ratio(correct_events, predicted_events),
        unknown_predictions,
        unknown_doc_ids: unknown_ids.into_iter().collect(),
        per_category,
        confusion: confusion.into_values().collect(),
        misses,
    }
}
