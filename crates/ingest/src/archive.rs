//! WARC archives (plain or multi-member gzip, as Common Crawl / CC-NEWS
//! ship them): each HTML `response` (or `resource`) record is a document.
//!
//! A small record reader of our own rather than the `warc` crate's, so that
//! every record and error carries its byte offset, memory stays bounded on a
//! corrupt header or length, and an over-large record is skipped unread.

use std::io::{self, BufRead, Read};

use crate::document::{parse_published, Meta, Origin};
use crate::error::IngestError;
use crate::html;
use crate::jsonl::read_line_bounded;
use crate::reader::{decode_lossy, Ctx};
use crate::Document;

/// Longest header line we accept; longer means this is not a WARC header.
const MAX_HEADER_LINE: usize = 64 * 1024;
/// How much of an over-large record is read to see what it holds.
const HEAD_BYTES: u64 = 16 * 1024;
/// Most header lines in one record.
const MAX_HEADER_LINES: usize = 1000;

/// One raw record: its offset, WARC headers (names lower-cased) and block.
struct Record {
    offset: u64,
    headers: Vec<(String, String)>,
    /// The block (only its head when `too_large`).
    block: Vec<u8>,
    /// Over the size limit: reported if it is a page, never parsed.
    too_large: bool,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads records lazily and yields the HTML pages among them.
pub(crate) struct WarcIter {
    ctx: Ctx,
    reader: Box<dyn BufRead + Send>,
    pos: u64,
    done: bool,
}

impl WarcIter {
    pub(crate) fn new(ctx: Ctx, reader: Box<dyn BufRead + Send>) -> Self {
        Self {
            ctx,
            reader,
            pos: 0,
            done: false,
        }
    }

    /// Reads one line; Ok(None) at the end of input.
    fn line(&mut self, buf: &mut Vec<u8>) -> Result<Option<()>, IngestError> {
        buf.clear();
        let n = read_line_bounded(&mut *self.reader, buf, MAX_HEADER_LINE)
            .map_err(|e| self.ctx.io_error(self.pos, &e))?;
        if n == 0 {
            return Ok(None);
        }
        if n > MAX_HEADER_LINE {
            return Err(IngestError::byte(
                &self.ctx.name,
                self.pos,
                "WARC header line too long",
            ));
        }
        self.pos += n as u64;
        Ok(Some(()))
    }

    /// The next record; Ok(None) at a clean end of input. An Err(_, true)
    /// leaves the stream unusable; Err(_, false) skips one record.
    fn record(&mut self) -> Result<Option<Record>, (IngestError, bool)> {
        let mut buf = Vec::new();
        // Skip the blank lines that end the previous record.
        loop {
            if self.line(&mut buf).map_err(|e| (e, true))?.is_none() {
                return Ok(None);
            }
            if !buf.iter().all(u8::is_ascii_whitespace) {
                break;
            }
        }
        let offset = self.pos - buf.len() as u64;
        let name = self.ctx.name.clone();
        let fatal = |m: String| (IngestError::byte(&name, offset, m), true);
        let cut = "truncated WARC record: input ends inside its header";
        if !buf.ends_with(b"\n") {
            return Err(fatal(cut.into()));
        }
        if !buf.starts_with(b"WARC/") {
            return Err(fatal(
                "not a WARC record: expected a \"WARC/\" version line".into(),
            ));
        }
        let mut headers = Vec::new();
        loop {
            if self.line(&mut buf).map_err(|e| (e, true))?.is_none() || !buf.ends_with(b"\n") {
                return Err(fatal(cut.into()));
            }
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            if headers.len() >= MAX_HEADER_LINES {
                return Err(fatal("WARC header has too many lines".into()));
            }
            match line.split_once(':') {
                Some((n, v)) => headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string())),
                // A folded continuation line belongs to the previous header.
                None if line.starts_with([' ', '\t']) && !headers.is_empty() => {
                    let last = headers.len() - 1;
                    headers[last].1.push(' ');
                    headers[last].1.push_str(line.trim());
                }
                None => return Err(fatal(format!("malformed WARC header line {line:?}"))),
            }
        }
        let length = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .ok_or_else(|| fatal("WARC record without a valid Content-Length".into()))?;
        // An over-large record is skipped unread past the head of its block,
        // which still tells whether it was a page (then it is reported).
        let limit = self.ctx.opts.max_document_bytes as u64;
        let too_large = length > limit;
        let keep = if too_large {
            length.min(HEAD_BYTES)
        } else {
            length
        };
        let mut block = Vec::new();
        let got = (&mut self.reader)
            .take(keep)
            .read_to_end(&mut block)
            .map(|n| n as u64)
            .and_then(|n| {
                if n < keep {
                    return Ok(n);
                }
                io::copy(&mut (&mut self.reader).take(length - keep), &mut io::sink())
                    .map(|m| n + m)
            })
            .map_err(|e| (self.ctx.io_error(self.pos, &e), true))?;
        self.pos += got;
        if got < length {
            return Err(fatal(format!(
                "truncated WARC record: {got} of {length} content bytes present"
            )));
        }
        Ok(Some(Record {
            offset,
            headers,
            block,
            too_large,
        }))
    }

    /// The document in a record, None for records that hold no page.
    fn document(&self, rec: Record) -> Option<Result<Document, IngestError>> {
        let kind = rec.header("warc-type").unwrap_or("").to_ascii_lowercase();
        let block_type = rec
            .header("content-type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let payload: Vec<u8> = match kind.as_str() {
            "response" if block_type.starts_with("application/http") => {
                let http = parse_http(&rec.block)?;
                if !(200..300).contains(&http.status) || !is_html(&http.content_type) {
                    return None;
                }
                http.body
            }
            "resource" if is_html(&block_type) => rec.block.clone(),
            _ => return None,
        };
        let id = rec
            .header("warc-record-id")
            .map(unbracket)
            .unwrap_or_default();
        if rec.too_large {
            return Some(Err(IngestError::byte(
                &self.ctx.name,
                rec.offset,
                self.ctx.too_large(),
            )));
        }
        let err = |m: String| {
            let m = if id.is_empty() {
                m
            } else {
                format!("record {id}: {m}")
            };
            IngestError::byte(&self.ctx.name, rec.offset, m)
        };
        let text = decode_lossy(&self.ctx, &payload);
        let page = match html::extract_html(&text) {
            Ok(p) => p,
            Err(m) => return Some(Err(err(m))),
        };
        let meta = Meta {
            id: if id.is_empty() {
                format!("{}@byte {}", self.ctx.name, rec.offset)
            } else {
                id.clone()
            },
            url: rec
                .header("warc-target-uri")
                .map(unbracket)
                .filter(|u| !u.is_empty()),
            fallback_published: rec.header("warc-date").and_then(parse_published),
            origin: Origin {
                path: self.ctx.name.clone(),
                offset: Some(rec.offset),
                ..Origin::default()
            },
            ..Meta::default()
        };
        Some(html::finish_page(page, meta).map_err(err))
    }
}

