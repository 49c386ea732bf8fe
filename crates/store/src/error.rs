//! Errors of the store, each naming the database file.

use std::fmt;
use std::path::{Path, PathBuf};

/// What went wrong with a database.
#[derive(Debug)]
pub enum StoreError {
    /// The file is not a dyad database, or a newer dyad wrote it: it is
    /// left untouched.
    Foreign {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        reason: String,
    },
    /// No database at this path (reading needs one).
    Missing(PathBuf),
    /// SQLite reported an error.
    Sqlite {
        /// The file.
        path: PathBuf,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The file could not be read or written.
    Io {
        /// The file.
        path: PathBuf,
        /// The system's error.
        source: std::io::Error,
    },
    /// `PRAGMA integrity_check` found damage.
    Corrupt {
        /// The file.
        path: PathBuf,
        /// SQLite's report.
        report: String,
    },
    /// A query or an event record could not be used.
    Invalid(String),
}

impl StoreError {
    pub(crate) fn sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite { path: path.to_path_buf(), source }
    }

    pub(crate) fn io(path: &Path, source: std::io::Error) -> StoreError {
        StoreError::Io { path: path.to_path_buf(), source }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Foreign { path, reason } => write!(f, "{}: refused: {reason}", path.display()),
            StoreError::Missing(path) => write!(f, "{}: no dyad database here (create one with `dyad ingest --db {}`)", path.display(), path.display()),
            StoreError::Sqlite { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Corrupt { path, report } => write!(f, "{}: integrity check failed: {report}", path.display()),
            StoreError::Invalid(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sqlite { source, .. } => Some(source),
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
