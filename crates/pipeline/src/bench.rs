//! The benchmark runner behind `dyad bench`: the whole pipeline over a corpus
//! held in memory, timed stage by stage, at one or more thread counts.
//!
//! The corpus files are read into memory once and processed `repeat` times
//! per run, so that disk speed does not enter the figures and the input is
//! large enough for stable timings. Each (file, copy) pair is one unit of
//! work; with several jobs, threads take units from a shared counter.
//!
//! Two pipelines can be measured. [`Stages::Code`] is what `dyad code`
//! does: read, clean, split sentences, recognise and code every English
//! document, and serialise every event as a PLOVER JSON line into a sink
//! that counts the bytes. [`Stages::Extract`] stops after segmentation
//! (sentences and tokens, what `dyad extract` computes): the floor that
//! coding is compared to. [`Stages::Parse`] is extraction plus tagging and
//! parsing every sentence (what `dyad parse` computes, without printing).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use std::io::{BufWriter, Write};

use dyad_code::CoderOptions;
use dyad_dict::Dictionaries;
use dyad_ingest::IngestOptions;
use dyad_output::{EventWriter, PloverWriter, WriterConfig};
use dyad_segment::{split_sentences, tokenize};
use dyad_syntax::Model;
use serde::Serialize;

/// A corpus loaded into memory: each input file's bytes as stored.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// The files, with their display names.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Corpus {
    /// Reads every file named, descending into directories (sorted, hidden
    /// entries skipped). Fails on the first file that cannot be read.
    pub fn load(paths: &[PathBuf]) -> std::io::Result<Corpus> {
        let mut files = Vec::new();
        for path in paths {
            collect(path, &mut files)?;
        }
        Ok(Corpus { files })
    }

    /// Total size of the corpus files in bytes.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|(_, b)| b.len() as u64).sum()
    }
}

fn collect(path: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    let with_path = |e: std::io::Error| std::io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    if path.is_dir() {
        let mut entries: Vec<_> = std::fs::read_dir(path)
            .map_err(with_path)?
            .collect::<Result<_, _>>()
            .map_err(with_path)?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            if !entry.file_name().to_string_lossy().starts_with('.') {
                collect(&entry.path(), out)?;
            }
        }
        Ok(())
    } else {
        let bytes = std::fs::read(path).map_err(with_path)?;
        out.push((path.display().to_string(), bytes));
        Ok(())
    }
}

/// Which stages a benchmark runs.
#[derive(Debug, Clone, Copy)]
pub enum Stages<'d> {
    /// Read, clean and segment (sentences and tokens): extraction alone.
    Extract,
    /// The whole coding pipeline with these dictionaries: read, clean,
    /// split sentences, recognise and code, write PLOVER JSON Lines.
    Code(&'d Dictionaries),
    /// Read, clean, segment, then tag and parse every sentence with this
    /// model.
    Parse(&'d Model),
}

impl Stages<'_> {
    /// "extract", "code" or "parse".
    pub fn name(&self) -> &'static str {
        match self {
            Stages::Extract => "extract",
            Stages::Code(_) => "code",
            Stages::Parse(_) => "parse",
        }
    }
}

/// How to run the benchmark.
#[derive(Debug, Clone)]
pub struct BenchOptions<'d> {
    /// Worker threads.
    pub jobs: usize,
    /// Copies of the corpus processed per run.
    pub repeat: usize,
    /// Timed runs; figures are medians over them.
    pub runs: usize,
    /// How to read the corpus files.
    pub ingest: IngestOptions,
    /// The pipeline to measure.
    pub stages: Stages<'d>,
    /// The gazetteer the coder places events with (the built-in by default).
    pub places: dyad_code::Places,
    /// Code without the dependency parser (to measure what it costs).
    pub no_syntax: bool,
}

