//! Plain-text rendering of a [`PloverReport`] for people.

use std::collections::BTreeSet;
use std::fmt::Write;

use dyad_ontology::Category;

use super::{describe_entities, PloverReport};

/// Four-letter column heading for the confusion table (unique across PLOVER).
fn abbrev(c: Category) -> String {
    c.as_str().chars().take(4).collect()
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| format!("{x:.3}"))
        .unwrap_or_else(|| "-".to_string())
}

fn codes(codes: &[String]) -> String {
    if codes.is_empty() {
        "-".to_string()
    } else {
        codes.join(", ")
    }
}

impl PloverReport {
    /// A report for people: headline figures, per-category table, confusion
    /// table and, with `failures`, every gold record without a full match.
    pub fn render_text(&self, failures: bool) -> String {
        let mut s = String::new();
        let n = self.gold_records;
        let _ = writeln!(s, "PLOVER evaluation: {n} gold records");
        if !self.skipped_gold.is_empty() {
            let _ = writeln!(s, "  skipped {} gold records:", self.skipped_gold.len());
            for k in &self.skipped_gold {
                let id = k.id.as_deref().unwrap_or("?");
                let _ = writeln!(s, "    line {} {}: {}", k.line, id, k.reason);
            }
        }
        let _ = writeln!(
            s,
            "  type       {:.3}  ({}/{n})",
            self.type_score, self.type_hits
        );
        let _ = writeln!(
            s,
            "  actor      {:.3}  ({}/{n})",
            self.actor_score, self.actor_hits
        );
        let _ = writeln!(
            s,
            "  full       {:.3}  ({}/{n})",
            self.full_score, self.full_hits
        );
        let _ = writeln!(
            s,
            "  precision  {:.3}  ({}/{} predicted events)",
            self.precision, self.correct_events, self.predicted_events
        );
        s.push_str(&crate::unknown_predictions_line(self.unknown_predictions, &self.unknown_doc_ids));

        let _ = writeln!(s, "\nPer category:");
        let _ = writeln!(
            s,
            "  {:<10} {:>5} {:>7} {:>9} {:>10}",
            "category", "gold", "recall", "predicted", "precision"
        );
        for c in &self.per_category {
            let _ = writeln!(
                s,
                "  {:<10} {:>5} {:>7} {:>9} {:>10}",
                c.category.as_str(),
                c.gold,
                opt(c.recall),
                c.predicted,
                opt(c.precision)
            );
        }

        let columns: BTreeSet<Category> = self
            .confusion
            .iter()
            .flat_map(|r| r.predicted.keys().copied())
            .collect();
        let _ = writeln!(
            s,
            "\nConfusion (rows: gold; columns: predicted, records counted once per category):"
        );
        let _ = write!(s, "  {:<10}", "");
        for c in &columns {
            let _ = write!(s, " {:>5}", abbrev(*c));
        }
        let _ = writeln!(s, " {:>5}", "none");
        for row in &self.confusion {
            let _ = write!(s, "  {:<10}", row.gold.as_str());
            for c in &columns {
                let v = row.predicted.get(c).copied().unwrap_or(0);
                let cell = if v == 0 {
                    ".".to_string()
                } else {
                    v.to_string()
                };
                let _ = write!(s, " {cell:>5}");
            }
            let _ = writeln!(s, " {:>5}", row.none);
        }

        if failures {
            let _ = writeln!(
                s,
                "\nMisses ({} records without a full match):",
                self.misses.len()
            );
            for m in &self.misses {
                let level = if !m.type_hit {
                    "category missed"
                } else if !m.actor_hit {
                    "actor missed"
                } else {
                    "recipient missed"
                };
                let _ = writeln!(s, "\n- {} [{}]", m.id, level);
                let _ = writeln!(s, "  text:    {}", m.text.trim());
                let legacy = if m.event_name.eq_ignore_ascii_case(m.category.as_str()) {
                    String::new()
                } else {
                    format!(" (gold wrote {})", m.event_name)
                };
                let _ = writeln!(
                    s,
                    "  gold:    {}{}  source: {}  target: {}",
                    m.category.as_str(),
                    legacy,
                    describe_entities(&m.sources),
                    describe_entities(&m.targets)
                );
                if m.predicted.is_empty() {
                    let _ = writeln!(s, "  predicted: nothing");
                }
                for p in &m.predicted {
                    let cats: Vec<&str> = p.events.iter().map(|c| c.as_str()).collect();
                    let _ = writeln!(
                        s,
                        "  predicted: {}  actor: {}  recipient: {}",
                        cats.join("+"),
                        codes(&p.actor_codes),
                        codes(&p.recipient_codes)
                    );
                    if let Some(ev) = &p.evidence {
                        let _ = writeln!(s, "    evidence: {ev}");
                    }
                }
            }
        }
        s
    }
}
