//! Broken inputs: each gives an exact error naming the file and where, never
//! a panic, and reading goes on with what is readable.

mod common;

use std::io::Write;

use common::*;
use dyad_ingest::{read_bytes, read_inputs, IngestOptions, InputFormat};

#[test]
fn invalid_bytes_and_nuls_in_text_are_replaced_not_fatal() {
    let mut data = b"Police in Port Royal arrested".to_vec();
    data.push(0xff);
    data.extend_from_slice(b" twelve\0 people.\n");
    let doc = only_doc(read("bad.txt", &data));
    assert_eq!(doc.text, "Police in Port Royal arrested\u{FFFD} twelve\u{FFFD} people.");
    // Also inside compressed input, and counted by the reader.
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(&data).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt.gz");
    std::fs::write(&path, e.finish().unwrap()).unwrap();
    let mut reader = read_inputs(&[path], &IngestOptions::default());
    let docs: Vec<_> = (&mut reader).collect();
    assert_eq!(only_doc(docs).text, doc.text);
    assert_eq!(reader.bytes_replaced(), 2);
}

#[test]
fn binary_file() {
    let mut data = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    data.extend_from_slice(&[0u8; 64]);
    assert_eq!(
        summary(&read("image.png", &data)),
        ["image.png: binary file"]
    );
    // Forcing a format does not make binary data text.
    assert_eq!(
        summary(&read_as("image.png", &data, InputFormat::Jsonl)),
        ["image.png: binary file"]
    );
}

#[test]
fn truncated_gzip_gives_the_compressed_offset() {
    let text = fixture_bytes("text/wire.txt");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(&text).unwrap();
    let gz = e.finish().unwrap();
    let cut = &gz[..gz.len() / 2];
    assert_eq!(
        summary(&read("wire.txt.gz", cut)),
        [format!(
            "wire.txt.gz@byte {}: truncated or corrupt gzip data: incomplete deflate stream",
            cut.len()
        )]
    );
}

#[test]
fn truncated_warc_keeps_earlier_records() {
    let warc = fixture_bytes("warc/sample.warc");
    // Cut inside the body of the record at byte 2324 (the second page).
    assert_eq!(
        summary(&read("cut.warc", &warc[..2900])),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "cut.warc@byte 2324: truncated WARC record: 310 of 616 content bytes present",
        ]
    );
    // Cut inside a header.
    assert_eq!(
        summary(&read("cut.warc", &warc[..2000])),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "cut.warc@byte 1957: truncated WARC record: input ends inside its header",
        ]
    );
    // A cut compressed archive: documents before the damage, then the error.
    let gz = fixture_bytes("warc/sample.warc.gz");
    assert_eq!(
        summary(&read("cut.warc.gz", &gz[..1500])),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "cut.warc.gz@byte 1500: truncated or corrupt gzip data: incomplete deflate stream",
        ]
    );
}

#[test]
fn garbage_after_a_warc_record() {
    let mut warc = fixture_bytes("warc/sample.warc")[..1957].to_vec();
    warc.extend_from_slice(b"this is not a record\r\n\r\n");
    assert_eq!(
        summary(&read("x.warc", &warc)),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "x.warc@byte 1957: not a WARC record: expected a \"WARC/\" version line",
        ]
    );
}

#[test]
fn malformed_jsonl_lines_do_not_stop_the_file() {
    let data = b"{\"id\": 1, \"text\": \"Rebels attacked a police station in the north.\"}\n{\"id\": 2, \"text\": \"oops\"\n\n  \n{\"id\": 3, \"text\": \"Troops retook the station on Sunday.\"}\nnot json at all\n";
    assert_eq!(
        summary(&read("m.jsonl", data)),
        [
            "OK 1",
            "m.jsonl:2: invalid JSON: EOF while parsing an object at line 1 column 24",
            "OK 3",
            "m.jsonl:6: invalid JSON: expected ident at line 1 column 2",
        ]
    );
}

#[test]
fn empty_files() {
    assert_eq!(summary(&read("empty.txt", b"")), ["empty.txt: empty file"]);
    assert_eq!(
        summary(&read("blank.txt", b" \n\n\t \n")),
        ["blank.txt: empty file"]
    );
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(b"").unwrap();
    assert_eq!(
        summary(&read("empty.gz", &e.finish().unwrap())),
        ["empty.gz: empty file"]
    );
    for f in [
        InputFormat::Jsonl,
        InputFormat::Warc,
        InputFormat::Html,
        InputFormat::Rss,
    ] {
        assert_eq!(summary(&read_as("empty", b"", f)), ["empty: empty file"]);
    }
}

