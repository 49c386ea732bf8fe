//! PLOVER modes (the category-specific subtypes), legacy mode names, the four
//! auxiliary modes and the `event_scale` rule.

use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Category;
use crate::tsv::{self, TableError};

const FILE: &str = "plover_modes.tsv";
const TEXT: &str = include_str!("../../data/plover_modes.tsv");

/// One v2.0 mode of one category. Modes are only meaningful together with
/// their category: REQUEST and REJECT share four names with different scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModeInfo {
    /// The category this mode belongs to.
    pub category: Category,
    /// Lower-case, hyphenated name (`third-party`, `martial-law`).
    pub name: &'static str,
    /// The manual's "CATEGORY: Mode" score; `None` for PROTEST `vandalize`,
    /// which was added after the score table.
    pub score: Option<f64>,
    /// What the mode covers (dyad's wording).
    pub meaning: &'static str,
}

impl ModeInfo {
    /// The mode score, or the category score where the manual gives none
    /// (PROTEST `vandalize` → -5, the notes' suggestion).
    pub fn score_or_category(&self) -> f64 {
        self.score.unwrap_or_else(|| self.category.score())
    }
}

struct ModeTable {
    all: Vec<ModeInfo>,
    ranges: [(usize, usize); 16],
}

fn parse_table() -> Result<ModeTable, TableError> {
    let rows = tsv::parse(FILE, TEXT, &["category", "mode", "score", "meaning"])?;
    let mut all = Vec::with_capacity(rows.len());
    for row in &rows {
        let category = Category::parse(row.fields[0])
            .filter(|c| c.as_str() == row.fields[0])
            .ok_or_else(|| row.error(FILE, format!("unknown category {:?}", row.fields[0])))?;
        let score = if row.fields[2].is_empty() {
            None
        } else {
            Some(row.f64(FILE, 2)?)
        };
        all.push(ModeInfo {
            category,
            name: row.fields[1],
            score,
            meaning: row.fields[3],
        });
    }
    // Stable sort keeps the manual's order within each category.
    all.sort_by_key(|m| m.category.index());
    let mut ranges = [(0, 0); 16];
    for c in Category::ALL {
        let start = all.iter().position(|m| m.category == c).unwrap_or(0);
        let len = all.iter().filter(|m| m.category == c).count();
        ranges[c.index()] = (start, start + len);
    }
    Ok(ModeTable { all, ranges })
}

fn table() -> &'static ModeTable {
    static CELL: OnceLock<ModeTable> = OnceLock::new();
    tsv::load(&CELL, parse_table)
}

pub(super) fn modes_of(category: Category) -> &'static [ModeInfo] {
    let t = table();
    let (a, b) = t.ranges[category.index()];
    &t.all[a..b]
}

/// Every v2.0 mode of every category, grouped by category in manual order.
pub fn all_modes() -> &'static [ModeInfo] {
    &table().all
}

/// A mode name from an older PLOVER draft, the 2016 gold standard, CAMEO2PLOVER
/// or NGEC, with its v2.0 reading (notes §A5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegacyMode {
    /// The old name, lower case.
    pub old: &'static str,
    /// Categories it was used with (empty = any category).
    pub categories: &'static [Category],
    /// The current mode, or `None` where the mode was retired without successor.
    pub current: Option<&'static str>,
    /// True for CONSULT `host`: the old actor was the host, who becomes the
    /// `recipient` of a `visit` (the visitor becomes the `actor`).
    pub swap_roles: bool,
}

const fn legacy(
    old: &'static str,
    categories: &'static [Category],
    current: Option<&'static str>,
) -> LegacyMode {
    LegacyMode {
        old,
        categories,
        current,
        swap_roles: false,
    }
}

/// Legacy mode names and their v2.0 equivalents (notes §A5; `rights` → `restrict`
/// is the notes' suggestion). THREATEN `curfew` and `martial-law` occur in the
/// 2016 gold standard; dyad reads them as `restrict`, whose v2.0 definition
/// names curfews and bans (not in the notes' table).
pub const LEGACY_MODES: &[LegacyMode] = &[
    LegacyMode {
        old: "host",
        categories: &[Category::Consult],
        current: Some("visit"),
        swap_roles: true,
    },
    legacy("demo-org", &[Category::Protest], Some("demo")),
    legacy("demo-spon", &[Category::Protest], Some("demo")),
    legacy("riot-org", &[Category::Protest], Some("riot")),
    legacy("riot-spon", &[Category::Protest], Some("riot")),
    legacy("strike-gen", &[Category::Protest], Some("strike")),
    legacy("strike-lim", &[Category::Protest], Some("strike")),
    legacy("general", &[Category::Protest], Some("strike")),
    legacy("strike-hun", &[Category::Protest], Some("hunger")),
    legacy("confiscate", &[Category::Coerce], Some("seize")),
    legacy("detain", &[Category::Coerce], Some("arrest")),
    legacy("deception", &[Category::Coerce], Some("misinformation")),
    legacy(
        "ban",
        &[Category::Coerce, Category::Threaten],
        Some("restrict"),
    ),
    legacy("political", &[Category::Threaten], Some("restrict")),
    legacy("rights", &[Category::Threaten], Some("restrict")),
    legacy("curfew", &[Category::Threaten], Some("restrict")),
    legacy("martial-law", &[Category::Threaten], Some("restrict")),
    legacy("return", &[Category::Retreat], None),
    legacy("ease", &[Category::Retreat], None),
    legacy("execute", &[Category::Assault], Some("targeted")),
    legacy("assassinate", &[Category::Assault], Some("targeted")),
    legacy("massacre", &[Category::Assault], Some("targeted")),
    legacy("cleansing", &[Category::Assault], None),
    legacy("sideab", &[Category::Assault], None),
    legacy("other", &[], None),
];

