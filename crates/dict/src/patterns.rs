//! Event patterns: the wording that signals an event, each mapped to a
//! CAMEO code (format in `dictionaries/README.md`, section `events/`).

use std::collections::HashMap;

use dyad_ontology::cameo::{self, CameoEvent};
use dyad_ontology::plover::context;
use dyad_ontology::Category;

use crate::lexicon::Lexicon;
use crate::tsv::rows;
use crate::vocab::{phrase_tokens, Vocab, WordId};
use crate::DictError;

/// What one element of a pattern matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ElementKind {
    /// Any inflection of one of these verb lemmas (written in capitals,
    /// alternatives separated by `|`).
    Verb(Vec<WordId>),
    /// One of these words.
    Words(Vec<WordId>),
    /// Exactly one token, any.
    Any,
    /// Up to four tokens, none ending a clause.
    Gap,
    /// Where the recipient noun phrase stands.
    Target,
    /// Where the source noun phrase stands.
    Source,
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// What it matches.
    pub kind: ElementKind,
    /// May be absent.
    pub optional: bool,
}

/// Options of a pattern.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PatternOptions {
    /// PLOVER modes added to the code's own.
    pub modes: Vec<&'static str>,
    /// PLOVER contexts added to the code's own.
    pub contexts: Vec<&'static str>,
    /// All parties are actors; no recipient.
    pub reciprocal: bool,
    /// No target is sought.
    pub intransitive: bool,
    /// A false friend: cancels patterns anchored on the same word.
    pub negative: bool,
    /// The clause's subject is the recipient and its object the actor
    /// ("Putin hosted Rouhani": PLOVER makes the visitor the actor and the
    /// host the recipient).
    pub inverse: bool,
    /// The words before the verb are its object told in the passive ("the
    /// curfew was lifted"), not its actor: the actor is the passive's agent,
    /// else the one the act implies.
    pub passive: bool,
    /// The PLOVER category the wording shows where PLOVER's definitions
    /// differ from the CAMEO-to-PLOVER table for the pattern's code
    /// (resignations are RETREAT, lifted curfews CONCEDE).
    pub category: Option<Category>,
    /// Another pattern (by id) whose event the same words report as well:
    /// a prison sentence is a conviction (SANCTION `convict`) and, PLOVER
    /// adds, a detention (COERCE `arrest`).
    pub also_id: Option<String>,
}

/// One event pattern.
#[derive(Debug, Clone)]
pub struct EventPattern {
    /// Stable id (`consult.meet_with`).
    pub id: String,
    /// The CAMEO event (None only for negative patterns).
    pub cameo: Option<&'static CameoEvent>,
    /// The PLOVER category the code maps to.
    pub category: Option<Category>,
    /// The elements, in order.
    pub elements: Vec<Element>,
    /// Index of the anchor element (the event word).
    pub anchor: usize,
    /// Options.
    pub options: PatternOptions,
    /// The pattern as written.
    pub text: String,
    /// File it was read from.
    pub file: String,
    /// Line in that file.
    pub line: usize,
    /// Read from `events/generated/`: vocabulary converted from another
    /// dictionary, which gives way to the hand-written patterns (see
    /// `dictionaries/README.md`).
    pub generated: bool,
    /// The index of the pattern named by `options.also_id`, resolved when
    /// the dictionaries are loaded.
    pub also: Option<usize>,
}

impl EventPattern {
    /// True for a pattern anchored on a noun ("talks", "attack on"), not a
    /// verb form.
    pub fn is_nominal(&self) -> bool {
        matches!(self.elements[self.anchor].kind, ElementKind::Words(_))
    }
}

/// Pattern files under this folder are generated from other dictionaries
/// and give way to the others.
pub const GENERATED_DIR: &str = "events/generated/";

fn is_verb_token(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_uppercase() || c == '-' || c == '\'')
}

