//! Scoring coded events against gold standards.
//!
//! Two gold formats are supported, detected from content:
//! - PLOVER gold-standard records (JSON array or JSON Lines), scored against
//!   dyad's PLOVER predictions with type / actor / full match rates, precision,
//!   per-category figures and a confusion table ([`score_plover`]);
//! - PETRARCH validation XML, scored against CAMEO triples by per-record set
//!   equality ([`score_petrarch`]).
//!
//! Typical use (what `dyad eval` does):
//! ```no_run
//! # fn main() -> Result<(), dyad_eval::EvalError> {
//! use std::path::Path;
//! match dyad_eval::load_gold(Path::new("gold.jsonl"))? {
//!     dyad_eval::Gold::Plover(gold) => {
//!         let preds = dyad_eval::load_plover_predictions(Path::new("pred.jsonl"))?;
//!         print!("{}", dyad_eval::score_plover(&gold, &preds).render_text(false));
//!     }
//!     dyad_eval::Gold::Petrarch(gold) => {
//!         let preds = dyad_eval::load_cameo_predictions(Path::new("pred.tsv"))?;
//!         print!("{}", dyad_eval::score_petrarch(&gold, &preds).render_text(true));
//!     }
//! }
//! # Ok(()) }
//! ```

pub mod codes;
mod error;
pub mod geo;
pub mod stories;
mod jsonscan;
pub mod petrarch;
pub mod plover;
pub mod variants;

use std::path::Path;

pub use error::EvalError;
pub use petrarch::{
    load_cameo_predictions, load_petrarch_gold, parse_cameo_predictions, parse_petrarch_gold,
    score_petrarch, CameoPrediction, Expectation, PetrarchFailure, PetrarchGold, PetrarchRecord,
    PetrarchReport, Triple,
};
pub use plover::{
    load_plover_gold, load_plover_predictions, parse_plover_gold, parse_plover_predictions,
    score_plover, CategoryScore, ConfusionRow, Entity, PloverGold, PloverGoldRecord, PloverMiss,
    PloverPrediction, PloverReport, SkippedRecord,
};

/// The gold formats this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum GoldFormat {
    /// PLOVER records as one JSON array.
    PloverJson,
    /// PLOVER records, one JSON object per line.
    PloverJsonLines,
    /// PETRARCH validation XML (`<Validation>`/`<Sentence>` records).
    PetrarchXml,
}

/// Detects the gold format from the first non-blank byte: `<` is XML, `[` a
/// JSON array, `{` JSON Lines. `None` for anything else (including empty input).
pub fn detect_gold_format(bytes: &[u8]) -> Option<GoldFormat> {
    match jsonscan::strip_bom(bytes).trim_ascii_start().first()? {
        b'<' => Some(GoldFormat::PetrarchXml),
        b'[' => Some(GoldFormat::PloverJson),
        b'{' => Some(GoldFormat::PloverJsonLines),
        _ => None,
    }
}

/// Detects the gold format of a file (see [`detect_gold_format`]); unknown
/// content is an [`EvalError::Format`] naming the file.
pub fn detect_gold_file(path: &Path) -> Result<GoldFormat, EvalError> {
    let bytes = error::read_file(path)?;
    detect_gold_format(&bytes).ok_or_else(|| unknown_format(&path.display().to_string()))
}

fn unknown_format(file: &str) -> EvalError {
    EvalError::Format {
        file: file.to_string(),
        message: "not a known gold format (expected PLOVER JSON/JSON Lines or PETRARCH XML)"
            .to_string(),
    }
}

/// A loaded gold standard of either kind.
#[derive(Debug, Clone)]
pub enum Gold {
    /// PLOVER gold-standard records.
    Plover(PloverGold),
    /// PETRARCH validation records.
    Petrarch(PetrarchGold),
}

/// Reads a gold file and parses it in the format its content shows.
pub fn load_gold(path: &Path) -> Result<Gold, EvalError> {
    let bytes = error::read_file(path)?;
    parse_gold(&bytes, &path.display().to_string())
}

/// Parses gold input from memory in the detected format; `file` names it in errors.
pub fn parse_gold(bytes: &[u8], file: &str) -> Result<Gold, EvalError> {
    match detect_gold_format(bytes) {
        Some(GoldFormat::PetrarchXml) => Ok(Gold::Petrarch(parse_petrarch_gold(bytes, file)?)),
        Some(_) => Ok(Gold::Plover(parse_plover_gold(bytes, file)?)),
        None => Err(unknown_format(file)),
    }
}

/// The report line about predictions for documents the gold does not have
/// (empty when there are none), shared by both reports.
pub(crate) fn unknown_predictions_line(count: usize, ids: &[String]) -> String {
    if count == 0 {
        return String::new();
    }
    format!("  {count} predictions for {} doc ids not in the gold (not scored): {}\n", ids.len(), ids.join(", "))
}
