//! The database schema, its version and the checks made before a file is
//! used: a dyad database is recognised by its SQLite `application_id`, and
//! its `user_version` is the schema version. A file that is not a dyad
//! database, or one written by a newer dyad, is refused before anything is
//! written to it (not even the journal mode is changed).

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::StoreError;

/// `PRAGMA application_id` of a dyad database: the bytes "dyad".
pub const APPLICATION_ID: i32 = 0x6479_6164;

/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i32 = 1;

/// Forward migrations: entry `k` takes a database from version `k` to
/// `k + 1`. Version 0 is an empty file. Append, never edit: a released
/// migration is part of the file format.
const MIGRATIONS: [&str; 1] = [SCHEMA_V1];

/// Version 1, documented table by table in `docs/store.md`.
const SCHEMA_V1: &str = r#"
CREATE TABLE documents (
    doc_key      INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    url          TEXT,
    source       TEXT,
    title        TEXT,
    date         TEXT,
    datetime     TEXT,
    place        TEXT,
    language     TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='doc_key'
);

CREATE TABLE sentences (
    doc_key  INTEGER NOT NULL REFERENCES documents(doc_key),
    sequence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    PRIMARY KEY (doc_key, sequence)
) WITHOUT ROWID;

CREATE TABLE stories (
    story_key      INTEGER PRIMARY KEY,
    merge_key      TEXT NOT NULL,
    category       TEXT NOT NULL,
    mode           TEXT NOT NULL,
    actor          TEXT NOT NULL,
    recipient      TEXT NOT NULL,
    cameo_code     TEXT NOT NULL,
    goldstein      REAL NOT NULL,
    quad_code      INTEGER NOT NULL,
    first_date     TEXT NOT NULL,
    last_date      TEXT NOT NULL,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    first_reported TEXT NOT NULL,
    last_reported  TEXT NOT NULL,
    num_reports    INTEGER NOT NULL,
    num_documents  INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL
);
CREATE INDEX stories_merge ON stories(merge_key, first_date);
-- Covers the counts per period and the dyad matrix: they read the index alone.
CREATE INDEX stories_date ON stories(first_date, category, quad_code, country, actor, recipient, goldstein, last_date);

CREATE TABLE events (
    event_key        INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    doc_key          INTEGER NOT NULL REFERENCES documents(doc_key),
    story_key        INTEGER NOT NULL REFERENCES stories(story_key),
    date             TEXT NOT NULL,
    category         TEXT NOT NULL,
    mode             TEXT NOT NULL,
    context          TEXT NOT NULL,
    actor            TEXT NOT NULL,
    recipient        TEXT NOT NULL,
    quad_code        INTEGER NOT NULL,
    event_scale      REAL NOT NULL,
    cameo_code       TEXT NOT NULL,
    goldstein        REAL NOT NULL,
    quad_class       INTEGER NOT NULL,
    place            TEXT,
    country          TEXT,
    geonameid        INTEGER,
    admin1           TEXT,
    lat              REAL,
    lon              REAL,
    sentence         INTEGER NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    event_text       TEXT NOT NULL,
    pattern          TEXT
);
-- Covers the counts per period and the dyad matrix: they read the index alone.
CREATE INDEX events_date ON events(date, category, quad_code, country, actor, recipient, goldstein);
CREATE INDEX events_story ON events(story_key);
CREATE INDEX events_doc ON events(doc_key);

-- The whole PLOVER record of each report, apart from the events table so
-- that scans and aggregates over events read narrow rows.
CREATE TABLE records (
    event_key INTEGER PRIMARY KEY REFERENCES events(event_key),
    record    TEXT NOT NULL
);

CREATE TABLE entities (
    event_key INTEGER NOT NULL REFERENCES events(event_key),
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    sector    TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (event_key, role, position)
) WITHOUT ROWID;

CREATE TABLE places (
    doc_key      INTEGER NOT NULL REFERENCES documents(doc_key),
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    name         TEXT NOT NULL,
    geonameid    INTEGER NOT NULL,
    feature_code TEXT NOT NULL,
    country      TEXT NOT NULL,
    admin1       TEXT,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL,
    PRIMARY KEY (doc_key, start)
) WITHOUT ROWID;
"#;

/// What is in a file before it is opened for writing.
enum Found {
    /// No file, or an empty one: a new database.
    New,
    /// A dyad database of this schema version or an older one.
    Dyad(i32),
}

/// The fields of an SQLite file's 100-byte header that say whose it is.
struct Header {
    application_id: i32,
    user_version: i32,
    /// Incremented by every schema change: 0 for a database without tables.
    schema_cookie: u32,
}

