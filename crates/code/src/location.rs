//! Where an event happened: the place a sentence names, the gazetteer's
//! record for it, and the country of a gazetteer place.


use dyad_dict::Dictionaries;
use dyad_recognize::Recognized;
use dyad_segment::Span;

use crate::Place;

/// The place a sentence names with "in" ("in Beijing"): a capital or a
/// country from the dictionaries, and whether it is a country's name (a
/// place no more precise than the country).
pub(crate) fn place_in(rec: &Recognized<'_>, dict: &Dictionaries, text: &str, in_document: bool) -> Option<(Place, bool)> {
    let s = &rec.sentence;
    for m in &s.phrases {
        // "in south-west Turkey", "in northern Syria": a part of the country.
        let mut before = m.start;
        while before > 0 && m.start - before < 2 && dict.closed.is(dyad_dict::WordClass::CompassWord, &s.lower[before - 1]) {
            before -= 1;
        }
        if before > 0 && matches!(s.lower[before - 1].as_ref(), "in" | "throughout" | "across" | "inside") {
            for r in &m.refs {
                if let dyad_dict::ActorRef::Country(i) = r {
                    let c = &dict.countries[*i as usize];
                    if matches!(c.kind, dyad_dict::CountryKind::Capital | dyad_dict::CountryKind::Name) {
                        let span = Span { start: s.tokens[m.start].span.start, end: s.tokens[m.end - 1].span.end };
                        let place = Place {
                            extracted_place: text[span.start..span.end].to_string(),
                            country_code: Some(c.code.clone()),
                            span: in_document.then_some(span),
                            geo: None,
                            admin1: None,
                        };
                        let country_level = m.refs.iter().any(|r| {
                            matches!(r, dyad_dict::ActorRef::Country(j) if dict.countries[*j as usize].kind == dyad_dict::CountryKind::Name)
                        });
                        return Some((place, country_level));
                    }
                }
            }
        }
    }
    None
}


/// The place sentence `si` puts its events in: a gazetteer place introduced
/// by a word of place ("in", "near", "outside", "the town of"; not "from"
/// or "to"), the most precise first (a town before its region before its
/// country).
/// A place name that the dictionaries know as an organisation ("Nato" is
/// also a town in the Philippines) is not taken for a place. (A surname
/// alone names nobody: "Goma" stays the Congolese city.)
pub(crate) fn sentence_place(places: &dyad_geo::DocumentPlaces<'static>, si: usize, text: &str, rec: &Recognized<'_>) -> Option<Place> {
    let rank = |p: &dyad_geo::Place| match p.record.kind() {
        dyad_geo::Kind::Town | dyad_geo::Kind::Capital | dyad_geo::Kind::District | dyad_geo::Kind::Other => 0,
        dyad_geo::Kind::Region => 1,
        dyad_geo::Kind::Country => 2,
        dyad_geo::Kind::Continent => 3,
    };
    let s = &rec.sentence;
    let named_otherwise = |span: Span| {
        s.phrases.iter().any(|m| {
            let (start, end) = (s.tokens[m.start].span.start, s.tokens[m.end - 1].span.end);
            start <= span.start
                && span.end <= end
                && m.refs.iter().any(|r| matches!(r, dyad_dict::ActorRef::Organisation(_)))
                && !m.refs.iter().any(|r| matches!(r, dyad_dict::ActorRef::Country(_)))
        })
    };
    let best = places.in_sentence(si).filter(|p| p.at && rank(p) < 3 && !named_otherwise(p.span)).min_by_key(|p| (rank(p), p.span.start))?;
    Some(Place {
        extracted_place: best.span.text(text).to_string(),
        country_code: dyad_country(best.record),
        span: Some(best.span),
        geo: Some(best.record),
        admin1: best.admin1,
    })
}

/// Whether the sentence's place `p` and the event word at token `at` stand
/// in two clauses that ", while", ", whereas" or ";" set against each other.
pub(crate) fn across_clauses(rec: &Recognized<'_>, p: &Place, at: usize) -> bool {
    let s = &rec.sentence;
    let Some(span) = p.span else { return false };
    let Some(place_at) = s.tokens.iter().position(|t| t.span.start >= span.start) else { return false };
    if at >= s.tokens.len() {
        return false;
    }
    let (lo, hi) = if place_at < at { (place_at, at) } else { (at, place_at) };
    (lo + 1..hi).any(|k| s.lower[k] == ";" || (matches!(s.lower[k].as_ref(), "while" | "whereas") && s.lower[k - 1] == ","))
}

/// Whether a place is no more precise than its country.
pub(crate) fn is_country(p: &Place) -> bool {
    p.geo.is_some_and(|g| g.kind() == dyad_geo::Kind::Country)
}

/// The gazetteer's record for a place the dictionaries found, matched by
/// span.
pub(crate) fn with_geo(mut p: Place, places: Option<&dyad_geo::DocumentPlaces<'static>>) -> Place {
    if let (Some(span), Some(places)) = (p.span, places) {
        if let Some(found) = places.places.iter().find(|q| q.span.start < span.end && span.start < q.span.end) {
            p.geo = Some(found.record);
            p.admin1 = found.admin1;
            // The gazetteer read the name in its document as a first-level
            // division of another country ("Georgia, near Atlanta": the US
            // state): that country is the place's. (Other readings stay the
            // dictionaries': the gazetteer errs more often on a country's
            // name than they do.)
            if found.record.feature_code == "ADM1" {
                if let Some(code) = dyad_country(found.record) {
                    p.country_code = Some(code);
                }
            }
        }
    }
    p
}

/// dyad's code for a gazetteer place's country (ISO-3, KOS for Kosovo), if
/// dyad knows the country.
pub(crate) fn dyad_country(r: &dyad_geo::PlaceRecord) -> Option<String> {
    dyad_ontology::countries::country(r.country).map(|c| c.alpha3.to_string())
}
