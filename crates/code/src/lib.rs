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

mod clause;
mod coder;
mod event;
mod facts;
mod implied;
mod location;
mod memory;
mod merge;
mod modal;
mod nominal;
mod participants;
mod placement;
mod recipient;
mod recode;
mod sentence_rules;
mod time;
mod tree;

pub use coder::{code_document, CoderOptions, Places, SentenceExplanation};
pub use event::{Entity, Event, Evidence, Place};
