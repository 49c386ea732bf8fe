//! Helpers of the event store's end-to-end tests (`store_ingest.rs`,
//! `store_query.rs`): running ingest and query, reading CSV answers, dates
//! and distances computed independently of the store, and a database of the
//! Guardian corpus shared by the tests of one test binary.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use dyad_store::{Counts, Store};
use serde_json::Value;

use super::{dyad, json_lines, shared, stderr, stdout};

pub const GUARDIAN: &str = "corpus/guardian-2019-dev.jsonl";
/// Documents in the Guardian corpus.
pub const GUARDIAN_DOCS: u64 = 125;
pub const MERGE: &str = "crates/cli/tests/fixtures/store/merge.jsonl";
pub const SAME_TEXT: &str = "crates/cli/tests/fixtures/store/same-text.jsonl";
pub const SAME_ID: &str = "crates/cli/tests/fixtures/store/same-id.jsonl";

// ---------------------------------------------------------------------
// Helpers.

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs dyad, requires success, returns (stdout, stderr).
pub fn ok(args: &[&str]) -> (String, String) {
    let out = dyad(args);
    assert!(out.status.success(), "dyad {args:?} failed ({:?}): {}", out.status.code(), stderr(&out));
    (stdout(&out), stderr(&out))
}

/// `dyad ingest --db DB extra... INPUT`; returns its standard error.
pub fn ingest(db: &Path, input: &str, extra: &[&str]) -> String {
    let mut args = vec!["ingest", "--db", s(db)];
    args.extend_from_slice(extra);
    args.push(input);
    ok(&args).1
}

/// What the database holds, read directly.
pub fn counts(db: &Path) -> Counts {
    Store::open_read_only(db).unwrap_or_else(|e| panic!("{e}")).counts().unwrap()
}

/// `dyad query --db DB --format csv ARGS...`, raw text.
pub fn query_text(db: &Path, args: &[&str]) -> String {
    let mut all = vec!["query", "--db", s(db), "--format", "csv"];
    all.extend_from_slice(args);
    ok(&all).0
}

/// `dyad query --db DB --format csv ARGS...`, parsed.
pub fn query(db: &Path, args: &[&str]) -> Csv {
    Csv::parse(&query_text(db, args))
}

/// `dyad query --db DB --format jsonl ARGS...`, parsed.
pub fn query_jsonl(db: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["query", "--db", s(db), "--format", "jsonl"];
    all.extend_from_slice(args);
    json_lines(&ok(&all).0)
}

/// A CSV answer: the header and the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Csv {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Csv {
    /// RFC 4180: quoted fields may hold commas, quotes and line breaks;
    /// lines end in CRLF.
    pub fn parse(text: &str) -> Csv {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => assert_eq!(chars.peek(), Some(&'\n'), "a lone CR in CSV"),
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                _ => field.push(c),
            }
        }
        assert!(!quoted && field.is_empty() && row.is_empty(), "CSV does not end with a line end: {text:?}");
        assert!(!rows.is_empty(), "CSV without a header");
        let header = rows.remove(0);
        for r in &rows {
            assert_eq!(r.len(), header.len(), "row {r:?} does not fit header {header:?}");
        }
        Csv { header, rows }
    }

    pub fn col(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {:?}", self.header))
    }

    /// Column `name` of every row.
    pub fn column(&self, name: &str) -> Vec<&str> {
        let i = self.col(name);
        self.rows.iter().map(|r| r[i].as_str()).collect()
    }
}

/// Parses a number printed by the store (never empty where called).
pub fn num(s: &str) -> f64 {
    s.parse().unwrap_or_else(|e| panic!("{s:?} is not a number: {e}"))
}

/// Days since 1970-01-01 of `YYYY-MM-DD` (proleptic Gregorian).
pub fn day_number(date: &str) -> i64 {
    let parts: Vec<i64> = date.split('-').map(|p| p.parse().unwrap_or_else(|_| panic!("not a date: {date:?}"))).collect();
    assert_eq!(parts.len(), 3, "not a date: {date:?}");
    let (y, m, d) = (parts[0], parts[1], parts[2]);
    assert!((1..=12).contains(&m) && (1..=31).contains(&d), "not a date: {date:?}");
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
pub fn weekday(date: &str) -> i64 {
    (day_number(date) + 3).rem_euclid(7)
}

/// Great-circle distance in km (the formula the store documents).
pub fn km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (a.0.to_radians(), a.1.to_radians(), b.0.to_radians(), b.1.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2) + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The `CODE/SECTOR` parties of a store's party key (`RUS/MIL+UKR/`).
pub fn parties(key: &str) -> Vec<(&str, &str)> {
    key.split('+').filter(|p| !p.is_empty()).map(|p| p.split_once('/').unwrap_or_else(|| panic!("party without a slash: {key:?}"))).collect()
}

/// A database of the whole Guardian corpus, made once per test run and only
/// read by the tests that share it (in the target directory, one per
/// profile, replaced by the next run).
pub fn guardian_db() -> Option<&'static Path> {
    static DB: OnceLock<Option<PathBuf>> = OnceLock::new();
    let corpus = shared(GUARDIAN)?;
    DB.get_or_init(|| {
        let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("store-tests-{}-{profile}", std::env::current_exe().ok().and_then(|e| e.file_stem().map(|s| s.to_string_lossy().into_owned())).unwrap_or_default()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("guardian.db");
        ingest(&db, &corpus, &[]);
        Some(db)
    })
    .as_deref()
}

/// The events `dyad code` prints for the corpus.
pub fn guardian_events(corpus: &str) -> Vec<Value> {
    json_lines(&ok(&["code", corpus]).0)
}

/// The Guardian documents (id → text).
pub fn guardian_texts(corpus: &str) -> HashMap<String, String> {
    std::fs::read_to_string(corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            (v["id"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().to_string())
        })
        .collect()
}
