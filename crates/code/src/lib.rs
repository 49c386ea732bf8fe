//! The event coder: from segmented documents to events that say who did
//! what to whom, when and where, each with the words it came from.
//!
//! Per sentence, [`dyad_recognize`] finds actor phrases and event wording;
//! this crate decides, for each event word, which phrase is its actor
//! (subject, passive agent or `$` slot) and which its recipient (object or
//! `+` slot), resolves names, roles and pronouns against what the document
//! said before, reads negation, future and hypothetical modality from the
//! verb group, and applies PLOVER's rules (reciprocal events, future
//! cooperation as AGREE, recipients required by COOPERATE, AID, SANCTION).
//!
//! [`code_document`] runs, for each event word, these stages, each a module
//! with its own tests:
//! 1. `facts`: does the word report an act of its clause at all (purposes,
//!    wishes, accusations' contents, trends, background nouns)? With
//!    `predicate` (what the verb after an event noun says of it: it ends,
//!    it may come), `summary` (tallies over time, sports reports) and
//!    `that_clause`.
//! 2. `time`: is the act of a past year, or of a day the sentence names?
//! 3. `actor`: its actor phrase, the surest candidate of those below;
//!    `tree` and `clause`: candidates from the dependency tree (parsed
//!    once per sentence, only as far as its event verbs need:
//!    `tree::parse_extent`) or by word order; `tree::verdict`: what the
//!    tree's reading says against an event at all (participles on nouns,
//!    things that endanger); `tree::share_first_conjunct`: the verb group a
//!    bare later conjunct shares; `nominal`: the "by" agent or possessor of
//!    an event noun, and the attacker named in "killed in a Turkish
//!    airstrike".
//! 4. `recipient`: its objects and the phrase that names the recipient; the
//!    authorities a protest without a target is addressed to.
//! 5. `participants` and `memory`: the entities of names, roles and
//!    references; `placement`: the country of an actor or recipient named
//!    only by its role; `implied`: the actor an act implies when none is
//!    named (unidentified attackers, courts, hackers); `holder`: the holder
//!    of a place named by who holds it ("rebel-held Idlib"); `completion`:
//!    a recipient the phrases do not name directly.
//! 6. `recode` and `modal`: what wording and modality (read by `modality`
//!    from the verb group) make of the category
//!    (labour strikes, promises to stop, riots; negation, futures,
//!    conditions).
//! 7. `assemble`: the event's final form (PLOVER's rules on hosts,
//!    reciprocal and self-directed events and required recipients; modes,
//!    contexts, evidence, the `--explain` line).
//! 8. `sentence_rules`: rules over all the events of one sentence;
//!    `merge`: one record for an event told twice.

mod actor;
mod assemble;
mod clause;
mod coder;
mod completion;
mod event;
mod facts;
mod holder;
mod implied;
mod location;
mod memory;
mod merge;
mod modal;
mod modality;
mod nominal;
mod participants;
mod placement;
mod predicate;
mod recipient;
mod recode;
mod sentence_rules;
mod summary;
#[cfg(test)]
mod test_support;
mod that_clause;
mod time;
mod tree;

pub use coder::{code_document, code_document_with_places, CodedDocument, CoderOptions, Places, SentenceExplanation};
pub use event::{Entity, Event, Evidence, Place};