/// Reads the header of `path` without opening it as a database, so that
/// refusing a file leaves it, and its folder, exactly as they were (SQLite
/// itself would make `-shm` and `-wal` files beside a WAL database).
fn read_header(path: &Path) -> Result<Option<Header>, StoreError> {
    use std::io::Read;
    let mut bytes = [0u8; 100];
    let mut file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    let n = file.read(&mut bytes).map_err(|e| StoreError::io(path, e))?;
    if n < 100 || &bytes[..16] != b"SQLite format 3\0" {
        return Ok(None);
    }
    let be = |at: usize| [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
    Ok(Some(Header { application_id: i32::from_be_bytes(be(68)), user_version: i32::from_be_bytes(be(60)), schema_cookie: u32::from_be_bytes(be(40)) }))
}

/// Looks at `path` and refuses what dyad must not touch.
fn inspect(path: &Path) -> Result<Found, StoreError> {
    let empty = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
        Err(e) => return Err(StoreError::io(path, e)),
        Ok(m) => m.len() == 0,
    };
    if empty {
        return Ok(Found::New);
    }
    let foreign = |reason: String| StoreError::Foreign { path: path.to_path_buf(), reason };
    let Some(header) = read_header(path)? else {
        return Err(foreign("not an SQLite database; dyad leaves it untouched".into()));
    };
    // Changes not yet copied from a write-ahead log into the file are not in
    // its header: a file with a log beside it is asked through SQLite.
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let (app, version, tables) = if Path::new(&wal).exists() {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX).map_err(|e| StoreError::sqlite(path, e))?;
        let get = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).map_err(|e| StoreError::sqlite(path, e));
        (get("PRAGMA application_id")? as i32, get("PRAGMA user_version")? as i32, get("SELECT count(*) FROM sqlite_master")?)
    } else {
        (header.application_id, header.user_version, i64::from(header.schema_cookie))
    };
    if app == 0 && tables == 0 {
        return Ok(Found::New);
    }
    if app != APPLICATION_ID {
        return Err(foreign(format!("an SQLite database of another program (application_id {app:#x}); dyad leaves it untouched")));
    }
    if version > SCHEMA_VERSION {
        return Err(foreign(format!("written by a newer dyad (schema version {version}; this dyad knows up to {SCHEMA_VERSION}); upgrade dyad to use it")));
    }
    Ok(Found::Dyad(version))
}

/// Opens (creating or migrating) the database at `path` for writing.
pub(crate) fn open_for_writing(path: &Path) -> Result<Connection, StoreError> {
    let found = inspect(path)?;
    let conn = Connection::open(path).map_err(|e| StoreError::sqlite(path, e))?;
    configure(&conn).map_err(|e| StoreError::sqlite(path, e))?;
    let from = match found {
        Found::New => 0,
        Found::Dyad(v) => v,
    };
    migrate(&conn, from).map_err(|e| StoreError::sqlite(path, e))?;
    Ok(conn)
}

/// Opens the database at `path` for reading only (it must exist).
pub(crate) fn open_for_reading(path: &Path) -> Result<Connection, StoreError> {
    if !path.exists() {
        return Err(StoreError::Missing(path.to_path_buf()));
    }
    match inspect(path)? {
        Found::New => return Err(StoreError::Missing(path.to_path_buf())),
        Found::Dyad(v) if v < SCHEMA_VERSION => {
            return Err(StoreError::Foreign {
                path: path.to_path_buf(),
                reason: format!("schema version {v} needs upgrading to {SCHEMA_VERSION}, which opening it for writing does (`dyad ingest --db PATH` with any input)"),
            })
        }
        Found::Dyad(_) => {}
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| StoreError::sqlite(path, e))?;
    conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(|e| StoreError::sqlite(path, e))?;
    Ok(conn)
}

/// WAL lets readers go on while one process writes; NORMAL synchronous is
/// durable at each checkpoint and consistent after a crash, which is what a
/// batch writer needs (a lost batch is re-ingested on the next run).
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // 16 KiB pages (for a new file; an existing one keeps its own): most
    // document texts fit a page instead of spilling into overflow pages,
    // and the write-ahead log has a quarter of the frames to write and
    // checksum per batch.
    conn.pragma_update(None, "page_size", 16384)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 64 MB of page cache: index inserts of a growing database stay in
    // memory between batches.
    conn.pragma_update(None, "cache_size", -65_536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Applies the migrations after `from`, each in its own transaction with
/// its version number, so an interrupted upgrade resumes where it stopped.
fn migrate(conn: &Connection, from: i32) -> rusqlite::Result<()> {
    for (k, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", k as i32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
