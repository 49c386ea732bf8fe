//! The coded event: who did what to whom, when and where, with the words it
//! came from.

use chrono::NaiveDate;
use dyad_ontology::cameo::CameoEvent;
use dyad_ontology::plover::AuxMode;
use dyad_ontology::Category;
use dyad_segment::Span;

/// One participant of an event (a PLOVER entity).
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// PLOVER code: ISO-3 country, KOS, or IGO/UNO/EUR/NGO/IMG/ISM/MNC;
    /// empty for an entity known only by its sector.
    pub code: String,
    /// PLOVER sector, e.g. GOV, MIL; None when unknown.
    pub sector: Option<dyad_ontology::plover::Sector>,
    /// The words that named it in this sentence (or in the mention it was
    /// resolved from, for "he" or "the Minister").
    pub entity_text: String,
    /// Canonical name (officeholder or organisation), if known.
    pub identifier_text: Option<String>,
    /// Office or official position, if known.
    pub office: Option<String>,
    /// The CAMEO actor code (country + roles, or organisation code).
    pub cameo_code: String,
    /// Byte span of `entity_text`'s mention in the document text.
    pub span: Span,
}

/// Why the event was coded: the pattern and the words.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// The event pattern's id (`consult.meet_with`).
    pub pattern_id: String,
    /// Byte spans of the actor mentions.
    pub actor_spans: Vec<Span>,
    /// Byte spans of the event words.
    pub verb_spans: Vec<Span>,
    /// Byte spans of the recipient mentions.
    pub recipient_spans: Vec<Span>,
    /// Indices (0-based) of every sentence that told this event; the first is
    /// the one the record's `text` comes from.
    pub sentences: Vec<usize>,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The place name as written.
    pub extracted_place: String,
    /// ISO-3 code of the country, when known (a country, capital or
    /// gazetteer place).
    pub country_code: Option<String>,
    /// Byte span of the place name in the document text, when it was found
    /// in the text (not in the headline or dateline).
    pub span: Option<Span>,
    /// The gazetteer's place, when the name was resolved (GeoNames id,
    /// feature code, coordinates).
    pub geo: Option<&'static dyad_geo::PlaceRecord>,
    /// The first-level division `geo` lies in (itself for a division).
    pub admin1: Option<&'static dyad_geo::PlaceRecord>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The document's id.
    pub doc_id: String,
    /// Index (0-based) of the sentence it was coded from.
    pub sentence: usize,
    /// Ordinal of the event within the document (0-based), for ids.
    pub ordinal: usize,
    /// Event date.
    pub date: NaiveDate,
    /// The relative date expression that shifted it ("on Tuesday"), if any.
    pub date_text: Option<String>,
    /// Time of day `HH:MM:SS±HH:MM`, when the document gives one and the event
    /// is dated on the document's day.
    pub time: Option<String>,
    /// Actors (PLOVER `actor`); several for compound or reciprocal events.
    pub actor: Vec<Entity>,
    /// Recipients (PLOVER `recipient`); empty for reciprocal events.
    pub recipient: Vec<Entity>,
    /// PLOVER category.
    pub category: Category,
    /// PLOVER modes.
    pub modes: Vec<&'static str>,
    /// PLOVER contexts.
    pub contexts: Vec<&'static str>,
    /// Auxiliary modes (future, hypothetical, negation, historical).
    pub aux_modes: Vec<AuxMode>,
    /// The CAMEO event it was coded as.
    pub cameo: &'static CameoEvent,
    /// The event words as written.
    pub event_text: Vec<String>,
    /// Where it took place.
    pub place: Option<Place>,
    /// Why it was coded.
    pub evidence: Evidence,
    /// Byte span of the sentence in the document text.
    pub sentence_span: Span,
}

impl Event {
    /// PLOVER quad code of the category (SANCTION as material conflict).
    pub fn quad_code(&self) -> u8 {
        self.category.quad()
    }

    /// PLOVER `event_scale`: the category's score refined by its modes.
    pub fn event_scale(&self) -> f64 {
        dyad_ontology::plover::event_scale_by_name(self.category, &self.modes).unwrap_or_else(|_| self.category.score())
    }
}
