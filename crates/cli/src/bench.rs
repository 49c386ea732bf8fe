//! `dyad bench [--jobs N] [--repeat K] [--runs R] [--stages S] [--dictionaries DIR] [--no-places] [--no-syntax] [CORPUS]...`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use dyad_pipeline::bench::{self, BenchFigures, BenchOptions, Corpus, Stages};
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
    #[arg(long, value_parser = crate::input::parse_jobs)]
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
    /// Pipelines to measure: `code` (read, clean, segment, recognise and
    /// code, write PLOVER JSON), `extract` (read, clean, segment only),
    /// `both` (and the ratio of their times), `parse` (extract, then tag
    /// and parse every sentence) or `all`.
    #[arg(long, default_value = "both", value_parser = ["both", "code", "extract", "parse", "all"])]
    stages: String,
    /// Code with the dictionaries of this directory instead of the
    /// built-in ones.
    #[arg(long)]
    dictionaries: Option<PathBuf>,
    /// Figures as JSON.
    #[arg(long)]
    json: bool,
    /// Code without the gazetteer (to measure what places cost).
    #[arg(long)]
    no_places: bool,
    /// Code without the dependency parser (to measure what it costs).
    #[arg(long)]
    no_syntax: bool,
}

#[derive(Serialize)]
struct Report {
    corpus: Vec<String>,
    corpus_bytes: u64,
    corpus_load_seconds: f64,
    /// "built-in" or the directory given.
    dictionaries: String,
    /// Seconds to load, validate and compile the dictionaries (measured once).
    dictionary_load_seconds: Option<f64>,
    /// Resident memory right after loading them (VmRSS).
    rss_after_dictionaries_bytes: Option<u64>,
    /// The full coding pipeline, per thread count.
    results: Vec<BenchFigures>,
    /// Extraction alone (read, clean, segment), per thread count.
    extraction: Vec<BenchFigures>,
    /// Extraction plus tagging and parsing, per thread count.
    parsing: Vec<BenchFigures>,
    /// Seconds to load the syntax model (measured once).
    model_load_seconds: Option<f64>,
    /// Wall time of coding over wall time of extraction, per thread count.
    coding_to_extraction: Vec<f64>,
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
    let all = args.stages == "all";
    let coding = all || args.stages == "code" || args.stages == "both";
    let extracting = all || args.stages == "extract" || args.stages == "both";
    let (mut model, mut model_load_seconds) = (None, None);
    if all || args.stages == "parse" {
        let t = Instant::now();
        model = Some(dyad_syntax::Model::try_builtin().map_err(|e| format!("the built-in syntax model: {e}"))?);
        model_load_seconds = Some(t.elapsed().as_secs_f64());
    }
    let (mut dict, mut dictionary_load_seconds, mut rss_after_dictionaries_bytes) = (None, None, None);
    if coding && !args.no_places {
        // Loaded before the clock starts, as the dictionaries are.
        let _ = dyad_geo::Gazetteer::builtin();
    }
    if coding && !args.no_syntax {
        let _ = dyad_syntax::Model::try_builtin().map_err(|e| format!("the built-in syntax model: {e}"))?;
    }
    if coding {
        let t = Instant::now();
        dict = Some(crate::code::load_dictionaries(args.dictionaries.as_ref())?);
        dictionary_load_seconds = Some(t.elapsed().as_secs_f64());
        rss_after_dictionaries_bytes = rss_bytes();
    }
    let mut results = Vec::new();
    let mut extraction = Vec::new();
    let mut parsing = Vec::new();
    for j in jobs {
        let measure = |stages: Stages<'_>| {
            let places = if args.no_places { dyad_code::Places::Off } else { dyad_code::Places::Builtin };
            let opts = BenchOptions { jobs: j, repeat, runs: args.runs, ingest: dyad_ingest::IngestOptions::default(), stages, places, no_syntax: args.no_syntax };
            eprintln!("dyad bench: {}: {} x {} bytes, {} thread(s), {} run(s)...", stages.name(), repeat, corpus.bytes(), j, args.runs);
            bench::run(&corpus, &opts)
        };
        if extracting {
            extraction.push(measure(Stages::Extract));
        }
        if let Some(d) = dict.as_ref() {
            results.push(measure(Stages::Code(d)));
        }
        if let Some(m) = model {
            parsing.push(measure(Stages::Parse(m)));
        }
    }
    let coding_to_extraction = results
        .iter()
        .zip(&extraction)
        .map(|(c, e)| if e.wall_seconds > 0.0 { c.wall_seconds / e.wall_seconds } else { 0.0 })
        .collect();
    let report = Report {
        corpus: paths.iter().map(|p| p.display().to_string()).collect(),
        corpus_bytes: corpus.bytes(),
        corpus_load_seconds,
        dictionaries: args.dictionaries.as_ref().map_or("built-in".to_string(), |d| d.display().to_string()),
        dictionary_load_seconds,
        rss_after_dictionaries_bytes,
        results,
        extraction,
        parsing,
        model_load_seconds,
        coding_to_extraction,
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
    if let Some(t) = r.dictionary_load_seconds {
        s.push_str(&format!("dictionaries: {} (loaded in {:.1} ms", r.dictionaries, t * 1e3));
        if let Some(rss) = r.rss_after_dictionaries_bytes {
            s.push_str(&format!(", resident memory then {:.1} MB", rss as f64 / 1e6));
        }
        s.push_str(")\n");
    }
    if let Some(t) = r.model_load_seconds {
        s.push_str(&format!("syntax model: built-in (loaded in {:.1} ms)\n", t * 1e3));
    }
    s.push_str(
        "stages   jobs  copies  documents  sentences    events  input MB   wall s   sentences/s   MB/s   read s  clean s  segment s   code s  write s  parse s\n",
    );
    for f in r.extraction.iter().chain(&r.results).chain(&r.parsing) {
        s.push_str(&format!(
            "{:<7}  {:>4}  {:>6}  {:>9}  {:>9}  {:>8}  {:>8.1}  {:>7.3}  {:>12.0}  {:>5.1}  {:>7.3}  {:>7.3}  {:>9.3}  {:>7.3}  {:>7.3}  {:>7.3}\n",
            f.stages_run,
            f.jobs,
            f.repeat,
            f.counts.documents,
            f.counts.sentences,
            f.counts.events,
            f.counts.input_bytes as f64 / 1e6,
            f.wall_seconds,
            f.sentences_per_second,
            f.input_mb_per_second,
            f.stages.read,
            f.stages.clean,
            f.stages.segment,
            f.stages.code,
            f.stages.write,
            f.stages.parse,
        ));
    }
    for (f, ratio) in r.results.iter().zip(&r.coding_to_extraction) {
        s.push_str(&format!("coding / extraction wall time, {} thread(s): {:.2}\n", f.jobs, ratio));
    }
    for f in &r.parsing {
        if f.stages.parse > 0.0 {
            s.push_str(&format!(
                "tagging and parsing alone, {} thread(s): {:.0} sentences/s per thread ({:.0} tokens/s)\n",
                f.jobs,
                // Stage seconds are summed over threads: this is one thread's rate.
                f.counts.sentences as f64 / f.stages.parse,
                f.counts.tokens as f64 / f.stages.parse
            ));
        }
    }
    if let Some(rss) = r.peak_rss_bytes {
        s.push_str(&format!("peak resident memory (VmHWM): {:.1} MB\n", rss as f64 / 1e6));
    }
    s
}

/// The current resident set size (Linux `VmRSS`), if known.
fn rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
