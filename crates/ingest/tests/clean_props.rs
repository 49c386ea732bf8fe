//! Properties of clean_text on arbitrary and on page-like input.

use dyad_ingest::clean::{clean_text, CleanOptions};
use proptest::prelude::*;

/// Pieces that scraped pages are made of, to build texts that exercise the
/// headline, dateline, wrapping and residue rules together.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ministers meet in Beijing".to_string()),
        Just("# 22 October 2019 13:43 (UTC +04:00)".to_string()),
        Just("Published: Oct. 22, 2019".to_string()),
        Just("BEIJING, Oct 22 (Reuters) - China said on Tuesday it would talk.".to_string()),
        Just("LONDON \u{2014} Britain said".to_string()),
        Just("The minister said the talks would".to_string()),
        Just("continue next week, officials said.".to_string()),
        Just(
            "He emphasized that the \u{201C}One Belt\u{201D} initiative created a new opportunity."
                .to_string()
        ),
        Just("Army".to_string()),
        Just("#".to_string()),
        Just("THE OPERATION IS BEING PERFORMED".to_string()),
        Just("Share this".to_string()),
        Just("Follow us on Twitter".to_string()),
        Just("\u{A9} 2019 Example. All rights reserved.".to_string()),
        Just("Home > World > Asia".to_string()),
        Just("Key points:".to_string()),
        Just("- a list item".to_string()),
        Just("a lower-case continuation of".to_string()),
        Just(String::new()),
        Just(" \u{A0}\t".to_string()),
        "[a-zA-Z .,#\u{2014}\u{2019}]{0,30}",
    ]
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            piece(),
            prop_oneof![Just("\n"), Just("\n\n"), Just("\r\n"), Just(" ")],
        ),
        0..14,
    )
    .prop_map(|parts| parts.into_iter().map(|(p, sep)| p + sep).collect())
}

fn check(raw: &str, detect_headline: bool) -> Result<(), TestCaseError> {
    let c = clean_text(
        raw,
        CleanOptions {
            title: None,
            detect_headline,
        },
    );
    prop_assert!(!c.text.contains('\r'));
    prop_assert!(!c.text.contains("\n\n\n"));
    prop_assert_eq!(c.text.trim(), c.text.as_str());
    prop_assert!(!c.text.contains("  "));
    for line in c.text.split('\n') {
        prop_assert_eq!(line.trim(), line);
    }
    let again = clean_text(
        &c.text,
        CleanOptions {
            title: c.title.as_deref(),
            detect_headline: false,
        },
    );
    prop_assert_eq!(&again.text, &c.text, "not idempotent; title {:?}", c.title);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in any::<String>(), detect in any::<bool>()) {
        check(&s, detect)?;
    }

    #[test]
    fn page_like_texts(s in page(), detect in any::<bool>()) {
        check(&s, detect)?;
    }

    #[test]
    fn given_title_is_idempotent(s in page(), title in "[A-Za-z ]{0,30}") {
        let c = clean_text(&s, CleanOptions { title: Some(&title), detect_headline: false });
        let again = clean_text(&c.text, CleanOptions { title: c.title.as_deref(), detect_headline: false });
        prop_assert_eq!(again.text, c.text);
    }
}
