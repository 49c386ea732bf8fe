//! A [`Table`] as text: aligned columns, CSV, JSON Lines.

use rusqlite::types::Value as Cell;
use serde_json::{Map, Value};

use crate::query::Table;

/// A cell as text (empty for NULL).
fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Null => String::new(),
        Cell::Integer(n) => n.to_string(),
        Cell::Real(x) => x.to_string(),
        Cell::Text(s) => s.clone(),
        Cell::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// Aligned columns with a header line, for people; long texts are cut to
/// 60 characters.
pub fn to_text(table: &Table) -> String {
    const WIDEST: usize = 60;
    let cut = |s: String| if s.chars().count() > WIDEST { format!("{}…", s.chars().take(WIDEST - 1).collect::<String>()) } else { s };
    let rows: Vec<Vec<String>> = table.rows.iter().map(|r| r.iter().map(|c| cut(cell_text(c))).collect()).collect();
    let mut widths: Vec<usize> = table.columns.iter().map(|(n, _)| n.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, w)| format!("{c:<w$}", w = *w)).collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let mut out = line(table.columns.iter().map(|(n, _)| n.as_str()).collect());
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out.push_str(&format!("({} rows)\n", rows.len()));
    out
}

/// RFC 4180 CSV with a header line.
pub fn to_csv(table: &Table) -> String {
    let field = |s: &str| if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() };
    let mut out = String::new();
    let header: Vec<String> = table.columns.iter().map(|(n, _)| field(n)).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| field(&cell_text(c))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Each row as a JSON object of its columns (NULL as null).
pub fn to_objects(table: &Table) -> Vec<Map<String, Value>> {
    table
        .rows
        .iter()
        .map(|row| {
            table
                .columns
                .iter()
                .zip(row)
                .map(|((name, _), cell)| {
                    let v = match cell {
                        Cell::Null => Value::Null,
                        Cell::Integer(n) => Value::from(*n),
                        Cell::Real(x) => serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number),
                        Cell::Text(s) => Value::from(s.as_str()),
                        Cell::Blob(_) => Value::Null,
                    };
                    (name.clone(), v)
                })
                .collect()
        })
        .collect()
}

/// One JSON object per row and line.
pub fn to_jsonl(table: &Table) -> String {
    to_objects(table).into_iter().map(|o| Value::Object(o).to_string() + "\n").collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Kind;

    #[test]
    fn csv_quotes_what_it_must_and_text_aligns() {
        let table = Table {
            columns: vec![("a".into(), Kind::Text), ("n".into(), Kind::Int)],
            rows: vec![vec![Cell::Text("x, \"y\"".into()), Cell::Integer(3)], vec![Cell::Null, Cell::Real(1.5)]],
        };
        assert_eq!(to_csv(&table), "a,n\r\n\"x, \"\"y\"\"\",3\r\n,1.5\r\n");
        assert_eq!(to_text(&table), "a       n\nx, \"y\"  3\n        1.5\n(2 rows)\n");
        assert_eq!(to_jsonl(&table), "{\"a\":\"x, \\\"y\\\"\",\"n\":3}\n{\"a\":null,\"n\":1.5}\n");
    }
}