/// Seconds spent in each stage, summed over threads.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct StageSeconds {
    /// Decompressing and parsing input formats, HTML main-text extraction.
    pub read: f64,
    /// Cleaning text, datelines, metadata, language detection.
    pub clean: f64,
    /// Sentence splitting, plus tokenisation of every sentence when only
    /// extracting (the coder tokenises inside its own stage).
    pub segment: f64,
    /// Recognising actors and event wording and coding events (0 when
    /// only extracting).
    pub code: f64,
    /// Serialising every event as a PLOVER JSON line (0 when only
    /// extracting).
    pub write: f64,
    /// Tagging and parsing every sentence (0 unless parsing).
    pub parse: f64,
}

/// What one run counted and how long it took.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct RunFigures {
    /// Wall-clock seconds of the run.
    pub wall_seconds: f64,
    /// Per-stage seconds, summed over threads.
    pub stages: StageSeconds,
    /// Documents read.
    pub documents: u64,
    /// Documents (or inputs) skipped with an error.
    pub skipped: u64,
    /// Sentences found.
    pub sentences: u64,
    /// Tokens found (counted when extracting or parsing; 0 when coding).
    pub tokens: u64,
    /// Documents not coded because they are not in English (coding only).
    pub not_english: u64,
    /// Events coded.
    pub events: u64,
    /// Events written (negated ones are not).
    pub events_written: u64,
    /// Bytes of PLOVER JSON Lines written.
    pub output_bytes: u64,
    /// Input bytes processed (as stored, all copies).
    pub input_bytes: u64,
    /// Cleaned text bytes produced.
    pub text_bytes: u64,
}

/// Median figures of a benchmark at one thread count.
#[derive(Debug, Clone, Serialize)]
pub struct BenchFigures {
    /// The pipeline measured: "extract" or "code".
    pub stages_run: &'static str,
    /// Worker threads.
    pub jobs: usize,
    /// Copies of the corpus per run.
    pub repeat: usize,
    /// Timed runs.
    pub runs: usize,
    /// Counts of one run (identical in every run).
    pub counts: RunFigures,
    /// Median wall-clock seconds.
    pub wall_seconds: f64,
    /// Documents per second (median run).
    pub documents_per_second: f64,
    /// Sentences per second (median run).
    pub sentences_per_second: f64,
    /// Input megabytes (10^6 bytes) per second (median run).
    pub input_mb_per_second: f64,
    /// Events per second (median run).
    pub events_per_second: f64,
    /// Median seconds per stage, summed over threads.
    pub stages: StageSeconds,
}

/// Runs the benchmark: `opts.runs` timed runs, each over `opts.repeat`
/// copies of the corpus, and returns the medians.
pub fn run(corpus: &Corpus, opts: &BenchOptions) -> BenchFigures {
    let runs: Vec<RunFigures> = (0..opts.runs.max(1)).map(|_| run_once(corpus, opts)).collect();
    let median = |f: &dyn Fn(&RunFigures) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        v[v.len() / 2]
    };
    let wall = median(&|r| r.wall_seconds);
    let counts = runs[0];
    let per_s = |n: u64| if wall > 0.0 { n as f64 / wall } else { 0.0 };
    BenchFigures {
        stages_run: opts.stages.name(),
        jobs: opts.jobs,
        repeat: opts.repeat,
        runs: runs.len(),
        counts,
        wall_seconds: wall,
        documents_per_second: per_s(counts.documents),
        sentences_per_second: per_s(counts.sentences),
        input_mb_per_second: per_s(counts.input_bytes) / 1e6,
        events_per_second: per_s(counts.events),
        stages: StageSeconds {
            read: median(&|r| r.stages.read),
            clean: median(&|r| r.stages.clean),
            segment: median(&|r| r.stages.segment),
            code: median(&|r| r.stages.code),
            write: median(&|r| r.stages.write),
            parse: median(&|r| r.stages.parse),
        },
    }
}

