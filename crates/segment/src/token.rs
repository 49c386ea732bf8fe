//! Tokenisation of one sentence, with offsets into the whole text.

use crate::abbrev::{classify, Abbrev};
use crate::{Span, Token, TokenKind};

/// Tokenises the part of `text` covered by `span` (normally one sentence
/// from [`crate::split_sentences`]). Offsets are into `text`.
///
/// Whitespace separates tokens and is never part of one. If `span` is out of
/// bounds or not on character boundaries, no tokens are returned.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let Some(s) = text.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut t = Tokenizer {
        s,
        base: span.start,
        out: &mut out,
    };
    t.run();
    out
}

/// Splits a token at its hyphens and returns the spans of the non-empty
/// parts: "well-known" gives "well" and "known"; a token without hyphens
/// gives itself. Recognised hyphens: `-`, U+2010 and U+2011.
///
/// ```
/// use dyad_segment::{hyphen_parts, tokenize, Span};
/// let text = "military-technical cooperation";
/// let tokens = tokenize(text, Span { start: 0, end: text.len() });
/// let parts: Vec<&str> = hyphen_parts(text, tokens[0].span).map(|p| p.text(text)).collect();
/// assert_eq!(parts, ["military", "technical"]);
/// ```
pub fn hyphen_parts(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = text.get(span.start..span.end).unwrap_or("");
    let base = span.start;
    s.split(is_hyphen).filter(|p| !p.is_empty()).map(move |p| {
        // `p` is a subslice of `s`, so pointer arithmetic gives its offset.
        let start = base + (p.as_ptr() as usize - s.as_ptr() as usize);
        Span {
            start,
            end: start + p.len(),
        }
    })
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Letters, digits and combining marks (so decomposed accents stay inside
/// their word).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
            || matches!(c, '\u{0300}'..='\u{036F}' | '\u{200D}' | '\u{1AB0}'..='\u{1AFF}')
    }
}

fn is_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '\''
            | '"'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '/'
            | '\\'
            | '\u{2010}'
            ..='\u{2027}'
                | '\u{00AB}'
                | '\u{00BB}'
                | '\u{2039}'
                | '\u{203A}'
                | '\u{00A1}'
                | '\u{00BF}'
                | '\u{00B7}'
    )
}

struct Tokenizer<'a, 'o> {
    s: &'a str,
    base: usize,
    out: &'o mut Vec<Token>,
}

