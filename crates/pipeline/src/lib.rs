//! Runs dyad's stages in order over documents.
//!
//! One document object flows one way through plain functions of typed data:
//! `ingest` (formats, cleaning, metadata) → `segment` (sentences, tokens,
//! offsets) → `syntax` (tags, lemmas, dependency trees) → `recognize` and
//! `code`. This crate holds the document
//! as it looks after each stage, the record `dyad extract` prints, and the
//! benchmark runner behind `dyad bench`.

pub mod bench;
mod extract;
mod memory;
mod parse;
mod store;

pub use extract::{ExtractRecord, PlaceRecordOut, SentenceRecord};
pub use memory::peak_rss_bytes;
pub use store::store_input;
pub use parse::{parse_document, parse_sentences, ParsedDocument, ParsedSentence};

use dyad_ingest::Document;
use dyad_segment::{split_sentences, Sentence};

/// A document after segmentation.
#[derive(Debug, Clone)]
pub struct Segmented {
    /// The cleaned document.
    pub doc: Document,
    /// Its sentences, byte offsets into `doc.text`.
    pub sentences: Vec<Sentence>,
}

/// A document made from a bare text with a date, as gold standards give
/// them: no cleaning (the text is already one clean sentence or paragraph).
pub fn document_from_text(id: &str, text: &str, date: Option<chrono::NaiveDate>) -> Document {
    Document {
        id: id.to_string(),
        title: None,
        text: text.trim().to_string(),
        date,
        datetime: None,
        place: None,
        url: None,
        source: None,
        language: Some("en".to_string()),
        origin: dyad_ingest::Origin::default(),
        given_parse: None,
    }
}

/// Segments and codes one cleaned document.
pub fn code(doc: &Document, dict: &dyad_dict::Dictionaries, opts: &dyad_code::CoderOptions) -> (Vec<dyad_code::Event>, Vec<dyad_code::SentenceExplanation>) {
    let sentences = split_sentences(&doc.text);
    dyad_code::code_document(doc, &sentences, dict, opts)
}

/// Segments and codes one cleaned document, keeping its sentences and the
/// places the coder resolved (for the event store, which stores both).
pub fn code_with_places(doc: &Document, dict: &dyad_dict::Dictionaries, opts: &dyad_code::CoderOptions) -> (dyad_code::CodedDocument, Vec<Sentence>) {
    let sentences = split_sentences(&doc.text);
    (dyad_code::code_document_with_places(doc, &sentences, dict, opts), sentences)
}

/// Finds and resolves the place names of a segmented document, its
/// dateline as a hint.
pub fn places<'g>(seg: &Segmented, gazetteer: &'g dyad_geo::Gazetteer) -> dyad_geo::DocumentPlaces<'g> {
    let hints = dyad_geo::Hints { dateline: seg.doc.place.as_deref() };
    dyad_geo::find_places(gazetteer, &seg.doc.text, &seg.sentences, &hints)
}

/// Splits a cleaned document into sentences.
pub fn segment(doc: Document) -> Segmented {
    let sentences = split_sentences(&doc.text);
    Segmented { doc, sentences }
}
