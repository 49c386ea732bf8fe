//! Real article bodies (../shared/corpus) lose no letter or digit in cleaning:
//! they are plain prose, so only characters may change, never content.

use dyad_ingest::clean::{clean_text, CleanOptions};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpus/guardian-2019-dev.jsonl"
);

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn guardian_articles_keep_all_their_text() {
    let data = match std::fs::read_to_string(CORPUS) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("skipping: cannot read the corpus {CORPUS}: {e}");
            return;
        }
    };
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
