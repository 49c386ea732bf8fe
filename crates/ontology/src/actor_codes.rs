//! CAMEO actor codes: role, international, region, organisation, religion and
//! ethnic blocks, and a positional parser for whole codes such as `AZEGOVMIL`.
//!
//! A CAMEO actor code is a concatenation of 3-letter blocks read from general
//! to specific. The same block means different things in different tables
//! (`SUN` Sunni vs USSR, `MUS` Mauritius vs Phoenix's "Muslim", `EUR` Europe
//! vs PLOVER's EU, `MED` media vs PLOVER's health sector), so the parser
//! decides by position (notes §C1): the first block is read as country →
//! region → international generic → religion → ethnic group; later blocks as
//! role → known group → religion → ethnic group → country/region.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use crate::countries;
use crate::plover::{self, SectorInfo};
use crate::tsv::{self, TableError};

mod parse;

pub use parse::{parse_actor_code, ActorBlock, ActorCodeError, BlockKind, ParsedActorCode};

const ROLES_FILE: &str = "cameo_roles.tsv";
const ROLES_TEXT: &str = include_str!("../data/cameo_roles.tsv");
const ORGS_FILE: &str = "cameo_organisations.tsv";
const ORGS_TEXT: &str = include_str!("../data/cameo_organisations.tsv");

/// A CAMEO role (type) code such as `GOV`, `MIL`, `REB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleInfo {
    /// Three upper-case letters.
    pub code: &'static str,
    /// What it covers.
    pub meaning: &'static str,
    /// Class in the CAMEO 1.1b3 manual (primary, secondary, tertiary, …; may
    /// be empty).
    pub manual_class: &'static str,
    /// Listed in GDELT's `CAMEO.type.txt`.
    pub in_gdelt: bool,
    /// Used in the Phoenix agents dictionary.
    pub in_phoenix: bool,
    /// Nearest PLOVER v2.0 sector, where one exists.
    pub plover_sector: Option<&'static SectorInfo>,
    /// The notes' wording of the PLOVER equivalent (e.g. "— (SOC + context
    /// `environment`)").
    pub plover_note: &'static str,
}

fn parse_roles() -> Result<Vec<RoleInfo>, TableError> {
    let cols = [
        "code",
        "meaning",
        "manual_class",
        "in_gdelt",
        "in_phoenix",
        "plover_sector",
        "plover_note",
    ];
    let rows = tsv::parse(ROLES_FILE, ROLES_TEXT, &cols)?;
    rows.iter()
        .map(|r| {
            let f = &r.fields;
            if !is_block(f[0]) {
                return Err(r.error(ROLES_FILE, format!("bad role code {:?}", f[0])));
            }
            let plover_sector =
                if f[5].is_empty() {
                    None
                } else {
                    Some(plover::sector(f[5]).ok_or_else(|| {
                        r.error(ROLES_FILE, format!("{:?} is not a sector", f[5]))
                    })?)
                };
            Ok(RoleInfo {
                code: f[0],
                meaning: f[1],
                manual_class: f[2],
                in_gdelt: r.flag(ROLES_FILE, 3)?,
                in_phoenix: r.flag(ROLES_FILE, 4)?,
                plover_sector,
                plover_note: f[6],
            })
        })
        .collect()
}

/// All role codes (notes §C2).
pub fn roles() -> &'static [RoleInfo] {
    static CELL: OnceLock<Vec<RoleInfo>> = OnceLock::new();
    tsv::load(&CELL, parse_roles).as_slice()
}

/// A role by code (case-insensitive).
pub fn role(code: &str) -> Option<&'static RoleInfo> {
    find(roles(), code, |r| r.code)
}

/// An international organisation code as used in the Phoenix dictionaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Full actor code (`IGOUNOREFHCR`).
    pub code: &'static str,
    /// The organisation(s) it stands for.
    pub name: &'static str,
    /// Phoenix attaches the code only to date-restricted officials.
    pub dated: bool,
    /// The CAMEO 1.1b3 manual's code(s) where different (`IGOUNOHCR`).
    pub manual_codes: Vec<&'static str>,
    /// GDELT known-group suffix (`HCR`), where GDELT has one.
    pub gdelt_suffix: Option<&'static str>,
}

