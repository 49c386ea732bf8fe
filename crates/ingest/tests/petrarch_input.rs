//! PETRARCH's input XML read as news: both layouts, recognised from the
//! content, one document per record, bad records reported with their line.

use dyad_ingest::{read_bytes, IngestOptions, InputFormat};

const PETRARCH2: &str = r#"<!-- # a PETRARCH sample file
-->
<Sentences>
<Sentence date = "20080804" id ="AFP0808020625_4" source = "AFP" sentence = "True">
<Text>
The stopover came as the US leader prepared to attend the
Beijing Olympics &amp; more.
</Text>
<Parse>
( (S (NP (DT The) (NN stopover)) (VP (VBD came)) (. .)))
</Parse>
</Sentence>
<Sentence date = "20150609" id ="TEST_1" source = "AFP" sentence = "True">
<Text>

</Text>
<Parse>
(ROOT (S (NP (NNP Russia)) (VP (VBD shelled) (NP (NNP Donetsk))) (. .)))
</Parse>
</Sentence>
<Sentence date = "2015" id ="BAD_DATE" sentence = "True">
<Text>Russia shelled Donetsk.</Text>
</Sentence>
<Sentence date = "20150610" sentence = "True">
<Text>No id here.</Text>
</Sentence>
</Sentences>
"#;

const UNIVERSAL: &str = "<?xml version='1.0' encoding='utf-8'?>
<Validation>
# prose with a bare <EventCoding...> in it
<Sentences>
<Sentence category=\"AFP\" date=\"20080804\" id=\"U-1\" evaluate=\"true\"/>
<EventCoding eventcode=\"042\" sourcecode=\"USA\" targetcode=\"CHN\" />
<Text>
The US leader went to Beijing.
</Text>
<Parse>
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
</Parse></Sentence>
<Sentence category=\"OTHER\" date=\"20150101\" id=\"U-2\" evaluate=\"true\"/>
<Text>
</Text>
<Parse>
1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_
2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
</Parse></Sentence>
</Sentences>
</Validation>
";

#[test]
fn petrarch2_records_are_documents() {
    let docs = read_bytes("sample.xml", PETRARCH2.as_bytes(), &IngestOptions::default());
    assert_eq!(docs.len(), 4);
    let first = docs[0].as_ref().unwrap();
    assert_eq!(first.id, "AFP0808020625_4");
    assert_eq!(first.text, "The stopover came as the US leader prepared to attend the Beijing Olympics & more.");
    assert_eq!(first.date, chrono::NaiveDate::from_ymd_opt(2008, 8, 4));
    assert_eq!(first.source.as_deref(), Some("AFP"));
    assert_eq!(first.origin.line, Some(4));
    // A record with only its parse: the parse's words are its text.
    assert_eq!(docs[1].as_ref().unwrap().text, "Russia shelled Donetsk.");
    let bad_date = docs[2].as_ref().unwrap_err().to_string();
    assert!(bad_date.starts_with("sample.xml:21:") && bad_date.contains("\"2015\" is not YYYYMMDD"), "{bad_date}");
    let no_id = docs[3].as_ref().unwrap_err().to_string();
    assert!(no_id.starts_with("sample.xml:24:") && no_id.contains("without an id"), "{no_id}");
}

#[test]
fn universal_petrarch_records_are_documents_too() {
    let docs = read_bytes("gsr.xml", UNIVERSAL.as_bytes(), &IngestOptions::default());
    let ok: Vec<_> = docs.iter().map(|d| d.as_ref().map(|d| (d.id.as_str(), d.text.as_str())).unwrap()).collect();
    assert_eq!(ok, [("U-1", "The US leader went to Beijing."), ("U-2", "Boko Haram attacked.")]);
}

#[test]
fn the_format_is_recognised_and_can_be_named() {
    let opts = IngestOptions { format: "petrarch".parse::<InputFormat>().unwrap(), ..IngestOptions::default() };
    assert_eq!(read_bytes("x", PETRARCH2.as_bytes(), &opts).len(), 4);
    // Recognised without being named, after a comment (PETRARCH2) or an XML
    // declaration and a <Validation> root (UniversalPetrarch).
    assert_eq!(read_bytes("x", UNIVERSAL.as_bytes(), &IngestOptions::default()).len(), 2);
    let empty = read_bytes("e.xml", b"<Sentences>\n</Sentences>\n", &IngestOptions::default());
    assert!(empty[0].as_ref().unwrap_err().to_string().contains("without a <Sentence> record"));
}

#[test]
fn the_shared_petrarch_files_read_whole() {
    for (rel, records, skipped) in [("petrarch2/text/GigaWord.sample.PETR.xml", 76, 1), ("petrarch2/text/PETR.UnitTest.records.xml", 284, 0), ("petrarch2/text/PETR2_GSR_validation.xml", 78, 0)] {
        let Some(path) = dyad_testkit::shared(rel) else { continue };
        let docs = read_bytes(rel, &std::fs::read(path).unwrap(), &IngestOptions::default());
        assert_eq!(docs.len(), records, "{rel}");
        assert_eq!(docs.iter().filter(|d| d.is_err()).count(), skipped, "{rel}: {:?}", docs.iter().filter_map(|d| d.as_ref().err()).collect::<Vec<_>>());
    }
}
