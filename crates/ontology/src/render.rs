//! Renderings of the ontologies for `dyad ontology plover|cameo [--json]`:
//! JSON values for programs and aligned plain-text tables for people.

use serde_json::{json, Value};

use crate::cameo::{self, CameoEvent};
use crate::plover::{self, AuxMode, Category};

/// PLOVER as JSON: the 16 categories (name, quad, quad_name, score,
/// recipient_required, modes with name/score/score_inferred/meaning), plus
/// quads, auxiliary modes, contexts, sectors and special entity codes.
/// A mode without a manual score (`vandalize`) carries the category score
/// with `score_inferred: true`.
pub fn plover_json() -> Value {
    let categories: Vec<Value> = Category::ALL
        .iter()
        .map(|c| {
            let modes: Vec<Value> = c
                .modes()
                .iter()
                .map(|m| {
                    json!({
                        "name": m.name,
                        "score": m.score_or_category(),
                        "score_inferred": m.score.is_none(),
                        "meaning": m.meaning,
                    })
                })
                .collect();
            json!({
                "name": c.as_str(),
                "quad": c.quad(),
                "quad_name": c.quad_name(),
                "score": c.score(),
                "recipient_required": c.recipient_required(),
                "modes": modes,
            })
        })
        .collect();
    json!({
        "ontology": "PLOVER",
        "version": "2.0",
        "sanction_quad": {"default": 4, "alternative": 3},
        "categories": categories,
        "quads": (1..=4u8).map(|q| json!({"quad": q, "name": plover::quad_name(q)})).collect::<Vec<_>>(),
        "auxiliary_modes": AuxMode::ALL.iter().map(|a| json!({"name": a.as_str(), "meaning": a.meaning()})).collect::<Vec<_>>(),
        "contexts": plover::contexts().iter().map(|c| json!({"name": c.name, "covers": c.covers})).collect::<Vec<_>>(),
        "sectors": plover::sectors()
            .iter()
            .map(|s| json!({"code": s.code, "meaning": s.meaning, "frequent": s.frequent}))
            .collect::<Vec<_>>(),
        "special_entities": plover::SPECIAL_ENTITIES
            .iter()
            .map(|e| json!({"code": e.code, "name": e.name}))
            .collect::<Vec<_>>(),
    })
}

fn cameo_event_json(e: &CameoEvent) -> Value {
    let p = e.plover.as_ref();
    json!({
        "code": e.code,
        "name": e.name,
        "digits": e.digits(),
        "goldstein": e.goldstein,
        "goldstein_inferred": e.goldstein_inferred,
        "in_cameo_1_1b3": e.in_cameo_1_1b3,
        "quad_class": e.quad_class,
        "plover_category": p.map(|p| p.category.as_str()),
        "plover_modes": p.map(|p| p.modes.iter().map(|m| m.name).collect::<Vec<_>>()).unwrap_or_default(),
        "plover_contexts": p.map(|p| p.contexts.iter().map(|c| c.name).collect::<Vec<_>>()).unwrap_or_default(),
        "swap_roles": p.is_some_and(|p| p.swap_roles),
        "reciprocal": p.is_some_and(|p| p.reciprocal),
        "normalised": e.normalised,
        "note": e.note,
    })
}

/// CAMEO as JSON: `{"ontology", "version", "codes": [...]}` with every event
/// code in code order (code, name, digits, goldstein, goldstein_inferred,
/// in_cameo_1_1b3, quad_class, plover_category — null for the dropped 01x/02x —
/// plover_modes, plover_contexts, swap_roles, reciprocal, normalised, note).
pub fn cameo_json() -> Value {
    json!({
        "ontology": "CAMEO",
        "version": "1.1b3",
        "goldstein_source": "GDELT CAMEO.goldsteinscale.txt",
        "plover_mapping": "CAMEO2PLOVER-2021 normalised to PLOVER v2.0",
        "codes": cameo::events().iter().map(cameo_event_json).collect::<Vec<_>>(),
    })
}

/// Lays out rows in left-aligned columns separated by two spaces, with a
/// dashed rule under the header; no trailing spaces.
fn layout(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            s.push_str(cell);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(w - cell.chars().count() + 2));
            }
        }
        s.truncate(s.trim_end().len());
        s.push('\n');
        s
    };
    let mut out = line(header.to_vec());
    out.push_str(&line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    ));
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}

