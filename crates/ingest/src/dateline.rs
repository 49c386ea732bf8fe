//! Publication dates and datelines: from metadata strings and from the text.
//!
//! [`parse_date`] reads one date/time string (see `parse` for the accepted
//! forms and the choices made on ambiguous ones). [`find_dateline`] looks at
//! the head of an article for either a line that is only a date ("# 22 October
//! 2019 13:43 (UTC +04:00)", "Published: Oct. 22, 2019") or a wire dateline
//! opening the first paragraph ("BEIJING, Oct 22 (Reuters) - ").

mod parse;
mod wire;

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate};
use regex::Regex;

/// A publication time found in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    /// The calendar date.
    pub date: NaiveDate,
    /// The full time with its UTC offset, when the source gave a time of day
    /// and a zone. A time without a zone leaves this `None`: the instant is
    /// unknown, and guessing UTC would shift dates across midnight.
    pub datetime: Option<DateTime<FixedOffset>>,
}

/// A dateline found at the head of an article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The publication time it states, if any. `None` also when the date has
    /// no year and no reference date was given (see [`Dateline::with_reference`]).
    pub published: Option<Published>,
    /// The place it names, title-cased when written in capitals ("Beijing"
    /// for "BEIJING, Oct 22 (Reuters) -"; "New York" for "NEW YORK"), if any.
    /// Only the city: a region after it ("KANSAS CITY, Mo.") is not included.
    pub place: Option<String>,
    /// Byte range of the dateline in the text it was found in: a whole line
    /// (without its line break) for a date line, or the prefix up to the
    /// start of the first sentence for a wire dateline.
    pub span: Range<usize>,
    /// The date as written in the dateline ("Oct 22"), if it had one; kept so
    /// that a date without a year can be resolved later against metadata.
    pub date_text: Option<String>,
}

impl Dateline {
    /// Fills a missing `published` from `date_text` when it lacks only the
    /// year, taking the year that puts the date nearest to `reference`.
    pub fn with_reference(mut self, reference: NaiveDate) -> Dateline {
        if self.published.is_none() {
            if let Some(text) = &self.date_text {
                self.published = parse_date_with_reference(text, reference);
            }
        }
        self
    }
}

/// Parses one date/time string as found in metadata or a dateline.
///
/// Accepts RFC 3339 / ISO 8601 ("2019-10-22T13:43:00+04:00", "2019-10-22
/// 13:43", "2019-10-22"), RFC 2822 ("Tue, 22 Oct 2019 13:43:00 +0400"),
/// written dates ("22 October 2019 13:43 (UTC +04:00)", "Oct. 22, 2019",
/// "Tuesday, October 22, 2019 1:43 PM EDT"), numeric day-first dates
/// ("22.10.2019") and "2019/10/22". Returns `None` for anything else,
/// for impossible dates (31 February) and for dates without a year.
pub fn parse_date(s: &str) -> Option<Published> {
    parse::to_published(parse::parse_parts(s)?, None)
}

/// Like [`parse_date`], but a date without a year ("Oct 22") takes the year
/// that puts it nearest to `reference` (typically the metadata date).
pub fn parse_date_with_reference(s: &str, reference: NaiveDate) -> Option<Published> {
    parse::to_published(parse::parse_parts(s)?, Some(reference))
}

/// Looks for a dateline in the first lines of `text`.
///
/// A date without a year leaves `published` empty; use
/// [`find_dateline_with_reference`] or [`Dateline::with_reference`].
pub fn find_dateline(text: &str) -> Option<Dateline> {
    find_dateline_with_reference(text, None)
}

/// How many non-empty lines from the top may hold a dateline.
const MAX_LINES: usize = 6;
/// A line this long is body text: nothing after it is a dateline.
const BODY_WORDS: usize = 25;

/// Looks for a dateline in the first lines of `text`, resolving a date without
/// a year against `reference` when given.
pub fn find_dateline_with_reference(text: &str, reference: Option<NaiveDate>) -> Option<Dateline> {
    let mut start = 0;
    let mut seen = 0;
    for raw_line in text.split_inclusive('\n') {
        let line_start = start;
        start += raw_line.len();
        let content = raw_line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        let offset = line_start + (content.len() - trimmed.len());
        let trimmed = trimmed.trim_end();
        if trimmed.is_empty() {
            continue;
        }
        seen += 1;
        if seen > MAX_LINES {
            break;
        }
        if let Some(d) = date_line(trimmed, offset, reference) {
            return Some(d);
        }
        if let Some(d) = wire::wire_dateline(trimmed, offset, reference) {
            return Some(d);
        }
        if trimmed.split_whitespace().count() >= BODY_WORDS {
            break;
        }
    }
    None
}

/// Markup and bullets left in front of a date line by scraping.
static LEAD_RESIDUE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s#*>|•·:\-]+").expect("lead residue regex"));
/// A label naming the date ("Published:", "Last updated on").
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|created|date|dated|released|issued)(?:\s+(?:on|at))?\s*(?:[:|\-]\s*|\s+|$)",
    )
    .expect("date label regex")
});

/// A line that holds only a date (possibly labelled, possibly several dates
/// separated by bars: "Published: 22 Oct 2019 | Updated: 23 Oct 2019").
fn date_line(line: &str, offset: usize, reference: Option<NaiveDate>) -> Option<Dateline> {
    if line.len() > 160 {
        return None;
    }
    let mut first: Option<(parse::Parts, String)> = None;
    for segment in line.split(['|', '•', '·']) {
        let seg = LEAD_RESIDUE
            .find(segment)
            .map_or(segment, |m| &segment[m.end()..]);
        let seg = DATE_LABEL.find(seg).map_or(seg, |m| &seg[m.end()..]);
        let seg = seg.trim().trim_end_matches(['#', '*', ' ']);
        if seg.is_empty() {
            continue;
        }
        let parts = parse::parse_parts(seg)?;
        if first.is_none() {
            first = Some((parts, seg.to_string()));
        }
    }
    let (parts, text) = first?;
    Some(Dateline {
        published: parse::to_published(parts, reference),
        place: None,
        span: offset..offset + line.len(),
        date_text: Some(text),
    })
}
