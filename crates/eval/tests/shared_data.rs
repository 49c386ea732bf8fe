//! End-to-end checks on the real gold files in ../shared (skipped when absent).

use dyad_eval::{
    load_gold, load_petrarch_gold, load_plover_gold, load_plover_predictions, score_petrarch,
    score_plover, CameoPrediction, Expectation, Gold, PetrarchGold, PloverGold, PloverPrediction,
    Triple,
};
use dyad_testkit::shared;

/// The PLOVER gold-standard records, as a path inside ../shared.
const PLOVER_DEV: &str = "eval/plover-gsr/dev.jsonl";
/// PETRARCH2's unit-test records, as a path inside ../shared.
const PETR_XML: &str = "petrarch2/text/PETR.UnitTest.records.xml";

fn perfect(gold: &PloverGold) -> Vec<PloverPrediction> {
    gold.records
        .iter()
        .map(|r| {
            PloverPrediction::new(
                r.id.clone(),
                vec![r.category],
                r.sources.iter().map(|e| e.code.clone()).collect(),
                r.targets.iter().map(|e| e.code.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn plover_dev_loads_and_scores_perfect_and_halved_predictions() {
    let Some(plover_dev) = shared(PLOVER_DEV) else {
        return;
    };
    let gold = load_plover_gold(&plover_dev).unwrap();
    assert_eq!(gold.records.len(), 152);
    assert!(
        gold.skipped.is_empty(),
        "every event parses: {:?}",
        gold.skipped
    );
    assert!(matches!(load_gold(&plover_dev).unwrap(), Gold::Plover(_)));
    // Quirks the scorer must cope with are really there.
    let codes: Vec<&str> = gold
        .records
        .iter()
        .flat_map(|r| r.sources.iter().chain(&r.targets))
        .map(|e| e.code.as_str())
        .collect();
    assert!(codes.contains(&"JAP") && codes.contains(&"IGO"));
    assert!(gold.records.iter().any(|r| r.event_name == "DEMAND"));
    let no_target = gold.records.iter().filter(|r| r.targets.is_empty()).count();
    assert_eq!(no_target, 14);

    let all = perfect(&gold);
    let r = score_plover(&gold, &all);
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (152, 152, 152));
    assert_eq!(
        (r.type_score, r.actor_score, r.full_score, r.precision),
        (1.0, 1.0, 1.0, 1.0)
    );

    // The same predictions written as dyad's JSON Lines and read back.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pred.jsonl");
    let lines: Vec<String> = all
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 2 == 0)
        .map(|(_, p)| {
            let ents = |codes: &[String]| -> Vec<serde_json::Value> {
                codes
                    .iter()
                    .map(|c| serde_json::json!({"code": c}))
                    .collect()
            };
            serde_json::json!({
                "doc_id": p.doc_id,
                "event": [p.events[0].as_str()],
                "actor": ents(&p.actor_codes),
                "recipient": ents(&p.recipient_codes),
            })
            .to_string()
        })
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let halved = load_plover_predictions(&path).unwrap();
    assert_eq!(halved.len(), 76);
    let r = score_plover(&gold, &halved);
    assert_eq!(
        (r.type_hits, r.actor_hits, r.full_hits, r.gold_records),
        (76, 76, 76, 152)
    );
    assert_eq!(r.type_score, 0.5);
    assert_eq!(r.precision, 1.0);
    assert_eq!(r.misses.len(), 76);
    let text = r.render_text(true);
    assert!(text.contains("type       0.500  (76/152)"), "{text}");
}

fn expected(gold: &PetrarchGold, id: &str) -> Vec<String> {
    let r = gold.records.iter().find(|r| r.id == id).unwrap();
    r.expected.iter().map(Triple::to_string).collect()
}

#[test]
fn petrarch_unit_test_records_load_and_score() {
    let Some(petr_xml) = shared(PETR_XML) else {
        return;
    };
    let gold = load_petrarch_gold(&petr_xml).unwrap();
    assert!(matches!(load_gold(&petr_xml).unwrap(), Gold::Petrarch(_)));
    assert_eq!(gold.records.len(), 284);
    assert_eq!(
        gold.duplicate_ids,
        vec!["AGENTS-18".to_string(), "AGENTS-19".to_string()]
    );
    assert_eq!(expected(&gold, "DEMO-00"), ["ARN GON 064"]);
    assert_eq!(expected(&gold, "SYNSET-01"), ["ARN GON 901"]);
    assert_eq!(
        expected(&gold, "DEMO-22"),
        ["\"INJURY TOLL\" OSG 223", "ERI OSG 223"]
    );
    assert_eq!(
        expected(&gold, "ACTOR-01"),
        [
            "\"GRYFFINDOR HEAD MINERVA MCGONAGALL\" \"THE MINISTRY OF MAGIC\" 032",
            "\"THE MINISTRY OF MAGIC\" \"GRYFFINDOR HEAD MINERVA MCGONAGALL\" 033"
        ]
    );
    let find = |id: &str| gold.records.iter().find(|r| r.id == id).unwrap();
    assert_eq!(find("FINAL-RECORD").expectation, Expectation::NoEvents);
    assert_eq!(
        find("FINAL-RECORD").text,
        "ALL OF THE UNIT TESTS WERE CODED CORRECTLY."
    );
    assert_eq!(
        find("ERROR-01").expectation,
        Expectation::Error("dateline".into())
    );
    // PATTERN-06 has no <EventCoding> at all (its only coding is commented out).
    assert_eq!(find("PATTERN-06").expectation, Expectation::Events);
    assert!(find("PATTERN-06").expected.is_empty());

    let no_events = gold
        .records
        .iter()
        .filter(|r| r.expectation == Expectation::NoEvents)
        .count();
    let errors = gold
        .records
        .iter()
        .filter(|r| matches!(r.expectation, Expectation::Error(_)))
        .count();
    assert_eq!((no_events, errors), (19, 7));

    // An empty prediction passes the noevents and error records, plus PATTERN-06.
    let r = score_petrarch(&gold, &[]);
    assert_eq!((r.passed, r.total), (no_events + errors + 1, 284));

    // Producing exactly the expected triples, each record named by its key,
    // passes everything; naming the shared ids bare, the records of each
    // pair see each other's triples and fail.
    let exact = |name: &dyn Fn(&dyad_eval::petrarch::PetrarchRecord) -> String| -> Vec<CameoPrediction> {
        gold.records
            .iter()
            .flat_map(|r| r.expected.iter().map(|t| CameoPrediction::new(name(r), &t.source, &t.target, &t.code)))
            .collect()
    };
    let r = score_petrarch(&gold, &exact(&|r| r.key.clone()));
    assert_eq!(r.passed, 284);
    let r = score_petrarch(&gold, &exact(&|r| r.id.clone()));
    assert_eq!(r.passed, 284 - 4);
    let failing: Vec<&str> = r.failures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(failing, ["AGENTS-18#1", "AGENTS-19#1", "AGENTS-18#2", "AGENTS-19#2"]);
}
