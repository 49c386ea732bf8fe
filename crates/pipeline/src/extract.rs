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
    /// Place names in the text, resolved (only with `--places`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub places: Option<Vec<PlaceRecordOut<'a>>>,
}

/// One resolved place name of an [`ExtractRecord`] (`--places`).
#[derive(Debug, Clone, Serialize)]
pub struct PlaceRecordOut<'a> {
    /// The name as written.
    pub text: &'a str,
    /// Character offset of its first character in the document text.
    pub start: usize,
    /// Character offset just past its last character.
    pub end: usize,
    /// The place's preferred name.
    pub name: &'a str,
    /// GeoNames id (0 when the place has none).
    pub geonameid: u32,
    /// GeoNames feature code (PCLI, ADM1, PPLC, PPL, ...).
    pub feature_code: &'a str,
    /// ISO-3 country code (empty for a continent).
    pub country_code: &'a str,
    /// Name of the first-level division it lies in, if known.
    pub admin1: Option<&'a str>,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
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
            places: None,
        }
    }

    /// Adds the document's resolved places.
    pub fn with_places(mut self, places: &'a dyad_geo::DocumentPlaces<'a>, text: &'a str) -> Self {
        let offsets = CharOffsets::new(text);
        self.places = Some(
            places
                .places
                .iter()
                .map(|p| PlaceRecordOut {
                    text: p.span.text(text),
                    start: offsets.char_offset(p.span.start),
                    end: offsets.char_offset(p.span.end),
                    name: p.record.name,
                    geonameid: p.record.geonameid,
                    feature_code: p.record.feature_code,
                    country_code: p.record.country,
                    admin1: p.admin1.map(|a| a.name),
                    lat: p.record.lat,
                    lon: p.record.lon,
                })
                .collect(),
        );
        self
    }
}
