//! Reading one date/time string: the standard forms (RFC 3339, RFC 2822) through
//! chrono, everything else through a small grammar:
//! `[weekday] date [sep] [time [am|pm]] [zone]` or `time [zone] [sep] date`.
//!
//! Choices worth knowing:
//! - Numeric dates with the day and month both at most 12 are read day-first
//!   ("03.04.2019" is 3 April), as most of the world writes them; "10/22/2019"
//!   is still read month-first because 22 cannot be a month.
//! - Zone abbreviations come from a small table; ambiguous ones take their most
//!   common news reading (CST = US Central, IST = India, BST = British Summer).
//!   "ET"/"CT"/"MT"/"PT" follow US daylight-saving rules for the date.
//! - A time of day without any zone gives no `datetime` (the instant is
//!   unknown), only the date.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone, Weekday};
use regex::Regex;

use super::Published;

/// Date and time fields read from a string, before a missing year is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts {
    /// The year, when written.
    pub year: Option<i32>,
    /// Month 1..=12.
    pub month: u32,
    /// Day of month 1..=31 (checked against the month once the year is known).
    pub day: u32,
    /// Time of day, when given.
    pub time: Option<NaiveTime>,
    /// UTC offset, when given (or implied by a zone name).
    pub offset: Option<FixedOffset>,
}

const MONTH: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?,?\s*")
        .expect("weekday regex")
});
static YMD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})").expect("ymd regex"));
static DMY_NUM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4})").expect("dmy regex"));
static D_MONTH_Y: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?{MONTH},?(?:\s*(\d{{4}})\b)?"
    ))
    .expect("d month y regex")
});
static MONTH_D_Y: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^{MONTH}\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}})\b)?"
    ))
    .expect("month d y regex")
});
static SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:\s*(?:,|\bat\b|-|\||@|/)\s*|T|\s+)").expect("sep regex"));
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\d{1,2})(?:[:.h](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?)?(?:\s*([ap])\.?\s?m\b\.?)?")
        .expect("time regex")
});
static NUM_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\(?\s*(?:(?:utc|gmt|ut)\s*)?([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?$")
        .expect("zone regex")
});
static NAME_ZONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(?\s*([A-Za-z]{1,5})\s*\)?$").expect("name zone regex"));

/// Parses `s` into its fields; `None` unless the whole string is a date.
pub(crate) fn parse_parts(s: &str) -> Option<Parts> {
    let s = s.trim().trim_end_matches([',', ';', '.', '|']).trim();
    // Dates are short; a long string is prose, and bounding it keeps this cheap.
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(from_datetime(dt));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(from_datetime(dt));
    }
    let s = s.replace('\u{2212}', "-");
    let rest = strip_weekday(&s);
    date_first(rest).or_else(|| time_first(rest))
}

fn strip_weekday(s: &str) -> &str {
    match WEEKDAY.find(s) {
        // Only a weekday followed by more text: "Sat" alone is not a date.
        Some(m) if m.end() < s.len() => &s[m.end()..],
        _ => s,
    }
}

fn from_datetime(dt: DateTime<FixedOffset>) -> Parts {
    Parts {
        year: Some(dt.year()),
        month: dt.month(),
        day: dt.day(),
        time: Some(dt.time()),
        offset: Some(*dt.offset()),
    }
}

/// `date [sep time [zone]]`.
fn date_first(s: &str) -> Option<Parts> {
    let (mut parts, rest) = date_part(s)?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(parts);
    }
    let after_sep = SEP.find(rest).map_or(rest, |m| &rest[m.end()..]);
    let (time, rest) = time_part(after_sep)?;
    parts.time = Some(time);
    zone_tail(parts, rest)
}

/// `time [zone] sep date`, as in "13:43, 22 October 2019".
fn time_first(s: &str) -> Option<Parts> {
    let (time, rest) = time_part(s)?;
    if let Some(m) = SEP.find(rest) {
        if let Some((mut parts, tail)) = date_part(&rest[m.end()..]) {
            parts.time = Some(time);
            return zone_tail(parts, tail);
        }
    }
    // A zone between the time and the date: "13:43 GMT, 22 October 2019".
    let (zone, date) = rest.split_once([',', '|'])?;
    let (mut parts, tail) = date_part(date.trim_start())?;
    if !tail.trim().is_empty() {
        return None;
    }
    parts.time = Some(time);
    zone_tail(parts, zone)
}

/// Reads an optional zone at the end; unknown trailing text rejects the string.
fn zone_tail(mut parts: Parts, rest: &str) -> Option<Parts> {
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(parts);
    }
    parts.offset = Some(parse_zone(rest, &parts)?);
    Some(parts)
}

fn date_part(s: &str) -> Option<(Parts, &str)> {
    if let Some(c) = YMD.captures(s) {
        if c[2] != c[4] {
            return None;
        }
        let parts = numeric(num(&c[1])?, num(&c[3])?, num(&c[5])?)?;
        return Some((parts, &s[c.get(0)?.end()..]));
    }
    if let Some(c) = DMY_NUM.captures(s) {
        if c[2] != c[4] {
            return None;
        }
        let (a, b, y) = (num(&c[1])?, num(&c[3])?, num(&c[5])?);
        // Day-first unless that is impossible and month-first is not.
        let (day, month) = if b <= 12 { (a, b) } else { (b, a) };
        let parts = numeric(y, month, day)?;
        return Some((parts, &s[c.get(0)?.end()..]));
    }
    if let Some(c) = D_MONTH_Y.captures(s) {
        let day = num(&c[1])?;
        let month = month_number(&c[2])?;
        let year = c.get(3).and_then(|m| num(m.as_str()));
        let parts = named(year, month, day)?;
        return Some((parts, &s[c.get(0)?.end()..]));
    }
    if let Some(c) = MONTH_D_Y.captures(s) {
        let month = month_number(&c[1])?;
        let day = num(&c[2])?;
        let year = c.get(3).and_then(|m| num(m.as_str()));
        let parts = named(year, month, day)?;
        return Some((parts, &s[c.get(0)?.end()..]));
    }
    None
}

