//! parse_date and find_dateline never panic, whatever the input.

use dyad_ingest::dateline::{find_dateline, parse_date};
use proptest::prelude::*;

proptest! {
    #[test]
    fn parse_date_never_panics(s in any::<String>()) {
        let _ = parse_date(&s);
    }

    #[test]
    fn find_dateline_never_panics_and_span_is_in_bounds(s in any::<String>()) {
        if let Some(d) = find_dateline(&s) {
            prop_assert!(s.get(d.span.clone()).is_some());
        }
    }

    #[test]
    fn date_like_strings_never_panic(s in "[A-Z ,.:()/+0-9a-z\\-—|#]{0,60}") {
        let _ = parse_date(&s);
        if let Some(d) = find_dateline(&s) {
            prop_assert!(s.get(d.span.clone()).is_some());
        }
    }

    #[test]
    fn valid_dates_round_trip(y in 1900i32..2100, m in 1u32..=12, d in 1u32..=31) {
        let s = format!("{y:04}-{m:02}-{d:02}");
        let want = chrono::NaiveDate::from_ymd_opt(y, m, d);
        prop_assert_eq!(parse_date(&s).map(|p| p.date), want);
        let s = format!("{d}.{m}.{y}");
        prop_assert_eq!(parse_date(&s).map(|p| p.date), want);
    }
}
