//! PETRARCH validation scoring: `<Sentence>` records with expected CAMEO
//! triples, compared as sets against predicted triples.

mod gold;
mod predict;
mod score;

pub use gold::{
    load_petrarch_gold, parse_petrarch_gold, Expectation, PetrarchGold, PetrarchRecord,
};
pub use predict::{load_cameo_predictions, parse_cameo_predictions, CameoPrediction};
pub use score::{score_petrarch, PetrarchFailure, PetrarchReport};

use serde::Serialize;

/// A CAMEO event as PETRARCH validation compares it: source code, target code
/// and event code, all kept as strings (event codes keep leading zeros).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Triple {
    /// Source actor code (`"USAGOV"`).
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// CAMEO event code (`"064"`).
    pub code: String,
}

impl Triple {
    /// A triple from its three codes, trimmed of surrounding whitespace.
    pub fn new(source: &str, target: &str, code: &str) -> Triple {
        Triple {
            source: source.trim().to_string(),
            target: target.trim().to_string(),
            code: code.trim().to_string(),
        }
    }
}

impl std::fmt::Display for Triple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.source, self.target, self.code)
    }
}
