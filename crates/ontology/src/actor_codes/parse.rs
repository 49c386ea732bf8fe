//! Positional parser for whole CAMEO actor codes.

use std::fmt;

use super::{ethnic, international, known_group, region, religion, role, Organisation};
use crate::countries;

/// What a 3-letter block of an actor code was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// A country: ISO alpha-3, `KOS` or a non-ISO alias (see `normalized`).
    Country,
    /// A former state (`SUN`, `YUG`, …).
    HistoricalState,
    /// A CAMEO region (`EUR` = Europe, `WST` = the West).
    Region,
    /// An international generic code (`IGO`, `NGO`, `MNC`, …).
    International,
    /// A religion (`MOS`, `CHR`, …).
    Religion,
    /// An upper-case ethnic code (`KUR`).
    Ethnic,
    /// A role (type) code (`GOV`, `MIL`, `REF`).
    Role,
    /// An organisation's own block (`UNO`, `HCR`, `NAT`).
    KnownGroup,
    /// The dictionaries' `XXX` "any country" placeholder (first block only).
    Placeholder,
    /// Not in any table (domestic region codes such as `SOE`, party codes such
    /// as `LKD`, and dictionary-specific codes are not carried).
    Unknown,
}

/// One 3-letter block with its reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorBlock {
    /// Byte offset of the block in the (trimmed) code.
    pub offset: usize,
    /// The block, upper case.
    pub code: String,
    /// How it was read.
    pub kind: BlockKind,
    /// Name or meaning from the matching table, if any.
    pub meaning: Option<&'static str>,
    /// For country blocks, the current code (`ROM` → `ROU`).
    pub normalized: Option<&'static str>,
}

/// A CAMEO actor code split into labelled blocks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedActorCode {
    /// The whole code, trimmed and upper-cased.
    pub code: String,
    /// Its blocks in order.
    pub blocks: Vec<ActorBlock>,
}

impl ParsedActorCode {
    /// The current country code when the first block is a country.
    pub fn country(&self) -> Option<&'static str> {
        self.blocks
            .first()
            .filter(|b| b.kind == BlockKind::Country)
            .and_then(|b| b.normalized)
    }

    /// The blocks of one kind, as strings.
    pub fn of_kind(&self, kind: BlockKind) -> Vec<&str> {
        self.blocks
            .iter()
            .filter(|b| b.kind == kind)
            .map(|b| b.code.as_str())
            .collect()
    }

    /// Role codes in order (`AZEGOVMIL` → `["GOV", "MIL"]`).
    pub fn roles(&self) -> Vec<&str> {
        self.of_kind(BlockKind::Role)
    }

    /// True when the first block is an international generic code.
    pub fn is_international(&self) -> bool {
        self.blocks
            .first()
            .is_some_and(|b| b.kind == BlockKind::International)
    }

    /// The organisation whose full code this is (Phoenix's or the manual's).
    pub fn organisation(&self) -> Option<&'static Organisation> {
        super::organisation(&self.code)
    }
}

/// Why a string is not a CAMEO actor code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorCodeError {
    /// Empty or blank input.
    Empty,
    /// PETRARCH's null code `---` (no actor).
    Null,
    /// A character that is not an ASCII letter, at this byte offset.
    BadChar {
        /// The input.
        input: String,
        /// Byte offset in the trimmed input.
        offset: usize,
    },
    /// Length not a multiple of 3; the ragged tail starts at this byte offset.
    Ragged {
        /// The input.
        input: String,
        /// Byte offset of the incomplete block.
        offset: usize,
    },
}

impl fmt::Display for ActorCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActorCodeError::Empty => f.write_str("empty CAMEO actor code"),
            ActorCodeError::Null => f.write_str("null CAMEO actor code \"---\" (no actor)"),
            ActorCodeError::BadChar { input, offset } => {
                write!(f, "CAMEO actor code {input:?}: non-letter at byte {offset}")
            }
            ActorCodeError::Ragged { input, offset } => {
                write!(
                    f,
                    "CAMEO actor code {input:?}: incomplete 3-letter block at byte {offset}"
                )
            }
        }
    }
}

impl std::error::Error for ActorCodeError {}

fn block(offset: usize, code: &str, kind: BlockKind, meaning: Option<&'static str>) -> ActorBlock {
    ActorBlock {
        offset,
        code: code.to_string(),
        kind,
        meaning,
        normalized: None,
    }
}

fn as_country(offset: usize, code: &str) -> Option<ActorBlock> {
    let current = countries::normalize_country_code(code)?;
    let meaning = countries::country(current).map(|c| c.common_name);
    Some(ActorBlock {
        normalized: Some(current),
        ..block(offset, code, BlockKind::Country, meaning)
    })
}

fn as_place(offset: usize, code: &str) -> Option<ActorBlock> {
    as_country(offset, code)
        .or_else(|| {
            countries::historical_state(code)
                .map(|n| block(offset, code, BlockKind::HistoricalState, Some(n)))
        })
        .or_else(|| region(code).map(|n| block(offset, code, BlockKind::Region, Some(n))))
}

fn read_first(offset: usize, code: &str) -> ActorBlock {
    if code == "XXX" {
        return block(
            offset,
            code,
            BlockKind::Placeholder,
            Some("any country (dictionary placeholder)"),
        );
    }
    as_place(offset, code)
        .or_else(|| {
            international(code).map(|n| block(offset, code, BlockKind::International, Some(n)))
        })
        .or_else(|| religion(code).map(|n| block(offset, code, BlockKind::Religion, Some(n))))
        .or_else(|| ethnic(code).map(|n| block(offset, code, BlockKind::Ethnic, Some(n))))
        .unwrap_or_else(|| block(offset, code, BlockKind::Unknown, None))
}

