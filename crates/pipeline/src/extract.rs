//! The record `dyad extract` prints for each document.

use dyad_segment::CharOffsets;
use serde::Serialize;

use crate::Segmented;

/// One document as `dyad extract` prints it: metadata, the cleaned text and
/// its sentences. Offsets count characters (Unicode scalar values) into
/// `text`, so that `text` sliced by character from `start` to `end` gives the
/// sentence in any language that indexes strings by code point.
#[derive(Debug, Clone, Serialize)]
pub struct ExtractRecord<'a> {
    /// Document id.
    pub id: &'a str,
    /// Headline.
    pub title: Option<&'a str>,
    /// Publication date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// Publication time, RFC 3339 with its UTC offset.
    pub datetime: Option<String>,
    /// Dateline place.
    pub place: Option<&'a str>,
    /// Article URL.
    pub url: Option<&'a str>,
    /// Publisher.
    pub source: Option<&'a str>,
    /// ISO 639-1 language code.
    pub language: Option<&'a str>,
    /// Cleaned text.
    pub text: &'a str,
    /// Sentences in order.
    pub sentences: Vec<SentenceRecord<'a>>,
}

/// One sentence of an [`ExtractRecord`].
#[derive(Debug, Clone, Serialize)]
pub struct SentenceRecord<'a> {
    /// The sentence text.
    pub text: &'a str,
    /// Character offset of its first character in the document text.
    pub start: usize,
    /// Character offset just past its last character.
    pub end: usize,
}

impl<'a> ExtractRecord<'a> {
    /// Builds the record of a segmented document.
    pub fn new(seg: &'a Segmented) -> Self {
        let doc = &seg.doc;
        let offsets = CharOffsets::new(&doc.text);
        let sentences = seg
            .sentences
            .iter()
            .map(|s| SentenceRecord {
                text: s.text(&doc.text),
                start: offsets.char_offset(s.span.start),
                end: offsets.char_offset(s.span.end),
            })
            .collect();
        ExtractRecord {
            id: &doc.id,
            title: doc.title.as_deref(),
            date: doc.date.map(|d| d.format("%Y-%m-%d").to_string()),
            datetime: doc.datetime.map(|d| d.to_rfc3339()),
            place: doc.place.as_deref(),
            url: doc.url.as_deref(),
            source: doc.source.as_deref(),
            language: doc.language.as_deref(),
            text: &doc.text,
            sentences,
        }
    }
}
