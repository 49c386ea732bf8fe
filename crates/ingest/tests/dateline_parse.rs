//! parse_date on the forms found in metadata and page text.

use chrono::{DateTime, NaiveDate};
use dyad_ingest::dateline::{parse_date, parse_date_with_reference};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Asserts the date and the instant (`None` when no zone/time was given).
fn check(input: &str, date: NaiveDate, instant: Option<&str>) {
    let p = parse_date(input).unwrap_or_else(|| panic!("no date parsed from {input:?}"));
    assert_eq!(p.date, date, "date of {input:?}");
    let want = instant.map(|s| DateTime::parse_from_rfc3339(s).unwrap());
    assert_eq!(p.datetime, want, "datetime of {input:?}");
    if let (Some(got), Some(want)) = (p.datetime, want) {
        assert_eq!(got.offset(), want.offset(), "offset of {input:?}");
    }
}

#[test]
fn iso_and_rfc3339() {
    let d = ymd(2019, 10, 22);
    check(
        "2019-10-22T13:43:00+04:00",
        d,
        Some("2019-10-22T13:43:00+04:00"),
    );
    check("2019-10-22T09:43:00Z", d, Some("2019-10-22T09:43:00Z"));
    check(
        "2019-10-22T09:43:00.250Z",
        d,
        Some("2019-10-22T09:43:00.250Z"),
    );
    check(
        "2019-10-22T13:43:00+0400",
        d,
        Some("2019-10-22T13:43:00+04:00"),
    );
    check("2019-10-22 13:43", d, None);
    check("2019-10-22T13:43:00", d, None);
    check("2019-10-22", d, None);
    check("  2019-10-22  ", d, None);
    check("2019/10/22", d, None);
}

#[test]
fn rfc2822() {
    let d = ymd(2019, 10, 22);
    check(
        "Tue, 22 Oct 2019 13:43:00 +0400",
        d,
        Some("2019-10-22T13:43:00+04:00"),
    );
    check(
        "Tue, 22 Oct 2019 09:43:00 GMT",
        d,
        Some("2019-10-22T09:43:00Z"),
    );
    check(
        "22 Oct 2019 09:43:00 -0500",
        d,
        Some("2019-10-22T09:43:00-05:00"),
    );
}

#[test]
fn written_dates() {
    let d = ymd(2019, 10, 22);
    check(
        "22 October 2019 13:43 (UTC +04:00)",
        d,
        Some("2019-10-22T13:43:00+04:00"),
    );
    check("Oct. 22, 2019", d, None);
    check("October 22, 2019", d, None);
    check("Oct 22, 2019", d, None);
    check("Oct 22 2019", d, None);
    check("22 Oct 2019", d, None);
    check("22nd October 2019", d, None);
    check("22 October, 2019", d, None);
    check("Tuesday, 22 October 2019", d, None);
    check(
        "Tuesday, October 22, 2019 1:43 PM EDT",
        d,
        Some("2019-10-22T13:43:00-04:00"),
    );
    check(
        "October 22, 2019 at 9:05 a.m. PST",
        d,
        Some("2019-10-22T09:05:00-08:00"),
    );
    check("Oct 22, 2019 12:10 am GMT", d, Some("2019-10-22T00:10:00Z"));
    check(
        "22 Oct 2019 13:43 MSK",
        d,
        Some("2019-10-22T13:43:00+03:00"),
    );
    check(
        "22 Oct 2019 13:43 CEST",
        d,
        Some("2019-10-22T13:43:00+02:00"),
    );
    check(
        "22 Oct 2019 13:43 IST",
        d,
        Some("2019-10-22T13:43:00+05:30"),
    );
    check(
        "22 Oct 2019, 13:43 BST",
        d,
        Some("2019-10-22T13:43:00+01:00"),
    );
    check("22 October 2019 13:43", d, None);
    check("13:43, 22 October 2019", d, None);
    check(
        "13:43 GMT, 22 October 2019",
        d,
        Some("2019-10-22T13:43:00Z"),
    );
}

#[test]
fn us_zone_without_daylight_letter_follows_the_date() {
    check(
        "Oct 22, 2019 1:43 PM ET",
        ymd(2019, 10, 22),
        Some("2019-10-22T13:43:00-04:00"),
    );
    check(
        "Dec 2, 2019 1:43 PM ET",
        ymd(2019, 12, 2),
        Some("2019-12-02T13:43:00-05:00"),
    );
}

#[test]
fn numeric_day_first() {
    check("22.10.2019", ymd(2019, 10, 22), None);
    check("03.04.2019", ymd(2019, 4, 3), None);
    check("22/10/2019", ymd(2019, 10, 22), None);
    // 22 cannot be a month, so this one is month-first.
    check("10/22/2019", ymd(2019, 10, 22), None);
    check("22.10.2019 13:43", ymd(2019, 10, 22), None);
}

#[test]
fn impossible_or_non_dates_are_rejected() {
    for s in [
        "",
        "   ",
        "31 February 2019",
        "2019-02-29",
        "2019-13-01",
        "30.02.2019",
        "Oct 32, 2019",
        "22 October 2019 25:10",
        "22 October 2019 13:61",
        "Oct 22",
        "2019",
        "May 2019",
        "Saturday",
        "The minister said on 22 October 2019 that talks would go on.",
        "22 October 2019 13:43 (UTC +99:00)",
        "22 October 2019 13:43 XYZQ",
        "2019-10.22",
        "13 PM 22 Oct 2019",
    ] {
        assert_eq!(parse_date(s), None, "{s:?} should not parse");
    }
    // A leap day is fine in a leap year.
    check("29 February 2020", ymd(2020, 2, 29), None);
}

#[test]
fn missing_year_comes_from_the_reference() {
    let p = parse_date_with_reference("Oct 22", ymd(2019, 10, 23)).unwrap();
    assert_eq!(p.date, ymd(2019, 10, 22));
    // A story dated early January with a late-December dateline.
    let p = parse_date_with_reference("Dec 31", ymd(2020, 1, 2)).unwrap();
    assert_eq!(p.date, ymd(2019, 12, 31));
    let p = parse_date_with_reference("22 October 13:43 GMT", ymd(2019, 10, 22)).unwrap();
    assert_eq!(
        p.datetime,
        Some(DateTime::parse_from_rfc3339("2019-10-22T13:43:00Z").unwrap())
    );
    // A written year wins over the reference.
    let p = parse_date_with_reference("Oct 22, 2017", ymd(2019, 10, 23)).unwrap();
    assert_eq!(p.date, ymd(2017, 10, 22));
    assert_eq!(parse_date_with_reference("Feb 30", ymd(2019, 10, 23)), None);
}
