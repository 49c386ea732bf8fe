//! The real scraped page in ../shared/examples comes out clean.

use chrono::DateTime;
use dyad_ingest::clean::{clean_text, CleanOptions};
use dyad_testkit::shared;

/// The seed page, as a path inside ../shared.
const SEED: &str = "examples/000_ad36e5a10f87839d.txt";
const TITLE: &str = "Ministers of Defense of Azerbaijan and China meet in Beijing";

/// The seed page's text, or None (reported) when ../shared is absent.
fn read_seed() -> Option<String> {
    let path = shared(SEED)?;
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the seed page {}: {e}", path.display()));
    Some(text)
}

fn check(raw: &str, opts: CleanOptions<'_>) {
    let c = clean_text(raw, opts);
    assert_eq!(c.title.as_deref(), Some(TITLE));
    assert!(
        !c.text
            .contains("Ministers of Defense of Azerbaijan and China meet"),
        "headline left in body"
    );
    let d = c.dateline.expect("dateline");
    let p = d.published.expect("published");
    assert_eq!(
        p.datetime,
        Some(DateTime::parse_from_rfc3339("2019-10-22T13:43:00+04:00").unwrap())
    );
    assert!(!c.text.contains("2019"), "dateline left in body");
    for residue in ["Army", "#", "THE OPERATION IS BEING PERFORMED"] {
        assert!(!c.text.contains(residue), "{residue:?} left in body");
    }
    let paras: Vec<&str> = c.text.split("\n\n").collect();
    // The page has eight article paragraphs, each one line.
    assert_eq!(paras.len(), 8, "{paras:#?}");
    assert!(paras.iter().all(|p| !p.contains('\n')));
    assert!(paras[0]
        .starts_with("On October 22, the Minister of Defense of the Republic of Azerbaijan"));
    assert!(paras[0].contains("People's Republic of China (PRC)"));
    assert!(paras[1].contains("the \"One Belt and One Way\" initiative"));
    assert_eq!(paras[3], "W. Fenghe reiterated his country's support for the territorial integrity and sovereignty of Azerbaijan.");
    assert!(paras[7]
        .ends_with("came to the initial agreement on signing a legal document in this field."));
    assert!(!c.text.contains(['’', '“', '”']));
    // Every article paragraph of the page is in the output, quotes aside.
    let raw_norm = raw.replace(['’'], "'").replace(['“', '”'], "\"");
    for p in &paras {
        assert!(raw_norm.contains(p), "paragraph changed: {p:?}");
    }
}

#[test]
fn seed_page_with_detected_headline() {
    let Some(raw) = read_seed() else { return };
    check(
        &raw,
        CleanOptions {
            title: None,
            detect_headline: true,
        },
    );
}

#[test]
fn seed_page_with_given_title() {
    let Some(raw) = read_seed() else { return };
    check(
        &raw,
        CleanOptions {
            title: Some(TITLE),
            detect_headline: false,
        },
    );
}

#[test]
fn seed_page_is_stable() {
    let Some(raw) = read_seed() else { return };
    let c = clean_text(
        &raw,
        CleanOptions {
            title: None,
            detect_headline: true,
        },
    );
    let again = clean_text(
        &c.text,
        CleanOptions {
            title: c.title.as_deref(),
            detect_headline: false,
        },
    );
    assert_eq!(again.text, c.text);
    assert_eq!(again.dateline, None);
}
