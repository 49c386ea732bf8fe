//! GDELT 2.0 event table rows (the `export.CSV` files): 61 tab-separated
//! columns, no header line, one row per CAMEO dyad.
//!
//! dyad fills what it knows and leaves the rest empty:
//!
//! - `GlobalEventID`: a running number per writer, starting at 1.
//! - `Day`/`MonthYear`/`Year` from the event date; `FractionDate` is
//!   `year + day_of_year / 365` with 4 decimals, which is what GDELT's files
//!   hold (the codebook's prose formula `(MONTH * 30 + DAY) / 365` is not).
//! - Actor columns: the CAMEO actor code and its decomposition by
//!   [`parse_actor_code`]: `CountryCode` is the first country, former-state or
//!   region block (as written, CAMEO spelling); `KnownGroupCode` the
//!   organisation's GDELT suffix, else the first known-group block;
//!   `EthnicCode` the first ethnic block; `Religion1Code`/`Religion2Code` the
//!   first two religion blocks; `Type1Code`–`Type3Code` the first three role
//!   blocks. `Name` is the canonical name (else the words as written) in upper
//!   case, as GDELT writes names. A missing actor leaves all ten empty
//!   (GDELT's blank, not PETRARCH's `---`).
//! - `IsRootEvent`: 1 when the event comes from one of the first three
//!   sentences (GDELT's "lead paragraph"), else 0.
//! - `EventCode`, `EventBaseCode` (3 digits, or the code itself for a root),
//!   `EventRootCode` (2 digits), `QuadClass` and `GoldsteinScale` of the
//!   dyad's code.
//! - `NumMentions` = the number of sentences that told the event (at least 1);
//!   `NumSources` = `NumArticles` = 1: one document is one article from one
//!   source. `AvgTone` is empty: dyad does not score tone.
//! - Geography, when the event's place was resolved in the gazetteer:
//!   `ActionGeo_Type` 1 (country), 2 (US state), 3 (US city or county), 4
//!   (world city) or 5 (world first-level division); `ActionGeo_FullName`
//!   GDELT-style "place, region, country"; `ActionGeo_CountryCode` the FIPS
//!   10-4 country code (GDELT's); `ActionGeo_ADM1Code` the FIPS country code
//!   followed by the GeoNames first-level division code ("USKY", "CA01"; for
//!   a country, its FIPS code alone); `ActionGeo_ADM2Code` empty;
//!   `ActionGeo_Lat`/`_Long` the coordinates; `ActionGeo_FeatureID` the
//!   GeoNames id (GDELT uses GNS/GNIS ids). A place not resolved keeps the
//!   name as written, type 1 for a country's name, 3 or 4 for a known
//!   capital, the rest empty. `Actor1Geo_*`/`Actor2Geo_*` are the event's
//!   place when the actor belongs to that place's country (police in a
//!   town, a government in its capital), else unknown (type 0, empty).
//! - `DATEADDED` is the coded date at `000000`; `SOURCEURL` the document URL.

use std::io::{self, Write};

use dyad_code::{Entity, Event};
use dyad_core::Document;
use dyad_ontology::actor_codes::{parse_actor_code, BlockKind};
use dyad_ontology::countries;

use chrono::Datelike;

use crate::dyads::{cameo_dyads, Dyad};
use crate::util::{float, tsv_field};
use crate::{should_write, EventWriter, WriterConfig};

/// The 61 columns of a GDELT 2.0 event record, in file order (GDELT 2.0 Event
/// Codebook, 2015): 57 of the GDELT 1.0 layout with an `ADM2Code` added to
/// each of the three geography blocks, then `DATEADDED` and `SOURCEURL`.
/// `Day` is called `SQLDATE` in GDELT 1.0 and BigQuery.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Sentences 0..LEAD count as GDELT's lead paragraph for `IsRootEvent`.
const LEAD: usize = 3;

/// GDELT geography type of an unknown location.
const GEO_NONE: &str = "0";

