//! CAMEO TSV: one row per source–target dyad, PETRARCH-style.

use std::io::{self, Write};

use dyad_code::Event;
use dyad_core::Document;

use crate::dyads::cameo_dyads;
use crate::util::{float, sentence_text, tsv_field};
use crate::{should_write, EventWriter, WriterConfig};

/// The header of `--format cameo`. `sentence` is 1-based, `date` is
/// `YYYY-MM-DD`, `source`/`target` are CAMEO actor codes (`---` when absent),
/// `cameo` the event code with its leading zeros, `root` its first two digits,
/// `quad_class` and `goldstein` those of that row's code, `text` the sentence
/// with tabs and line breaks turned into spaces.
pub const CAMEO_COLUMNS: [&str; 10] = [
    "doc_id",
    "sentence",
    "date",
    "source",
    "target",
    "cameo",
    "root",
    "quad_class",
    "goldstein",
    "text",
];

/// Writes CAMEO TSV with a header line, one row per dyad of
/// [`cameo_dyads`](crate::cameo_dyads).
pub struct CameoWriter<W: Write> {
    out: W,
    config: WriterConfig,
}

impl<W: Write> CameoWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W, config: WriterConfig) -> Self {
        CameoWriter { out, config }
    }

    /// Gives the output back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

/// The rows (fields, not yet joined) of one event.
pub(crate) fn cameo_rows(doc: &Document, event: &Event) -> Vec<[String; 10]> {
    let text = tsv_field(sentence_text(doc, event));
    let doc_id = tsv_field(&event.doc_id);
    let date = event.date.format("%Y-%m-%d").to_string();
    cameo_dyads(event)
        .iter()
        .map(|d| {
            [
                doc_id.clone(),
                (event.sentence + 1).to_string(),
                date.clone(),
                tsv_field(d.source_code()),
                tsv_field(d.target_code()),
                d.code.code.to_string(),
                d.code.root_code().to_string(),
                d.code.quad_class.to_string(),
                float(d.code.goldstein),
                text.clone(),
            ]
        })
        .collect()
}

impl<W: Write> EventWriter for CameoWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        writeln!(self.out, "{}", CAMEO_COLUMNS.join("\t"))
    }

    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()> {
        for event in events.iter().filter(|e| should_write(e, &self.config)) {
            for row in cameo_rows(doc, event) {
                writeln!(self.out, "{}", row.join("\t"))?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
