//! Errors that name where in which input something went wrong.

use std::fmt;

/// Where in an input an error (or a document) was found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// The input as a whole.
    File,
    /// A 1-based line number (JSON Lines).
    Line(u64),
    /// A 0-based byte offset (in the decompressed stream, except for
    /// decompression errors, which give the offset in the compressed file).
    Byte(u64),
    /// A 1-based item number (feed items and entries).
    Item(u64),
}

/// A problem with one input or one document; reading goes on with the next.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct IngestError {
    /// The input path, or "-" for standard input.
    pub path: String,
    /// Where in the input.
    pub location: Location,
    /// What went wrong.
    pub message: String,
}

impl IngestError {
    /// An error about a whole input.
    pub fn file(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            location: Location::File,
            message: message.into(),
        }
    }

    /// An error at a line.
    pub fn line(path: &str, line: u64, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            location: Location::Line(line),
            message: message.into(),
        }
    }

    /// An error at a byte offset.
    pub fn byte(path: &str, offset: u64, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            location: Location::Byte(offset),
            message: message.into(),
        }
    }

    /// An error about a feed item.
    pub fn item(path: &str, item: u64, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            location: Location::Item(item),
            message: message.into(),
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Location::File => write!(f, "{}: {}", self.path, self.message),
            Location::Line(n) => write!(f, "{}:{}: {}", self.path, n, self.message),
            Location::Byte(n) => write!(f, "{}@byte {}: {}", self.path, n, self.message),
            Location::Item(n) => write!(f, "{}#item {}: {}", self.path, n, self.message),
        }
    }
}

impl std::error::Error for IngestError {}