/// One timed run over `repeat` copies of the corpus.
pub fn run_once(corpus: &Corpus, opts: &BenchOptions) -> RunFigures {
    let units = corpus.files.len() * opts.repeat.max(1);
    let next = AtomicUsize::new(0);
    let total = Mutex::new(RunFigures::default());
    let start = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| {
                let mut mine = RunFigures::default();
                let mut coder = match opts.stages {
                    Stages::Code(dict) => Some(Coder::new(dict, opts.places, opts.no_syntax)),
                    _ => None,
                };
                let model = match opts.stages {
                    Stages::Parse(model) => Some(model),
                    _ => None,
                };
                loop {
                    let unit = next.fetch_add(1, Ordering::Relaxed);
                    if unit >= units {
                        break;
                    }
                    let (name, bytes) = &corpus.files[unit % corpus.files.len()];
                    process_unit(name, bytes, &opts.ingest, coder.as_mut(), model, &mut mine);
                }
                if let Some(coder) = coder {
                    mine.output_bytes += coder.finish();
                }
                let mut t = total.lock().unwrap_or_else(|e| e.into_inner());
                add(&mut t, &mine);
            });
        }
    });
    let mut figures = total.into_inner().unwrap_or_else(|e| e.into_inner());
    figures.wall_seconds = start.elapsed().as_secs_f64();
    figures
}

/// One thread's coder: the dictionaries, and a PLOVER writer over a sink
/// that counts bytes (buffered as `dyad code` buffers its output).
struct Coder<'d> {
    dict: &'d Dictionaries,
    opts: CoderOptions,
    writer: PloverWriter<BufWriter<CountingSink>>,
}