impl Tokenizer<'_, '_> {
    fn char_at(&self, p: usize) -> Option<char> {
        let b = *self.s.as_bytes().get(p)?;
        if b < 0x80 {
            Some(b as char)
        } else {
            self.s[p..].chars().next()
        }
    }

    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.out.push(Token {
            span: Span {
                start: self.base + start,
                end: self.base + end,
            },
            kind,
        });
    }

    fn run(&mut self) {
        let mut p = 0;
        while let Some(c) = self.char_at(p) {
            if c.is_whitespace() {
                p += c.len_utf8();
            } else if is_word_char(c) {
                p = self.word(p);
            } else {
                p = self.other(p, c);
            }
        }
    }

    /// Punctuation and symbols starting at `p`; returns the next offset.
    fn other(&mut self, p: usize, c: char) -> usize {
        let len = c.len_utf8();
        if c == '.' || c == '-' {
            // "..." and "--" are single tokens.
            let run = self.s[p..].bytes().take_while(|&b| b == c as u8).count();
            self.push(p, p + run, TokenKind::Punct);
            return p + run;
        }
        let kind = if is_punct(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        self.push(p, p + len, kind);
        p + len
    }

    /// A word, number, URL or abbreviation starting at `p` (a word char).
    fn word(&mut self, p: usize) -> usize {
        if let Some(end) = self.url(p) {
            self.push(p, end, TokenKind::Url);
            return end;
        }
        let end = self.word_end(p);
        let w = &self.s[p..end];
        // Abbreviations keep their period: "U.S.", "Gen.", "W.", "e.g.".
        if self.s.as_bytes().get(end) == Some(&b'.') {
            let keep = match classify(w) {
                Abbrev::None => false,
                // "No. 5" but "No. Jack": only before a number.
                Abbrev::BeforeNumber => self.s[end + 1..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit()),
                _ => true,
            };
            if keep {
                self.push(p, end + 1, TokenKind::Abbrev);
                return self.abbrev_clitic(end + 1);
            }
        }
        if let Some(split) = clitic_split(w) {
            if split > 0 {
                self.push(p, p + split, kind_of(&w[..split]));
            }
            self.push(p + split, end, TokenKind::Clitic);
            return end;
        }
        self.push(p, end, kind_of(w));
        end
    }

    /// After an abbreviation ending at `q`: splits off a possessive, as in
    /// "U.S.'s", which the word scan stops short of. Returns the next offset.
    fn abbrev_clitic(&mut self, q: usize) -> usize {
        let rest = &self.s[q..];
        let apos = match rest.chars().next() {
            Some(c) if is_apostrophe(c) => c.len_utf8(),
            _ => return q,
        };
        let after = &rest[apos..];
        if after.starts_with('s') && !after[1..].starts_with(is_word_char) {
            self.push(q, q + apos + 1, TokenKind::Clitic);
            return q + apos + 1;
        }
        q
    }

    /// End of the word starting at `p`: word chars plus internal joiners.
    fn word_end(&self, p: usize) -> usize {
        let mut q = p;
        let mut prev = '\0';
        while let Some(c) = self.char_at(q) {
            let len = c.len_utf8();
            if is_word_char(c) {
                prev = c;
                q += len;
                continue;
            }
            let next = self.char_at(q + len);
            let joins = match c {
                '\'' | '\u{2019}' => next.is_some_and(char::is_alphabetic),
                '-' | '\u{2010}' | '\u{2011}' | '.' => next.is_some_and(is_word_char),
                '@' => next.is_some_and(is_word_char),
                ':' | '/' => prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit()),
                // Thousands separator: "1,000" but not "1,2" or "5,1000".
                ',' => {
                    let digits = self.s.as_bytes()[q + 1..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count();
                    prev.is_ascii_digit() && digits == 3
                }
                '&' => prev.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_uppercase()),
                _ => false,
            };
            if !joins {
                break;
            }
            prev = c;
            q += len;
        }
        q
    }

    /// A URL starting at `p` ("http://", "https://", "www."): runs to the
    /// next whitespace, minus trailing punctuation.
    fn url(&self, p: usize) -> Option<usize> {
        let rest = &self.s[p..];
        let b = rest.as_bytes();
        let starts = |pat: &[u8]| b.len() >= pat.len() && b[..pat.len()].eq_ignore_ascii_case(pat);
        let head_len = if starts(b"https://") {
            8
        } else if starts(b"http://") {
            7
        } else if starts(b"www.") {
            4
        } else {
            return None;
        };
        let body_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let trimmed = rest[..body_end].trim_end_matches(|c: char| {
            matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '"'
                    | '\''
                    | '\u{201D}'
                    | '\u{2019}'
            )
        });
        // "www." with nothing after it is not a URL.
        (trimmed.len() > head_len).then(|| p + trimmed.len())
    }
}

/// Where to split a clitic off the end of `w`, if it has one:
/// "Azerbaijan's" -> 10 ("'s"), "don't" -> 2 ("n't").
fn clitic_split(w: &str) -> Option<usize> {
    let (apos, a) = w.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let suffix = &w[apos + a.len_utf8()..];
    if suffix.len() > 2 || !suffix.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = suffix.to_ascii_lowercase();
    match lower.as_str() {
        "s" | "re" | "ve" | "ll" | "d" | "m" if apos > 0 => Some(apos),
        // "don't" -> "do" + "n't"; "can't" -> "ca" + "n't" (Penn Treebank style).
        "t" if apos > 1 && matches!(w.as_bytes()[apos - 1], b'n' | b'N') => Some(apos - 1),
        _ => None,
    }
}

/// Kind of a token produced by [`Tokenizer::word_end`].
fn kind_of(w: &str) -> TokenKind {
    let b = w.as_bytes();
    if b[0].is_ascii_digit() {
        let digits_end = b
            .iter()
            .position(|c| !(c.is_ascii_digit() || b".,:/-".contains(c)))
            .unwrap_or(b.len());
        let tail = &w[digits_end..];
        if tail.is_empty() {
            return TokenKind::Number;
        }
        // Ordinals: "1st", "22nd", "3rd", "4th".
        if b[digits_end - 1].is_ascii_digit()
            && b[..digits_end].iter().all(u8::is_ascii_digit)
            && matches!(
                tail.to_ascii_lowercase().as_str(),
                "st" | "nd" | "rd" | "th"
            )
        {
            return TokenKind::Number;
        }
        return TokenKind::Word;
    }
    if w.contains('@') {
        return TokenKind::Url;
    }
    // "reuters.com", "mod.gov.az": dotted, ending in a 2+ letter label.
    if let Some(dot) = w.rfind('.') {
        let tld = &w[dot + 1..];
        // Lowercase only, so a missing space ("age.Yet") is not a domain.
        if tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_lowercase()) {
            return TokenKind::Url;
        }
    }
    TokenKind::Word
}
