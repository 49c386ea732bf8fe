//! Prints the sentences of a text file, one per line with its paragraph
//! index, to eyeball the splitter on real data:
//! `cargo run -p dyad-segment --example split -- FILE [--jsonl]`.
//! With `--jsonl`, each line is a JSON object whose "text" field is split.
//! With `--tokens`, prints each token as `kind<TAB>text` instead.

use dyad_segment::{split_sentences, tokenize};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: split FILE [--jsonl] [--tokens]");
        std::process::exit(2);
    };
    let raw = match std::fs::read_to_string(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let docs: Vec<String> = if args.iter().any(|a| a == "--jsonl") {
        raw.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .filter_map(
                |(i, l)| match serde_json::from_str::<serde_json::Value>(l) {
                    Ok(v) => v.get("text").and_then(|t| t.as_str()).map(str::to_owned),
                    Err(e) => {
                        eprintln!("{path}:{}: {e}", i + 1);
                        None
                    }
                },
            )
            .collect()
    } else {
        vec![raw]
    };
    let tokens = args.iter().any(|a| a == "--tokens");
    for doc in &docs {
        for s in split_sentences(doc) {
            if tokens {
                for t in tokenize(doc, s.span) {
                    println!("{:?}\t{}", t.kind, t.text(doc));
                }
            } else {
                println!("{}\t{}", s.paragraph, s.text(doc).replace('\n', "\\n"));
            }
        }
    }
}