fn parse_element(file: &str, line: usize, raw: &str, lexicon: &Lexicon, vocab: &mut Vocab) -> Result<Element, DictError> {
    let (body, optional) = match raw.strip_suffix('?') {
        Some(b) if !b.is_empty() => (b, true),
        _ => (raw, false),
    };
    let kind = match body {
        "..." => ElementKind::Gap,
        "*" => ElementKind::Any,
        "+" => ElementKind::Target,
        "$" => ElementKind::Source,
        _ if body.split('|').all(is_verb_token) => {
            let mut lemmas = Vec::new();
            for alt in body.split('|') {
                let lemma = vocab.intern(&alt.to_lowercase());
                if lexicon.forms_of(lemma).is_empty() {
                    return Err(DictError::at(file, line, format!("{alt} is not a verb in lexicon/verb-forms.tsv")));
                }
                lemmas.push(lemma);
            }
            ElementKind::Verb(lemmas)
        }
        _ => {
            let mut words = Vec::new();
            for alt in body.split('|') {
                if alt.is_empty() || alt.chars().any(|c| c.is_uppercase()) {
                    return Err(DictError::at(file, line, format!("literal {alt:?} in {raw:?} must be a non-empty lower-case word")));
                }
                let toks = phrase_tokens(alt);
                if toks.len() != 1 {
                    return Err(DictError::at(file, line, format!("literal {alt:?} is {} tokens; write one element per token", toks.len())));
                }
                words.push(vocab.intern(&toks[0]));
            }
            ElementKind::Words(words)
        }
    };
    if optional && matches!(kind, ElementKind::Target | ElementKind::Source | ElementKind::Gap) {
        return Err(DictError::at(file, line, format!("{body} cannot be optional")));
    }
    Ok(Element { kind, optional })
}

/// Reads a row's options. `category` is the row's category (the one it
/// names, else its code's), which its modes must belong to; `named` the one
/// it names with `category=`.
fn parse_options(file: &str, line: usize, field: &str, category: Option<Category>, named: Option<Category>) -> Result<PatternOptions, DictError> {
    let mut o = PatternOptions { category: named, ..PatternOptions::default() };
    for opt in field.split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match opt {
            "reciprocal" => o.reciprocal = true,
            "intransitive" => o.intransitive = true,
            "negative" => o.negative = true,
            "inverse" => o.inverse = true,
            "passive" => o.passive = true,
            _ if opt.starts_with("also=") => o.also_id = Some(opt["also=".len()..].to_string()),
            _ => {
                if let Some(mode) = opt.strip_prefix("mode=") {
                    let cat = category.ok_or_else(|| DictError::at(file, line, "mode= needs a code with a PLOVER category"))?;
                    let info = cat
                        .mode(mode)
                        .ok_or_else(|| DictError::at(file, line, format!("{mode:?} is not a PLOVER mode of {cat}")))?;
                    o.modes.push(info.name);
                } else if opt.starts_with("category=") {
                    // read above
                } else if let Some(ctx) = opt.strip_prefix("context=") {
                    let info = context(ctx).ok_or_else(|| DictError::at(file, line, format!("{ctx:?} is not a PLOVER context")))?;
                    o.contexts.push(info.name);
                } else {
                    return Err(DictError::at(
                        file,
                        line,
                        format!("unknown option {opt:?} (category=, mode=, context=, also=, reciprocal, intransitive, inverse, passive, negative)"),
                    ));
                }
            }
        }
    }
    Ok(o)
}

/// The `category=` option of a row, if any.
fn category_override(file: &str, line: usize, options: &str) -> Result<Option<Category>, DictError> {
    let mut category = None;
    for name in options.split(',').filter_map(|o| o.trim().strip_prefix("category=")) {
        category = Some(Category::parse(name).ok_or_else(|| DictError::at(file, line, format!("{name:?} is not a PLOVER category")))?);
    }
    Ok(category)
}

