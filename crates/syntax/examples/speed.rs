//! Quick tagging plus parsing rate on the Guardian sample (one thread), for
//! comparing builds without criterion: `cargo run --release -p dyad-syntax
//! --example speed [-- MODEL] [ROUNDS]`. Prints the model's load time and
//! sentences per second for tagging alone and for tagging plus parsing, best
//! of the rounds, and the rate for the first `HOT` sentences (20 unless set)
//! parsed again and again. `LIMIT=N` keeps only the first N sentences (for
//! slow tools such as cachegrind).

use dyad_syntax::Model;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/guardian-2019-dev.jsonl");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model: &Model = match args.iter().find(|a| a.parse::<usize>().is_err()) {
        Some(p) => Box::leak(Box::new(Model::load(std::path::Path::new(p)).expect("model"))),
        None => Model::builtin(),
    };
    let t = std::time::Instant::now();
    let loads = 5;
    for _ in 0..loads {
        std::hint::black_box(Model::from_bytes(Model::builtin_bytes()).map(|m| m.sizes()).ok());
    }
    println!("built-in model loaded in {:.1} ms", t.elapsed().as_secs_f64() * 1e3 / loads as f64);
    let rounds: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(5);
    let data = std::fs::read_to_string(CORPUS).expect("../shared/corpus/guardian-2019-dev.jsonl");
    let mut sents: Vec<Vec<String>> = Vec::new();
    for line in data.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else { continue };
        for s in dyad_segment::split_sentences(text) {
            let words: Vec<String> = dyad_segment::tokenize(text, s.span).iter().map(|t| t.text(text).to_string()).collect();
            if !words.is_empty() {
                sents.push(words);
            }
        }
    }
    if let Some(limit) = std::env::var("LIMIT").ok().and_then(|v| v.parse().ok()) {
        sents.truncate(limit);
    }
    let refs: Vec<Vec<&str>> = sents.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let (mut best_tag, mut best_parse) = (0f64, 0f64);
    let mut check = 0u64;
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        for s in &refs {
            check += model.tag(s).len() as u64;
        }
        best_tag = best_tag.max(refs.len() as f64 / t.elapsed().as_secs_f64());
        let t = std::time::Instant::now();
        for s in &refs {
            check += model.parse(s).heads.iter().map(|&h| h as u64).sum::<u64>();
        }
        best_parse = best_parse.max(refs.len() as f64 / t.elapsed().as_secs_f64());
    }
    // The same few sentences again and again: the weights they use stay
    // cached, so this is the rate without memory waits (an upper bound).
    let k: usize = std::env::var("HOT").ok().and_then(|v| v.parse().ok()).unwrap_or(20).min(refs.len());
    let few = &refs[..k];
    let t = std::time::Instant::now();
    for _ in 0..4000 / k {
        for s in few {
            check += model.parse(s).heads.len() as u64;
        }
    }
    let hot = (few.len() * (4000 / k)) as f64 / t.elapsed().as_secs_f64();
    println!("hot (20 sentences of {} words on average, repeated): {hot:.0}/s", few.iter().map(|s| s.len()).sum::<usize>() / few.len());
    println!("{} sentences: tag {:.0}/s, tag+parse {:.0}/s (check {check})", refs.len(), best_tag, best_parse);
}
