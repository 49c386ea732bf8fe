//! `dyad ingest`, `dyad query` and `dyad export`: the event store
//! (`crates/store`) from the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dyad_output::WriterConfig;
use dyad_store::query::{Cell, Filter, Group, Level, Party, Period};
use dyad_store::{AddSummary, MergeRule, Store};

use crate::code::{run_coding, CodingArgs, Target};

/// The database used when `--db` is not given.
const DEFAULT_DB: &str = "dyad.db";

/// When reports are merged into one story.
#[derive(clap::Args, Clone, Debug)]
pub struct MergeArgs {
    /// Merge reports whose dates are at most this many days apart over the
    /// whole story (0: the same day only).
    #[arg(long, default_value_t = 1, value_name = "DAYS")]
    merge_days: u32,
    /// Merge reports whose resolved places are at most this far apart.
    #[arg(long, default_value_t = 100.0, value_name = "KM")]
    merge_km: f64,
}

/// Opens (or creates) a database for writing.
pub(crate) fn open(path: &Path, merge: &MergeArgs) -> Result<Store, String> {
    Store::open(path, MergeRule { days: merge.merge_days, km: merge.merge_km }).map_err(|e| e.to_string())
}

/// A coding run's database side.
pub(crate) struct Storing {
    store: Store,
    config: WriterConfig,
    summary: AddSummary,
}

/// A coded document on its way to the database, with the sentences and
/// places the coder found in it.
pub(crate) struct CodedDocument {
    pub doc: dyad_core::Document,
    pub sentences: Vec<dyad_segment::Sentence>,
    pub events: Vec<dyad_code::Event>,
    pub places: Option<dyad_geo::DocumentPlaces<'static>>,
}

/// A batch of them.
type Coded = Vec<CodedDocument>;

/// The most documents the writer gathers into one transaction from the
/// batches waiting for it (a killed run loses at most these).
const STORE_BATCH: usize = 256;

/// A thread that stores coded batches while the next ones are coded: the
/// database's work (records, places, indexes, full-text index) overlaps
/// with coding instead of adding to it.
pub(crate) struct StoreWriter {
    batches: Option<std::sync::mpsc::SyncSender<Coded>>,
    thread: Option<std::thread::JoinHandle<Result<Storing, String>>>,
}

impl StoreWriter {
    /// Starts the writer thread.
    pub fn start(mut storing: Storing) -> StoreWriter {
        // Two batches in flight at most: coding never runs far ahead.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Coded>(2);
        let thread = std::thread::spawn(move || {
            while let Ok(mut batch) = rx.recv() {
                // The next coded batches join this one's transaction, up to
                // a bound (or the end of the input): each commit writes the
                // full-text index's pending terms as a new segment and syncs,
                // so fewer, larger transactions cost less.
                while batch.len() < STORE_BATCH {
                    match rx.recv() {
                        Ok(more) => batch.extend(more),
                        Err(_) => break,
                    }
                }
                let inputs: Vec<_> = batch.iter().map(|c| dyad_pipeline::store_input(&c.doc, &c.sentences, &c.events, &storing.config, c.places.as_ref())).collect();
                storing.add(&inputs)?;
            }
            Ok(storing)
        });
        StoreWriter { batches: Some(tx), thread: Some(thread) }
    }

    /// Hands a coded batch to the writer; fails if the writer has stopped
    /// on an error (which it returns).
    pub fn send(&mut self, batch: Coded) -> Result<(), String> {
        if batch.is_empty() {
            return Ok(());
        }
        let sent = self.batches.as_ref().map(|tx| tx.send(batch).is_ok()).unwrap_or(false);
        if sent {
            return Ok(());
        }
        match self.finish_inner() {
            Err(e) => Err(e),
            Ok(_) => Err("the database writer stopped".into()),
        }
    }

    /// Waits for every batch to be stored.
    pub fn finish(mut self) -> Result<Storing, String> {
        self.finish_inner()
    }

    fn finish_inner(&mut self) -> Result<Storing, String> {
        self.batches = None;
        match self.thread.take() {
            Some(handle) => handle.join().map_err(|_| "the database writer failed (internal error)".to_string())?,
            None => Err("the database writer has already stopped".into()),
        }
    }
}

impl Storing {
    /// Stores with `config` deciding which events are written (negated
    /// ones only when kept, as in the printed output).
    pub fn new(store: Store, config: WriterConfig) -> Storing {
        Storing { store, config, summary: AddSummary::default() }
    }

    /// Stores one batch; documents that cannot be stored are reported and
    /// skipped, a database error stops the run.
    pub fn add(&mut self, batch: &[dyad_store::NewDocument]) -> Result<(), String> {
        if batch.is_empty() {
            return Ok(());
        }
        let summary = self.store.add(batch).map_err(|e| format!("cannot store: {e}"))?;
        for problem in &summary.rejected {
            eprintln!("dyad: not stored: {problem}");
        }
        self.summary += summary;
        Ok(())
    }

