//! `dyad parse [INPUT]... [--format conllu|json] [-o FILE]` and
//! `dyad parse --eval GOLD.conllu [--relations]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use dyad_pipeline::parse_document;
use dyad_syntax::{conllu, eval, Model};

use crate::extract::{exit_code, open_output};
use crate::input::InputArgs;
use crate::progress::Progress;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output format: CoNLL-U, or one JSON object per document and line.
    #[arg(long, value_enum, default_value = "conllu")]
    format: ParseFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Score the built-in model against a gold CoNLL-U file on the file's
    /// own tokenisation (UPOS accuracy, UAS, LAS) instead of parsing news.
    #[arg(long, value_name = "GOLD.conllu", conflicts_with = "inputs")]
    eval: Option<PathBuf>,
    /// With --eval: also print precision, recall and F1 per relation.
    #[arg(long, requires = "eval")]
    relations: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum ParseFormat {
    Conllu,
    Json,
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let model = Model::try_builtin().map_err(|e| format!("the built-in syntax model: {e}"))?;
    if let Some(gold) = &args.eval {
        return evaluate(model, gold, args.relations);
    }
    let mut reader = args.input.open();
    let mut out = open_output(args.output.as_ref())?;
    let mut progress = Progress::new(reader.bytes_total());
    let (mut read, mut skipped) = (0u64, 0u64);
    while let Some(result) = reader.next() {
        match result {
            Ok(doc) => {
                let parsed = parse_document(doc, model);
                let text = match args.format {
                    ParseFormat::Conllu => parsed.to_conllu(),
                    ParseFormat::Json => format!("{}\n", parsed.to_json()),
                };
                // Flushed per document: whatever happens later, what was parsed is out.
                if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return Ok(ExitCode::SUCCESS);
                    }
                    return Err(format!("cannot write output: {e}"));
                }
                read += 1;
                progress.document(reader.bytes_read());
            }
            Err(e) => {
                eprintln!("dyad: skipped {e}");
                skipped += 1;
            }
        }
    }
    progress.finish();
    eprintln!("dyad: documents read: {read}, skipped: {skipped}{}", crate::input::replaced_note(&reader));
    Ok(exit_code(read, skipped, args.input.strict))
}

fn evaluate(model: &Model, gold: &std::path::Path, relations: bool) -> Result<ExitCode, String> {
    let sentences = conllu::read_file(gold).map_err(|e| e.to_string())?;
    let (report, _) = eval::evaluate_model(model, &sentences);
    let mut text = format!(
        "{}: {} sentences, {} words (gold tokenisation)\nUPOS  {:.4}\nUAS   {:.4}\nLAS   {:.4}\nLAS (universal relations)  {:.4}\nlemma {:.4}\n",
        gold.display(),
        report.sentences,
        report.words,
        report.upos_accuracy(),
        report.uas(),
        report.las(),
        report.las_universal(),
        report.lemma_accuracy(),
    );
    if relations {
        text.push('\n');
        text.push_str(&report.to_text());
    }
    crate::print_out(&text)?;
    Ok(ExitCode::SUCCESS)
}
