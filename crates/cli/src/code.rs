//! `dyad code [INPUT]... [--format F] [-o FILE] [--explain] [--jobs N]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use dyad_code::{CoderOptions, Event, SentenceExplanation};
use dyad_dict::{Dictionaries, Source};
use dyad_ingest::Document;
use dyad_output::{writer, Format, WriterConfig};
use dyad_segment::split_sentences;

use crate::extract::{exit_code, open_output};
use crate::input::{parse_jobs, InputArgs};
use crate::progress::Progress;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    coding: CodingArgs,
    /// Output format: plover, cameo, gdelt, csv or petrarch.
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
    /// Also store the documents and their events in this database (as
    /// `dyad ingest` does); documents it already holds are printed but not
    /// stored again.
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(flatten)]
    merge: crate::store::MergeArgs,
}

/// What every command that codes news reads and how it codes it.
#[derive(clap::Args)]
pub struct CodingArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// Threads coding documents in parallel (at least 1).
    #[arg(long, default_value_t = 1, value_parser = parse_jobs)]
    pub(crate) jobs: usize,
    /// Read dictionaries from this directory instead of the built-in ones:
    /// dyad's `*.tsv` files, or a PETRARCH/TABARI set (verbs, actors,
    /// agents, discards; `dyad code --format petrarch|cameo` codes with it).
    #[arg(long)]
    pub(crate) dictionaries: Option<PathBuf>,
    /// Code with the PETRARCH/TABARI dictionaries this `PETR_config.ini`
    /// names (found beside it, in its `dictionaries/` or `data/dictionaries/`,
    /// or in --dictionaries DIR), honouring its `require_dyad`.
    #[arg(long, value_name = "FILE")]
    pub(crate) petrarch_config: Option<PathBuf>,
    /// With a PETRARCH set: code PETRARCH XML records from the parse they
    /// give (`<Parse>`: a Penn tree or CoNLL-U) instead of dyad's own parse,
    /// for comparison; a record whose parse cannot be read is skipped.
    #[arg(long)]
    pub(crate) use_given_parse: bool,
    /// Keep negated events (auxiliary mode `negation`).
    #[arg(long)]
    keep_negated: bool,
    /// Keep events the sentence dates to a past year or vaguer ("in 1964",
    /// "three years ago", "last year") or sums over years ("since 2014",
    /// "over the years"), with auxiliary mode `historical`
    /// (PLOVER context `historical`); they are left out by default.
    #[arg(long)]
    include_historical: bool,
    #[command(flatten)]
    gazetteer: crate::extract::GazetteerArgs,
    /// Do not resolve place names against the gazetteer: events keep only
    /// the countries and capitals the dictionaries name, as before places
    /// existed.
    #[arg(long, conflicts_with = "gazetteer")]
    no_places: bool,
    /// Find the subjects of event verbs by word order only, without the
    /// dependency parser (faster, less precise; for comparison).
    #[arg(long)]
    no_syntax: bool,
}

/// The coder's gazetteer: loaded on a second thread while the dictionaries
/// load on the first (both take tens of milliseconds).
pub(crate) fn places_in_background(args: &crate::extract::GazetteerArgs, off: bool) -> std::thread::JoinHandle<Result<dyad_code::Places, String>> {
    let args = args.clone();
    std::thread::spawn(move || {
        if off {
            return Ok(dyad_code::Places::Off);
        }
        Ok(match args.load()? {
            std::borrow::Cow::Borrowed(_) => dyad_code::Places::Builtin,
            // Kept for the rest of the run, as the built-in one is.
            std::borrow::Cow::Owned(g) => dyad_code::Places::Custom(Box::leak(Box::new(g))),
        })
    })
}

/// Loads the dictionaries named on the command line (or the built-in ones).
pub(crate) fn load_dictionaries(dir: Option<&PathBuf>) -> Result<Dictionaries, String> {
    let source = dir.map(|d| Source::Directory(d.clone())).unwrap_or_default();
    Dictionaries::load(&source).map_err(|e| format!("dictionary error: {e}"))
}

const BATCH: usize = 64;

