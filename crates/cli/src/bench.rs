//! `dyad bench [--jobs N] [--repeat K] [--runs R] [CORPUS]...`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dyad_pipeline::bench::{self, BenchFigures, BenchOptions, Corpus};
use dyad_pipeline::peak_rss_bytes;
use serde::Serialize;

/// The corpus used when none is named: 125 real news articles.
const DEFAULT_CORPUS: &str = "../shared/corpus/guardian-2019-dev.jsonl";

#[derive(clap::Args)]
pub struct Args {
    /// Corpus files or directories, in any input format dyad reads.
    /// Default: ../shared/corpus/guardian-2019-dev.jsonl.
    corpus: Vec<PathBuf>,
    /// Threads for the parallel measurement (the single-threaded one always
    /// runs too). Default: the number of cores.
    #[arg(long)]
    jobs: Option<usize>,
    /// Copies of the corpus per run. Default: enough to reach --min-mb.
    #[arg(long)]
    repeat: Option<usize>,
    /// Timed runs per thread count; figures are medians.
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Minimum input size per run in megabytes, when --repeat is not given.
    #[arg(long, default_value_t = 50)]
    min_mb: u64,
    /// Figures as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Report {
    corpus: Vec<String>,
    corpus_bytes: u64,
    corpus_load_seconds: f64,
    results: Vec<BenchFigures>,
    peak_rss_bytes: Option<u64>,
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let paths = if args.corpus.is_empty() {
        let default = PathBuf::from(DEFAULT_CORPUS);
        if !default.exists() {
            return Err(format!("the default corpus {DEFAULT_CORPUS} is missing; name a corpus: dyad bench FILE..."));
        }
        vec![default]
    } else {
        args.corpus.clone()
    };
    let t = Instant::now();
    let corpus = Corpus::load(&paths).map_err(|e| format!("cannot read corpus: {e}"))?;
    let corpus_load_seconds = t.elapsed().as_secs_f64();
    if corpus.bytes() == 0 {
        return Err("the corpus is empty".into());
    }
    let repeat = args.repeat.unwrap_or_else(|| bench::repeat_for(corpus.bytes(), args.min_mb * 1_000_000));
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut jobs = vec![1];
    let parallel = args.jobs.unwrap_or(cores);
    if parallel > 1 {
        jobs.push(parallel);
    }
    let mut results = Vec::new();
    for j in jobs {
        let opts = BenchOptions { jobs: j, repeat, runs: args.runs, ingest: bench::default_ingest() };
        eprintln!("dyad bench: {} x {} bytes, {} thread(s), {} run(s)...", repeat, corpus.bytes(), j, args.runs);
        results.push(bench::run(&corpus, &opts));
    }
    let report = Report {
        corpus: paths.iter().map(|p| p.display().to_string()).collect(),
        corpus_bytes: corpus.bytes(),
        corpus_load_seconds,
        results,
        peak_rss_bytes: peak_rss_bytes(),
    };
    if args.json {
        crate::print_out(&format!("{}\n", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?))?;
    } else {
        crate::print_out(&render(&report))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn render(r: &Report) -> String {
    let mut s = format!(
        "corpus: {} ({:.1} MB, loaded in {:.3} s)\n",
        r.corpus.join(", "),
        r.corpus_bytes as f64 / 1e6,
        r.corpus_load_seconds
    );
    s.push_str("jobs  copies  documents  sentences  input MB   wall s   docs/s   sentences/s   MB/s   read s  clean s  segment s\n");
    for f in &r.results {
        s.push_str(&format!(
            "{:>4}  {:>6}  {:>9}  {:>9}  {:>8.1}  {:>7.3}  {:>7.0}  {:>12.0}  {:>6.1}  {:>6.3}  {:>7.3}  {:>9.3}\n",
            f.jobs,
            f.repeat,
            f.counts.documents,
            f.counts.sentences,
            f.counts.input_bytes as f64 / 1e6,
            f.wall_seconds,
            f.documents_per_second,
            f.sentences_per_second,
            f.input_mb_per_second,
            f.stages.read,
            f.stages.clean,
            f.stages.segment,
        ));
    }
    if let Some(rss) = r.peak_rss_bytes {
        s.push_str(&format!("peak resident memory (VmHWM): {:.1} MB\n", rss as f64 / 1e6));
    }
    s
}
