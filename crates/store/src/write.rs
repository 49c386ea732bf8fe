//! Storing coded documents: one transaction per batch, so that a process
//! killed mid-way loses at most the batch in flight and the next run
//! resumes without duplicates.

use std::borrow::Cow;

use chrono::NaiveDate;
use dyad_core::Document;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::merge::{party_key, refresh_story, story_for, Report};
use crate::{Store, StoreError};

/// A coded document to store.
pub struct NewDocument<'a> {
    /// The cleaned document.
    pub doc: &'a Document,
    /// Its sentences as character offsets `(start, end)` into `doc.text`.
    pub sentences: Vec<(usize, usize)>,
    /// Its events as PLOVER records: the JSON lines `dyad code` prints,
    /// one per event (kept as written; the store reads the fields it
    /// indexes from them).
    pub events: Vec<String>,
    /// The place names resolved in its text.
    pub places: Vec<NewPlace>,
}

/// A resolved place name of a document (as `dyad extract --places` gives
/// it), character offsets into the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlace {
    /// The name as written.
    pub text: String,
    /// Character offset of its first character.
    pub start: usize,
    /// Character offset past its last character.
    pub end: usize,
    /// The gazetteer's name.
    pub name: String,
    /// GeoNames id (0 for none).
    pub geonameid: u32,
    /// GeoNames feature code.
    pub feature_code: String,
    /// ISO-3 country code.
    pub country: String,
    /// First-level division.
    pub admin1: Option<String>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// What one [`Store::add`] did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AddSummary {
    /// Documents stored.
    pub documents: u64,
    /// Documents not stored because the database had them (same id or
    /// same text).
    pub duplicates: u64,
    /// Event reports stored.
    pub events: u64,
    /// Stories started by them.
    pub new_stories: u64,
    /// Reports that joined a story already told by another report.
    pub merged: u64,
    /// Documents left out because one of their records could not be
    /// stored, each with the reason (the rest of the batch is stored).
    pub rejected: Vec<String>,
}

impl std::ops::AddAssign for AddSummary {
    fn add_assign(&mut self, o: AddSummary) {
        self.documents += o.documents;
        self.duplicates += o.duplicates;
        self.events += o.events;
        self.new_stories += o.new_stories;
        self.merged += o.merged;
        self.rejected.extend(o.rejected);
    }
}

/// The SHA-256 of a document's cleaned text, hex: the same article from two
/// feeds (different ids) is stored once.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Whether the database already holds this document (by id or text).
    pub fn contains(&self, doc: &Document) -> Result<bool, StoreError> {
        known(&self.conn, &doc.id, &content_hash(&doc.text)).map_err(|e| self.err(e))
    }

    /// Stores a batch of coded documents in one transaction: all or none.
    pub fn add(&mut self, batch: &[NewDocument]) -> Result<AddSummary, StoreError> {
        let path = self.path.clone();
        let rule = self.merge;
        let tx = self.conn.transaction().map_err(|e| StoreError::sqlite(&path, e))?;
        let mut summary = AddSummary::default();
        let mut stored = Vec::with_capacity(batch.len());
        for item in batch {
            // Every record of a document is read and checked before anything
            // of it is written, so a record that cannot be stored costs its
            // document only, without a savepoint per document (SQLite copies
            // each page a savepoint changes into its statement journal).
            let mut one = AddSummary::default();
            match add_one(&tx, &rule, item, &mut one) {
                Ok(doc_key) => {
                    summary += one;
                    stored.extend(doc_key.map(|k| (k, item.doc)));
                }
                Err(Failure::Record(m)) => summary.rejected.push(format!("document {}: {m}", item.doc.id)),
                Err(Failure::Sqlite(e)) => return Err(StoreError::sqlite(&path, e)),
            }
        }
        // The full-text index is written once per batch: FTS5 writes its
        // pending terms to disk as a new segment at every savepoint, which
        // made one segment (and many merges) per document.
        let mut fts = tx.prepare_cached("INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)").map_err(|e| StoreError::sqlite(&path, e))?;
        for (doc_key, doc) in stored {
            fts.execute(params![doc_key, doc.title.as_deref().unwrap_or(""), doc.text]).map_err(|e| StoreError::sqlite(&path, e))?;
        }
        drop(fts);
        tx.commit().map_err(|e| StoreError::sqlite(&path, e))?;
        Ok(summary)
    }
}

enum Failure {
    Sqlite(rusqlite::Error),
    Record(String),
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        Failure::Sqlite(e)
    }
}

fn known(conn: &Connection, id: &str, hash: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM documents WHERE id = ?1 OR content_hash = ?2 LIMIT 1")?
        .query_row(params![id, hash], |_| Ok(()))
        .optional()
        .map(|o| o.is_some())
}

