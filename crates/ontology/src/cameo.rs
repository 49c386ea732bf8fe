//! CAMEO 1.1b3 event codes with GDELT Goldstein values, GDELT QuadClass and
//! the CAMEO2PLOVER-2021 mapping normalised to PLOVER v2.0 vocabulary.
//!
//! Codes are strings: `"010"` (make statement) and `"10"` (DEMAND) are
//! different codes, and nothing here ever converts a code to an integer.
//! Lexicographic string order is also CAMEO's code order (`01` < `010` < … <
//! `019` < `02`), so the table is kept sorted by code.

use std::fmt;
use std::sync::OnceLock;

use crate::plover::{self, Category, ContextInfo, ModeInfo};
use crate::tsv::{self, TableError};

const FILE: &str = "cameo_events.tsv";
const TEXT: &str = include_str!("../data/cameo_events.tsv");
const COLUMNS: [&str; 14] = [
    "code",
    "digits",
    "name",
    "goldstein",
    "goldstein_inferred",
    "in_cameo_1_1b3",
    "quad_class",
    "plover_category",
    "plover_modes",
    "plover_contexts",
    "c2p_modes",
    "c2p_contexts",
    "normalised",
    "note",
];

/// CAMEO source is the host of a visit (043 "Host a visit"): in PLOVER the host
/// is the `recipient` of CONSULT `visit`, so actor and recipient swap.
const ROLE_SWAP_CODES: &[&str] = &["043"];
/// Codes whose CAMEO events come in reciprocal pairs that PLOVER codes as one
/// record with all participants in `actor` (044 "Meet at a 'third' location").
const RECIPROCAL_CODES: &[&str] = &["044"];

/// The PLOVER reading of a CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct PloverMapping {
    /// The category (may differ from the root's; e.g. 163 → COERCE).
    pub category: Category,
    /// v2.0 modes of that category (often empty).
    pub modes: Vec<&'static ModeInfo>,
    /// v2.0 contexts.
    pub contexts: Vec<&'static ContextInfo>,
    /// The CAMEO source becomes the PLOVER recipient and vice versa.
    pub swap_roles: bool,
    /// CAMEO's mirrored pair of events collapses into one PLOVER record with
    /// all participants as `actor`.
    pub reciprocal: bool,
}

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoEvent {
    /// The code string, 2–4 digits with leading zeros (`"010"`).
    pub code: &'static str,
    /// The CAMEO 1.1b3 name (roots in upper case).
    pub name: &'static str,
    /// Goldstein value (GDELT's table).
    pub goldstein: f64,
    /// True when GDELT lacks the code and the value is the nearest parent's
    /// (155, 176, 1834, 1951, 1952, and the non-1.1b3 codes 1213, 1214).
    pub goldstein_inferred: bool,
    /// False for 1213 and 1214, which CAMEO 1.1b3 does not list (ICEWS,
    /// Phoenix and CAMEO2PLOVER use them).
    pub in_cameo_1_1b3: bool,
    /// GDELT QuadClass 1–4, from the root.
    pub quad_class: u8,
    /// PLOVER mapping; `None` for 01x/02x, which PLOVER drops.
    pub plover: Option<PloverMapping>,
    /// CAMEO2PLOVER-2021's mode values as given (before normalisation).
    pub c2p_modes: Vec<&'static str>,
    /// CAMEO2PLOVER-2021's context values as given.
    pub c2p_contexts: Vec<&'static str>,
    /// What normalisation to v2.0 changed, empty if nothing.
    pub normalised: &'static str,
    /// Remark carried over from dyad's ontology notes, may be empty.
    pub note: &'static str,
}

impl CameoEvent {
    /// Number of digits (2 = root, 3, or 4).
    pub fn digits(&self) -> usize {
        self.code.len()
    }

    /// True for the 20 two-digit root codes.
    pub fn is_root(&self) -> bool {
        self.code.len() == 2
    }

