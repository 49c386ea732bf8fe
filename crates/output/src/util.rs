//! Small formatting helpers shared by the writers.

use dyad_code::Event;
use dyad_core::Document;

/// The text of the sentence the event was coded from ("" if its span does not
/// fit the document, which would be a coder bug; writing must not panic).
pub(crate) fn sentence_text<'a>(doc: &'a Document, event: &Event) -> &'a str {
    event.sentence_span.text(&doc.text)
}

/// A value safe for one tab-separated field: tabs, carriage returns and line
/// breaks become spaces (a TSV field cannot hold them, and neither GDELT nor
/// PETRARCH files quote).
pub(crate) fn tsv_field(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => ' ',
            c => c,
        })
        .collect()
}

/// A number as text, always with a decimal point (`1.9`, `-10.0`), so that a
/// column of Goldstein values reads as floating point.
pub(crate) fn float(v: f64) -> String {
    let s = format!("{v}");
    if s.contains(['.', 'e', 'N', 'i']) {
        s
    } else {
        format!("{s}.0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_keep_a_point() {
        assert_eq!(float(1.9), "1.9");
        assert_eq!(float(-10.0), "-10.0");
        assert_eq!(float(0.0), "0.0");
    }

    #[test]
    fn tsv_fields_lose_separators() {
        assert_eq!(tsv_field("a\tb\r\nc"), "a b  c");
    }
}
