//! RSS and Atom feeds (via feed-rs): one document per item or entry.

use std::borrow::Cow;

use feed_rs::model::{Entry, Link, Text};

use crate::document::{finish, published_at, Meta, Origin};
use crate::error::IngestError;
use crate::html::fragment_paragraphs;
use crate::reader::{guard, Ctx};
use crate::Document;

/// Parses a whole feed and turns each item into a document (or an error
/// naming the item).
pub(crate) fn read_feed(ctx: &Ctx, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let parsed = guard("feed", || {
        // An empty id marks an item without guid: we then use its link or
        // position rather than feed-rs's generated hash.
        let parser = feed_rs::parser::Builder::new()
            .id_generator(|_, _, _| String::new())
            .sanitize_content(false)
            .build();
        parser
            .parse(compact_xml_declaration(bytes).as_ref())
            .map_err(|e| format!("invalid feed: {e}"))
    });
    let feed = match parsed {
        Ok(f) => f,
        Err(m) => return vec![Err(IngestError::file(&ctx.name, m))],
    };
    if feed.entries.is_empty() {
        return vec![Err(IngestError::file(&ctx.name, "feed has no items"))];
    }
    let source = feed
        .title
        .as_ref()
        .map(plain_text)
        .filter(|t| !t.is_empty());
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let item = i as u64 + 1;
            read_entry(ctx, item, entry, source.clone())
                .map_err(|m| IngestError::item(&ctx.name, item, m))
        })
        .collect()
}

/// How long an XML declaration quick-xml (under feed-rs) can take when it
/// names an encoding: it keeps only the first 64 bytes of the input for
/// re-decoding, and a longer declaration with an `encoding` trips an
/// assertion inside it (found by fuzzing; contained by [`guard`], but the
/// feed was lost).
const XML_DECL_PREFIX: usize = 64;

/// The feed with a long but well-formed XML declaration rewritten in its
/// shortest form (`<?xml version="1.0" encoding="ISO-8859-1"?>`), which
/// means the same; anything else is left as it is.
fn compact_xml_declaration(bytes: &[u8]) -> Cow<'_, [u8]> {
    // The reader has already dropped a byte order mark.
    if !bytes.starts_with(b"<?xml") {
        return Cow::Borrowed(bytes);
    }
    let Some(end) = bytes.iter().take(4096).position(|&b| b == b'>') else { return Cow::Borrowed(bytes) };
    if end < XML_DECL_PREFIX || bytes[end - 1] != b'?' {
        return Cow::Borrowed(bytes);
    }
    let Ok(inner) = std::str::from_utf8(&bytes[5..end - 1]) else { return Cow::Borrowed(bytes) };
    let Some(attrs) = pseudo_attributes(inner) else { return Cow::Borrowed(bytes) };
    let mut decl = String::from("<?xml");
    for (name, value) in attrs {
        decl.push_str(&format!(" {name}=\"{value}\""));
    }
    decl.push_str("?>");
    if decl.len() > XML_DECL_PREFIX {
        return Cow::Borrowed(bytes);
    }
    let mut out = decl.into_bytes();
    out.extend_from_slice(&bytes[end + 1..]);
    Cow::Owned(out)
}

/// White space inside an XML declaration (XML's `S`).
const XML_SPACE: [char; 4] = [' ', '\t', '\r', '\n'];

/// The `version`, `encoding` and `standalone` of an XML declaration's
/// inside, in order; None unless it is exactly such a list.
fn pseudo_attributes(inner: &str) -> Option<Vec<(&str, &str)>> {
    let mut out = Vec::new();
    let mut s = inner;
    loop {
        let trimmed = s.trim_start_matches(XML_SPACE);
        if trimmed.is_empty() {
            break;
        }
        if trimmed.len() == s.len() && !out.is_empty() {
            return None;
        }
        let (name, after) = trimmed.split_once('=')?;
        let name = name.trim_end_matches(XML_SPACE);
        if !matches!(name, "version" | "encoding" | "standalone") || out.iter().any(|(n, _)| *n == name) {
            return None;
        }
        let after = after.trim_start_matches(XML_SPACE);
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let (value, tail) = after[1..].split_once(quote)?;
        if value.is_empty() || !value.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
            return None;
        }
        out.push((name, value));
        s = tail;
    }
    (!out.is_empty()).then_some(out)
}

fn read_entry(
    ctx: &Ctx,
    item: u64,
    entry: Entry,
    source: Option<String>,
) -> Result<Document, String> {
    let url = best_link(&entry.links);
    let id = if !entry.id.trim().is_empty() {
        entry.id.trim().to_string()
    } else if let Some(u) = &url {
        u.clone()
    } else {
        format!("{}#item {}", ctx.name, item)
    };
    let content = entry
        .content
        .as_ref()
        .and_then(|c| {
            c.body
                .as_ref()
                .map(|b| (b.as_str(), c.content_type.to_string()))
        })
        .filter(|(b, _)| !b.trim().is_empty());
    let summary = entry
        .summary
        .as_ref()
        .map(|s| (s.content.as_str(), s.content_type.to_string()))
        .filter(|(b, _)| !b.trim().is_empty());
    let Some((body, media_type)) = content.or(summary) else {
        return Err("no content or description".to_string());
    };
    let paragraphs = if media_type.starts_with("text/plain") {
        body.split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        fragment_paragraphs(body)?
    };
    let meta = Meta {
        id,
        title: entry
            .title
            .as_ref()
            .map(plain_text)
            .filter(|t| !t.is_empty()),
        published: entry
            .published
            .or(entry.updated)
            .map(|dt| published_at(dt.fixed_offset())),
        url,
        source,
        origin: Origin {
            path: ctx.name.clone(),
            item: Some(item),
            ..Origin::default()
        },
        ..Meta::default()
    };
    finish(&paragraphs.join("\n\n"), meta, false)
}

/// The entry's page: an "alternate" link first, else the first link.
fn best_link(links: &[Link]) -> Option<String> {
    links
        .iter()
        .find(|l| l.rel.as_deref() == Some("alternate"))
        .or_else(|| links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// A feed text field as one line of plain text (HTML titles lose their tags).
fn plain_text(t: &Text) -> String {
    let s = if t.content.contains('<') {
        fragment_paragraphs(&t.content)
            .map(|p| p.join(" "))
            .unwrap_or_else(|_| t.content.clone())
    } else {
        t.content.clone()
    };
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
