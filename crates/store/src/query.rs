//! Filtered lists and aggregates over stories (merged events, the
//! default) or event reports.
//!
//! Every query returns a [`Table`]: named, typed columns and rows of SQLite
//! values, which the caller prints as a table, CSV, JSON Lines or Parquet.

use chrono::NaiveDate;
use rusqlite::types::ToSql;
pub use rusqlite::types::Value as Cell;

pub use crate::format::{to_csv, to_jsonl, to_objects, to_text};
use rusqlite::Connection;

use crate::{Store, StoreError};

/// Which rows a query counts and lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// Story events: the reports of one event merged (the default).
    #[default]
    Stories,
    /// Event reports: one per event a document told.
    Reports,
}

/// A party to match: a country (or organisation) code, a sector, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Party {
    /// Code, such as `RUS` or `UNO`.
    pub code: Option<String>,
    /// Sector, such as `MIL` or `COP`.
    pub sector: Option<String>,
}

impl std::str::FromStr for Party {
    type Err = String;

    /// `RUS`, `RUS/MIL` or `/COP` (codes and sectors upper-cased).
    fn from_str(s: &str) -> Result<Party, String> {
        let s = s.trim().to_ascii_uppercase();
        let (code, sector) = match s.split_once('/') {
            Some((c, r)) => (c.to_string(), r.to_string()),
            None => (s.clone(), String::new()),
        };
        let ok = |p: &str| p.chars().all(|c| c.is_ascii_alphanumeric());
        if (code.is_empty() && sector.is_empty()) || !ok(&code) || !ok(&sector) {
            return Err(format!("{s:?} is not a party: write a code (RUS), a sector after a slash (/COP) or both (RUS/MIL)"));
        }
        Ok(Party { code: (!code.is_empty()).then_some(code), sector: (!sector.is_empty()).then_some(sector) })
    }
}

impl Party {
    /// A LIKE pattern over `'+' || key || '+'` (keys are `CODE/SECTOR`
    /// joined by `+`; codes and sectors are letters and digits only).
    fn pattern(&self) -> String {
        match (&self.code, &self.sector) {
            (Some(c), Some(s)) => format!("%+{c}/{s}+%"),
            (Some(c), None) => format!("%+{c}/%"),
            (None, Some(s)) => format!("%/{s}+%"),
            (None, None) => "%".to_string(),
        }
    }
}

/// What to select. Empty fields select everything.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// First day (inclusive).
    pub from: Option<NaiveDate>,
    /// Last day (inclusive).
    pub to: Option<NaiveDate>,
    /// One of the actors.
    pub actor: Option<Party>,
    /// One of the recipients.
    pub recipient: Option<Party>,
    /// PLOVER categories (any of them).
    pub categories: Vec<String>,
    /// A PLOVER mode.
    pub mode: Option<String>,
    /// ISO-3 code of the country the event took place in.
    pub country: Option<String>,
    /// Within `km` of (`lat`, `lon`): (lat, lon, km).
    pub near: Option<(f64, f64, f64)>,
    /// An SQLite FTS5 query over the documents' titles and texts.
    pub text: Option<String>,
    /// Stories told by at least this many sources.
    pub min_sources: Option<u32>,
    /// One story (by its id), or the reports of one story.
    pub story: Option<i64>,
}

/// A column's type, for typed outputs (Parquet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text.
    Text,
    /// 64-bit integer.
    Int,
    /// 64-bit float.
    Real,
    /// A day, stored as `YYYY-MM-DD` text.
    Date,
}

/// A query's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Column names and types.
    pub columns: Vec<(String, Kind)>,
    /// Rows, one value per column (`Null` for none).
    pub rows: Vec<Vec<Cell>>,
}

/// A period to count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// Calendar day.
    Day,
    /// ISO week, named by its Monday.
    Week,
    /// Calendar month (`YYYY-MM`).
    Month,
    /// Calendar year.
    Year,
}

/// What to count separately within each period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// PLOVER category.
    Category,
    /// PLOVER quad code (1 verbal cooperation … 4 material conflict).
    Quad,
    /// Actor and recipient (`RUS/MIL > UKR/`).
    Dyad,
    /// Actor parties.
    Actor,
    /// Country where it happened.
    Country,
}

const STORY_COLUMNS: [(&str, Kind); 17] = [
    ("story", Kind::Int),
    ("first_date", Kind::Date),
    ("last_date", Kind::Date),
    ("category", Kind::Text),
    ("mode", Kind::Text),
    ("actor", Kind::Text),
    ("recipient", Kind::Text),
    ("cameo_code", Kind::Text),
    ("goldstein", Kind::Real),
    ("country", Kind::Text),
    ("lat", Kind::Real),
    ("lon", Kind::Real),
    ("num_reports", Kind::Int),
    ("num_documents", Kind::Int),
    ("num_sources", Kind::Int),
    ("first_reported", Kind::Text),
    ("last_reported", Kind::Text),
];

