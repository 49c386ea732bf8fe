//! Coding whole documents end to end: sentence splitting, recognition of
//! actors and event wording, and the coder, per document as `dyad code`
//! runs them (dictionaries loaded once, outside the timing).
//!
//! Uses the cleaned documents of ../shared/corpus/guardian-2019-dev.jsonl
//! when present (read, never copied), else the repository's example
//! article.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_code::{code_document, CoderOptions};
use dyad_dict::Dictionaries;
use dyad_ingest::{read_bytes, Document, IngestOptions};
use dyad_segment::split_sentences;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/guardian-2019-dev.jsonl");
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/defence-ministers.txt");

fn read(path: &str) -> Option<Vec<Document>> {
    match std::fs::read(path) {
        Ok(bytes) => Some(read_bytes(path, &bytes, &IngestOptions::default()).into_iter().filter_map(Result::ok).collect()),
        Err(e) => {
            eprintln!("{path}: {e}; not benchmarked");
            None
        }
    }
}

fn bench(c: &mut Criterion) {
    let dict = Dictionaries::builtin().expect("built-in dictionaries load");
    // A document without a date is not coded: give any such one a date of
    // the corpus's year, so that it is measured too.
    let opts = CoderOptions { default_date: chrono::NaiveDate::from_ymd_opt(2019, 6, 1), ..CoderOptions::default() };
    let mut group = c.benchmark_group("coding");
    for (name, path) in [("example article", EXAMPLE), ("guardian corpus", CORPUS)] {
        let Some(docs) = read(path) else { continue };
        let sentences: usize = docs.iter().map(|d| split_sentences(&d.text).len()).sum();
        let events: usize = docs.iter().map(|d| code_document(d, &split_sentences(&d.text), &dict, &opts).0.len()).sum();
        eprintln!("{name}: {} documents, {sentences} sentences, {events} events", docs.len());
        group.throughput(Throughput::Elements(sentences as u64));
        group.sample_size(if sentences > 1000 { 10 } else { 50 });
        group.bench_function(name, |b| {
            b.iter(|| {
                docs.iter().map(|d| code_document(black_box(d), &split_sentences(&d.text), &dict, &opts).0.len()).sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
