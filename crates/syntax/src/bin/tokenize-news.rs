//! Splits the `text` field of JSON Lines news files into sentences and
//! tokens with dyad's own segmenter, and prints one sentence a line with its
//! tokens separated by tabs, prefixed by `FILE:LINE:SENTENCE\t`.
//!
//! `scripts/silver-spacy.py` reads this output so that the silver training
//! data is tokenised exactly as dyad tokenises news at run time (hyphenated
//! words stay whole, clitics are split Penn style).

use std::io::{BufRead, BufWriter, Write};

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: tokenize-news FILE.jsonl...");
        std::process::exit(2);
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for file in &files {
        let reader = match std::fs::File::open(file) {
            Ok(f) => std::io::BufReader::new(f),
            Err(e) => {
                eprintln!("tokenize-news: cannot open {file}: {e}");
                std::process::exit(1);
            }
        };
        for (n, line) in reader.lines().enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("tokenize-news: {file}:{}: {e}", n + 1);
                    std::process::exit(1);
                }
            };
            let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else {
                eprintln!("tokenize-news: {file}:{}: not JSON, skipped", n + 1);
                continue;
            };
            let Some(text) = value.get("text").and_then(|t| t.as_str()) else { continue };
            for (k, s) in dyad_segment::split_sentences(text).iter().enumerate() {
                let tokens = dyad_segment::tokenize(text, s.span);
                if tokens.is_empty() {
                    continue;
                }
                let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
                // A tab inside a token cannot happen (whitespace separates
                // tokens), so the tab-separated line is unambiguous.
                if writeln!(out, "{file}:{}:{}\t{}", n + 1, k + 1, words.join("\t")).is_err() {
                    return;
                }
            }
        }
    }
    let _ = out.flush();
}
