//! Prints the sentences of a text file, one per line with its paragraph
//! index, to eyeball the splitter on real data:
//! `cargo run -p dyad-segment --example split -- FILE [--jsonl]`.
//! With `--jsonl`, each line is a JSON object whose "text" field is split.

use dyad_segment::split_sentences;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: split FILE [--jsonl]");
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
    for doc in &docs {
        for s in split_sentences(doc) {
            println!("{}\t{}", s.paragraph, s.text(doc).replace('\n', "\\n"));
        }
    }
}
