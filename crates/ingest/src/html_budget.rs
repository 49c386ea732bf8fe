//! Work bounds for HTML, checked on the raw markup before any tree is built.
//!
//! The main-text extractor (trafilatura and the readability code under it)
//! walks and clones the page tree recursively, and html5ever's tree builder
//! scans its stack of open elements at each tag. A page nested tens of
//! thousands of levels deep therefore overflows the stack or takes minutes
//! and gigabytes; a page with millions of elements takes gigabytes too.
//! Real news pages nest a few dozen levels and hold a few thousand
//! elements, so a page past these bounds is reported and skipped instead.
//! The scan is linear in the input and allocates only a small stack.

/// Deepest nesting of elements a page may have. Real pages stay under
/// about 60; the limit keeps the extractor's recursion far from any stack
/// size (measured safe on a 2 MiB thread stack).
pub const MAX_HTML_DEPTH: usize = 256;

/// Most elements (start tags) a page may have. Each element costs the
/// extractor a few kilobytes across the trees it builds, so this keeps one
/// page well under 1 GB.
pub const MAX_HTML_ELEMENTS: usize = 100_000;

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "basefont", "bgsound", "frame",
];

/// Elements whose end tag may be left out: the next sibling closes them,
/// so an unclosed one does not nest the next ("<p>a<p>b" is two siblings).
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text: no tags inside until their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

/// Checks `html` against [`MAX_HTML_DEPTH`] and [`MAX_HTML_ELEMENTS`];
/// the error says which bound was passed.
pub fn check(html: &str) -> Result<(), String> {
    let b = html.as_bytes();
    // Open elements that need an end tag, as the tree builder would keep
    // them: an end tag closes the nearest open element of its name and
    // everything opened inside it; an end tag without an open element of its
    // name is ignored.
    let mut open: Vec<&str> = Vec::new();
    let mut elements = 0usize;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        match b.get(i) {
            Some(b'!') if b[i..].starts_with(b"!--") => i = skip_past(b, i + 3, b"-->"),
            Some(b'!') | Some(b'?') => i = skip_past(b, i, b">"),
            Some(b'/') => {
                let (name, end) = tag_name(html, i + 1);
                i = skip_past(b, end, b">");
                if let Some(pos) = open.iter().rposition(|n| n.eq_ignore_ascii_case(name)) {
                    open.truncate(pos);
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let (name, end) = tag_name(html, i);
                i = skip_past(b, end, b">");
                elements += 1;
                if elements > MAX_HTML_ELEMENTS {
                    return Err(format!("HTML too large: more than {MAX_HTML_ELEMENTS} elements"));
                }
                let self_closing = i >= 2 && b[i - 2] == b'/';
                let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(name));
                if is(RAW_TEXT) {
                    i = skip_raw_text(b, i, name);
                } else if !self_closing && !is(VOID) && !is(OPTIONAL_END) {
                    open.push(name);
                    if open.len() > MAX_HTML_DEPTH {
                        return Err(format!("HTML nested deeper than {MAX_HTML_DEPTH} levels"));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The tag name starting at byte `start` and the byte after it.
fn tag_name(html: &str, start: usize) -> (&str, usize) {
    let b = html.as_bytes();
    let mut end = start;
    while end < b.len() && !matches!(b[end], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>') {
        end += 1;
    }
    // Tag names are ASCII in any markup this budget is about; a name cut
    // inside a multi-byte character is simply not matched.
    (html.get(start..end).unwrap_or(""), end)
}

/// The position just past the next `needle` at or after `from`, or the end.
fn skip_past(b: &[u8], from: usize, needle: &[u8]) -> usize {
    let from = from.min(b.len());
    match find(&b[from..], needle) {
        Some(p) => from + p + needle.len(),
        None => b.len(),
    }
}

/// Skips the content of a raw-text element up to its end tag.
fn skip_raw_text(b: &[u8], mut i: usize, name: &str) -> usize {
    while let Some(off) = memchr(b'<', &b[i.min(b.len())..]) {
        let at = i + off;
        let rest = &b[at + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return skip_past(b, at, b">");
        }
        i = at + 1;
    }
    b.len()
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() == 1 {
        return memchr(needle[0], hay);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(open: &str, close: &str, n: usize) -> String {
        format!("<html><body>{}text{}</body></html>", open.repeat(n), close.repeat(n))
    }

    #[test]
    fn ordinary_pages_pass() {
        let page = "<!DOCTYPE html><html><head><title>a < b</title><script>if (a<b) x='<div>'</script></head>\
                    <body><!-- <div><div> --><div><p>One<p>Two<br><img src=x/><ul><li>a<li>b</ul></div></body></html>";
        assert_eq!(check(page), Ok(()));
    }

    #[test]
    fn nesting_at_the_limit_passes_and_past_it_fails() {
        // html and body are optional-end elements, so they do not count.
        assert_eq!(check(&nested("<div>", "</div>", MAX_HTML_DEPTH)), Ok(()));
        let err = check(&nested("<div>", "</div>", MAX_HTML_DEPTH + 1)).unwrap_err();
        assert!(err.contains("nested deeper than 256"), "{err}");
    }

    #[test]
    fn unclosed_elements_nest_but_optional_end_ones_do_not() {
        assert!(check(&"<div><span>".repeat(200)).is_err());
        assert_eq!(check(&"<p>para".repeat(50_000)), Ok(()));
        assert_eq!(check(&"<li>item".repeat(50_000)), Ok(()));
    }

    #[test]
    fn an_end_tag_closes_what_was_opened_inside_it() {
        // Each div closes the span left open inside it, as html5ever does.
        assert_eq!(check(&"<div><span>x</div>".repeat(10_000)), Ok(()));
        // A stray end tag closes nothing.
        assert_eq!(check(&"</div>".repeat(1000)), Ok(()));
    }

    #[test]
    fn too_many_elements_fail() {
        let err = check(&"<p>".repeat(MAX_HTML_ELEMENTS + 1)).unwrap_err();
        assert!(err.contains("more than 100000 elements"), "{err}");
    }

    #[test]
    fn odd_markup_does_not_panic() {
        for s in ["<", "</", "<!", "<!--", "<a", "<script>", "<script></scr", "<é>", "</é", "<a/"] {
            let _ = check(s);
        }
    }
}
