//! Trains the syntax model. See `crates/syntax/README.md`.
//!
//! ```sh
//! cargo run --release -p dyad-syntax --bin train-syntax -- \
//!     --gold ../shared/treebank/en_ewt-ud-dev.conllu \
//!     --silver target/silver/guardian-2019-dev.conllu ... \
//!     --out crates/syntax/model/dyad-syntax.bin.zst
//! ```

use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use dyad_syntax::conllu::{read_file, Sentence};
use dyad_syntax::eval::evaluate_model;
use dyad_syntax::lexicon::WordTable;
use dyad_syntax::train::{train, Options};

#[derive(Parser)]
#[command(about = "Trains dyad's tagger, lemmatiser and parser")]
struct Args {
    /// Gold CoNLL-U files (repeat the option for several).
    #[arg(long, required = true)]
    gold: Vec<PathBuf>,
    /// Silver CoNLL-U files (from scripts/silver-spacy.py).
    #[arg(long, num_args = 0..)]
    silver: Vec<PathBuf>,
    /// Directory with word-classes.tsv and verb-forms.tsv.
    #[arg(long, default_value = "dictionaries/lexicon")]
    lexicon: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Tagger passes.
    #[arg(long, default_value_t = 8)]
    tagger_epochs: usize,
    /// Parser passes.
    #[arg(long, default_value_t = 12)]
    parser_epochs: usize,
    /// Times each gold sentence is seen per pass.
    #[arg(long, default_value_t = 10)]
    gold_repeat: usize,
    /// Jackknife folds for the parser's training tags (0 = gold tags).
    #[arg(long, default_value_t = 2)]
    folds: usize,
    /// Exploration probability from the second parser pass on.
    #[arg(long, default_value_t = 0.9)]
    explore: f64,
    /// Drop features whose largest weight is below this share of the
    /// table's largest weight.
    #[arg(long, default_value_t = 0.03)]
    prune: f32,
    /// Most features kept in the transition table.
    #[arg(long, default_value_t = 419_430)]
    max_move_features: usize,
    /// Most features kept in the label table.
    #[arg(long, default_value_t = 104_857)]
    max_label_features: usize,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Evaluate the trained model on these CoNLL-U files (never trained on).
    #[arg(long)]
    eval: Vec<PathBuf>,
}

fn read_all(paths: &[PathBuf]) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    for p in paths {
        out.extend(read_file(p).map_err(|e| e.to_string())?);
    }
    Ok(out)
}

fn run(args: Args) -> Result<(), String> {
    let start = Instant::now();
    let gold = read_all(&args.gold)?;
    let silver = read_all(&args.silver)?;
    let read = |name: &str| -> Result<(String, String), String> {
        let p = args.lexicon.join(name);
        let text = std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        Ok((p.display().to_string(), text))
    };
    let (cf, ct) = read("word-classes.tsv")?;
    let (ff, ft) = read("verb-forms.tsv")?;
    let lexicon = WordTable::from_tsv(&cf, &ct, &ff, &ft)?;
    let verb_forms: Vec<(String, String)> = ft
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .filter_map(|l| {
            let mut c = l.split('\t');
            Some((c.next()?.to_string(), c.next()?.to_string()))
        })
        .collect();
    let opts = Options {
        tagger_epochs: args.tagger_epochs,
        parser_epochs: args.parser_epochs,
        gold_repeat: args.gold_repeat,
        folds: args.folds,
        explore: args.explore,
        seed: args.seed,
        prune: args.prune,
        max_move_features: args.max_move_features,
        max_label_features: args.max_label_features,
    };
    let mut log = |s: &str| eprintln!("[{:>6.1}s] {s}", start.elapsed().as_secs_f64());
    let model = train(&gold, &silver, lexicon, &verb_forms, &opts, &mut log);
    let mut bytes = model.to_bytes();
    // A ".zst" file is compressed as the built-in model is shipped.
    if args.out.extension().is_some_and(|e| e == "zst") {
        bytes = zstd::bulk::compress(&bytes, 19).map_err(|e| format!("cannot compress the model: {e}"))?;
    }
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    let [t, m, l, x] = model.sizes();
    log(&format!(
        "wrote {} ({:.1} MB): {t} tagger, {m} transition and {l} label features, {x} lemma exceptions",
        args.out.display(),
        bytes.len() as f64 / 1e6
    ));
    for p in &args.eval {
        let gold = read_file(p).map_err(|e| e.to_string())?;
        let (report, _) = evaluate_model(&model, &gold);
        println!("== {}\n{}", p.display(), report.to_text());
    }
    Ok(())
}

fn main() {
    if let Err(e) = run(Args::parse()) {
        eprintln!("train-syntax: {e}");
        std::process::exit(1);
    }
}
