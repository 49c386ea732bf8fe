//! PLOVER JSON Lines: one event record per line (ontology notes §A9), with
//! dyad's own `cameo` and `evidence` objects.

use std::io::{self, Write};

use dyad_code::{Entity, Event};
use dyad_core::Document;
use dyad_segment::{CharOffsets, Span};
use serde::Serialize;

use crate::dyads::cameo_dyads;
use crate::util::sentence_text;
use crate::{context_values, event_id, should_write, EventWriter, WriterConfig};

/// One record, fields in the order they are written. A struct rather than a
/// `serde_json::Value` so that lines keep the manual's field order without
/// turning on `serde_json/preserve_order` for the whole workspace.
#[derive(Serialize)]
struct Record<'a> {
    id: String,
    doc_id: &'a str,
    date: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<&'a str>,
    actor: Vec<EntityOut<'a>>,
    recipient: Vec<EntityOut<'a>>,
    event: [&'static str; 1],
    mode: &'a [&'static str],
    context: Vec<&'static str>,
    event_text: &'a [String],
    quad_code: u8,
    event_scale: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    event_loc: Option<Location<'a>>,
    text: &'a str,
    text_info: TextInfo,
    #[serde(skip_serializing_if = "CiteInfo::is_empty")]
    cite_info: CiteInfo<'a>,
    coder: &'a str,
    coded_date: String,
    cameo: CameoOut,
    evidence: EvidenceOut<'a>,
}

/// PLOVER entity object (§A8, Data-Fields names).
#[derive(Serialize)]
struct EntityOut<'a> {
    /// Left out for an entity known only by its sector ("police" in a
    /// report that names no country), as PLOVER allows.
    #[serde(skip_serializing_if = "str::is_empty")]
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sector: Option<&'a str>,
    entity_text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    identifier_text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    office: Option<&'a str>,
}

#[derive(Serialize)]
struct Location<'a> {
    extracted_place: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    country_code: Option<&'a str>,
    // The gazetteer's place, when the name was resolved.
    #[serde(skip_serializing_if = "Option::is_none")]
    geonameid: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feature_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    admin1: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lon: Option<f64>,
}

#[derive(Serialize)]
struct TextInfo {
    sequence: usize,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct CiteInfo<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publication: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

impl CiteInfo<'_> {
    fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.url.is_none()
            && self.publication.is_none()
            && self.language.is_none()
    }
}

#[derive(Serialize)]
struct CameoOut {
    code: &'static str,
    name: &'static str,
    goldstein: f64,
    quad_class: u8,
    dyads: Vec<DyadOut>,
}

#[derive(Serialize)]
struct DyadOut {
    source: String,
    target: String,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    pattern: &'a str,
    /// The relative date expression that moved the event's date ("on Tuesday").
    #[serde(skip_serializing_if = "Option::is_none")]
    date_text: Option<&'a str>,
    actor: Vec<SpanOut<'a>>,
    verb: Vec<SpanOut<'a>>,
    recipient: Vec<SpanOut<'a>>,
    sentences: Vec<usize>,
}

/// A span as character offsets, with its text.
#[derive(Serialize)]
struct SpanOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn entity(e: &Entity) -> EntityOut<'_> {
    EntityOut {
        code: &e.code,
        sector: e.sector.as_ref().map(|s| s.as_str()),
        entity_text: &e.entity_text,
        identifier_text: e.identifier_text.as_deref(),
        office: e.office.as_deref(),
    }
}

fn spans<'a>(doc: &'a Document, offsets: &CharOffsets<'_>, spans: &[Span]) -> Vec<SpanOut<'a>> {
    spans
        .iter()
        .map(|s| {
            let c = offsets.char_span(*s);
            SpanOut {
                start: c.start,
                end: c.end,
                text: s.text(&doc.text),
            }
        })
        .collect()
}

