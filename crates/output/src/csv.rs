//! A flat PLOVER table as CSV (RFC 4180: comma-separated, CRLF line ends,
//! fields with a comma, quote or line break quoted, quotes doubled).

use std::io::{self, Write};

use dyad_code::{Entity, Event};
use dyad_core::Document;

use crate::util::{float, sentence_text};
use crate::{context_values, event_id, should_write, EventWriter, WriterConfig};

/// The CSV header. Lists (`event`, `mode`, `context`, the actor and recipient
/// columns) are joined with `;`. The `*_codes`, `*_sectors` and `*_text`
/// columns run in parallel: the n-th value of each describes the n-th entity,
/// with an empty value for an unknown sector. `cameo_code` keeps its leading
/// zeros; `place` is the place as written; `text` the sentence.
pub const CSV_COLUMNS: [&str; 18] = [
    "id",
    "doc_id",
    "date",
    "event",
    "mode",
    "context",
    "actor_codes",
    "actor_sectors",
    "actor_text",
    "recipient_codes",
    "recipient_sectors",
    "recipient_text",
    "quad_code",
    "event_scale",
    "cameo_code",
    "goldstein",
    "place",
    "text",
];

/// One CSV field, quoted when it must be (RFC 4180 §2.6–2.7). Fields with a
/// leading or trailing space are quoted too, so that readers which trim
/// unquoted fields keep them.
pub(crate) fn quote(field: &str) -> String {
    let needs =
        field.contains([',', '"', '\n', '\r']) || field.starts_with(' ') || field.ends_with(' ');
    if needs {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(";")
}

fn entity_columns(entities: &[Entity]) -> [String; 3] {
    [
        join(entities.iter().map(|e| e.code.as_str())),
        join(entities.iter().map(|e| e.sector.as_ref().map_or("", |s| s.as_str()))),
        join(entities.iter().map(|e| e.entity_text.as_str())),
    ]
}

/// The fields of one event's row, unquoted.
pub(crate) fn csv_fields(doc: &Document, event: &Event, config: &WriterConfig) -> Vec<String> {
    let mut f = vec![
        event_id(event),
        event.doc_id.clone(),
        event.date.format("%Y-%m-%d").to_string(),
        event.category.as_str().to_string(),
        join(event.modes.iter().copied()),
        join(context_values(event, config).into_iter()),
    ];
    f.extend(entity_columns(&event.actor));
    f.extend(entity_columns(&event.recipient));
    f.push(event.quad_code().to_string());
    f.push(float(event.event_scale()));
    f.push(event.cameo.code.to_string());
    f.push(float(event.cameo.goldstein));
    f.push(
        event
            .place
            .as_ref()
            .map(|p| p.extracted_place.clone())
            .unwrap_or_default(),
    );
    f.push(sentence_text(doc, event).to_string());
    f
}

/// Writes the flat CSV table with a header line.
pub struct CsvWriter<W: Write> {
    out: W,
    config: WriterConfig,
}

impl<W: Write> CsvWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W, config: WriterConfig) -> Self {
        CsvWriter { out, config }
    }

    /// Gives the output back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

fn record<'a>(out: &mut impl Write, fields: impl Iterator<Item = &'a str>) -> io::Result<()> {
    let line = fields.map(quote).collect::<Vec<_>>().join(",");
    out.write_all(line.as_bytes())?;
    out.write_all(b"\r\n")
}

impl<W: Write> EventWriter for CsvWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        record(&mut self.out, CSV_COLUMNS.into_iter())
    }

    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()> {
        for event in events.iter().filter(|e| should_write(e, &self.config)) {
            let fields = csv_fields(doc, event, &self.config);
            record(&mut self.out, fields.iter().map(String::as_str))?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote(" pad"), "\" pad\"");
        assert_eq!(quote(""), "");
    }
}
