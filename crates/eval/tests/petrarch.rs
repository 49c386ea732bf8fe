//! PETRARCH validation scoring on hand-made XML and TSV fixtures.

use dyad_eval::{
    detect_gold_file, detect_gold_format, parse_cameo_predictions, parse_gold, parse_petrarch_gold,
    score_petrarch, CameoPrediction, Expectation, Gold, GoldFormat, Triple,
};

const XML: &str = r#"<Validation>
<!-- a comment with <Sentence id="fake"> inside -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Config option="require_dyad" value="True"></Config>
</Environment>
<Sentences>
<!--Stop></Stop-->
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<!-- duplicated triple below -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="010"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="010"></EventCoding>
<Text>
Arnor said something
about Gondor &amp; Rohan.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date="19950101" id="T-02" category="DEMO" sentence="true">
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950102" id="T-03" category="ERROR" sentence="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>Discard me.</Text>
</Sentence>
<Sentence date="19950102" id="T-04" category="NEW" sentence="true">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
<EventCoding sourcecode="OSG" targetcode="ARN" eventcode="0233"/>
<Text>Text.</Text>
</Sentence>
<Sentence date="19950102" id="T-05" category="PATTERN" sentence="true">
<!--EventCoding sourcecode="GON" targetcode="OSG" eventcode="041"-->
<Text>No coding at all.</Text>
</Sentence>
<Stop></Stop>
</Sentences>
</Validation>
"#;

#[test]
fn records_triples_and_expectations_are_read() {
    assert_eq!(
        detect_gold_format(XML.as_bytes()),
        Some(GoldFormat::PetrarchXml)
    );
    let Gold::Petrarch(g) = parse_gold(XML.as_bytes(), "v.xml").unwrap() else {
        panic!("detected as PLOVER");
    };
    let ids: Vec<&str> = g.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["T-01", "T-02", "T-03", "T-04", "T-05"]);
    let r1 = &g.records[0];
    assert_eq!(r1.expected.len(), 1, "duplicates collapse");
    assert!(r1.expected.contains(&Triple::new("ARN", "GON", "010")));
    assert_eq!(r1.text, "Arnor said something about Gondor & Rohan.");
    assert_eq!(r1.date, "19950101");
    assert_eq!(r1.line, 9);
    assert_eq!(g.records[1].expectation, Expectation::NoEvents);
    assert_eq!(
        g.records[2].expectation,
        Expectation::Error("sentencediscard".into())
    );
    let r4: Vec<String> = g.records[3]
        .expected
        .iter()
        .map(|t| t.to_string())
        .collect();
    assert_eq!(r4, ["\"INJURY TOLL\" OSG 223", "OSG ARN 0233"]);
    assert_eq!(g.records[4].expectation, Expectation::Events);
    assert!(g.records[4].expected.is_empty());
    assert!(g.duplicate_ids.is_empty());
}

#[test]
fn set_equality_with_duplicates_extras_and_noevents() {
    let g = parse_petrarch_gold(XML.as_bytes(), "v.xml").unwrap();
    // Expected {ARN GON 010} twice, produced once: pass. Nothing for T-02/T-03/T-05: pass.
    let mut preds = vec![
        CameoPrediction::new("T-01", "ARN", "GON", "010"),
        CameoPrediction::new("T-04", "\"INJURY TOLL\"", "OSG", "223"),
        CameoPrediction::new("T-04", "OSG", "ARN", "0233"),
        CameoPrediction::new("T-04", "OSG", "ARN", "0233"),
    ];
    let r = score_petrarch(&g, &preds);
    assert_eq!((r.passed, r.total), (5, 5));
    assert_eq!(r.pass_rate, 1.0);

    // An extra triple fails the record; so does an event for a noevents record
    // and a code that lost its leading zero.
    preds.push(CameoPrediction::new("T-01", "GON", "ARN", "010"));
    preds.push(CameoPrediction::new("T-02", "ARN", "GON", "010"));
    preds[2] = CameoPrediction::new("T-04", "OSG", "ARN", "233");
    preds.push(CameoPrediction::new("ghost", "A", "B", "010"));
    let r = score_petrarch(&g, &preds);
    assert_eq!((r.passed, r.total), (2, 5));
    let failing: Vec<&str> = r.failures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failing, ["T-01", "T-02", "T-04"]);
    assert_eq!(
        r.failures[0].expected,
        vec![Triple::new("ARN", "GON", "010")]
    );
    assert_eq!(r.failures[0].produced.len(), 2);
    assert_eq!(
        (r.unknown_predictions, r.unknown_doc_ids.clone()),
        (1, vec!["ghost".to_string()])
    );
    let text = r.render_text(true);
    assert!(
        text.starts_with("PETRARCH validation: 2/5 records passed (0.400)"),
        "{text}"
    );
    assert!(text.contains("expected: (none) [noevents]"), "{text}");
    assert!(
        text.contains("produced: {ARN GON 010} {GON ARN 010}"),
        "{text}"
    );
}

