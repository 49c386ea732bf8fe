//! Time spent in the cleaning step, for benchmarks that report reading and
//! cleaning as separate stages although one call does both.

use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static CLEAN_TIME: Cell<Duration> = const { Cell::new(Duration::ZERO) };
}

pub(crate) fn add_clean_time(d: Duration) {
    CLEAN_TIME.with(|c| c.set(c.get() + d));
}

/// Returns the time this thread has spent cleaning documents (text
/// cleaning, dateline, metadata merge, language detection) since the last
/// call, and starts counting again from zero. The rest of a read is format
/// parsing and decompression.
pub fn take_clean_time() -> Duration {
    CLEAN_TIME.with(|c| c.replace(Duration::ZERO))
}
