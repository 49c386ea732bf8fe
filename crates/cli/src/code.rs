//! `dyad code [INPUT]... [--format F] [-o FILE] [--explain] [--jobs N]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dyad_code::{CoderOptions, Event, SentenceExplanation};
use dyad_dict::{Dictionaries, Source};
use dyad_ingest::{read_inputs, Document, IngestOptions, InputFormat};
use dyad_output::{writer, Format, WriterConfig};
use dyad_segment::split_sentences;

use crate::extract::{exit_code, open_output};
use crate::progress::Progress;

#[derive(clap::Args)]
pub struct Args {
    /// Files, directories (read recursively) or "-" for standard input
    /// (the default).
    inputs: Vec<PathBuf>,
    /// Output format: plover, cameo, gdelt or csv.
    #[arg(long, default_value = "plover")]
    format: Format,
    /// Write events to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Print each sentence with its actors, event words, patterns and the
    /// events it produced (or why none), for people. Events then go only to
    /// --output, if given.
    #[arg(long)]
    explain: bool,
    /// Threads coding documents in parallel.
    #[arg(long, default_value_t = 1)]
    jobs: usize,
    /// Read dictionaries from this directory instead of the built-in ones.
    #[arg(long)]
    dictionaries: Option<PathBuf>,
    /// Keep negated events (auxiliary mode `negation`).
    #[arg(long)]
    keep_negated: bool,
    /// Force the input format: auto, text, html, jsonl, rss, atom or warc.
    #[arg(long, default_value = "auto")]
    input_format: InputFormat,
    /// Exit non-zero if any document could not be read.
    #[arg(long)]
    strict: bool,
}

/// Loads the dictionaries named on the command line (or the built-in ones).
pub(crate) fn load_dictionaries(dir: Option<&PathBuf>) -> Result<Dictionaries, String> {
    let source = dir.map(|d| Source::Directory(d.clone())).unwrap_or_default();
    Dictionaries::load(&source).map_err(|e| format!("dictionary error: {e}"))
}

use dyad_pipeline::code as code_one;

const BATCH: usize = 64;

pub fn run(args: Args) -> Result<ExitCode, String> {
    let dict = load_dictionaries(args.dictionaries.as_ref())?;
    // A document without a date is coded as of today (and says so in its
    // record's date); officeholders are looked up on that day.
    let opts = CoderOptions { keep_negated: args.keep_negated, default_date: Some(chrono::Local::now().date_naive()), explain: args.explain };
    let config = WriterConfig {
        coder: format!("dyad {}", env!("CARGO_PKG_VERSION")),
        coded_date: chrono::Local::now().date_naive(),
        keep_negated: args.keep_negated,
    };
    let ingest = IngestOptions { format: args.input_format, ..IngestOptions::default() };
    let mut reader = read_inputs(&crate::inputs_or_stdin(&args.inputs), &ingest);
    let sink: Box<dyn Write> = if args.explain && args.output.is_none() { Box::new(std::io::sink()) } else { open_output(args.output.as_ref())? };
    let mut out = writer(args.format, sink, config);
    out.header().map_err(|e| format!("cannot write output: {e}"))?;
    let mut progress = Progress::new(reader.bytes_total());
    let (mut read, mut skipped, mut not_english, mut n_events) = (0u64, 0u64, 0u64, 0u64);
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<Document>, out: &mut Box<dyn dyad_output::EventWriter>| -> Result<(), String> {
        let results = code_batch(batch, &dict, &opts, args.jobs.max(1))?;
        for (doc, (events, explanation)) in batch.iter().zip(results) {
            if args.explain {
                crate::print_out(&explain(doc, &events, &explanation))?;
            }
            n_events += events.len() as u64;
            out.write_document(doc, &events).map_err(|e| format!("cannot write output: {e}"))?;
        }
        batch.clear();
        Ok(())
    };
    while let Some(result) = reader.next() {
        match result {
            Ok(doc) => {
                read += 1;
                progress.document(reader.bytes_read());
                if doc.language.as_deref().is_some_and(|l| l != "en") {
                    eprintln!("dyad: not coded (language {}): {}", doc.language.as_deref().unwrap_or("?"), doc.id);
                    not_english += 1;
                    continue;
                }
                batch.push(doc);
                if batch.len() == BATCH {
                    flush(&mut batch, &mut out)?;
                }
            }
            Err(e) => {
                eprintln!("dyad: skipped {e}");
                skipped += 1;
            }
        }
    }
    flush(&mut batch, &mut out)?;
    out.finish().map_err(|e| format!("cannot write output: {e}"))?;
    progress.finish();
    eprintln!("dyad: documents read: {read}, skipped: {skipped}, not English: {not_english}; events: {n_events}");
    Ok(exit_code(read, skipped, args.strict))
}

/// Codes a batch, in parallel when `jobs` > 1, keeping document order.
type Coded = (Vec<Event>, Vec<SentenceExplanation>);

fn code_batch(batch: &[Document], dict: &Dictionaries, opts: &CoderOptions, jobs: usize) -> Result<Vec<Coded>, String> {
    if jobs <= 1 || batch.len() < 2 {
        return Ok(batch.iter().map(|d| code_one(d, dict, opts)).collect());
    }
    let chunk = batch.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(|d| code_one(d, dict, opts)).collect::<Vec<_>>())).collect();
        let mut out = Vec::with_capacity(batch.len());
        for h in handles {
            // A worker that panicked is a bug in dyad: stop rather than pair
            // documents with the wrong events.
            out.extend(h.join().map_err(|_| "internal error: a coding thread failed".to_string())?);
        }
        Ok(out)
    })
}

fn explain(doc: &Document, events: &[Event], notes: &[SentenceExplanation]) -> String {
    let sentences = split_sentences(&doc.text);
    let mut s = format!("== {} ({} events)\n", doc.id, events.len());
    for n in notes {
        if let Some(sent) = sentences.get(n.sentence) {
            s.push_str(&format!("[{}] {}\n", n.sentence + 1, sent.text(&doc.text)));
        }
        for line in &n.notes {
            s.push_str(&format!("    {line}\n"));
        }
    }
    s
}