    /// The summary's database line.
    pub fn report(&self) -> Result<String, String> {
        let now = self.store.counts().map_err(|e| e.to_string())?;
        let s = &self.summary;
        let path = self.store.path().display();
        if s.documents == 0 && s.rejected.is_empty() {
            return Ok(format!("dyad: {path}: nothing new stored; it holds {} documents, {} event reports in {} stories", now.documents, now.events, now.stories));
        }
        Ok(format!(
            "dyad: {path}: stored {} documents ({} already there, {} not stored), {} event reports: {} new stories, {} merged into stories already told; it holds {} documents, {} event reports in {} stories",
            s.documents,
            s.duplicates,
            s.rejected.len(),
            s.events,
            s.new_stories,
            s.merged,
            now.documents,
            now.events,
            now.stories
        ))
    }
}

/// `dyad ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {
    #[command(flatten)]
    coding: CodingArgs,
    /// The database file (created if missing).
    #[arg(long, default_value = DEFAULT_DB, value_name = "PATH")]
    db: PathBuf,
    #[command(flatten)]
    merge: MergeArgs,
}

/// Codes news and stores documents and events; documents already stored
/// are neither coded nor stored again.
pub fn ingest(args: IngestArgs) -> Result<ExitCode, String> {
    let store = open(&args.db, &args.merge)?;
    let target = Target { format: dyad_output::Format::Plover, sink: Box::new(std::io::sink()), explain: false, store: Some(store), only_new: true };
    run_coding(args.coding, target)
}

/// How `dyad query` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    /// Aligned columns for people.
    Table,
    /// RFC 4180 CSV with a header.
    Csv,
    /// One JSON object per line: stories with their reports, or the
    /// reports' PLOVER records with their story.
    Jsonl,
    /// A Parquet file (needs --out).
    Parquet,
}

/// `dyad query`.
#[derive(clap::Args)]
pub struct QueryArgs {
    /// The database file.
    #[arg(long, default_value = DEFAULT_DB, value_name = "PATH")]
    db: PathBuf,
    /// First day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<chrono::NaiveDate>,
    /// Last day, YYYY-MM-DD (inclusive).
    #[arg(long)]
    to: Option<chrono::NaiveDate>,
    /// An actor: a code (RUS), a sector (/COP) or both (RUS/MIL).
    #[arg(long)]
    actor: Option<Party>,
    /// A recipient, written as --actor.
    #[arg(long)]
    recipient: Option<Party>,
    /// A PLOVER category (repeat for several).
    #[arg(long)]
    category: Vec<String>,
    /// A PLOVER mode.
    #[arg(long)]
    mode: Option<String>,
    /// Where it happened: an ISO-3 country code.
    #[arg(long)]
    country: Option<String>,
    /// Within KM kilometres of a point: LAT,LON,KM.
    #[arg(long, value_parser = parse_near)]
    near: Option<(f64, f64, f64)>,
    /// Full-text search of the documents (SQLite FTS5 syntax: words,
    /// "phrases", AND, OR, NOT, prefix*).
    #[arg(long)]
    text: Option<String>,
    /// Stories told by at least N sources.
    #[arg(long, value_name = "N")]
    min_sources: Option<u32>,
    /// One story by its id (with --reports: the reports that told it).
    #[arg(long, value_name = "ID")]
    story: Option<i64>,
    /// Event reports (one per document that told an event) instead of
    /// stories (the reports of one event merged).
    #[arg(long)]
    reports: bool,
    /// Count per period instead of listing.
    #[arg(long, value_enum)]
    count_by: Option<PeriodArg>,
    /// With --count-by: count each category, quad, dyad, actor or country
    /// separately.
    #[arg(long, value_enum, requires = "count_by")]
    group: Option<GroupArg>,
    /// Count per actor and recipient (the dyad matrix, long form).
    #[arg(long, conflicts_with = "count_by")]
    matrix: bool,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    format: QueryFormat,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    out: Option<PathBuf>,
    /// List at most N rows (with --matrix: the N most frequent dyads).
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

/// `--count-by`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PeriodArg {
    Day,
    Week,
    Month,
    Year,
}

/// `--group`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupArg {
    Category,
    Quad,
    Dyad,
    Actor,
    Country,
}

fn parse_near(s: &str) -> Result<(f64, f64, f64), String> {
    let parts: Vec<f64> = s.split(',').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().map_err(|e| format!("{s:?}: {e}; write LAT,LON,KM"))?;
    match parts[..] {
        [lat, lon, km] if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) && km >= 0.0 => Ok((lat, lon, km)),
        _ => Err(format!("{s:?} is not LAT,LON,KM (latitude -90..90, longitude -180..180, a distance of 0 or more)")),
    }
}

/// A PLOVER category name as the store keeps it (legacy names read as
/// their current ones), or an error listing the categories.
fn category_name(name: &str) -> Result<String, String> {
    use dyad_ontology::plover::Category;
    Category::parse(name).map(|c| c.as_str().to_string()).ok_or_else(|| {
        let all: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!("--category {name:?} is no PLOVER category (one of {})", all.join(", "))
    })
}

