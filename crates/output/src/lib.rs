//! Writers that turn coded events into files: PLOVER JSON Lines (the default),
//! CAMEO TSV, GDELT 2.0 event rows, a flat CSV table and PETRARCH2's event
//! lines.
//!
//! # Offsets
//!
//! Every span inside a [`dyad_code::Event`] is a **byte** offset into
//! [`Document::text`]. Every offset these writers put in a file
//! (`text_info.start`/`end`, the `evidence` spans) is a **character** offset:
//! the number of Unicode scalar values of `Document.text` before the position,
//! so that `text.chars().skip(start).take(end - start)` (Python's
//! `text[start:end]`) gives the spanned words. Spans are converted with
//! [`dyad_segment::CharOffsets`], built once per document.
//!
//! # Event ids
//!
//! A PLOVER `id` is `<doc_id>-<sentence>-<ordinal>`: the 1-based sentence
//! number zero-padded to 3 digits and the 1-based ordinal of the event within
//! the document zero-padded to at least 2 digits (`doc7-004-02` is the second
//! event of document `doc7`, coded from its fourth sentence). The coder numbers
//! events per document, so the id is unique within a run over distinct
//! documents. See [`event_id`].
//!
//! # Negated events
//!
//! Events with the auxiliary mode `negation` (the text says they did not
//! happen) are skipped by every writer unless [`WriterConfig::keep_negated`]
//! is set; kept ones carry `negation` in their PLOVER `context`.
//!
//! # CAMEO dyads
//!
//! The CAMEO and GDELT writers expand each PLOVER record into dyads as the
//! ontology notes (§A11) describe; see [`cameo_dyads`].

mod coded_strings;
mod csv;
mod dyads;
mod gdelt;
mod petrarch;
mod plover;
mod tsv;
mod util;

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use chrono::NaiveDate;
use dyad_code::Event;
use dyad_core::Document;
use dyad_ontology::plover::AuxMode;

pub use crate::coded_strings::{cameo_rows_of, petrarch_lines_of, StringEvent};
pub use crate::csv::{CsvWriter, CSV_COLUMNS};
pub use crate::dyads::{cameo_dyads, Dyad, NULL_ACTOR};
pub use crate::gdelt::{gdelt_rows, GdeltWriter, GDELT_COLUMNS};
pub use crate::petrarch::{petrarch_lines, PetrarchWriter};
pub use crate::plover::{plover_lines, plover_record, plover_records, PloverWriter};
pub use crate::tsv::{CameoWriter, CAMEO_COLUMNS};

/// What every writer needs besides the events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriterConfig {
    /// The coder's name and version, written as PLOVER `coder` ("dyad 0.1.0").
    pub coder: String,
    /// The day of coding: PLOVER `coded_date`, GDELT `DATEADDED`.
    pub coded_date: NaiveDate,
    /// Write negated events too (skipped by default).
    pub keep_negated: bool,
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    /// PLOVER JSON Lines: one event record per line.
    #[default]
    Plover,
    /// CAMEO TSV with a header: one row per source–target dyad.
    Cameo,
    /// GDELT 2.0 event table rows, 61 tab-separated columns, no header line
    /// (GDELT's own files have none).
    Gdelt,
    /// A flat PLOVER table as RFC 4180 CSV with a header.
    Csv,
    /// PETRARCH2's tab-separated event lines (date, source, target, code,
    /// issues, ids, URL, publisher), no header.
    Petrarch,
}

impl Format {
    /// All formats, in the order they are documented.
    pub const ALL: [Format; 5] = [Format::Plover, Format::Cameo, Format::Gdelt, Format::Csv, Format::Petrarch];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Plover => "plover",
            Format::Cameo => "cameo",
            Format::Gdelt => "gdelt",
            Format::Csv => "csv",
            Format::Petrarch => "petrarch",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is none of `plover`, `cameo`, `gdelt`, `csv`, `petrarch`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown output format {:?} (expected plover, cameo, gdelt, csv or petrarch)",
            self.0
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for Format {
    type Err = UnknownFormat;

    /// Parses a format name, ignoring case and surrounding whitespace.
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        let name = s.trim();
        Format::ALL
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// A sink for coded events in one format.
///
/// Call [`header`](EventWriter::header) once, then
/// [`write_document`](EventWriter::write_document) per document, then
/// [`finish`](EventWriter::finish).
pub trait EventWriter {
    /// Writes the header line, if the format has one.
    fn header(&mut self) -> io::Result<()>;
    /// Writes the events coded from one document (negated ones only when
    /// configured). `events` must come from `doc`: their spans index its text.
    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()>;
    /// Flushes the output.
    fn finish(&mut self) -> io::Result<()>;
}

/// A writer for `format` over `out`, buffered (call
/// [`EventWriter::finish`] to flush and see write errors).
pub fn writer(format: Format, out: Box<dyn Write>, config: WriterConfig) -> Box<dyn EventWriter> {
    let out = io::BufWriter::new(out);
    match format {
        Format::Plover => Box::new(PloverWriter::new(out, config)),
        Format::Cameo => Box::new(CameoWriter::new(out, config)),
        Format::Gdelt => Box::new(GdeltWriter::new(out, config)),
        Format::Csv => Box::new(CsvWriter::new(out, config)),
        Format::Petrarch => Box::new(PetrarchWriter::new(out, config)),
    }
}

/// The PLOVER id of an event (see the crate docs): `doc7-004-02`.
pub fn event_id(event: &Event) -> String {
    format!(
        "{}-{:03}-{:02}",
        event.doc_id,
        event.sentence + 1,
        event.ordinal + 1
    )
}

/// True when the text says the event did not happen.
pub fn is_negated(event: &Event) -> bool {
    event.aux_modes.contains(&AuxMode::Negation)
}

/// True when a writer with this configuration writes the event.
pub fn should_write(event: &Event, config: &WriterConfig) -> bool {
    config.keep_negated || !is_negated(event)
}

/// PLOVER `context` values of the event: its contexts, then the auxiliary
/// modes `historical`, `future`, `hypothetical` as extra values (the ontology
/// notes' suggestion, §A6), and `negation` only when negated events are kept.
/// Duplicates are dropped, order is kept.
pub fn context_values(event: &Event, config: &WriterConfig) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    let aux = event
        .aux_modes
        .iter()
        .filter(|a| **a != AuxMode::Negation || config.keep_negated)
        .map(|a| a.as_str());
    for c in event.contexts.iter().copied().chain(aux) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}