pub(crate) fn parse_patterns(file: &str, text: &str, lexicon: &Lexicon, vocab: &mut Vocab) -> Result<Vec<EventPattern>, DictError> {
    let file_category = file
        .rsplit('/')
        .next()
        .and_then(|n| n.strip_suffix(".tsv"))
        .and_then(Category::parse);
    let mut out = Vec::new();
    for row in rows(file, text, &["id", "cameo", "pattern", "options"])? {
        let (id, code, pattern, options) = (row.get(0), row.get(1), row.get(2), row.get(3));
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b)) {
            return Err(DictError::at(file, row.line, format!("id {id:?} must be lower-case ASCII letters, digits, '.', '_' or '-'")));
        }
        let negative_declared = options.split(',').any(|o| o.trim() == "negative");
        let named = category_override(file, row.line, options)?;
        let (cameo, category) = if code == "-" {
            if !negative_declared {
                return Err(DictError::at(file, row.line, "code `-` is only for negative patterns"));
            }
            (None, None)
        } else {
            let ev = cameo::lookup(code).map_err(|e| DictError::at(file, row.line, format!("CAMEO code {code:?}: {e}")))?;
            let category = named.or(ev.plover.as_ref().map(|m| m.category));
            if category.is_none() && !negative_declared {
                return Err(DictError::at(file, row.line, format!("CAMEO {code} has no PLOVER category (PLOVER drops 01x and 02x)")));
            }
            (Some(ev), category)
        };
        if let (Some(fc), Some(c)) = (file_category, category) {
            if fc != c && !negative_declared {
                return Err(DictError::at(file, row.line, format!("CAMEO {code} is {c}, but this file holds {fc} patterns")));
            }
        }
        let options = parse_options(file, row.line, options, named.or(category), named)?;
        let mut elements = Vec::new();
        for raw in pattern.split_whitespace() {
            elements.push(parse_element(file, row.line, raw, lexicon, vocab)?);
        }
        for slot in [ElementKind::Target, ElementKind::Source] {
            if elements.iter().filter(|e| e.kind == slot).count() > 1 {
                return Err(DictError::at(file, row.line, "at most one `+` and one `$`"));
            }
        }
        let anchor = elements
            .iter()
            .position(|e| matches!(e.kind, ElementKind::Verb(_)) && !e.optional)
            .or_else(|| elements.iter().position(|e| matches!(e.kind, ElementKind::Words(_)) && !e.optional))
            .ok_or_else(|| DictError::at(file, row.line, "a pattern needs a verb or a word that is not optional"))?;
        out.push(EventPattern {
            id: id.to_string(),
            cameo,
            category,
            elements,
            anchor,
            options,
            text: pattern.to_string(),
            file: file.to_string(),
            line: row.line,
            generated: file.starts_with(GENERATED_DIR),
            also: None,
        });
    }
    Ok(out)
}

/// Resolves each pattern's `also=` to the index of the pattern it names,
/// which must exist and carry a category; an error names the file and line.
pub(crate) fn resolve_also(patterns: &mut [EventPattern]) -> Result<(), DictError> {
    let index: HashMap<String, usize> = patterns.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    for i in 0..patterns.len() {
        let Some(id) = patterns[i].options.also_id.clone() else { continue };
        let p = &patterns[i];
        let target = *index.get(&id).ok_or_else(|| DictError::at(&p.file, p.line, format!("also={id}: no pattern has that id")))?;
        if patterns[target].category.is_none() || patterns[target].options.also_id.is_some() {
            return Err(DictError::at(&p.file, p.line, format!("also={id}: that pattern has no category or names another itself")));
        }
        patterns[i].also = Some(target);
    }
    Ok(())
}

/// A pattern anchored on a word, with a quick test of the literal words it
/// needs besides its anchor.
///
/// Common verbs anchor hundreds of patterns ("take", "hold", "make"), and
/// most of them need a word the sentence lacks; the test rejects those from
/// the entry itself, without reading the pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchored {
    /// Index of the pattern in `Dictionaries::patterns`.
    pub pattern: u32,
    /// Index of the anchor element in the pattern.
    pub anchor: u16,
    /// Up to two required elements with few alternatives, each as the
    /// sketch bits of its alternatives (`need_len` of them are used).
    needs: [[u16; NEED_ALTERNATIVES]; 2],
    need_len: [u8; 2],
}

/// Alternatives an element may have and still be tested from the entry.
const NEED_ALTERNATIVES: usize = 3;

