//! Each input format, compression and directory input, read end to end.

mod common;

use std::io::Write;

use common::*;
use dyad_ingest::clean::{clean_text, CleanOptions};
use dyad_ingest::{read_inputs, IngestOptions, InputFormat, Origin};

fn cleaned(raw: &str, title: Option<&str>) -> String {
    clean_text(
        raw,
        CleanOptions {
            title,
            detect_headline: false,
        },
    )
    .text
}

#[test]
fn jsonl_good_lines_and_errors_with_line_numbers() {
    let name = "jsonl/articles.jsonl";
    let results = read(name, &fixture_bytes(name));
    assert_eq!(
        summary(&results),
        [
            "OK a1",
            "OK 42",
            "jsonl/articles.jsonl:4: invalid JSON: EOF while parsing a string at line 1 column 35",
            "jsonl/articles.jsonl:5: no \"text\" or \"html\" field",
            "OK jsonl/articles.jsonl:6",
        ]
    );
    let docs: Vec<_> = results.into_iter().filter_map(Result::ok).collect();
    let a1 = &docs[0];
    assert_eq!(
        a1.title.as_deref(),
        Some("Minister resigns over port scandal")
    );
    assert_eq!(
        a1.text,
        cleaned(
            "The transport minister of Freedonia resigned on Thursday after newspapers reported that his brother had won a port contract without a tender.\n\nThe prime minister accepted the resignation and promised an inquiry.",
            a1.title.as_deref()
        )
    );
    assert_eq!(a1.date, Some(date("2024-05-02")));
    assert_eq!(a1.datetime, None);
    assert_eq!(a1.url.as_deref(), Some("https://news.example/a1"));
    assert_eq!(a1.source.as_deref(), Some("News Example"));
    assert_eq!(a1.language.as_deref(), Some("en"));
    assert_eq!(
        a1.origin,
        Origin {
            path: name.into(),
            line: Some(1),
            ..Origin::default()
        }
    );

    // Numeric id, "published", explicit language.
    let n = &docs[1];
    assert_eq!(n.datetime, Some(dt("2024-05-03T10:00:00+02:00")));
    assert_eq!(n.date, Some(date("2024-05-03")));
    assert_eq!(n.language.as_deref(), Some("fr"));
    assert_eq!(n.text, cleaned("Le gouvernement a annonc\u{e9} jeudi une enqu\u{ea}te sur l'attribution du contrat portuaire.", None));
    assert_eq!(n.origin.line, Some(3));

    // "html" instead of "text": extracted like a page; the line's title wins.
    let h = &docs[2];
    assert_eq!(h.title.as_deref(), Some("From HTML"));
    assert_eq!(h.source.as_deref(), Some("Harbour Times"));
    assert_eq!(
        h.text,
        cleaned(
            "Dockworkers in Port Royal voted on Friday to end their three-week strike after the port authority agreed to suspend its automation plan.\n\nThe union said work would resume on Monday morning.",
            Some("From HTML")
        )
    );
}

#[test]
fn jsonl_field_type_errors() {
    let data = b"{\"id\": [1], \"text\": \"x y z\"}\n{\"text\": 5}\n[1, 2]\n{\"text\": \"   \"}\n";
    assert_eq!(
        summary(&read_as("t.jsonl", data, InputFormat::Jsonl)),
        [
            "t.jsonl:1: \"id\" must be a string or a number, found an array",
            "t.jsonl:2: \"text\" must be a string, found a number",
            "t.jsonl:3: invalid JSON: expected an object, found an array",
            "t.jsonl:4: no text left after cleaning",
        ]
    );
}

#[test]
fn rss2_items_with_content_encoded_and_description() {
    let name = "feeds/rss2.xml";
    let results = read(name, &fixture_bytes(name));
    assert_eq!(
        summary(&results),
        [
            "OK ht-2024-0001",
            // No guid: the link is the id.
            "OK https://harbourtimes.example/world/parliament-blockade",
            // Neither guid nor link: path and item number.
            "OK feeds/rss2.xml#item 3",
        ]
    );
    let docs: Vec<_> = results.into_iter().map(Result::unwrap).collect();
    let first = &docs[0];
    assert_eq!(
        first.title.as_deref(),
        Some("Ceasefire declared in Ravine valley")
    );
    // content:encoded wins over description; its HTML paragraphs are kept.
    assert_eq!(
        first.text,
        cleaned(
            "The armies of Freedonia and Sylvania agreed to a ceasefire in the Ravine valley on Tuesday, the Swiss mediators said.\n\nThe truce took effect at noon local time and talks will resume next week.",
            first.title.as_deref()
        )
    );
    // feed-rs gives times in UTC: 14:20 +01:00 is 13:20 UTC.
    assert_eq!(first.datetime, Some(dt("2024-03-05T13:20:00Z")));
    assert_eq!(
        first.url.as_deref(),
        Some("https://harbourtimes.example/world/ceasefire-ravine")
    );
    assert_eq!(first.source.as_deref(), Some("Harbour Times - World"));
    assert_eq!(
        first.origin,
        Origin {
            path: name.into(),
            item: Some(1),
            ..Origin::default()
        }
    );
    // An escaped-HTML description.
    assert_eq!(
        docs[1].text,
        cleaned(
            "Hundreds of farmers blocked the entrances to parliament with tractors on Wednesday to protest against cuts in subsidies.\n\nPolice did not intervene.",
            Some("Protesters blockade parliament")
        )
    );
    assert_eq!(docs[1].datetime, Some(dt("2024-03-06T09:00:00Z")));
    // A plain-text description too short for article heuristics.
    assert_eq!(
        docs[2].text,
        cleaned(
            "The electoral commission set the general election for 12 May.",
            Some("Election date set")
        )
    );
    assert_eq!((docs[2].date, docs[2].url.as_deref()), (None, None));
}

