//! Any string through the cleaner, with and without a title: never panics,
//! and the output is never longer than the input needs.
#![no_main]

use dyad_ingest::clean::{clean_text, CleanOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|s: &str| {
    let _ = clean_text(s, CleanOptions { title: None, detect_headline: true });
    let title = s.lines().next();
    let _ = clean_text(s, CleanOptions { title, detect_headline: false });
});
