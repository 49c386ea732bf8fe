//! The one error type of this crate: every variant names the file it came from.

use std::path::PathBuf;

/// Why gold or prediction input could not be loaded.
///
/// Gold standards and predictions are the user's own files, so problems in them
/// are reported (with file and line) rather than silently skipped.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// The file could not be read at all.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A line (or record starting on that line) is malformed.
    #[error("{file}:{line}: {message}")]
    Parse {
        /// File name (or the name given to in-memory input).
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The content is not any gold format this crate knows.
    #[error("{file}: {message}")]
    Format {
        /// File name (or the name given to in-memory input).
        file: String,
        /// What is wrong.
        message: String,
    },
}

impl EvalError {
    pub(crate) fn parse(file: &str, line: usize, message: impl Into<String>) -> Self {
        EvalError::Parse {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

/// Reads a whole file, mapping the failure to [`EvalError::Io`].
pub(crate) fn read_file(path: &std::path::Path) -> Result<Vec<u8>, EvalError> {
    std::fs::read(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// 1-based line number of a byte offset.
pub(crate) fn line_of(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    1 + bytes[..end].iter().filter(|&&b| b == b'\n').count()
}
