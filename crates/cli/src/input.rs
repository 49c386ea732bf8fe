//! The input options shared by every command that reads news.

use std::io::IsTerminal;
use std::path::PathBuf;

use dyad_ingest::{read_inputs, IngestOptions, InputFormat, Reader};

/// Where news comes from and how to read it.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files, directories (read recursively) or "-" for standard input
    /// (the default). In directories, hidden files and files named README*,
    /// LICENSE*, COPYING* or *.md are left out; name them to read them.
    pub inputs: Vec<PathBuf>,
    /// Force the input format instead of recognising it from the content:
    /// auto, text, html, jsonl, rss, atom or warc.
    #[arg(long, default_value = "auto")]
    pub input_format: InputFormat,
    /// Exit non-zero if any document could not be read.
    #[arg(long)]
    pub strict: bool,
    /// Follow links to directories inside directory inputs (links that lead
    /// back to their own ancestors are reported and not entered).
    #[arg(long)]
    pub follow_links: bool,
    /// Language (ISO 639-1 code) of documents that do not declare one,
    /// instead of detecting it. Without it, texts of 20 words or more are
    /// detected and shorter ones are taken as English.
    #[arg(long, value_parser = parse_language)]
    pub language: Option<String>,
}

impl InputArgs {
    /// Starts reading; says on standard error when it waits for a person
    /// to type or paste news.
    pub fn open(&self) -> Reader {
        let inputs = if self.inputs.is_empty() { vec![PathBuf::from("-")] } else { self.inputs.clone() };
        if inputs.iter().any(|p| p.as_os_str() == "-") && std::io::stdin().is_terminal() {
            eprintln!("dyad: reading news from standard input (end with Ctrl-D); give files or directories as arguments to read them instead");
        }
        let opts = IngestOptions {
            format: self.input_format,
            follow_links: self.follow_links,
            language: self.language.clone(),
            ..IngestOptions::default()
        };
        read_inputs(&inputs, &opts)
    }
}

fn parse_language(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_lowercase();
    let two_letters = code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase());
    match (two_letters, dyad_ingest::iso639_1(&code)) {
        (true, _) => Ok(code),
        (false, Some(c)) => Ok(c.to_string()),
        _ => Err(format!("{s:?} is not an ISO 639-1 language code (such as en, fr, de)")),
    }
}

/// `--jobs`: a count of threads, at least one.
pub fn parse_jobs(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// The summary's note on bytes that were replaced to read a document, if any.
pub fn replaced_note(reader: &Reader) -> String {
    match reader.bytes_replaced() {
        0 => String::new(),
        n => format!("; invalid or NUL bytes replaced with U+FFFD: {n}"),
    }
}
