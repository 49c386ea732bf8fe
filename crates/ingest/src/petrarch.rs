//! PETRARCH's input XML: `<Sentences>` of `<Sentence date="YYYYMMDD"
//! id="..." source="..." sentence="True">` records with a `<Text>` (and a
//! `<Parse>` tree that dyad does not need: it parses the text itself).
//!
//! Both layouts are read: PETRARCH2's, where a record's children sit inside
//! `<Sentence>...</Sentence>`, and UniversalPetrarch's, where a self-closing
//! `<Sentence .../>` is followed by its parts as siblings. Each record is one
//! document: its id, its date, its source and its text. Validation files
//! (`<EventCoding>` expectations) read the same way, so `dyad code` can code
//! them. A record without an id or a text is reported with its line and
//! skipped; the others are read.

use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::dateline::Published;
use crate::document::{finish, Meta};
use crate::reader::Ctx;
use crate::{Document, IngestError};

/// A record being read.
struct Record {
    id: Option<String>,
    date: Option<String>,
    source: Option<String>,
    text: String,
    /// The `<Parse>` content: the text's words when `<Text>` is empty.
    parse: String,
    line: u64,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().with_checks(false).flatten().find(|a| a.key.as_ref().eq_ignore_ascii_case(name.as_bytes())).map(|a| {
        a.unescape_value().map(|v| v.into_owned()).unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned()).trim().to_string()
    })
}

/// `YYYYMMDD` (PETRARCH's story dates) or `YYMMDD`, else any date the
/// dateline reader knows.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(t, "%Y%m%d").ok();
    }
    if t.len() == 6 && t.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(t, "%y%m%d").ok();
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d").ok()
}

