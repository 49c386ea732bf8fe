//! The event ontologies dyad codes into: PLOVER (current) and CAMEO (legacy).
pub mod actor_codes;
pub mod cameo;
pub mod countries;
pub mod plover;
pub mod render;
mod tsv;
pub use plover::Category;
pub use tsv::TableError;