/// The columns of a report row, as SQL over `events e JOIN documents d`.
pub(crate) const REPORT_COLUMNS: [(&str, &str, Kind); 25] = [
    ("id", "e.id", Kind::Text),
    ("story", "e.story_key", Kind::Int),
    ("date", "e.date", Kind::Date),
    ("doc_id", "d.id", Kind::Text),
    ("source", "d.source", Kind::Text),
    ("url", "d.url", Kind::Text),
    ("category", "e.category", Kind::Text),
    ("mode", "e.mode", Kind::Text),
    ("context", "e.context", Kind::Text),
    ("actor", "e.actor", Kind::Text),
    ("recipient", "e.recipient", Kind::Text),
    ("quad_code", "e.quad_code", Kind::Int),
    ("event_scale", "e.event_scale", Kind::Real),
    ("cameo_code", "e.cameo_code", Kind::Text),
    ("goldstein", "e.goldstein", Kind::Real),
    ("place", "e.place", Kind::Text),
    ("country", "e.country", Kind::Text),
    ("geonameid", "e.geonameid", Kind::Int),
    ("admin1", "e.admin1", Kind::Text),
    ("lat", "e.lat", Kind::Real),
    ("lon", "e.lon", Kind::Real),
    ("sentence", "e.sentence", Kind::Int),
    ("event_text", "e.event_text", Kind::Text),
    ("pattern", "e.pattern", Kind::Text),
    ("text", "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)", Kind::Text),
];

/// A WHERE clause and its parameters.
struct Where {
    clauses: Vec<String>,
    params: Vec<Box<dyn ToSql>>,
}

impl Where {
    fn push(&mut self, clause: String, params: Vec<Box<dyn ToSql>>) {
        self.clauses.push(clause);
        self.params.extend(params);
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// The WHERE clause of `filter` over stories (`s`) or reports (`e`).
fn where_clause(filter: &Filter, level: Level) -> Where {
    let mut w = Where { clauses: Vec::new(), params: Vec::new() };
    let (t, first, last) = match level {
        Level::Stories => ("s", "s.first_date", "s.last_date"),
        Level::Reports => ("e", "e.date", "e.date"),
    };
    if let Some(from) = filter.from {
        w.push(format!("{last} >= ?"), vec![Box::new(from.to_string())]);
    }
    if let Some(to) = filter.to {
        w.push(format!("{first} <= ?"), vec![Box::new(to.to_string())]);
    }
    if !filter.categories.is_empty() {
        let marks = vec!["?"; filter.categories.len()].join(", ");
        w.push(format!("{t}.category IN ({marks})"), filter.categories.iter().map(|c| Box::new(c.to_ascii_uppercase()) as Box<dyn ToSql>).collect());
    }
    if let Some(mode) = &filter.mode {
        w.push(format!("(';' || {t}.mode || ';') LIKE ? ESCAPE '\\'"), vec![Box::new(format!("%;{};%", escape_like(&mode.to_ascii_lowercase())))]);
    }
    for (column, party) in [("actor", &filter.actor), ("recipient", &filter.recipient)] {
        if let Some(p) = party {
            w.push(format!("('+' || {t}.{column} || '+') LIKE ?"), vec![Box::new(p.pattern())]);
        }
    }
    if let Some(country) = &filter.country {
        w.push(format!("{t}.country = ?"), vec![Box::new(country.to_ascii_uppercase())]);
    }
    if let Some((lat, lon, km)) = filter.near {
        // A bounding box the indexes can use, then the exact distance.
        let dlat = km / 111.0;
        w.push(
            format!("{t}.lat BETWEEN ? AND ? AND dyad_km({t}.lat, {t}.lon, ?, ?) <= ?"),
            vec![Box::new(lat - dlat), Box::new(lat + dlat), Box::new(lat), Box::new(lon), Box::new(km)],
        );
    }
    if let Some(text) = &filter.text {
        let docs = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?";
        let clause = match level {
            Level::Stories => format!("s.story_key IN (SELECT story_key FROM events WHERE doc_key IN ({docs}))"),
            Level::Reports => format!("e.doc_key IN ({docs})"),
        };
        w.push(clause, vec![Box::new(text.clone())]);
    }
    if let Some(story) = filter.story {
        w.push(format!("{t}.story_key = ?"), vec![Box::new(story)]);
    }
    if let Some(n) = filter.min_sources {
        let clause = match level {
            Level::Stories => "s.num_sources >= ?".to_string(),
            Level::Reports => "e.story_key IN (SELECT story_key FROM stories WHERE num_sources >= ?)".to_string(),
        };
        w.push(clause, vec![Box::new(i64::from(n))]);
    }
    w
}

fn escape_like(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// Registers `dyad_km(lat1, lon1, lat2, lon2)`, the great-circle distance,
/// on a connection (NULL when a point is missing).
pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function("dyad_km", 4, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        let get = |i| ctx.get::<Option<f64>>(i);
        Ok(match (get(0)?, get(1)?, get(2)?, get(3)?) {
            (Some(a), Some(b), Some(c), Some(d)) => Some(dyad_core::great_circle_km(a, b, c, d)),
            _ => None,
        })
    })
}

impl Store {
    /// Lists the stories or reports that `filter` selects, oldest first,
    /// at most `limit` of them.
    pub fn list(&self, filter: &Filter, level: Level, limit: Option<u64>) -> Result<Table, StoreError> {
        let w = where_clause(filter, level);
        let limit = limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
        let (sql, columns) = match level {
            Level::Stories => {
                let names: Vec<String> = STORY_COLUMNS.iter().map(|(n, _)| if *n == "story" { "s.story_key".to_string() } else { format!("s.{n}") }).collect();
                (
                    format!("SELECT {} FROM stories s {} ORDER BY s.first_date, s.story_key{limit}", names.join(", "), w.sql()),
                    STORY_COLUMNS.iter().map(|(n, k)| (n.to_string(), *k)).collect::<Vec<_>>(),
                )
            }
            Level::Reports => (
                format!(
                    "SELECT {} FROM events e JOIN documents d USING (doc_key) {} ORDER BY e.date, e.event_key{limit}",
                    REPORT_COLUMNS.iter().map(|c| c.1).collect::<Vec<_>>().join(", "),
                    w.sql()
                ),
                REPORT_COLUMNS.iter().map(|(n, _, k)| (n.to_string(), *k)).collect(),
            ),
        };
        self.table(&sql, &w.params, columns)
    }

