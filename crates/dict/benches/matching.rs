//! Dictionary lookups on real news: loading the built-in dictionaries,
//! looking tokens up in the vocabulary, matching actor phrases and finding
//! the event patterns anchored on each word.
//!
//! Uses the cleaned documents of ../shared/corpus/guardian-2019-dev.jsonl
//! when present (read, never copied), else the repository's example
//! article.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_dict::{Dictionaries, WordId};
use dyad_ingest::{read_bytes, IngestOptions};
use dyad_segment::{split_sentences, tokenize};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/guardian-2019-dev.jsonl");
const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/defence-ministers.txt");

/// The cleaned texts of the corpus documents (or of the example article).
fn texts() -> Vec<String> {
    let (name, bytes) = match std::fs::read(CORPUS) {
        Ok(b) => (CORPUS, b),
        Err(e) => {
            eprintln!("{CORPUS}: {e}; benchmarking the example article instead");
            (EXAMPLE, std::fs::read(EXAMPLE).expect("the example article is in the repository"))
        }
    };
    read_bytes(name, &bytes, &IngestOptions::default()).into_iter().filter_map(Result::ok).map(|d| d.text).collect()
}

/// A tokenised sentence: token texts and their vocabulary ids.
struct Tokens<'t> {
    texts: Vec<&'t str>,
    words: Vec<WordId>,
    uniform_case: bool,
}

fn sentences<'t>(texts: &'t [String], dict: &Dictionaries) -> Vec<Tokens<'t>> {
    let mut buf = String::new();
    let mut out = Vec::new();
    for text in texts {
        for s in split_sentences(text) {
            let texts: Vec<&str> = tokenize(text, s.span).iter().map(|t| t.text(text)).collect();
            let words = texts.iter().map(|t| dict.vocab.lookup_lower(t, &mut buf)).collect();
            let uniform_case = !texts.iter().any(|t| t.chars().any(char::is_lowercase));
            out.push(Tokens { texts, words, uniform_case });
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("dictionaries");
    group.sample_size(20);
    group.bench_function("load builtin", |b| b.iter(|| Dictionaries::builtin().expect("built-in dictionaries load")));
    group.finish();

    let dict = Dictionaries::builtin().expect("built-in dictionaries load");
    let texts = texts();
    let sents = sentences(&texts, &dict);
    let tokens: usize = sents.iter().map(|s| s.words.len()).sum();
    let matches: usize = sents.iter().map(|s| dict.match_actors(&s.words, &s.texts, s.uniform_case).len()).sum();
    eprintln!("bench text: {} documents, {} sentences, {tokens} tokens, {matches} actor phrases", texts.len(), sents.len());

    let mut group = c.benchmark_group("matching");
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("vocabulary lookup", |b| {
        let mut buf = String::new();
        b.iter(|| {
            let mut known = 0usize;
            for s in &sents {
                for t in &s.texts {
                    known += (dict.vocab.lookup_lower(black_box(t), &mut buf) != dyad_dict::UNKNOWN) as usize;
                }
            }
            known
        })
    });
    group.bench_function("actor phrases", |b| {
        b.iter(|| sents.iter().map(|s| dict.match_actors(black_box(&s.words), &s.texts, s.uniform_case).len()).sum::<usize>())
    });
    group.bench_function("pattern anchors", |b| {
        b.iter(|| sents.iter().flat_map(|s| &s.words).map(|&w| dict.patterns_anchored_on(black_box(w)).len()).sum::<usize>())
    });
    group.bench_function("word classes", |b| {
        b.iter(|| sents.iter().flat_map(|s| &s.words).filter(|&&w| dict.lexicon.classes(black_box(w)).verb()).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