#[test]
fn all_empty_prediction_passes_exactly_the_records_expecting_nothing() {
    let g = parse_petrarch_gold(XML.as_bytes(), "v.xml").unwrap();
    let r = score_petrarch(&g, &[]);
    assert_eq!(r.passed, 3);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["passed"], 3);
    assert_eq!(json["failures"][0]["expected"][0]["code"], "010");
}

#[test]
fn duplicate_ids_are_kept_and_reported() {
    let xml = r#"<Validation><Sentences>
<Sentence date="1" id="D"><EventCoding sourcecode="A" targetcode="B" eventcode="010"/><Text>a</Text></Sentence>
<Sentence date="1" id="D"><EventCoding sourcecode="A" targetcode="C" eventcode="010"/><Text>b</Text></Sentence>
</Sentences></Validation>"#;
    let g = parse_petrarch_gold(xml.as_bytes(), "d.xml").unwrap();
    assert_eq!(g.records.len(), 2);
    assert_eq!(g.duplicate_ids, vec!["D".to_string()]);
    let r = score_petrarch(&g, &[CameoPrediction::new("D", "A", "B", "010")]);
    assert_eq!((r.passed, r.total), (1, 2));
}

#[test]
fn malformed_xml_names_file_and_line() {
    let broken =
        "<Validation>\n<Sentences>\n<Sentence id=\"x\" date=\"1\">\n<Text>a</Txt>\n</Sentence>\n";
    let err = parse_petrarch_gold(broken.as_bytes(), "b.xml").unwrap_err();
    assert!(err.to_string().starts_with("b.xml:4: invalid XML"), "{err}");
    let missing = "<Validation>\n<Sentence id=\"x\" date=\"1\">\n<EventCoding sourcecode=\"A\" eventcode=\"010\"/>\n</Sentence>\n</Validation>";
    let err = parse_petrarch_gold(missing.as_bytes(), "b.xml").unwrap_err();
    assert_eq!(err.to_string(), "b.xml:3: <EventCoding> has no targetcode");
    let unclosed = "<Validation>\n<Sentence id=\"x\" date=\"1\">\n<Text>a</Text>\n";
    let err = parse_petrarch_gold(unclosed.as_bytes(), "b.xml").unwrap_err();
    assert!(err.to_string().starts_with("b.xml:"), "{err}");
    let mixed = "<V><Sentence id=\"m\"><EventCoding noevents=\"True\"/><EventCoding sourcecode=\"A\" targetcode=\"B\" eventcode=\"010\"/></Sentence></V>";
    let err = parse_petrarch_gold(mixed.as_bytes(), "b.xml").unwrap_err();
    assert!(err.to_string().contains("expects none"), "{err}");
}

#[test]
fn cameo_tsv_keeps_leading_zeros_and_names_bad_lines() {
    let tsv = "doc_id\tsentence\tdate\tsource\ttarget\tcameo\troot\tquad_class\tgoldstein\ttext\n\
               T-01\t0\t19950101\tARN\tGON\t010\t01\t1\t0.0\tArnor said\n\
               \n\
               T-04\t0\t19950102\tOSG\tARN\t0233\t02\t1\t3.4\tText.\n";
    let preds = parse_cameo_predictions(tsv.as_bytes(), "p.tsv").unwrap();
    assert_eq!(preds.len(), 2);
    assert_eq!(preds[0].triple, Triple::new("ARN", "GON", "010"));
    assert_eq!(preds[1].triple.code, "0233");
    assert_eq!(preds[1].line, Some(4));

    let short = "doc_id\tsentence\tdate\tsource\ttarget\tcameo\nT-01\t0\t1\tARN\n";
    let err = parse_cameo_predictions(short.as_bytes(), "p.tsv").unwrap_err();
    assert_eq!(err.to_string(), "p.tsv:2: row has 4 columns, header has 6");
    let no_header = "T-01\t0\t1\tARN\tGON\t010\n";
    let err = parse_cameo_predictions(no_header.as_bytes(), "p.tsv").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("p.tsv:1: header has no `doc_id`"),
        "{err}"
    );
}

