//! Wire datelines opening a story: a place in capitals, optionally a region and
//! a date, optionally an agency, then a dash (or colon) and the first sentence:
//! "BEIJING, Oct 22 (Reuters) - ", "WASHINGTON (AP) — ", "MOSCOW, October 22
//! /TASS/. ", "LONDON — ", "NEW DELHI, Oct 22: " (a colon only with a date or
//! an agency: "UPDATE: …" is a label). A place in ordinary case ("Beijing
//! (Reuters) -") counts only with an agency, since "Officials - ..." is prose.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{parse, Dateline};

static CAPS_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z'.\-]*(?: [A-Z][A-Z'.\-]*){0,3}").expect("caps place regex")
});
static MIXED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][a-z'.\-]+(?: [A-Z][a-z'.\-]+){0,2}").expect("mixed place regex")
});
static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:\(\s*([A-Za-z][A-Za-z .&'\-]{0,30}?)\s*\)|/\s*([A-Za-z][A-Za-z .&'\-]{0,30}?)\s*/\.?)")
        .expect("agency regex")
});
/// The separator before the first sentence: a dash (with spaces around a
/// hyphen, so "KUALA-LUMPUR" is not split) or a colon.
static DASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\s*(?:—|–|--)\s*|\s+-\s+|\s*:\s+)").expect("dash regex"));
static REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z.]{0,15}(?: [A-Z][A-Za-z.]{0,15})?$").expect("region regex")
});

/// Recognises a wire dateline at the start of `line` (found at `offset`).
pub(super) fn wire_dateline(
    line: &str,
    offset: usize,
    reference: Option<NaiveDate>,
) -> Option<Dateline> {
    if let Some(m) = CAPS_PLACE.find(line) {
        if let Some(d) = after_place(line, m.end(), true, offset, reference) {
            return Some(d);
        }
    }
    let m = MIXED_PLACE.find(line)?;
    after_place(line, m.end(), false, offset, reference)
}

fn after_place(
    line: &str,
    place_end: usize,
    caps: bool,
    offset: usize,
    reference: Option<NaiveDate>,
) -> Option<Dateline> {
    let place = line[..place_end].trim_end_matches(['-', '\'']).trim_end();
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let rest = &line[place_end..];
    // Region and date: the comma-separated text before an agency or dash.
    let head_len = rest
        .find(['(', '/', '—', '–', ':'])
        .into_iter()
        .chain(rest.find(" -"))
        .min()
        .unwrap_or(0);
    let head = &rest[..head_len];
    let (date_text, parts) = if head.trim().is_empty() {
        (None, None)
    } else {
        let (date, parts) = region_and_date(head)?;
        (date, parts)
    };
    let mut pos = place_end + head_len;
    let mut agency = false;
    if let Some(c) = AGENCY.captures(&line[pos..]) {
        agency = true;
        pos += c.get(0)?.end();
    }
    match DASH.find(&line[pos..]) {
        Some(m) => pos += m.end(),
        // "/TASS/." needs no dash after it; "(Reuters)" may go without one
        // after a place in capitals. After a place in ordinary case the dash
        // is required: "Montenegro Municipality Association (AKK) officials
        // demanded ..." is a sentence, not a dateline.
        None if agency && caps => pos += line[pos..].len() - line[pos..].trim_start().len(),
        None => return None,
    }
    if !caps && !agency {
        return None;
    }
    // "UPDATE: …" and "BREAKING: …" are labels, not places: a colon counts
    // only with a date or an agency to confirm the dateline.
    if line[..pos].trim_end().ends_with(':') && !agency && parts.is_none() {
        return None;
    }
    let body = &line[pos..];
    // The first sentence must follow, in ordinary case (an all-capitals line
    // with a dash is a shouted headline, not a dateline).
    let first = body.chars().next()?;
    if !(first.is_alphanumeric() || first == '"' || first == '\'')
        || !body.chars().any(char::is_lowercase)
    {
        return None;
    }
    Some(Dateline {
        published: parts.and_then(|p| parse::to_published(p, reference)),
        place: Some(if caps {
            title_case(place)
        } else {
            place.to_string()
        }),
        span: offset..offset + pos,
        date_text,
    })
}

/// Splits ", Calif., Oct 22" into an optional region and an optional date;
/// fails unless every piece is one or the other.
fn region_and_date(head: &str) -> Option<(Option<String>, Option<parse::Parts>)> {
    let head = head
        .trim()
        .strip_prefix(',')?
        .trim()
        .trim_end_matches(',')
        .trim();
    if head.is_empty() {
        return Some((None, None));
    }
    if let Some(p) = parse::parse_parts(head) {
        return Some((Some(head.to_string()), Some(p)));
    }
    let (region, date) = match head.split_once(',') {
        Some((r, d)) => (r.trim(), d.trim()),
        None => (head, ""),
    };
    if !REGION.is_match(region) {
        return None;
    }
    if date.is_empty() {
        return Some((None, None));
    }
    let p = parse::parse_parts(date)?;
    Some((Some(date.to_string()), Some(p)))
}

/// "NEW YORK" → "New York", "WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut at_start = true;
    for c in s.chars() {
        if at_start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = matches!(c, ' ' | '-');
    }
    out
}
