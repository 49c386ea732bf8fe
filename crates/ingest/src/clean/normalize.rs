//! Character-level normalisation and the canonical line/paragraph layout.
//!
//! Choices:
//! - Curly and low single quotes become `'`, curly and low double quotes
//!   become `"`. Guillemets (« » ‹ ›) are left alone: they are the ordinary
//!   quotes of several languages and are unambiguous.
//! - Hyphen-like dashes (hyphen, non-breaking hyphen, figure dash, en dash,
//!   minus sign) become `-`, keeping whatever spacing surrounds them, so
//!   "1990–95" gives "1990-95" and "Baku – Beijing" gives "Baku - Beijing".
//!   Em dashes and horizontal bars are never hyphens: they become `-`, and
//!   when written tight between two words ("said—quietly") they get spaces
//!   ("said - quietly") so that a tokenizer does not see one hyphenated word.
//! - Non-breaking and other odd spaces and tabs become a plain space; zero-width
//!   spaces, word joiners, byte-order marks, soft hyphens and bidirectional
//!   marks are removed. Zero-width (non-)joiners are kept: Persian and Indic
//!   scripts and emoji need them.
//! - Control characters are removed; CR LF, CR, form feed, vertical tab and
//!   NEL become line breaks, the Unicode paragraph separator a blank line.

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalises characters, then lays the text out canonically: lines trimmed,
/// runs of spaces collapsed, paragraphs separated by exactly one blank line.
pub(crate) fn normalize(raw: &str) -> String {
    layout(&map_chars(raw))
}

/// Normalises a one-line string (a title): characters as in [`normalize`],
/// all whitespace collapsed to single spaces.
pub(crate) fn normalize_line(s: &str) -> String {
    let mapped = map_chars(s);
    let mut out = String::with_capacity(mapped.len());
    for word in mapped.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn map_chars(raw: &str) -> String {
    let nfc: std::borrow::Cow<'_, str> = if is_nfc_quick(raw.chars()) == IsNormalized::Yes {
        raw.into()
    } else {
        raw.nfc().collect::<String>().into()
    };
    let mut out = String::with_capacity(nfc.len());
    let mut chars = nfc.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            '\t'
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}' => out.push(' '),
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' => out.push('\''),
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => {
                let tight_before = out.chars().next_back().is_some_and(|p| !p.is_whitespace());
                let tight_after = chars
                    .peek()
                    .is_some_and(|n| !n.is_whitespace() && !is_dropped(*n));
                if tight_before && tight_after {
                    out.push_str(" - ");
                } else {
                    out.push('-');
                }
            }
            c if is_dropped(c) => {}
            _ => out.push(c),
        }
    }
    out
}

/// Invisible characters that carry no text: format marks and control characters.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{180E}'
    ) || (c.is_control() && c != '\n')
}

/// Trims lines, collapses spaces, and separates paragraphs by one blank line.
pub(crate) fn layout(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_pending = false;
    for line in text.split('\n') {
        let mut words = line.split(' ').filter(|w| !w.is_empty()).peekable();
        if words.peek().is_none() {
            blank_pending = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_pending { "\n\n" } else { "\n" });
        }
        blank_pending = false;
        let mut first = true;
        for w in words {
            if !first {
                out.push(' ');
            }
            out.push_str(w);
            first = false;
        }
    }
    out
}
