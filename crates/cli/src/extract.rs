//! `dyad extract [INPUT]...`: cleaned documents with metadata and sentences,
//! one JSON object per line.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use dyad_pipeline::{segment, ExtractRecord};

use crate::input::InputArgs;
use crate::progress::Progress;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Add `places`: the place names of each text, resolved against the
    /// gazetteer (GeoNames id, feature code, country, region, coordinates).
    #[arg(long)]
    places: bool,
    #[command(flatten)]
    gazetteer: GazetteerArgs,
}

/// Where places come from.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct GazetteerArgs {
    /// Add the places of this file to the built-in gazetteer (GeoNames dump
    /// format, e.g. allCountries.txt or a country file, or dyad's gazetteer
    /// TSV); a place with the geonameid of a built-in one replaces it.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Option<PathBuf>,
    /// With --gazetteer: use only that file's places (plus the built-in
    /// countries, which give country codes).
    #[arg(long, requires = "gazetteer")]
    pub gazetteer_only: bool,
}

impl GazetteerArgs {
    /// The gazetteer to use: built in, or with the user's file.
    pub fn load(&self) -> Result<std::borrow::Cow<'static, dyad_geo::Gazetteer>, String> {
        match &self.gazetteer {
            None => Ok(std::borrow::Cow::Borrowed(dyad_geo::Gazetteer::builtin())),
            Some(path) => dyad_geo::Gazetteer::with_user_file(path, self.gazetteer_only).map(std::borrow::Cow::Owned).map_err(|e| e.to_string()),
        }
    }
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let gazetteer = if args.places { Some(args.gazetteer.load()?) } else { None };
    let mut reader = args.input.open();
    let mut out = open_output(args.output.as_ref())?;
    let mut progress = Progress::new(reader.bytes_total());
    let (mut read, mut skipped) = (0u64, 0u64);
    while let Some(result) = reader.next() {
        match result {
            Ok(doc) => {
                let seg = segment(doc);
                let places = gazetteer.as_ref().map(|g| dyad_pipeline::places(&seg, g));
                let mut record = ExtractRecord::new(&seg);
                if let Some(p) = &places {
                    record = record.with_places(p, &seg.doc.text);
                }
                let line = serde_json::to_string(&record).map_err(|e| e.to_string())?;
                // Flushed per document: whatever happens later, what was read is out.
                if let Err(e) = writeln!(out, "{line}").and_then(|_| out.flush()) {
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
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(format!("cannot write output: {e}")),
        _ => {}
    }
    progress.finish();
    eprintln!("dyad: documents read: {read}, skipped: {skipped}{}", crate::input::replaced_note(&reader));
    Ok(exit_code(read, skipped, args.input.strict))
}

/// Non-zero only when nothing could be read, or with `--strict` on any error.
pub(crate) fn exit_code(read: u64, skipped: u64, strict: bool) -> ExitCode {
    if read == 0 || (strict && skipped > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

pub(crate) fn open_output(path: Option<&PathBuf>) -> Result<Box<dyn Write>, String> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            std::fs::File::create(p).map_err(|e| format!("cannot create {}: {e}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    })
}
