//! Runs dyad's stages in order over documents.
//!
//! One document object flows one way through plain functions of typed data:
//! `ingest` (formats, cleaning, metadata) → `segment` (sentences, tokens,
//! offsets) → later `recognize` and `code`. This crate holds the document
//! as it looks after each stage, the record `dyad extract` prints, and the
//! benchmark runner behind `dyad bench`.

pub mod bench;
mod extract;
mod memory;

pub use extract::{ExtractRecord, SentenceRecord};
pub use memory::peak_rss_bytes;

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

/// Splits a cleaned document into sentences.
pub fn segment(doc: Document) -> Segmented {
    let sentences = split_sentences(&doc.text);
    Segmented { doc, sentences }
}
