//! Tagging and parsing: every sentence of a document gets its tokens' part
//! of speech, lemma and dependency tree, computed once and kept beside the
//! sentence for the stages after it (`dyad parse` prints them).

use std::fmt::Write as _;

use dyad_core::{Document, Sentence, Token};
use dyad_segment::{split_sentences, tokenize, CharOffsets};
use dyad_syntax::{Model, Parsed};
use serde::Serialize;

/// One sentence, its tokens and its tree: word `i` of `tree` is `tokens[i]`.
#[derive(Debug, Clone)]
pub struct ParsedSentence {
    /// The sentence (byte offsets into the document text).
    pub sentence: Sentence,
    /// Its tokens, as the segmenter cut them.
    pub tokens: Vec<Token>,
    /// Tags, lemmas and the dependency tree over `tokens`.
    pub tree: Parsed,
}

/// A document with every sentence parsed.
#[derive(Debug, Clone)]
pub struct ParsedDocument {
    /// The cleaned document.
    pub doc: Document,
    /// Its sentences in order, each parsed once.
    pub sentences: Vec<ParsedSentence>,
}

/// Tokenises and parses `sentences` of `text`.
pub fn parse_sentences(text: &str, sentences: &[Sentence], model: &Model) -> Vec<ParsedSentence> {
    let mut words: Vec<&str> = Vec::new();
    sentences
        .iter()
        .map(|s| {
            let tokens = tokenize(text, s.span);
            words.clear();
            words.extend(tokens.iter().map(|t| t.text(text)));
            let tree = model.parse(&words);
            ParsedSentence { sentence: *s, tokens, tree }
        })
        .collect()
}

/// Segments, tokenises and parses one cleaned document.
pub fn parse_document(doc: Document, model: &Model) -> ParsedDocument {
    let sentences = split_sentences(&doc.text);
    let sentences = parse_sentences(&doc.text, &sentences, model);
    ParsedDocument { doc, sentences }
}

/// CoNLL-U fields may not hold tabs or line breaks; `_` stands for empty.
fn field(s: &str) -> String {
    if s.is_empty() {
        return "_".to_string();
    }
    s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect()
}

impl ParsedDocument {
    /// The document in CoNLL-U: `# newdoc id`, `# doc_id`, `# sent_id`
    /// (`<doc_id>-<n>`, 1-based) and `# text` comments; each token's
    /// character offsets into the document text (as `dyad extract` prints
    /// it) in MISC as `TokenRange=start:end`. XPOS and FEATS are `_`; DEPS
    /// is `_` (basic trees only).
    pub fn to_conllu(&self) -> String {
        let text = &self.doc.text;
        let offsets = CharOffsets::new(text);
        let mut out = String::with_capacity(text.len() * 6);
        let id = field(&self.doc.id);
        let _ = writeln!(out, "# newdoc id = {id}");
        for (n, s) in self.sentences.iter().enumerate() {
            let _ = writeln!(out, "# doc_id = {id}");
            let _ = writeln!(out, "# sent_id = {id}-{}", n + 1);
            let _ = writeln!(out, "# text = {}", s.sentence.text(text).replace(['\n', '\r'], " "));
            for (i, token) in s.tokens.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\tTokenRange={}:{}",
                    i + 1,
                    field(token.text(text)),
                    field(s.tree.lemma(i)),
                    s.tree.upos[i].as_str(),
                    s.tree.heads[i],
                    s.tree.deprels[i].as_str(),
                    offsets.char_offset(token.span.start),
                    offsets.char_offset(token.span.end),
                );
            }
            out.push('\n');
        }
        out
    }

    /// The document as one JSON object: `id`, `text` and `sentences`, each
    /// with character offsets and its tokens (`id` 1-based, `form`, `lemma`,
    /// `upos`, `head` 1-based with 0 for the root, `deprel`, `start`, `end`).
    pub fn to_json(&self) -> serde_json::Value {
        let text = &self.doc.text;
        let offsets = CharOffsets::new(text);
        let sentences: Vec<JsonSentence<'_>> = self
            .sentences
            .iter()
            .map(|s| JsonSentence {
                text: s.sentence.text(text),
                start: offsets.char_offset(s.sentence.span.start),
                end: offsets.char_offset(s.sentence.span.end),
                tokens: s
                    .tokens
                    .iter()
                    .enumerate()
                    .map(|(i, t)| JsonToken {
                        id: i + 1,
                        form: t.text(text),
                        lemma: s.tree.lemma(i),
                        upos: s.tree.upos[i].as_str(),
                        head: s.tree.heads[i],
                        deprel: s.tree.deprels[i].as_str(),
                        start: offsets.char_offset(t.span.start),
                        end: offsets.char_offset(t.span.end),
                    })
                    .collect(),
            })
            .collect();
        serde_json::json!({ "id": self.doc.id, "text": text, "sentences": sentences })
    }
}

#[derive(Serialize)]
struct JsonSentence<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    tokens: Vec<JsonToken<'a>>,
}

#[derive(Serialize)]
struct JsonToken<'a> {
    id: usize,
    form: &'a str,
    lemma: &'a str,
    upos: &'static str,
    head: u32,
    deprel: &'static str,
    start: usize,
    end: usize,
}