#[test]
fn atom_entries() {
    let name = "feeds/atom.xml";
    let docs: Vec<_> = read(name, &fixture_bytes(name))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].id, "tag:wire.example,2024:kardania-airport");
    assert_eq!(
        docs[0].title.as_deref(),
        Some("Rebels seize airport in northern Kardania")
    );
    assert_eq!(
        docs[0].text,
        cleaned(
            "Rebel fighters seized the airport of the northern city of Ostravec on Tuesday, the Kardanian army said.\n\nThe army said its troops were regrouping south of the city.",
            docs[0].title.as_deref()
        )
    );
    // <published> wins over <updated>.
    assert_eq!(docs[0].datetime, Some(dt("2024-10-22T13:43:00Z")));
    assert_eq!(
        docs[0].url.as_deref(),
        Some("https://wire.example/world/kardania-airport")
    );
    assert_eq!(docs[0].source.as_deref(), Some("Wire News: Top stories"));
    assert_eq!(docs[1].id, "tag:wire.example,2024:vostrania-denies");
    assert_eq!(
        docs[1].text,
        cleaned("The government of Vostrania denied on Tuesday that it had supplied weapons to rebels in Kardania.", Some("Vostrania denies arming rebels"))
    );
    // Only <updated>: used as the publication time.
    assert_eq!(docs[1].datetime, Some(dt("2024-10-22T13:05:00Z")));
    assert_eq!(docs[1].origin.item, Some(2));
}

#[test]
fn warc_gzip_html_responses_only() {
    let name = "warc/sample.warc.gz";
    let results = read(name, &fixture_bytes(name));
    // warcinfo, request, JSON response and 404 page are not documents.
    assert_eq!(
        summary(&results),
        [
            "OK urn:uuid:00000000-0000-4000-8000-000000000002",
            "OK urn:uuid:00000000-0000-4000-8000-000000000004"
        ]
    );
    let docs: Vec<_> = results.into_iter().map(Result::unwrap).collect();
    let navy = &docs[0];
    assert_eq!(
        navy.title.as_deref(),
        Some("Navy intercepts cargo ship off Port Royal")
    );
    assert_eq!(
        navy.text,
        cleaned(
            "The Freedonian navy intercepted a cargo ship carrying weapons off the coast of Port Royal on Monday, the defence ministry said.\n\nThe ship, which sailed under a Sylvanian flag, was escorted to the naval base and its crew of eleven were detained for questioning.\n\nSylvania's foreign ministry summoned the Freedonian ambassador and demanded the immediate release of the crew.",
            navy.title.as_deref()
        )
    );
    // The page's own time wins over the capture date.
    assert_eq!(navy.datetime, Some(dt("2024-07-01T06:45:00+03:00")));
    assert_eq!(
        navy.url.as_deref(),
        Some("https://coastalpost.example/sea/navy-intercepts-ship")
    );
    assert_eq!(navy.source.as_deref(), Some("Coastal Post"));
    assert_eq!(
        navy.origin,
        Origin {
            path: name.into(),
            offset: Some(591),
            ..Origin::default()
        }
    );
    let farm = &docs[1];
    assert_eq!(farm.title.as_deref(), Some("Farmers end blockade"));
    // No time on the page: the WARC-Date.
    assert_eq!(farm.datetime, Some(dt("2024-07-02T08:30:00Z")));
    assert_eq!(
        farm.url.as_deref(),
        Some("https://farmnews.example/farmers-end-blockade")
    );
    assert_eq!(farm.origin.offset, Some(2324));
    // The uncompressed archive reads the same.
    let plain = read("warc/sample.warc", &fixture_bytes("warc/sample.warc"));
    let plain: Vec<_> = plain.into_iter().map(Result::unwrap).collect();
    assert_eq!(
        plain.iter().map(|d| &d.text).collect::<Vec<_>>(),
        docs.iter().map(|d| &d.text).collect::<Vec<_>>()
    );
}

