//! Invariants of sentences, tokens and character offsets on arbitrary text.

use dyad_segment::{hyphen_parts, split_sentences, tokenize, CharOffsets};
use proptest::prelude::*;

/// Text built from the characters the rules care about, so that the
/// interesting branches are hit far more often than with uniform strings.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Mr.",
        "U.S.",
        "a.m.",
        "W.",
        "etc.",
        "Inc.",
        "The",
        "he",
        "said",
        "3.5",
        "1,000",
        "...",
        "\u{2026}",
        "?",
        "!",
        ".",
        "\"",
        "'",
        "\u{201C}",
        "\u{201D}",
        "\u{2019}s",
        "(",
        ")",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\u{2029}",
        "-",
        "--",
        "don't",
        "www.x.org",
        "é",
        "e\u{301}",
        "\u{00A0}",
        "\t",
        "Z",
        "z",
        "9",
        "@",
        "$",
        "\u{1F600}",
        "https://",
        ",",
        "n't",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let sentences = split_sentences(text);
    let mut prev_end = 0;
    let mut prev_para = 0;
    for s in &sentences {
        let sp = s.span;
        assert!(prev_end <= sp.start, "overlap or disorder at {sp:?}");
        assert!(sp.start < sp.end && sp.end <= text.len(), "bad span {sp:?}");
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        let st = s.text(text);
        assert_eq!(st, st.trim(), "untrimmed sentence {st:?}");
        assert!(s.paragraph >= prev_para && s.paragraph <= prev_para + 1);
        assert!(!st.contains("\n\n"), "sentence crosses a paragraph: {st:?}");
        prev_end = sp.end;
        prev_para = s.paragraph;

        let tokens = tokenize(text, sp);
        let mut tprev = sp.start;
        for t in &tokens {
            let ts = t.span;
            assert!(
                tprev <= ts.start && ts.start < ts.end && ts.end <= sp.end,
                "{ts:?}"
            );
            assert!(text.is_char_boundary(ts.start) && text.is_char_boundary(ts.end));
            assert!(!t.text(text).chars().any(char::is_whitespace));
            for p in hyphen_parts(text, ts) {
                assert!(ts.start <= p.start && p.start < p.end && p.end <= ts.end);
                assert!(text.is_char_boundary(p.start) && text.is_char_boundary(p.end));
            }
            tprev = ts.end;
        }
        // Every non-whitespace character of the sentence is in some token.
        let covered: usize = tokens.iter().map(|t| t.span.len()).sum();
        let non_ws: usize = st
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        assert_eq!(covered, non_ws, "tokens miss text in {st:?}");
    }
    // Nothing but whitespace is left outside sentences.
    let covered: usize = sentences.iter().map(|s| s.span.len()).sum();
    let outside = text.len() - covered;
    let ws: usize = text
        .chars()
        .filter(|c| c.is_whitespace())
        .map(char::len_utf8)
        .sum();
    assert!(outside <= ws, "non-whitespace text lost");

    let offsets = CharOffsets::new(text);
    for (b, _) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        assert_eq!(offsets.char_offset(b), text[..b].chars().count());
    }
    assert_eq!(offsets.char_offset(text.len() + 10), text.chars().count());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_strings(text in newsish()) {
        check(&text);
    }

    #[test]
    fn long_non_ascii_offsets(text in "[a-zé€\u{1F600} .\n]{200,1200}") {
        check(&text);
    }
}