#[test]
fn html_page_without_article() {
    let page = b"<!DOCTYPE html><html><head><title>Index</title></head><body><nav><a href=/a>World</a> <a href=/b>Sport</a></nav><ul><li><a href=/1>Ceasefire declared in the Ravine valley</a></li><li><a href=/2>Farmers end their blockade of the capital</a></li></ul></body></html>";
    assert_eq!(
        summary(&read("index.html", page)),
        ["index.html: no article text found"]
    );
}

#[test]
fn invalid_feeds() {
    assert_eq!(
        summary(&read_as(
            "f.xml",
            b"<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>",
            InputFormat::Rss
        )),
        ["f.xml: feed has no items"]
    );
    let results = read_as(
        "f.xml",
        b"<html><body>not a feed</body></html>",
        InputFormat::Atom,
    );
    assert_eq!(results.len(), 1);
    let e = results[0].as_ref().unwrap_err();
    assert_eq!(
        (e.path.as_str(), e.location.clone()),
        ("f.xml", dyad_ingest::Location::File)
    );
    assert!(e.message.starts_with("invalid feed: "), "{e}");
    let item_without_text = b"<rss version=\"2.0\"><channel><title>T</title><item><title>Only a title</title></item></channel></rss>";
    assert_eq!(
        summary(&read("f.xml", item_without_text)),
        ["f.xml#item 1: no content or description"]
    );
}

#[test]
fn missing_input_and_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(
        &good,
        "Troops retook the police station in the north on Sunday, the army said.",
    )
    .unwrap();
    let missing = dir.path().join("nope.txt");
    let results: Vec<_> =
        read_inputs(&[missing.clone(), good.clone()], &IngestOptions::default()).collect();
    assert_eq!(
        summary(&results),
        [
            format!(
                "{}: cannot open: No such file or directory",
                missing.display()
            ),
            format!("OK {}", good.display()),
        ]
    );
}

#[test]
fn hundred_megabyte_document_is_skipped_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let line =
            "Police said the protest in the capital was peaceful and no arrests were made.\n"
                .repeat(1024);
        let mut written = 0;
        while written < 100 * 1024 * 1024 {
            f.write_all(line.as_bytes()).unwrap();
            written += line.len();
        }
    }
    let small = dir.path().join("small.txt");
    std::fs::write(
        &small,
        "Troops retook the police station in the north on Sunday, the army said.",
    )
    .unwrap();
    let mut reader = read_inputs(&[big.clone(), small.clone()], &IngestOptions::default());
    let results: Vec<_> = (&mut reader).collect();
    assert_eq!(
        summary(&results),
        [
            format!(
                "{}: document too large (more than 16777216 bytes); skipped",
                big.display()
            ),
            format!("OK {}", small.display()),
        ]
    );
    // Only about the limit was read from the big file, not 100 MB.
    assert!(
        reader.bytes_read() < 20 * 1024 * 1024,
        "{}",
        reader.bytes_read()
    );
}

#[test]
fn size_limit_applies_per_line_and_per_record() {
    let opts = IngestOptions {
        max_document_bytes: 100,
        ..IngestOptions::default()
    };
    let long = format!("{{\"text\": \"{}\"}}\n", "x ".repeat(100));
    let data = format!("{{\"id\": \"a\", \"text\": \"Short enough text here.\"}}\n{long}{{\"id\": \"b\", \"text\": \"Also short.\"}}\n");
    assert_eq!(
        summary(&read_bytes("l.jsonl", data.as_bytes(), &opts)),
        [
            "OK a",
            "l.jsonl:2: document too large (more than 100 bytes); skipped",
            "OK b"
        ]
    );
    // Record sizes: warcinfo 55, request 71, page 1088, JSON 104, page 616, 404 page 133.
    let opts = IngestOptions {
        max_document_bytes: 100,
        ..IngestOptions::default()
    };
    let results = read_bytes("s.warc", &fixture_bytes("warc/sample.warc"), &opts);
    // Only records that are pages are reported; the JSON response and the
    // 404 page are over the limit too but are not documents.
    assert_eq!(
        summary(&results),
        [
            "s.warc@byte 591: document too large (more than 100 bytes); skipped",
            "s.warc@byte 2324: document too large (more than 100 bytes); skipped",
        ]
    );
}

#[test]
fn warc_page_with_invalid_utf8_is_read_with_the_byte_replaced() {
    let mut warc = fixture_bytes("warc/sample.warc");
    // Replace a letter in the first page's body ("Freedonian") by a Latin-1 byte.
    let at = warc.windows(10).position(|w| w == b"Freedonian").unwrap();
    warc[at] = 0xc9;
    let results = read("l1.warc", &warc);
    assert_eq!(
        summary(&results),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "OK urn:uuid:00000000-0000-4000-8000-000000000004",
        ]
    );
    let first = results[0].as_ref().unwrap();
    assert!(first.text.contains("\u{FFFD}reedonian"), "{}", first.text);
}
