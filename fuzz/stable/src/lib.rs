//! The fuzz targets of dyad, shared by the AFL++ binary (`afl_target`) and
//! the structured-input runner (`stable-fuzz`). Each target takes any bytes;
//! errors are fine, panics, aborts, hangs and memory blow-ups are findings.

pub mod gen;
pub mod rng;

use std::sync::OnceLock;

use dyad_ingest::clean::{clean_text, CleanOptions};
use dyad_ingest::{read_bytes, IngestOptions, InputFormat};

/// Every target, by name.
pub const TARGETS: &[&str] = &[
    "read_auto",
    "read_html",
    "read_feed",
    "read_jsonl",
    "read_warc",
    "read_text",
    "clean_text",
    "parse_date",
    "code",
];

/// The size limit the reader targets run with: the CLI's default (16 MiB),
/// so that the structured runner's huge inputs meet the real limit.
pub const MAX_DOCUMENT_BYTES: usize = dyad_ingest::DEFAULT_MAX_DOCUMENT_BYTES;

fn read(data: &[u8], format: InputFormat) -> usize {
    let opts = IngestOptions { format, max_document_bytes: MAX_DOCUMENT_BYTES, ..IngestOptions::default() };
    read_bytes("fuzz", data, &opts).len()
}

/// The built-in dictionaries, loaded once per process.
pub fn dictionaries() -> &'static dyad_dict::Dictionaries {
    static DICT: OnceLock<dyad_dict::Dictionaries> = OnceLock::new();
    DICT.get_or_init(|| dyad_dict::Dictionaries::builtin().expect("built-in dictionaries load"))
}

/// Runs `target` on `data`. Returns a small number (documents, events...) so
/// that the work is not optimised away. Panics on an unknown target.
pub fn run(target: &str, data: &[u8]) -> usize {
    match target {
        "read_auto" => read(data, InputFormat::Auto),
        "read_html" => read(data, InputFormat::Html),
        "read_feed" => read(data, InputFormat::Rss) + read(data, InputFormat::Atom),
        "read_jsonl" => read(data, InputFormat::Jsonl),
        "read_warc" => read(data, InputFormat::Warc),
        "read_text" => read(data, InputFormat::Text),
        "clean_text" => {
            let s = String::from_utf8_lossy(data);
            let a = clean_text(&s, CleanOptions { title: None, detect_headline: true });
            let title = s.lines().next();
            let b = clean_text(&s, CleanOptions { title, detect_headline: false });
            a.text.len() + b.text.len()
        }
        "parse_date" => {
            let s = String::from_utf8_lossy(data);
            let reference = chrono::NaiveDate::from_ymd_opt(2019, 10, 22).unwrap();
            let mut n = 0;
            n += dyad_ingest::dateline::parse_date(&s).is_some() as usize;
            n += dyad_ingest::dateline::parse_date_with_reference(&s, reference).is_some() as usize;
            if let Some(d) = dyad_ingest::dateline::find_dateline(&s) {
                // The span must index the text it was found in.
                let _ = &s[d.span.clone()];
                n += d.with_reference(reference).published.is_some() as usize;
            }
            n
        }
        "code" => code(data),
        other => panic!("unknown target {other:?} (known: {})", TARGETS.join(", ")),
    }
}

/// The whole coder on one document made of the input text, as `dyad code`
/// runs it (`dyad_pipeline::code`, built-in dictionaries), then every output
/// writer over the events.
fn code(data: &[u8]) -> usize {
    let dict = dictionaries();
    let s = String::from_utf8_lossy(data);
    let date = chrono::NaiveDate::from_ymd_opt(2019, 10, 22).unwrap();
    let doc = dyad_pipeline::document_from_text("fuzz", &s, Some(date));
    let opts = dyad_code::CoderOptions { keep_negated: data.len() % 2 == 1, default_date: Some(date), explain: true, ..Default::default() };
    let (events, notes) = dyad_pipeline::code(&doc, dict, &opts);
    use dyad_output::{writer, Format, WriterConfig};
    for format in [Format::Plover, Format::Cameo, Format::Gdelt, Format::Csv] {
        let config = WriterConfig { coder: "dyad fuzz".into(), coded_date: date, keep_negated: opts.keep_negated };
        let mut w = writer(format, Box::new(std::io::sink()), config);
        w.header().unwrap();
        w.write_document(&doc, &events).unwrap();
        w.finish().unwrap();
    }
    events.len() + notes.len()
}
