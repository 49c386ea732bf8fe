//! Turns raw article text into clean text: drops scraping residue, a repeated
//! headline and the dateline line, normalises quotes, dashes and whitespace,
//! all by general rules (never by listing particular strings).

use crate::dateline::Dateline;

/// What the caller knows before cleaning.
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanOptions<'a> {
    /// The headline, when metadata gave one; a copy of it at the top of the body is dropped.
    pub title: Option<&'a str>,
    /// Take the first non-empty line as the headline when it looks like one
    /// (plain-text input, where no metadata exists).
    pub detect_headline: bool,
}

/// Article text after cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned body text: paragraphs separated by a blank line ("\n\n").
    pub text: String,
    /// The headline: the one given, or the one detected at the top of the text.
    pub title: Option<String>,
    /// The dateline found at the head of the text (and removed from it), if any.
    pub dateline: Option<Dateline>,
}

/// Cleans raw article text.
pub fn clean_text(raw: &str, opts: CleanOptions<'_>) -> Cleaned {
    Cleaned { text: raw.to_string(), title: opts.title.map(str::to_string), dateline: None }
}