/// Stores one document without its full-text entry; gives its key, or
/// `None` where the database already had it.
fn add_one(tx: &Connection, rule: &crate::MergeRule, item: &NewDocument, summary: &mut AddSummary) -> Result<Option<i64>, Failure> {
    let doc = item.doc;
    let hash = content_hash(&doc.text);
    if known(tx, &doc.id, &hash)? {
        summary.duplicates += 1;
        return Ok(None);
    }
    let records = item.events.iter().map(|line| Checked::read(line)).collect::<Result<Vec<_>, _>>().map_err(Failure::Record)?;
    let mut ids = std::collections::HashSet::new();
    for r in &records {
        if !ids.insert(r.id.as_ref()) || event_known(tx, &r.id)? {
            return Err(Failure::Record(format!("event id {} is already stored (two documents with one id?)", r.id)));
        }
    }
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    tx.prepare_cached(
        "INSERT INTO documents (id, url, source, title, date, datetime, place, language, content_hash, text, ingested_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        doc.id,
        doc.url,
        doc.source,
        doc.title,
        doc.date.map(|d| d.to_string()),
        doc.datetime.map(|d| d.to_rfc3339()),
        doc.place,
        doc.language,
        hash,
        doc.text,
        now
    ])?;
    let doc_key = tx.last_insert_rowid();
    let mut sentence = tx.prepare_cached("INSERT INTO sentences (doc_key, sequence, start, end) VALUES (?1, ?2, ?3, ?4)")?;
    for (k, (start, end)) in item.sentences.iter().enumerate() {
        sentence.execute(params![doc_key, k as i64 + 1, *start as i64, *end as i64])?;
    }
    let mut place = tx.prepare_cached(
        "INSERT OR IGNORE INTO places (doc_key, start, end, text, name, geonameid, feature_code, country, admin1, lat, lon)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for p in &item.places {
        place.execute(params![doc_key, p.start as i64, p.end as i64, p.text, p.name, p.geonameid, p.feature_code, p.country, p.admin1, p.lat, p.lon])?;
    }
    // When the document told it: the merge keeps the first and last.
    let reported = doc.datetime.map(|d| d.to_rfc3339()).or_else(|| doc.date.map(|d| d.to_string())).unwrap_or_else(|| now.clone());
    for (line, record) in item.events.iter().zip(&records) {
        add_event(tx, rule, doc_key, line, record, &reported, summary)?;
    }
    summary.documents += 1;
    Ok(Some(doc_key))
}

/// The fields of a PLOVER record the store reads, borrowed from the line
/// where they have no escapes (the rest of the record is kept as written).
#[derive(Deserialize)]
struct RecordFields<'a> {
    #[serde(borrow)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow)]
    date: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    event: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    mode: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    context: Vec<Cow<'a, str>>,
    #[serde(borrow, default)]
    actor: Vec<PartyFields<'a>>,
    #[serde(borrow, default)]
    recipient: Vec<PartyFields<'a>>,
    #[serde(borrow, default)]
    event_text: Vec<Cow<'a, str>>,
    quad_code: Option<i64>,
    event_scale: Option<f64>,
    #[serde(borrow)]
    event_loc: Option<LocationFields<'a>>,
    text_info: Option<TextInfoFields>,
    #[serde(borrow)]
    cameo: Option<CameoFields<'a>>,
    #[serde(borrow)]
    evidence: Option<EvidenceFields<'a>>,
}

/// An actor or recipient: country code and sector (either may be absent).
#[derive(Deserialize)]
pub(crate) struct PartyFields<'a> {
    #[serde(borrow)]
    pub code: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub sector: Option<Cow<'a, str>>,
    #[serde(borrow)]
    entity_text: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct LocationFields<'a> {
    #[serde(borrow)]
    extracted_place: Option<Cow<'a, str>>,
    #[serde(borrow)]
    country_code: Option<Cow<'a, str>>,
    geonameid: Option<i64>,
    #[serde(borrow)]
    admin1: Option<Cow<'a, str>>,
    lat: Option<f64>,
    lon: Option<f64>,
}

#[derive(Deserialize)]
struct TextInfoFields {
    sequence: Option<i64>,
    start: Option<i64>,
    end: Option<i64>,
}

#[derive(Deserialize)]
struct CameoFields<'a> {
    #[serde(borrow)]
    code: Option<Cow<'a, str>>,
    goldstein: Option<f64>,
    quad_class: Option<i64>,
}

#[derive(Deserialize)]
struct EvidenceFields<'a> {
    #[serde(borrow)]
    pattern: Option<Cow<'a, str>>,
}

fn joined(list: &[Cow<'_, str>]) -> String {
    list.join(";")
}

/// A record read and checked: its fields, its id and date.
struct Checked<'a> {
    fields: RecordFields<'a>,
    id: Cow<'a, str>,
    date: NaiveDate,
}

