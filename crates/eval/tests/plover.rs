//! PLOVER scoring on hand-made gold and predictions with known figures.

use dyad_eval::{
    parse_plover_gold, parse_plover_predictions, score_plover, PloverGold, PloverPrediction,
};
use dyad_ontology::Category;

fn gold(jsonl: &str) -> PloverGold {
    parse_plover_gold(jsonl.as_bytes(), "gold.jsonl").expect("fixture gold parses")
}

fn pred(doc: &str, cats: &[Category], actor: &[&str], recipient: &[&str]) -> PloverPrediction {
    PloverPrediction::new(
        doc,
        cats.to_vec(),
        actor.iter().map(|s| s.to_string()).collect(),
        recipient.iter().map(|s| s.to_string()).collect(),
    )
}

/// Two ordinary dyadic records and one one-sided record.
const THREE: &str = r#"{"id": "r1", "text": "Norway will send aid to Saudi Arabia.", "event": "AID", "source": [{"code": "NOR"}], "target": [{"code": "SAU", "sector": "GOV"}]}
{"id": "r2", "text": "Serbia rejected the plan of the UN.", "event": "REJECT", "source": [{"code": "SRB", "sector": "GOV"}], "target": [{"code": "IGO"}]}
{"id": "r3", "text": "Students protested in Paris.", "event": "PROTEST", "source": [{"code": "FRA", "sector": "EDU"}], "target": ""}
"#;

#[test]
fn perfect_prediction_scores_one_everywhere() {
    let g = gold(THREE);
    let preds = vec![
        pred("r1", &[Category::Aid], &["NOR"], &["SAU"]),
        pred("r2", &[Category::Reject], &["SRB"], &["IGO"]),
        pred("r3", &[Category::Protest], &["FRA"], &[]),
    ];
    let r = score_plover(&g, &preds);
    assert_eq!(r.gold_records, 3);
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (3, 3, 3));
    assert_eq!(
        (r.type_score, r.actor_score, r.full_score, r.precision),
        (1.0, 1.0, 1.0, 1.0)
    );
    assert!(r.misses.is_empty());
    assert_eq!(r.unknown_predictions, 0);
}

#[test]
fn empty_prediction_scores_zero_everywhere_including_precision() {
    let r = score_plover(&gold(THREE), &[]);
    assert_eq!((r.type_score, r.actor_score, r.full_score), (0.0, 0.0, 0.0));
    // Precision over zero predicted events is defined as 0.
    assert_eq!((r.predicted_events, r.precision), (0, 0.0));
    assert_eq!(r.misses.len(), 3);
    let protest = r
        .confusion
        .iter()
        .find(|row| row.gold == Category::Protest)
        .unwrap();
    assert_eq!(protest.none, 1);
    assert!(protest.predicted.is_empty());
}

#[test]
fn reciprocal_consult_with_both_parties_as_actors_is_full() {
    let g = gold(
        r#"{"id": "c1", "text": "Russia and China held talks.", "event": "CONSULT", "source": [{"code": "RUS"}], "target": [{"code": "CHN"}]}"#,
    );
    let r = score_plover(
        &g,
        &[pred("c1", &[Category::Consult], &["RUS", "CHN"], &[])],
    );
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (1, 1, 1));

    // The same form for a non-reciprocal category is only an actor match.
    let g = gold(
        r#"{"id": "t1", "text": "Russia threatened China.", "event": "THREATEN", "source": [{"code": "RUS"}], "target": [{"code": "CHN"}]}"#,
    );
    let r = score_plover(
        &g,
        &[pred("t1", &[Category::Threaten], &["RUS", "CHN"], &[])],
    );
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (1, 1, 0));
}