    /// Counts per period (and per group), with the Goldstein scores'
    /// sum and mean.
    pub fn count_by(&self, filter: &Filter, level: Level, period: Period, group: Option<Group>) -> Result<Table, StoreError> {
        let w = where_clause(filter, level);
        let (from, date, t) = match level {
            Level::Stories => ("stories s", "s.first_date", "s"),
            Level::Reports => ("events e", "e.date", "e"),
        };
        // Counted per day first (reading only the covering date index),
        // then per period: the period of a few thousand day groups is
        // computed instead of that of every event.
        let period_sql = match period {
            Period::Day => "d".to_string(),
            Period::Week => "date(d, 'weekday 0', '-6 days')".to_string(),
            Period::Month => "substr(d, 1, 7)".to_string(),
            Period::Year => "substr(d, 1, 4)".to_string(),
        };
        let group_sql = group.map(|g| match g {
            Group::Category => format!("{t}.category"),
            Group::Quad => format!("{t}.quad_code"),
            Group::Dyad => format!("{t}.actor || ' > ' || {t}.recipient"),
            Group::Actor => format!("{t}.actor"),
            Group::Country => format!("coalesce({t}.country, '')"),
        });
        let mut columns = vec![("period".to_string(), if period == Period::Day || period == Period::Week { Kind::Date } else { Kind::Text })];
        let (inner_group, outer_group, group_by) = match (&group_sql, group) {
            (Some(sql), Some(g)) => {
                columns.push((group_name(g).to_string(), if g == Group::Quad { Kind::Int } else { Kind::Text }));
                (format!(", {sql} AS g"), ", g", ", 2")
            }
            _ => (String::new(), "", ""),
        };
        columns.extend([("events".to_string(), Kind::Int), ("goldstein_sum".to_string(), Kind::Real), ("goldstein_mean".to_string(), Kind::Real)]);
        let sql = format!(
            "SELECT {period_sql}{outer_group}, sum(n), round(sum(gs), 3), round(sum(gs) / sum(n), 3) FROM (
                 SELECT {date} AS d{inner_group}, count(*) AS n, sum({t}.goldstein) AS gs FROM {from} {} GROUP BY 1{group_by}
             ) GROUP BY 1{group_by} ORDER BY 1{group_by}",
            w.sql()
        );
        self.table(&sql, &w.params, columns)
    }

