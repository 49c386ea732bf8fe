//! Any bytes read as an RSS and as an Atom feed: errors are fine, panics are bugs.
#![no_main]

use dyad_ingest::{read_bytes, IngestOptions, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [InputFormat::Rss, InputFormat::Atom] {
        let opts = IngestOptions { format, max_document_bytes: 1 << 20 };
        let _ = read_bytes("fuzz", data, &opts);
    }
});
