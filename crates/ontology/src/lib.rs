//! The event ontologies dyad codes into: PLOVER (current) and CAMEO (legacy).
//!
//! Everything category-shaped in dyad comes from here: no other crate hard-codes
//! a category name, code, score or mapping.

pub mod plover;

pub use plover::Category;