#[test]
fn one_sided_gold_source_may_be_predicted_as_recipient() {
    let g = gold(
        r#"{"id": "o1", "text": "Jordan and Britain agreed to exercises.", "event": "AGREE", "source": [{"code": "JOR"}, {"code": "GBR"}], "target": ""}
{"id": "o2", "text": "Talks were held with Turkey.", "event": "CONSULT", "source": [{"code": "TUR"}]}
{"id": "o3", "text": "Talks were held with Turkey.", "event": "CONSULT", "source": [{"code": "TUR"}], "target": null}"#,
    );
    let preds = vec![
        pred("o1", &[Category::Agree], &["USA"], &["GBR"]),
        pred("o2", &[Category::Consult], &["GRC"], &["TUR"]),
        pred("o3", &[Category::Consult], &["GRC"], &["ISR"]),
    ];
    let r = score_plover(&g, &preds);
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (3, 2, 2));
    assert_eq!(r.misses.len(), 1);
    assert_eq!(r.misses[0].id, "o3");
    assert!(r.misses[0].type_hit && !r.misses[0].actor_hit);
}

#[test]
fn gold_igo_matches_predicted_uno_and_eur_but_not_a_country() {
    let g = gold(
        r#"{"id": "i1", "text": "t", "event": "ACCUSE", "source": [{"code": "IGO", "sector": "GOV"}], "target": [{"code": "SRB"}]}
{"id": "i2", "text": "t", "event": "ACCUSE", "source": [{"code": "IGO"}], "target": [{"code": "SRB"}]}
{"id": "i3", "text": "t", "event": "ACCUSE", "source": [{"code": "IGO"}], "target": [{"code": "SRB"}]}"#,
    );
    let preds = vec![
        pred("i1", &[Category::Accuse], &["UNO"], &["SRB"]),
        pred("i2", &[Category::Accuse], &["eur"], &["SRBGOV"]),
        pred("i3", &[Category::Accuse], &["FRA"], &["SRB"]),
    ];
    let r = score_plover(&g, &preds);
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (3, 2, 2));
}

#[test]
fn legacy_gold_names_and_code_quirks_match_current_predictions() {
    let g = gold(
        r#"{"id": "l1", "text": "Japan demanded that Italy pay.", "event": "DEMAND", "source": [{"code": "JAP", "sector": "GOV"}], "target": [{"code": "ITL"}]}
{"id": "l2", "text": "Vietnam fought rebels.", "event": "FIGHT", "source": [{"code": "VTN"}], "target": [{"code": "VNM", "sector": "REB"}]}"#,
    );
    assert_eq!(g.records[0].category, Category::Request);
    assert_eq!(g.records[0].event_name, "DEMAND");
    let preds = vec![
        pred("l1", &[Category::Request], &["JPNGOV"], &["ITA"]),
        pred("l2", &[Category::Assault], &["VNM"], &["VNMREB"]),
    ];
    let r = score_plover(&g, &preds);
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (2, 2, 2));
    assert_eq!(r.precision, 1.0);
}

#[test]
fn one_right_one_wrong_event_gives_type_one_precision_half() {
    let g = gold(THREE);
    let preds = vec![
        pred("r1", &[Category::Aid], &["NOR"], &["SAU"]),
        pred("r1", &[Category::Threaten], &["NOR"], &["SAU"]),
    ];
    let r = score_plover(&g, &preds);
    assert_eq!(r.type_hits, 1);
    assert_eq!(
        (r.predicted_events, r.correct_events, r.precision),
        (2, 1, 0.5)
    );
    let aid = r
        .per_category
        .iter()
        .find(|c| c.category == Category::Aid)
        .unwrap();
    assert_eq!(
        (aid.gold, aid.type_hits, aid.recall, aid.precision),
        (1, 1, Some(1.0), Some(1.0))
    );
    let thr = r
        .per_category
        .iter()
        .find(|c| c.category == Category::Threaten)
        .unwrap();
    assert_eq!(
        (thr.gold, thr.recall, thr.predicted, thr.precision),
        (0, None, 1, Some(0.0))
    );
    let rej = r
        .per_category
        .iter()
        .find(|c| c.category == Category::Reject)
        .unwrap();
    assert_eq!((rej.recall, rej.precision), (Some(0.0), None));
    let row = r
        .confusion
        .iter()
        .find(|row| row.gold == Category::Aid)
        .unwrap();
    assert_eq!(row.predicted.get(&Category::Aid), Some(&1));
    assert_eq!(row.predicted.get(&Category::Threaten), Some(&1));
    assert_eq!(row.none, 0);
}

