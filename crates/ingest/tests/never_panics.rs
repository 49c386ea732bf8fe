//! Arbitrary bytes, in every format: reading may fail, never panic.

mod common;

use dyad_ingest::{read_bytes, IngestOptions, InputFormat};
use proptest::prelude::*;

const FORMATS: [InputFormat; 8] = [
    InputFormat::Auto,
    InputFormat::Text,
    InputFormat::Html,
    InputFormat::Jsonl,
    InputFormat::Rss,
    InputFormat::Atom,
    InputFormat::Warc,
    InputFormat::Petrarch,
];

/// Bytes that often look like one of the formats, so that the parsers get
/// past their first checks: a format prefix followed by random bytes.
fn input() -> impl Strategy<Value = Vec<u8>> {
    let prefixes: Vec<&'static [u8]> = vec![
        b"",
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
        b"{\"id\": 1, \"text\": \"",
        b"{\"html\": \"<p>",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
        b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
        b"<!DOCTYPE html><html><head><meta property=\"article:published_time\" content=\"",
        b"<Sentences>\n<Sentence date = \"20080804\" id =\"A_1\" source = \"AFP\">\n<Text>",
        b"<Validation><Sentences><Sentence date=\"20150101\" id=\"u\"/><Parse>1\t",
        b"\x1f\x8b\x08\x00",
        b"\x28\xb5\x2f\xfd",
    ];
    (
        proptest::sample::select(prefixes),
        proptest::collection::vec(any::<u8>(), 0..600),
    )
        .prop_map(|(p, tail)| [p, &tail[..]].concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in input()) {
        for format in FORMATS {
            let opts = IngestOptions { format, max_document_bytes: 4096, ..IngestOptions::default() };
            for r in read_bytes("fuzz", &bytes, &opts) {
                match r {
                    Ok(doc) => prop_assert!(!doc.text.trim().is_empty()),
                    Err(e) => prop_assert_eq!(e.path.as_str(), "fuzz"),
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
        for format in FORMATS {
            let opts = IngestOptions { format, ..IngestOptions::default() };
            let _ = read_bytes("fuzz", s.as_bytes(), &opts);
        }
    }
}
