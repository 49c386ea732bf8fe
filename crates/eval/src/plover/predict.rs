//! dyad's PLOVER predictions: JSON Lines files, or built in memory by the coder.

use std::path::Path;

use dyad_ontology::Category;
use serde::Serialize;
use serde_json::Value;

use super::parse_entities;
use crate::error::{read_file, EvalError};
use crate::jsonscan::{json_lines, parse_value};

/// One predicted event (one line of dyad's PLOVER output).
///
/// An event may carry several categories; for precision each category counts
/// as one predicted event sharing the same actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverPrediction {
    /// Id of the gold record this event was coded from.
    pub doc_id: String,
    /// Predicted categories.
    pub events: Vec<Category>,
    /// Actor codes as written (normalised only when scoring).
    pub actor_codes: Vec<String>,
    /// Recipient codes as written; empty for one-sided or reciprocal events.
    pub recipient_codes: Vec<String>,
    /// Whatever the coder gave as evidence; shown with failures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Value>,
    /// The predicted event's text, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Line in the predictions file, when loaded from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl PloverPrediction {
    /// A prediction built in memory (e.g. from dyad's own coder).
    pub fn new(
        doc_id: impl Into<String>,
        events: Vec<Category>,
        actor_codes: Vec<String>,
        recipient_codes: Vec<String>,
    ) -> PloverPrediction {
        PloverPrediction {
            doc_id: doc_id.into(),
            events,
            actor_codes,
            recipient_codes,
            evidence: None,
            text: None,
            line: None,
        }
    }

    /// The same prediction with evidence attached.
    pub fn with_evidence(mut self, evidence: Value) -> PloverPrediction {
        self.evidence = Some(evidence);
        self
    }
}

/// Loads dyad's PLOVER JSON Lines predictions from a file.
pub fn load_plover_predictions(path: &Path) -> Result<Vec<PloverPrediction>, EvalError> {
    let bytes = read_file(path)?;
    parse_plover_predictions(&bytes, &path.display().to_string())
}

/// Parses dyad's PLOVER JSON Lines predictions; `file` names the input in errors.
///
/// Every non-blank line must be an object with a `doc_id` and an `event` (a
/// category name or a list of them); `actor` and `recipient` are entity lists
/// (or absent). Any malformed line, or an unknown category name, is an error.
pub fn parse_plover_predictions(
    bytes: &[u8],
    file: &str,
) -> Result<Vec<PloverPrediction>, EvalError> {
    let mut out = Vec::new();
    for raw in json_lines(bytes) {
        let value = parse_value(file, &raw)?;
        let err = |m: String| EvalError::parse(file, raw.line, m);
        let Value::Object(map) = &value else {
            return Err(err("a prediction must be a JSON object".into()));
        };
        let doc_id = match map.get("doc_id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err(err("prediction has no `doc_id`".into())),
        };
        let names: Vec<&str> = match map.get("event") {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(list)) => list
                .iter()
                .map(|v| {
                    v.as_str()
                        .ok_or_else(|| err(format!("`event` list holds {v}, not a name")))
                })
                .collect::<Result<_, _>>()?,
            None | Some(Value::Null) => return Err(err("prediction has no `event`".into())),
            Some(other) => {
                return Err(err(format!("`event` must be a list of names, not {other}")))
            }
        };
        let mut events = Vec::new();
        for name in names {
            let c = Category::parse(name)
                .ok_or_else(|| err(format!("unknown event category {name:?}")))?;
            if !events.contains(&c) {
                events.push(c);
            }
        }
        let codes = |field: &str| -> Result<Vec<String>, EvalError> {
            Ok(parse_entities(map.get(field), field)
                .map_err(err)?
                .into_iter()
                .map(|e| e.code)
                .collect())
        };
        out.push(PloverPrediction {
            doc_id,
            events,
            actor_codes: codes("actor")?,
            recipient_codes: codes("recipient")?,
            evidence: map.get("evidence").filter(|v| !v.is_null()).cloned(),
            text: map.get("text").and_then(Value::as_str).map(str::to_string),
            line: Some(raw.line),
        });
    }
    Ok(out)
}