#[test]
fn multi_category_event_counts_each_category_for_precision() {
    let r = score_plover(
        &gold(THREE),
        &[pred(
            "r2",
            &[Category::Reject, Category::Accuse],
            &["SRB"],
            &["UNO"],
        )],
    );
    assert_eq!((r.type_hits, r.full_hits), (1, 1));
    assert_eq!((r.predicted_events, r.correct_events), (2, 1));
}

#[test]
fn predictions_for_unknown_ids_are_reported_not_scored() {
    let preds = vec![
        pred("r1", &[Category::Aid], &["NOR"], &["SAU"]),
        pred("nope", &[Category::Aid], &["NOR"], &["SAU"]),
        pred("nope", &[Category::Reject], &["NOR"], &[]),
        pred("also-nope", &[Category::Aid], &[], &[]),
    ];
    let r = score_plover(&gold(THREE), &preds);
    assert_eq!(r.unknown_predictions, 3);
    assert_eq!(
        r.unknown_doc_ids,
        vec!["also-nope".to_string(), "nope".to_string()]
    );
    assert_eq!((r.predicted_events, r.precision), (1, 1.0));
    assert!(r
        .render_text(false)
        .contains("3 predictions for 2 doc ids not in the gold"));
}

#[test]
fn wrong_recipient_is_an_actor_hit_but_not_full() {
    let r = score_plover(
        &gold(THREE),
        &[pred("r1", &[Category::Aid], &["NOR"], &["IRN"])],
    );
    assert_eq!((r.type_hits, r.actor_hits, r.full_hits), (1, 1, 0));
    let text = r.render_text(true);
    assert!(text.contains("- r1 [recipient missed]"), "{text}");
    assert!(
        text.contains("predicted: AID  actor: NOR  recipient: IRN"),
        "{text}"
    );
}

#[test]
fn document_and_unknown_categories_are_skipped_with_warnings() {
    let g = gold(
        r#"{"id": "doc", "event": "DOCUMENT", "text": "metadata"}
{"id": "x", "event": "CRIME", "text": "t", "source": [{"code": "USA"}]}
{"id": "r1", "event": "AID", "text": "t", "source": [{"code": "NOR"}], "target": [{"code": "SAU"}]}
{"id": "r1", "event": "AID", "text": "again", "source": [{"code": "NOR"}]}"#,
    );
    assert_eq!(g.records.len(), 1);
    assert_eq!(g.skipped.len(), 3);
    assert_eq!(g.skipped[0].line, 1);
    assert!(g.skipped[0].reason.contains("DOCUMENT"));
    assert!(g.skipped[1].reason.contains("CRIME"));
    assert!(g.skipped[2].reason.contains("repeats"));
    let r = score_plover(&g, &[]);
    assert_eq!(r.skipped_gold.len(), 3);
    assert!(r.render_text(false).contains("skipped 3 gold records"));
}

#[test]
fn gold_as_json_array_gives_the_same_records_with_lines() {
    let array = format!("[\n{}\n]\n", THREE.trim_end().replace('\n', ",\n"));
    let g = parse_plover_gold(array.as_bytes(), "gold.json").unwrap();
    assert_eq!(g.records.len(), 3);
    assert_eq!(g.records[2].line, 4);
    assert_eq!(g.records[2].targets.len(), 0);
    assert_eq!(g.records[1].targets[0].code, "IGO");
}

