//! Merging the reports of one event into a story.
//!
//! Two reports tell the same event when they have the same PLOVER category
//! and modes, the same actors and the same recipients (country code and
//! sector of each party), the same standing (none, or the contexts
//! `negation`, `future`, `hypothetical`, `historical` that some options
//! keep), dates no more than [`MergeRule::days`] apart
//! over the whole story, and compatible places: not two different
//! countries, and not two resolved points more than [`MergeRule::km`]
//! apart. A report joins the earliest such story; if none, it starts one.
//! The rule is deliberately strict: a missed merge leaves two stories that
//! a query can still group, a wrong merge hides an event.

use chrono::NaiveDate;
use dyad_core::great_circle_km;
use rusqlite::{params, Connection};

/// When two reports are the same event.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MergeRule {
    /// The most days between the earliest and latest report dates of one
    /// story: 0 merges the same day only, 1 (the default) the same or
    /// adjacent days.
    pub days: u32,
    /// The greatest distance in kilometres between two resolved event
    /// places of one story (default 100).
    pub km: f64,
}

impl Default for MergeRule {
    fn default() -> Self {
        MergeRule { days: 1, km: 100.0 }
    }
}

/// The parties of a PLOVER `actor` or `recipient` list as one key:
/// `CODE/SECTOR` per party (either part may be empty), sorted, joined by
/// `+`: `RUS/MIL`, `/COP`, `IRN/GOV+TUR/GOV`; empty for no party.
pub(crate) fn party_key(parties: &[crate::write::PartyFields<'_>]) -> String {
    let mut keys: Vec<String> = parties.iter().map(|p| format!("{}/{}", p.code.as_deref().unwrap_or(""), p.sector.as_deref().unwrap_or(""))).collect();
    keys.sort();
    keys.dedup();
    keys.join("+")
}

/// What a report brings to the merge.
pub(crate) struct Report<'a> {
    pub merge_key: &'a str,
    pub category: &'a str,
    pub mode: &'a str,
    pub actor: &'a str,
    pub recipient: &'a str,
    pub cameo_code: &'a str,
    pub goldstein: f64,
    pub quad_code: i64,
    pub date: NaiveDate,
    pub country: Option<&'a str>,
    pub point: Option<(f64, f64)>,
    /// When the document reported it: its publication time, else its date.
    pub reported: &'a str,
}

/// The story a report belongs to: an existing one's key, or a new story's
/// key and `true` (made with this report's values and counts of one, so
/// that only a merge needs [`refresh_story`]).
pub(crate) fn story_for(conn: &Connection, rule: &MergeRule, r: &Report) -> rusqlite::Result<(i64, bool)> {
    let days = i64::from(rule.days);
    let lo = (r.date - chrono::Duration::days(days)).to_string();
    let hi = (r.date + chrono::Duration::days(days)).to_string();
    let date = r.date.to_string();
    // Stories whose whole span stays within `days` once this date joins.
    let mut find = conn.prepare_cached(
        "SELECT story_key, country, lat, lon FROM stories
         WHERE merge_key = ?1 AND first_date >= ?2 AND first_date <= ?3
           AND julianday(max(last_date, ?4)) - julianday(min(first_date, ?4)) <= ?5
         ORDER BY first_date, story_key",
    )?;
    let mut rows = find.query(params![r.merge_key, lo, hi, date, days])?;
    while let Some(row) = rows.next()? {
        let key: i64 = row.get(0)?;
        let country: Option<String> = row.get(1)?;
        let point = match (row.get::<_, Option<f64>>(2)?, row.get::<_, Option<f64>>(3)?) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        };
        if compatible(rule, country.as_deref(), point, r.country, r.point) {
            return Ok((key, false));
        }
    }
    conn.prepare_cached(
        "INSERT INTO stories (merge_key, category, mode, actor, recipient, cameo_code, goldstein, quad_code,
                              first_date, last_date, country, lat, lon, first_reported, last_reported,
                              num_reports, num_documents, num_sources)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?13, 1, 1, 1)",
    )?
    .execute(params![
        r.merge_key,
        r.category,
        r.mode,
        r.actor,
        r.recipient,
        r.cameo_code,
        r.goldstein,
        r.quad_code,
        date,
        r.country,
        r.point.map(|p| p.0),
        r.point.map(|p| p.1),
        r.reported
    ])?;
    Ok((conn.last_insert_rowid(), true))
}

/// Brings a story's dates, place and counts up to date after a report
/// joined it (the report's row is already in `events`).
pub(crate) fn refresh_story(conn: &Connection, story: i64, r: &Report) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE stories SET
            first_date = min(first_date, ?2), last_date = max(last_date, ?2),
            first_reported = min(first_reported, ?3), last_reported = max(last_reported, ?3),
            country = coalesce(country, ?4),
            lat = CASE WHEN lat IS NULL THEN ?5 ELSE lat END,
            lon = CASE WHEN lat IS NULL THEN ?6 ELSE lon END,
            num_reports = num_reports + 1,
            num_documents = (SELECT count(DISTINCT doc_key) FROM events WHERE story_key = ?1),
            num_sources = (SELECT count(DISTINCT coalesce(d.source, d.url, d.id)) FROM events e JOIN documents d USING (doc_key) WHERE e.story_key = ?1)
         WHERE story_key = ?1",
    )?
    .execute(params![story, r.date.to_string(), r.reported, r.country, r.point.map(|p| p.0), r.point.map(|p| p.1)])?;
    Ok(())
}

/// Whether two places can be the place of one event.
fn compatible(rule: &MergeRule, c1: Option<&str>, p1: Option<(f64, f64)>, c2: Option<&str>, p2: Option<(f64, f64)>) -> bool {
    if let (Some(a), Some(b)) = (c1, c2) {
        if !a.is_empty() && !b.is_empty() && a != b {
            return false;
        }
    }
    match (p1, p2) {
        (Some(a), Some(b)) => great_circle_km(a.0, a.1, b.0, b.1) <= rule.km,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_keys_are_sorted_and_keep_empty_parts() {
        #[derive(serde::Deserialize)]
        struct Parties<'a> {
            #[serde(borrow, default)]
            actor: Vec<crate::write::PartyFields<'a>>,
        }
        let key = |json: &str| {
            let p: Parties = serde_json::from_str(json).unwrap();
            party_key(&p.actor)
        };
        assert_eq!(key(r#"{"actor": [{"code": "TUR", "sector": "GOV"}, {"code": "IRN", "sector": "GOV"}, {"sector": "COP"}]}"#), "/COP+IRN/GOV+TUR/GOV");
        assert_eq!(key(r#"{"actor": []}"#), "");
        assert_eq!(key("{}"), "");
    }

    #[test]
    fn places_in_two_countries_or_far_apart_are_different_events() {
        let rule = MergeRule::default();
        assert!(compatible(&rule, Some("SYR"), None, Some("SYR"), None));
        assert!(compatible(&rule, None, None, Some("SYR"), None));
        assert!(!compatible(&rule, Some("SYR"), None, Some("IRQ"), None));
        let damascus = (33.51, 36.29);
        let aleppo = (36.20, 37.16);
        let d = great_circle_km(damascus.0, damascus.1, aleppo.0, aleppo.1);
        assert!(d > 300.0 && d < 320.0);
        assert!(!compatible(&rule, Some("SYR"), Some(damascus), Some("SYR"), Some(aleppo)));
        assert!(compatible(&rule, Some("SYR"), Some(damascus), Some("SYR"), Some((33.52, 36.30))));
    }
}
