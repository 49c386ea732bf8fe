//! `dyad parse`: CoNLL-U out of news, offsets into the printed text, the
//! relations the coder needs on the seed article, and the output read back
//! by `--eval`.

mod common;

use common::{dyad, shared, stderr, stdout};
use dyad_syntax::conllu;

/// (form, upos, head form, deprel) of every word, per sentence (keyed by its text).
#[allow(clippy::type_complexity)]
fn words(conllu_text: &str) -> Vec<(String, Vec<(String, String, String, String)>)> {
    conllu::parse("out", conllu_text)
        .unwrap()
        .into_iter()
        .map(|s| {
            let text = s.comments.iter().find_map(|c| c.strip_prefix("text = ")).unwrap().to_string();
            let forms: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
            let rows = s
                .words
                .iter()
                .map(|w| {
                    let head = if w.head == 0 { "ROOT".to_string() } else { forms[w.head as usize - 1].clone() };
                    (w.form.clone(), w.upos.as_str().to_string(), head, w.deprel.as_str().to_string())
                })
                .collect();
            (text, rows)
        })
        .collect()
}

fn has(rows: &[(String, String, String, String)], form: &str, head: &str, deprel: &str) -> bool {
    rows.iter().any(|(f, _, h, d)| f == form && h == head && d == deprel)
}

#[test]
fn conllu_comments_and_token_ranges_point_into_the_extracted_text() {
    let out = dyad(&["parse", "examples/defence-ministers.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let extracted = stdout(&dyad(&["extract", "examples/defence-ministers.txt"]));
    let doc: serde_json::Value = serde_json::from_str(extracted.lines().next().unwrap()).unwrap();
    let chars: Vec<char> = doc["text"].as_str().unwrap().chars().collect();
    assert!(text.starts_with("# newdoc id = examples/defence-ministers.txt\n# doc_id = examples/defence-ministers.txt\n# sent_id = examples/defence-ministers.txt-1\n# text = "));
    let mut tokens = 0;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let range = cols[9].strip_prefix("TokenRange=").unwrap();
        let (a, b) = range.split_once(':').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!(chars[a..b].iter().collect::<String>(), cols[1], "{line}");
        tokens += 1;
    }
    assert!(tokens > 50);
    assert_eq!(words(&text).len(), doc["sentences"].as_array().unwrap().len());
}

#[test]
fn seed_article_has_the_relations_the_coder_reads() {
    let Some(seed) = shared("examples/000_ad36e5a10f87839d.txt") else { return };
    let out = dyad(&["parse", &seed]);
    assert!(out.status.success(), "{}", stderr(&out));
    let sentences = words(&stdout(&out));
    let find = |start: &str| &sentences.iter().find(|(t, _)| t.starts_with(start)).unwrap_or_else(|| panic!("{start}")).1;
    // Subject and object of a main verb.
    let s = find("W. Fenghe reiterated");
    assert!(has(s, "reiterated", "ROOT", "root") && has(s, "support", "reiterated", "obj"), "{s:?}");
    assert!(s.iter().any(|(_, _, h, d)| h == "reiterated" && d == "nsubj"), "{s:?}");
    // A clausal complement with its complementiser.
    let s = find("Minister W. Fenghe noted that");
    assert!(has(s, "have", "noted", "ccomp") && has(s, "that", "have", "mark") && has(s, "relations", "have", "nsubj"), "{s:?}");
    // A passive participle with its agent.
    let s = find("He emphasized that the");
    assert!(has(s, "Xi", "put", "obl:agent"), "{s:?}");
    // A relative clause on the actor, which must not give the main verb its subject.
    let s = find("On October 22, the Minister");
    assert!(has(s, "visit", "Hasanov", "acl:relcl") || s.iter().any(|(_, _, _, d)| d == "acl:relcl"), "{s:?}");
    assert!(has(s, "Minister", "met", "nsubj"), "{s:?}");
}

#[test]
fn conllu_output_round_trips_through_the_eval_reader() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.conllu");
    let out = dyad(&["parse", "examples/defence-ministers.txt", "-o", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The same words parsed again by the same model: everything agrees.
    let out = dyad(&["parse", "--eval", file.to_str().unwrap(), "--relations"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    for line in ["UPOS  1.0000", "UAS   1.0000", "LAS   1.0000"] {
        assert!(report.contains(line), "{report}");
    }
    assert!(report.contains("nsubj"), "the per-relation table: {report}");
}

#[test]
fn json_format_and_bad_gold_files() {
    let out = dyad(&["parse", "--format", "json", "examples/defence-ministers.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let first = &doc["sentences"][0]["tokens"][0];
    assert_eq!((first["id"].as_u64(), first["form"].as_str(), first["start"].as_u64()), (Some(1), Some("On"), Some(0)));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.conllu");
    std::fs::write(&bad, "# text = x\n1\tx\tx\tNOUN\t_\t_\tzero\troot\t_\t_\n\n").unwrap();
    let out = dyad(&["parse", "--eval", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad.conllu:2:"), "{}", stderr(&out));
}

#[test]
fn eval_on_the_held_out_treebank_file() {
    let Some(test) = shared("treebank/en_ewt-ud-test.conllu") else { return };
    let out = dyad(&["parse", "--eval", &test]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    let figure = |name: &str| -> f64 {
        report.lines().find_map(|l| l.strip_prefix(name)).unwrap().trim().parse().unwrap()
    };
    // The acceptance figures of the parser (docs/accuracy.md).
    assert!(figure("UPOS ") >= 0.93, "{report}");
    assert!(figure("UAS ") >= 0.80, "{report}");
    assert!(figure("LAS ") >= 0.75, "{report}");
}
