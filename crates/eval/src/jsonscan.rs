//! Splits JSON input into records with their line numbers, so every record-level
//! error can name the line where the record starts (serde_json alone only gives
//! positions for syntax errors, and only relative to the whole input).

use crate::error::{line_of, EvalError};

/// One JSON record: the line it starts on and its raw bytes.
pub(crate) struct RawRecord<'a> {
    pub line: usize,
    pub bytes: &'a [u8],
}

/// Skips a UTF-8 byte-order mark, which editors on some systems prepend.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Non-blank lines of JSON Lines input.
pub(crate) fn json_lines(bytes: &[u8]) -> Vec<RawRecord<'_>> {
    strip_bom(bytes)
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, l)| !l.trim_ascii().is_empty())
        .map(|(i, l)| RawRecord {
            line: i + 1,
            bytes: l.trim_ascii(),
        })
        .collect()
}

/// Elements of a top-level JSON array, found by a bracket-and-string-aware scan.
/// Each element is parsed later on its own, so syntax errors inside an element
/// are reported relative to its starting line.
pub(crate) fn json_array<'a>(file: &str, input: &'a [u8]) -> Result<Vec<RawRecord<'a>>, EvalError> {
    let offset0 = input.len() - strip_bom(input).len();
    let mut i = offset0;
    let skip_ws = |mut i: usize| {
        while i < input.len() && input[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    i = skip_ws(i);
    if input.get(i) != Some(&b'[') {
        return Err(EvalError::parse(
            file,
            line_of(input, i),
            "expected a JSON array",
        ));
    }
    i += 1;
    let mut out = Vec::new();
    loop {
        i = skip_ws(i);
        match input.get(i) {
            None => {
                return Err(EvalError::parse(
                    file,
                    line_of(input, i),
                    "unterminated JSON array",
                ))
            }
            Some(b']') if out.is_empty() => {
                i += 1;
                break;
            }
            _ => {}
        }
        let start = i;
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        while i < input.len() {
            let b = input[i];
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => break,
                    _ => {}
                }
            }
            i += 1;
        }
        let element = input[start..i].trim_ascii();
        if element.is_empty() {
            return Err(EvalError::parse(
                file,
                line_of(input, start),
                "empty array element",
            ));
        }
        out.push(RawRecord {
            line: line_of(input, start),
            bytes: element,
        });
        match input.get(i) {
            Some(b',') => i += 1,
            Some(b']') => {
                i += 1;
                break;
            }
            _ => {
                return Err(EvalError::parse(
                    file,
                    line_of(input, i),
                    "unterminated JSON array",
                ))
            }
        }
    }
    let rest = skip_ws(i);
    if rest < input.len() {
        return Err(EvalError::parse(
            file,
            line_of(input, rest),
            "unexpected content after the JSON array",
        ));
    }
    Ok(out)
}

/// Reads a JSON Lines file into records of type `T`; a record that does not
/// parse is reported with the file and its line.
pub(crate) fn read_json_lines<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<Vec<T>, EvalError> {
    let bytes = crate::error::read_file(path)?;
    let file = path.display().to_string();
    json_lines(&bytes)
        .iter()
        .map(|rec| serde_json::from_slice(rec.bytes).map_err(|e| EvalError::parse(&file, rec.line + e.line().saturating_sub(1), e.to_string())))
        .collect()
}

/// Parses one record to a JSON value; syntax errors are reported at the file
/// line (record start line plus the line within the record).
pub(crate) fn parse_value(file: &str, rec: &RawRecord<'_>) -> Result<serde_json::Value, EvalError> {
    serde_json::from_slice(rec.bytes).map_err(|e| {
        EvalError::parse(
            file,
            rec.line + e.line().saturating_sub(1),
            format!("invalid JSON: {e}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_elements_keep_their_lines() {
        let input = b"[\n {\"a\": \"x,]\"},\n {\"b\": [1, 2]}\n]\n";
        let recs = json_array("t", input).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].line, 2);
        assert_eq!(recs[0].bytes, b"{\"a\": \"x,]\"}");
        assert_eq!(recs[1].line, 3);
    }

    #[test]
    fn broken_array_is_an_error_with_a_line() {
        let err = json_array("g.json", b"[\n{\"a\": 1},\n{\"b\": 2}\n")
            .err()
            .unwrap();
        assert!(err.to_string().starts_with("g.json:"), "{err}");
        assert!(json_array("g.json", b"[]").unwrap().is_empty());
    }
}