pub fn run(args: Args) -> Result<ExitCode, String> {
    if let Some(set) = crate::petrarch::set_of(args.coding.petrarch_config.as_ref(), args.coding.dictionaries.as_ref())? {
        if args.db.is_some() {
            return Err("--db works with dyad's own dictionaries, not with a PETRARCH set (docs/petrarch.md)".into());
        }
        // The options come from the config named, or from the one in the
        // set's directory.
        let config = args.coding.petrarch_config.clone().or_else(|| args.coding.dictionaries.as_ref().map(|d| d.join("PETR_config.ini")).filter(|p| p.is_file()));
        let require_dyad = match &config {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
                let unapplied = dyad_petrarch::unapplied_config_options(&text);
                if !unapplied.is_empty() {
                    eprintln!("dyad: {}: options not applied: {} (docs/petrarch.md)", path.display(), unapplied.join(", "));
                }
                dyad_petrarch::Options::from_config(&text).require_dyad
            }
            None => true,
        };
        // With --explain the explanation goes to standard output and the
        // events only to --output, as with dyad's own coder.
        let sink: Box<dyn Write> = if args.explain && args.output.is_none() { Box::new(std::io::sink()) } else { open_output(args.output.as_ref())? };
        return crate::petrarch::run(args.coding, set, args.format, sink, require_dyad, args.explain);
    }
    let store = match &args.db {
        Some(path) => Some(crate::store::open(path, &args.merge)?),
        None => None,
    };
    let sink: Box<dyn Write> = if args.explain && args.output.is_none() { Box::new(std::io::sink()) } else { open_output(args.output.as_ref())? };
    let target = Target { format: args.format, sink, explain: args.explain, store, only_new: false };
    run_coding(args.coding, target)
}

/// Where a coding run's results go.
pub(crate) struct Target {
    /// The format events are printed in.
    pub format: Format,
    /// Where they are printed.
    pub sink: Box<dyn Write>,
    /// Print each sentence's explanation too (`--explain`).
    pub explain: bool,
    /// The database to store documents and events in.
    pub store: Option<dyad_store::Store>,
    /// Code only documents the database does not hold yet (`dyad ingest`).
    pub only_new: bool,
}

/// Reads, codes and writes (and stores) the documents of `args`.
pub(crate) fn run_coding(args: CodingArgs, target: Target) -> Result<ExitCode, String> {
    if args.use_given_parse {
        return Err("--use-given-parse codes with a PETRARCH set (--dictionaries DIR holding one, or --petrarch-config); dyad's own coder always parses the text".into());
    }
    let places = places_in_background(&args.gazetteer, args.no_places);
    // The parser's model (tens of milliseconds to load) is needed by the
    // first sentence with an event verb: loaded beside the dictionaries.
    let syntax = (!args.no_syntax).then(|| std::thread::spawn(|| dyad_syntax::Model::try_builtin().map(|_| ()).map_err(|e| e.to_string())));
    let dict = load_dictionaries(args.dictionaries.as_ref())?;
    let places = places.join().map_err(|_| "the gazetteer could not be loaded".to_string())??;
    if let Some(handle) = syntax {
        handle.join().map_err(|_| "the parser's model could not be loaded".to_string())?.map_err(|e| format!("the built-in syntax model: {e}"))?;
    }
    // A document without a date is coded as of today (and says so in its
    // record's date); officeholders are looked up on that day.
    let opts = CoderOptions {
        keep_negated: args.keep_negated,
        default_date: Some(chrono::Local::now().date_naive()),
        explain: target.explain,
        places,
        include_historical: args.include_historical,
        no_syntax: args.no_syntax,
    };
    let config = WriterConfig {
        coder: format!("dyad {}", env!("CARGO_PKG_VERSION")),
        coded_date: chrono::Local::now().date_naive(),
        keep_negated: args.keep_negated,
    };
    let mut reader = args.input.open();
    let mut out = writer(target.format, target.sink, config.clone());
    out.header().map_err(|e| format!("cannot write output: {e}"))?;
    let mut progress = Progress::new(reader.bytes_total());
    // Documents already stored are looked up through a reading
    // connection; the writing one belongs to the writer thread.
    let lookup = match (&target.store, target.only_new) {
        (Some(store), true) => Some(dyad_store::Store::open_read_only(store.path()).map_err(|e| e.to_string())?),
        _ => None,
    };
    let store = target.store.map(|store| crate::store::StoreWriter::start(crate::store::Storing::new(store, config)));
    let mut run = Run { out, explain: target.explain, jobs: args.jobs, tally: Tally::default(), write_error: None, store, print: !target.only_new };
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    while let Some(result) = reader.next() {
        // The output is gone (a closed pipe, a full disk): stop reading.
        if run.write_error.is_some() {
            break;
        }
        match result {
            Ok(doc) => {
                run.tally.read += 1;
                progress.document(reader.bytes_read());
                if doc.language.as_deref().is_some_and(|l| l != "en") {
                    eprintln!("dyad: not coded (language {}): {}", doc.language.as_deref().unwrap_or("?"), doc.id);
                    run.tally.not_english += 1;
                    continue;
                }
                if let Some(lookup) = &lookup {
                    if lookup.contains(&doc).map_err(|e| e.to_string())? {
                        run.tally.known += 1;
                        continue;
                    }
                }
                batch.push(doc);
                if batch.len() == BATCH {
                    run.code_and_write(&mut batch, &dict, &opts)?;
                }
            }
            Err(e) => {
                eprintln!("dyad: skipped {e}");
                run.tally.skipped += 1;
            }
        }
    }
    run.code_and_write(&mut batch, &dict, &opts)?;
    progress.finish();
    let Tally { read, skipped, not_english, events, known } = run.tally;
    let known_note = if target.only_new { format!(", already stored: {known}") } else { String::new() };
    eprintln!("dyad: documents read: {read}, skipped: {skipped}, not English: {not_english}{known_note}; events: {events}{}", crate::input::replaced_note(&reader));
    // The reading connection closes first: SQLite copies the write-ahead
    // log into the database file when the last connection, the writer's,
    // closes, so the file alone then holds everything (a copy of it is a
    // backup).
    drop(lookup);
    if let Some(writer) = run.store.take() {
        eprintln!("{}", writer.finish()?.report()?);
    }
    match run.write_error {
        Some(e) if !e.is_empty() => Err(e),
        _ => Ok(exit_code(read, skipped, args.input.strict)),
    }
}