    /// The root code string (first two characters).
    pub fn root_code(&self) -> &'static str {
        &self.code[..2]
    }

    /// The root event.
    pub fn root(&self) -> &'static CameoEvent {
        event(self.root_code()).expect("every code's root is in the table (checked by tests)")
    }

    /// The next-shorter code (4 → 3 digits, 3 → root); `None` for a root.
    pub fn parent(&self) -> Option<&'static CameoEvent> {
        match self.code.len() {
            4 => event(&self.code[..3]),
            3 => event(&self.code[..2]),
            _ => None,
        }
    }

    /// The GDELT name of this event's QuadClass.
    pub fn quad_class_name(&self) -> &'static str {
        plover::QUAD_NAMES[usize::from(self.quad_class) - 1]
    }
}

fn parse_row(row: &tsv::Row) -> Result<CameoEvent, TableError> {
    let f = &row.fields;
    let code = f[0];
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(row.error(FILE, format!("bad code {code:?}")));
    }
    if f[1] != code.len().to_string() {
        return Err(row.error(
            FILE,
            format!("digits {:?} do not match code {code:?}", f[1]),
        ));
    }
    let quad_class = match f[6] {
        "1" => 1,
        "2" => 2,
        "3" => 3,
        "4" => 4,
        other => return Err(row.error(FILE, format!("bad quad_class {other:?}"))),
    };
    let plover = if f[7].is_empty() {
        if !f[8].is_empty() || !f[9].is_empty() {
            return Err(row.error(FILE, "modes or contexts without a PLOVER category"));
        }
        None
    } else {
        let category = Category::parse(f[7])
            .filter(|c| c.as_str() == f[7])
            .ok_or_else(|| row.error(FILE, format!("unknown PLOVER category {:?}", f[7])))?;
        let modes = tsv::list(f[8])
            .map(|m| {
                category
                    .mode(m)
                    .ok_or_else(|| row.error(FILE, format!("{m:?} is not a mode of {category}")))
            })
            .collect::<Result<_, _>>()?;
        let contexts = tsv::list(f[9])
            .map(|c| {
                plover::context(c)
                    .ok_or_else(|| row.error(FILE, format!("{c:?} is not a v2.0 context")))
            })
            .collect::<Result<_, _>>()?;
        Some(PloverMapping {
            category,
            modes,
            contexts,
            swap_roles: ROLE_SWAP_CODES.contains(&code),
            reciprocal: RECIPROCAL_CODES.contains(&code),
        })
    };
    Ok(CameoEvent {
        code,
        name: f[2],
        goldstein: row.f64(FILE, 3)?,
        goldstein_inferred: row.flag(FILE, 4)?,
        in_cameo_1_1b3: row.flag(FILE, 5)?,
        quad_class,
        plover,
        c2p_modes: tsv::list(f[10]).collect(),
        c2p_contexts: tsv::list(f[11]).collect(),
        normalised: f[12],
        note: f[13],
    })
}

fn parse_table() -> Result<Vec<CameoEvent>, TableError> {
    let rows = tsv::parse(FILE, TEXT, &COLUMNS)?;
    let mut events = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let e = parse_row(row)?;
        if i > 0 && events.last().is_some_and(|p: &CameoEvent| p.code >= e.code) {
            return Err(row.error(
                FILE,
                format!("code {:?} out of order or duplicated", e.code),
            ));
        }
        let expected_quad = quad_class_of_root(&e.code[..2]);
        if expected_quad != Some(e.quad_class) {
            return Err(row.error(
                FILE,
                format!(
                    "quad_class {} does not follow root {}",
                    e.quad_class,
                    &e.code[..2]
                ),
            ));
        }
        events.push(e);
    }
    Ok(events)
}

/// Every CAMEO event code in code order.
pub fn events() -> &'static [CameoEvent] {
    static CELL: OnceLock<Vec<CameoEvent>> = OnceLock::new();
    tsv::load(&CELL, parse_table).as_slice()
}

/// Looks up an exact code string (surrounding whitespace ignored). `"10"` is
/// DEMAND; make-statement is `"010"` — integers that lost their leading zero
/// cannot be repaired here.
pub fn event(code: &str) -> Option<&'static CameoEvent> {
    let code = code.trim();
    let all = events();
    all.binary_search_by(|e| e.code.cmp(code))
        .ok()
        .map(|i| &all[i])
}

/// Why a string is not a known CAMEO event code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not 2–4 ASCII digits.
    Malformed(String),
    /// Well-formed but not in the code list.
    Unknown(String),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Malformed(c) => write!(
                f,
                "{c:?} is not a CAMEO event code (2 to 4 digits, as a string)"
            ),
            CodeError::Unknown(c) => write!(f, "{c:?} is not in the CAMEO 1.1b3 event-code list"),
        }
    }
}

