//! PLOVER's 37 general contexts and the names older data uses for them.

use std::fmt;
use std::sync::OnceLock;

use super::mode::AuxMode;
use crate::tsv::{self, TableError};

const FILE: &str = "plover_contexts.tsv";
const TEXT: &str = include_str!("../../data/plover_contexts.tsv");

/// One v2.0 general context. Contexts are usually assigned at paragraph or
/// document level, so they do not prove the event itself is of that type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextInfo {
    /// Canonical name, lower case with underscores (`political_institutions`).
    pub name: &'static str,
    /// What it covers (dyad's wording).
    pub covers: &'static str,
}

fn parse_table() -> Result<Vec<ContextInfo>, TableError> {
    let rows = tsv::parse(FILE, TEXT, &["context", "covers"])?;
    rows.iter()
        .map(|r| {
            let name = r.fields[0];
            if name.is_empty() || !name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(r.error(FILE, format!("bad context name {name:?}")));
            }
            Ok(ContextInfo {
                name,
                covers: r.fields[1],
            })
        })
        .collect()
}

/// All 37 contexts in the manual's order.
pub fn contexts() -> &'static [ContextInfo] {
    static CELL: OnceLock<Vec<ContextInfo>> = OnceLock::new();
    tsv::load(&CELL, parse_table).as_slice()
}

/// A canonical context by exact (case-insensitive) name.
pub fn context(name: &str) -> Option<&'static ContextInfo> {
    let name = name.trim();
    contexts()
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(name))
}

/// What an old context name should become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyContext {
    /// This canonical context.
    Context(&'static str),
    /// Not a context but an auxiliary mode.
    Auxiliary(AuxMode),
    /// Carries no usable meaning: drop it.
    Drop,
}

/// Context names of older data and their v2.0 reading: the manual's own
/// variant spellings, the notes' suggested mapping for the 2016 gold-standard
/// contexts (§A5), and CAMEO2PLOVER-2021's retired `democracy` (→ the notes'
/// nearest, `pro_democracy`) and `humanitarian` (→ `human_security`, dyad's
/// choice: CAMEO2PLOVER itself uses it for aid cut-offs).
pub const LEGACY_CONTEXTS: &[(&str, LegacyContext)] = &[
    ("elections", LegacyContext::Context("election")),
    ("lbgt", LegacyContext::Context("lgbt")),
    ("disaster", LegacyContext::Context("disasters")),
    ("refugee", LegacyContext::Context("migration")),
    ("refugees", LegacyContext::Context("migration")),
    ("resource", LegacyContext::Context("natural_resource")),
    ("resources", LegacyContext::Context("natural_resource")),
    (
        "political",
        LegacyContext::Context("political_institutions"),
    ),
    ("politics", LegacyContext::Context("political_institutions")),
    ("government", LegacyContext::Context("executive")),
    ("rights", LegacyContext::Context("rights_freedoms")),
    ("discrimination", LegacyContext::Context("inequality")),
    ("religion", LegacyContext::Context("religion_ethnicity")),
    ("foreign", LegacyContext::Context("diplomatic")),
    ("democracy", LegacyContext::Context("pro_democracy")),
    ("humanitarian", LegacyContext::Context("human_security")),
    ("historical", LegacyContext::Auxiliary(AuxMode::Historical)),
    ("assets", LegacyContext::Drop),
    ("unknown", LegacyContext::Drop),
];

/// The reading of a context value found in data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextReading {
    /// A canonical context (possibly reached through a legacy name).
    Context(&'static ContextInfo),
    /// An auxiliary mode stored as a context (dyad's suggested encoding, and
    /// the 2016 gold standard's `historical`).
    Auxiliary(AuxMode),
    /// A legacy value with no v2.0 meaning.
    Drop,
}

/// A context value that is neither canonical, legacy nor an auxiliary mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownContext(pub String);

impl fmt::Display for UnknownContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a PLOVER context", self.0)
    }
}

impl std::error::Error for UnknownContext {}

/// Reads a context value: canonical names (case-insensitive; `-` or a space
/// may stand for `_`), auxiliary-mode names, then [`LEGACY_CONTEXTS`].
pub fn parse_context(name: &str) -> Result<ContextReading, UnknownContext> {
    let norm = name.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    if let Some(c) = context(&norm) {
        return Ok(ContextReading::Context(c));
    }
    if let Some(a) = AuxMode::parse(&norm) {
        return Ok(ContextReading::Auxiliary(a));
    }
    match LEGACY_CONTEXTS.iter().find(|(old, _)| *old == norm) {
        Some((_, LegacyContext::Context(c))) => context(c)
            .map(ContextReading::Context)
            .ok_or_else(|| UnknownContext(name.to_string())),
        Some((_, LegacyContext::Auxiliary(a))) => Ok(ContextReading::Auxiliary(*a)),
        Some((_, LegacyContext::Drop)) => Ok(ContextReading::Drop),
        None => Err(UnknownContext(name.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirty_seven_contexts() {
        assert_eq!(parse_table().unwrap().len(), 37);
        assert_eq!(contexts().first().unwrap().name, "military");
        assert_eq!(contexts().last().unwrap().name, "trafficking");
        assert!(context("pro_democracy").is_some());
        assert!(context("democracy").is_none());
    }

    #[test]
    fn legacy_targets_are_canonical() {
        for (old, target) in LEGACY_CONTEXTS {
            assert!(context(old).is_none(), "{old} is canonical");
            if let LegacyContext::Context(c) = target {
                assert!(context(c).is_some(), "{old} -> {c}");
            }
        }
    }

    #[test]
    fn reading_contexts() {
        let name = |r: ContextReading| match r {
            ContextReading::Context(c) => c.name,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            name(parse_context("Political-Institutions").unwrap()),
            "political_institutions"
        );
        assert_eq!(name(parse_context("refugees").unwrap()), "migration");
        assert_eq!(name(parse_context("lbgt").unwrap()), "lgbt");
        assert_eq!(
            name(parse_context("humanitarian").unwrap()),
            "human_security"
        );
        assert_eq!(
            parse_context("historical").unwrap(),
            ContextReading::Auxiliary(AuxMode::Historical)
        );
        assert_eq!(
            parse_context("future").unwrap(),
            ContextReading::Auxiliary(AuxMode::Future)
        );
        assert_eq!(parse_context("assets").unwrap(), ContextReading::Drop);
        assert_eq!(
            parse_context("weather").unwrap_err().to_string(),
            "\"weather\" is not a PLOVER context"
        );
    }
}
