//! Parses the words of a gold CoNLL-U file and scores the result.
//!
//! ```sh
//! cargo run --release -p dyad-syntax --bin eval-syntax -- ../shared/treebank/en_ewt-ud-test.conllu
//! ```

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use dyad_syntax::conllu::{read_file, write};
use dyad_syntax::eval::evaluate_model;
use dyad_syntax::Model;

#[derive(Parser)]
#[command(about = "Scores dyad's tagger and parser on gold CoNLL-U (gold tokenisation)")]
struct Args {
    /// Gold CoNLL-U files.
    #[arg(required = true)]
    gold: Vec<PathBuf>,
    /// A model file instead of the built-in model.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Score this CoNLL-U file (same words) instead of parsing.
    #[arg(long, conflicts_with = "model")]
    pred: Option<PathBuf>,
    /// Write the parses of the last file here as CoNLL-U.
    #[arg(long)]
    output: Option<PathBuf>,
}

fn run(args: Args) -> Result<(), String> {
    if let Some(pred) = &args.pred {
        let pred = read_file(pred).map_err(|e| e.to_string())?;
        for p in &args.gold {
            let gold = read_file(p).map_err(|e| e.to_string())?;
            let report = dyad_syntax::eval::evaluate(&gold, &pred)?;
            println!("== {}\n{}", p.display(), report.to_text());
        }
        return Ok(());
    }
    let t = Instant::now();
    let owned;
    let model = match &args.model {
        Some(p) => {
            owned = Model::load(p).map_err(|e| e.to_string())?;
            &owned
        }
        None => Model::try_builtin().map_err(|e| e.to_string())?,
    };
    eprintln!("model loaded in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    for p in &args.gold {
        let gold = read_file(p).map_err(|e| e.to_string())?;
        let t = Instant::now();
        let (report, parsed) = evaluate_model(model, &gold);
        let secs = t.elapsed().as_secs_f64();
        println!("== {}\n{}", p.display(), report.to_text());
        eprintln!("{} sentences in {:.3} s ({:.0} sentences/s, including lemmas and CoNLL-U conversion)", gold.len(), secs, gold.len() as f64 / secs);
        if let Some(out) = &args.output {
            std::fs::write(out, write(&parsed)).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
    }
    Ok(())
}

fn main() {
    if let Err(e) = run(Args::parse()) {
        eprintln!("eval-syntax: {e}");
        std::process::exit(1);
    }
}
