//! Places in news: an embedded GeoNames gazetteer, place names recognised in
//! text, and each resolved to one place by the document's context.
//!
//! ```
//! use dyad_geo::{find_places, Gazetteer, Hints};
//! let text = "Police detained 20 people in Paris, Texas, on Monday.";
//! let sentences = dyad_segment::split_sentences(text);
//! let g = Gazetteer::builtin();
//! let places = find_places(g, text, &sentences, &Hints::default());
//! let paris = &places.places[0];
//! assert_eq!(paris.span.text(text), "Paris");
//! assert_eq!(paris.record.country, "USA");
//! assert_eq!(places.places[1].record.feature_code, "ADM1");
//! ```
//!
//! The gazetteer is read on first use (about 80,000 places and 400,000
//! names; see [`Gazetteer`]). Recognition and its rules are in
//! [`recognize`]; resolution scores each reading by prior (population, kind
//! of place) plus what the document names elsewhere.

pub mod compiled;
mod gazetteer;
pub mod key;
pub mod recognize;
mod resolve;

pub use dyad_core::Span;
pub use gazetteer::{Gazetteer, GazetteerError, Kind, NameRef, PlaceRecord};

use dyad_core::{Sentence, Token};

/// What is known about a document besides its text.
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The dateline place ("BEIJING", "Edmonton, Alberta"), if any.
    pub dateline: Option<&'a str>,
}

/// One place name of the text, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Place<'g> {
    /// Byte span of the name in the document text.
    pub span: Span,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// Whether a locative word introduces it ("in", "near", "from", "the town of").
    pub locative: bool,
    /// Whether a word of place introduces it ("in", "at", "near", "outside",
    /// "the town of"; not "from" or "to"): the sentence tells what happened there.
    pub at: bool,
    /// The place.
    pub record: &'g PlaceRecord,
    /// The first-level division it lies in (itself for a division).
    pub admin1: Option<&'g PlaceRecord>,
}

/// The places of a document.
#[derive(Debug, Clone, Default)]
pub struct DocumentPlaces<'g> {
    /// Place names in text order.
    pub places: Vec<Place<'g>>,
    /// The dateline's place, resolved in the same context.
    pub dateline: Option<&'g PlaceRecord>,
}

impl<'g> DocumentPlaces<'g> {
    /// The places of sentence `i`.
    pub fn in_sentence(&self, i: usize) -> impl Iterator<Item = &Place<'g>> {
        // Places are in text order, so a sentence's are one run.
        let start = self.places.partition_point(|p| p.sentence < i);
        self.places[start..].iter().take_while(move |p| p.sentence == i)
    }
}

/// Finds and resolves the place names of a document.
pub fn find_places<'g>(g: &'g Gazetteer, text: &str, sentences: &[Sentence], hints: &Hints) -> DocumentPlaces<'g> {
    let mentions = recognize::find_mentions(g, text, sentences);
    resolve_mentions(g, mentions, hints)
}

/// As [`find_places`], for sentences already tokenised by dyad's tokenizer
/// (`tokens[i]` are sentence `i`'s).
pub fn find_places_tokenized<'g, 't>(g: &'g Gazetteer, text: &'t str, sentences: &[Sentence], tokens: &[&'t [Token]], hints: &Hints) -> DocumentPlaces<'g> {
    let mentions = recognize::find_mentions_in(g, text, sentences, |i, s| match tokens.get(i) {
        Some(t) => std::borrow::Cow::Borrowed(*t),
        None => std::borrow::Cow::Owned(dyad_segment::tokenize(text, s.span)),
    });
    resolve_mentions(g, mentions, hints)
}

fn resolve_mentions<'g>(g: &'g Gazetteer, mentions: Vec<recognize::Mention>, hints: &Hints) -> DocumentPlaces<'g> {
    let dateline_refs: Option<Vec<NameRef>> = hints.dateline.map(|d| dateline_refs(g, d)).filter(|r| !r.is_empty());
    let (chosen, dateline) = resolve::resolve(g, &mentions, dateline_refs.as_deref());
    let places = mentions
        .iter()
        .zip(chosen)
        .filter_map(|(m, idx)| {
            let record = &g.places[idx? as usize];
            Some(Place { span: m.span, sentence: m.sentence, locative: m.locative, at: m.at, record, admin1: g.admin1_of(record) })
        })
        .collect::<Vec<_>>();
    let dateline = dateline.map(|i| &g.places[i as usize]);
    DocumentPlaces { places, dateline }
}

/// The readings of a dateline: "BEIJING", "Edmonton, Alberta" (the first
/// name, placed by the second when it is a region or country).
fn dateline_refs(g: &Gazetteer, dateline: &str) -> Vec<NameRef> {
    let mut parts = dateline.split(',').map(str::trim).filter(|s| !s.is_empty());
    let Some(first) = parts.next() else { return Vec::new() };
    let refs: Vec<NameRef> = g.lookup_name(first).iter().copied().filter(|r| r.flags & NameRef::ADJECTIVE == 0).collect();
    if let Some(second) = parts.next() {
        let outer = g.lookup_name(second);
        let inside: Vec<NameRef> = refs
            .iter()
            .copied()
            .filter(|r| {
                let p = &g.places[r.place as usize];
                outer.iter().any(|o| {
                    let q = &g.places[o.place as usize];
                    (q.kind() == Kind::Country && q.iso2 == p.iso2) || (q.kind() == Kind::Region && g.admin1_of(p).is_some_and(|a| std::ptr::eq(a, q)))
                })
            })
            .collect();
        if !inside.is_empty() {
            return inside;
        }
    }
    refs
}
