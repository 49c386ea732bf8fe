//! Sentence splitting: one left-to-right pass over the bytes of the text.
//!
//! Only bytes that can start a terminator (`.`, `?`, `!`, `…`) or a line
//! break are examined closely; everything else is skipped with a table
//! lookup. At each candidate the decision looks at most at the word before
//! and the word after, so the cost is linear in the text length.

use crate::abbrev::{classify, is_sentence_starter, Abbrev};
use crate::{Sentence, Span};

/// Splits `text` into sentences, in order, with byte offsets into `text`.
///
/// Spans never overlap, never include leading or trailing whitespace, are
/// never empty, and never cross a paragraph break (a blank line). See the
/// crate documentation for the rules.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Splitter {
        text,
        sentences: Vec::with_capacity(text.len() / 100 + 1),
        paragraph: 0,
        paragraph_used: false,
    };
    // A text without a capital letter (police logs, some wires) starts its
    // sentences in lower case too; case then cannot tell a boundary.
    let lowercase_text = !bytes.iter().any(u8::is_ascii_uppercase);
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !INTERESTING[b as usize] {
            i += 1;
            continue;
        }
        match b {
            b'\n' => {
                if let Some(next) = paragraph_break_end(bytes, i) {
                    out.push(start, i);
                    out.end_paragraph();
                    start = next;
                    i = next;
                    continue;
                }
                i += 1;
            }
            b'.' | b'?' | b'!' => match decide(text, i, lowercase_text) {
                Decision::Boundary(end) if !only_space(&text[start..i]) => {
                    out.push(start, end);
                    start = end;
                    i = end;
                }
                Decision::Boundary(next) | Decision::Skip(next) => i = next,
            },
            // 0xE2 leads U+2026 (ellipsis) and U+2029 (paragraph separator).
            _ => {
                if bytes[i..].starts_with("\u{2029}".as_bytes()) {
                    out.push(start, i);
                    out.end_paragraph();
                    start = i + 3;
                    i += 3;
                } else if bytes[i..].starts_with("…".as_bytes()) {
                    match decide(text, i, lowercase_text) {
                        Decision::Boundary(end) if !only_space(&text[start..i]) => {
                            out.push(start, end);
                            start = end;
                            i = end;
                        }
                        Decision::Boundary(next) | Decision::Skip(next) => i = next,
                    }
                } else {
                    i += 1;
                }
            }
        }
    }
    out.push(start, bytes.len());
    out.sentences
}

/// Longest sentence, in bytes. News sentences run to a few hundred bytes;
/// text without sentence punctuation (a scraped table, a list, a fuzzer's
/// run-on clauses) would otherwise make one "sentence" of megabytes, and
/// the later stages do work that grows faster than linearly with a
/// sentence's length. Such text is cut into pieces of at most this size.
pub const MAX_SENTENCE_BYTES: usize = 3_000;

/// Where to cut an over-long sentence, given its first
/// [`MAX_SENTENCE_BYTES`]: after the last comma, semicolon or colon in the
/// second half, else at the last space, else at the window's end.
fn long_sentence_cut(window: &str) -> usize {
    let half = window.len() / 2;
    let clause = window.rfind([',', ';', ':']).filter(|&i| i >= half).map(|i| i + 1);
    let space = || window.rfind(char::is_whitespace).filter(|&i| i > 0);
    clause.or_else(space).unwrap_or(window.len())
}

/// True if `s` is whitespace only. A terminator with nothing before it in
/// its sentence (". … The", a stray "?") would make a sentence of bare
/// punctuation, so it joins the following sentence instead.
fn only_space(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

/// Bytes at which the scanner must stop and look.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[0xE2] = true;
    t
};

struct Splitter<'a> {
    text: &'a str,
    sentences: Vec<Sentence>,
    paragraph: usize,
    paragraph_used: bool,
}

impl Splitter<'_> {
    /// Records `start..end` as a sentence after trimming whitespace, if
    /// anything is left.
    fn push(&mut self, start: usize, end: usize) {
        let raw = &self.text[start..end];
        let trimmed_start = raw.trim_start();
        if trimmed_start.is_empty() {
            return;
        }
        let mut s = start + (raw.len() - trimmed_start.len());
        let e = s + trimmed_start.trim_end().len();
        while e - s > MAX_SENTENCE_BYTES {
            let w = self.text.floor_char_boundary(s + MAX_SENTENCE_BYTES);
            let cut = long_sentence_cut(&self.text[s..w]);
            let piece = self.text[s..s + cut].trim_end();
            self.sentences.push(Sentence { span: Span { start: s, end: s + piece.len() }, paragraph: self.paragraph });
            let rest = &self.text[s + cut..e];
            s = e - rest.trim_start().len();
        }
        if e > s {
            self.sentences.push(Sentence { span: Span { start: s, end: e }, paragraph: self.paragraph });
        }
        self.paragraph_used = true;
    }

    fn end_paragraph(&mut self) {
        if self.paragraph_used {
            self.paragraph += 1;
            self.paragraph_used = false;
        }
    }
}

/// If the newline at `i` begins a blank line (only spaces, tabs or `\r`
/// before the next `\n`), returns the index just after that next `\n`.
fn paragraph_break_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < bytes.len() {
        match bytes[j] {
            b' ' | b'\t' | b'\r' => j += 1,
            b'\n' => return Some(j + 1),
            _ => return None,
        }
    }
    None
}

enum Decision {
    /// A sentence ends at this byte offset (after any closing quotes).
    Boundary(usize),
    /// No boundary; resume scanning at this offset.
    Skip(usize),
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201D}' | '\u{2019}' | '\u{00BB}' | '\u{203A}'
    )
}

