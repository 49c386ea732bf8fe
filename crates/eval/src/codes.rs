//! Actor-code normalisation shared by gold and predictions.
//!
//! The 2016 PLOVER gold standard was hand-coded: codes carry CAMEO-style
//! suffixes, and a few country codes are typos of ISO 3166-1 alpha-3. Both
//! sides are reduced to a comparable 3-letter code before matching.

/// Non-ISO country codes seen in the 2016 PLOVER gold-standard records, with
/// the ISO code they stand for. Kept here (not in the ontology crate) because
/// they are quirks of one gold file, needed only to score against it.
const CODE_FIXES: &[(&str, &str)] = &[("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM")];

/// Predicted codes that a gold `IGO` accepts: PLOVER v2 gives the UN and the EU
/// their own codes, where the 2016 records wrote plain `IGO`.
const IGO_EQUIVALENTS: &[&str] = &["IGO", "UNO", "EUR"];

/// Normalises one actor code: trimmed, upper-cased, cut to its first three
/// characters (the country or international block), with known typos fixed.
/// Returns `None` for empty codes and the null code `---`.
pub fn normalize_code(code: &str) -> Option<String> {
    let upper = code.trim().to_uppercase();
    if upper.is_empty() || upper.chars().all(|c| c == '-') {
        return None;
    }
    let head: String = upper.chars().take(3).collect();
    let fixed = CODE_FIXES
        .iter()
        .find(|(from, _)| *from == head)
        .map(|(_, to)| (*to).to_string());
    Some(fixed.unwrap_or(head))
}

/// Whether a normalised gold code is matched by a normalised predicted code.
pub fn code_matches(gold: &str, predicted: &str) -> bool {
    gold == predicted || (gold == "IGO" && IGO_EQUIVALENTS.contains(&predicted))
}

/// Whether any gold code is matched by any predicted code.
pub fn any_match(gold: &[String], predicted: &[String]) -> bool {
    gold.iter()
        .any(|g| predicted.iter().any(|p| code_matches(g, p)))
}

/// Normalises a list of codes, dropping empty ones and duplicates (order kept).
pub fn normalize_all<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for code in codes {
        if let Some(n) = normalize_code(code) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_cut_upper_cased_and_fixed() {
        assert_eq!(normalize_code(" usagov ").as_deref(), Some("USA"));
        assert_eq!(normalize_code("JAP").as_deref(), Some("JPN"));
        assert_eq!(normalize_code("itlgov").as_deref(), Some("ITA"));
        assert_eq!(normalize_code("VTN").as_deref(), Some("VNM"));
        assert_eq!(normalize_code("---"), None);
        assert_eq!(normalize_code(""), None);
    }

    #[test]
    fn igo_accepts_un_and_eu_but_not_the_reverse() {
        assert!(code_matches("IGO", "UNO"));
        assert!(code_matches("IGO", "EUR"));
        assert!(code_matches("IGO", "IGO"));
        assert!(!code_matches("UNO", "IGO"));
        assert!(!code_matches("IGO", "USA"));
    }
}
