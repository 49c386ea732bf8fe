//! Headline and residue removal by the shape of lines.
//!
//! Where each rule applies:
//! - Anywhere: lines without a letter or digit ("#", "* * *"); copyright
//!   notices; markup left in front of a line ("# ", "> ") and symbols stuck to
//!   the end of a sentence ("…in this field.#").
//! - In the leading run (lines before the first prose line) and the trailing
//!   run (after the last one): short labels of one to three words standing as
//!   a paragraph of their own ("Army", "By John Smith"), lines in capitals, call-to-action lines, navigation
//!   trails. In the trailing run, a call-to-action line ("Related articles",
//!   "Follow us") also takes every line after it (lists of links).
//! - In the middle, only a paragraph standing alone that is in capitals or an
//!   unmistakable call-to-action ("ADVERTISEMENT", "Share this", "Read more:
//!   …"; not "Download speeds", which may be a subheading), or a paragraph that
//!   opens with a call-to-action and holds only short labels (share buttons).
//!   Other short lines in the middle are kept: they are subheadings.
//!
//! A line ending a sentence with five words or more is never dropped, except
//! a copyright notice.

use super::shape::{
    ends_sentence, is_all_caps, is_breadcrumb, is_copyright, is_label, is_prose, is_protected,
    is_strong_ui, is_symbols, is_ui, key, looks_like_headline, title_keys, word_count,
};
use super::Doc;

/// Finds the headline at the top of `doc`: the first line that looks like one,
/// after skipping page furniture above it (navigation trails, call-to-action
/// lines, a lone category word, a short line in capitals). Something other
/// than the headline and its copies must remain, or there is none.
pub(crate) fn detect_headline(doc: &Doc) -> Option<String> {
    let lines = &doc.lines;
    let idx = lines
        .iter()
        .take(MAX_FURNITURE + 1)
        .position(|l| !is_furniture(&l.text))?;
    let cand = &lines[idx].text;
    if !looks_like_headline(cand) {
        return None;
    }
    let k = key(cand);
    lines[idx + 1..]
        .iter()
        .any(|l| key(&l.text) != k)
        .then(|| cand.clone())
}

/// How many lines of furniture may stand above a headline.
const MAX_FURNITURE: usize = 3;

fn is_furniture(line: &str) -> bool {
    let words = word_count(line);
    is_breadcrumb(line) || is_ui(line) || words == 1 || (words <= 3 && is_all_caps(line))
}

/// Drops copies of `title` from the top of `doc`, up to the first prose line.
pub(crate) fn drop_title(doc: &mut Doc, title: &str) {
    let keys = title_keys(title);
    if keys.is_empty() {
        return;
    }
    let mut i = 0;
    while i < doc.lines.len() {
        let text = &doc.lines[i].text;
        if keys.contains(&key(text)) {
            doc.lines.remove(i);
            continue;
        }
        if is_prose(text) {
            break;
        }
        i += 1;
    }
}

/// Removes scraping residue from `doc` (see the module documentation).
pub(crate) fn remove_residue(doc: &mut Doc) {
    for line in &mut doc.lines {
        let fixed = strip_attached(&line.text);
        if fixed.len() != line.text.len() {
            line.text = fixed.to_string();
        }
    }
    doc.lines
        .retain(|l| !l.text.is_empty() && !is_symbols(&l.text) && !is_copyright(&l.text));

    let n = doc.lines.len();
    let first_prose = doc.lines.iter().position(|l| is_prose(&l.text));
    let last_prose = doc.lines.iter().rposition(|l| is_prose(&l.text));
    let mut drop = vec![false; n];
    if let (Some(first), Some(last)) = (first_prose, last_prose) {
        for (i, d) in drop.iter_mut().enumerate().take(first) {
            *d = is_edge_residue(doc, i);
        }
        let mut after_ui = false;
        for (i, d) in drop.iter_mut().enumerate().skip(last + 1) {
            let text = &doc.lines[i].text;
            after_ui = after_ui || is_ui(text);
            *d = after_ui || is_edge_residue(doc, i);
        }
    }
    for (i, d) in drop.iter_mut().enumerate() {
        let text = &doc.lines[i].text;
        if doc.stands_alone(i) && (is_all_caps(text) || is_strong_ui(text)) {
            *d = true;
        }
    }
    mark_button_paragraphs(doc, &mut drop);
    let mut i = 0;
    doc.lines.retain(|l| {
        let keep = !drop[i] || is_protected(&l.text);
        i += 1;
        keep
    });
}

/// Residue at the edges of the article. A label counts only as a paragraph of
/// its own: "Key points:" heading a list is content.
fn is_edge_residue(doc: &Doc, i: usize) -> bool {
    let line = &doc.lines[i].text;
    (is_label(line) && doc.stands_alone(i))
        || is_all_caps(line)
        || is_ui(line)
        || is_breadcrumb(line)
}

/// Marks paragraphs that open with a call-to-action and otherwise hold only
/// short labels: "Share this\nFacebook\nTwitter\nEmail".
fn mark_button_paragraphs(doc: &Doc, drop: &mut [bool]) {
    for range in doc.paragraphs() {
        let block = &doc.lines[range.clone()];
        if block.len() > 1 && is_ui(&block[0].text) && block[1..].iter().all(|l| is_label(&l.text))
        {
            drop[range].iter_mut().for_each(|d| *d = true);
        }
    }
}

/// Removes markup in front of a line ("# ", "> ", "| ") and symbols stuck to
/// the end of a sentence ("…in this field.#").
fn strip_attached(line: &str) -> &str {
    let mut s = line;
    loop {
        let t = s.trim_start_matches(['#', '>', '|']);
        if t.len() == s.len() || !t.starts_with(' ') {
            break;
        }
        s = t.trim_start();
    }
    let t = s.trim_end_matches(['#', '*', '|', '•', '~', '^', ' ']);
    if t.len() != s.len() && ends_sentence(t) && !is_symbols(t) {
        s = t;
    }
    s
}
