//! Coding with a PETRARCH or TABARI dictionary set.
//!
//! Research groups hold years of work in PETRARCH/TABARI dictionaries:
//! verb families with their patterns, actors with dated codes, agents,
//! discards. This crate codes text with such a set unchanged: the set is
//! read with dyad's readers ([`dyad_dict::petrarch`]), each sentence is
//! parsed with dyad's own tagger and parser (no CoreNLP), and events come
//! out with the set's own codes as strings, so test codes such as `174K` or
//! actors such as `ARNGOV` pass through as written.
//!
//! How a sentence is coded (see `docs/petrarch.md` for the differences from
//! PETRARCH2):
//! - a sentence holding a discard phrase codes nothing;
//! - actor and agent phrases are found longest first; an agent joins the
//!   nearest actor of its noun phrase (`Gondor's government` → `GONGOV`,
//!   `MSF Arnor` → `NGOARN`), actors joined by "and" or commas form a
//!   compound that codes once per member, agents alone code as `---GOV`;
//! - every verb of the verb dictionary (by its lemma, or by a form the
//!   dictionary writes out) may code: its family's patterns are tried, most
//!   specific first, and the first that matches gives the code and any
//!   source (`$`), target (`+`) or compound (`%`) it names; otherwise the
//!   verb's own code, its subject as the source (the `by` phrase of a
//!   passive) and the first coded actor after it in its clause as the target;
//! - paired codes (`[032:033]`) give the second event in reverse.

mod coder;
mod given;
mod index;
mod mentions;
mod pattern;
mod set;
mod transform;

pub use coder::{config_bool, unapplied_config_options, Options, PetrarchCoder, PetrarchEvent};

pub use given::{read_given_parse, GivenParse};
pub use set::{Kind, LoadReport, PetrarchSet, SetFiles};

use chrono::NaiveDate;
use dyad_core::Span;

/// Issue codes with how often a sentence raises each.
type Issues = Vec<(String, usize)>;

impl PetrarchCoder {
    /// The events and issues of one sentence's words, its tree made by
    /// `tree` only when a discard does not stop it; `None` when a story
    /// discard stops the whole text. The words are upper-cased once for
    /// every lookup.
    fn code_words<T: std::borrow::Borrow<dyad_core::Parsed>>(&self, words: &[&str], tree: impl FnOnce() -> T, date: Option<NaiveDate>, options: &Options) -> Option<(Vec<PetrarchEvent>, Issues)> {
        let upper = coder::upper_case(words);
        let (discard, story) = self.discards_in(&upper);
        if story {
            return None;
        }
        let events = if discard { Vec::new() } else { self.events_in(&upper, tree().borrow(), date, options) };
        Some((events, self.issues_in(&upper)))
    }
}

/// One sentence of a coded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedSentence {
    /// The sentence's bytes in the text.
    pub span: Span,
    /// Its events.
    pub events: Vec<PetrarchEvent>,
    /// The issues it raises, with how often (empty without an issue file).
    pub issues: Vec<(String, usize)>,
    /// The words of a given parse its events' token numbers count
    /// (empty when dyad tokenised the text: then they count its tokens).
    pub given_words: Vec<String>,
}

impl PetrarchCoder {
    /// Codes the sentences of a parse given with the input (a Penn tree or
    /// CoNLL-U; see [`read_given_parse`]) instead of dyad's own parse of
    /// the text, for comparison: one [`CodedSentence`] per sentence of the
    /// parse, with its words (`span` is the whole `text` the parse came
    /// with). A parse that cannot be read is an error.
    pub fn code_given_parse(&self, text: &str, parse: &str, date: Option<NaiveDate>, options: &Options) -> Result<Vec<CodedSentence>, String> {
        let mut out = Vec::new();
        for p in read_given_parse(parse)? {
            let words: Vec<&str> = p.words.iter().map(String::as_str).collect();
            let Some((events, issues)) = self.code_words(&words, || &p.tree, date, options) else { return Ok(Vec::new()) };
            out.push(CodedSentence { span: Span { start: 0, end: text.len() }, events, issues, given_words: p.words });
        }
        Ok(out)
    }

    /// Splits `text` into sentences, tokenises and parses each with dyad's
    /// built-in model, and codes them. A story discard phrase anywhere
    /// leaves the whole text uncoded.
    pub fn code_text(&self, text: &str, date: Option<NaiveDate>, options: &Options) -> Vec<CodedSentence> {
        let model = dyad_syntax::Model::builtin();
        let mut out = Vec::new();
        for s in dyad_segment::split_sentences(text) {
            let tokens = dyad_segment::tokenize(text, s.span);
            let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
            let Some((events, issues)) = self.code_words(&words, || model.parse(&words), date, options) else { return Vec::new() };
            out.push(CodedSentence { span: s.span, events, issues, given_words: Vec::new() });
        }
        out
    }
}
