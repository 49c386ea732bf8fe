//! Storing coded documents: one transaction per batch, so that a process
//! killed mid-way loses at most the batch in flight and the next run
//! resumes without duplicates.

use chrono::NaiveDate;
use dyad_core::Document;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::merge::{party_key, refresh_story, story_for, Report};
use crate::{Store, StoreError};

/// A coded document to store.
pub struct NewDocument<'a> {
    /// The cleaned document.
    pub doc: &'a Document,
    /// Its sentences as character offsets `(start, end)` into `doc.text`.
    pub sentences: Vec<(usize, usize)>,
    /// Its events as PLOVER records (what `dyad code` prints, one object
    /// per event).
    pub events: Vec<Value>,
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
        let mut tx = self.conn.transaction().map_err(|e| StoreError::sqlite(&path, e))?;
        let mut summary = AddSummary::default();
        let mut stored = Vec::with_capacity(batch.len());
        for item in batch {
            // A savepoint per document: a record that cannot be stored costs
            // its document only.
            let mut sp = tx.savepoint().map_err(|e| StoreError::sqlite(&path, e))?;
            let mut one = AddSummary::default();
            match add_one(&sp, &rule, item, &mut one) {
                Ok(doc_key) => {
                    sp.commit().map_err(|e| StoreError::sqlite(&path, e))?;
                    summary += one;
                    stored.extend(doc_key.map(|k| (k, item.doc)));
                }
                Err(Failure::Record(m)) => {
                    sp.rollback().map_err(|e| StoreError::sqlite(&path, e))?;
                    summary.rejected.push(format!("document {}: {m}", item.doc.id));
                }
                Err(Failure::Sqlite(e)) => return Err(StoreError::sqlite(&path, e)),
            }
        }
        // The full-text index is written once per batch, outside the
        // per-document savepoints: FTS5 writes its pending terms to disk as a
        // new segment at every savepoint, which made one segment (and many
        // merges) per document.
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
    for record in &item.events {
        add_event(tx, rule, doc_key, record, &reported, summary)?;
    }
    summary.documents += 1;
    Ok(Some(doc_key))
}

fn text_list(v: Option<&Value>) -> String {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(";"))
        .unwrap_or_default()
}

fn add_event(tx: &Connection, rule: &crate::MergeRule, doc_key: i64, record: &Value, reported: &str, summary: &mut AddSummary) -> Result<(), Failure> {
    let field = |name: &str| record.get(name);
    let str_field = |name: &str| -> Result<&str, Failure> { field(name).and_then(Value::as_str).ok_or_else(|| Failure::Record(format!("event record without `{name}`"))) };
    let id = str_field("id")?;
    let date_text = str_field("date")?;
    let date = NaiveDate::parse_from_str(date_text, "%Y-%m-%d").map_err(|e| Failure::Record(format!("event {id}: date {date_text:?}: {e}")))?;
    let category = field("event").and_then(|e| e.get(0)).and_then(Value::as_str).ok_or_else(|| Failure::Record(format!("event {id} without a category")))?;
    let mode = text_list(field("mode"));
    let context = text_list(field("context"));
    let actor = party_key(field("actor"));
    let recipient = party_key(field("recipient"));
    let cameo = field("cameo");
    let cameo_code = cameo.and_then(|c| c.get("code")).and_then(Value::as_str).unwrap_or("");
    let goldstein = cameo.and_then(|c| c.get("goldstein")).and_then(Value::as_f64).unwrap_or(0.0);
    let quad_class = cameo.and_then(|c| c.get("quad_class")).and_then(Value::as_i64).unwrap_or(0);
    let quad_code = field("quad_code").and_then(Value::as_i64).unwrap_or(0);
    let loc = field("event_loc");
    let loc_str = |k: &str| loc.and_then(|l| l.get(k)).and_then(Value::as_str);
    let loc_num = |k: &str| loc.and_then(|l| l.get(k)).and_then(Value::as_f64);
    let point = loc_num("lat").zip(loc_num("lon"));
    let country = loc_str("country_code");
    let info = field("text_info");
    let info_num = |k: &str| info.and_then(|t| t.get(k)).and_then(Value::as_i64).unwrap_or(0);
    let event_text = text_list(field("event_text"));
    let pattern = field("evidence").and_then(|e| e.get("pattern")).and_then(Value::as_str);
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
            field("event_scale").and_then(Value::as_f64).unwrap_or(0.0),
            cameo_code,
            goldstein,
            quad_class,
            loc_str("extracted_place"),
            country,
            loc.and_then(|l| l.get("geonameid")).and_then(Value::as_i64),
            loc_str("admin1"),
            point.map(|p| p.0),
            point.map(|p| p.1),
            info_num("sequence"),
            info_num("start"),
            info_num("end"),
            event_text,
            pattern
        ])?;
    if inserted == 0 {
        // The savepoint is rolled back: the story this report may have
        // started goes with it.
        return Err(Failure::Record(format!("event id {id} is already stored (two documents with one id?)")));
    }
    let event_key = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO records (event_key, record) VALUES (?1, ?2)")?.execute(params![event_key, record.to_string()])?;
    let mut entity = tx.prepare_cached("INSERT INTO entities (event_key, role, position, code, sector, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?;
    for role in ["actor", "recipient"] {
        for (k, p) in field(role).and_then(Value::as_array).into_iter().flatten().enumerate() {
            let s = |n: &str| p.get(n).and_then(Value::as_str).unwrap_or("");
            entity.execute(params![event_key, role, k as i64, s("code"), s("sector"), s("entity_text")])?;
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