#[test]
fn unknown_gold_content_is_a_format_error() {
    assert_eq!(detect_gold_format(b"  \n"), None);
    assert_eq!(
        detect_gold_format(b"\xEF\xBB\xBF[\n]"),
        Some(GoldFormat::PloverJson)
    );
    assert_eq!(
        detect_gold_format(b"\n{\"id\": 1}"),
        Some(GoldFormat::PloverJsonLines)
    );
    let err = parse_gold(b"id,event\n", "g.csv").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("g.csv: not a known gold format"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gold.xml");
    std::fs::write(&path, XML).unwrap();
    assert_eq!(detect_gold_file(&path).unwrap(), GoldFormat::PetrarchXml);
    let err = detect_gold_file(&dir.path().join("absent.xml")).unwrap_err();
    assert!(err.to_string().contains("absent.xml: cannot read"), "{err}");
}

/// UniversalPetrarch's layout: a self-closing `<Sentence/>` followed by its
/// codings, text and CoNLL-U parse as siblings, closed again by a stray
/// `</Sentence>` or not at all.
const UD_LAYOUT: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a comment line outside any element
<Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment>
<Sentences>
<Sentence category="AFP" date="20080804" id="U-1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />
<Text>
The US leader went to Beijing.
</Text>
<Parse>
1	The	the	DET	DT	_	2	det	_	_
</Parse></Sentence>
<Sentence category="TEST" date="20080805" id="U-2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing.</Text>
<Sentence category="TEST" date="20080806" id="U-3" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="RUS" targetcode="UKR" />
<EventCoding eventcode="111" sourcecode="UKR" targetcode="RUS" />
<Text>Last one, closed by the end of the file's records.</Text>
</Sentences>
</Validation>
"#;

#[test]
fn universal_petrarch_layout_is_read_record_by_record() {
    let g = parse_petrarch_gold(UD_LAYOUT.as_bytes(), "ud.xml").unwrap();
    let ids: Vec<&str> = g.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["U-1", "U-2", "U-3"]);
    assert_eq!(g.records[0].text, "The US leader went to Beijing.");
    assert_eq!(g.records[0].expected.iter().cloned().collect::<Vec<_>>(), vec![Triple::new("USA", "CHN", "042")]);
    assert_eq!(g.records[1].expectation, Expectation::NoEvents);
    assert_eq!(g.records[2].expected.len(), 2);
    assert_eq!(g.records[2].date, "20080806");
    // Event-level agreement: one of three expected triples produced, plus
    // one triple no record expects.
    let p = |id: &str, s: &str, t: &str, c: &str| CameoPrediction { doc_id: id.into(), triple: Triple::new(s, t, c), line: None };
    let report = score_petrarch(&g, &[p("U-1", "USA", "CHN", "042"), p("U-3", "RUS", "UKR", "193")]);
    assert_eq!((report.passed, report.total), (2, 3));
    assert_eq!((report.matched_events, report.produced_events, report.expected_events), (1, 2, 3));
    assert!((report.event_precision() - 0.5).abs() < 1e-9 && (report.event_recall() - 1.0 / 3.0).abs() < 1e-9);
    assert!(report.render_text(false).contains("precision 0.500 (1/2 produced), recall 0.333 (1/3 expected)"));
}

#[test]
fn the_shared_universal_petrarch_file_loads() {
    let Some(path) = dyad_testkit::shared("petrarch2/text/PETR2_GSR_validation.xml") else { return };
    let g = dyad_eval::load_petrarch_gold(&path).unwrap();
    assert_eq!(g.records.len(), 78);
    let names: Vec<&str> = g.environment.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile", "Include"]);
    assert_eq!(g.environment[1].1, "Phoenix.Countries.actors.txt,Phoenix.International.actors.txt,Phoenix.MilNonState.actors.txt");
    // One record (abc12_3) has an empty <Text> and only its parse.
    assert_eq!(g.records.iter().filter(|r| r.text.is_empty()).map(|r| r.id.as_str()).collect::<Vec<_>>(), ["abc12_3"]);
    assert_eq!(g.records.iter().map(|r| r.expected.len()).sum::<usize>(), 80);
}