fn line_of(bytes: &[u8], pos: usize) -> u64 {
    bytes[..pos.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// Reads every record of a PETRARCH XML file.
pub(crate) fn read_petrarch(ctx: &Ctx, bytes: &[u8]) -> Vec<Result<Document, IngestError>> {
    let mut reader = Reader::from_reader(bytes);
    // UniversalPetrarch closes a self-closed `<Sentence/>` again, and its
    // prose headers hold bare `<EventCoding...>`: the structure that matters
    // is checked here, not by the reader.
    reader.config_mut().check_end_names = false;
    reader.config_mut().allow_unmatched_ends = true;
    let mut out = Vec::new();
    let mut open: Option<Record> = None;
    let mut in_text = false;
    let mut in_parse = false;
    let mut buf = Vec::new();
    loop {
        let pos = reader.buffer_position() as usize;
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(e) => {
                let at = line_of(bytes, reader.error_position() as usize);
                out.push(Err(IngestError::line(&ctx.name, at, format!("invalid XML: {e}"))));
                break;
            }
        };
        match &event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"Sentence" => {
                if let Some(r) = open.take() {
                    out.push(document(ctx, r));
                }
                open = Some(Record {
                    id: attr(e, "id").filter(|s| !s.is_empty()),
                    date: attr(e, "date"),
                    source: attr(e, "source").filter(|s| !s.is_empty()),
                    text: String::new(),
                    parse: String::new(),
                    line: line_of(bytes, pos),
                });
            }
            Event::Start(e) if e.name().as_ref() == b"Text" => in_text = open.is_some(),
            Event::End(e) if e.name().as_ref() == b"Text" => in_text = false,
            Event::Start(e) if e.name().as_ref() == b"Parse" => in_parse = open.is_some(),
            Event::End(e) if e.name().as_ref() == b"Parse" => in_parse = false,
            Event::Text(t) if in_text => {
                if let (Some(r), Ok(s)) = (open.as_mut(), t.decode()) {
                    r.text.push_str(&s);
                }
            }
            Event::Text(t) if in_parse => {
                if let (Some(r), Ok(s)) = (open.as_mut(), t.decode()) {
                    r.parse.push_str(&s);
                }
            }
            Event::CData(t) if in_text => {
                if let Some(r) = open.as_mut() {
                    r.text.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::GeneralRef(g) if in_text => {
                let resolved = match g.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match g.as_ref() {
                        b"amp" => "&".into(),
                        b"lt" => "<".into(),
                        b"gt" => ">".into(),
                        b"quot" => "\"".into(),
                        b"apos" => "'".into(),
                        other => format!("&{};", String::from_utf8_lossy(other)),
                    },
                };
                if let Some(r) = open.as_mut() {
                    r.text.push_str(&resolved);
                }
            }
            Event::End(e) if e.name().as_ref() == b"Sentence" => {
                if let Some(r) = open.take() {
                    out.push(document(ctx, r));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(r) = open.take() {
        out.push(document(ctx, r));
    }
    if out.is_empty() {
        out.push(Err(IngestError::file(&ctx.name, "PETRARCH XML without a <Sentence> record")));
    }
    out
}

fn document(ctx: &Ctx, r: Record) -> Result<Document, IngestError> {
    let Some(id) = r.id else {
        return Err(IngestError::line(&ctx.name, r.line, "<Sentence> without an id"));
    };
    let mut text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        // Some records carry only their parse: its words are the text.
        text = words_of_parse(&r.parse);
    }
    if text.is_empty() {
        return Err(IngestError::line(&ctx.name, r.line, format!("<Sentence id=\"{id}\"> has no <Text> and no <Parse> words")));
    }
    let date = match r.date.as_deref().filter(|d| !d.is_empty()) {
        None => None,
        Some(d) => Some(parse_date(d).ok_or_else(|| IngestError::line(&ctx.name, r.line, format!("<Sentence id=\"{id}\">: date {d:?} is not YYYYMMDD")))?),
    };
    let meta = Meta {
        id,
        published: date.map(|date| Published { date, datetime: None }),
        source: r.source,
        // PETRARCH's texts are English news.
        language: Some("en".into()),
        origin: crate::Origin { line: Some(r.line), ..ctx.origin() },
        ..Meta::default()
    };
    let mut doc = finish(&text, meta, false).map_err(|m| IngestError::line(&ctx.name, r.line, m))?;
    doc.given_parse = Some(r.parse).filter(|p| !p.trim().is_empty());
    Ok(doc)
}

/// The words of a `<Parse>`, as a sentence: the leaves of a Penn Treebank
/// tree (`(NNP Obama)`), or the FORM column of CoNLL-U lines, joined by
/// spaces except before closing punctuation and clitics and where CoNLL-U
/// says `SpaceAfter=No`.
fn words_of_parse(parse: &str) -> String {
    let mut words: Vec<(String, bool)> = Vec::new();
    let conllu = parse.lines().any(|l| l.split('\t').count() >= 10);
    if conllu {
        for line in parse.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() >= 10 && cols[0].bytes().all(|b| b.is_ascii_digit()) {
                words.push((cols[1].to_string(), !cols[9].contains("SpaceAfter=No")));
            }
        }
    } else {
        // A leaf is "(TAG word)": an opening parenthesis, a tag, a word,
        // and a closing parenthesis with no parenthesis between.
        let mut rest = parse;
        while let Some(open) = rest.find('(') {
            rest = &rest[open + 1..];
            let Some(close) = rest.find(')') else { break };
            let inner = &rest[..close];
            if !inner.contains('(') {
                if let Some((_, word)) = inner.trim().split_once(char::is_whitespace) {
                    let word = match word.trim() {
                        "-LRB-" => "(",
                        "-RRB-" => ")",
                        "-LCB-" => "{",
                        "-RCB-" => "}",
                        "``" | "''" => "\"",
                        w => w,
                    };
                    words.push((word.to_string(), true));
                }
            }
        }
    }
    let mut out = String::new();
    let mut space = false;
    for (w, space_after) in words {
        let attach = matches!(w.as_str(), "," | "." | ";" | ":" | "?" | "!" | ")" | "%") || w.starts_with('\'') || w.eq_ignore_ascii_case("n't");
        if space && !attach && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
        space = space_after && w != "(";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_come_back_from_either_kind_of_parse() {
        let penn = "(ROOT (S (NP (DT The) (NNP Malaysia) (NNS Airlines)) (VP (VBD was) (VP (VBN blown) (PRT (RP up)) (PP (IN over) (NP (NNP Ukraine))))) (. .)))";
        assert_eq!(words_of_parse(penn), "The Malaysia Airlines was blown up over Ukraine.");
        assert_eq!(words_of_parse("(S (NP (NNP Russia) (POS 's)) (VP (VBD did) (RB n't) (VB go)) (-LRB- -LRB-) (NN x) (-RRB- -RRB-))"), "Russia's didn't go (x)");
        let conllu = "1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_\n2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\tSpaceAfter=No\n3\t,\t,\tPUNCT\t,\t_\t0\troot\t_\t_\n";
        assert_eq!(words_of_parse(conllu), "Boko Haram,");
        assert_eq!(words_of_parse(""), "");
    }
}
