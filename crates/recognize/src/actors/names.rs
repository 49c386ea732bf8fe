//! Names and describing words inside actor phrases: which capitalised
//! words are part of a person's name ("John Bolton", "W. Fenghe", "John
//! Mbeki" beside an officeholder's surname), of a title ("Member of State
//! Council"), or describe a country ("the tiny Pacific island nation").

use dyad_dict::{Dictionaries, WordClass};

use super::Piece;
use crate::Sentence;

/// A word that may describe a country before "country" or "nation": an
/// adjective or noun that is no verb ("tiny", "island", "war-torn"), or a
/// capitalised word ("Pacific", "Central", "Asian").
pub(super) fn descriptive_word(s: &Sentence<'_>, dict: &Dictionaries, k: usize) -> bool {
    let w = s.lower[k].as_ref();
    if dict.closed.is(WordClass::Function, w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') || matches!(w, "country" | "nation") {
        return false;
    }
    let c = dict.lexicon.classes(s.words[k]);
    let capitalised = s.texts[k].chars().next().is_some_and(char::is_uppercase);
    capitalised || ((c.adjective() || c.noun()) && !c.verb()) || w.contains('-')
}

/// A capitalised word inside a sentence that may be part of a title
/// ("Member", "State", "Council").
pub(super) fn is_title_word(s: &Sentence<'_>, i: usize) -> bool {
    !s.uniform_case && s.texts[i].chars().next().is_some_and(char::is_uppercase) && s.texts[i].chars().all(|c| c.is_alphabetic() || c == '-')
}

/// True for a capitalised word that is not a dictionary phrase and not an
/// ordinary English word: part of a name ("Zakir", "Hasanov", "Fenghe").
pub(super) fn is_name_token(s: &Sentence<'_>, dict: &Dictionaries, i: usize) -> bool {
    let t = s.texts[i];
    // "al-Sisi", "el-Assad": an Arabic article joined to a name.
    if let Some(rest) = t.strip_prefix("al-").or_else(|| t.strip_prefix("el-")) {
        return !s.uniform_case && rest.chars().next().is_some_and(char::is_uppercase);
    }
    let first = t.chars().next();
    if !first.is_some_and(char::is_uppercase) || s.uniform_case {
        return false;
    }
    if t.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && t.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        return false; // acronyms are not person names
    }
    if t.len() == 2 && t.ends_with('.') {
        return true; // an initial: "W."
    }
    let known = dict.lexicon.classes(s.words[i]).known();
    !known && t.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// A word of a name: a name token, or a capitalised English word that a
/// name token follows (given names that are words: "John Bolton", "Mark
/// Esper", "Rex Tillerson").
pub(super) fn is_name_part(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], i: usize) -> bool {
    if is_name_token(s, dict, i) {
        return true;
    }
    let t = s.texts[i];
    !s.uniform_case
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().skip(1).all(char::is_lowercase)
        && !dict.closed.is(WordClass::Function, &s.lower[i])
        && i + 1 < s.texts.len()
        && (piece_at[i + 1].is_none() || surname_piece(piece_at, i + 1))
        && is_name_token(s, dict, i + 1)
        && !s.texts[i + 1].ends_with('.')
}

/// A one-word dictionary match that is only an officeholder's surname
/// ("Mbeki"): after a given name ("John Mbeki") it is part of somebody
/// else's name.
#[allow(clippy::type_complexity)]
pub(super) fn surname_piece(piece_at: &[Option<(usize, Vec<Piece>)>], k: usize) -> bool {
    piece_at.get(k).and_then(|p| p.as_ref()).is_some_and(|(end, ps)| *end == k + 1 && ps.iter().all(|p| matches!(p, Piece::Person { .. } | Piece::FormerHolder { .. })))
}

/// Where a run of name words starting at `from` ends, at most `max` words
/// and before an initial-like word ending in '.'.
#[allow(clippy::type_complexity)]
pub(super) fn name_end(s: &Sentence<'_>, dict: &Dictionaries, piece_at: &[Option<(usize, Vec<Piece>)>], from: usize, max: usize) -> usize {
    let mut j = from;
    while j < s.texts.len() && j < from + max && piece_at[j].is_none() && is_name_part(s, dict, piece_at, j) && !s.texts[j].ends_with('.') {
        j += 1;
    }
    j
}
