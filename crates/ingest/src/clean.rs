//! Removes scraping residue from article text and normalises quotes, dashes and
//! whitespace, by general rules (never by listing particular strings).

/// Article text after cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned body text: paragraphs separated by a blank line ("\n\n").
    pub text: String,
    /// The headline, when the raw text began with one (or the one given).
    pub title: Option<String>,
}

/// Cleans raw article text. `title`, when known from metadata, lets a repeated
/// headline at the top of the body be dropped.
pub fn clean_text(raw: &str, title: Option<&str>) -> Cleaned {
    Cleaned { text: raw.to_string(), title: title.map(str::to_string) }
}
