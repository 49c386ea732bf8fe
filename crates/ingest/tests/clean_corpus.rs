//! Real article bodies (../shared/corpus) lose no letter or digit in cleaning:
//! they are plain prose, so only characters may change, never content.

use dyad_ingest::clean::{clean_text, CleanOptions};
use dyad_testkit::shared;

/// The corpus, as a path inside ../shared.
const CORPUS: &str = "corpus/guardian-2019-dev.jsonl";

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn guardian_articles_keep_all_their_text() {
    let Some(path) = shared(CORPUS) else { return };
    let data = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the corpus {}: {e}", path.display()));
    let mut n = 0;
    for (i, line) in data.lines().enumerate() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{CORPUS}:{}: {e}", i + 1));
        let text = v["text"]
            .as_str()
            .unwrap_or_else(|| panic!("{CORPUS}:{}: no text", i + 1));
        let c = clean_text(
            text,
            CleanOptions {
                title: None,
                detect_headline: true,
            },
        );
        assert_eq!(
            alnum(&c.text),
            alnum(text),
            "{CORPUS}:{}: text changed",
            i + 1
        );
        assert!(
            !c.text
                .contains(['\u{201C}', '\u{201D}', '\u{2019}', '\u{2014}']),
            "{CORPUS}:{}",
            i + 1
        );
        assert_eq!(c.title, None, "{CORPUS}:{}", i + 1);
        n += 1;
    }
    assert!(n > 100, "only {n} articles read");
}
