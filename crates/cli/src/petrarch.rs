//! `dyad code` with a PETRARCH/TABARI dictionary set (`--dictionaries DIR`
//! holding one, or `--petrarch-config PETR_config.ini`): events with the
//! set's own codes, as PETRARCH2's event lines or CAMEO TSV.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dyad_output::{cameo_rows_of, petrarch_lines_of, Format, StringEvent, CAMEO_COLUMNS};
use dyad_petrarch::{Options, PetrarchCoder, PetrarchSet, SetFiles};

use crate::code::CodingArgs;
use crate::extract::exit_code;
use crate::progress::Progress;

/// The PETRARCH set the command line names, if it names one: the files a
/// `--petrarch-config` lists (looked up beside it, in its `dictionaries/`
/// or its `data/dictionaries/`, or in `--dictionaries DIR`), or the set a
/// `--dictionaries DIR` holds instead of dyad's `*.tsv` files.
pub(crate) fn set_of(config: Option<&PathBuf>, dictionaries: Option<&PathBuf>) -> Result<Option<PetrarchSet>, String> {
    let (dir, files) = match (config, dictionaries) {
        (Some(config), given) => {
            let text = std::fs::read_to_string(config).map_err(|e| format!("{}: cannot read: {e}", config.display()))?;
            let files = SetFiles::from_config(&text);
            let verbs = files.verbs.clone().ok_or_else(|| format!("{}: no verbfile_name in its [Dictionaries] section", config.display()))?;
            let base = config.parent().unwrap_or(Path::new("."));
            let candidates: Vec<PathBuf> = match given {
                Some(d) => vec![d.clone()],
                None => vec![base.to_path_buf(), base.join("dictionaries"), base.join("data/dictionaries")],
            };
            let dir = candidates.iter().find(|d| d.join(&verbs).is_file()).cloned().ok_or_else(|| {
                let looked: Vec<String> = candidates.iter().map(|d| d.display().to_string()).collect();
                format!("{}: its verb file {verbs} is in none of: {}", config.display(), looked.join(", "))
            })?;
            (dir, files)
        }
        (None, Some(dir)) if holds_a_petrarch_set(dir) => (dir.clone(), SetFiles::detect(dir)),
        _ => return Ok(None),
    };
    PetrarchSet::load(&dir, &files).map(Some).map_err(|e| format!("dictionary error: {e}"))
}

/// A directory of PETRARCH files and none of dyad's `*.tsv` dictionaries.
fn holds_a_petrarch_set(dir: &Path) -> bool {
    let has_tsv = std::fs::read_dir(dir).into_iter().flatten().flatten().any(|e| e.path().extension().is_some_and(|x| x == "tsv"));
    !has_tsv && !dyad_dict::petrarch::files_of_a_set(dir).is_empty()
}

/// Each sentence of a document with the events it gave and what gave them:
/// the verb and its dictionary line, the pattern or transformation line,
/// the actor phrases, and the issues (for `--explain`).
fn explanation(coder: &PetrarchCoder, doc: &dyad_ingest::Document, coded: &Coded) -> String {
    use std::fmt::Write as _;
    let verbs = &coder.set().verbs_file;
    let mut out = format!("== {} ({} events)\n", doc.id, coded.iter().map(|s| s.events.len()).sum::<usize>());
    for (n, s) in coded.iter().enumerate() {
        // The words the events' token numbers count: the given parse's,
        // else dyad's tokens of the sentence.
        let tokens: Vec<&str> = if s.given_words.is_empty() {
            dyad_segment::tokenize(&doc.text, s.span).iter().map(|t| t.text(&doc.text)).collect()
        } else {
            s.given_words.iter().map(String::as_str).collect()
        };
        let words = |range: Option<(usize, usize)>| match range {
            Some((a, b)) if a < b && b <= tokens.len() => format!("\"{}\"", tokens[a..b].join(" ")),
            _ => "---".to_string(),
        };
        let _ = writeln!(out, "[{}] {}", n + 1, s.span.text(&doc.text).replace(['\n', '\r'], " "));
        if s.events.is_empty() {
            let _ = writeln!(out, "    no event");
        }
        for e in &s.events {
            let pattern = e.pattern_line.map(|l| format!(", rule {verbs}:{l}")).unwrap_or_default();
            let _ = writeln!(
                out,
                "    {} {} {}: verb {} ({verbs}:{}{pattern}); source {}, target {}",
                e.source,
                e.target,
                e.code,
                words(Some(e.verb)),
                e.verb_line,
                words(e.source_words),
                words(e.target_words)
            );
        }
        if !s.issues.is_empty() {
            let issues: Vec<String> = s.issues.iter().map(|(c, k)| format!("{c},{k}")).collect();
            let _ = writeln!(out, "    issues: {}", issues.join(";"));
        }
    }
    out
}