impl<'d> Coder<'d> {
    fn new(dict: &'d Dictionaries, places: dyad_code::Places, no_syntax: bool) -> Coder<'d> {
        let config = WriterConfig {
            coder: format!("dyad {}", env!("CARGO_PKG_VERSION")),
            coded_date: chrono::Local::now().date_naive(),
            keep_negated: false,
        };
        Coder { dict, opts: CoderOptions { places, no_syntax, ..CoderOptions::default() }, writer: PloverWriter::new(BufWriter::new(CountingSink(0)), config) }
    }

    /// Flushes the writer and returns the bytes written.
    fn finish(mut self) -> u64 {
        // A sink cannot fail to write.
        let _ = self.writer.finish();
        self.writer.into_inner().into_inner().map(|s| s.0).unwrap_or(0)
    }
}

/// Discards what is written, counting the bytes.
struct CountingSink(u64);

impl Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn process_unit(
    name: &str,
    bytes: &[u8],
    ingest: &IngestOptions,
    mut coder: Option<&mut Coder<'_>>,
    model: Option<&Model>,
    out: &mut RunFigures,
) {
    let t0 = Instant::now();
    dyad_ingest::timing::take_clean_time();
    let docs = dyad_ingest::read_bytes(name, bytes, ingest);
    let read_and_clean = t0.elapsed();
    let clean = dyad_ingest::timing::take_clean_time();
    let (mut segment_time, mut code_time, mut write_time, mut parse_time) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for doc in docs {
        match doc {
            Ok(doc) => {
                let s0 = Instant::now();
                let sentences = split_sentences(&doc.text);
                if coder.is_none() {
                    for s in &sentences {
                        out.tokens += tokenize(&doc.text, s.span).len() as u64;
                    }
                }
                segment_time += s0.elapsed();
                out.documents += 1;
                out.sentences += sentences.len() as u64;
                out.text_bytes += doc.text.len() as u64;
                if let Some(model) = model {
                    let p0 = Instant::now();
                    // Tokenised again inside: parsing's own cost includes its tokens.
                    let parsed = crate::parse_sentences(&doc.text, &sentences, model);
                    parse_time += p0.elapsed();
                    std::hint::black_box(parsed);
                }
                let Some(c) = coder.as_deref_mut() else { continue };
                // As `dyad code`: documents in another language are not coded.
                if doc.language.as_deref().is_some_and(|l| l != "en") {
                    out.not_english += 1;
                    continue;
                }
                let c0 = Instant::now();
                let (events, _explanations) = dyad_code::code_document(&doc, &sentences, c.dict, &c.opts);
                let w0 = Instant::now();
                code_time += w0 - c0;
                // A sink cannot fail to write.
                let _ = c.writer.write_document(&doc, &events);
                write_time += w0.elapsed();
                out.events += events.len() as u64;
                out.events_written += events.iter().filter(|e| !dyad_output::is_negated(e)).count() as u64;
            }
            Err(_) => out.skipped += 1,
        }
    }
    out.input_bytes += bytes.len() as u64;
    out.stages.read += read_and_clean.saturating_sub(clean).as_secs_f64();
    out.stages.clean += clean.as_secs_f64();
    out.stages.segment += segment_time.as_secs_f64();
    out.stages.code += code_time.as_secs_f64();
    out.stages.write += write_time.as_secs_f64();
    out.stages.parse += parse_time.as_secs_f64();
}

fn add(total: &mut RunFigures, part: &RunFigures) {
    total.stages.read += part.stages.read;
    total.stages.clean += part.stages.clean;
    total.stages.segment += part.stages.segment;
    total.stages.code += part.stages.code;
    total.stages.write += part.stages.write;
    total.stages.parse += part.stages.parse;
    total.documents += part.documents;
    total.skipped += part.skipped;
    total.sentences += part.sentences;
    total.tokens += part.tokens;
    total.not_english += part.not_english;
    total.events += part.events;
    total.events_written += part.events_written;
    total.output_bytes += part.output_bytes;
    total.input_bytes += part.input_bytes;
    total.text_bytes += part.text_bytes;
}

/// The smallest number of copies that makes at least `min_bytes` of input.
pub fn repeat_for(corpus_bytes: u64, min_bytes: u64) -> usize {
    if corpus_bytes == 0 {
        return 1;
    }
    min_bytes.div_ceil(corpus_bytes).max(1) as usize
}


#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        let line = r#"{"id":"a","text":"The minister met his counterpart in Paris. Both sides agreed to talk again."}"#;
        Corpus { files: vec![("mem.jsonl".into(), format!("{line}\n{line}\n").into_bytes())] }
    }

    fn opts(jobs: usize, stages: Stages<'_>) -> BenchOptions<'_> {
        BenchOptions { jobs, repeat: 3, runs: 1, ingest: IngestOptions::default(), stages, places: dyad_code::Places::default(), no_syntax: false }
    }

    #[test]
    fn counts_scale_with_repeat_and_not_with_jobs() {
        let c = corpus();
        let one = run_once(&c, &opts(1, Stages::Extract));
        let two = run_once(&c, &opts(2, Stages::Extract));
        assert_eq!(one.documents, 6);
        assert_eq!(one.sentences, 12);
        assert_eq!(one.input_bytes, 3 * c.bytes());
        assert!(one.tokens > 12);
        assert_eq!((one.documents, one.sentences, one.tokens), (two.documents, two.sentences, two.tokens));
        assert_eq!((one.events, one.output_bytes, one.stages.code), (0, 0, 0.0));
    }

    #[test]
    fn coding_writes_every_event_as_a_plover_line() {
        let dict = Dictionaries::builtin().unwrap();
        let line = r#"{"id":"a","date":"2019-03-04","text":"Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Moscow on Monday. French police arrested protesters in Paris."}"#;
        let c = Corpus { files: vec![("mem.jsonl".into(), format!("{line}\n").into_bytes())] };
        let one = run_once(&c, &opts(1, Stages::Code(&dict)));
        let two = run_once(&c, &opts(2, Stages::Code(&dict)));
        assert_eq!((one.documents, one.sentences, one.not_english), (3, 6, 0));
        assert!(one.events >= 3, "at least one event per copy, got {}", one.events);
        assert_eq!((one.events, one.output_bytes), (two.events, two.output_bytes));
        // Each written event is one JSON line of at least a few hundred bytes.
        assert!(one.output_bytes > 200 * one.events_written, "{} bytes for {} events", one.output_bytes, one.events_written);
        assert!(one.events_written > 0 && one.events_written <= one.events);
    }

    #[test]
    fn repeat_reaches_the_minimum_size() {
        assert_eq!(repeat_for(10, 95), 10);
        assert_eq!(repeat_for(10, 100), 10);
        assert_eq!(repeat_for(10, 5), 1);
        assert_eq!(repeat_for(0, 5), 1);
    }
}
