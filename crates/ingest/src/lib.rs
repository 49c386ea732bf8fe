//! Reads news in its real formats and turns each article into a [`Document`]:
//! cleaned text plus metadata (title, publication time, dateline place, url,
//! source, language).
//!
//! Inputs are files, directories (read recursively, in sorted order, hidden
//! entries skipped) or "-" for standard input. Each input may be gzip or zstd
//! compressed (recognised by its magic bytes) and holds plain text, an HTML
//! page, JSON Lines, an RSS/Atom feed or a WARC archive; the format is
//! recognised from the content unless [`IngestOptions::format`] forces one.
//! Problems are reported per document or per input as [`IngestError`]s that
//! name the file and the line, byte offset or feed item; reading goes on.
//!
//! ```no_run
//! use dyad_ingest::{read_inputs, IngestOptions};
//! let mut reader = read_inputs(&["news/".into()], &IngestOptions::default());
//! for result in &mut reader {
//!     match result {
//!         Ok(doc) => println!("{} {:?}", doc.id, doc.title),
//!         Err(e) => eprintln!("{e}"),
//!     }
//! }
//! ```

pub mod clean;
pub mod dateline;

mod archive;
mod document;
mod error;
mod feed;
mod html;
pub mod html_budget;
mod jsonl;
mod lang;
mod petrarch;
mod reader;
mod sniff;
pub mod timing;

pub use document::{Document, Origin};
pub use error::{IngestError, Location};
pub use html::{extract_html, HtmlPage};
pub use lang::{detect_language, document_language, iso639_1, MIN_DETECTION_WORDS};
pub use reader::{is_not_news_by_name, read_bytes, read_inputs, Reader};

use std::str::FromStr;

/// The format of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Recognise the format from the content.
    #[default]
    Auto,
    /// Plain text: the whole input is one article.
    Text,
    /// One HTML page.
    Html,
    /// JSON Lines: one JSON object per line, one article per object; blank
    /// lines are skipped.
    ///
    /// | field | type | |
    /// |---|---|---|
    /// | `id` | string or number | optional; default `PATH:LINE` |
    /// | `text` | string | the article text (plain) |
    /// | `html` | string | the article as an HTML page, used when `text` is absent |
    /// | `title` | string | optional headline |
    /// | `date` or `published` | string | optional publication date/time (ISO 8601, RFC 2822 and the usual news formats); an unreadable one is ignored |
    /// | `url` | string | optional |
    /// | `source` | string | optional publisher name |
    /// | `language` | string | optional ISO 639-1 code; detected from the text when absent |
    ///
    /// Other fields are ignored. A line that is not a JSON object, or has
    /// neither `text` nor `html` as a string, is reported with its line number
    /// and skipped; the following lines are still read.
    Jsonl,
    /// An RSS feed (0.9x, 1.0/RDF or 2.0); parsed like any feed.
    Rss,
    /// An Atom feed; parsed like any feed.
    Atom,
    /// A WARC archive of crawled pages.
    Warc,
    /// PETRARCH's input XML: `<Sentences>` of `<Sentence date="YYYYMMDD"
    /// id="..." source="...">` records with a `<Text>`, in PETRARCH2's or
    /// UniversalPetrarch's layout; one document per record (its `<Parse>`
    /// is not read: dyad parses the text itself).
    Petrarch,
}

impl FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(Self::Auto),
            "text" | "txt" => Ok(Self::Text),
            "html" | "htm" => Ok(Self::Html),
            "jsonl" | "ndjson" => Ok(Self::Jsonl),
            "rss" | "feed" => Ok(Self::Rss),
            "atom" => Ok(Self::Atom),
            "warc" => Ok(Self::Warc),
            "petrarch" | "petr" => Ok(Self::Petrarch),
            other => Err(format!(
                "unknown input format {other:?} (expected auto, text, html, jsonl, rss, atom, warc or petrarch)"
            )),
        }
    }
}

/// Default size limit of one document (and of an input read whole): 16 MiB.
pub const DEFAULT_MAX_DOCUMENT_BYTES: usize = 16 * 1024 * 1024;

/// How to read inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestOptions {
    /// The input format, or [`InputFormat::Auto`] to recognise it.
    pub format: InputFormat,
    /// A document larger than this many bytes (a text or HTML file, a feed
    /// file, a JSON line, a WARC record) is reported and skipped.
    pub max_document_bytes: usize,
    /// Follow links to directories when walking a directory (a link back
    /// into its own ancestors is reported, not entered). Off by default: a
    /// linked directory is not read.
    pub follow_links: bool,
    /// The language (ISO 639-1) of every document that does not declare
    /// one, instead of detecting it. Without it, texts long enough are
    /// detected and shorter ones are taken as English.
    pub language: Option<String>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self { format: InputFormat::Auto, max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES, follow_links: false, language: None }
    }
}
