//! HTML pages: the article's main text (via trafilatura) and its metadata
//! (meta tags, JSON-LD, `<time>`).

use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use crate::dateline::Published;
use crate::html_budget;
use crate::document::{finish, normalise_language, parse_published, Meta};
use crate::reader::guard;
use crate::Document;

/// What an HTML page says: its article paragraphs and metadata.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlPage {
    /// The article's paragraphs, in order, whitespace collapsed.
    pub paragraphs: Vec<String>,
    /// og:title, else `<title>` without a " | Site" suffix, else the first `<h1>`.
    pub title: Option<String>,
    /// Publication time from meta tags, JSON-LD or `<time datetime>`.
    pub published: Option<Published>,
    /// og:url, else the canonical link.
    pub url: Option<String>,
    /// og:site_name (or a JSON-LD publisher name).
    pub source: Option<String>,
    /// Primary subtag of `<html lang>`, when it is a language code.
    pub language: Option<String>,
}

/// Fewest words of text that make an article.
const MIN_ARTICLE_WORDS: usize = 4;

/// Message for a page without an article.
pub(crate) const NO_ARTICLE: &str = "no article text found";

/// Extracts the main article text and metadata of a full HTML page. Pages
/// without article text (index pages, error pages) give "no article text found".
pub fn extract_html(html: &str) -> Result<HtmlPage, String> {
    html_budget::check(html)?;
    guard("HTML", || {
        let doc = Html::parse_document(html);
        check_tree_depth(&doc)?;
        let mut page = metadata(&doc);
        let paragraphs = drop_link_lists(main_text(html)?, &doc);
        // A few words ("404", "Page not found") are an error page, not news.
        let words: usize = paragraphs
            .iter()
            .map(|p| {
                p.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count()
            })
            .sum();
        if words < MIN_ARTICLE_WORDS {
            return Err(NO_ARTICLE.to_string());
        }
        page.paragraphs = paragraphs;
        Ok(page)
    })
}

/// Text of an HTML fragment (a feed item's content or summary): trafilatura
/// when it recognises an article, else every text block of the fragment.
pub(crate) fn fragment_paragraphs(fragment: &str) -> Result<Vec<String>, String> {
    // Most feed descriptions are a sentence or two without markup: the
    // extractor's work (a third of a millisecond each) buys nothing there.
    if !fragment.contains('<') {
        return plain_paragraphs(fragment);
    }
    html_budget::check(fragment)?;
    guard("HTML", || {
        let frag = Html::parse_fragment(fragment);
        check_tree_depth(&frag)?;
        if let Ok(p) = main_text(fragment) {
            return Ok(p);
        }
        let paragraphs = blocks(frag.root_element());
        if paragraphs.is_empty() {
            return Err(NO_ARTICLE.to_string());
        }
        Ok(paragraphs)
    })
}

/// The raw-markup scan of [`html_budget::check`] follows the tree builder's
/// rules only roughly (misnested formatting elements are reopened by the
/// builder): the built tree is measured too, without recursion, before the
/// extractor walks it.
fn check_tree_depth(doc: &Html) -> Result<(), String> {
    let mut depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(_) => {
                depth += 1;
                // The document node, <html>, <body>, paragraphs and text
                // nodes are not counted by the markup scan.
                if depth > html_budget::MAX_HTML_DEPTH + 8 {
                    return Err(format!("HTML nested deeper than {} levels", html_budget::MAX_HTML_DEPTH));
                }
            }
            ego_tree::iter::Edge::Close(_) => depth -= 1,
        }
    }
    Ok(())
}

/// Paragraphs of markup-free text (blank-line separated), with character
/// references such as `&amp;` decoded.
fn plain_paragraphs(text: &str) -> Result<Vec<String>, String> {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            if p.contains('&') {
                collapse(&Html::parse_fragment(p).root_element().text().collect::<String>())
            } else {
                collapse(p)
            }
        })
        .filter(|p| !p.is_empty())
        .collect();
    if paragraphs.is_empty() {
        return Err(NO_ARTICLE.to_string());
    }
    Ok(paragraphs)
}

/// Cleans the page's text and builds the document; fields already in `meta`
/// (from JSONL or WARC headers) win over the page's own.
pub(crate) fn finish_page(page: HtmlPage, mut meta: Meta) -> Result<Document, String> {
    meta.title = meta.title.or(page.title);
    meta.published = meta.published.or(page.published);
    meta.url = meta.url.or(page.url);
    meta.source = meta.source.or(page.source);
    meta.language = meta.language.or(page.language);
    let text = page.paragraphs.join("\n\n");
    finish(&text, meta, false)
}

