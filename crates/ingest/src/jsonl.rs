//! JSON Lines input: one article per line (schema on [`crate::InputFormat::Jsonl`]).

use std::io::{self, BufRead};

use serde_json::{Map, Value};

use crate::document::{finish, parse_published, Meta, Origin};
use crate::error::IngestError;
use crate::reader::Ctx;
use crate::{html, Document};

/// Reads a JSON Lines stream lazily, one line at a time.
pub(crate) struct JsonlIter {
    ctx: Ctx,
    reader: Box<dyn BufRead + Send>,
    line_no: u64,
    pos: u64,
    done: bool,
    buf: Vec<u8>,
}

impl JsonlIter {
    pub(crate) fn new(ctx: Ctx, reader: Box<dyn BufRead + Send>) -> Self {
        Self {
            ctx,
            reader,
            line_no: 0,
            pos: 0,
            done: false,
            buf: Vec::new(),
        }
    }
}

impl Iterator for JsonlIter {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let limit = self.ctx.opts.max_document_bytes;
            let len = match read_line_bounded(&mut *self.reader, &mut self.buf, limit) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    // A broken stream cannot be resynchronised: stop this input.
                    self.done = true;
                    return Some(Err(self.ctx.io_error(self.pos + self.buf.len() as u64, &e)));
                }
            };
            self.line_no += 1;
            self.pos += len as u64;
            if len > limit + 1 || (len == limit + 1 && self.buf.last() != Some(&b'\n')) {
                return Some(Err(IngestError::line(
                    &self.ctx.name,
                    self.line_no,
                    self.ctx.too_large(),
                )));
            }
            if self.buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line = self.buf.strip_suffix(b"\n").unwrap_or(&self.buf);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            return Some(parse_line(&self.ctx, self.line_no, line));
        }
        None
    }
}

/// Reads one line (with its '\n') into `buf`, keeping at most `limit + 1`
/// bytes of it; returns the full length of the line, so that an over-long
/// line is consumed and measured without being held in memory.
pub(crate) fn read_line_bounded(
    r: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<usize> {
    let mut total = 0;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(total);
        }
        let (take, found) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let room = (limit + 1).saturating_sub(buf.len());
        buf.extend_from_slice(&chunk[..take.min(room)]);
        r.consume(take);
        total += take;
        if found {
            return Ok(total);
        }
    }
}

fn parse_line(ctx: &Ctx, line_no: u64, line: &[u8]) -> Result<Document, IngestError> {
    let err = |m: String| IngestError::line(&ctx.name, line_no, m);
    let value: Value =
        serde_json::from_slice(line).map_err(|e| err(format!("invalid JSON: {e}")))?;
    let Value::Object(obj) = value else {
        return Err(err(format!(
            "invalid JSON: expected an object, found {}",
            kind(&value)
        )));
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => format!("{}:{}", ctx.name, line_no),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(v) => {
            return Err(err(format!(
                "\"id\" must be a string or a number, found {}",
                kind(v)
            )))
        }
    };
    let published = match field(&obj, "date", &err)? {
        Some(d) => Some(d),
        None => field(&obj, "published", &err)?,
    }
    .and_then(|s| parse_published(&s));
    let meta = Meta {
        id,
        title: field(&obj, "title", &err)?.filter(|t| !t.trim().is_empty()),
        published,
        url: field(&obj, "url", &err)?,
        source: field(&obj, "source", &err)?,
        language: field(&obj, "language", &err)?,
        origin: Origin {
            path: ctx.name.clone(),
            line: Some(line_no),
            ..Origin::default()
        },
        ..Meta::default()
    };
    if let Some(text) = field(&obj, "text", &err)? {
        return finish(&text, meta, false).map_err(err);
    }
    let Some(page) = field(&obj, "html", &err)? else {
        return Err(err("no \"text\" or \"html\" field".to_string()));
    };
    let page = html::extract_html(&page).map_err(err)?;
    // The line's own fields win over what the page says about itself.
    html::finish_page(page, meta).map_err(err)
}

/// An optional string field; present with another type is an error.
fn field(
    obj: &Map<String, Value>,
    key: &str,
    err: &dyn Fn(String) -> IngestError,
) -> Result<Option<String>, IngestError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Err(err(format!(
            "\"{key}\" must be a string, found {}",
            kind(v)
        ))),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
