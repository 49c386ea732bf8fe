//! Progress on stderr for long runs: shown only when stderr is a terminal,
//! so logs and pipes never receive it.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress display over input bytes, counting documents.
pub struct Progress {
    bar: Option<ProgressBar>,
    documents: u64,
}

impl Progress {
    /// A display for `total_bytes` of input (0 when unknown, as for stdin).
    pub fn new(total_bytes: u64) -> Self {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None, documents: 0 };
        }
        let bar = if total_bytes > 0 {
            ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr())
        } else {
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
        };
        let template = if total_bytes > 0 {
            "{msg} documents  {binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  {elapsed} elapsed, {eta} left  {wide_bar}"
        } else {
            "{msg} documents  {binary_bytes}  {binary_bytes_per_sec}  {elapsed} elapsed"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar), documents: 0 }
    }

    /// Records one more document and the input bytes read so far.
    pub fn document(&mut self, bytes_read: u64) {
        self.documents += 1;
        if let Some(bar) = &self.bar {
            bar.set_position(bytes_read);
            bar.set_message(self.documents.to_string());
        }
    }

    /// Removes the display (before the summary line is printed).
    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
