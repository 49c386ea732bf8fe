//! Builders for hand-made documents and events.

#![allow(dead_code)]

use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

use chrono::NaiveDate;
use dyad_code::{Entity, Event, Evidence, Place};
use dyad_core::{Document, Origin};
use dyad_ontology::cameo;
use dyad_ontology::plover::AuxMode;
use dyad_ontology::Category;
use dyad_output::WriterConfig;
use dyad_segment::Span;

pub fn config(keep_negated: bool) -> WriterConfig {
    WriterConfig {
        coder: "dyad 0.1.0".to_string(),
        coded_date: NaiveDate::from_ymd_opt(2024, 3, 14).unwrap(),
        keep_negated,
    }
}

pub fn doc(id: &str, text: &str) -> Document {
    Document {
        id: id.to_string(),
        title: None,
        text: text.to_string(),
        date: NaiveDate::from_ymd_opt(2024, 3, 14),
        datetime: None,
        place: None,
        url: None,
        source: None,
        language: None,
        origin: Origin::default(),
        given_parse: None,
    }
}

/// Byte span of the first occurrence of `words` at or after byte `from`.
pub fn find(text: &str, words: &str, from: usize) -> Span {
    let start = from
        + text[from..]
            .find(words)
            .unwrap_or_else(|| panic!("{words:?} not in text"));
    Span {
        start,
        end: start + words.len(),
    }
}

/// Character offset of a byte offset, counted independently of the crate.
pub fn chars(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Builds an event whose words are looked up in the document text.
pub struct EventBuilder<'d> {
    doc: &'d Document,
    pub event: Event,
}

impl<'d> EventBuilder<'d> {
    /// An event coded from `sentence` (its exact text, found in the document),
    /// the `index`-th sentence (0-based), with CAMEO code `code`.
    pub fn new(doc: &'d Document, index: usize, sentence: &str, code: &str) -> Self {
        let cameo = cameo::event(code).unwrap_or_else(|| panic!("no CAMEO code {code}"));
        let category = cameo
            .plover
            .as_ref()
            .map(|p| p.category)
            .unwrap_or(Category::Consult);
        let sentence_span = find(&doc.text, sentence, 0);
        EventBuilder {
            doc,
            event: Event {
                doc_id: doc.id.clone(),
                sentence: index,
                ordinal: 0,
                date: NaiveDate::from_ymd_opt(2024, 3, 12).unwrap(),
                date_text: None,
                time: None,
                actor: Vec::new(),
                recipient: Vec::new(),
                category,
                modes: Vec::new(),
                contexts: Vec::new(),
                aux_modes: Vec::new(),
                cameo,
                event_text: Vec::new(),
                place: None,
                evidence: Evidence {
                    pattern_id: "test.pattern".to_string(),
                    actor_spans: Vec::new(),
                    verb_spans: Vec::new(),
                    recipient_spans: Vec::new(),
                    sentences: vec![index],
                },
                sentence_span,
            },
        }
    }

    fn entity(&self, code: &str, cameo_code: &str, words: &str) -> Entity {
        let span = find(&self.doc.text, words, self.event.sentence_span.start);
        Entity {
            code: code.to_string(),
            sector: cameo_code.get(3..6).and_then(dyad_ontology::plover::Sector::parse),
            entity_text: words.to_string(),
            identifier_text: None,
            office: None,
            cameo_code: cameo_code.to_string(),
            span,
        }
    }

    pub fn actor(mut self, code: &str, cameo_code: &str, words: &str) -> Self {
        let e = self.entity(code, cameo_code, words);
        self.event.evidence.actor_spans.push(e.span);
        self.event.actor.push(e);
        self
    }

    pub fn recipient(mut self, code: &str, cameo_code: &str, words: &str) -> Self {
        let e = self.entity(code, cameo_code, words);
        self.event.evidence.recipient_spans.push(e.span);
        self.event.recipient.push(e);
        self
    }

    pub fn verb(mut self, words: &str) -> Self {
        let span = find(&self.doc.text, words, self.event.sentence_span.start);
        self.event.evidence.verb_spans.push(span);
        self.event.event_text.push(words.to_string());
        self
    }

    pub fn mode(mut self, m: &'static str) -> Self {
        self.event.modes.push(m);
        self
    }

    pub fn context(mut self, c: &'static str) -> Self {
        self.event.contexts.push(c);
        self
    }

    pub fn aux(mut self, a: AuxMode) -> Self {
        self.event.aux_modes.push(a);
        self
    }

    pub fn ordinal(mut self, n: usize) -> Self {
        self.event.ordinal = n;
        self
    }

    pub fn place(mut self, name: &str, country: Option<&str>) -> Self {
        self.event.place = Some(Place {
            extracted_place: name.to_string(),
            country_code: country.map(str::to_string),
            geo: None,
            admin1: None,
            span: None,
        });
        self
    }

    pub fn also_in(mut self, sentence: usize) -> Self {
        self.event.evidence.sentences.push(sentence);
        self
    }

    pub fn build(self) -> Event {
        self.event
    }
}

/// A `Write` whose bytes stay readable after the writer that owns it is gone.
#[derive(Clone, Default)]
pub struct SharedBuf(pub Rc<RefCell<Vec<u8>>>);

impl SharedBuf {
    pub fn text(&self) -> String {
        String::from_utf8(self.0.borrow().clone()).unwrap()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Runs a whole writer (header, documents, finish) and returns its output.
pub fn run(
    format: dyad_output::Format,
    config: WriterConfig,
    docs: &[(&Document, Vec<Event>)],
) -> String {
    let buf = SharedBuf::default();
    let mut w = dyad_output::writer(format, Box::new(buf.clone()), config);
    w.header().unwrap();
    for (doc, events) in docs {
        w.write_document(doc, events).unwrap();
    }
    w.finish().unwrap();
    buf.text()
}
