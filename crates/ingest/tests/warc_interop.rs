//! Archives written by the `warc` crate's writer read back with our reader
//! (ours keeps byte offsets and bounded memory; theirs is the reference).

mod common;

use common::*;
use warc::{BufferedBody, Record, RecordBuilder, RecordType, WarcHeader, WarcWriter};

fn response(id: &str, uri: &str, http: &[u8]) -> Record<BufferedBody> {
    RecordBuilder::default()
        .version("1.0".to_string())
        .warc_type(RecordType::Response)
        .warc_id(id)
        .header(WarcHeader::TargetURI, uri)
        .header(
            WarcHeader::ContentType,
            "application/http; msgtype=response",
        )
        .body(http.to_vec())
        .build()
        .unwrap()
}

#[test]
fn reads_what_the_warc_crate_writes() {
    let page = "<html><head><title>Border reopens</title></head><body><article><p>Freedonia reopened its border crossing with Sylvania on Thursday after a ceasefire held for a week.</p><p>Hundreds of trucks crossed in the first hour.</p></article></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{page}\r\n0\r\n\r\n", page.len());
    let mut w = WarcWriter::new(std::io::BufWriter::new(Vec::new()));
    // A binary record first: the archive is not "binary file" for it.
    let png = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    w.write(&response(
        "<urn:uuid:bbbb>",
        "https://x.example/logo.png",
        png,
    ))
    .unwrap();
    w.write(&response(
        "<urn:uuid:aaaa>",
        "https://x.example/border",
        http.as_bytes(),
    ))
    .unwrap();
    let bytes = w.into_inner().unwrap();

    let doc = only_doc(read("w.warc", &bytes));
    assert_eq!(doc.id, "urn:uuid:aaaa");
    assert_eq!(doc.url.as_deref(), Some("https://x.example/border"));
    assert_eq!(doc.title.as_deref(), Some("Border reopens"));
    // The chunked transfer coding is undone before extraction.
    assert_eq!(
        paragraphs(&doc.text),
        ["Freedonia reopened its border crossing with Sylvania on Thursday after a ceasefire held for a week.", "Hundreds of trucks crossed in the first hour."]
    );
    // The page is the second record: its offset is the first record's size.
    let first_len = bytes
        .windows(8)
        .skip(1)
        .position(|w| w == b"WARC/1.0")
        .unwrap() as u64
        + 1;
    assert_eq!(doc.origin.offset, Some(first_len));
    assert!(
        doc.date.is_some(),
        "the WARC-Date stands in for a page without a date"
    );
}