#[test]
fn plain_text_takes_its_headline_from_the_first_line() {
    let name = "text/wire.txt";
    let raw = String::from_utf8(fixture_bytes(name)).unwrap();
    let doc = only_doc(read(name, raw.as_bytes()));
    let expected = clean_text(
        &raw,
        CleanOptions {
            title: None,
            detect_headline: true,
        },
    );
    assert_eq!(doc.id, name);
    assert_eq!(doc.text, expected.text);
    assert_eq!(doc.title, expected.title);
    assert_eq!(doc.place, expected.dateline.and_then(|d| d.place));
    assert_eq!(doc.language.as_deref(), Some("en"));
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 3).unwrap()
}

#[test]
fn gzip_and_zstd_inputs_read_like_plain_ones() {
    for name in ["text/wire.txt", "jsonl/articles.jsonl"] {
        let plain = fixture_bytes(name);
        let expected = summary(&read(name, &plain));
        let texts = |r: Vec<Result<dyad_ingest::Document, dyad_ingest::IngestError>>| {
            r.into_iter()
                .map(|d| d.map(|d| d.text).map_err(|e| e.message))
                .collect::<Vec<_>>()
        };
        for packed in [gzip(&plain), zstd(&plain)] {
            assert_eq!(summary(&read(name, &packed)), expected, "{name}");
            assert_eq!(texts(read(name, &packed)), texts(read(name, &plain)));
        }
    }
}

#[test]
fn directory_input_is_read_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/deeper")).unwrap();
    std::fs::create_dir_all(root.join(".hidden")).unwrap();
    std::fs::write(
        root.join("b/deeper/z.txt.gz"),
        gzip(&fixture_bytes("text/wire.txt")),
    )
    .unwrap();
    std::fs::write(
        root.join("b/a.jsonl.zst"),
        zstd(&fixture_bytes("jsonl/articles.jsonl")),
    )
    .unwrap();
    std::fs::write(root.join("a.html"), fixture_bytes("html/wire_story.html")).unwrap();
    std::fs::write(root.join(".hidden/x.txt"), "hidden").unwrap();
    std::fs::write(root.join(".dotfile.txt"), "hidden").unwrap();
    let total: u64 = ["b/deeper/z.txt.gz", "b/a.jsonl.zst", "a.html"]
        .iter()
        .map(|p| std::fs::metadata(root.join(p)).unwrap().len())
        .sum();

    let missing = root.join("missing.txt");
    let mut reader = read_inputs(
        &[root.to_path_buf(), missing.clone()],
        &IngestOptions::default(),
    );
    // A directory is read as it is walked: its size is not known up front.
    assert_eq!(reader.bytes_total(), 0);
    let results: Vec<_> = (&mut reader).collect();
    assert_eq!(reader.bytes_read(), total);
    let p = |rel: &str| root.join(rel).display().to_string();
    assert_eq!(
        summary(&results),
        [
            format!("OK {}", p("a.html")),
            "OK a1".to_string(),
            "OK 42".to_string(),
            format!(
                "{}:4: invalid JSON: EOF while parsing a string at line 1 column 35",
                p("b/a.jsonl.zst")
            ),
            format!("{}:5: no \"text\" or \"html\" field", p("b/a.jsonl.zst")),
            format!("OK {}:6", p("b/a.jsonl.zst")),
            format!("OK {}", p("b/deeper/z.txt.gz")),
            format!(
                "{}: cannot open: No such file or directory",
                missing.display()
            ),
        ]
    );
}

#[test]
fn forced_format_overrides_detection() {
    // JSON-looking text read as text is one document holding the braces.
    let data = b"{\"text\": \"Police arrested two men in the capital on Friday.\"}\n";
    let doc = only_doc(read_as("t", data, InputFormat::Text));
    assert!(doc.text.starts_with('{'));
    let doc = only_doc(read_as("t", data, InputFormat::Auto));
    assert_eq!(
        doc.text,
        cleaned("Police arrested two men in the capital on Friday.", None)
    );
    assert_eq!("warc".parse::<InputFormat>(), Ok(InputFormat::Warc));
    assert_eq!("Atom".parse::<InputFormat>(), Ok(InputFormat::Atom));
    assert!("pdf".parse::<InputFormat>().is_err());
}

#[test]
fn byte_order_mark_is_dropped() {
    let data = "\u{feff}{\"id\": \"bom\", \"text\": \"Police arrested two men in the capital on Friday.\"}\n";
    assert_eq!(summary(&read("bom.jsonl", data.as_bytes())), ["OK bom"]);
}

#[test]
fn reader_can_move_to_another_thread() {
    fn send<T: Send>(_: &T) {}
    send(&read_inputs(&[], &IngestOptions::default()));
}