/// The article paragraphs trafilatura keeps, split at its block elements.
fn main_text(html: &str) -> Result<Vec<String>, String> {
    let mut opts = trafilatura::Options::default()
        .with_exclude_comments(true)
        .with_fallback(true)
        // Links are kept so that link-only blocks (menus, "read next" lists,
        // footers) can be recognised and dropped below.
        .with_links(true);
    // trafilatura's last resort for short extractions (under 250 chars)
    // flattens the page into one run-on paragraph: a short article is better
    // taken as the main extractor found it.
    opts.config = trafilatura::Config::default().with_min_extracted_size(1);
    // Dates come from our own metadata reading.
    opts.html_date_mode = trafilatura::HtmlDateMode::Disabled;
    let result = trafilatura::extract(html, &opts).map_err(|_| NO_ARTICLE.to_string())?;
    let content = Html::parse_fragment(&result.content_html);
    let paragraphs = blocks(content.root_element());
    if paragraphs.is_empty() {
        return Err(NO_ARTICLE.to_string());
    }
    Ok(paragraphs)
}

/// Drops what is left of the page's link lists in the extracted text:
/// paragraphs mostly made of the texts of the page's links (the fallback
/// extractors flatten menus into such paragraphs), and a final label ending
/// in ':' whose linked content was removed.
fn drop_link_lists(paragraphs: Vec<String>, doc: &Html) -> Vec<String> {
    use std::collections::HashMap;
    // Link texts as word sequences, indexed by their first word.
    let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for a in doc.select(&sel("a")).take(5000) {
        let words = words(&a.text().collect::<String>());
        if let Some(first) = words.first() {
            by_first.entry(first.clone()).or_default().push(words);
        }
    }
    let mut out: Vec<String> = paragraphs
        .into_iter()
        .filter(|p| p.len() > 2000 || !mostly_links(p, &by_first))
        .collect();
    while out.last().is_some_and(|p| p.ends_with(':')) {
        out.pop();
    }
    out
}

/// Lower-cased alphanumeric words.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when link texts of the page cover more than half of the paragraph's words.
fn mostly_links(p: &str, by_first: &std::collections::HashMap<String, Vec<Vec<String>>>) -> bool {
    let w = words(p);
    if w.is_empty() {
        return false;
    }
    let mut covered = vec![false; w.len()];
    for i in 0..w.len() {
        for seq in by_first.get(&w[i]).into_iter().flatten() {
            if w.len() - i >= seq.len() && w[i..i + seq.len()] == seq[..] {
                covered[i..i + seq.len()].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    covered.iter().filter(|&&c| c).count() * 2 > w.len()
}

/// Elements that start a new paragraph.
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "br",
];

/// Elements whose content is never text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "button",
];

/// Splits the text under `root` into paragraphs at block elements, dropping
/// paragraphs that are mostly link text (menus, related-article lists, tag
/// lines, page footers: what a news page links to, it does not say).
fn blocks(root: ElementRef<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = Para::default();
    collect(root, &mut cur, &mut out, false);
    cur.flush(&mut out);
    out
}

/// A paragraph being collected: its text and how much of it is link text.
#[derive(Default)]
struct Para {
    text: String,
    link_chars: usize,
}

impl Para {
    fn flush(&mut self, out: &mut Vec<String>) {
        let p = collapse(&self.text);
        let chars = p.chars().filter(|c| !c.is_whitespace()).count();
        if chars > 0 && self.link_chars * 2 <= chars {
            out.push(p);
        }
        self.text.clear();
        self.link_chars = 0;
    }
}

fn collect(el: ElementRef<'_>, cur: &mut Para, out: &mut Vec<String>, in_link: bool) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                cur.text.push_str(t);
                if in_link {
                    cur.link_chars += t.chars().filter(|c| !c.is_whitespace()).count();
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) {
                    continue;
                }
                let block = BLOCK.contains(&name);
                if block {
                    cur.flush(out);
                }
                if let Some(child_el) = ElementRef::wrap(child) {
                    collect(child_el, cur, out, in_link || name == "a");
                }
                if block {
                    cur.flush(out);
                }
            }
            _ => {}
        }
    }
}