fn parse_orgs() -> Result<Vec<Organisation>, TableError> {
    let cols = [
        "code",
        "organisation",
        "dated",
        "manual_codes",
        "gdelt_suffix",
    ];
    let rows = tsv::parse(ORGS_FILE, ORGS_TEXT, &cols)?;
    rows.iter()
        .map(|r| {
            let f = &r.fields;
            let code_ok = |c: &str| {
                !c.is_empty() && c.len().is_multiple_of(3) && c.bytes().all(|b| b.is_ascii_uppercase())
            };
            let manual_codes: Vec<&str> = tsv::list(f[3]).collect();
            if !code_ok(f[0])
                || !manual_codes.iter().all(|c| code_ok(c))
                || !(f[4].is_empty() || is_block(f[4]))
            {
                return Err(r.error(ORGS_FILE, "malformed code field"));
            }
            Ok(Organisation {
                code: f[0],
                name: f[1],
                dated: r.flag(ORGS_FILE, 2)?,
                manual_codes,
                gdelt_suffix: (!f[4].is_empty()).then_some(f[4]),
            })
        })
        .collect()
}

/// All organisation codes (notes §C4), in the notes' order. A code may occur
/// twice when Phoenix files two bodies under it.
pub fn organisations() -> &'static [Organisation] {
    static CELL: OnceLock<Vec<Organisation>> = OnceLock::new();
    tsv::load(&CELL, parse_orgs).as_slice()
}

/// The organisation with this full code, Phoenix's or the manual's
/// (case-insensitive; first match).
pub fn organisation(code: &str) -> Option<&'static Organisation> {
    let code = code.trim();
    let orgs = organisations();
    orgs.iter()
        .find(|o| o.code.eq_ignore_ascii_case(code))
        .or_else(|| {
            orgs.iter()
                .find(|o| o.manual_codes.iter().any(|m| m.eq_ignore_ascii_case(code)))
        })
}

/// The organisation a single known-group block names (`HCR` → UNHCR): GDELT's
/// known-group suffixes, plus the last block of Phoenix organisation codes
/// where that block is not itself a role, region, country, generic or religion.
pub fn known_group(block: &str) -> Option<&'static Organisation> {
    static CELL: OnceLock<HashMap<&'static str, &'static Organisation>> = OnceLock::new();
    let map = CELL.get_or_init(|| {
        let mut map = HashMap::new();
        for o in organisations() {
            if let Some(s) = o.gdelt_suffix {
                map.entry(s).or_insert(o);
            }
        }
        for o in organisations() {
            let last = &o.code[o.code.len() - 3..];
            let other_meaning = role(last).is_some()
                || region(last).is_some()
                || countries::country(last).is_some()
                || international(last).is_some()
                || religion(last).is_some();
            if o.code.len() > 3 && !other_meaning {
                map.entry(last).or_insert(o);
            }
        }
        map
    });
    map.get(block.trim().to_ascii_uppercase().as_str()).copied()
}

/// International generic codes (notes §C3): first block of international actors.
pub const INTERNATIONAL: [(&str, &str); 7] = [
    ("IGO", "intergovernmental organisation"),
    ("IMG", "international militarized group"),
    ("INT", "international actor not otherwise classifiable"),
    ("MNC", "multinational corporation"),
    ("NGM", "non-governmental movement"),
    ("NGO", "non-governmental organisation"),
    ("UIS", "unidentified state actor"),
];

/// CAMEO region codes (notes §C3). `EUR` here is the region Europe, not the EU.
pub const REGIONS: [(&str, &str); 25] = [
    ("AFR", "Africa"),
    ("ASA", "Asia"),
    ("BLK", "Balkans"),
    ("CRB", "Caribbean"),
    ("CAU", "Caucasus"),
    ("CFR", "Central Africa"),
    ("CAS", "Central Asia"),
    ("CEU", "Central Europe"),
    ("EIN", "East Indies"),
    ("EAF", "Eastern Africa"),
    ("EEU", "Eastern Europe"),
    ("EUR", "Europe"),
    ("LAM", "Latin America"),
    ("MEA", "Middle East"),
    ("MDT", "Mediterranean"),
    ("NAF", "North Africa"),
    ("NMR", "North America"),
    ("PGS", "Persian Gulf"),
    ("SCN", "Scandinavia"),
    ("SAM", "South America"),
    ("SAS", "South Asia"),
    ("SEA", "Southeast Asia"),
    ("SAF", "Southern Africa"),
    ("WAF", "West Africa"),
    ("WST", "the West"),
];

