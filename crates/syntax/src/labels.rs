//! The tag and relation inventories live in `dyad-core`, shared with every
//! stage that reads a tree; re-exported here for the parser's own code.

pub use dyad_core::{Deprel, Upos};