/// Collapses runs of whitespace (including no-break spaces) into one space.
fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// The `content` of the first `<meta>` whose property, name or itemprop is
/// one of `keys` (in the order of `keys`), non-empty.
fn meta_content(doc: &Html, keys: &[&str]) -> Option<String> {
    let metas: Vec<ElementRef<'_>> = doc.select(&sel("meta")).collect();
    for key in keys {
        for m in &metas {
            let e = m.value();
            let named = ["property", "name", "itemprop"].iter().any(|a| {
                e.attr(a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            });
            if named {
                if let Some(c) = e.attr("content").map(collapse).filter(|c| !c.is_empty()) {
                    return Some(c);
                }
            }
        }
    }
    None
}

fn metadata(doc: &Html) -> HtmlPage {
    let ld = json_ld(doc);
    let source = meta_content(doc, &["og:site_name", "application-name"]).or_else(|| {
        ld.iter()
            .find_map(|v| find_key(v, "publisher"))
            .and_then(|p| match p {
                Value::Object(o) => o.get("name").and_then(Value::as_str).map(collapse),
                Value::String(s) => Some(collapse(s)),
                _ => None,
            })
    });
    let title = meta_content(doc, &["og:title", "twitter:title"])
        .or_else(|| {
            let t = doc
                .select(&sel("title"))
                .next()
                .map(|t| collapse(&t.text().collect::<String>()))?;
            Some(strip_site_suffix(&t, source.as_deref()))
        })
        .or_else(|| {
            doc.select(&sel("h1"))
                .next()
                .map(|h| collapse(&h.text().collect::<String>()))
        })
        .filter(|t| !t.is_empty());
    let published = published(doc, &ld);
    let url = meta_content(doc, &["og:url"]).or_else(|| {
        doc.select(&sel("link[rel=canonical]"))
            .next()
            .and_then(|l| l.value().attr("href"))
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
    });
    let language = doc
        .select(&sel("html"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .and_then(normalise_language);
    HtmlPage {
        paragraphs: Vec::new(),
        title,
        published,
        url,
        source,
        language,
    }
}

/// Meta tags naming the publication time, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "DC.date.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "date",
    "DC.date",
];

/// The publication time: the first readable candidate among meta tags,
/// JSON-LD `datePublished` and `<time datetime>` (the article's first),
/// refined by a later candidate that gives the time of day on the same date.
fn published(doc: &Html, ld: &[Value]) -> Option<Published> {
    let mut candidates: Vec<String> = Vec::new();
    let metas: Vec<ElementRef<'_>> = doc.select(&sel("meta")).collect();
    for key in DATE_KEYS {
        for m in &metas {
            let e = m.value();
            let named = ["property", "name", "itemprop"].iter().any(|a| {
                e.attr(a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            });
            if let Some(c) = e.attr("content").filter(|_| named) {
                candidates.push(c.to_string());
            }
        }
    }
    for v in ld {
        if let Some(s) = find_key(v, "datePublished").and_then(Value::as_str) {
            candidates.push(s.to_string());
        }
    }
    let time = doc
        .select(&sel("article time[datetime]"))
        .next()
        .or_else(|| doc.select(&sel("time[datetime]")).next());
    if let Some(t) = time.and_then(|t| t.value().attr("datetime")) {
        candidates.push(t.to_string());
    }
    let mut parsed = candidates.iter().filter_map(|c| parse_published(c));
    let first = parsed.next()?;
    if first.datetime.is_some() {
        return Some(first);
    }
    Some(
        parsed
            .find(|p| p.datetime.is_some() && p.date == first.date)
            .unwrap_or(first),
    )
}

/// "Talks fail | The Daily Example" → "Talks fail" when the site is
/// "The Daily Example"; other titles unchanged.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            if tail.trim().eq_ignore_ascii_case(site) && !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The parsed JSON-LD blocks of the page (unparsable ones ignored).
fn json_ld(doc: &Html) -> Vec<Value> {
    doc.select(&sel("script[type=\"application/ld+json\"]"))
        .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
        .collect()
}

/// The first value of `key` in a JSON-LD tree, searching objects, arrays and
/// `@graph` lists depth-first.
fn find_key<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Object(o) => {
            if let Some(found) = o.get(key).filter(|f| !f.is_null()) {
                return Some(found);
            }
            o.values().find_map(|c| find_key(c, key))
        }
        Value::Array(a) => a.iter().find_map(|c| find_key(c, key)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix() {
        assert_eq!(
            strip_site_suffix("Talks fail | Daily Example", Some("Daily Example")),
            "Talks fail"
        );
        assert_eq!(
            strip_site_suffix("Talks fail - Other", Some("Daily Example")),
            "Talks fail - Other"
        );
        assert_eq!(strip_site_suffix("A - B", None), "A - B");
    }

    #[test]
    fn blocks_split_paragraphs() {
        let f = Html::parse_fragment(
            "<p>One <b>two</b>\n three</p><ul><li>a</li><li>b</li></ul>x<br>y<script>z</script>",
        );
        assert_eq!(
            blocks(f.root_element()),
            vec!["One two three", "a", "b", "x", "y"]
        );
        let links = Html::parse_fragment(
            "<p>Read: <a href=/a>Another long story</a></p><p>See <a href=/b>this</a> report.</p>",
        );
        assert_eq!(blocks(links.root_element()), vec!["See this report."]);
    }
}
