//! Output of events whose codes are plain strings, as a user's PETRARCH
//! dictionary set writes them (`ARNGOV`, `174K`): PETRARCH2's event lines
//! and CAMEO TSV rows, in the same layouts as for dyad's own events.

use chrono::NaiveDate;
use dyad_core::{Document, Span};

use crate::util::{float, tsv_field};

/// One event with string codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringEvent<'a> {
    /// Sentence number in the document, 0-based.
    pub sentence: usize,
    /// The sentence's bytes in the document text.
    pub sentence_span: Span,
    /// The event's date: the document's, else the day coded.
    pub date: NaiveDate,
    /// Source actor code (`---` when absent).
    pub source: &'a str,
    /// Target actor code (`---` when absent).
    pub target: &'a str,
    /// Event code as the dictionary writes it.
    pub code: &'a str,
    /// The issues of its sentence, with how often each is raised.
    pub issues: &'a [(String, usize)],
}

/// PETRARCH2's event lines for one document: one per distinct (date,
/// source, target, code), the sentences that told it joined by `;`, as
/// [`petrarch_lines`](crate::petrarch_lines) writes dyad's own events, and
/// the `issues` field filled: `CODE,count` joined by `;`, summed over
/// those sentences.
pub fn petrarch_lines_of(doc: &Document, events: &[StringEvent<'_>]) -> Vec<String> {
    let rows = events.iter().map(|e| {
        let date = doc.date.unwrap_or(e.date).format("%Y%m%d").to_string();
        ([date, tsv_field(e.source), tsv_field(e.target), tsv_field(e.code)], format!("{}-{}", doc.id, e.sentence + 1), e.issues)
    });
    crate::petrarch::lines_of_rows(doc, rows)
}

/// CAMEO TSV rows (the [`CAMEO_COLUMNS`](crate::CAMEO_COLUMNS)) for one
/// document. `root`, `quad_class` and `goldstein` are those of CAMEO when
/// the code is one of its codes, empty otherwise (a set's own test codes).
pub fn cameo_rows_of(doc: &Document, events: &[StringEvent<'_>]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let known = dyad_ontology::cameo::event(e.code);
            [
                tsv_field(&doc.id),
                (e.sentence + 1).to_string(),
                e.date.format("%Y-%m-%d").to_string(),
                tsv_field(e.source),
                tsv_field(e.target),
                tsv_field(e.code),
                known.map(|c| c.root_code().to_string()).unwrap_or_default(),
                known.map(|c| c.quad_class.to_string()).unwrap_or_default(),
                known.map(|c| float(c.goldstein)).unwrap_or_default(),
                tsv_field(e.sentence_span.text(&doc.text)),
            ]
            .join("\t")
        })
        .collect()
}