/// A PLOVER score as the manual writes it: `+2.5`, `-3`, `0`.
fn score(v: f64) -> String {
    if v == 0.0 {
        "0".into()
    } else {
        format!("{v:+}")
    }
}

/// PLOVER as plain-text tables: categories, then each category's modes, the
/// auxiliary modes, contexts and sectors.
pub fn plover_table() -> String {
    let rows: Vec<Vec<String>> = Category::ALL
        .iter()
        .map(|c| {
            vec![
                c.as_str().to_string(),
                c.quad().to_string(),
                c.quad_name().to_string(),
                score(c.score()),
                if c.recipient_required() { "yes" } else { "no" }.to_string(),
                c.modes()
                    .iter()
                    .map(|m| m.name)
                    .collect::<Vec<_>>()
                    .join(", "),
            ]
        })
        .collect();
    let mut out = String::from("PLOVER 2.0 event categories\n\n");
    out.push_str(&layout(
        &[
            "CATEGORY",
            "QUAD",
            "QUAD NAME",
            "SCORE",
            "RECIPIENT",
            "MODES",
        ],
        &rows,
    ));
    out.push_str("\nSANCTION: quad 4 by default; the manual's quad table says 3 (configurable).\n");

    let rows: Vec<Vec<String>> = plover::all_modes()
        .iter()
        .map(|m| {
            let s = match m.score {
                Some(v) => score(v),
                None => format!("{}*", score(m.score_or_category())),
            };
            vec![
                m.category.as_str().to_string(),
                m.name.to_string(),
                s,
                m.meaning.to_string(),
            ]
        })
        .collect();
    out.push_str("\nModes\n\n");
    out.push_str(&layout(&["CATEGORY", "MODE", "SCORE", "MEANING"], &rows));
    out.push_str("\n* no score in the manual; the category score is used.\n");

    let rows: Vec<Vec<String>> = AuxMode::ALL
        .iter()
        .map(|a| vec![a.as_str().to_string(), a.meaning().to_string()])
        .collect();
    out.push_str("\nAuxiliary modes (any category)\n\n");
    out.push_str(&layout(&["MODE", "MEANING"], &rows));

    let rows: Vec<Vec<String>> = plover::contexts()
        .iter()
        .map(|c| vec![c.name.to_string(), c.covers.to_string()])
        .collect();
    out.push_str("\nContexts\n\n");
    out.push_str(&layout(&["CONTEXT", "COVERS"], &rows));

    let rows: Vec<Vec<String>> = plover::sectors()
        .iter()
        .map(|s| {
            vec![
                s.code.to_string(),
                if s.frequent {
                    "frequent"
                } else {
                    "less frequent"
                }
                .to_string(),
                s.meaning.to_string(),
            ]
        })
        .collect();
    out.push_str("\nSectors\n\n");
    out.push_str(&layout(&["SECTOR", "USE", "MEANING"], &rows));

    let rows: Vec<Vec<String>> = plover::SPECIAL_ENTITIES
        .iter()
        .map(|e| vec![e.code.to_string(), e.name.to_string()])
        .collect();
    out.push_str("\nSpecial entity codes\n\n");
    out.push_str(&layout(&["CODE", "NAME"], &rows));
    out
}

