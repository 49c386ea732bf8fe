//! Runs the segmenter over real scraped news (read from ../shared when it is
//! present beside the checkout; skipped otherwise).

use dyad_segment::{split_sentences, tokenize, CharOffsets};
use dyad_testkit::shared;

/// The seed article, as a path inside ../shared.
const EXAMPLE: &str = "examples/000_ad36e5a10f87839d.txt";

#[test]
fn seed_article() {
    let Some(path) = shared(EXAMPLE) else { return };
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let sentences = split_sentences(&text);
    assert!(sentences.len() >= 10, "only {} sentences", sentences.len());
    let offsets = CharOffsets::new(&text);
    let mut prev = 0;
    for s in &sentences {
        let st = s.span.text(&text);
        assert!(prev <= s.span.start && s.span.start < s.span.end);
        assert!(text.get(s.span.start..s.span.end).is_some());
        assert_eq!(st, st.trim());
        for initial in [" W.", " Z."] {
            assert!(!st.ends_with(initial), "split after initial: {st:?}");
        }
        assert!(!tokenize(&text, s.span).is_empty());
        assert_eq!(
            offsets.char_offset(s.span.start),
            text[..s.span.start].chars().count()
        );
        prev = s.span.end;
    }
    // Known content of the article, typographic quotes included.
    let texts: Vec<&str> = sentences.iter().map(|s| s.text(&text)).collect();
    assert!(texts.contains(
        &"W. Fenghe reiterated his country's support for the territorial integrity and sovereignty of Azerbaijan."
    ));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Minister W. Fenghe noted that")
                && t.ends_with("the two peoples."))
    );
}
