//! PLOVER scoring: gold-standard records, dyad's PLOVER predictions, metrics.

mod gold;
mod predict;
mod render;
mod score;

pub use gold::{load_plover_gold, parse_plover_gold, PloverGold, PloverGoldRecord, SkippedRecord};
pub use predict::{load_plover_predictions, parse_plover_predictions, PloverPrediction};
pub use score::{score_plover, CategoryScore, ConfusionRow, PloverMiss, PloverReport};

use serde::Serialize;
use serde_json::Value;

/// An actor as written in gold or predictions: a code plus optional detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// The actor code as written (`"USA"`, `"IGO"`, `"JAP"`).
    pub code: String,
    /// The sector, if given (`"GOV"`, `"REFKUR"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// The words the code was assigned to, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor_text: Option<String>,
}

impl Entity {
    /// An entity with only a code.
    pub fn code(code: impl Into<String>) -> Entity {
        Entity {
            code: code.into(),
            sector: None,
            actor_text: None,
        }
    }
}

/// Reads an actor field: a list of entity objects, one entity object, a bare
/// code string, or absent (missing, `null`, `""`, `[]`). Entities with an empty
/// code are dropped: they name nobody.
pub(crate) fn parse_entities(value: Option<&Value>, field: &str) -> Result<Vec<Entity>, String> {
    let items: Vec<&Value> = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::String(s)) => {
            return Ok(if s.trim().is_empty() {
                Vec::new()
            } else {
                vec![Entity::code(s.trim())]
            })
        }
        Some(Value::Array(list)) => list.iter().collect(),
        Some(obj @ Value::Object(_)) => vec![obj],
        Some(other) => return Err(format!("`{field}` must be a list of entities, not {other}")),
    };
    let mut out = Vec::new();
    for item in items {
        match item {
            Value::String(s) if s.trim().is_empty() => {}
            Value::String(s) => out.push(Entity::code(s.trim())),
            Value::Object(map) => {
                let code = match map.get("code") {
                    Some(Value::String(s)) => s.trim().to_string(),
                    None | Some(Value::Null) => String::new(),
                    Some(other) => {
                        return Err(format!("`{field}` entity has a non-string code {other}"))
                    }
                };
                if code.is_empty() {
                    continue;
                }
                let text_field = |names: &[&str]| {
                    names
                        .iter()
                        .find_map(|n| map.get(*n).and_then(Value::as_str))
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                };
                out.push(Entity {
                    code,
                    sector: text_field(&["sector"]),
                    actor_text: text_field(&["actorText", "actor_text", "text"]),
                });
            }
            other => return Err(format!("`{field}` holds {other}, not an entity object")),
        }
    }
    Ok(out)
}

/// Short human form of an entity list: `USA/GOV, IGO`.
pub(crate) fn describe_entities(entities: &[Entity]) -> String {
    if entities.is_empty() {
        return "-".to_string();
    }
    entities
        .iter()
        .map(|e| match &e.sector {
            Some(s) => format!("{}/{}", e.code, s),
            None => e.code.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