fn num(s: &str) -> Option<u32> {
    s.parse().ok()
}

fn numeric(year: u32, month: u32, day: u32) -> Option<Parts> {
    named(Some(year), month, day)
}

fn named(year: Option<u32>, month: u32, day: u32) -> Option<Parts> {
    let year = year.map(|y| y as i32);
    let valid = match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day).is_some(),
        // Without a year, 29 February must stay possible.
        None => NaiveDate::from_ymd_opt(2000, month, day).is_some(),
    };
    valid.then_some(Parts {
        year,
        month,
        day,
        time: None,
        offset: None,
    })
}

fn month_number(name: &str) -> Option<u32> {
    let key: String = name.chars().take(3).flat_map(char::to_lowercase).collect();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

fn time_part(s: &str) -> Option<(NaiveTime, &str)> {
    let c = TIME.captures(s)?;
    let mut hour = num(&c[1])?;
    let minute = c.get(2).map_or(Some(0), |m| num(m.as_str()))?;
    let second = c.get(3).map_or(Some(0), |m| num(m.as_str()))?;
    match c.get(4).map(|m| m.as_str().to_ascii_lowercase()) {
        Some(ap) => {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (ap.as_str(), hour) {
                ("a", 12) => 0,
                ("a", h) => h,
                (_, 12) => 12,
                (_, h) => h + 12,
            };
        }
        // A bare number is not a time; "13:43" is.
        None if c.get(2).is_none() => return None,
        None => {}
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    Some((time, &s[c.get(0)?.end()..]))
}

fn parse_zone(s: &str, parts: &Parts) -> Option<FixedOffset> {
    if let Some(c) = NUM_ZONE.captures(s) {
        let hours: i32 = c[2].parse().ok()?;
        let minutes: i32 = c.get(3).map_or(Some(0), |m| m.as_str().parse().ok())?;
        if hours > 14 || minutes > 59 {
            return None;
        }
        let secs = (hours * 60 + minutes) * 60;
        return FixedOffset::east_opt(if &c[1] == "-" { -secs } else { secs });
    }
    let name = NAME_ZONE.captures(s)?[1].to_ascii_uppercase();
    let minutes = match name.as_str() {
        "Z" | "UTC" | "GMT" | "UT" | "WET" => 0,
        "BST" | "CET" | "WEST" | "WAT" => 60,
        "CEST" | "EET" | "SAST" | "CAT" => 120,
        "EEST" | "MSK" | "EAT" | "AST" => 180,
        "IRST" => 210,
        "GST" | "AZT" => 240,
        "PKT" => 300,
        "IST" => 330,
        "ICT" | "WIB" => 420,
        "HKT" | "SGT" | "AWST" | "PHT" => 480,
        "JST" | "KST" => 540,
        "AEST" => 600,
        "AEDT" => 660,
        "NZST" => 720,
        "NZDT" => 780,
        "ART" | "BRT" => -180,
        "EDT" => -240,
        "EST" | "CDT" => -300,
        "CST" | "MDT" => -360,
        "MST" | "PDT" => -420,
        "PST" | "AKDT" => -480,
        "AKST" => -540,
        "HST" => -600,
        "ET" | "CT" | "MT" | "PT" => {
            let standard = match name.as_str() {
                "ET" => -300,
                "CT" => -360,
                "MT" => -420,
                _ => -480,
            };
            let year = parts.year.unwrap_or(2000);
            let date = NaiveDate::from_ymd_opt(year, parts.month, parts.day)?;
            standard + if us_dst(date) { 60 } else { 0 }
        }
        _ => return None,
    };
    FixedOffset::east_opt(minutes * 60)
}

/// US daylight saving time (rules since 2007): second Sunday of March to the
/// first Sunday of November. Judged by date only, which is right all day
/// except for the two changeover hours.
fn us_dst(date: NaiveDate) -> bool {
    let start = NaiveDate::from_weekday_of_month_opt(date.year(), 3, Weekday::Sun, 2);
    let end = NaiveDate::from_weekday_of_month_opt(date.year(), 11, Weekday::Sun, 1);
    match (start, end) {
        (Some(s), Some(e)) => date >= s && date < e,
        _ => false,
    }
}

/// Turns fields into a [`Published`], taking a missing year from `reference`.
pub(crate) fn to_published(parts: Parts, reference: Option<NaiveDate>) -> Option<Published> {
    let date = match parts.year {
        Some(y) => NaiveDate::from_ymd_opt(y, parts.month, parts.day)?,
        None => nearest_date(parts.month, parts.day, reference?)?,
    };
    let datetime = match (parts.time, parts.offset) {
        (Some(t), Some(off)) => off.from_local_datetime(&date.and_time(t)).single(),
        _ => None,
    };
    Some(Published { date, datetime })
}

/// The date with this month and day closest to `reference` (a dateline's
/// "Dec 31" in a story dated 2 January belongs to the year before).
fn nearest_date(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .min_by_key(|d| (*d - reference).num_days().abs())
}
