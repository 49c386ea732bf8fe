//! The tab-separated layout shared by every dictionary file: `#` comments,
//! a header line naming the columns, one entry per line.

use crate::DictError;

/// The most columns a dictionary file has.
const MAX_COLUMNS: usize = 8;

/// One entry line: its 1-based line number and its fields. The fields are
/// kept inline, not in a vector: the lexicon files have 200,000 lines, and
/// an allocation per line showed in start-up time.
pub(crate) struct Row<'a> {
    pub line: usize,
    fields: [&'a str; MAX_COLUMNS],
}

impl<'a> Row<'a> {
    /// The field at `i` (trimmed), empty when the line has fewer fields.
    pub fn get(&self, i: usize) -> &'a str {
        self.fields.get(i).map(|f| f.trim()).unwrap_or("")
    }
}

/// Reads `text` (the contents of `file`), checks that its header is exactly
/// `columns`, and returns the entry lines. A line with more fields than the
/// header is an error; fewer fields are allowed (trailing empty columns may
/// be left out by editors that trim lines).
pub(crate) fn rows<'a>(file: &str, text: &'a str, columns: &[&str]) -> Result<Vec<Row<'a>>, DictError> {
    let mut out = Vec::new();
    each_row(file, text, columns, |row| {
        out.push(row);
        Ok(())
    })?;
    Ok(out)
}

/// Like [`rows`], handing each entry line to `f` instead of collecting
/// them: for the lexicon's 200,000 lines, whose rows would otherwise be
/// held all at once.
pub(crate) fn each_row<'a>(file: &str, text: &'a str, columns: &[&str], mut f: impl FnMut(Row<'a>) -> Result<(), DictError>) -> Result<(), DictError> {
    debug_assert!(columns.len() <= MAX_COLUMNS, "a dictionary file has at most {MAX_COLUMNS} columns");
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let content = raw.strip_suffix('\r').unwrap_or(raw);
        if content.trim().is_empty() || content.starts_with('#') {
            continue;
        }
        if !header_seen {
            let got: Vec<&str> = content.split('\t').map(|f| f.trim()).collect();
            if got != columns {
                return Err(DictError::at(
                    file,
                    line,
                    format!("header must be `{}`, found `{}`", columns.join("\\t"), got.join("\\t")),
                ));
            }
            header_seen = true;
            continue;
        }
        let mut fields = [""; MAX_COLUMNS];
        let mut n = 0;
        for field in content.split('\t') {
            if n < columns.len() {
                fields[n] = field;
            }
            n += 1;
        }
        if n > columns.len() {
            return Err(DictError::at(file, line, format!("{n} fields, but the header names {} columns", columns.len())));
        }
        f(Row { line, fields })?;
    }
    if !header_seen {
        return Err(DictError::at(file, 1, format!("no header line `{}`", columns.join("\\t"))));
    }
    Ok(())
}

/// Splits a `;`-separated list, dropping empty items.
pub(crate) fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_rows() {
        let text = "# comment\n\na\tb\n1\t2\n# later comment\n3\n";
        let rows = rows("f.tsv", text, &["a", "b"]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].get(1)), (4, "2"));
        assert_eq!((rows[1].line, rows[1].get(1)), (6, ""));
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = rows("x.tsv", "a\tc\n", &["a", "b"]).err().unwrap();
        assert_eq!(e.to_string(), "x.tsv:1: header must be `a\\tb`, found `a\\tc`");
        let e = rows("x.tsv", "a\tb\n1\t2\t3\n", &["a", "b"]).err().unwrap();
        assert_eq!(e.to_string(), "x.tsv:2: 3 fields, but the header names 2 columns");
        assert!(rows("x.tsv", "# only\n", &["a"]).is_err());
    }
}
