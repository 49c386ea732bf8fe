//! Shared by the stages' unit tests: the built-in dictionaries, loaded once,
//! and a sentence recognised as of one fixed date.

use std::sync::OnceLock;

use chrono::NaiveDate;
use dyad_dict::Dictionaries;
use dyad_recognize::{recognize, Recognized};
use dyad_segment::Span;

/// The built-in dictionaries.
pub(crate) fn dict() -> &'static Dictionaries {
    static D: OnceLock<Dictionaries> = OnceLock::new();
    D.get_or_init(|| Dictionaries::builtin().expect("built-in dictionaries"))
}

/// `text` as one sentence, recognised as of 5 June 2019.
pub(crate) fn recognized(text: &str) -> Recognized<'_> {
    recognize(text, Span { start: 0, end: text.len() }, dict(), NaiveDate::from_ymd_opt(2019, 6, 5).unwrap())
}
