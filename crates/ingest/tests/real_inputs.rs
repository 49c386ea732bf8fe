//! Real inputs from /work/shared beside the checkout (skipped when absent).

use dyad_ingest::{read_inputs, IngestOptions};
use dyad_testkit::shared;

#[test]
fn guardian_corpus_reads_every_line() {
    let Some(path) = shared("corpus/guardian-2019-dev.jsonl") else {
        return;
    };
    let results: Vec<_> = read_inputs(&[path], &IngestOptions::default()).collect();
    assert_eq!(results.len(), 125);
    for (i, r) in results.iter().enumerate() {
        let doc = r.as_ref().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(doc.origin.line, Some(i as u64 + 1));
        assert!(doc.id.starts_with("guardian-"), "{}", doc.id);
        assert_eq!(doc.source.as_deref(), Some("Guardian"));
        assert_eq!(doc.language.as_deref(), Some("en"), "{}", doc.id);
        assert!(doc.date.is_some(), "{}", doc.id);
        assert!(doc.text.len() > 200, "{}", doc.id);
    }
}

#[test]
fn scraped_page_text() {
    let Some(path) = shared("examples/000_ad36e5a10f87839d.txt") else {
        return;
    };
    let results: Vec<_> = read_inputs(&[path], &IngestOptions::default()).collect();
    assert_eq!(results.len(), 1);
    let doc = results[0].as_ref().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Ministers of Defense of Azerbaijan and China meet in Beijing")
    );
    assert!(doc.text.contains("Zakir Hasanov"));
    assert_eq!(doc.language.as_deref(), Some("en"));
}
