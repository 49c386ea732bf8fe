//! Scoring place recognition and resolution against toponym gold (the
//! TR-News layout: `{id, text, toponyms: [{start, end, phrase, lat, lon,
//! geonameid, country}]}` per line), as geoparsers are scored:
//!
//! - **recall**: gold toponyms with a predicted place whose character span
//!   overlaps theirs (each prediction used once);
//! - **precision**: predicted places that overlap a gold toponym;
//! - among the found: **Acc@161** (within 161 km of the gold coordinates;
//!   toponyms without gold coordinates left out), **exact** (same GeoNames
//!   id) and **country** (same country; toponyms without a gold country,
//!   such as continents, left out).

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::EvalError;

/// One gold toponym.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldToponym {
    /// Character offset of its first character.
    pub start: usize,
    /// Character offset just past it.
    pub end: usize,
    /// The words.
    pub phrase: String,
    /// Latitude, if resolved.
    pub lat: Option<f64>,
    /// Longitude, if resolved.
    pub lon: Option<f64>,
    /// GeoNames id, if resolved.
    #[serde(default, deserialize_with = "id_string")]
    pub geonameid: Option<String>,
    /// Country name (GeoNames' English name), if any.
    pub country: Option<String>,
}

fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<serde_json::Value>::deserialize(d)?;
    Ok(match v {
        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

/// One gold document.
#[derive(Debug, Clone, Deserialize)]
pub struct GeoGoldDoc {
    /// Document id.
    pub id: String,
    /// The text the offsets refer to.
    pub text: String,
    /// Its toponyms.
    pub toponyms: Vec<GoldToponym>,
}

/// One predicted place (as `dyad extract --places` writes it).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PredictedPlace {
    /// Character offset of its first character.
    pub start: usize,
    /// Character offset just past it.
    pub end: usize,
    /// The words.
    pub text: String,
    /// GeoNames id (0: none).
    #[serde(default)]
    pub geonameid: u64,
    /// ISO-3 country code.
    #[serde(default)]
    pub country_code: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

#[derive(Deserialize)]
struct PredDoc {
    id: String,
    #[serde(default)]
    places: Vec<PredictedPlace>,
}

/// The figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GeoReport {
    /// Gold documents.
    pub documents: usize,
    /// Gold toponyms.
    pub gold: usize,
    /// Predicted places.
    pub predicted: usize,
    /// Gold toponyms found.
    pub found: usize,
    /// found / gold.
    pub recall: f64,
    /// Predictions that are gold toponyms / predicted.
    pub precision: f64,
    /// Found toponyms with gold coordinates.
    pub found_with_coordinates: usize,
    /// Share of those within 161 km.
    pub acc161: f64,
    /// Share of found toponyms with a gold id resolved to that id.
    pub exact: f64,
    /// Share of found toponyms with a gold country resolved into it.
    pub country: f64,
    /// Mean error in km over found toponyms with coordinates.
    pub mean_km: f64,
    /// Misses, false places and far resolutions, for `--failures`.
    #[serde(skip)]
    pub failures: Vec<String>,
}

/// Great-circle distance in km (the one dyad's gazetteer uses).
pub use dyad_core::great_circle_km as haversine_km;

/// Reads toponym gold, one JSON object a line; errors name the line.
pub fn load_geo_gold(path: &Path) -> Result<Vec<GeoGoldDoc>, EvalError> {
    crate::jsonscan::read_json_lines(path)
}

/// Reads predictions (`dyad extract --places` output): places by document id.
pub fn load_geo_predictions(path: &Path) -> Result<HashMap<String, Vec<PredictedPlace>>, EvalError> {
    let docs: Vec<PredDoc> = crate::jsonscan::read_json_lines(path)?;
    Ok(docs.into_iter().map(|d| (d.id, d.places)).collect())
}

/// Scores predictions against gold. `country_name` turns a predicted ISO-3
/// code into the country's GeoNames name (what the gold gives).
pub fn score_geo(gold: &[GeoGoldDoc], preds: &HashMap<String, Vec<PredictedPlace>>, country_name: &dyn Fn(&str) -> Option<String>) -> GeoReport {
    let mut r = GeoReport { documents: gold.len(), ..GeoReport::default() };
    let (mut within, mut exact, mut exact_n, mut country, mut country_n, mut km_sum) = (0usize, 0usize, 0usize, 0usize, 0usize, 0f64);
    let mut matched_preds = 0usize;
    let empty = Vec::new();
    for doc in gold {
        let ps = preds.get(&doc.id).unwrap_or(&empty);
        r.gold += doc.toponyms.len();
        r.predicted += ps.len();
        let mut used = vec![false; ps.len()];
        for t in &doc.toponyms {
            let hit = ps.iter().enumerate().find(|(k, p)| !used[*k] && p.start < t.end && t.start < p.end);
            let Some((k, p)) = hit else {
                r.failures.push(format!("{}\tmissed\t{}\t@{}", doc.id, t.phrase, t.start));
                continue;
            };
            used[k] = true;
            r.found += 1;
            if let (Some(lat), Some(lon)) = (t.lat, t.lon) {
                r.found_with_coordinates += 1;
                let d = haversine_km(lat, lon, p.lat, p.lon);
                km_sum += d;
                if d <= 161.0 {
                    within += 1;
                } else {
                    r.failures.push(format!("{}\tfar\t{}\t@{}\t{:.0} km\tgold {}\tpred {} {}", doc.id, t.phrase, t.start, d, t.geonameid.as_deref().unwrap_or("-"), p.geonameid, p.country_code));
                }
            }
            if let Some(id) = &t.geonameid {
                exact_n += 1;
                if *id == p.geonameid.to_string() {
                    exact += 1;
                }
            }
            if let Some(c) = &t.country {
                country_n += 1;
                if country_name(&p.country_code).as_deref() == Some(c.as_str()) {
                    country += 1;
                } else {
                    r.failures.push(format!("{}\tcountry\t{}\t@{}\tgold {}\tpred {}", doc.id, t.phrase, t.start, c, p.country_code));
                }
            }
        }
        for (k, p) in ps.iter().enumerate() {
            if used[k] {
                matched_preds += 1;
            } else if doc.toponyms.iter().any(|t| p.start < t.end && t.start < p.end) {
                // Overlaps a toponym another prediction took: not a false place.
                matched_preds += 1;
            } else {
                r.failures.push(format!("{}\tfalse\t{}\t@{}\t{} {}", doc.id, p.text, p.start, p.geonameid, p.country_code));
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    r.recall = ratio(r.found, r.gold);
    r.precision = ratio(matched_preds, r.predicted);
    r.acc161 = ratio(within, r.found_with_coordinates);
    r.exact = ratio(exact, exact_n);
    r.country = ratio(country, country_n);
    r.mean_km = if r.found_with_coordinates == 0 { 0.0 } else { km_sum / r.found_with_coordinates as f64 };
    r
}

impl GeoReport {
    /// The figures as text (with `failures`, every miss, false place and
    /// far resolution after them).
    pub fn render_text(&self, failures: bool) -> String {
        let mut s = format!(
            "documents {}\ngold toponyms {}\npredicted places {}\nfound {}\nrecall {:.3}\nprecision {:.3}\namong found: within 161 km {:.3} (of {} with coordinates), exact id {:.3}, right country {:.3}, mean error {:.0} km\n",
            self.documents, self.gold, self.predicted, self.found, self.recall, self.precision, self.acc161, self.found_with_coordinates, self.exact, self.country, self.mean_km
        );
        if failures {
            for f in &self.failures {
                s.push_str(f);
                s.push('\n');
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_great_circle_km() {
        let d = haversine_km(48.8534, 2.3488, 51.5085, -0.1257);
        assert!((d - 343.0).abs() < 3.0, "{d}");
        assert_eq!(haversine_km(10.0, 10.0, 10.0, 10.0), 0.0);
    }

    #[test]
    fn spans_match_once_and_figures_follow() {
        let gold = vec![GeoGoldDoc {
            id: "d".into(),
            text: "In Paris and Lyon.".into(),
            toponyms: vec![
                GoldToponym { start: 3, end: 8, phrase: "Paris".into(), lat: Some(48.85), lon: Some(2.35), geonameid: Some("2988507".into()), country: Some("France".into()) },
                GoldToponym { start: 13, end: 17, phrase: "Lyon".into(), lat: Some(45.75), lon: Some(4.85), geonameid: Some("2996944".into()), country: Some("France".into()) },
            ],
        }];
        let mut preds = HashMap::new();
        preds.insert(
            "d".to_string(),
            vec![
                PredictedPlace { start: 3, end: 8, text: "Paris".into(), geonameid: 4717560, country_code: "USA".into(), lat: 33.66, lon: -95.55 },
                PredictedPlace { start: 0, end: 2, text: "In".into(), geonameid: 1, country_code: "FRA".into(), lat: 0.0, lon: 0.0 },
            ],
        );
        let names = |c: &str| Some(if c == "USA" { "United States" } else { "France" }.to_string());
        let r = score_geo(&gold, &preds, &names);
        assert_eq!((r.gold, r.found, r.predicted), (2, 1, 2));
        assert_eq!(r.recall, 0.5);
        assert_eq!(r.precision, 0.5);
        assert_eq!(r.acc161, 0.0);
        assert_eq!(r.country, 0.0);
        assert_eq!(r.failures.len(), 4, "far, wrong country, missed, false: {:?}", r.failures);
    }
}