impl Anchored {
    fn new(pattern: u32, p: &EventPattern) -> Anchored {
        let mut needed: Vec<&Vec<WordId>> = p
            .elements
            .iter()
            .enumerate()
            .filter_map(|(i, el)| match &el.kind {
                ElementKind::Words(ws) if !el.optional && i != p.anchor && ws.len() <= NEED_ALTERNATIVES => Some(ws),
                _ => None,
            })
            .collect();
        needed.sort_by_key(|ws| ws.len());
        let mut a = Anchored { pattern, anchor: p.anchor as u16, needs: [[0; NEED_ALTERNATIVES]; 2], need_len: [0; 2] };
        for (k, ws) in needed.iter().take(2).enumerate() {
            for (j, &w) in ws.iter().enumerate() {
                a.needs[k][j] = WordSketch::bit(w);
            }
            a.need_len[k] = ws.len() as u8;
        }
        a
    }

    /// False when the sentence surely lacks a word the pattern needs; true
    /// means only that it may match.
    #[inline]
    pub fn may_match(&self, sentence: &WordSketch) -> bool {
        (0..2).all(|k| {
            let n = self.need_len[k] as usize;
            n == 0 || self.needs[k][..n].iter().any(|&b| sentence.has_bit(b))
        })
    }
}

/// The words of a sentence as a 4,096-bit set of the low bits of their ids:
/// a word whose bit is clear is surely absent (a set bit may be another
/// word's).
#[derive(Clone)]
pub struct WordSketch {
    bits: [u64; 64],
}

impl WordSketch {
    /// The sketch of these words.
    pub fn new(words: &[WordId]) -> WordSketch {
        let mut bits = [0u64; 64];
        for &w in words {
            let b = Self::bit(w);
            bits[(b >> 6) as usize] |= 1 << (b & 63);
        }
        WordSketch { bits }
    }

    fn bit(w: WordId) -> u16 {
        (w & 4095) as u16
    }

    #[inline]
    fn has_bit(&self, b: u16) -> bool {
        self.bits[(b >> 6) as usize] & (1 << (b & 63)) != 0
    }
}

