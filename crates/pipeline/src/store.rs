//! A coded document as the event store takes it.

use dyad_code::Event;
use dyad_core::Document;
use dyad_output::{plover_lines, WriterConfig};
use dyad_segment::{CharOffsets, Sentence};
use dyad_store::{NewDocument, NewPlace};

/// The document, its sentences, its events as PLOVER records (the ones a
/// writer with `config` would print) and its resolved places, the
/// sentences and places as the coder found them
/// ([`crate::code_with_places`]), ready for [`dyad_store::Store::add`].
pub fn store_input<'a>(doc: &'a Document, sentences: &[Sentence], events: &[Event], config: &WriterConfig, places: Option<&dyad_geo::DocumentPlaces<'_>>) -> NewDocument<'a> {
    let offsets = CharOffsets::new(&doc.text);
    let sentences = sentences.iter().map(|s| (offsets.char_offset(s.span.start), offsets.char_offset(s.span.end))).collect();
    let places = places
        .map(|found| {
            found
                .places
                .iter()
                .map(|p| NewPlace {
                    text: p.span.text(&doc.text).to_string(),
                    start: offsets.char_offset(p.span.start),
                    end: offsets.char_offset(p.span.end),
                    name: p.record.name.to_string(),
                    geonameid: p.record.geonameid,
                    feature_code: p.record.feature_code.to_string(),
                    country: p.record.country.to_string(),
                    admin1: p.admin1.map(|a| a.name.to_string()),
                    lat: p.record.lat,
                    lon: p.record.lon,
                })
                .collect()
        })
        .unwrap_or_default();
    let events = plover_lines(doc, events, config);
    NewDocument { doc, sentences, events, places }
}