fn read_later(offset: usize, code: &str) -> ActorBlock {
    role(code)
        .map(|r| block(offset, code, BlockKind::Role, Some(r.meaning)))
        .or_else(|| {
            known_group(code).map(|o| block(offset, code, BlockKind::KnownGroup, Some(o.name)))
        })
        .or_else(|| religion(code).map(|n| block(offset, code, BlockKind::Religion, Some(n))))
        .or_else(|| ethnic(code).map(|n| block(offset, code, BlockKind::Ethnic, Some(n))))
        .or_else(|| as_place(offset, code))
        .unwrap_or_else(|| block(offset, code, BlockKind::Unknown, None))
}

/// Splits a CAMEO actor code into 3-letter blocks and labels each by position
/// (see the module docs). Case-insensitive; surrounding whitespace ignored.
pub fn parse_actor_code(input: &str) -> Result<ParsedActorCode, ActorCodeError> {
    let code = input.trim();
    if code.is_empty() {
        return Err(ActorCodeError::Empty);
    }
    if code == "---" {
        return Err(ActorCodeError::Null);
    }
    if let Some((offset, _)) = code.char_indices().find(|(_, c)| !c.is_ascii_alphabetic()) {
        return Err(ActorCodeError::BadChar {
            input: input.to_string(),
            offset,
        });
    }
    if !code.len().is_multiple_of(3) {
        return Err(ActorCodeError::Ragged {
            input: input.to_string(),
            offset: code.len() - code.len() % 3,
        });
    }
    let code = code.to_ascii_uppercase();
    let blocks = (0..code.len())
        .step_by(3)
        .map(|i| {
            if i == 0 {
                read_first(i, &code[..3])
            } else {
                read_later(i, &code[i..i + 3])
            }
        })
        .collect();
    Ok(ParsedActorCode { code, blocks })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(code: &str) -> Vec<(String, BlockKind)> {
        parse_actor_code(code)
            .unwrap()
            .blocks
            .into_iter()
            .map(|b| (b.code, b.kind))
            .collect()
    }

    fn k(pairs: &[(&str, BlockKind)]) -> Vec<(String, BlockKind)> {
        pairs.iter().map(|(c, k)| (c.to_string(), *k)).collect()
    }

    #[test]
    fn domestic_codes() {
        let p = parse_actor_code("AZEGOVMIL").unwrap();
        assert_eq!(p.country(), Some("AZE"));
        assert_eq!(p.roles(), ["GOV", "MIL"]);
        assert_eq!(p.blocks[2].offset, 6);
        assert_eq!(parse_actor_code(" romgov ").unwrap().country(), Some("ROU"));
        assert_eq!(parse_actor_code("KSVGOV").unwrap().country(), Some("KOS"));
        use BlockKind::*;
        assert_eq!(
            kinds("ISRGOVPTYLKD"),
            k(&[
                ("ISR", Country),
                ("GOV", Role),
                ("PTY", Role),
                ("LKD", Unknown)
            ])
        );
        assert_eq!(
            kinds("XXXOPPMOSEDU"),
            k(&[
                ("XXX", Placeholder),
                ("OPP", Role),
                ("MOS", Religion),
                ("EDU", Role)
            ])
        );
        assert_eq!(
            kinds("SCGSRB"),
            k(&[("SCG", HistoricalState), ("SRB", Country)])
        );
        assert_eq!(parse_actor_code("SCGSRB").unwrap().country(), None);
    }

    #[test]
    fn international_codes() {
        use BlockKind::*;
        let p = parse_actor_code("IGOUNOREFHCR").unwrap();
        assert!(p.is_international() && p.country().is_none());
        assert_eq!(
            kinds("IGOUNOREFHCR"),
            k(&[
                ("IGO", International),
                ("UNO", KnownGroup),
                ("REF", Role),
                ("HCR", KnownGroup)
            ])
        );
        assert!(p.organisation().unwrap().name.contains("UNHCR"));
        assert_eq!(
            kinds("IGOWSTNAT"),
            k(&[("IGO", International), ("WST", Region), ("NAT", KnownGroup)])
        );
        assert_eq!(
            kinds("MNCUSA"),
            k(&[("MNC", International), ("USA", Country)])
        );
        assert_eq!(kinds("IGOEUREEC")[1], ("EUR".to_string(), Region));
        // Position decides collisions: MUS is Mauritius first, Phoenix "Muslim" later.
        assert_eq!(
            kinds("IMGMUSALQ"),
            k(&[
                ("IMG", International),
                ("MUS", Religion),
                ("ALQ", KnownGroup)
            ])
        );
        assert_eq!(kinds("MUSGOV")[0], ("MUS".to_string(), Country));
        // SUN: first block USSR, later block Sunni.
        assert_eq!(kinds("SUN")[0].1, HistoricalState);
        assert_eq!(kinds("IRQSUN")[1].1, Religion);
        assert_eq!(kinds("CHR")[0].1, Religion);
        assert_eq!(kinds("EUR")[0].1, Region);
        assert_eq!(kinds("XYZ")[0].1, Unknown);
    }

    #[test]
    fn bad_codes() {
        assert_eq!(parse_actor_code("  "), Err(ActorCodeError::Empty));
        assert_eq!(parse_actor_code("---"), Err(ActorCodeError::Null));
        assert_eq!(
            parse_actor_code("USAGO"),
            Err(ActorCodeError::Ragged {
                input: "USAGO".into(),
                offset: 3
            })
        );
        let e = parse_actor_code("USA GOV").unwrap_err();
        assert_eq!(
            e,
            ActorCodeError::BadChar {
                input: "USA GOV".into(),
                offset: 3
            }
        );
        assert!(e.to_string().contains("byte 3"));
        assert!(parse_actor_code("USAGÖV").is_err());
    }
}