/// Religion codes, first level of CAMEO's religious scheme (notes §C5), plus
/// Phoenix's `MUS` spelling of Muslim (CAMEO and GDELT: `MOS`).
pub const RELIGIONS: [(&str, &str); 32] = [
    ("ADR", "African diasporic religion"),
    ("ALE", "Alewi"),
    ("ATH", "agnostic/atheist"),
    ("BAH", "Bahá'í"),
    ("BUD", "Buddhism"),
    ("CHR", "Christianity"),
    ("CON", "Confucianism"),
    ("CPT", "Coptic"),
    ("CTH", "Catholic"),
    ("DOX", "Orthodox"),
    ("DRZ", "Druze"),
    ("HIN", "Hinduism"),
    ("HSD", "Hasidic"),
    ("ITR", "indigenous tribal religion"),
    ("JAN", "Jainism"),
    ("JEW", "Judaism"),
    ("JHW", "Jehovah's Witness"),
    ("LDS", "Latter Day Saints"),
    ("MOS", "Muslim"),
    ("MRN", "Maronite"),
    ("NRM", "new religious movement"),
    ("PAG", "pagan"),
    ("PRO", "Protestant"),
    ("SFI", "Sufi"),
    ("SHI", "Shia"),
    ("SHN", "Shinto"),
    ("SIK", "Sikh"),
    ("SUN", "Sunni"),
    ("TAO", "Taoist"),
    ("UDX", "ultra-Orthodox"),
    ("ZRO", "Zoroastrianism"),
    ("MUS", "Muslim (Phoenix spelling of MOS)"),
];

/// The few upper-case ethnic actor codes found in dictionaries (CAMEO's full
/// ethnic scheme uses 603 lower-case codes, not carried here).
pub const ETHNIC: [(&str, &str); 3] = [
    ("ABN", "ethnic Albanians"),
    ("ARB", "Arabs"),
    ("KUR", "Kurds"),
];

fn find<T>(items: &'static [T], code: &str, key: impl Fn(&T) -> &str) -> Option<&'static T> {
    let code = code.trim();
    items.iter().find(|x| key(x).eq_ignore_ascii_case(code))
}

fn lookup_pair(table: &'static [(&'static str, &'static str)], code: &str) -> Option<&'static str> {
    find(table, code, |(c, _)| c).map(|(_, n)| *n)
}

/// Meaning of an international generic code.
pub fn international(code: &str) -> Option<&'static str> {
    lookup_pair(&INTERNATIONAL, code)
}

/// Name of a region code.
pub fn region(code: &str) -> Option<&'static str> {
    lookup_pair(&REGIONS, code)
}

/// Name of a religion code.
pub fn religion(code: &str) -> Option<&'static str> {
    lookup_pair(&RELIGIONS, code)
}

/// Name of an upper-case ethnic code.
pub fn ethnic(code: &str) -> Option<&'static str> {
    lookup_pair(&ETHNIC, code)
}

fn is_block(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

impl fmt::Display for Organisation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert_eq!(parse_roles().unwrap().len(), 33);
        assert_eq!(parse_orgs().unwrap().len(), 104);
        assert_eq!(role("hlh").unwrap().plover_sector.unwrap().code, "MED");
        assert_eq!(role("MED").unwrap().plover_sector.unwrap().code, "JRN");
        assert!(role("PKO").unwrap().plover_sector.is_none());
        assert_eq!(role("INS").unwrap().plover_sector.unwrap().code, "REB");
    }

    #[test]
    fn organisations_and_groups() {
        assert!(organisation("IGOUNOREFHCR").unwrap().name.contains("UNHCR"));
        assert_eq!(organisation("IGOUNOHCR").unwrap().code, "IGOUNOREFHCR");
        assert_eq!(organisation("IGOEUREEC").unwrap().gdelt_suffix, Some("EEC"));
        assert_eq!(
            organisation("IGOWAFBUSWAS").unwrap().name,
            "ECOWAS (full name / acronym)"
        );
        assert!(organisation("IGOBUSWTO").unwrap().dated);
        assert_eq!(known_group("hcr").unwrap().code, "IGOUNOREFHCR");
        assert_eq!(known_group("UNO").unwrap().code, "IGOUNO");
        assert_eq!(known_group("AFU").unwrap().code, "IGOAFRAFU");
        assert!(known_group("GOV").is_none());
        assert!(known_group("EUR").is_none());
    }

    #[test]
    fn small_tables() {
        assert_eq!(region("EUR"), Some("Europe"));
        assert_eq!(religion("SUN"), Some("Sunni"));
        assert_eq!(international("UIS"), Some("unidentified state actor"));
        assert_eq!(ethnic("KUR"), Some("Kurds"));
        assert_eq!(RELIGIONS.len(), 32);
        for table in [
            &INTERNATIONAL[..],
            &REGIONS[..],
            &RELIGIONS[..],
            &ETHNIC[..],
        ] {
            assert!(table.iter().all(|(c, _)| is_block(c)));
        }
    }
}