fn build<'a>(
    doc: &'a Document,
    event: &'a Event,
    config: &'a WriterConfig,
    offsets: &CharOffsets<'_>,
) -> Record<'a> {
    let sentence = offsets.char_span(event.sentence_span);
    let ev = &event.evidence;
    Record {
        id: event_id(event),
        doc_id: &event.doc_id,
        date: event.date.format("%Y-%m-%d").to_string(),
        time: event.time.as_deref(),
        actor: event.actor.iter().map(entity).collect(),
        recipient: event.recipient.iter().map(entity).collect(),
        event: [event.category.as_str()],
        mode: &event.modes,
        context: context_values(event, config),
        event_text: &event.event_text,
        quad_code: event.quad_code(),
        event_scale: event.event_scale(),
        event_loc: event.place.as_ref().map(|p| Location {
            extracted_place: &p.extracted_place,
            country_code: p.country_code.as_deref(),
            geonameid: p.geo.map(|g| g.geonameid).filter(|&id| id != 0),
            feature_code: p.geo.map(|g| g.feature_code),
            admin1: p.admin1.map(|a| a.name),
            lat: p.geo.map(|g| g.lat),
            lon: p.geo.map(|g| g.lon),
        }),
        text: sentence_text(doc, event),
        text_info: TextInfo {
            sequence: event.sentence + 1,
            start: sentence.start,
            end: sentence.end,
        },
        cite_info: CiteInfo {
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
            publication: doc.source.as_deref(),
            language: doc.language.as_deref(),
        },
        coder: &config.coder,
        coded_date: config.coded_date.format("%Y-%m-%d").to_string(),
        cameo: CameoOut {
            code: event.cameo.code,
            name: event.cameo.name,
            goldstein: event.cameo.goldstein,
            quad_class: event.cameo.quad_class,
            dyads: cameo_dyads(event)
                .iter()
                .map(|d| DyadOut {
                    source: d.source_code().to_string(),
                    target: d.target_code().to_string(),
                })
                .collect(),
        },
        evidence: EvidenceOut {
            pattern: &ev.pattern_id,
            date_text: event.date_text.as_deref(),
            actor: spans(doc, offsets, &ev.actor_spans),
            verb: spans(doc, offsets, &ev.verb_spans),
            recipient: spans(doc, offsets, &ev.recipient_spans),
            sentences: ev.sentences.iter().map(|s| s + 1).collect(),
        },
    }
}

/// The PLOVER record of one event as JSON, exactly as [`PloverWriter`] writes
/// it (object keys are sorted in a `Value`; the writer keeps field order).
///
/// Fields: `id`, `doc_id`, `date`, `time` (when known), `actor`, `recipient`,
/// `event`, `mode`, `context`, `event_text`, `quad_code`, `event_scale`,
/// `event_loc` (when there is a place), `text` (the sentence), `text_info`
/// (`sequence` 1-based, `start`/`end` character offsets), `cite_info` (title,
/// url, publication, language; absent members and an empty object omitted),
/// `coder`, `coded_date`; dyad's `cameo` (`code` as a string with leading
/// zeros, `name`, `goldstein`, `quad_class`, `dyads` of CAMEO actor codes with
/// `---` for a missing side) and `evidence` (`pattern`, `actor`/`verb`/
/// `recipient` spans as `{start, end, text}` in character offsets,
/// `sentences` 1-based). The record is built even for a negated event; the
/// writers are the ones that skip those.
pub fn plover_record(doc: &Document, event: &Event, config: &WriterConfig) -> serde_json::Value {
    let offsets = CharOffsets::new(&doc.text);
    serde_json::to_value(build(doc, event, config, &offsets))
        .expect("a record of strings and finite-or-null numbers always serialises")
}

/// The records of the events of one document that a writer with `config`
/// writes (negated ones only when kept), the document's character offsets
/// computed once for all of them.
pub fn plover_records(doc: &Document, events: &[Event], config: &WriterConfig) -> Vec<serde_json::Value> {
    let offsets = CharOffsets::new(&doc.text);
    events
        .iter()
        .filter(|e| should_write(e, config))
        .map(|e| serde_json::to_value(build(doc, e, config, &offsets)).expect("a record of strings and finite-or-null numbers always serialises"))
        .collect()
}

/// The records of the events of one document that a writer with `config`
/// writes, each as the JSON line [`PloverWriter`] prints (without its
/// newline, fields in the manual's order): what the event store keeps.
pub fn plover_lines(doc: &Document, events: &[Event], config: &WriterConfig) -> Vec<String> {
    let offsets = CharOffsets::new(&doc.text);
    events
        .iter()
        .filter(|e| should_write(e, config))
        .map(|e| serde_json::to_string(&build(doc, e, config, &offsets)).expect("a record of strings and finite-or-null numbers always serialises"))
        .collect()
}

/// Writes PLOVER JSON Lines: one record per event, no header.
pub struct PloverWriter<W: Write> {
    out: W,
    config: WriterConfig,
}

impl<W: Write> PloverWriter<W> {
    /// A writer over `out`.
    pub fn new(out: W, config: WriterConfig) -> Self {
        PloverWriter { out, config }
    }

    /// Gives the output back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> EventWriter for PloverWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()> {
        let offsets = CharOffsets::new(&doc.text);
        for event in events.iter().filter(|e| should_write(e, &self.config)) {
            let record = build(doc, event, &self.config, &offsets);
            serde_json::to_writer(&mut self.out, &record).map_err(io::Error::from)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
