//! PETRARCH2's event lines, so that scripts written for its output keep
//! working on dyad's.
//!
//! One tab-separated line per distinct (date, source, target, code) of a
//! document, as PETRARCH2's `PETRwriter.write_events` writes them:
//!
//! ```text
//! date  source  target  code  issues  ids  [url]  story_source
//! ```
//!
//! `date` is the document's date as `YYYYMMDD` (PETRARCH's story date; the
//! event's own date when the document has none), `source` and `target` are
//! CAMEO actor codes composed PETRARCH's way (`USAGOV`, `CHNMIL`; `---` for a
//! missing side), `code` the CAMEO event code with its leading zeros,
//! `issues` is empty (dyad codes no issues), `ids` the sentences that told
//! the event, `<doc_id>-<n>` with `n` 1-based, joined by `;`, then the URL
//! when the document has one, and the publisher (`NULL` when unknown). No
//! header line.

use std::io::{self, Write};

use dyad_code::Event;
use dyad_core::Document;

use crate::dyads::cameo_dyads;
use crate::util::tsv_field;
use crate::{should_write, EventWriter, WriterConfig};

/// Writes PETRARCH2 event lines.
pub struct PetrarchWriter<W: Write> {
    out: W,
    config: WriterConfig,
}

impl<W: Write> PetrarchWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W, config: WriterConfig) -> Self {
        PetrarchWriter { out, config }
    }
}

/// The lines of one document, in the order their events were coded.
pub fn petrarch_lines(doc: &Document, events: &[Event], config: &WriterConfig) -> Vec<String> {
    let rows = events.iter().filter(|e| should_write(e, config)).flat_map(|event| {
        let date = doc.date.unwrap_or(event.date).format("%Y%m%d").to_string();
        let id = format!("{}-{}", event.doc_id, event.sentence + 1);
        cameo_dyads(event)
            .into_iter()
            .map(move |d| ([date.clone(), tsv_field(d.source_code()), tsv_field(d.target_code()), d.code.code.to_string()], id.clone(), &[][..]))
    });
    lines_of_rows(doc, rows)
}

/// Lines from (date, source, target, code) keys, the sentence id that told
/// each and that sentence's issues: one line per distinct key, first seen
/// first, issues summed over its sentences.
pub(crate) fn lines_of_rows<'a>(doc: &Document, rows: impl Iterator<Item = ([String; 4], String, &'a [(String, usize)])>) -> Vec<String> {
    // (key, sentence ids, issue counts) per line.
    type Line = ([String; 4], Vec<String>, Vec<(String, usize)>);
    let mut lines: Vec<Line> = Vec::new();
    for (key, id, issues) in rows {
        let at = match lines.iter().position(|(k, _, _)| *k == key) {
            Some(at) => at,
            None => {
                lines.push((key, Vec::new(), Vec::new()));
                lines.len() - 1
            }
        };
        let (_, ids, counts) = &mut lines[at];
        if ids.contains(&id) {
            continue;
        }
        ids.push(id);
        for (code, n) in issues {
            match counts.iter_mut().find(|(c, _)| c == code) {
                Some((_, m)) => *m += n,
                None => counts.push((code.clone(), *n)),
            }
        }
    }
    let source = doc.source.as_deref().map(tsv_field).unwrap_or_else(|| "NULL".to_string());
    let url = doc.url.as_deref().map(tsv_field);
    lines
        .into_iter()
        .map(|(key, ids, issues)| {
            let issues: Vec<String> = issues.iter().map(|(c, n)| format!("{c},{n}")).collect();
            let mut line = format!("{}\t{}\t{}", key.join("\t"), tsv_field(&issues.join(";")), tsv_field(&ids.join(";")));
            if let Some(url) = &url {
                line.push('\t');
                line.push_str(url);
            }
            line.push('\t');
            line.push_str(&source);
            line
        })
        .collect()
}

impl<W: Write> EventWriter for PetrarchWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()> {
        for line in petrarch_lines(doc, events, &self.config) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
