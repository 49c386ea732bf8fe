//! Part-of-speech tagging, lemmatisation and dependency parsing of English
//! news into Universal Dependencies (UD English EWT conventions).
//!
//! ```no_run
//! use dyad_syntax::{Deprel, Model};
//! let model = Model::builtin();
//! let p = model.parse(&["China", "'s", "defence", "minister", "met", "his", "counterpart", "."]);
//! let root = p.root().unwrap();
//! assert_eq!(p.form(root), "met");
//! let subject = p.children_with(root, Deprel::Nsubj).next().unwrap();
//! assert_eq!(p.form(subject), "minister");
//! ```
//!
//! * **Tagger**: greedy left-to-right averaged perceptron over the 17 UPOS
//!   tags, with word, affix, shape, context and WordNet word-class features
//!   ([`features`]).
//! * **Parser**: greedy arc-hybrid transition parser ([`transition`]); one
//!   perceptron picks the move (Shift, Left, Right) and a second one the
//!   relation, scored only when a move makes an arc. Trained with the
//!   dynamic oracle and exploration ([`train`]).
//! * **Lemmas**: inflection rules checked against the WordNet lexicon plus
//!   learnt exceptions ([`lemma`]).
//! * **Model**: quantised `i16` weight rows in open-addressing tables,
//!   embedded in the binary and loaded once ([`Model::builtin`]).
//! * **CoNLL-U** reading and writing ([`conllu`]) and evaluation ([`eval`]).
//!
//! Heads are 1-based with 0 for the root, as in CoNLL-U ([`Parsed`]).

pub mod conllu;
pub mod eval;
mod move_groups;
pub mod features;
pub mod hash;
pub mod io;
mod label_groups;
pub mod labels;
pub mod lemma;
pub mod lexicon;
mod model;
pub mod sparse;
mod tag_cache;
pub mod train;
pub mod transition;
pub mod weights;

pub use labels::{Deprel, Upos};
pub use model::{Model, ModelError};
pub use dyad_core::Parsed;
