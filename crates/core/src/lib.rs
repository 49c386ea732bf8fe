//! The types every stage of dyad shares, in a crate with no heavy
//! dependencies: a [`Document`] as ingestion leaves it, byte [`Span`]s into
//! its text, the [`Sentence`]s and [`Token`]s segmentation finds in it, and
//! the [`Parsed`] tree the parser gives a sentence (with the [`Upos`] and
//! [`Deprel`] inventories the later stages match on).
//! Stages that only read these types (recognition, coding, output) depend
//! on this crate, not on the readers of HTML, feeds and archives.

mod distance;
mod labels;
mod parsed;
mod water;

pub use distance::great_circle_km;
pub use labels::{Deprel, Upos};
pub use parsed::Parsed;
pub use water::in_water_body_name;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// One news article, cleaned, with its metadata.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// Identifier: the JSONL `id`, feed guid or link, WARC record id, or the
    /// input path (with `#item N` for feed items without guid or link).
    pub id: String,
    /// The headline.
    pub title: Option<String>,
    /// Cleaned text, paragraphs separated by "\n\n".
    pub text: String,
    /// Publication date.
    pub date: Option<NaiveDate>,
    /// Publication time with UTC offset, when known to the minute.
    pub datetime: Option<DateTime<FixedOffset>>,
    /// The dateline place ("BEIJING"), if the text has a dateline.
    pub place: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// Publisher, site name or feed title.
    pub source: Option<String>,
    /// ISO 639-1 language code: declared by the input (JSON Lines field,
    /// `<html lang>`, feed language), else forced by the user, else detected
    /// when the text is long enough, else the default (English).
    pub language: Option<String>,
    /// Where the document was read from.
    pub origin: Origin,
    /// A parse the input gave with the text (PETRARCH XML's `<Parse>`: a
    /// Penn tree or CoNLL-U), kept for `--use-given-parse`; dyad parses the
    /// text itself otherwise.
    #[serde(skip)]
    pub given_parse: Option<String>,
}

/// Where a document came from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Origin {
    /// The input path, or "-" for standard input.
    pub path: String,
    /// 1-based line number (JSON Lines).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based item number (feeds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<u64>,
    /// Byte offset of the record in the decompressed input (WARC).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
}

/// A byte range `start..end` into a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The spanned text of `src`. Returns "" if the span does not fit `src`
    /// (out of bounds or not on character boundaries).
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        src.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True if the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One sentence of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte range of the sentence in the text, without surrounding whitespace.
    pub span: Span,
    /// 0-based index of the paragraph holding the sentence. Paragraphs are
    /// separated by blank lines; only paragraphs that contain at least one
    /// sentence are counted, so indices are dense.
    pub paragraph: usize,
}

impl Sentence {
    /// The sentence text, a slice of `src` (the text it was split from).
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        self.span.text(src)
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TokenKind {
    /// Letters and digits, possibly joined by internal hyphens or
    /// apostrophes: "Azerbaijan", "military-technical", "O'Brien", "G20".
    Word,
    /// An abbreviation or initial with its period: "U.S.", "Gen.", "W.",
    /// "e.g.", "etc.".
    Abbrev,
    /// Digits with internal `.` `,` `:` `/` `-` separators, or an ordinal:
    /// "3.5", "1,000.50", "10:30", "2019-10-22", "22nd".
    Number,
    /// A clitic split off a word: "'s", "'re", "'ve", "'ll", "'d", "'m",
    /// "n't" (also with the typographic apostrophe ’).
    Clitic,
    /// A URL, domain name or e-mail address: "https://x.org/a",
    /// "www.x.org", "reuters.com", "press@mod.gov.az". A dotted word is a
    /// domain when its last label is two or more lowercase ASCII letters.
    Url,
    /// Punctuation: one character, except that runs of periods ("...") and
    /// of hyphens ("--") form one token.
    Punct,
    /// Any other character that is neither letter, digit, punctuation nor
    /// whitespace: "$", "%", "€", "+", "#", emoji.
    Symbol,
}

/// One token: a byte span into the whole text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte range of the token in the whole text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token text, a slice of `src` (the text that was tokenised).
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        self.span.text(src)
    }
}

