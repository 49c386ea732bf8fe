//! Throughput of sentence splitting and tokenisation on real news text.
//!
//! Uses the "text" fields of /work/shared/corpus/guardian-2019-dev.jsonl when
//! present (read, never copied), else a bundled wire-style paragraph.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_segment::{split_sentences, tokenize};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/corpus/guardian-2019-dev.jsonl"
);

const FALLBACK: &str = "BEIJING, Oct. 22 (Reuters) - The U.S. and China met on Tuesday \
to discuss trade. Mr. Smith said talks would resume at 10 a.m. on Oct. 24. Shares rose \
3.5 percent to $1,000.50 a share, the highest since Jan. 2019. \"We will win,\" Col. Gen. \
Wei Fenghe told reporters. Was it enough? Officials at the U.N. in New York declined to \
comment... The Ministry of Defense (MoD) said W. Fenghe would visit Azerbaijan's capital.\n\n";

fn corpus_text() -> String {
    match std::fs::read_to_string(CORPUS) {
        Ok(raw) => {
            let mut text = String::new();
            for line in raw.lines().filter(|l| !l.trim().is_empty()) {
                match serde_json::from_str::<serde_json::Value>(line) {
                    Ok(v) => {
                        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                            text.push_str(t);
                            text.push_str("\n\n");
                        }
                    }
                    Err(e) => eprintln!("{CORPUS}: skipping bad line: {e}"),
                }
            }
            text
        }
        Err(e) => {
            eprintln!("{CORPUS}: {e}; benchmarking a bundled paragraph instead");
            FALLBACK.repeat(2000)
        }
    }
}

fn bench(c: &mut Criterion) {
    let text = corpus_text();
    let sentences = split_sentences(&text);
    eprintln!(
        "bench text: {} bytes, {} sentences",
        text.len(),
        sentences.len()
    );
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("split_sentences", |b| {
        b.iter(|| split_sentences(black_box(&text)))
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in &sentences {
                n += tokenize(black_box(&text), s.span).len();
            }
            n
        })
    });
    group.bench_function("split_and_tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for s in split_sentences(black_box(&text)) {
                n += tokenize(&text, s.span).len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
