//! Recognising compression and formats from the first bytes of an input.

use crate::InputFormat;

/// How an input is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compression {
    None,
    Gzip,
    Zstd,
}

/// Compression from magic bytes.
pub(crate) fn compression(head: &[u8]) -> Compression {
    if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// True when the head of an input does not look like text: more than a
/// tenth of its bytes are control characters other than whitespace (NUL
/// included). A stray NUL or invalid byte in text is replaced later, not
/// taken for binary; bytes ≥ 0x80 count as text.
pub(crate) fn looks_binary(head: &[u8]) -> bool {
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    control * 10 > head.len()
}

/// Recognises the format of a decompressed input from its head.
pub(crate) fn detect_format(head: &[u8]) -> InputFormat {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with("WARC/1.") || t.starts_with("WARC/0.") {
        return InputFormat::Warc;
    }
    if t.starts_with('{') && first_line_is_object(t) {
        return InputFormat::Jsonl;
    }
    let lower = t.get(..t.len().min(4096)).unwrap_or(t).to_ascii_lowercase();
    if t.starts_with('<') {
        if let Some(f) = feed_root(&lower) {
            return f;
        }
        if looks_html(&lower) {
            return InputFormat::Html;
        }
    }
    InputFormat::Text
}

fn first_line_is_object(t: &str) -> bool {
    match t.split_once('\n') {
        Some((line, _)) => {
            matches!(
                serde_json::from_str::<serde_json::Value>(line),
                Ok(serde_json::Value::Object(_))
            )
        }
        // One line, maybe cut off by the peek: accept it when it parses, or
        // when it is long enough that the peek cut it.
        None => {
            matches!(
                serde_json::from_str::<serde_json::Value>(t),
                Ok(serde_json::Value::Object(_))
            ) || t.len() >= 4000
        }
    }
}

/// The feed root element after the XML prolog, comments and doctype.
fn feed_root(lower: &str) -> Option<InputFormat> {
    let mut rest = lower;
    loop {
        rest = rest.trim_start();
        if rest.starts_with("<?") {
            rest = &rest[rest.find("?>")? + 2..];
        } else if rest.starts_with("<!--") {
            rest = &rest[rest.find("-->")? + 3..];
        } else if rest.starts_with("<!") {
            // A DOCTYPE's internal subset ("[ <!ENTITY ...> ]") holds '>'s
            // of its own: skip past its closing ']' first.
            let close = rest.find('>')?;
            let after_subset = match rest.find('[') {
                Some(open) if open < close => open + rest[open..].find(']')?,
                _ => 0,
            };
            rest = &rest[after_subset + rest[after_subset..].find('>')? + 1..];
        } else {
            break;
        }
    }
    let name: String = rest
        .trim_start_matches('<')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-')
        .collect();
    match name.rsplit(':').next() {
        Some("rss") | Some("rdf") => Some(InputFormat::Rss),
        Some("feed") => Some(InputFormat::Atom),
        // PETRARCH's input, and its validation files (`<Validation>` around
        // `<Sentences>`).
        Some("sentences") => Some(InputFormat::Petrarch),
        Some("validation") if lower.contains("<sentences") => Some(InputFormat::Petrarch),
        _ => None,
    }
}

fn looks_html(lower: &str) -> bool {
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<title",
        "<article",
        "<div",
        "<p>",
        "<p ",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(detect_format(b"WARC/1.0\r\n"), InputFormat::Warc);
        assert_eq!(
            detect_format(b"{\"id\":1}\n{\"id\":2}\n"),
            InputFormat::Jsonl
        );
        assert_eq!(detect_format(b"{not json}\nmore"), InputFormat::Text);
        assert_eq!(
            detect_format(b"<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">"),
            InputFormat::Rss
        );
        assert_eq!(
            detect_format(b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            InputFormat::Atom
        );
        assert_eq!(
            detect_format(b"<?xml version=\"1.0\"?><rdf:RDF>"),
            InputFormat::Rss
        );
        assert_eq!(detect_format(b"<!DOCTYPE html><html>"), InputFormat::Html);
        assert_eq!(
            detect_format(b"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [ <!ENTITY % p \"<!ENTITY x 'y'>\"> %p; ]>\n<rss version=\"2.0\">"),
            InputFormat::Rss
        );
        assert_eq!(
            detect_format(b"  <div><p>Hello</p></div>"),
            InputFormat::Html
        );
        assert_eq!(
            detect_format(b"LONDON (Wire) - Talks <b>failed</b>."),
            InputFormat::Text
        );
    }

    #[test]
    fn binary() {
        assert!(looks_binary(b"\0\0\0abcdef"));
        assert!(!looks_binary(b"a text with one NUL\0 byte in it"));
        assert!(looks_binary(&[1, 2, 3, 4, 5, b'a']));
        assert!(!looks_binary("caf\u{e9} ol\u{e9}\n\tx".as_bytes()));
        assert!(!looks_binary(&[0xe9, b'a', b'b']));
    }
}