#[test]
fn malformed_gold_and_predictions_name_file_and_line() {
    let err = parse_plover_gold(
        b"{\"id\": \"a\", \"event\": \"AID\"}\n{\"id\": \n",
        "g.jsonl",
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("g.jsonl:2: "), "{err}");
    let err = parse_plover_gold(b"{\"event\": \"AID\"}\n", "g.jsonl").unwrap_err();
    assert_eq!(err.to_string(), "g.jsonl:1: gold record has no `id`");
    let err = parse_plover_gold(
        b"{\"id\": \"a\", \"event\": \"AID\", \"source\": 5}\n",
        "g.jsonl",
    )
    .unwrap_err();
    assert!(err.to_string().starts_with("g.jsonl:1: `source`"), "{err}");

    let ok = "{\"doc_id\": \"a\", \"event\": [\"AID\"], \"actor\": [{\"code\": \"USA\"}], \"recipient\": []}\n";
    let bad_json = format!("{ok}\n{{\"doc_id\": \"b\", \"event\": [\"AID\"]\n");
    let err = parse_plover_predictions(bad_json.as_bytes(), "p.jsonl").unwrap_err();
    assert!(
        err.to_string().starts_with("p.jsonl:3: invalid JSON"),
        "{err}"
    );
    let bad_cat = format!("{ok}{{\"doc_id\": \"b\", \"event\": [\"DANCE\"]}}\n");
    let err = parse_plover_predictions(bad_cat.as_bytes(), "p.jsonl").unwrap_err();
    assert_eq!(
        err.to_string(),
        "p.jsonl:2: unknown event category \"DANCE\""
    );
    let no_id = "{\"event\": \"AID\"}\n";
    let err = parse_plover_predictions(no_id.as_bytes(), "p.jsonl").unwrap_err();
    assert_eq!(err.to_string(), "p.jsonl:1: prediction has no `doc_id`");
}

#[test]
fn prediction_lines_keep_codes_evidence_and_accept_a_string_event() {
    let input = r#"{"doc_id": "r1", "event": ["AID"], "actor": [{"code": "NOR", "sector": "GOV"}], "recipient": [{"code": "SAU"}], "evidence": {"verb": "send", "span": [5, 9]}, "text": "x"}

{"doc_id": "r1", "event": "DEMAND", "actor": [], "recipient": null}
"#;
    let preds = parse_plover_predictions(input.as_bytes(), "p.jsonl").unwrap();
    assert_eq!(preds.len(), 2);
    assert_eq!(preds[0].actor_codes, vec!["NOR"]);
    assert_eq!(preds[0].recipient_codes, vec!["SAU"]);
    assert_eq!(preds[0].evidence.as_ref().unwrap()["verb"], "send");
    assert_eq!(preds[1].events, vec![Category::Request]);
    assert_eq!(preds[1].line, Some(3));
    let r = score_plover(&gold(THREE), &preds);
    assert_eq!(
        (r.full_hits, r.predicted_events, r.correct_events),
        (1, 2, 1)
    );
    let text = r.render_text(true);
    assert!(!text.contains("- r1 "), "r1 is a full hit: {text}");

    let wrong = score_plover(&gold(THREE), &preds[1..]);
    let text = wrong.render_text(true);
    assert!(text.contains("- r1 [category missed]"), "{text}");
    assert!(
        text.contains("gold:    AID  source: NOR  target: SAU/GOV"),
        "{text}"
    );
}

#[test]
fn report_serializes_to_json() {
    let r = score_plover(
        &gold(THREE),
        &[pred("r1", &[Category::Aid], &["NOR"], &["SAU"])],
    );
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v["type_hits"], 1);
    assert_eq!(v["per_category"][0]["category"], "AID");
    assert_eq!(v["confusion"][0]["predicted"]["AID"], 1);
    assert_eq!(v["misses"].as_array().unwrap().len(), 2);
}
