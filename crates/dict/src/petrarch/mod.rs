//! PETRARCH and TABARI dictionaries: readers of their formats and the
//! conversion of their vocabulary into dyad's.
//!
//! The readers give typed data with `file:line` errors; what dyad cannot
//! express is kept and counted, never dropped silently. The same readers
//! serve the generator of dyad's built-in vocabulary
//! (`scripts/gen-cameo-verbs.sh`) and, later, PETRARCH dictionary sets given
//! by users.

pub mod actors;
pub mod agents;
pub mod convert;
pub mod issues;
pub mod verbs;

pub use actors::{read_actors, ActorDictionary, DatedCode, PetrarchActor};
pub use agents::{read_agents, read_discards, upper_plural, AgentCode, AgentDictionary, Discard, PetrarchAgent};
pub use issues::{read_issues, IssueDictionary, IssuePhrase};
pub use convert::{convert, render_files, BareVerbs, Conversion, PatternRow, PatternScope, VerbLexicon};
pub use verbs::{read_verbs, Code, Item, Synset, SynsetMember, Term, Verb, VerbDictionary, VerbFamily, VerbPattern};

/// The PETRARCH dictionary files in `dir` (verbs, actors, agents, discards,
/// issues, or its `PETR_config.ini`), sorted; empty when there are none.
pub fn files_of_a_set(dir: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            let lower = n.to_ascii_lowercase();
            lower == "petr_config.ini"
                || (lower.ends_with(".txt") && ["verbs", "actors", "agents", "discards", "issue", "cameo"].iter().any(|k| lower.contains(k)))
        })
        .collect();
    names.sort();
    names
}