/// Word → the patterns anchored on it.
pub(crate) fn anchor_index(patterns: &[EventPattern], lexicon: &Lexicon, _vocab: &Vocab) -> HashMap<WordId, Vec<Anchored>> {
    let mut index: HashMap<WordId, Vec<Anchored>> = HashMap::new();
    for (i, p) in patterns.iter().enumerate() {
        let entry = Anchored::new(i as u32, p);
        match &p.elements[p.anchor].kind {
            ElementKind::Verb(lemmas) => {
                for &lemma in lemmas {
                    for &form in lexicon.forms_of(lemma) {
                        let list = index.entry(form).or_default();
                        // Two lemmas of one element can share a form ("found").
                        if list.last() != Some(&entry) {
                            list.push(entry);
                        }
                    }
                }
            }
            ElementKind::Words(words) => {
                for &w in words {
                    index.entry(w).or_default().push(entry);
                }
            }
            _ => {}
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(vocab: &mut Vocab) -> Lexicon {
        let forms = "form\tlemma\ttag\nmeet\tmeet\tbase\nmet\tmeet\tpast\nmeets\tmeet\t3sg\nmeeting\tmeet\ting\nopen\topen\tbase\nopened\topen\tpast\n";
        Lexicon::parse("f.tsv", forms, "c.tsv", "word\tclasses\nmeet\tv\n", vocab).unwrap()
    }

    #[test]
    fn parses_elements_and_options() {
        let mut v = Vocab::default();
        let lex = lexicon(&mut v);
        let text = "id\tcameo\tpattern\toptions\nconsult.meet_with\t040\tMEET with? +\treciprocal\n";
        let p = &parse_patterns("events/consult.tsv", text, &lex, &mut v).unwrap()[0];
        assert_eq!(p.elements.len(), 3);
        assert!(p.elements[1].optional);
        assert_eq!(p.elements[2].kind, ElementKind::Target);
        assert!(p.options.reciprocal);
        assert_eq!(p.category, Some(Category::Consult));
        let idx = anchor_index(std::slice::from_ref(p), &lex, &v);
        assert!(idx.contains_key(&v.get("met")));
    }

    #[test]
    fn the_anchor_entry_rejects_sentences_without_a_needed_word() {
        let mut v = Vocab::default();
        let lex = lexicon(&mut v);
        // "with" is optional, "talks|talk" required, "open" the anchor.
        let text = "id\tcameo\tpattern\toptions\nconsult.open_talks\t046\tOPEN with? talks|talk\t\n";
        let p = &parse_patterns("events/consult.tsv", text, &lex, &mut v).unwrap()[0];
        let idx = anchor_index(std::slice::from_ref(p), &lex, &v);
        let entry = idx[&v.get("opened")][0];
        let ids = |words: &[&str]| words.iter().map(|w| v.get(w)).collect::<Vec<_>>();
        assert!(entry.may_match(&WordSketch::new(&ids(&["opened", "talks"]))));
        assert!(entry.may_match(&WordSketch::new(&ids(&["opened", "talk"]))));
        // The anchor alone, or with only the optional word, cannot match.
        assert!(!entry.may_match(&WordSketch::new(&ids(&["opened", "with"]))));
        assert!(!entry.may_match(&WordSketch::new(&[])));
    }

    #[test]
    fn a_pattern_may_name_the_category_plover_gives_its_wording() {
        let mut v = Vocab::default();
        let lex = lexicon(&mut v);
        // CAMEO 0831 maps to CONCEDE; PLOVER codes resignations as RETREAT `resign`.
        let text = "id\tcameo\tpattern\toptions\nretreat.x\t0831\tMEET\tmode=resign,category=RETREAT\n";
        let p = &parse_patterns("events/retreat.tsv", text, &lex, &mut v).unwrap()[0];
        assert_eq!(p.category, Some(Category::Retreat));
        assert_eq!(p.options.modes, ["resign"]);
        assert_eq!(p.cameo.unwrap().code, "0831");
    }

    #[test]
    fn also_names_a_second_pattern_by_id_or_is_an_error_at_its_line() {
        let mut v = Vocab::default();
        let lex = lexicon(&mut v);
        let text = "id\tcameo\tpattern\toptions\nconsult.x\t040\tMEET\talso=consult.y\nconsult.y\t040\tOPEN\t\n";
        let mut ps = parse_patterns("events/consult.tsv", text, &lex, &mut v).unwrap();
        resolve_also(&mut ps).unwrap();
        assert_eq!(ps[0].also, Some(1));
        assert_eq!(ps[1].also, None);
        let text = "id\tcameo\tpattern\toptions\nconsult.x\t040\tMEET\talso=consult.z\n";
        let mut ps = parse_patterns("events/consult.tsv", text, &lex, &mut v).unwrap();
        let err = resolve_also(&mut ps).unwrap_err().to_string();
        assert_eq!(err, "events/consult.tsv:2: also=consult.z: no pattern has that id");
    }

    #[test]
    fn errors_name_file_and_line() {
        let mut v = Vocab::default();
        let lex = lexicon(&mut v);
        let cases = [
            ("consult.x\t040\tGREET +\t", "GREET is not a verb in lexicon/verb-forms.tsv"),
            ("consult.x\t999\tMEET +\t", "CAMEO code \"999\""),
            ("consult.x\t190\tMEET +\t", "CAMEO 190 is ASSAULT, but this file holds CONSULT patterns"),
            ("consult.x\t010\tMEET +\t", "no PLOVER category"),
            ("consult.x\t040\tMEET + +\t", "at most one"),
            ("consult.x\t040\tMEET +\tmode=riot", "\"riot\" is not a PLOVER mode of CONSULT"),
            ("consult.x\t040\tMEET +\tloud", "unknown option"),
            ("consult.x\t040\twith? ...\t", "a pattern needs a verb"),
            ("consult.x\t040\tMEET +\tcategory=TALK", "\"TALK\" is not a PLOVER category"),
            ("consult.x\t0831\tRESIGN\tcategory=RETREAT", "CAMEO 0831 is RETREAT, but this file holds CONSULT patterns"),
        ];
        for (line, expected) in cases {
            let text = format!("id\tcameo\tpattern\toptions\n{line}\n");
            let e = parse_patterns("events/consult.tsv", &text, &lex, &mut v).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("events/consult.tsv", 2), "{line}");
            assert!(e.message.contains(expected), "{line}: {}", e.message);
        }
    }
}
