//! Exact expected tokens for each tokenisation rule.

use dyad_segment::{hyphen_parts, tokenize, Span, TokenKind};

fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(
        text,
        Span {
            start: 0,
            end: text.len(),
        },
    )
    .iter()
    .map(|t| (t.text(text), t.kind))
    .collect()
}

fn words(text: &str) -> Vec<&str> {
    toks(text).into_iter().map(|(w, _)| w).collect()
}

use TokenKind::*;

#[test]
fn clitics_are_split() {
    assert_eq!(
        toks("Azerbaijan's People\u{2019}s don't can't it's"),
        [
            ("Azerbaijan", Word),
            ("'s", Clitic),
            ("People", Word),
            ("\u{2019}s", Clitic),
            ("do", Word),
            ("n't", Clitic),
            ("ca", Word),
            ("n't", Clitic),
            ("it", Word),
            ("'s", Clitic),
        ]
    );
    assert_eq!(
        words("O'Brien we're I'm they'll you've she'd countries' rock'n'roll"),
        [
            "O'Brien",
            "we",
            "'re",
            "I",
            "'m",
            "they",
            "'ll",
            "you",
            "'ve",
            "she",
            "'d",
            "countries",
            "'",
            "rock'n'roll"
        ]
    );
}

#[test]
fn hyphens_and_dashes() {
    let t = "military-technical talks - and well-known 10-year-old ties -- \u{2014} ok";
    assert_eq!(
        toks(t),
        [
            ("military-technical", Word),
            ("talks", Word),
            ("-", Punct),
            ("and", Word),
            ("well-known", Word),
            ("10-year-old", Word),
            ("ties", Word),
            ("--", Punct),
            ("\u{2014}", Punct),
            ("ok", Word),
        ]
    );
    let tokens = tokenize(
        t,
        Span {
            start: 0,
            end: t.len(),
        },
    );
    let parts: Vec<&str> = hyphen_parts(t, tokens[5].span).map(|p| p.text(t)).collect();
    assert_eq!(parts, ["10", "year", "old"]);
    let parts: Vec<Span> = hyphen_parts(t, tokens[1].span).collect();
    assert_eq!(parts, [tokens[1].span]);
    // Parts are offsets into the whole text.
    let p: Vec<Span> = hyphen_parts(t, tokens[0].span).collect();
    assert_eq!(&t[p[1].start..p[1].end], "technical");
}

#[test]
fn numbers() {
    assert_eq!(
        toks("3.5 1,000 1,000.50 2.0 2019-10-22 10:30 22nd 3rd 1,2 3.5bn"),
        [
            ("3.5", Number),
            ("1,000", Number),
            ("1,000.50", Number),
            ("2.0", Number),
            ("2019-10-22", Number),
            ("10:30", Number),
            ("22nd", Number),
            ("3rd", Number),
            ("1", Number),
            (",", Punct),
            ("2", Number),
            ("3.5bn", Word),
        ]
    );
}

#[test]
fn abbreviations_keep_their_period() {
    assert_eq!(
        toks(
            "Col. Gen. W. Fenghe, the U.S. and e.g. J.R.R. Tolkien at 5 p.m. on Oct. 22 etc. end."
        ),
        [
            ("Col.", Abbrev),
            ("Gen.", Abbrev),
            ("W.", Abbrev),
            ("Fenghe", Word),
            (",", Punct),
            ("the", Word),
            ("U.S.", Abbrev),
            ("and", Word),
            ("e.g.", Abbrev),
            ("J.R.R.", Abbrev),
            ("Tolkien", Word),
            ("at", Word),
            ("5", Number),
            ("p.m.", Abbrev),
            ("on", Word),
            ("Oct.", Abbrev),
            ("22", Number),
            ("etc.", Abbrev),
            ("end", Word),
            (".", Punct),
        ]
    );
    assert_eq!(
        toks("the U.S.\u{2019}s and U.N.'s."),
        [
            ("the", Word),
            ("U.S.", Abbrev),
            ("\u{2019}s", Clitic),
            ("and", Word),
            ("U.N.", Abbrev),
            ("'s", Clitic),
            (".", Punct),
        ]
    );
    assert_eq!(
        words("No. 5 and Art. 51, but No. Jack"),
        ["No.", "5", "and", "Art.", "51", ",", "but", "No", ".", "Jack"]
    );
}

#[test]
fn punctuation_and_symbols() {
    assert_eq!(
        toks("\"We won!\" (he said)... $5 or 10% \u{201C}ok\u{201D}? AT&T #1"),
        [
            ("\"", Punct),
            ("We", Word),
            ("won", Word),
            ("!", Punct),
            ("\"", Punct),
            ("(", Punct),
            ("he", Word),
            ("said", Word),
            (")", Punct),
            ("...", Punct),
            ("$", Symbol),
            ("5", Number),
            ("or", Word),
            ("10", Number),
            ("%", Symbol),
            ("\u{201C}", Punct),
            ("ok", Word),
            ("\u{201D}", Punct),
            ("?", Punct),
            ("AT&T", Word),
            ("#", Symbol),
            ("1", Number),
        ]
    );
}

#[test]
fn urls_and_emails() {
    assert_eq!(
        toks(
            "See https://www.reuters.com/a/b?c=1. Or reuters.com, www.x.org and press@mod.gov.az."
        ),
        [
            ("See", Word),
            ("https://www.reuters.com/a/b?c=1", Url),
            (".", Punct),
            ("Or", Word),
            ("reuters.com", Url),
            (",", Punct),
            ("www.x.org", Url),
            ("and", Word),
            ("press@mod.gov.az", Url),
            (".", Punct),
        ]
    );
}

#[test]
fn offsets_are_into_the_whole_text() {
    let text = "First one. Señor Díaz's visit.";
    let span = Span {
        start: 11,
        end: text.len(),
    };
    let tokens = tokenize(text, span);
    let got: Vec<(usize, &str)> = tokens
        .iter()
        .map(|t| (t.span.start, t.text(text)))
        .collect();
    assert_eq!(
        got,
        [
            (11, "Señor"),
            (18, "Díaz"),
            (23, "'s"),
            (26, "visit"),
            (31, ".")
        ]
    );
    // A span that does not fit the text yields nothing rather than panicking.
    assert!(tokenize(text, Span { start: 14, end: 16 }).is_empty());
    assert!(tokenize(text, Span { start: 5, end: 500 }).is_empty());
}

#[test]
fn combining_marks_stay_in_words() {
    let t = "Cafe\u{0301} au lait";
    assert_eq!(words(t), ["Cafe\u{0301}", "au", "lait"]);
}
