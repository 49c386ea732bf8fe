//! Streaming reader for PETRARCH validation XML, in both layouts:
//!
//! - PETRARCH2's (`PETR.UnitTest.records.xml`): `<Sentence ...>` holds its
//!   `<EventCoding>`, `<Text>` and `<Parse>` children up to `</Sentence>`;
//! - UniversalPetrarch's (`PETR2_GSR_validation.xml`): `<Sentence .../>` is
//!   self-closing and its codings, text and CoNLL-U parse follow it as
//!   siblings, up to a stray `</Sentence>` or the next `<Sentence`.
//!
//! The records matter: their attributes, `<Text>`, `<EventCoding>` and
//! `<Parse>` (kept as written, for `--use-given-parse`), and the
//! `<Environment>` and `<Config>` settings. Comments and `<Stop>` are
//! skipped.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use serde::Serialize;

use super::Triple;
use crate::error::{line_of, read_file, EvalError};

/// What a record expects the coder to produce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expectation {
    /// The listed triples (possibly none, when no `<EventCoding>` is given).
    Events,
    /// `noevents="True"`: nothing.
    NoEvents,
    /// `error="…"`: the coder should reject the input, so no events.
    Error(String),
}

/// One `<Sentence>` validation record.
#[derive(Debug, Clone, Serialize)]
pub struct PetrarchRecord {
    /// The `id` attribute (not unique in every file; see [`PetrarchGold::duplicate_ids`]).
    pub id: String,
    /// The id predictions name the record by: its id, or for the n-th
    /// record (1-based) of an id several records share, `<id>#<n>`.
    pub key: String,
    /// The `date` attribute (`YYYYMMDD`).
    pub date: String,
    /// The `category` attribute (feature under test), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The sentence text, whitespace collapsed.
    pub text: String,
    /// Expected distinct triples (empty for `noevents` / `error` records).
    pub expected: BTreeSet<Triple>,
    /// How the expectation was written.
    pub expectation: Expectation,
    /// Line of the `<Sentence>` start tag.
    pub line: usize,
    /// The `<Parse>` as written (a Penn tree, or CoNLL-U in
    /// UniversalPetrarch's files); empty when the record has none.
    #[serde(skip)]
    pub parse: String,
    /// The `<Config option= value=>` settings in effect for the record
    /// (set between records and kept until changed), sorted by option:
    /// PETRARCH's unit suite switches `require_dyad` this way.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<(String, String)>,
}

/// A loaded PETRARCH validation file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PetrarchGold {
    /// Records in file order.
    pub records: Vec<PetrarchRecord>,
    /// Ids used by more than one record, sorted. Predictions tell such
    /// records apart by their [`PetrarchRecord::key`] (`<id>#<n>`); a
    /// prediction naming the bare id counts for each of them.
    pub duplicate_ids: Vec<String>,
    /// The `<Environment>` block's settings in file order: element name and
    /// text (`Verbfile` → `PETR.Validate.verbs.txt`; lists stay as written).
    pub environment: Vec<(String, String)>,
}

/// Loads a PETRARCH validation XML file.
pub fn load_petrarch_gold(path: &Path) -> Result<PetrarchGold, EvalError> {
    let bytes = read_file(path)?;
    parse_petrarch_gold(&bytes, &path.display().to_string())
}

/// A record being read.
struct Open {
    record: PetrarchRecord,
    no_events: bool,
    error: Option<String>,
    /// Opened by a self-closing `<Sentence/>` (UniversalPetrarch): its
    /// parts follow as siblings.
    siblings: bool,
}

