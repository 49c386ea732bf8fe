//! PLOVER entity codes: sectors and the special non-state top-level codes.

use std::fmt;
use std::sync::OnceLock;

use crate::tsv::{self, TableError};

const FILE: &str = "plover_sectors.tsv";
const TEXT: &str = include_str!("../../data/plover_sectors.tsv");

/// One PLOVER sector code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectorInfo {
    /// Three upper-case letters.
    pub code: &'static str,
    /// What the sector covers.
    pub meaning: &'static str,
    /// True for the manual's "frequent" sectors.
    pub frequent: bool,
}

fn parse_table() -> Result<Vec<SectorInfo>, TableError> {
    let rows = tsv::parse(FILE, TEXT, &["code", "meaning", "use"])?;
    rows.iter()
        .map(|r| {
            let code = r.fields[0];
            if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(r.error(FILE, format!("bad sector code {code:?}")));
            }
            let frequent = match r.fields[2] {
                "frequent" => true,
                "less frequent" => false,
                other => return Err(r.error(FILE, format!("unknown use {other:?}"))),
            };
            Ok(SectorInfo {
                code,
                meaning: r.fields[1],
                frequent,
            })
        })
        .collect()
}

/// The 25 sector codes in the manual's order.
pub fn sectors() -> &'static [SectorInfo] {
    static CELL: OnceLock<Vec<SectorInfo>> = OnceLock::new();
    tsv::load(&CELL, parse_table).as_slice()
}

/// A sector by code (case-insensitive).
pub fn sector(code: &str) -> Option<&'static SectorInfo> {
    let code = code.trim();
    sectors().iter().find(|s| s.code.eq_ignore_ascii_case(code))
}

/// One PLOVER sector, as a typed value: made only from a code in the
/// sector table (or one of the constants), so a misspelt sector cannot
/// travel through the pipeline as a string.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sector([u8; 3]);

impl Sector {
    /// Government.
    pub const GOV: Sector = Sector(*b"GOV");
    /// Military.
    pub const MIL: Sector = Sector(*b"MIL");
    /// Police.
    pub const COP: Sector = Sector(*b"COP");
    /// Judiciary.
    pub const JUD: Sector = Sector(*b"JUD");
    /// Legislature.
    pub const LEG: Sector = Sector(*b"LEG");
    /// Intelligence services.
    pub const SPY: Sector = Sector(*b"SPY");
    /// Civilians.
    pub const CVL: Sector = Sector(*b"CVL");
    /// Rebels.
    pub const REB: Sector = Sector(*b"REB");
    /// Former officials and elites.
    pub const ELI: Sector = Sector(*b"ELI");
    /// Political parties.
    pub const PTY: Sector = Sector(*b"PTY");
    /// Opposition.
    pub const OPP: Sector = Sector(*b"OPP");
    /// Religion.
    pub const REL: Sector = Sector(*b"REL");
    /// Unidentified armed actors ("unknown gunmen", the unnamed planters
    /// of a roadside bomb).
    pub const UAF: Sector = Sector(*b"UAF");
    /// Organised labour.
    pub const LAB: Sector = Sector(*b"LAB");
    /// Education: teachers, students, schools.
    pub const EDU: Sector = Sector(*b"EDU");
    /// Health workers and organisations (CAMEO's HLH).
    pub const MED: Sector = Sector(*b"MED");
    /// Farmers and agricultural labour.
    pub const AGR: Sector = Sector(*b"AGR");
    /// Other civil-society organisations and movements.
    pub const SOC: Sector = Sector(*b"SOC");
    /// Unidentified generic actors (the unnamed perpetrators of a
    /// cyberattack).
    pub const UNK: Sector = Sector(*b"UNK");

    /// Private people of no office: civilians, students and teachers,
    /// journalists, refugees, criminals, workers, farmers, health workers.
    /// Their journeys are no visits (PLOVER CONSULT `visit`: a host
    /// receives the visitor).
    pub fn private_person(self) -> bool {
        matches!(&self.0, b"CVL" | b"EDU" | b"JRN" | b"REF" | b"CRM" | b"LAB" | b"AGR" | b"MED")
    }

    /// The sector of a code in the table (case-insensitive), or `None`.
    pub fn parse(code: &str) -> Option<Sector> {
        let info = sector(code)?;
        let b = info.code.as_bytes();
        Some(Sector([b[0], b[1], b[2]]))
    }

    /// The three-letter code.
    pub fn as_str(&self) -> &str {
        // Always three ASCII capitals: made from the table or a constant.
        std::str::from_utf8(&self.0).unwrap_or("UNK")
    }

    /// State security forces and offices: the sectors a country's state
    /// acts through (government, military, police, judiciary, legislature,
    /// intelligence).
    pub fn is_state(self) -> bool {
        matches!(self, Sector::GOV | Sector::MIL | Sector::COP | Sector::JUD | Sector::LEG | Sector::SPY)
    }
}

impl fmt::Debug for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Sector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Codes seen in NGEC's agent file that are not sectors (`NON`: phrase is not
/// an actor; `JNK`: junk). Filter them; never emit them.
pub const IMPLEMENTATION_ONLY_SECTORS: [&str; 2] = ["NON", "JNK"];