/// The ten actor columns of one side of a dyad.
fn actor_fields(actor: Option<&Entity>) -> [String; 10] {
    let mut f: [String; 10] = Default::default();
    let Some(e) = actor else { return f };
    let code = e.cameo_code.trim();
    if code.is_empty() || code == crate::NULL_ACTOR {
        return f;
    }
    f[0] = tsv_field(code);
    let name = e.identifier_text.as_deref().unwrap_or(&e.entity_text);
    f[1] = name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase();
    // A code dyad cannot parse still goes out whole in Actor*Code.
    let Ok(parsed) = parse_actor_code(code) else {
        return f;
    };
    let first = |kinds: &[BlockKind]| {
        parsed
            .blocks
            .iter()
            .find(|b| kinds.contains(&b.kind))
            .map(|b| b.code.clone())
            .unwrap_or_default()
    };
    f[2] = first(&[
        BlockKind::Country,
        BlockKind::HistoricalState,
        BlockKind::Region,
    ]);
    f[3] = parsed
        .organisation()
        .and_then(|o| o.gdelt_suffix)
        .map(str::to_string)
        .unwrap_or_else(|| first(&[BlockKind::KnownGroup]));
    f[4] = first(&[BlockKind::Ethnic]);
    for (slot, code) in (5..7).zip(parsed.of_kind(BlockKind::Religion)) {
        f[slot] = code.to_string();
    }
    for (slot, code) in (7..10).zip(parsed.roles()) {
        f[slot] = code.to_string();
    }
    f
}

/// The eight geography columns of a resolved place (type, full name,
/// country, ADM1, ADM2, lat, long, feature id).
fn resolved_geo(place: &dyad_code::Place, g: &dyad_geo::PlaceRecord) -> [String; 8] {
    use dyad_geo::Kind;
    let us = g.iso2 == "US";
    let kind = match g.kind() {
        Kind::Country | Kind::Continent => "1",
        Kind::Region if us => "2",
        Kind::Region => "5",
        _ if us => "3",
        _ => "4",
    };
    let country_name = countries::country(g.country).map(|c| c.common_name).unwrap_or(g.name);
    let mut parts: Vec<&str> = Vec::new();
    if !matches!(g.kind(), Kind::Country | Kind::Continent) {
        parts.push(g.name);
        if let Some(a) = place.admin1.filter(|a| !std::ptr::eq(*a, g)) {
            parts.push(a.name);
        }
    }
    if !g.country.is_empty() {
        parts.push(country_name);
    }
    let adm1 = if g.kind() == Kind::Country || g.admin1.is_empty() { g.fips.to_string() } else { format!("{}{}", g.fips, g.admin1) };
    [
        kind.to_string(),
        tsv_field(&parts.join(", ")),
        g.fips.to_string(),
        tsv_field(&adm1),
        String::new(),
        format!("{:.5}", g.lat),
        format!("{:.5}", g.lon),
        if g.geonameid == 0 { String::new() } else { g.geonameid.to_string() },
    ]
}

/// The eight `ActionGeo_*` columns of the event's place.
fn action_geo_fields(event: &Event) -> [String; 8] {
    if let Some((place, g)) = event.place.as_ref().and_then(|p| Some((p, p.geo?))) {
        return resolved_geo(place, g);
    }
    let (kind, name) = action_geo(event);
    let mut f: [String; 8] = Default::default();
    f[0] = kind;
    f[1] = name;
    f
}

/// The eight `Actor*Geo_*` columns: the event's place when the actor is of
/// that place's country, else unknown.
fn actor_geo_fields(event: &Event, actor: Option<&Entity>) -> [String; 8] {
    let mut f: [String; 8] = Default::default();
    f[0] = GEO_NONE.to_string();
    if let (Some(place), Some(a)) = (event.place.as_ref(), actor) {
        if let Some(g) = place.geo {
            if !g.country.is_empty() && place.country_code.as_deref() == Some(a.code.as_str()) {
                return resolved_geo(place, g);
            }
        }
    }
    f
}