fn attr(
    file: &str,
    line: usize,
    e: &BytesStart<'_>,
    name: &str,
) -> Result<Option<String>, EvalError> {
    for a in e.attributes().with_checks(false) {
        let a = a.map_err(|err| EvalError::parse(file, line, format!("bad attribute: {err}")))?;
        if a.key.as_ref().eq_ignore_ascii_case(name.as_bytes()) {
            let value = match a.unescape_value() {
                Ok(v) => v.into_owned(),
                // An unknown entity in a value: keep the raw text rather than fail.
                Err(_) => String::from_utf8_lossy(&a.value).into_owned(),
            };
            return Ok(Some(value.trim().to_string()));
        }
    }
    Ok(None)
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses PETRARCH validation XML from memory; `file` names the input in errors.
///
/// A record passes when the coder produces exactly its set of triples.
/// Malformed XML, an `<EventCoding>` lacking one of its three codes, or a
/// record mixing triples with `noevents`/`error` is an error naming the line.
pub fn parse_petrarch_gold(bytes: &[u8], file: &str) -> Result<PetrarchGold, EvalError> {
    let mut reader = Reader::from_reader(bytes);
    // UniversalPetrarch closes a self-closed `<Sentence/>` again later: end
    // tags are checked here, with that one exception, not by the reader.
    reader.config_mut().check_end_names = false;
    reader.config_mut().allow_unmatched_ends = true;
    let mut elements: Vec<Vec<u8>> = Vec::new();
    // The `<Environment>` child being read, if any.
    let mut setting: Option<String> = None;
    let mut buf = Vec::new();
    let mut gold = PetrarchGold::default();
    let mut open: Option<Open> = None;
    let mut in_text = false;
    let mut in_parse = false;
    let mut lines = LineCounter::default();
    let mut config: Vec<(String, String)> = Vec::new();
    loop {
        let line = lines.line_at(bytes, reader.buffer_position() as usize);
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            let at = line_of(bytes, reader.error_position() as usize);
            EvalError::parse(file, at, format!("invalid XML: {e}"))
        })?;
        let is_empty = matches!(event, Event::Empty(_));
        match &event {
            Event::Start(e) => elements.push(e.name().as_ref().to_vec()),
            Event::End(e) if elements.last().is_some_and(|top| top.as_slice() == e.name().as_ref()) => {
                elements.pop();
            }
            Event::End(e) if e.name().as_ref() == b"Sentence" && open.as_ref().is_some_and(|o| o.siblings) => {}
            // An element left open inside this one (UniversalPetrarch's
            // header has a bare `<EventCoding...>` in its prose) closes with it.
            Event::End(e) if elements.iter().any(|n| n.as_slice() == e.name().as_ref()) => {
                while elements.pop().is_some_and(|n| n.as_slice() != e.name().as_ref()) {}
            }
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let expected = elements.last().map_or("no end tag".to_string(), |top| format!("</{}>", String::from_utf8_lossy(top)));
                return Err(EvalError::parse(file, line, format!("invalid XML: </{name}> where {expected} was due")));
            }
            _ => {}
        }
        match &event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"Config" => {
                if let (Some(option), Some(value)) = (attr(file, line, e, "option")?, attr(file, line, e, "value")?) {
                    config.retain(|(o, _)| *o != option);
                    config.push((option, value));
                    config.sort();
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"Sentence" => {
                match open.take() {
                    Some(o) if o.siblings => gold.records.push(finish(file, o)?),
                    Some(o) => {
                        return Err(EvalError::parse(
                            file,
                            line,
                            format!("<Sentence> inside unclosed <Sentence id={:?}>", o.record.id),
                        ))
                    }
                    None => {}
                }
                let id = attr(file, line, e, "id")?
                    .filter(|s| !s.is_empty())
                    .ok_or_else(|| EvalError::parse(file, line, "<Sentence> has no id"))?;
                let o = Open {
                    record: PetrarchRecord {
                        key: id.clone(),
                        id,
                        date: attr(file, line, e, "date")?.unwrap_or_default(),
                        category: attr(file, line, e, "category")?,
                        text: String::new(),
                        expected: BTreeSet::new(),
                        config: config.clone(),
                        parse: String::new(),
                        expectation: Expectation::Events,
                        line,
                    },
                    no_events: false,
                    error: None,
                    siblings: is_empty,
                };
                open = Some(o);
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == b"EventCoding" => {
                let Some(o) = open.as_mut() else {
                    return Err(EvalError::parse(
                        file,
                        line,
                        "<EventCoding> outside a <Sentence>",
                    ));
                };
                if let Some(v) = attr(file, line, e, "noevents")? {
                    o.no_events |= v.eq_ignore_ascii_case("true");
                } else if let Some(v) = attr(file, line, e, "error")? {
                    o.error = Some(v);
                } else {
                    let get = |name: &str| -> Result<String, EvalError> {
                        attr(file, line, e, name)?.ok_or_else(|| {
                            EvalError::parse(file, line, format!("<EventCoding> has no {name}"))
                        })
                    };
                    let t =
                        Triple::new(&get("sourcecode")?, &get("targetcode")?, &get("eventcode")?);
                    o.record.expected.insert(t);
                }
            }
            Event::Start(e) if open.is_none() && elements.len() >= 2 && elements[elements.len() - 2].as_slice() == b"Environment" => {
                setting = Some(String::from_utf8_lossy(e.name().as_ref()).into_owned());
            }
            Event::Text(t) if setting.is_some() => {
                if let (Some(name), Ok(value)) = (setting.take(), t.decode()) {
                    if !value.trim().is_empty() {
                        gold.environment.push((name, value.trim().to_string()));
                    }
                }
            }
            Event::Start(e) if e.name().as_ref() == b"Text" => in_text = open.is_some(),
            Event::End(e) if e.name().as_ref() == b"Text" => in_text = false,
            Event::Start(e) if e.name().as_ref() == b"Parse" => in_parse = open.is_some(),
            Event::End(e) if e.name().as_ref() == b"Parse" => in_parse = false,
            Event::Text(t) if in_text || in_parse => {
                let s = t
                    .decode()
                    .map_err(|e| EvalError::parse(file, line, format!("bad text: {e}")))?;
                if let Some(o) = open.as_mut() {
                    if in_parse { &mut o.record.parse } else { &mut o.record.text }.push_str(&s);
                }
            }
            Event::CData(t) if in_text || in_parse => {
                if let Some(o) = open.as_mut() {
                    if in_parse { &mut o.record.parse } else { &mut o.record.text }.push_str(&String::from_utf8_lossy(t.as_ref()));
                }
            }
            Event::GeneralRef(r) if in_text || in_parse => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => match name.as_str() {
                        "amp" => "&".into(),
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        _ => format!("&{name};"),
                    },
                };
                if let Some(o) = open.as_mut() {
                    if in_parse { &mut o.record.parse } else { &mut o.record.text }.push_str(&resolved);
                }
            }
            Event::End(e) if e.name().as_ref() == b"Sentence" => {
                let o = open.take().ok_or_else(|| {
                    EvalError::parse(file, line, "</Sentence> without <Sentence>")
                })?;
                gold.records.push(finish(file, o)?);
            }
            // The end of the records' container closes a last sibling record.
            Event::End(e) if matches!(e.name().as_ref(), b"Sentences" | b"Validation") => {
                if let Some(o) = open.take_if(|o| o.siblings) {
                    gold.records.push(finish(file, o)?);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(o) = open.take_if(|o| o.siblings) {
        gold.records.push(finish(file, o)?);
    }
    if let Some(o) = open {
        return Err(EvalError::parse(
            file,
            o.record.line,
            format!("<Sentence id={:?}> is never closed", o.record.id),
        ));
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for r in &gold.records {
        *counts.entry(r.id.as_str()).or_default() += 1;
    }
    let mut dups: Vec<String> = counts
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| id.to_string())
        .collect();
    dups.sort();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in &mut gold.records {
        if dups.binary_search(&r.id).is_ok() {
            let n = seen.entry(r.id.clone()).or_default();
            *n += 1;
            r.key = format!("{}#{n}", r.id);
        } else {
            r.key = r.id.clone();
        }
    }
    gold.duplicate_ids = dups;
    Ok(gold)
}

/// Line numbers for increasing byte offsets, counted incrementally so a long
/// file is not rescanned from the start for every event.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    fn line_at(&mut self, bytes: &[u8], offset: usize) -> usize {
        let offset = offset.min(bytes.len());
        if offset < self.offset {
            return line_of(bytes, offset);
        }
        self.newlines += bytes[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.offset = offset;
        self.newlines + 1
    }
}

fn finish(file: &str, o: Open) -> Result<PetrarchRecord, EvalError> {
    let mut record = o.record;
    record.text = collapse(&record.text);
    if (o.no_events || o.error.is_some()) && !record.expected.is_empty() {
        return Err(EvalError::parse(
            file,
            record.line,
            format!("record {:?} lists events and also expects none", record.id),
        ));
    }
    record.expectation = match (o.error, o.no_events) {
        (Some(reason), _) => Expectation::Error(reason),
        (None, true) => Expectation::NoEvents,
        (None, false) => Expectation::Events,
    };
    Ok(record)
}
