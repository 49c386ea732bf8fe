//! Tagging plus parsing speed on news sentences, and model load time.
//!
//! Sentences come from `../shared/corpus/guardian-2019-dev.jsonl` (real
//! news, tokenised by dyad's segmenter) when it is present, else from a
//! few built-in news sentences repeated.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_syntax::Model;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/guardian-2019-dev.jsonl");

const FALLBACK: &[&str] = &[
    "China's defence minister met his Azerbaijani counterpart in Beijing on Tuesday.",
    "The talks were cancelled by the government after protesters crossed the border.",
    "He said that the troops who crossed the border would be withdrawn if the ceasefire held.",
    "Shares in the company rose 3.5 percent on Wednesday, the highest level since 2017.",
];

fn sentences() -> Vec<Vec<String>> {
    let texts: Vec<String> = match std::fs::read_to_string(CORPUS) {
        Ok(data) => data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect(),
        Err(_) => {
            eprintln!("{CORPUS} not found: benchmarking built-in sentences");
            FALLBACK.iter().map(|s| s.to_string()).collect()
        }
    };
    let mut out = Vec::new();
    for text in &texts {
        for s in dyad_segment::split_sentences(text) {
            let words: Vec<String> = dyad_segment::tokenize(text, s.span).iter().map(|t| t.text(text).to_string()).collect();
            if !words.is_empty() {
                out.push(words);
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let model = Model::builtin();
    let sents = sentences();
    let words: usize = sents.iter().map(Vec::len).sum();
    eprintln!("{} sentences, {:.1} words on average", sents.len(), words as f64 / sents.len() as f64);
    let refs: Vec<Vec<&str>> = sents.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let mut g = c.benchmark_group("syntax");
    g.throughput(Throughput::Elements(refs.len() as u64));
    g.sample_size(10);
    g.bench_function("tag+parse news sentences", |b| {
        b.iter(|| {
            let mut heads = 0u64;
            for s in &refs {
                heads += model.parse(s).heads.iter().map(|&h| h as u64).sum::<u64>();
            }
            heads
        })
    });
    g.bench_function("tag news sentences", |b| b.iter(|| refs.iter().map(|s| model.tag(s).len()).sum::<usize>()));
    g.finish();
    let mut g = c.benchmark_group("syntax-load");
    g.sample_size(10);
    g.bench_function("load built-in model", |b| b.iter(|| Model::from_bytes(Model::builtin_bytes()).map(|m| m.sizes())));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