    /// The dyad matrix in long form: one row per actor and recipient, with
    /// counts and Goldstein sums, most frequent first (the first `limit`).
    pub fn dyad_matrix(&self, filter: &Filter, level: Level, limit: Option<u64>) -> Result<Table, StoreError> {
        let w = where_clause(filter, level);
        let (from, t) = match level {
            Level::Stories => ("stories s", "s"),
            Level::Reports => ("events e", "e"),
        };
        let sql = format!(
            "SELECT {t}.actor, {t}.recipient, count(*), round(sum({t}.goldstein), 3) FROM {from} {}
             GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2{}",
            w.sql(),
            limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default()
        );
        let columns = vec![("actor".to_string(), Kind::Text), ("recipient".to_string(), Kind::Text), ("events".to_string(), Kind::Int), ("goldstein_sum".to_string(), Kind::Real)];
        self.table(&sql, &w.params, columns)
    }

    /// Runs `sql` and collects its rows.
    pub(crate) fn table(&self, sql: &str, params: &[Box<dyn ToSql>], columns: Vec<(String, Kind)>) -> Result<Table, StoreError> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| self.err(e))?;
        let refs: Vec<&dyn ToSql> = params.iter().map(|p| p.as_ref()).collect();
        let n = columns.len();
        let rows = stmt
            .query_map(refs.as_slice(), |r| (0..n).map(|i| r.get::<_, Cell>(i)).collect::<rusqlite::Result<Vec<Cell>>>())
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| match e {
                // A plain SQL error in a query with a full-text condition is
                // the full-text query's syntax ("unterminated string",
                // "fts5: syntax error near ..."): the user's to mend.
                rusqlite::Error::SqliteFailure(f, Some(m)) if f.code == rusqlite::ErrorCode::Unknown && sql.contains("documents_fts MATCH") => {
                    StoreError::Invalid(format!("--text: not a full-text query (SQLite FTS5 syntax): {m}"))
                }
                e => self.err(e),
            })?;
        Ok(Table { columns, rows })
    }

    /// A story and its reports: which documents told it, from which
    /// sentence, with which words.
    pub fn story_reports(&self, story: i64) -> Result<Table, StoreError> {
        let sql = "SELECT e.id, d.id, d.source, d.url, e.date, e.sentence, substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start), e.event_text, e.pattern
                   FROM events e JOIN documents d USING (doc_key) WHERE e.story_key = ? ORDER BY e.date, e.event_key";
        let columns = ["id", "doc_id", "source", "url", "date", "sentence", "text", "event_text", "pattern"]
            .iter()
            .map(|n| (n.to_string(), if *n == "sentence" { Kind::Int } else if *n == "date" { Kind::Date } else { Kind::Text }))
            .collect();
        self.table(sql, &[Box::new(story)], columns)
    }

    /// The stored PLOVER records of the reports `filter` selects, each
    /// with its story's id and counts, oldest first.
    pub fn report_records(&self, filter: &Filter, limit: Option<u64>) -> Result<Vec<serde_json::Value>, StoreError> {
        let w = where_clause(filter, Level::Reports);
        let limit = limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
        let sql = format!(
            "SELECT r.record, s.story_key, s.num_reports, s.num_documents, s.num_sources
             FROM events e JOIN stories s USING (story_key) JOIN records r USING (event_key) {} ORDER BY e.date, e.event_key{limit}",
            w.sql()
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let refs: Vec<&dyn ToSql> = w.params.iter().map(|p| p.as_ref()).collect();
        let rows = stmt
            .query_map(refs.as_slice(), |r| {
                let record: String = r.get(0)?;
                Ok((record, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?, r.get::<_, i64>(4)?))
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|e| self.err(e))?;
        rows.into_iter()
            .map(|(record, story, reports, documents, sources)| {
                let mut v: serde_json::Value = serde_json::from_str(&record).map_err(|e| StoreError::Invalid(format!("a stored record is not JSON: {e}")))?;
                if let Some(o) = v.as_object_mut() {
                    o.insert("story".into(), serde_json::json!({"id": story, "num_reports": reports, "num_documents": documents, "num_sources": sources}));
                }
                Ok(v)
            })
            .collect()
    }
}

fn group_name(g: Group) -> &'static str {
    match g {
        Group::Category => "category",
        Group::Quad => "quad_code",
        Group::Dyad => "dyad",
        Group::Actor => "actor",
        Group::Country => "country",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parties_parse_and_match_keys() {
        let p: Party = "rus/mil".parse().unwrap();
        assert_eq!(p.pattern(), "%+RUS/MIL+%");
        assert_eq!("RUS".parse::<Party>().unwrap().pattern(), "%+RUS/%");
        assert_eq!("/COP".parse::<Party>().unwrap().pattern(), "%/COP+%");
        assert!("".parse::<Party>().is_err());
        assert!("R%S".parse::<Party>().is_err());
    }
}
