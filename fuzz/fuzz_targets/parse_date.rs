//! Any string as a date: None is fine, panics are bugs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = dyad_ingest::dateline::parse_date(s);
    let _ = dyad_ingest::dateline::find_dateline(s);
});