/// Counts for the summary line.
#[derive(Default)]
struct Tally {
    read: u64,
    skipped: u64,
    not_english: u64,
    events: u64,
    /// Documents the database already held (not coded again).
    known: u64,
}

/// A coding run's output side.
struct Run {
    out: Box<dyn dyad_output::EventWriter>,
    explain: bool,
    jobs: usize,
    tally: Tally,
    /// Set when writing failed; empty for a closed pipe, which is no error
    /// (`dyad code ... | head`).
    write_error: Option<String>,
    /// The database coded documents go to, if any.
    store: Option<crate::store::StoreWriter>,
    /// Whether events are written to the output (`dyad ingest` only stores).
    print: bool,
}

impl Run {
    /// Codes the batch and writes its events, flushed per document so that
    /// what was coded is out whatever happens later.
    fn code_and_write(&mut self, batch: &mut Vec<Document>, dict: &Dictionaries, opts: &CoderOptions) -> Result<(), String> {
        let coded = code_batch(batch, dict, opts, self.jobs);
        let mut to_store = Vec::new();
        for (doc, result) in batch.drain(..).zip(coded) {
            if self.write_error.is_some() {
                break;
            }
            let (dyad_code::CodedDocument { events, explanations: explanation, places }, sentences) = match result {
                Ok(coded) => coded,
                Err(message) => {
                    eprintln!("dyad: skipped {}: {message}", doc.id);
                    self.tally.skipped += 1;
                    continue;
                }
            };
            if self.explain {
                if let Err(e) = crate::print_out(&explain(&doc, &events, &explanation)) {
                    self.write_error = Some(e);
                }
            }
            self.tally.events += events.len() as u64;
            if self.print {
                if let Err(e) = self.out.write_document(&doc, &events).and_then(|_| self.out.finish()) {
                    let broken_pipe = e.kind() == std::io::ErrorKind::BrokenPipe;
                    self.write_error = Some(if broken_pipe { String::new() } else { format!("cannot write output: {e}") });
                }
            }
            if self.store.is_some() {
                to_store.push(crate::store::CodedDocument { doc, sentences, events, places });
            }
        }
        if let Some(writer) = &mut self.store {
            writer.send(to_store)?;
        }
        batch.clear();
        Ok(())
    }
}

/// Codes a batch, in parallel when `jobs` > 1, keeping document order.
type Coded = (dyad_code::CodedDocument, Vec<dyad_segment::Sentence>);

fn code_batch(batch: &[Document], dict: &Dictionaries, opts: &CoderOptions, jobs: usize) -> Vec<Result<Coded, String>> {
    if jobs <= 1 || batch.len() < 2 {
        return batch.iter().map(|d| code_isolated(d, dict, opts)).collect();
    }
    let chunk = batch.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(|d| code_isolated(d, dict, opts)).collect::<Vec<_>>()))
            .collect();
        // Workers cannot panic: every document is coded under catch_unwind.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    })
}

/// Codes one document; a panic in the coder (a bug in dyad) costs that
/// document only, reported like any document that could not be read.
fn code_isolated(doc: &Document, dict: &Dictionaries, opts: &CoderOptions) -> Result<Coded, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dyad_pipeline::code_with_places(doc, dict, opts)))
        .map_err(|_| "internal error in the coder; please report this document".to_string())
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
