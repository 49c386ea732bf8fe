//! Recognition: finds actors (countries, organisations, officeholders, role
//! words, people) and event wording in one sentence, from the dictionaries.
//!
//! The output is plain data for the coder: the sentence's tokens, its actor
//! phrases with what each says about its entities, and the event-pattern
//! matches with their slots.

mod actors;
mod named_groups;
mod triggers;

pub use actors::{find_actor_phrases, ActorPhrase, Mention, Reference, NON_STATE_FORCES};
pub use triggers::{find_triggers, Trigger};

use std::borrow::Cow;

use chrono::NaiveDate;
use dyad_dict::{Dictionaries, PhraseMatch, WordId};
use dyad_segment::{tokenize, Span, Token};

/// One sentence, tokenised and looked up in the dictionaries.
#[derive(Debug, Clone)]
pub struct Sentence<'t> {
    /// Byte span of the sentence in the document text.
    pub span: Span,
    /// Tokens (byte offsets into the document text).
    pub tokens: Vec<Token>,
    /// Token texts as written.
    pub texts: Vec<&'t str>,
    /// Token texts in lower case (typographic apostrophes straightened).
    pub lower: Vec<Cow<'t, str>>,
    /// Vocabulary ids of the lower-case tokens.
    pub words: Vec<WordId>,
    /// True when the sentence is all in one case (wires in capitals), so
    /// capitalisation says nothing.
    pub uniform_case: bool,
    /// Dictionary phrase matches.
    pub phrases: Vec<PhraseMatch>,
}

/// A sentence with its actors and event wording.
#[derive(Debug, Clone)]
pub struct Recognized<'t> {
    /// The sentence.
    pub sentence: Sentence<'t>,
    /// Actor phrases, in order.
    pub actors: Vec<ActorPhrase>,
    /// Event pattern matches, in order of their anchors.
    pub triggers: Vec<Trigger>,
}

/// Tokenises the sentence at `span` of `text` and looks its words up.
pub fn prepare<'t>(text: &'t str, span: Span, dict: &Dictionaries) -> Sentence<'t> {
    let tokens = tokenize(text, span);
    let texts: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    // Most tokens are already lower case: borrow those, copy only the rest.
    let lower: Vec<Cow<'t, str>> = texts
        .iter()
        .map(|&t| {
            if t.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                Cow::Borrowed(t)
            } else {
                Cow::Owned(t.to_lowercase().replace('\u{2019}', "'"))
            }
        })
        .collect();
    let words: Vec<WordId> = lower.iter().map(|w| word_id(dict, w)).collect();
    let letters = texts.iter().flat_map(|t| t.chars()).filter(|c| c.is_alphabetic());
    let (mut upper, mut lowc) = (0usize, 0usize);
    for c in letters {
        if c.is_uppercase() { upper += 1 } else { lowc += 1 }
    }
    let uniform_case = upper == 0 || lowc == 0 || (upper > 20 && lowc * 10 < upper);
    let phrases = dict.match_actors(&words, &texts, uniform_case);
    Sentence { span, tokens, texts, lower, words, uniform_case, phrases }
}

/// The vocabulary id of a lower-case token. A word the dictionaries do not
/// know, written with a hyphen after the prefix "re" or "co"
/// ("re-established", "co-operation"), is the word written solid when
/// that one is known ("reestablished", "cooperation").
fn word_id(dict: &Dictionaries, w: &str) -> WordId {
    let id = dict.vocab.get(w);
    if id != dyad_dict::UNKNOWN {
        return id;
    }
    match w.strip_prefix("re-").map(|rest| ("re", rest)).or_else(|| w.strip_prefix("co-").map(|rest| ("co", rest))) {
        Some((prefix, rest)) if !rest.is_empty() => dict.vocab.get(&format!("{prefix}{rest}")),
        _ => id,
    }
}

/// Recognises the actors and event wording of the sentence at `span`;
/// `date` selects the officeholders in office.
pub fn recognize<'t>(text: &'t str, span: Span, dict: &Dictionaries, date: NaiveDate) -> Recognized<'t> {
    let sentence = prepare(text, span, dict);
    let actors = find_actor_phrases(&sentence, dict, date);
    let triggers = find_triggers(&sentence, dict, &actors);
    Recognized { sentence, actors, triggers }
}
