//! The event store: coded documents and their events in one SQLite file.
//!
//! A researcher codes a corpus once and then asks questions of it. This
//! crate keeps what `dyad code` produces in an embedded database (SQLite,
//! compiled into the binary), merges the reports of one event told by
//! several documents into one *story*, and answers filtered lists,
//! aggregates and exports.
//!
//! - [`Store::open`] creates or opens a database, refusing files of other
//!   programs or of a newer schema ([`schema`], `docs/store.md`).
//! - [`Store::add`] stores a batch of coded documents in one transaction:
//!   a document already stored (same id, or same text from another feed) is
//!   counted as a duplicate and not stored again, so re-running an ingest
//!   changes nothing.
//! - Each event joins the story of the same event ([`MergeRule`]) or starts
//!   one.
//! - [`query`] filters and aggregates; [`parquet`] writes Parquet files.
//!
//! Events come in as PLOVER records (the JSON objects `dyad code` prints),
//! so the store depends on the output format, not on the coder's types.

mod error;
mod format;
mod merge;
pub mod parquet;
pub mod query;
pub mod schema;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use error::StoreError;
pub use merge::MergeRule;
pub use write::{content_hash, AddSummary, NewDocument, NewPlace};

/// An open dyad database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    merge: MergeRule,
}

impl Store {
    /// Opens the database at `path` for writing, creating it (or upgrading
    /// an older schema) if needed. Refuses, without writing anything, a
    /// file that is not a dyad database or comes from a newer dyad.
    pub fn open(path: &Path, merge: MergeRule) -> Result<Store, StoreError> {
        let conn = schema::open_for_writing(path)?;
        query::register_functions(&conn).map_err(|e| StoreError::sqlite(path, e))?;
        Ok(Store { conn, path: path.to_path_buf(), merge })
    }

    /// Opens an existing database for reading only; another process may
    /// be writing to it at the same time.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let conn = schema::open_for_reading(path)?;
        query::register_functions(&conn).map_err(|e| StoreError::sqlite(path, e))?;
        Ok(Store { conn, path: path.to_path_buf(), merge: MergeRule::default() })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The SQLite connection, for queries this crate does not offer.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Counts of what the database holds.
    pub fn counts(&self) -> Result<Counts, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(|e| self.err(e))
        };
        Ok(Counts { documents: count("documents")?, events: count("events")?, stories: count("stories")?, places: count("places")? })
    }

    /// Runs SQLite's own consistency check; `Ok(())` when it says "ok".
    pub fn integrity_check(&self) -> Result<(), StoreError> {
        let result: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| self.err(e))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt { path: self.path.clone(), report: result })
        }
    }

    fn err(&self, e: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, e)
    }
}

/// How many rows the main tables hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Stored documents.
    pub documents: u64,
    /// Event reports (one per coded event of a document).
    pub events: u64,
    /// Story events (reports of one event merged).
    pub stories: u64,
    /// Resolved place names in the documents.
    pub places: u64,
}
