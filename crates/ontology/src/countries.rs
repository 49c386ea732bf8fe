//! Country codes: ISO 3166-1 (from Debian iso-codes) plus PLOVER's Kosovo
//! `KOS`, and the non-ISO codes CAMEO, GDELT, Phoenix and old PLOVER data use.

use std::sync::OnceLock;

use crate::tsv::{self, TableError};

const FILE: &str = "countries.tsv";
const TEXT: &str = include_str!("../data/countries.tsv");

/// One country (or PLOVER country-level entity).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 (or `KOS`).
    pub alpha3: &'static str,
    /// ISO 3166-1 alpha-2 (`XK`, user-assigned, for Kosovo).
    pub alpha2: &'static str,
    /// ISO English short name ("Iran, Islamic Republic of").
    pub name: &'static str,
    /// Common name where iso-codes gives one ("Iran"), else the short name.
    pub common_name: &'static str,
    /// False for `KOS`, which is PLOVER's, not ISO's.
    pub iso: bool,
}

fn parse_table() -> Result<Vec<Country>, TableError> {
    let rows = tsv::parse(
        FILE,
        TEXT,
        &["alpha3", "alpha2", "name", "common_name", "source"],
    )?;
    rows.iter()
        .map(|r| {
            let f = &r.fields;
            let upper = |s: &str, n| s.len() == n && s.bytes().all(|b| b.is_ascii_uppercase());
            if !upper(f[0], 3) || !upper(f[1], 2) {
                return Err(r.error(FILE, format!("bad codes {:?}/{:?}", f[0], f[1])));
            }
            let iso = match f[4] {
                "iso" => true,
                "plover" => false,
                other => return Err(r.error(FILE, format!("unknown source {other:?}"))),
            };
            Ok(Country {
                alpha3: f[0],
                alpha2: f[1],
                name: f[2],
                common_name: f[3],
                iso,
            })
        })
        .collect()
}

/// All countries, sorted by alpha-3 (ISO first, then `KOS`).
pub fn countries() -> &'static [Country] {
    static CELL: OnceLock<Vec<Country>> = OnceLock::new();
    tsv::load(&CELL, parse_table).as_slice()
}

/// A current country by alpha-3 code (case-insensitive), `KOS` included.
pub fn country(alpha3: &str) -> Option<&'static Country> {
    let code = alpha3.trim();
    countries()
        .iter()
        .find(|c| c.alpha3.eq_ignore_ascii_case(code))
}

/// A current country by alpha-2 code (case-insensitive; `XK` = Kosovo).
pub fn country_by_alpha2(alpha2: &str) -> Option<&'static Country> {
    let code = alpha2.trim();
    countries()
        .iter()
        .find(|c| c.alpha2.eq_ignore_ascii_case(code))
}

/// A non-ISO country code found in event data and the code dyad uses instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CountryAlias {
    /// The code as found.
    pub code: &'static str,
    /// The current code (ISO alpha-3 or `KOS`), following PLOVER v2.0.
    pub current: &'static str,
    /// Where the code is used.
    pub source: &'static str,
}

const fn alias(code: &'static str, current: &'static str, source: &'static str) -> CountryAlias {
    CountryAlias {
        code,
        current,
        source,
    }
}

/// Non-ISO codes and their PLOVER v2.0 equivalents (notes §C6). Dependencies
/// are folded into the controlling state as PLOVER does (Isle of Man `IMY` →
/// GBR, Netherlands Antilles → NLD); ISO codes of dependencies are left alone.
pub const COUNTRY_ALIASES: &[CountryAlias] = &[
    alias("ROM", "ROU", "CAMEO 1.1b3 / GDELT (Romania)"),
    alias("TMP", "TLS", "CAMEO 1.1b3 / GDELT / Phoenix (Timor-Leste)"),
    alias("MTN", "MNE", "CAMEO 1.1b3 / GDELT (Montenegro)"),
    alias(
        "IMY",
        "GBR",
        "CAMEO 1.1b3 / GDELT (Isle of Man, folded into GBR)",
    ),
    alias(
        "ANT",
        "NLD",
        "withdrawn ISO / CAMEO (Netherlands Antilles, folded into NLD)",
    ),
    alias("KSV", "KOS", "Phoenix (Kosovo)"),
    alias("XKX", "KOS", "NGEC (Kosovo)"),
    alias("WSB", "PSE", "GDELT (West Bank)"),
    alias("GZS", "PSE", "GDELT (Gaza Strip)"),
    alias("BAG", "IRQ", "GDELT (Baghdad)"),
    alias("JAP", "JPN", "PLOVER 2016 gold standard (typo for Japan)"),
    alias("ITL", "ITA", "PLOVER 2016 gold standard (typo for Italy)"),
    alias("VTN", "VNM", "PLOVER 2016 gold standard (typo for Vietnam)"),
];

/// Former states that appear in CAMEO/Phoenix dictionaries with date ranges;
/// they have no PLOVER equivalent.
pub const HISTORICAL_STATES: &[(&str, &str)] = &[
    ("SUN", "Soviet Union"),
    ("CSK", "Czechoslovakia"),
    ("DDR", "German Democratic Republic"),
    ("YUG", "Yugoslavia"),
    ("SCG", "Serbia and Montenegro"),
];

/// The current code for a country code found in data: ISO alpha-3 codes and
/// `KOS` map to themselves (upper-cased), [`COUNTRY_ALIASES`] to their
/// replacement. `None` for anything else, including the [`HISTORICAL_STATES`]
/// and region codes.
pub fn normalize_country_code(code: &str) -> Option<&'static str> {
    let code = code.trim();
    if let Some(c) = country(code) {
        return Some(c.alpha3);
    }
    COUNTRY_ALIASES
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(code))
        .map(|a| a.current)
}

/// The name of a historical state code, if it is one.
pub fn historical_state(code: &str) -> Option<&'static str> {
    let code = code.trim();
    HISTORICAL_STATES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let all = parse_table().unwrap();
        assert_eq!(all.len(), 250);
        assert_eq!(all.iter().filter(|c| c.iso).count(), 249);
        assert_eq!(country("aze").unwrap().name, "Azerbaijan");
        assert_eq!(country("IRN").unwrap().common_name, "Iran");
        assert_eq!(country("KOS").unwrap().alpha2, "XK");
        assert!(!country("KOS").unwrap().iso);
        assert_eq!(country_by_alpha2("de").unwrap().alpha3, "DEU");
        assert!(country("ROM").is_none());
    }

    #[test]
    fn normalisation() {
        for (from, to) in [
            ("ROM", "ROU"),
            ("TMP", "TLS"),
            ("MTN", "MNE"),
            ("KSV", "KOS"),
            ("JAP", "JPN"),
            ("ITL", "ITA"),
            ("VTN", "VNM"),
            ("WSB", "PSE"),
            ("GZS", "PSE"),
            ("BAG", "IRQ"),
            ("usa", "USA"),
            ("KOS", "KOS"),
            ("TWN", "TWN"),
            ("SSD", "SSD"),
        ] {
            assert_eq!(normalize_country_code(from), Some(to), "{from}");
        }
        assert_eq!(normalize_country_code("SUN"), None);
        assert_eq!(normalize_country_code("EUR"), None);
        assert_eq!(normalize_country_code(""), None);
        assert_eq!(historical_state("yug"), Some("Yugoslavia"));
        for a in COUNTRY_ALIASES {
            assert!(country(a.code).is_none(), "{} is ISO", a.code);
            assert!(country(a.current).is_some(), "{}", a.current);
        }
    }
}
