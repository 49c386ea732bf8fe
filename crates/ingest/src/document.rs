//! The document model and the step that turns extracted text plus metadata
//! into a [`Document`].

use chrono::{DateTime, FixedOffset, NaiveDate};
pub use dyad_core::{Document, Origin};

use crate::clean::{clean_text, CleanOptions};
use crate::dateline::Published;

/// Metadata known before cleaning, from the input format.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meta {
    pub id: String,
    pub title: Option<String>,
    /// From explicit metadata (JSON field, meta tag, feed field).
    pub published: Option<Published>,
    /// A weaker time (a WARC capture date), used only when neither metadata
    /// nor a dateline gives one.
    pub fallback_published: Option<Published>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub origin: Origin,
}

/// Cleans `raw` and merges what cleaning found with the metadata. Errors
/// (no text left) come back as a message for the caller to locate.
pub(crate) fn finish(raw: &str, meta: Meta, detect_headline: bool) -> Result<Document, String> {
    let started = std::time::Instant::now();
    let result = finish_untimed(raw, meta, detect_headline);
    crate::timing::add_clean_time(started.elapsed());
    result
}

fn finish_untimed(raw: &str, meta: Meta, detect_headline: bool) -> Result<Document, String> {
    let cleaned = clean_text(
        raw,
        CleanOptions {
            title: meta.title.as_deref(),
            detect_headline,
        },
    );
    if cleaned.text.trim().is_empty() {
        return Err("no text left after cleaning".to_string());
    }
    let (dl_published, place) = match cleaned.dateline {
        Some(d) => (d.published, d.place),
        None => (None, None),
    };
    let published = merge_published(meta.published, dl_published).or(meta.fallback_published);
    // A declared language wins; the others are decided by the reader (see
    // `lang::document_language`), which knows the user's default.
    let language = meta.language.as_deref().and_then(normalise_language);
    Ok(Document {
        id: meta.id,
        title: meta
            .title
            .or(cleaned.title)
            .filter(|t| !t.trim().is_empty()),
        text: cleaned.text,
        date: published.as_ref().map(|p| p.date),
        datetime: published.and_then(|p| p.datetime),
        place,
        url: meta.url,
        source: meta.source,
        language,
        origin: meta.origin,
        given_parse: None,
    })
}

/// Explicit metadata wins over the dateline, except that a dateline giving
/// the time of day on the same date as a date-only metadata field refines it.
pub(crate) fn merge_published(
    explicit: Option<Published>,
    dateline: Option<Published>,
) -> Option<Published> {
    match (explicit, dateline) {
        (Some(e), Some(d)) if e.datetime.is_none() && d.datetime.is_some() && d.date == e.date => {
            Some(d)
        }
        (Some(e), _) => Some(e),
        (None, d) => d,
    }
}

/// "en-GB", "EN", "en_US" → "en"; None for something that is not a code.
pub(crate) fn normalise_language(s: &str) -> Option<String> {
    let primary = s.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let ok = (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    if !ok {
        return None;
    }
    if primary.len() == 3 {
        return crate::lang::iso639_1(&primary).map(str::to_string);
    }
    Some(primary)
}

/// Builds a [`Published`] from a full timestamp.
pub(crate) fn published_at(dt: DateTime<FixedOffset>) -> Published {
    Published {
        date: dt.date_naive(),
        datetime: Some(dt),
    }
}

/// Parses a metadata date string: the shared date parser first, then strict
/// RFC 3339 / ISO dates so that standard metadata never depends on it.
pub(crate) fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Some(p) = crate::dateline::parse_date(s) {
        return Some(p);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(published_at(dt));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(published_at(dt));
    }
    // "2019-10-22T13:43:00+0000" and similar near-RFC 3339 forms.
    for f in [
        "%Y-%m-%dT%H:%M:%S%z",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, f) {
            return Some(published_at(dt));
        }
    }
    let head = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%Y%m%d"))
        .ok()
        .map(|date| Published {
            date,
            datetime: None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(date: &str, datetime: Option<&str>) -> Published {
        Published {
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            datetime: datetime.map(|d| DateTime::parse_from_rfc3339(d).unwrap()),
        }
    }

    #[test]
    fn metadata_wins_but_a_same_day_dateline_time_refines_it() {
        let meta_day = p("2019-10-22", None);
        let line_time = p("2019-10-22", Some("2019-10-22T13:43:00+04:00"));
        let other_day = p("2019-10-21", Some("2019-10-21T08:00:00Z"));
        let meta_time = p("2019-10-22", Some("2019-10-22T09:00:00Z"));
        assert_eq!(
            merge_published(Some(meta_day.clone()), Some(line_time.clone())),
            Some(line_time.clone())
        );
        assert_eq!(
            merge_published(Some(meta_day.clone()), Some(other_day.clone())),
            Some(meta_day.clone())
        );
        assert_eq!(
            merge_published(Some(meta_time.clone()), Some(line_time.clone())),
            Some(meta_time)
        );
        assert_eq!(
            merge_published(None, Some(other_day.clone())),
            Some(other_day)
        );
        assert_eq!(
            merge_published(Some(meta_day.clone()), None),
            Some(meta_day)
        );
    }

    #[test]
    fn metadata_dates() {
        assert_eq!(
            parse_published("2024-03-05T09:30:00+01:00"),
            Some(p("2024-03-05", Some("2024-03-05T09:30:00+01:00")))
        );
        assert_eq!(
            parse_published("20240615").map(|x| x.date),
            Some(p("2024-06-15", None).date)
        );
        assert_eq!(parse_published(""), None);
        assert_eq!(parse_published("soon"), None);
    }

    #[test]
    fn language_codes() {
        assert_eq!(normalise_language("en-GB").as_deref(), Some("en"));
        assert_eq!(normalise_language("FR").as_deref(), Some("fr"));
        assert_eq!(normalise_language("deu").as_deref(), Some("de"));
        assert_eq!(normalise_language("english"), None);
    }
}
