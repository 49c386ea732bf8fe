//! find_dateline on the heads of real-looking articles.

use chrono::{DateTime, NaiveDate};
use dyad_ingest::dateline::{find_dateline, find_dateline_with_reference};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn date_line_with_markup_residue() {
    let text = "Ministers meet in Beijing\n\nMinisters meet in Beijing\n# 22 October 2019 13:43 (UTC +04:00)\n\nOn October 22, the minister met his counterpart.";
    let d = find_dateline(text).expect("dateline");
    let p = d.published.expect("published");
    assert_eq!(
        p.datetime,
        Some(DateTime::parse_from_rfc3339("2019-10-22T13:43:00+04:00").unwrap())
    );
    assert_eq!(
        &text[d.span.clone()],
        "# 22 October 2019 13:43 (UTC +04:00)"
    );
    assert_eq!(d.place, None);
}

#[test]
fn labelled_date_lines() {
    for (line, date) in [
        ("Published: Oct. 22, 2019", ymd(2019, 10, 22)),
        ("Updated 22.10.2019 13:43", ymd(2019, 10, 22)),
        ("Last updated on October 22, 2019", ymd(2019, 10, 22)),
        (
            "Published: 22 Oct 2019 | Updated: 23 Oct 2019",
            ymd(2019, 10, 22),
        ),
        ("* Tuesday, October 22, 2019 1:43 PM EDT", ymd(2019, 10, 22)),
    ] {
        let text = format!("Headline here\n\n{line}\n\nBody text follows here with a sentence.");
        let d = find_dateline(&text).unwrap_or_else(|| panic!("no dateline in {line:?}"));
        assert_eq!(d.published.map(|p| p.date), Some(date), "{line:?}");
        assert_eq!(&text[d.span.clone()], line);
    }
}

#[test]
fn wire_datelines() {
    let cases: &[(&str, &str, Option<NaiveDate>, &str)] = &[
        (
            "BEIJING, Oct 22 (Reuters) - China said on Tuesday.",
            "Beijing",
            None,
            "China said",
        ),
        (
            "WASHINGTON (AP) — The Senate voted.",
            "Washington",
            None,
            "The Senate",
        ),
        (
            "MOSCOW, October 22 /TASS/. Russian officials said.",
            "Moscow",
            None,
            "Russian",
        ),
        (
            "LONDON — Britain's parliament met.",
            "London",
            None,
            "Britain's",
        ),
        (
            "NEW YORK, Oct. 22, 2019 (Reuters) - Stocks fell.",
            "New York",
            Some(ymd(2019, 10, 22)),
            "Stocks",
        ),
        (
            "KANSAS CITY, Mo. (AP) — A man was arrested.",
            "Kansas City",
            None,
            "A man",
        ),
        (
            "NEW DELHI, Oct 22, 2019: India and Pakistan traded fire.",
            "New Delhi",
            Some(ymd(2019, 10, 22)),
            "India",
        ),
        ("ST. LOUIS (AP) - Police said.", "St. Louis", None, "Police"),
        ("Beijing (Reuters) - China said.", "Beijing", None, "China"),
    ];
    for (text, place, date, rest) in cases {
        let d = find_dateline(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
        assert_eq!(d.place.as_deref(), Some(*place), "{text:?}");
        assert_eq!(d.published.map(|p| p.date), *date, "{text:?}");
        assert_eq!(d.span.start, 0);
        assert!(
            text[d.span.end..].starts_with(rest),
            "{text:?}: rest {:?}",
            &text[d.span.end..]
        );
    }
}

#[test]
fn dateline_without_year_needs_a_reference() {
    let text =
        "China and Azerbaijan meet\n\nBEIJING, Oct 22 (Reuters) - The defence ministers met.";
    let d = find_dateline(text).expect("dateline");
    assert_eq!(d.published, None);
    assert_eq!(d.date_text.as_deref(), Some("Oct 22"));
    assert_eq!(&text[d.span.clone()], "BEIJING, Oct 22 (Reuters) - ");
    let resolved = d.with_reference(ymd(2019, 10, 23));
    assert_eq!(resolved.published.map(|p| p.date), Some(ymd(2019, 10, 22)));
    let d = find_dateline_with_reference(text, Some(ymd(2019, 10, 23))).expect("dateline");
    assert_eq!(d.published.map(|p| p.date), Some(ymd(2019, 10, 22)));
}

#[test]
fn prose_is_not_a_dateline() {
    for text in [
        "The minister said on 22 October 2019 that talks would go on.",
        "Officials - including the minister - met on Tuesday.",
        "US - China trade talks resumed on Tuesday.",
        "BREAKING NEWS — MINISTERS MEET",
        "A US-led coalition (formed in 2014) - fought the group.",
        "WASHINGTON, D.C. is the capital.",
        "UPDATE: The minister resigned.",
        "Headline\n\nFirst paragraph with a sentence.\n\nSecond.\n\nThird.\n\nFourth.\n\nFifth.\n\n22 October 2019",
        "",
        "\n\n\n",
    ] {
        assert_eq!(find_dateline(text), None, "{text:?}");
    }
}

#[test]
fn body_paragraph_ends_the_search() {
    let long = "word ".repeat(30);
    let text = format!("Headline\n\n{long}.\n\nLONDON — Later paragraph.");
    assert_eq!(find_dateline(&text), None);
}

#[test]
fn span_counts_bytes_after_multibyte_text() {
    let text = "Министры встретились\n\n  22.10.2019  \n\nТекст.";
    let d = find_dateline(text).expect("dateline");
    assert_eq!(&text[d.span.clone()], "22.10.2019");
}
