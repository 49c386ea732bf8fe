//! Joining hard-wrapped lines back into paragraphs, conservatively.
//!
//! Two rules, both within one paragraph:
//! - A paragraph of three or more lines whose lines (all but the last) have
//!   nearly the same length, between 40 and 100 characters, is hard-wrapped
//!   prose: all its lines are joined.
//! - Otherwise a line break is joined only when the line before has at least
//!   three words and does not end a sentence or a clause (`.!?…:;`), and the
//!   next line starts with a lower-case letter.
//!
//! Lists (lines starting with a bullet or a number) are never joined. A word
//! split with a hyphen at the break keeps the hyphen and loses the space
//! ("inter-\nnational" → "inter-national"), the safe reading for compounds.

use super::shape::{ends_sentence, word_count};
use super::{Doc, Line};

/// Joins wrapped lines in every paragraph of `doc`.
pub(crate) fn join_wrapped(doc: &mut Doc) {
    let mut out: Vec<Line> = Vec::with_capacity(doc.lines.len());
    for range in doc.paragraphs() {
        let para = doc.lines[range.start].para;
        let block: Vec<&str> = doc.lines[range].iter().map(|l| l.text.as_str()).collect();
        for text in join_block(&block) {
            out.push(Line { text, para });
        }
    }
    doc.lines = out;
}

fn join_block(lines: &[&str]) -> Vec<String> {
    if lines.iter().any(|l| is_list_item(l)) {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    if is_uniform(lines) {
        let mut joined = String::new();
        for l in lines {
            append(&mut joined, l);
        }
        return vec![joined];
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for l in lines {
        match out.last_mut() {
            Some(prev) if continues(prev, l) => append(prev, l),
            _ => out.push(l.to_string()),
        }
    }
    out
}

/// Appends a wrapped line to the text before it.
fn append(prev: &mut String, next: &str) {
    let hyphen_break = prev.ends_with('-')
        && prev[..prev.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase);
    if !prev.is_empty() && !hyphen_break {
        prev.push(' ');
    }
    prev.push_str(next);
}

fn continues(prev: &str, next: &str) -> bool {
    let clause_end = ends_sentence(prev) || prev.ends_with([':', ';']);
    word_count(prev) >= 3 && !clause_end && next.chars().next().is_some_and(char::is_lowercase)
}

/// Lines of near-equal length: the mark of text wrapped at a fixed width.
fn is_uniform(lines: &[&str]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let lens: Vec<usize> = body.iter().map(|l| l.chars().count()).collect();
    let (min, max) = (
        lens.iter().copied().min().unwrap_or(0),
        lens.iter().copied().max().unwrap_or(0),
    );
    min >= 40 && max <= 100 && (max - min) * 5 <= max && lines.iter().all(|l| word_count(l) >= 1)
}

fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '·' | '◦' | '▪') => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let rest = line.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with(". ") || rest.starts_with(") ")
        }
        _ => false,
    }
}