/// `ActionGeo_Type` and `ActionGeo_FullName` of a place the gazetteer did
/// not resolve.
fn action_geo(event: &Event) -> (String, String) {
    let Some(place) = &event.place else {
        return (GEO_NONE.to_string(), String::new());
    };
    let name = place.extracted_place.trim();
    let kind = match place.country_code.as_deref() {
        Some(cc) => {
            let is_country = countries::country(cc).is_some_and(|c| {
                c.common_name.eq_ignore_ascii_case(name) || c.name.eq_ignore_ascii_case(name)
            });
            match (is_country, cc) {
                (true, _) => "1",
                (false, "USA") => "3",
                (false, _) => "4",
            }
        }
        None => "",
    };
    (kind.to_string(), tsv_field(name))
}

fn row(
    doc: &Document,
    event: &Event,
    config: &WriterConfig,
    dyad: &Dyad<'_>,
    id: u64,
) -> Vec<String> {
    let d = event.date;
    let code = dyad.code;
    let mentions = event.evidence.sentences.len().max(1);
    let mut r: Vec<String> = Vec::with_capacity(GDELT_COLUMNS.len());
    r.push(id.to_string());
    r.push(d.format("%Y%m%d").to_string());
    r.push(d.format("%Y%m").to_string());
    r.push(d.format("%Y").to_string());
    r.push(format!(
        "{:.4}",
        f64::from(d.year()) + f64::from(d.ordinal()) / 365.0
    ));
    r.extend(actor_fields(dyad.source));
    r.extend(actor_fields(dyad.target));
    r.push(if event.sentence < LEAD { "1" } else { "0" }.to_string());
    r.push(code.code.to_string());
    r.push(code.code[..code.code.len().min(3)].to_string());
    r.push(code.root_code().to_string());
    r.push(code.quad_class.to_string());
    r.push(float(code.goldstein));
    r.push(mentions.to_string());
    r.push("1".to_string());
    r.push("1".to_string());
    r.push(String::new()); // AvgTone
    r.extend(actor_geo_fields(event, dyad.source));
    r.extend(actor_geo_fields(event, dyad.target));
    r.extend(action_geo_fields(event));
    r.push(config.coded_date.format("%Y%m%d000000").to_string());
    r.push(doc.url.as_deref().map(tsv_field).unwrap_or_default());
    debug_assert_eq!(r.len(), GDELT_COLUMNS.len());
    r
}

/// The GDELT rows of one event, one per CAMEO dyad, numbered from `first_id`.
/// Each row has exactly [`GDELT_COLUMNS`]`.len()` fields, none containing a
/// tab or line break.
pub fn gdelt_rows(
    doc: &Document,
    event: &Event,
    config: &WriterConfig,
    first_id: u64,
) -> Vec<Vec<String>> {
    cameo_dyads(event)
        .iter()
        .zip(first_id..)
        .map(|(dyad, id)| row(doc, event, config, dyad, id))
        .collect()
}

/// Writes GDELT 2.0 event rows, no header (GDELT's files have none; the
/// column names are [`GDELT_COLUMNS`]).
pub struct GdeltWriter<W: Write> {
    out: W,
    config: WriterConfig,
    next_id: u64,
}

impl<W: Write> GdeltWriter<W> {
    /// A writer over `out`; event ids start at 1.
    pub fn new(out: W, config: WriterConfig) -> Self {
        GdeltWriter {
            out,
            config,
            next_id: 1,
        }
    }

    /// Gives the output back.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> EventWriter for GdeltWriter<W> {
    fn header(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn write_document(&mut self, doc: &Document, events: &[Event]) -> io::Result<()> {
        for event in events.iter().filter(|e| should_write(e, &self.config)) {
            let rows = gdelt_rows(doc, event, &self.config, self.next_id);
            self.next_id += rows.len() as u64;
            for r in rows {
                writeln!(self.out, "{}", r.join("\t"))?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
