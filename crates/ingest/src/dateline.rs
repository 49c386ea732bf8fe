//! Publication dates and datelines: from metadata strings and from the text.

use chrono::{DateTime, FixedOffset, NaiveDate};

/// A publication time found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The calendar date.
    pub date: NaiveDate,
    /// The full time with its UTC offset, when the source gave a time of day.
    pub datetime: Option<DateTime<FixedOffset>>,
}

/// A dateline found at the head of an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The publication time it states, if any.
    pub published: Option<Published>,
    /// The place it names ("BEIJING" in "BEIJING, Oct 22 (Reuters) -"), if any.
    pub place: Option<String>,
}

/// Parses one date/time string as found in metadata or a dateline.
pub fn parse_date(_s: &str) -> Option<Published> {
    None
}

/// Looks for a dateline in the first lines of `text`.
pub fn find_dateline(_text: &str) -> Option<Dateline> {
    None
}