/// The result of reading a mode name, current or legacy.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedMode {
    /// The v2.0 mode; `None` when a legacy mode has no successor (the event
    /// keeps its category and simply has no mode).
    pub mode: Option<&'static ModeInfo>,
    /// The legacy name that was read, if the input was not a current name.
    pub legacy: Option<&'static str>,
    /// True when the record's actor and recipient must be swapped
    /// (legacy CONSULT `host` → `visit`).
    pub swap_roles: bool,
}

impl ParsedMode {
    /// The current mode name, if any.
    pub fn name(&self) -> Option<&'static str> {
        self.mode.map(|m| m.name)
    }
}

/// A mode name that is neither a current nor a legacy mode of the category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownMode {
    /// The category the mode was read for.
    pub category: Category,
    /// The name as given.
    pub name: String,
}

impl fmt::Display for UnknownMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} is not a PLOVER mode of {}",
            self.name, self.category
        )?;
        let valid: Vec<&str> = self.category.modes().iter().map(|m| m.name).collect();
        if valid.is_empty() {
            write!(f, " ({} has no modes)", self.category)
        } else {
            write!(f, " (valid: {})", valid.join(", "))
        }
    }
}

impl std::error::Error for UnknownMode {}

/// Reads a mode name for `category`: current v2.0 names (case-insensitive;
/// `_` or a space may stand for `-`) and the legacy names of [`LEGACY_MODES`].
pub fn parse_mode(category: Category, name: &str) -> Result<ParsedMode, UnknownMode> {
    let norm = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
    if let Some(m) = category.mode(&norm) {
        return Ok(ParsedMode {
            mode: Some(m),
            legacy: None,
            swap_roles: false,
        });
    }
    let found = LEGACY_MODES
        .iter()
        .find(|l| l.old == norm && (l.categories.is_empty() || l.categories.contains(&category)));
    match found {
        Some(l) => Ok(ParsedMode {
            mode: l.current.and_then(|c| category.mode(c)),
            legacy: Some(l.old),
            swap_roles: l.swap_roles,
        }),
        None => Err(UnknownMode {
            category,
            name: name.to_string(),
        }),
    }
}

/// `event_scale` for an event of `category` with `modes` (notes §A2
/// suggestion, since the manual defines no combined score): conflict
/// categories (quads 3–4) take the most negative mode score, cooperation
/// categories the largest; with no modes, the category score. A mode without
/// a score (`vandalize`) counts as the category score.
pub fn event_scale(category: Category, modes: &[&ModeInfo]) -> f64 {
    let scores = modes.iter().map(|m| m.score_or_category());
    let pick = if category.is_conflict() {
        scores.reduce(f64::min)
    } else {
        scores.reduce(f64::max)
    };
    pick.unwrap_or_else(|| category.score())
}

/// [`event_scale`] from mode names, read with [`parse_mode`] (legacy names
/// accepted; modes retired without successor are ignored).
pub fn event_scale_by_name(category: Category, modes: &[&str]) -> Result<f64, UnknownMode> {
    let mut infos = Vec::with_capacity(modes.len());
    for name in modes {
        if let Some(m) = parse_mode(category, name)?.mode {
            infos.push(m);
        }
    }
    Ok(event_scale(category, &infos))
}

/// The four auxiliary modes, usable with any category (notes §A6). The manual
/// gives them no JSON slot; dyad's suggested handling is to emit the first
/// three as extra `context` values and to drop `negation` events by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuxMode {
    /// The event lies in the past, outside the news cycle.
    Historical,
    /// The event is scheduled or expected but has not happened.
    Future,
    /// Conditional or imagined.
    Hypothetical,
    /// The text says the event did not happen.
    Negation,
}