impl Iterator for WarcIter {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.record() {
                Ok(None) => self.done = true,
                Ok(Some(rec)) => {
                    if let Some(doc) = self.document(rec) {
                        return Some(doc);
                    }
                }
                Err((e, fatal)) => {
                    self.done = fatal;
                    return Some(Err(e));
                }
            }
        }
        None
    }
}

fn unbracket(s: &str) -> String {
    s.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

fn is_html(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "text/html" || essence == "application/xhtml+xml"
}

/// The parts of an HTTP response we use.
struct Http {
    status: u16,
    content_type: String,
    body: Vec<u8>,
}

/// Splits an HTTP response into status, Content-Type and body (de-chunked
/// and gunzipped when the headers say so). None when it is not HTTP.
fn parse_http(block: &[u8]) -> Option<Http> {
    let (head_len, sep) = find(block, b"\r\n\r\n")
        .map(|i| (i, 4))
        .or_else(|| find(block, b"\n\n").map(|i| (i, 2)))?;
    let head = String::from_utf8_lossy(&block[..head_len]);
    let mut lines = head.lines();
    let status_line = lines.next()?;
    if !status_line.starts_with("HTTP/") {
        return None;
    }
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let mut content_type = String::new();
    let (mut chunked, mut gzip) = (false, false);
    for line in lines {
        let Some((n, v)) = line.split_once(':') else {
            continue;
        };
        let (n, v) = (n.trim().to_ascii_lowercase(), v.trim().to_ascii_lowercase());
        match n.as_str() {
            "content-type" => content_type = v,
            "transfer-encoding" => chunked = v.contains("chunked"),
            "content-encoding" => gzip = v.contains("gzip"),
            _ => {}
        }
    }
    let mut body = block[head_len + sep..].to_vec();
    if chunked {
        if let Some(b) = dechunk(&body) {
            body = b;
        }
    }
    // Archives often keep the header but store the decoded body: check the magic.
    if gzip && body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        if flate2::read::MultiGzDecoder::new(&body[..])
            .read_to_end(&mut out)
            .is_ok()
        {
            body = out;
        }
    }
    Some(Http {
        status,
        content_type,
        body,
    })
}

/// Undoes HTTP chunked transfer coding; None when the body is not chunked.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let eol = find(data, b"\r\n")?;
        let size_str = std::str::from_utf8(&data[..eol]).ok()?;
        let size = usize::from_str_radix(size_str.split(';').next()?.trim(), 16).ok()?;
        data = &data[eol + 2..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data.strip_prefix(b"\r\n").unwrap_or(data);
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n").unwrap(),
            b"hello world"
        );
        assert_eq!(dechunk(b"<html>"), None);
    }

    #[test]
    fn http() {
        let h = parse_http(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>x</p>",
        )
        .unwrap();
        assert_eq!(
            (h.status, h.content_type.as_str(), &h.body[..]),
            (200, "text/html; charset=utf-8", &b"<p>x</p>"[..])
        );
        assert!(parse_http(b"garbage").is_none());
    }
}