/// A sector string that is not one or more concatenated sector codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSector {
    /// The input.
    pub input: String,
    /// Byte offset of the offending 3-letter block (or of the ragged tail).
    pub offset: usize,
}

impl fmt::Display for UnknownSector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?}: no PLOVER sector at byte {}",
            self.input, self.offset
        )
    }
}

impl std::error::Error for UnknownSector {}

/// Splits a sector field into its codes: the manual allows `GOV` and also
/// concatenations such as `GOVMIL`.
pub fn split_sector(field: &str) -> Result<Vec<&'static SectorInfo>, UnknownSector> {
    let s = field.trim();
    let err = |offset| UnknownSector {
        input: field.to_string(),
        offset,
    };
    if s.is_empty() || !s.len().is_multiple_of(3) || !s.is_ascii() {
        return Err(err(s.len() - s.len() % 3));
    }
    (0..s.len())
        .step_by(3)
        .map(|i| sector(&s[i..i + 3]).ok_or_else(|| err(i)))
        .collect()
}

/// A non-state (or non-ISO) top-level entity code allowed in PLOVER's `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecialEntity {
    /// Three upper-case letters.
    pub code: &'static str,
    /// What it stands for.
    pub name: &'static str,
}

/// The manual's special entity codes (notes §A8), plus Kosovo's non-ISO
/// country code `KOS`. Beware: in CAMEO, `EUR` is the region Europe (the EU is
/// `IGOEUREEC`) — [`crate::actor_codes`] reads CAMEO codes with CAMEO meanings.
pub const SPECIAL_ENTITIES: [SpecialEntity; 8] = [
    SpecialEntity {
        code: "IGO",
        name: "intergovernmental organisation (any except UN and EU)",
    },
    SpecialEntity {
        code: "UNO",
        name: "United Nations",
    },
    SpecialEntity {
        code: "EUR",
        name: "European Union",
    },
    SpecialEntity {
        code: "NGO",
        name: "non-governmental organisation",
    },
    SpecialEntity {
        code: "ISM",
        name: "international social movement",
    },
    SpecialEntity {
        code: "IMG",
        name: "transnational militarized group",
    },
    SpecialEntity {
        code: "MNC",
        name: "multinational corporation",
    },
    SpecialEntity {
        code: "KOS",
        name: "Kosovo (non-ISO country code)",
    },
];

/// True for PLOVER's non-state international entity codes (IGO, UNO, EUR,
/// NGO, ISM, IMG, MNC): an organisation, not a state (Kosovo's `KOS` is a
/// state).
pub fn is_international_entity(code: &str) -> bool {
    code != "KOS" && SPECIAL_ENTITIES.iter().any(|e| e.code == code)
}

/// True for the code of a state: three letters that are no international
/// entity's ("SYR", "KOS"; not "IGO", "UNO", nor an empty code).
pub fn is_state_code(code: &str) -> bool {
    code.len() == 3 && !is_international_entity(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn international_entities_are_not_states() {
        assert!(["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"].iter().all(|c| is_international_entity(c)));
        assert!(!is_international_entity("KOS") && !is_international_entity("SYR"));
        assert!(is_state_code("SYR") && is_state_code("KOS") && !is_state_code("IGO") && !is_state_code(""));
    }

    #[test]
    fn typed_sectors_come_only_from_the_table() {
        assert_eq!(Sector::parse("gov"), Some(Sector::GOV));
        assert_eq!(Sector::parse("MIL").map(|s| s.to_string()), Some("MIL".to_string()));
        assert_eq!(Sector::parse("XYZ"), None);
        assert_eq!(Sector::parse("GOVMIL"), None);
        for c in [Sector::GOV, Sector::MIL, Sector::COP, Sector::JUD, Sector::LEG, Sector::SPY, Sector::CVL, Sector::REB, Sector::ELI, Sector::PTY, Sector::OPP, Sector::REL, Sector::UAF, Sector::LAB, Sector::EDU, Sector::MED, Sector::AGR] {
            assert_eq!(Sector::parse(c.as_str()), Some(c), "constant {c} is in the table");
        }
        assert!(Sector::COP.is_state() && !Sector::CVL.is_state());
    }

    #[test]
    fn sectors_table() {
        assert_eq!(parse_table().unwrap().len(), 25);
        assert_eq!(sectors().iter().filter(|s| s.frequent).count(), 11);
        assert!(sector("med").unwrap().meaning.contains("health"));
        assert!(sector("HLH").is_none());
        for code in IMPLEMENTATION_ONLY_SECTORS {
            assert!(sector(code).is_none());
        }
    }

    #[test]
    fn split_sectors() {
        let codes = |s| {
            split_sector(s)
                .unwrap()
                .iter()
                .map(|x| x.code)
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("GOVMIL"), ["GOV", "MIL"]);
        assert_eq!(codes(" gov "), ["GOV"]);
        assert_eq!(split_sector("GOVXYZ").unwrap_err().offset, 3);
        assert_eq!(split_sector("GOVM").unwrap_err().offset, 3);
        assert!(split_sector("").is_err());
        assert!(split_sector("GÖV").is_err());
    }
}
