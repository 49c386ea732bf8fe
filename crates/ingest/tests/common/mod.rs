//! Helpers shared by the ingest integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use dyad_ingest::{read_bytes, Document, IngestError, IngestOptions, InputFormat};

/// Path of a fixture file.
pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(rel)
}

/// Bytes of a fixture file.
pub fn fixture_bytes(rel: &str) -> Vec<u8> {
    std::fs::read(fixture(rel)).unwrap_or_else(|e| panic!("fixture {rel}: {e}"))
}

/// Reads in-memory data with default options.
pub fn read(name: &str, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    read_bytes(name, bytes, &IngestOptions::default())
}

/// Reads in-memory data with a forced format.
pub fn read_as(
    name: &str,
    bytes: &[u8],
    format: InputFormat,
) -> Vec<Result<Document, IngestError>> {
    read_bytes(
        name,
        bytes,
        &IngestOptions {
            format,
            ..IngestOptions::default()
        },
    )
}

/// The error messages (Display) of the results, with "OK id" for documents.
pub fn summary(results: &[Result<Document, IngestError>]) -> Vec<String> {
    results
        .iter()
        .map(|r| match r {
            Ok(d) => format!("OK {}", d.id),
            Err(e) => e.to_string(),
        })
        .collect()
}

/// Exactly one document; panics with the error otherwise.
pub fn only_doc(results: Vec<Result<Document, IngestError>>) -> Document {
    assert_eq!(results.len(), 1, "{:?}", summary(&results));
    results
        .into_iter()
        .next()
        .unwrap()
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Paragraphs of a document's text.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").collect()
}

/// A datetime from RFC 3339.
pub fn dt(s: &str) -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// A date from YYYY-MM-DD.
pub fn date(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