/// Answers a query.
pub fn query(args: QueryArgs) -> Result<ExitCode, String> {
    let categories = args.category.iter().map(|c| category_name(c)).collect::<Result<Vec<_>, _>>()?;
    let store = Store::open_read_only(&args.db).map_err(|e| e.to_string())?;
    let filter = Filter {
        from: args.from,
        to: args.to,
        actor: args.actor.clone(),
        recipient: args.recipient.clone(),
        categories,
        mode: args.mode.clone(),
        country: args.country.clone(),
        near: args.near,
        text: args.text.clone(),
        min_sources: args.min_sources,
        story: args.story,
    };
    let level = if args.reports { Level::Reports } else { Level::Stories };
    if args.format == QueryFormat::Parquet && args.out.is_none() {
        return Err("--format parquet writes a file: give it with --out FILE".into());
    }
    let listing = args.count_by.is_none() && !args.matrix;
    if listing && args.format == QueryFormat::Jsonl {
        let lines = jsonl_lines(&store, &filter, level, args.limit)?;
        write_text(args.out.as_deref(), &lines)?;
        return Ok(ExitCode::SUCCESS);
    }
    let table = if let Some(period) = args.count_by {
        let period = match period {
            PeriodArg::Day => Period::Day,
            PeriodArg::Week => Period::Week,
            PeriodArg::Month => Period::Month,
            PeriodArg::Year => Period::Year,
        };
        let group = args.group.map(|g| match g {
            GroupArg::Category => Group::Category,
            GroupArg::Quad => Group::Quad,
            GroupArg::Dyad => Group::Dyad,
            GroupArg::Actor => Group::Actor,
            GroupArg::Country => Group::Country,
        });
        store.count_by(&filter, level, period, group)
    } else if args.matrix {
        store.dyad_matrix(&filter, level, args.limit)
    } else {
        store.list(&filter, level, args.limit)
    }
    .map_err(|e| e.to_string())?;
    match args.format {
        QueryFormat::Parquet => {
            let path = args.out.as_deref().unwrap_or(Path::new("dyad.parquet"));
            dyad_store::parquet::write_table(&table, path).map_err(|e| e.to_string())?;
            eprintln!("dyad: wrote {} rows to {}", table.rows.len(), path.display());
        }
        QueryFormat::Csv => write_text(args.out.as_deref(), &dyad_store::query::to_csv(&table))?,
        QueryFormat::Table => write_text(args.out.as_deref(), &dyad_store::query::to_text(&table))?,
        QueryFormat::Jsonl => write_text(args.out.as_deref(), &dyad_store::query::to_jsonl(&table))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Stories with their reports, or reports as PLOVER records with their
/// story, one JSON object a line.
fn jsonl_lines(store: &Store, filter: &Filter, level: Level, limit: Option<u64>) -> Result<String, String> {
    let mut out = String::new();
    match level {
        Level::Reports => {
            for record in store.report_records(filter, limit).map_err(|e| e.to_string())? {
                out.push_str(&record.to_string());
                out.push('\n');
            }
        }
        Level::Stories => {
            let table = store.list(filter, level, limit).map_err(|e| e.to_string())?;
            for (row, mut object) in table.rows.iter().zip(dyad_store::query::to_objects(&table)) {
                let Cell::Integer(story) = row[0] else { continue };
                let reports = store.story_reports(story).map_err(|e| e.to_string())?;
                object.insert("reports".into(), serde_json::Value::Array(dyad_store::query::to_objects(&reports).into_iter().map(serde_json::Value::Object).collect()));
                out.push_str(&serde_json::Value::Object(object).to_string());
                out.push('\n');
            }
        }
    }
    Ok(out)
}

fn write_text(path: Option<&Path>, text: &str) -> Result<(), String> {
    match path {
        Some(p) => std::fs::write(p, text).map_err(|e| format!("cannot write {}: {e}", p.display())),
        None => crate::print_out(text),
    }
}

/// `dyad export`.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The database file.
    #[arg(long, default_value = DEFAULT_DB, value_name = "PATH")]
    db: PathBuf,
    /// Output format (Parquet, partitioned by year and month).
    #[arg(long, value_enum, default_value = "parquet")]
    format: ExportFormat,
    /// The folder to write into (created if missing).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

/// `dyad export --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// `DIR/year=YYYY/month=MM/events.parquet`.
    Parquet,
}

/// Writes every event report to Parquet files, one per month.
pub fn export(args: ExportArgs) -> Result<ExitCode, String> {
    let store = Store::open_read_only(&args.db).map_err(|e| e.to_string())?;
    let ExportFormat::Parquet = args.format;
    let done = store.export_parquet(&args.out).map_err(|e| e.to_string())?;
    eprintln!("dyad: wrote {} event reports in {} files under {}", done.events, done.files.len(), args.out.display());
    Ok(ExitCode::SUCCESS)
}
