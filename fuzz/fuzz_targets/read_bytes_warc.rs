//! Any bytes read as Warc input: errors are fine, panics are bugs.
#![no_main]

use dyad_ingest::{read_bytes, IngestOptions, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = IngestOptions { format: InputFormat::Warc, max_document_bytes: 1 << 20 };
    let _ = read_bytes("fuzz", data, &opts);
});