/// Documents coded together (on `--jobs` threads).
const BATCH: usize = 64;

/// The sentences and events of each document of a batch, in order.
type Coded = Vec<dyad_petrarch::CodedSentence>;

/// Codes one document: from its text, or from the parse it gave when
/// `given` asks for it and it has one.
fn code_one(coder: &PetrarchCoder, doc: &dyad_ingest::Document, options: &Options, given: bool) -> Result<Coded, String> {
    match (&doc.given_parse, given) {
        (Some(parse), true) => coder.code_given_parse(&doc.text, parse, doc.date, options),
        _ => Ok(coder.code_text(&doc.text, doc.date, options)),
    }
}

fn code_batch(coder: &PetrarchCoder, batch: &[dyad_ingest::Document], options: &Options, jobs: usize, given: bool) -> Vec<Result<Coded, String>> {
    if jobs <= 1 || batch.len() <= 1 {
        return batch.iter().map(|d| code_one(coder, d, options, given)).collect();
    }
    let chunk = batch.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            batch.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(|d| code_one(coder, d, options, given)).collect::<Vec<_>>())).collect();
        // A panic in a coding thread is a bug: raised again here rather than
        // losing documents.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// Codes the inputs with `set` and writes `format` (petrarch or cameo).
pub(crate) fn run(args: CodingArgs, set: PetrarchSet, format: Format, mut sink: Box<dyn Write>, require_dyad: bool, explain: bool) -> Result<ExitCode, String> {
    if !matches!(format, Format::Petrarch | Format::Cameo) {
        return Err(format!(
            "a PETRARCH dictionary set codes with its own CAMEO-style codes: use --format petrarch or --format cameo (not {format}); see docs/petrarch.md"
        ));
    }
    let coder = PetrarchCoder::new(set);
    eprintln!("dyad: coding with the PETRARCH set in {}: {}", coder.set().dir.display(), coder.set().report);
    for e in coder.set().report.malformed.iter().take(50) {
        eprintln!("dyad: dictionary line not read: {e}");
    }
    if coder.set().report.malformed.len() > 50 {
        eprintln!("dyad: ... and {} more dictionary lines not read", coder.set().report.malformed.len() - 50);
    }
    let options = Options { require_dyad };
    let today = chrono::Local::now().date_naive();
    let write_failed = |e: std::io::Error| format!("cannot write output: {e}");
    if format == Format::Cameo {
        writeln!(sink, "{}", CAMEO_COLUMNS.join("\t")).map_err(write_failed)?;
    }
    let mut reader = args.input.open();
    let mut progress = Progress::new(reader.bytes_total());
    let (mut read, mut skipped, mut events) = (0u64, 0u64, 0u64);
    let mut batch: Vec<dyad_ingest::Document> = Vec::with_capacity(BATCH);
    let mut more = true;
    while more {
        batch.clear();
        while batch.len() < BATCH {
            match reader.next() {
                Some(Ok(doc)) => {
                    read += 1;
                    progress.document(reader.bytes_read());
                    batch.push(doc);
                }
                Some(Err(e)) => {
                    eprintln!("dyad: skipped {e}");
                    skipped += 1;
                }
                None => {
                    more = false;
                    break;
                }
            }
        }
        // Documents are coded on `--jobs` threads and written in input order.
        let coded = code_batch(&coder, &batch, &options, args.jobs, args.use_given_parse);
        for (doc, coded) in batch.iter().zip(&coded) {
            let coded = match coded {
                Ok(coded) => coded,
                Err(e) => {
                    eprintln!("dyad: skipped {}: given parse not read: {e}", doc.id);
                    // Counted as skipped, not as read, as unreadable inputs are.
                    read -= 1;
                    skipped += 1;
                    continue;
                }
            };
            let date = doc.date.unwrap_or(today);
            let list: Vec<StringEvent<'_>> = coded
                .iter()
                .enumerate()
                .flat_map(|(n, s)| {
                    s.events.iter().map(move |e| StringEvent {
                        sentence: n,
                        sentence_span: s.span,
                        date,
                        source: &e.source,
                        target: &e.target,
                        code: &e.code,
                        issues: &s.issues,
                    })
                })
                .collect();
            events += list.len() as u64;
            if explain {
                crate::print_out(&explanation(&coder, doc, coded))?;
            }
            let lines = if format == Format::Petrarch { petrarch_lines_of(doc, &list) } else { cameo_rows_of(doc, &list) };
            for line in lines {
                match writeln!(sink, "{line}") {
                    Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(exit_code(read, skipped, args.input.strict)),
                    r => r.map_err(write_failed)?,
                }
            }
        }
    }
    sink.flush().map_err(write_failed)?;
    progress.finish();
    eprintln!("dyad: documents read: {read}, skipped: {skipped}; events: {events}{}", crate::input::replaced_note(&reader));
    Ok(exit_code(read, skipped, args.input.strict))
}