/// CAMEO as a plain-text table, one line per code in code order; names are
/// indented by depth, inferred Goldstein values carry `*`.
pub fn cameo_table() -> String {
    let rows: Vec<Vec<String>> = cameo::events()
        .iter()
        .map(|e| {
            let p = e.plover.as_ref();
            let mut g = format!("{:.1}", e.goldstein);
            if e.goldstein_inferred {
                g.push('*');
            }
            vec![
                e.code.to_string(),
                format!("{}{}", "  ".repeat(e.digits() - 2), e.name),
                g,
                e.quad_class.to_string(),
                p.map_or("-", |p| p.category.as_str()).to_string(),
                p.map(|p| p.modes.iter().map(|m| m.name).collect::<Vec<_>>().join(","))
                    .unwrap_or_default(),
                p.map(|p| {
                    p.contexts
                        .iter()
                        .map(|c| c.name)
                        .collect::<Vec<_>>()
                        .join(",")
                })
                .unwrap_or_default(),
            ]
        })
        .collect();
    let mut out = String::from("CAMEO 1.1b3 event codes (Goldstein: GDELT; PLOVER: CAMEO2PLOVER-2021 normalised to v2.0)\n\n");
    out.push_str(&layout(
        &[
            "CODE",
            "NAME",
            "GOLDSTEIN",
            "QUAD",
            "PLOVER",
            "MODES",
            "CONTEXTS",
        ],
        &rows,
    ));
    out.push_str("\n* not in GDELT's table; value of the nearest parent code.\n");
    out.push_str("PLOVER \"-\": 01x/02x codes have no PLOVER event.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plover_json_shape() {
        let v = plover_json();
        let cats = v["categories"].as_array().unwrap();
        assert_eq!(cats.len(), 16);
        let accuse = cats.iter().find(|c| c["name"] == "ACCUSE").unwrap();
        assert_eq!(accuse["score"], -3.0);
        assert_eq!(accuse["quad"], 3);
        assert_eq!(accuse["quad_name"], "Verbal conflict");
        assert_eq!(accuse["modes"].as_array().unwrap().len(), 3);
        let protest = cats.iter().find(|c| c["name"] == "PROTEST").unwrap();
        let vandalize = protest["modes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| m["name"] == "vandalize")
            .unwrap();
        assert_eq!(vandalize["score"], -5.0);
        assert_eq!(vandalize["score_inferred"], true);
        assert_eq!(
            cats.iter().find(|c| c["name"] == "AID").unwrap()["recipient_required"],
            true
        );
        assert_eq!(
            cats.iter().find(|c| c["name"] == "SANCTION").unwrap()["quad"],
            4
        );
        assert_eq!(v["auxiliary_modes"].as_array().unwrap().len(), 4);
        assert_eq!(v["contexts"].as_array().unwrap().len(), 37);
        assert_eq!(v["sectors"].as_array().unwrap().len(), 25);
    }

    #[test]
    fn cameo_json_shape() {
        let v = cameo_json();
        let codes = v["codes"].as_array().unwrap();
        assert_eq!(codes.len(), 318);
        assert_eq!(codes[0]["code"], "01");
        let c010 = codes.iter().find(|c| c["code"] == "010").unwrap();
        assert_eq!(c010["plover_category"], Value::Null);
        assert_eq!(c010["goldstein"], 0.0);
        let c1951 = codes.iter().find(|c| c["code"] == "1951").unwrap();
        assert_eq!(c1951["plover_category"], "ASSAULT");
        assert_eq!(c1951["plover_modes"][0], "aerial");
        assert_eq!(c1951["goldstein_inferred"], true);
        assert_eq!(
            codes.iter().find(|c| c["code"] == "043").unwrap()["swap_roles"],
            true
        );
    }

    #[test]
    fn text_tables() {
        let t = plover_table();
        let accuse = t.lines().find(|l| l.starts_with("ACCUSE ")).unwrap();
        assert!(
            accuse.contains("-3") && accuse.contains("disapprove, investigate, allege"),
            "{accuse}"
        );
        assert!(t
            .lines()
            .any(|l| l.starts_with("PROTEST") && l.contains("vandalize") && l.contains("-5*")));
        assert!(t.lines().all(|l| l == l.trim_end()));
        let c = cameo_table();
        let line = c.lines().find(|l| l.starts_with("1951 ")).unwrap();
        assert!(
            line.contains("-10.0*") && line.contains("ASSAULT") && line.contains("aerial"),
            "{line}"
        );
        assert!(c.lines().any(|l| l.starts_with("010 ") && l.contains(" -")));
        // Columns are aligned: every data row's GOLDSTEIN column starts at the same place.
        let header = c.lines().find(|l| l.starts_with("CODE")).unwrap();
        let col = header.find("GOLDSTEIN").unwrap();
        let row = c.lines().find(|l| l.starts_with("042 ")).unwrap();
        assert_eq!(&row[col..col + 3], "1.9");
    }
}
