//! RSS and Atom feeds (via feed-rs): one document per item or entry.

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
            .parse(bytes)
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