/// Opening quotes and brackets that may precede the first word of a sentence.
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '\u{201C}'
            | '\u{2018}'
            | '\u{00AB}'
            | '\u{2039}'
            | '\u{00BF}'
            | '\u{00A1}'
    )
}

/// Decides whether the terminator run starting at byte `i` ends a sentence.
/// In a `lowercase_text`, a lower-case word after the terminator may start
/// a sentence: only an abbreviation before the period keeps it going.
fn decide(text: &str, i: usize, lowercase_text: bool) -> Decision {
    let bytes = text.as_bytes();
    // The terminator run: ".", "?!", "...", "…", "?\"" etc.
    let mut run_end = i;
    let mut question = false;
    let mut dots = 0usize;
    let mut ellipsis = false;
    while run_end < bytes.len() {
        match bytes[run_end] {
            b'.' => {
                dots += 1;
                run_end += 1;
            }
            b'?' | b'!' => {
                question = true;
                run_end += 1;
            }
            _ if bytes[run_end..].starts_with("…".as_bytes()) => {
                ellipsis = true;
                run_end += 3;
            }
            _ => break,
        }
    }
    ellipsis |= dots >= 2;
    let mut close_end = run_end;
    let mut closed = false;
    for c in text[run_end..].chars() {
        if !is_closer(c) {
            break;
        }
        closed = true;
        close_end += c.len_utf8();
    }
    // A terminator glued to the next character ("3.5", "reuters.com",
    // "U.S", "?\"," ) is never a boundary.
    let after = &text[close_end..];
    match after.chars().next() {
        None => return Decision::Boundary(close_end),
        // ... except where scraping dropped the space between paragraphs:
        // "in the restive country.The strike on the home".
        Some(_) if dots == 1 && !question && !closed && glued_paragraphs(text, i, close_end) => return Decision::Boundary(close_end),
        Some(c) if !c.is_whitespace() => return Decision::Skip(run_end),
        Some(_) => {}
    }
    let rest = after.trim_start();
    // The first character of the next word, past any opening quotes.
    let next_word = rest.trim_start_matches(is_opener);
    let Some(first) = next_word.chars().next() else {
        return Decision::Boundary(close_end);
    };
    if first.is_lowercase() && !lowercase_text {
        return Decision::Skip(run_end);
    }
    let boundary = if lowercase_text && first.is_lowercase() {
        // Case says nothing here: an abbreviation ("approx.", "no.") or an
        // initial keeps the sentence going, any other word ends it.
        !ellipsis && (question || matches!(abbreviation_before(text, i), Abbrev::None))
    } else if question && !ellipsis {
        true
    } else if ellipsis {
        first.is_uppercase() || (first.is_alphabetic() && !first.is_lowercase())
    } else if closed {
        // `He said "we will win." Then` and `(See below.) Next`.
        true
    } else {
        period_ends_sentence(text, i, first, next_word)
    };
    if boundary {
        Decision::Boundary(close_end)
    } else {
        Decision::Skip(run_end)
    }
}

/// A period at `i` between a lower-case word of three letters or more and
/// a capitalised word, with no space ("country.The"):
/// two paragraphs whose break was lost, not a domain ("reuters.com"), a
/// URL's path or an abbreviation ("U.S.The" has a capital before).
fn glued_paragraphs(text: &str, i: usize, next: usize) -> bool {
    let before = word_before(text, i);
    let tail: Vec<char> = before.chars().rev().take(3).collect();
    let lower_word = tail.len() == 3 && tail.iter().all(|c| c.is_ascii_lowercase());
    let linkish = before.contains(['/', '@', ':', '.', '_', '=']) || before.starts_with("www");
    let mut after = text[next..].chars();
    let capitalised = after.next().is_some_and(|c| c.is_ascii_uppercase()) && after.next().is_some_and(|c| c.is_ascii_lowercase());
    // The next word ends like a word, not like a domain or file name
    // ("Example.Com/path", "Index.Html").
    let word_end = text[next..].find(|c: char| !c.is_alphanumeric()).map_or(text.len(), |k| next + k);
    let ends_as_word = !text[word_end..].starts_with(['.', '/']) || text[word_end..].starts_with(". ");
    lower_word && !linkish && capitalised && ends_as_word
}

/// The word before the period at `i`, classified.
fn abbreviation_before(text: &str, i: usize) -> Abbrev {
    classify(word_before(text, i))
}

/// The word before byte `i`, without opening quotes and hyphenated prefixes.
fn word_before(text: &str, i: usize) -> &str {
    let before = &text[..i];
    let word_start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |p| {
        p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let mut word = before[word_start..].trim_start_matches(is_opener);
    // "Maj.-Gen" -> "Gen": only the last hyphen-joined part matters.
    if let Some(p) = word.rfind(['-', '/']) {
        word = &word[p + 1..];
    }
    word
}

/// The single-period case: looks at the word before the period at `i`.
fn period_ends_sentence(text: &str, i: usize, first: char, next_word: &str) -> bool {
    let starter = || {
        let end = next_word
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(next_word.len());
        is_sentence_starter(&next_word[..end])
    };
    match abbreviation_before(text, i) {
        Abbrev::None => true,
        Abbrev::Title => false,
        Abbrev::BeforeNumber => !first.is_ascii_digit(),
        Abbrev::Etc => first.is_uppercase(),
        Abbrev::MayEnd | Abbrev::Initial | Abbrev::Acronym => first.is_uppercase() && starter(),
    }
}
