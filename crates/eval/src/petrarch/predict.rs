//! dyad's CAMEO TSV predictions, or triples built in memory.

use std::path::Path;

use serde::Serialize;

use super::Triple;
use crate::error::{read_file, EvalError};

/// One predicted CAMEO event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CameoPrediction {
    /// Id of the validation record it was coded from.
    pub doc_id: String,
    /// Source, target and event code.
    pub triple: Triple,
    /// Line in the predictions file, when loaded from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl CameoPrediction {
    /// A prediction built in memory (e.g. from dyad's own coder).
    pub fn new(doc_id: impl Into<String>, source: &str, target: &str, code: &str) -> Self {
        CameoPrediction {
            doc_id: doc_id.into(),
            triple: Triple::new(source, target, code),
            line: None,
        }
    }
}

/// Columns the scorer needs from dyad's CAMEO TSV header
/// (`doc_id sentence date source target cameo root quad_class goldstein text`).
const REQUIRED: [&str; 4] = ["doc_id", "source", "target", "cameo"];

/// Loads dyad's CAMEO TSV predictions from a file.
pub fn load_cameo_predictions(path: &Path) -> Result<Vec<CameoPrediction>, EvalError> {
    let bytes = read_file(path)?;
    parse_cameo_predictions(&bytes, &path.display().to_string())
}

/// Parses dyad's CAMEO TSV predictions; `file` names the input in errors.
///
/// The first non-blank line must be the header; columns are found by name, so
/// extra or reordered columns are fine. Codes are kept as strings (`"064"`).
/// A short row, an empty `doc_id` or `cameo` cell, or non-UTF-8 text is an error.
pub fn parse_cameo_predictions(
    bytes: &[u8],
    file: &str,
) -> Result<Vec<CameoPrediction>, EvalError> {
    let text = std::str::from_utf8(crate::jsonscan::strip_bom(bytes)).map_err(|e| {
        let line = crate::error::line_of(bytes, e.valid_up_to());
        EvalError::parse(file, line, "predictions are not valid UTF-8")
    })?;
    let mut lines = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty());
    let Some((header_line, header)) = lines.next() else {
        return Ok(Vec::new());
    };
    let names: Vec<&str> = header.split('\t').map(str::trim).collect();
    let mut index = [0usize; 4];
    for (slot, want) in index.iter_mut().zip(REQUIRED) {
        *slot = names.iter().position(|n| *n == want).ok_or_else(|| {
            EvalError::parse(
                file,
                header_line,
                format!(
                    "header has no `{want}` column (expected: {})",
                    REQUIRED.join(", ")
                ),
            )
        })?;
    }
    let width = index.iter().max().copied().unwrap_or(0) + 1;
    let mut out = Vec::new();
    for (line, row) in lines {
        let cells: Vec<&str> = row.split('\t').collect();
        if cells.len() < width {
            return Err(EvalError::parse(
                file,
                line,
                format!(
                    "row has {} columns, header has {}",
                    cells.len(),
                    names.len()
                ),
            ));
        }
        let [doc, source, target, code] = index.map(|i| cells[i].trim());
        if doc.is_empty() {
            return Err(EvalError::parse(file, line, "empty doc_id"));
        }
        if code.is_empty() {
            return Err(EvalError::parse(file, line, "empty cameo code"));
        }
        out.push(CameoPrediction {
            doc_id: doc.to_string(),
            triple: Triple::new(source, target, code),
            line: Some(line),
        });
    }
    Ok(out)
}