impl std::error::Error for CodeError {}

/// Like [`event`] but says why a code is rejected.
pub fn lookup(code: &str) -> Result<&'static CameoEvent, CodeError> {
    let c = code.trim();
    if !(2..=4).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodeError::Malformed(code.to_string()));
    }
    event(c).ok_or_else(|| CodeError::Unknown(code.to_string()))
}

/// The root event of a code (`"0421"` → `"04"`), requiring the code itself to
/// be known.
pub fn root_of(code: &str) -> Result<&'static CameoEvent, CodeError> {
    lookup(code).map(CameoEvent::root)
}

/// GDELT QuadClass of a root code string: 01–05 → 1, 06–08 → 2, 09–13 → 3,
/// 14–20 → 4; `None` for anything else.
pub fn quad_class_of_root(root: &str) -> Option<u8> {
    if root.len() != 2 || !root.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match root.parse::<u8>().ok()? {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// The PLOVER reading of a CAMEO code: `Ok(None)` for the dropped 01x/02x.
pub fn to_plover(code: &str) -> Result<Option<&'static PloverMapping>, CodeError> {
    lookup(code).map(|e| e.plover.as_ref())
}

/// The manual's root-level translation table (notes §B1): each CAMEO root and
/// the PLOVER categories it converts to. Root 08 splits (081–083 CONCEDE,
/// 084–087 RETREAT); 09 and 11 both give ACCUSE; 18–20 give ASSAULT (the
/// manual's "FIGHT" for 20 is a leftover). Code-level exceptions are in the
/// per-code table.
pub const ROOT_TO_PLOVER: [(&str, &[Category]); 20] = [
    ("01", &[]),
    ("02", &[]),
    ("03", &[Category::Agree]),
    ("04", &[Category::Consult]),
    ("05", &[Category::Support]),
    ("06", &[Category::Cooperate]),
    ("07", &[Category::Aid]),
    ("08", &[Category::Concede, Category::Retreat]),
    ("09", &[Category::Accuse]),
    ("10", &[Category::Request]),
    ("11", &[Category::Accuse]),
    ("12", &[Category::Reject]),
    ("13", &[Category::Threaten]),
    ("14", &[Category::Protest]),
    ("15", &[Category::Mobilize]),
    ("16", &[Category::Sanction]),
    ("17", &[Category::Coerce]),
    ("18", &[Category::Assault]),
    ("19", &[Category::Assault]),
    ("20", &[Category::Assault]),
];

/// Root codes that the manual's root rule converts to `category`
/// (e.g. ACCUSE → `["09", "11"]`, RETREAT → `["08"]`).
pub fn root_codes_for(category: Category) -> Vec<&'static str> {
    ROOT_TO_PLOVER
        .iter()
        .filter(|(_, cats)| cats.contains(&category))
        .map(|(r, _)| *r)
        .collect()
}

/// Every code whose per-code mapping gives `category`, in code order
/// (includes code-level overrides such as 163 → COERCE).
pub fn codes_for(category: Category) -> impl Iterator<Item = &'static CameoEvent> {
    events()
        .iter()
        .filter(move |e| e.plover.as_ref().is_some_and(|p| p.category == category))
}

/// Acts that only a state's police or courts perform, with the sector of
/// who performs them: arresting, detaining or charging (173) and deporting
/// (174) are the police's; finding guilty (116) is the courts'. A report
/// that leaves the agent out ("was arrested in Lebanon") still says who
/// acted: the authorities where it happened.
pub fn authorities_act(code: &str) -> Option<plover::Sector> {
    match code {
        // Arrests and deportations; police alert raised ("security was
        // tightened").
        "173" | "174" | "151" => Some(plover::Sector::COP),
        // Convictions, and formal charges (1121 also covers accusations of
        // crime by anybody: the coder asks for the words of charging).
        "116" | "1121" => Some(plover::Sector::JUD),
        // Curfews and states of emergency, imposed or eased, bans of
        // political parties or politicians, imposed or lifted, and
        // administrative restrictions eased (081, 0811): only a government
        // declares or lifts them.
        "081" | "0811" | "0812" | "0813" | "0814" | "1722" | "1723" | "1724" => Some(plover::Sector::GOV),
        _ => None,
    }
}

