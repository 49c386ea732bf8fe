//! Checks against the read-only reference material beside the checkout
//! (`../shared`): the ontology notes the tables were generated from, and the
//! 2016 PLOVER gold-standard records. Each test skips with a message when the
//! material is absent (and fails then if DYAD_REQUIRE_SHARED=1).

use std::collections::BTreeSet;
use std::fs;

use dyad_ontology::plover::{parse_context, parse_mode, SPECIAL_ENTITIES};
use dyad_ontology::{cameo, countries, Category};
use dyad_testkit::shared;

/// The ontology notes, as a path inside ../shared.
const NOTES: &str = "docs/ontology.md";
/// The 2016 gold-standard records, as a path inside ../shared.
const GSR: &str = "eval/plover-gsr/dev.jsonl";

/// The text of `rel` in ../shared, or None (reported) when it is absent.
fn read(rel: &str) -> Option<String> {
    let path = shared(rel)?;
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Some(text)
}

/// The embedded table holds exactly the codes of the notes' §B3 table, with
/// the same Goldstein values where the notes give one.
#[test]
fn cameo_table_matches_notes() {
    let Some(text) = read(NOTES) else { return };
    let mut seen = BTreeSet::new();
    for line in text.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if cells.len() != 8 || cells[0].is_empty() || !cells[0].bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        if cells[1] != cells[0].len().to_string() {
            continue;
        }
        let e = cameo::event(cells[0])
            .unwrap_or_else(|| panic!("{} from the notes is missing", cells[0]));
        if let Ok(g) = cells[3].parse::<f64>() {
            assert_eq!(e.goldstein, g, "{}", e.code);
            assert!(!e.goldstein_inferred, "{}", e.code);
        } else {
            assert!(e.goldstein_inferred, "{}", e.code);
        }
        seen.insert(cells[0].to_string());
    }
    let ours: BTreeSet<String> = cameo::events().iter().map(|e| e.code.to_string()).collect();
    assert_eq!(seen, ours);
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => s
            .split(',')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect(),
        serde_json::Value::Array(a) => a.iter().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

/// Every category, mode, context and country code of the 2016 gold standard
/// reads with the legacy rules, except modes that the old data put under a
/// category that never had them.
#[test]
fn gold_standard_vocabulary_reads() {
    let Some(text) = read(GSR) else { return };
    let mut bad_modes = BTreeSet::new();
    let mut bad_codes = BTreeSet::<String>::new();
    let mut records = 0;
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let r: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{GSR}:{}: {e}", i + 1));
        records += 1;
        let cats: Vec<Category> = strings(&r["event"])
            .iter()
            .map(|e| Category::parse(e).unwrap_or_else(|| panic!("line {}: category {e}", i + 1)))
            .collect();
        for m in strings(&r["mode"]) {
            for c in &cats {
                if parse_mode(*c, &m).is_err() {
                    bad_modes.insert(format!("{c} {m}"));
                }
            }
        }
        for c in strings(&r["context"]) {
            parse_context(&c).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        }
        for side in ["source", "target", "actor", "recipient"] {
            if let Some(list) = r[side].as_array() {
                for ent in list {
                    if let Some(code) = ent["code"].as_str().filter(|c| !c.is_empty()) {
                        let special = SPECIAL_ENTITIES.iter().any(|s| s.code == code);
                        if !special && countries::normalize_country_code(code).is_none() {
                            bad_codes.insert(code.to_string());
                        }
                    }
                }
            }
        }
    }
    assert!(bad_codes.is_empty(), "unknown entity codes {bad_codes:?}");
    assert!(records > 100, "only {records} records");
    let expected: BTreeSet<String> = ["COERCE destroy", "COERCE firearms"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(bad_modes, expected);
}