impl<'a> Checked<'a> {
    fn read(line: &'a str) -> Result<Checked<'a>, String> {
        let fields: RecordFields<'a> = serde_json::from_str(line).map_err(|e| format!("not a PLOVER record: {e}"))?;
        let id = fields.id.clone().ok_or("event record without `id`")?;
        let date_text = fields.date.as_deref().ok_or("event record without `date`")?;
        let date = NaiveDate::parse_from_str(date_text, "%Y-%m-%d").map_err(|e| format!("event {id}: date {date_text:?}: {e}"))?;
        if fields.event.is_empty() {
            return Err(format!("event {id} without a category"));
        }
        Ok(Checked { fields, id, date })
    }
}

fn event_known(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM events WHERE id = ?1").map(|mut q| q.exists(params![id]))?
}

fn add_event(tx: &Connection, rule: &crate::MergeRule, doc_key: i64, line: &str, checked: &Checked, reported: &str, summary: &mut AddSummary) -> Result<(), Failure> {
    let record = &checked.fields;
    let (id, date) = (checked.id.as_ref(), checked.date);
    let date_text = record.date.as_deref().unwrap_or_default();
    let category = record.event[0].as_ref();
    let mode = joined(&record.mode);
    let context = joined(&record.context);
    let actor = party_key(&record.actor);
    let recipient = party_key(&record.recipient);
    let cameo_code = record.cameo.as_ref().and_then(|c| c.code.as_deref()).unwrap_or("");
    let goldstein = record.cameo.as_ref().and_then(|c| c.goldstein).unwrap_or(0.0);
    let quad_class = record.cameo.as_ref().and_then(|c| c.quad_class).unwrap_or(0);
    let quad_code = record.quad_code.unwrap_or(0);
    let loc = record.event_loc.as_ref();
    let point = loc.and_then(|l| l.lat.zip(l.lon));
    let country = loc.and_then(|l| l.country_code.as_deref());
    let info = |k: fn(&TextInfoFields) -> Option<i64>| record.text_info.as_ref().and_then(k).unwrap_or(0);
    let event_text = joined(&record.event_text);
    let pattern = record.evidence.as_ref().and_then(|e| e.pattern.as_deref());
    // A report that says the event did not, will or might happen, or
    // happened years ago, tells another event than one that says it happened.
    let standing: Vec<&str> = context.split(';').filter(|c| matches!(*c, "negation" | "future" | "hypothetical" | "historical")).collect();
    let merge_key = format!("{category}|{mode}|{actor}|{recipient}|{}", standing.join(";"));
    let report = Report {
        merge_key: &merge_key,
        category,
        mode: &mode,
        actor: &actor,
        recipient: &recipient,
        cameo_code,
        goldstein,
        quad_code,
        date,
        country,
        point,
        reported,
    };
    let (story, new_story) = story_for(tx, rule, &report)?;
    let inserted = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO events (id, doc_key, story_key, date, category, mode, context, actor, recipient,
                quad_code, event_scale, cameo_code, goldstein, quad_class, place, country, geonameid, admin1, lat, lon,
                sentence, sentence_start, sentence_end, event_text, pattern)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?
        .execute(params![
            id,
            doc_key,
            story,
            date_text,
            category,
            mode,
            context,
            actor,
            recipient,
            quad_code,
            record.event_scale.unwrap_or(0.0),
            cameo_code,
            goldstein,
            quad_class,
            loc.and_then(|l| l.extracted_place.as_deref()),
            country,
            loc.and_then(|l| l.geonameid),
            loc.and_then(|l| l.admin1.as_deref()),
            point.map(|p| p.0),
            point.map(|p| p.1),
            info(|t| t.sequence),
            info(|t| t.start),
            info(|t| t.end),
            event_text,
            pattern
        ])?;
    if inserted == 0 {
        // The ids were checked before the document was written: this is a
        // database in an unexpected state, and the batch is not stored.
        return Err(Failure::Sqlite(rusqlite::Error::StatementChangedRows(0)));
    }
    let event_key = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO records (event_key, record) VALUES (?1, ?2)")?.execute(params![event_key, line])?;
    let mut entity = tx.prepare_cached("INSERT INTO entities (event_key, role, position, code, sector, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for (role, parties) in [("actor", &record.actor), ("recipient", &record.recipient)] {
        for (k, p) in parties.iter().enumerate() {
            let s = |v: &Option<Cow<'_, str>>| v.as_deref().unwrap_or("").to_string();
            entity.execute(params![event_key, role, k as i64, s(&p.code), s(&p.sector), s(&p.entity_text)])?;
        }
    }
    summary.events += 1;
    if new_story {
        summary.new_stories += 1;
    } else {
        refresh_story(tx, story, &report)?;
        summary.merged += 1;
    }
    Ok(())
}
