//! Parquet files of query answers and of the whole store.
//!
//! Written with the `parquet` crate's column writers (no Arrow in the
//! build): every column optional, text as UTF-8 strings, days as the DATE
//! logical type, Snappy compression, which DuckDB, pandas/pyarrow, Polars
//! and Spark read as they are. [`Store::export_parquet`] partitions events Hive-style,
//! `DIR/year=2019/month=04/events.parquet`, so that those readers turn the
//! folder names into columns and skip months a filter excludes.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;
use rusqlite::types::Value as Cell;

use crate::query::{Kind, Table, REPORT_COLUMNS};
use crate::{Store, StoreError};

/// Rows per row group: large enough for good compression, small enough to
/// keep a writer's memory bounded.
const ROW_GROUP: usize = 65_536;

fn parquet_err(path: &Path, e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Invalid(format!("{}: cannot write Parquet: {e}", path.display()))
}

/// The Parquet schema of a table's columns.
fn schema(table: &Table) -> String {
    let fields: Vec<String> = table
        .columns
        .iter()
        .map(|(name, kind)| match kind {
            Kind::Text => format!("OPTIONAL BYTE_ARRAY {name} (STRING);"),
            Kind::Int => format!("OPTIONAL INT64 {name};"),
            Kind::Real => format!("OPTIONAL DOUBLE {name};"),
            Kind::Date => format!("OPTIONAL INT32 {name} (DATE);"),
        })
        .collect();
    format!("message dyad {{ {} }}", fields.join(" "))
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` text (Parquet's DATE).
fn epoch_days(text: &str) -> Option<i32> {
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    Some((day - NaiveDate::from_ymd_opt(1970, 1, 1)?).num_days() as i32)
}

/// Writes `table` to the Parquet file `path` (replaced if it exists).
pub fn write_table(table: &Table, path: &Path) -> Result<(), StoreError> {
    let message = parse_message_type(&schema(table)).map_err(|e| parquet_err(path, e))?;
    let props = WriterProperties::builder().set_compression(Compression::SNAPPY).set_created_by(format!("dyad {}", env!("CARGO_PKG_VERSION"))).build();
    let file = File::create(path).map_err(|e| StoreError::io(path, e))?;
    let mut writer = SerializedFileWriter::new(file, Arc::new(message), Arc::new(props)).map_err(|e| parquet_err(path, e))?;
    for chunk in table.rows.chunks(ROW_GROUP) {
        let mut group = writer.next_row_group().map_err(|e| parquet_err(path, e))?;
        for (i, (_, kind)) in table.columns.iter().enumerate() {
            let mut column = group.next_column().map_err(|e| parquet_err(path, e))?.ok_or_else(|| StoreError::Invalid("Parquet schema lost a column".into()))?;
            let defs: Vec<i16> = chunk.iter().map(|r| i16::from(!matches!(present(&r[i], *kind), Cell::Null))).collect();
            let result = match kind {
                Kind::Text => {
                    let values: Vec<ByteArray> = chunk.iter().filter_map(|r| text(&r[i])).map(|s| ByteArray::from(s.as_str())).collect();
                    column.typed::<ByteArrayType>().write_batch(&values, Some(&defs), None)
                }
                Kind::Int => {
                    let values: Vec<i64> = chunk.iter().filter_map(|r| int(&r[i])).collect();
                    column.typed::<Int64Type>().write_batch(&values, Some(&defs), None)
                }
                Kind::Real => {
                    let values: Vec<f64> = chunk.iter().filter_map(|r| real(&r[i])).collect();
                    column.typed::<DoubleType>().write_batch(&values, Some(&defs), None)
                }
                Kind::Date => {
                    let values: Vec<i32> = chunk.iter().filter_map(|r| text(&r[i]).and_then(|t| epoch_days(&t))).collect();
                    column.typed::<Int32Type>().write_batch(&values, Some(&defs), None)
                }
            };
            result.map_err(|e| parquet_err(path, e))?;
            column.close().map_err(|e| parquet_err(path, e))?;
        }
        group.close().map_err(|e| parquet_err(path, e))?;
    }
    writer.close().map_err(|e| parquet_err(path, e))?;
    Ok(())
}

/// The cell as the column's kind will write it (Null when it cannot be).
fn present(cell: &Cell, kind: Kind) -> Cell {
    match kind {
        Kind::Text => text(cell).map_or(Cell::Null, Cell::Text),
        Kind::Int => int(cell).map_or(Cell::Null, Cell::Integer),
        Kind::Real => real(cell).map_or(Cell::Null, Cell::Real),
        Kind::Date => text(cell).and_then(|t| epoch_days(&t)).map_or(Cell::Null, |d| Cell::Integer(d.into())),
    }
}

fn text(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Text(s) => Some(s.clone()),
        Cell::Integer(n) => Some(n.to_string()),
        Cell::Real(x) => Some(x.to_string()),
        _ => None,
    }
}

fn int(cell: &Cell) -> Option<i64> {
    match cell {
        Cell::Integer(n) => Some(*n),
        _ => None,
    }
}

fn real(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Real(x) => Some(*x),
        Cell::Integer(n) => Some(*n as f64),
        _ => None,
    }
}

/// What [`Store::export_parquet`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Exported {
    /// The files, one per month with events.
    pub files: Vec<PathBuf>,
    /// Event reports written.
    pub events: u64,
}

impl Store {
    /// Writes every event report, with its document's id, source and URL
    /// and its story's id, to `dir/year=YYYY/month=MM/events.parquet`.
    pub fn export_parquet(&self, dir: &Path) -> Result<Exported, StoreError> {
        let months: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT DISTINCT substr(date, 1, 7) FROM events ORDER BY 1").map_err(|e| self.err(e))?;
            let rows = stmt.query_map([], |r| r.get(0)).and_then(|r| r.collect::<rusqlite::Result<Vec<String>>>());
            rows.map_err(|e| self.err(e))?
        };
        let mut out = Exported::default();
        let columns: Vec<(String, Kind)> = REPORT_COLUMNS.iter().map(|(n, _, k)| (n.to_string(), *k)).collect();
        let select = REPORT_COLUMNS.iter().map(|c| c.1).collect::<Vec<_>>().join(", ");
        for month in months {
            let sql = format!("SELECT {select} FROM events e JOIN documents d USING (doc_key) WHERE substr(e.date, 1, 7) = ? ORDER BY e.date, e.event_key");
            let table = self.table(&sql, &[Box::new(month.clone())], columns.clone())?;
            let (year, mm) = month.split_once('-').unwrap_or((&month, "00"));
            let folder = dir.join(format!("year={year}")).join(format!("month={mm}"));
            std::fs::create_dir_all(&folder).map_err(|e| StoreError::io(&folder, e))?;
            let file = folder.join("events.parquet");
            write_table(&table, &file)?;
            out.events += table.rows.len() as u64;
            out.files.push(file);
        }
        Ok(out)
    }
}

/// Rows of a Parquet file as text, `None` for null.
pub type TextRows = Vec<Vec<Option<String>>>;

/// Reads a Parquet file back as its column names and rows of strings, for
/// tests and checks: the file as any reader sees it.
pub fn read_rows(path: &Path) -> Result<(Vec<String>, TextRows), StoreError> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let file = File::open(path).map_err(|e| StoreError::io(path, e))?;
    let reader = SerializedFileReader::new(file).map_err(|e| parquet_err(path, e))?;
    let names: Vec<String> = reader.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name().to_string()).collect();
    let mut rows = Vec::new();
    for row in reader.get_row_iter(None).map_err(|e| parquet_err(path, e))? {
        let row = row.map_err(|e| parquet_err(path, e))?;
        rows.push(
            row.get_column_iter()
                .map(|(_, field)| match field {
                    parquet::record::Field::Null => None,
                    parquet::record::Field::Str(s) => Some(s.clone()),
                    parquet::record::Field::Date(d) => NaiveDate::from_num_days_from_ce_opt(*d + 719_163).map(|d| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())),
                    other => Some(other.to_string()),
                })
                .collect(),
        );
    }
    Ok((names, rows))
}
