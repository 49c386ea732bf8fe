//! Loading PLOVER gold-standard records (JSON array or JSON Lines).

use std::collections::HashSet;
use std::path::Path;

use dyad_ontology::Category;
use serde::Serialize;
use serde_json::Value;

use super::{parse_entities, Entity};
use crate::error::{read_file, EvalError};
use crate::jsonscan::{json_array, json_lines, parse_value, strip_bom};

/// One scorable gold record.
#[derive(Debug, Clone, Serialize)]
pub struct PloverGoldRecord {
    /// Record id; predictions refer to it as `doc_id`.
    pub id: String,
    /// The coded text.
    pub text: String,
    /// The record's date, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The gold category, legacy names already mapped (DEMAND → REQUEST).
    pub category: Category,
    /// The category name exactly as the gold file wrote it.
    pub event_name: String,
    /// Source actors.
    pub sources: Vec<Entity>,
    /// Target actors; empty for one-sided and reciprocal events.
    pub targets: Vec<Entity>,
    /// Line where the record starts.
    pub line: usize,
}

/// A gold record that was left out of scoring, and why.
#[derive(Debug, Clone, Serialize)]
pub struct SkippedRecord {
    /// Line where the record starts.
    pub line: usize,
    /// Its id, if it had one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Why it was skipped.
    pub reason: String,
}

/// A loaded PLOVER gold standard.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PloverGold {
    /// Records to score, in file order.
    pub records: Vec<PloverGoldRecord>,
    /// Records not scored (metadata records such as DOCUMENT, unknown
    /// categories, repeated ids).
    pub skipped: Vec<SkippedRecord>,
}

/// Loads PLOVER gold records from a file (JSON array or JSON Lines).
pub fn load_plover_gold(path: &Path) -> Result<PloverGold, EvalError> {
    let bytes = read_file(path)?;
    parse_plover_gold(&bytes, &path.display().to_string())
}

/// Parses PLOVER gold records from memory; `file` names the input in errors.
///
/// A record without an `id`, or whose fields have the wrong JSON types, is an
/// error; a record whose `event` is missing, `DOCUMENT` or not a PLOVER
/// category, or whose id repeats an earlier one, is skipped and listed.
pub fn parse_plover_gold(bytes: &[u8], file: &str) -> Result<PloverGold, EvalError> {
    let body = strip_bom(bytes).trim_ascii_start();
    let records = if body.starts_with(b"[") {
        json_array(file, bytes)?
    } else {
        json_lines(bytes)
    };
    let mut gold = PloverGold::default();
    let mut seen = HashSet::new();
    for raw in &records {
        let value = parse_value(file, raw)?;
        let err = |m: String| EvalError::parse(file, raw.line, m);
        let Value::Object(map) = &value else {
            return Err(err("a gold record must be a JSON object".into()));
        };
        let id = match map.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
            Some(Value::Number(n)) => n.to_string(),
            _ => return Err(err("gold record has no `id`".into())),
        };
        let event_name = match map.get("event") {
            Some(Value::String(s)) => s.trim().to_string(),
            None | Some(Value::Null) => String::new(),
            Some(other) => return Err(err(format!("`event` must be a string, not {other}"))),
        };
        let skip = |reason: String| SkippedRecord {
            line: raw.line,
            id: Some(id.clone()),
            reason,
        };
        let Some(category) = Category::parse(&event_name) else {
            let reason = if event_name.is_empty() {
                "no event category".to_string()
            } else if event_name.eq_ignore_ascii_case("DOCUMENT") {
                "DOCUMENT metadata record, not an event".to_string()
            } else {
                format!("unknown event category {event_name:?}")
            };
            gold.skipped.push(skip(reason));
            continue;
        };
        if !seen.insert(id.clone()) {
            gold.skipped
                .push(skip("repeats an earlier record id".to_string()));
            continue;
        }
        let sources = parse_entities(map.get("source"), "source").map_err(err)?;
        let targets = parse_entities(map.get("target"), "target").map_err(err)?;
        let str_field = |name: &str| map.get(name).and_then(Value::as_str).map(str::to_string);
        gold.records.push(PloverGoldRecord {
            id,
            text: str_field("text").unwrap_or_default(),
            date: str_field("date"),
            category,
            event_name,
            sources,
            targets,
            line: raw.line,
        });
    }
    Ok(gold)
}