impl AuxMode {
    /// All four, in the manual's order.
    pub const ALL: [AuxMode; 4] = [
        AuxMode::Historical,
        AuxMode::Future,
        AuxMode::Hypothetical,
        AuxMode::Negation,
    ];

    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            AuxMode::Historical => "historical",
            AuxMode::Future => "future",
            AuxMode::Hypothetical => "hypothetical",
            AuxMode::Negation => "negation",
        }
    }

    /// What the auxiliary mode means.
    pub fn meaning(self) -> &'static str {
        match self {
            AuxMode::Historical => "the reported event lies in the past, outside the news cycle",
            AuxMode::Future => "the event is scheduled or expected, not yet happened",
            AuxMode::Hypothetical => "conditional or imagined",
            AuxMode::Negation => "the text says the event did not happen",
        }
    }

    /// Case-insensitive parse of the name.
    pub fn parse(name: &str) -> Option<AuxMode> {
        let name = name.trim();
        AuxMode::ALL
            .into_iter()
            .find(|a| a.as_str().eq_ignore_ascii_case(name))
    }
}

impl fmt::Display for AuxMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses_with_expected_count() {
        assert_eq!(parse_table().unwrap().all.len(), 67);
        assert_eq!(all_modes().len(), 67);
    }

    #[test]
    fn current_and_legacy_modes() {
        let p = parse_mode(Category::Coerce, "martial_law").unwrap();
        assert_eq!((p.name(), p.legacy), (Some("martial-law"), None));
        let p = parse_mode(Category::Consult, "host").unwrap();
        assert_eq!(
            (p.name(), p.legacy, p.swap_roles),
            (Some("visit"), Some("host"), true)
        );
        assert_eq!(
            parse_mode(Category::Coerce, "detain").unwrap().name(),
            Some("arrest")
        );
        assert_eq!(
            parse_mode(Category::Coerce, "BAN").unwrap().name(),
            Some("restrict")
        );
        assert_eq!(
            parse_mode(Category::Threaten, "ban").unwrap().name(),
            Some("restrict")
        );
        assert_eq!(
            parse_mode(Category::Threaten, "ban")
                .unwrap()
                .mode
                .unwrap()
                .score,
            Some(-3.0)
        );
        assert_eq!(
            parse_mode(Category::Protest, "strike-hun").unwrap().name(),
            Some("hunger")
        );
        assert_eq!(
            parse_mode(Category::Assault, "sideAB").unwrap().name(),
            None
        );
        assert_eq!(
            parse_mode(Category::Assault, "massacre").unwrap().name(),
            Some("targeted")
        );
        let p = parse_mode(Category::Retreat, "return").unwrap();
        assert_eq!((p.mode, p.legacy), (None, Some("return")));
        assert_eq!(parse_mode(Category::Agree, "other").unwrap().mode, None);
        // A legacy name only applies to its own categories.
        assert!(parse_mode(Category::Assault, "ban").is_err());
        let e = parse_mode(Category::Consult, "teleport").unwrap_err();
        assert!(e.to_string().contains("visit, third-party"), "{e}");
        assert!(parse_mode(Category::Agree, "visit")
            .unwrap_err()
            .to_string()
            .contains("no modes"));
    }

    #[test]
    fn event_scale_rule() {
        let m = |c: Category, n: &str| c.mode(n).unwrap();
        assert_eq!(event_scale(Category::Consult, &[]), 2.5);
        assert_eq!(
            event_scale(Category::Consult, &[m(Category::Consult, "visit")]),
            4.0
        );
        // Cooperation: largest; conflict: most negative.
        let r = [
            m(Category::Retreat, "resign"),
            m(Category::Retreat, "disarm"),
        ];
        assert_eq!(event_scale(Category::Retreat, &r), 10.0);
        let a = [
            m(Category::Assault, "beat"),
            m(Category::Assault, "unconventional"),
        ];
        assert_eq!(event_scale(Category::Assault, &a), -10.0);
        assert_eq!(
            event_scale(Category::Protest, &[m(Category::Protest, "vandalize")]),
            -5.0
        );
        let v = [
            m(Category::Protest, "vandalize"),
            m(Category::Protest, "hunger"),
        ];
        assert_eq!(event_scale(Category::Protest, &v), -5.0);
        assert_eq!(
            event_scale_by_name(Category::Coerce, &["detain", "censor"]).unwrap(),
            -7.0
        );
        assert_eq!(
            event_scale_by_name(Category::Retreat, &["return"]).unwrap(),
            6.5
        );
        assert!(event_scale_by_name(Category::Coerce, &["nope"]).is_err());
    }

    #[test]
    fn aux_modes() {
        assert_eq!(AuxMode::parse("Future"), Some(AuxMode::Future));
        assert_eq!(AuxMode::parse("past"), None);
        for a in AuxMode::ALL {
            assert_eq!(AuxMode::parse(a.as_str()), Some(a));
        }
    }
}