/// Acts on a place's whole population: curfews and states of emergency or
/// martial law, imposed (1723, 1724), threatened (1323, 1324) or eased
/// (0813, 0814). Their target, where the report names no other, is the
/// civilians of the place (PLOVER codes "threatened to institute a curfew
/// in Algiers" as against DZA CVL).
pub fn imposed_on_population(code: &str) -> bool {
    matches!(code, "1723" | "1724" | "1323" | "1324" | "0813" | "0814")
}

/// A cyberattack (176, "Attack cybernetically": PLOVER COERCE `cyber`),
/// whose perpetrator a report often does not know.
pub fn cyber_attack(code: &str) -> bool {
    code == "176"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: &str) -> &'static CameoEvent {
        event(code).unwrap_or_else(|| panic!("{code} missing"))
    }

    #[test]
    fn table_counts() {
        let all = parse_table().unwrap();
        assert_eq!(all.len(), 318);
        assert_eq!(all.iter().filter(|e| e.is_root()).count(), 20);
        // GDELT's table has 311 codes; the rest are inferred.
        assert_eq!(all.iter().filter(|e| !e.goldstein_inferred).count(), 311);
        let inferred: Vec<_> = all
            .iter()
            .filter(|e| e.goldstein_inferred)
            .map(|e| e.code)
            .collect();
        assert_eq!(
            inferred,
            ["1213", "1214", "155", "176", "1834", "1951", "1952"]
        );
        let extra: Vec<_> = all
            .iter()
            .filter(|e| !e.in_cameo_1_1b3)
            .map(|e| e.code)
            .collect();
        assert_eq!(extra, ["1213", "1214"]);
    }

    #[test]
    fn spot_values() {
        assert_eq!(ev("010").goldstein, 0.0);
        assert_eq!(ev("010").name, "Make statement, not specified below");
        assert!(ev("010").plover.is_none());
        assert_eq!(ev("10").name, "DEMAND");
        assert_eq!(ev("10").goldstein, -5.0);
        assert_eq!(ev("042").goldstein, 1.9);
        assert_eq!(ev("043").goldstein, 2.8);
        assert_eq!(ev("190").goldstein, -10.0);
        assert_eq!(ev("016").goldstein, -2.0);
        assert_eq!(ev("022").goldstein, 3.2);
        assert_eq!(ev("0874").goldstein, 10.0);
        assert_eq!(ev("155").goldstein, -7.2);
        assert_eq!(ev("176").goldstein, -7.0);
        let e = ev("1951");
        assert!(e.goldstein_inferred && e.goldstein == -10.0);
        let p = e.plover.as_ref().unwrap();
        assert_eq!(p.category, Category::Assault);
        assert_eq!(p.modes[0].name, "aerial");
        assert_eq!(p.contexts[0].name, "military");
        let root = ev("20");
        assert!(root.is_root() && root.quad_class == 4);
        assert_eq!(root.plover.as_ref().unwrap().category, Category::Assault);
        assert_eq!(
            ev("08").plover.as_ref().unwrap().category,
            Category::Concede
        );
        assert_eq!(ev("0842").c2p_modes, ["return"]);
        assert!(ev("0842").plover.as_ref().unwrap().modes.is_empty());
        assert_eq!(ev("0842").normalised, "mode return->none");
    }

    #[test]
    fn code_strings() {
        assert_ne!(ev("010").code, ev("10").code);
        assert!(event("0010").is_none());
        assert_eq!(event(" 042 ").unwrap().code, "042");
        assert_eq!(lookup("42"), Err(CodeError::Unknown("42".into())));
        assert_eq!(lookup("4a"), Err(CodeError::Malformed("4a".into())));
        assert_eq!(lookup("12345"), Err(CodeError::Malformed("12345".into())));
        assert!(lookup("").is_err());
        assert_eq!(
            root_of("0421").unwrap_err(),
            CodeError::Unknown("0421".into())
        );
        assert_eq!(root_of("1952").unwrap().code, "19");
        assert_eq!(ev("1952").parent().unwrap().code, "195");
        assert_eq!(ev("195").parent().unwrap().code, "19");
        assert!(ev("19").parent().is_none());
        let codes: Vec<_> = events().iter().map(|e| e.code).collect();
        assert_eq!(&codes[..3], ["01", "010", "011"]);
        assert_eq!(codes.last(), Some(&"2042"));
        let i02 = codes.iter().position(|c| *c == "02").unwrap();
        assert_eq!(codes[i02 - 1], "019");
    }

    #[test]
    fn quad_classes() {
        assert_eq!(quad_class_of_root("01"), Some(1));
        assert_eq!(quad_class_of_root("08"), Some(2));
        assert_eq!(quad_class_of_root("09"), Some(3));
        assert_eq!(quad_class_of_root("16"), Some(4));
        assert_eq!(quad_class_of_root("21"), None);
        assert_eq!(quad_class_of_root("1"), None);
        for e in events() {
            assert_eq!(
                Some(e.quad_class),
                quad_class_of_root(e.root_code()),
                "{}",
                e.code
            );
            assert_eq!(e.root().code, e.root_code());
        }
        assert_eq!(ev("0211").quad_class_name(), "Verbal cooperation");
    }

    #[test]
    fn plover_mapping() {
        assert_eq!(to_plover("011"), Ok(None));
        let visit = to_plover("043").unwrap().unwrap();
        assert_eq!(
            (visit.category, visit.modes[0].name, visit.swap_roles),
            (Category::Consult, "visit", true)
        );
        assert!(!to_plover("042").unwrap().unwrap().swap_roles);
        assert!(to_plover("044").unwrap().unwrap().reciprocal);
        assert_eq!(
            to_plover("163").unwrap().unwrap().category,
            Category::Coerce
        );
        let p175 = to_plover("175").unwrap().unwrap();
        assert!(p175.modes.is_empty());
        assert_eq!(
            p175.contexts.iter().map(|c| c.name).collect::<Vec<_>>(),
            ["pro_autocracy", "military"]
        );
        assert_eq!(to_plover("1712").unwrap().unwrap().modes[0].name, "destroy");
        assert_eq!(
            to_plover("1722").unwrap().unwrap().modes[0].name,
            "restrict"
        );
        assert_eq!(to_plover("186").unwrap().unwrap().modes[0].name, "targeted");
        assert_eq!(
            to_plover("073").unwrap().unwrap().contexts[0].name,
            "human_security"
        );
        assert_eq!(
            to_plover("0811").unwrap().unwrap().contexts[0].name,
            "pro_democracy"
        );
        assert!(to_plover("x").is_err());
    }

    #[test]
    fn every_mapped_mode_belongs_to_its_category() {
        for e in events() {
            if let Some(p) = &e.plover {
                for m in &p.modes {
                    assert_eq!(m.category, p.category, "{}", e.code);
                    assert!(p.category.mode(m.name).is_some(), "{}", e.code);
                }
            } else {
                assert!(matches!(e.root_code(), "01" | "02"), "{} unmapped", e.code);
            }
        }
    }

    #[test]
    fn every_category_is_reachable() {
        for c in Category::ALL {
            assert!(codes_for(c).next().is_some(), "no CAMEO code maps to {c}");
            assert!(!root_codes_for(c).is_empty(), "no root for {c}");
        }
        assert_eq!(root_codes_for(Category::Accuse), ["09", "11"]);
        assert_eq!(root_codes_for(Category::Assault), ["18", "19", "20"]);
        assert_eq!(root_codes_for(Category::Retreat), ["08"]);
        assert_eq!(root_codes_for(Category::Concede), ["08"]);
    }

    #[test]
    fn root_rows_agree_with_root_table() {
        for (root, cats) in ROOT_TO_PLOVER {
            let e = ev(root);
            match &e.plover {
                None => assert!(cats.is_empty(), "{root}"),
                Some(p) => assert!(cats.contains(&p.category), "{root}"),
            }
        }
    }

    #[test]
    fn only_police_and_court_acts_imply_the_authorities() {
        assert_eq!(authorities_act("173"), Some(plover::Sector::COP));
        assert_eq!(authorities_act("116"), Some(plover::Sector::JUD));
        // Anybody can attack or accuse.
        assert_eq!(authorities_act("190"), None);
        assert_eq!(authorities_act("112"), None);
    }
}
