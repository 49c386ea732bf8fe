//! `dyad`: turns news into political event data. A thin shell over the
//! library crates: each subcommand parses its arguments, calls a library
//! and prints.

mod bench;
mod code;
mod eval;
mod extract;
mod input;
mod ontology;
mod parse;
mod petrarch;
mod progress;
mod store;

use std::process::ExitCode;

// mimalloc: the coder makes many small allocations per sentence (word
// lists, phrases, entities), where it is faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's index of the option `purge_delay` (its place in the
/// `mi_option_e` enum of mimalloc 3's `mimalloc.h`, which libmimalloc-sys
/// names no constant for).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps memory the coder frees for its next sentences instead of handing it
/// back to the system after 10 ms (mimalloc's default): the system zeroes
/// every page handed out again, which cost 2–5% of coding time. The peak
/// memory of `dyad code` is unchanged (`docs/performance.md`).
fn keep_freed_memory() {
    // SAFETY: mi_option_set only stores an integer option; -1 is the
    // documented value for "never purge".
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "dyad", version, about = "Turns news into political event data (PLOVER and CAMEO).")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads news and prints each document's cleaned text, metadata and
    /// sentences as one JSON object per line.
    Extract(extract::Args),
    /// Codes news into events: PLOVER JSON Lines (default), CAMEO TSV,
    /// GDELT 2.0 event rows or CSV.
    Code(code::Args),
    /// Tags and parses news (Universal Dependencies) and prints CoNLL-U or
    /// JSON; with --eval, scores the parser against a gold CoNLL-U file.
    Parse(parse::Args),
    /// Prints the PLOVER or CAMEO ontology.
    Ontology {
        /// Which ontology.
        #[arg(value_enum)]
        which: Ontology,
        /// JSON for programs instead of a table for people.
        #[arg(long)]
        json: bool,
    },
    /// Scores event predictions against a gold standard.
    Eval(eval::Args),
    /// Measures speed and memory of the pipeline on a corpus.
    Bench(bench::Args),
    /// Codes news and stores documents and events in a database
    /// (`dyad.db` unless --db says otherwise); reports of one event from
    /// several documents are merged into stories.
    Ingest(store::IngestArgs),
    /// Lists, counts or exports what a database holds: stories (merged
    /// events) or event reports, filtered by date, party, category, place
    /// or text.
    Query(store::QueryArgs),
    /// Writes a database's event reports to Parquet, partitioned by year
    /// and month.
    Export(store::ExportArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum Ontology {
    Plover,
    Cameo,
}

/// Writes `text` to standard output. A closed pipe (`dyad ... | head`) is
/// not an error: the reader has what it wanted.
pub(crate) fn print_out(text: &str) -> Result<(), String> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Only for coding: the store's writer frees large batches, which kept
    // would raise `dyad ingest`'s peak memory by a quarter.
    if matches!(cli.command, Command::Code(_) | Command::Bench(_)) {
        keep_freed_memory();
    }
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Code(args) => code::run(args),
        Command::Parse(args) => parse::run(args),
        Command::Ontology { which, json } => ontology::run(which, json),
        Command::Eval(args) => eval::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Ingest(args) => store::ingest(args),
        Command::Query(args) => store::query(args),
        Command::Export(args) => store::export(args),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("dyad: {message}");
            ExitCode::from(2)
        }
    }
}
