//! Turns raw article text into clean text: drops scraping residue, a repeated
//! headline and the dateline line, normalises quotes, dashes and whitespace,
//! all by general rules (never by listing particular strings).
//!
//! The steps, in order: character normalisation and canonical layout
//! (`normalize`); then, repeated until the text no longer changes (which is
//! what makes cleaning idempotent): dateline removal, headline removal,
//! joining of hard-wrapped lines (`wrap`), residue removal (`residue`).

mod normalize;
mod residue;
mod shape;
mod wrap;

use crate::dateline::{find_dateline, Dateline};

/// What the caller knows before cleaning.
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanOptions<'a> {
    /// The headline, when metadata gave one; a copy of it at the top of the body is dropped.
    pub title: Option<&'a str>,
    /// Take the first non-empty line as the headline when it looks like one
    /// (plain-text input, where no metadata exists).
    pub detect_headline: bool,
}

/// Article text after cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    /// The cleaned body text: paragraphs separated by a blank line ("\n\n").
    pub text: String,
    /// The headline: the one given (with characters normalised as in the
    /// text), or the one detected at the top of the text.
    pub title: Option<String>,
    /// The dateline found at the head of the text (and removed from it), if
    /// any. When several date lines head the text ("Published: …",
    /// "Updated: …") all are removed and the first is returned. Its `span`
    /// refers to the normalised text it was found in, not to `raw`.
    pub dateline: Option<Dateline>,
}

/// A bound on the clean-until-stable loop; every round that changes the text
/// removes something, so real texts settle in two or three rounds.
const MAX_ROUNDS: usize = 12;
/// A bound on datelines removed in one round.
const MAX_DATELINES: usize = 4;

/// Cleans raw article text.
pub fn clean_text(raw: &str, opts: CleanOptions<'_>) -> Cleaned {
    let mut text = normalize::normalize(raw);
    let mut title = opts
        .title
        .map(normalize::normalize_line)
        .filter(|t| !t.is_empty());
    let mut detect = opts.detect_headline && title.is_none();
    let mut dateline = None;
    for _ in 0..MAX_ROUNDS {
        let mut next = text.clone();
        for _ in 0..MAX_DATELINES {
            let Some(d) = find_dateline(&next) else { break };
            next = cut(&next, d.span.clone());
            merge_dateline(&mut dateline, d);
        }
        let mut doc = Doc::parse(&next);
        wrap::join_wrapped(&mut doc);
        if detect {
            title = residue::detect_headline(&doc);
            detect = false;
        }
        if let Some(t) = &title {
            residue::drop_title(&mut doc, t);
        }
        residue::remove_residue(&mut doc);
        next = doc.render();
        if next == text {
            break;
        }
        text = next;
    }
    Cleaned {
        text,
        title,
        dateline,
    }
}

/// Keeps the first dateline found, filling its missing place or date from a
/// later one ("Published: 14 March 2019" then "TEHRAN — …").
fn merge_dateline(first: &mut Option<Dateline>, next: Dateline) {
    match first {
        None => *first = Some(next),
        Some(d) => {
            if d.place.is_none() {
                d.place = next.place;
            }
            if d.published.is_none() && d.date_text.is_none() {
                d.published = next.published;
                d.date_text = next.date_text;
            }
        }
    }
}

/// Removes `span` from `text` and lays the result out again (a line that
/// becomes empty disappears).
fn cut(text: &str, span: std::ops::Range<usize>) -> String {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    match (text.get(..start), text.get(end..)) {
        (Some(a), Some(b)) => normalize::layout(&format!("{a}{b}")),
        _ => text.to_string(),
    }
}

/// One line of the text and the paragraph it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// The line's text, trimmed.
    pub text: String,
    /// Paragraph number: consecutive lines with the same number form a paragraph.
    pub para: usize,
}

/// The text as lines grouped in paragraphs.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    /// The lines, in order.
    pub lines: Vec<Line>,
}

impl Doc {
    /// The line ranges of the paragraphs, in order.
    pub(crate) fn paragraphs(&self) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.lines.len() {
            let para = self.lines[i].para;
            let end = self.lines[i..].iter().position(|l| l.para != para).map_or(self.lines.len(), |k| i + k);
            out.push(i..end);
            i = end;
        }
        out
    }

    /// Reads canonically laid-out text (see `normalize::layout`).
    pub(crate) fn parse(text: &str) -> Doc {
        let mut lines = Vec::new();
        for (para, block) in text.split("\n\n").enumerate() {
            for line in block.split('\n').filter(|l| !l.is_empty()) {
                lines.push(Line {
                    text: line.to_string(),
                    para,
                });
            }
        }
        Doc { lines }
    }

    /// Writes the text back: lines of a paragraph joined by "\n", paragraphs by "\n\n".
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        let mut prev: Option<usize> = None;
        for line in self.lines.iter().filter(|l| !l.text.is_empty()) {
            if let Some(p) = prev {
                out.push_str(if p == line.para { "\n" } else { "\n\n" });
            }
            out.push_str(&line.text);
            prev = Some(line.para);
        }
        out
    }

    /// Whether line `i` is a paragraph on its own.
    pub(crate) fn stands_alone(&self, i: usize) -> bool {
        let p = self.lines[i].para;
        let before = i > 0 && self.lines[i - 1].para == p;
        let after = i + 1 < self.lines.len() && self.lines[i + 1].para == p;
        !before && !after
    }
}
