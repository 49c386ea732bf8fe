//! PLOVER v2.0: the 16 event categories with their quads, scores and recipient
//! rule, plus (in submodules) modes, contexts and entity codes.
//!
//! Category-level facts are a 16-row table here ([`Category::info`]); modes,
//! contexts and sectors are embedded TSV tables generated from dyad's ontology
//! notes.

use serde::{Deserialize, Serialize};

mod context;
mod entity;
mod mode;

pub use context::{
    context, contexts, parse_context, ContextInfo, ContextReading, LegacyContext, UnknownContext,
    LEGACY_CONTEXTS,
};
pub use entity::{
    is_international_entity, is_state_code, sector, sectors, split_sector, Sector, SectorInfo, SpecialEntity, UnknownSector,
    IMPLEMENTATION_ONLY_SECTORS, SPECIAL_ENTITIES,
};
pub use mode::{
    all_modes, event_scale, event_scale_by_name, parse_mode, AuxMode, LegacyMode, ModeInfo,
    ParsedMode, UnknownMode, LEGACY_MODES,
};

/// One of the 16 PLOVER event categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl Category {
    /// All categories in the manual's order.
    pub const ALL: [Category; 16] = [
        Category::Agree,
        Category::Consult,
        Category::Support,
        Category::Concede,
        Category::Cooperate,
        Category::Aid,
        Category::Retreat,
        Category::Request,
        Category::Accuse,
        Category::Reject,
        Category::Threaten,
        Category::Protest,
        Category::Sanction,
        Category::Mobilize,
        Category::Coerce,
        Category::Assault,
    ];

    /// The upper-case name PLOVER JSON uses (`"AGREE"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Agree => "AGREE",
            Category::Consult => "CONSULT",
            Category::Support => "SUPPORT",
            Category::Concede => "CONCEDE",
            Category::Cooperate => "COOPERATE",
            Category::Aid => "AID",
            Category::Retreat => "RETREAT",
            Category::Request => "REQUEST",
            Category::Accuse => "ACCUSE",
            Category::Reject => "REJECT",
            Category::Threaten => "THREATEN",
            Category::Protest => "PROTEST",
            Category::Sanction => "SANCTION",
            Category::Mobilize => "MOBILIZE",
            Category::Coerce => "COERCE",
            Category::Assault => "ASSAULT",
        }
    }

    /// Parses a current category name, case-insensitively, and also the legacy
    /// names of early PLOVER drafts and the 2016 gold-standard records
    /// (DEMAND → REQUEST, DISAPPROVE → ACCUSE, FIGHT → ASSAULT,
    /// INVESTIGATE → ACCUSE, COOPERATION → COOPERATE, THREAT → THREATEN).
    pub fn parse(name: &str) -> Option<Category> {
        let upper = name.trim().to_ascii_uppercase();
        if let Some(c) = Category::ALL.iter().find(|c| c.as_str() == upper) {
            return Some(*c);
        }
        match upper.as_str() {
            "DEMAND" => Some(Category::Request),
            "DISAPPROVE" | "INVESTIGATE" => Some(Category::Accuse),
            "FIGHT" => Some(Category::Assault),
            "COOPERATION" => Some(Category::Cooperate),
            "THREAT" => Some(Category::Threaten),
            _ => None,
        }
    }
}

/// Which quad SANCTION belongs to: the manual is inconsistent (its category
/// section and summary table say material conflict, its numeric quad table says
/// verbal conflict). dyad defaults to material conflict (4), which also matches
/// GDELT's QuadClass for CAMEO root 16.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SanctionQuad {
    /// Quad 4 (the default).
    #[default]
    MaterialConflict,
    /// Quad 3, as in the manual's numeric quad table and the 2016 README.
    VerbalConflict,
}

impl SanctionQuad {
    /// The quad number this setting gives SANCTION.
    pub fn quad(self) -> u8 {
        match self {
            SanctionQuad::MaterialConflict => 4,
            SanctionQuad::VerbalConflict => 3,
        }
    }
}

/// Category-level facts from the manual (notes §A1–§A4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CategoryInfo {
    /// The category.
    pub category: Category,
    /// Quad code 1–4 (SANCTION: the default [`SanctionQuad`]).
    pub quad: u8,
    /// Whether the manual's category section requires a `recipient`.
    pub recipient_required: bool,
    /// Category-level PLOVER score (-10 … +10), used as `event_scale`.
    pub score: f64,
}

const fn info(category: Category, quad: u8, recipient_required: bool, score: f64) -> CategoryInfo {
    CategoryInfo {
        category,
        quad,
        recipient_required,
        score,
    }
}

/// The 16 categories' facts, in [`Category::ALL`] order. Recipient flags follow
/// each category's own section (PROTEST: not required, although the summary
/// table says so). ACCUSE is -3: the v2.0 table lost the minus sign.
const CATEGORY_INFO: [CategoryInfo; 16] = [
    info(Category::Agree, 1, false, 2.5),
    info(Category::Consult, 1, false, 2.5),
    info(Category::Support, 1, false, 5.0),
    info(Category::Concede, 1, false, 4.5),
    info(Category::Cooperate, 2, true, 9.5),
    info(Category::Aid, 2, true, 10.0),
    info(Category::Retreat, 2, false, 6.5),
    info(Category::Request, 3, false, 0.0),
    info(Category::Accuse, 3, false, -3.0),
    info(Category::Reject, 3, false, -2.0),
    info(Category::Threaten, 3, false, -3.5),
    info(Category::Protest, 4, false, -5.0),
    info(Category::Sanction, 4, true, -6.0),
    info(Category::Mobilize, 4, false, -5.5),
    info(Category::Coerce, 4, false, -7.0),
    info(Category::Assault, 4, false, -9.0),
];

/// Names of the four quads, indexed by quad number − 1 (notes §A3; GDELT uses
/// the same four names for its QuadClass).
pub const QUAD_NAMES: [&str; 4] = [
    "Verbal cooperation",
    "Material cooperation",
    "Verbal conflict",
    "Material conflict",
];

/// The name of quad `quad` (1–4), or `None` outside that range.
pub fn quad_name(quad: u8) -> Option<&'static str> {
    QUAD_NAMES.get(usize::from(quad).checked_sub(1)?).copied()
}

impl Category {
    /// Position in [`Category::ALL`] (0–15).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Category-level facts (quad, recipient rule, score).
    pub fn info(self) -> &'static CategoryInfo {
        &CATEGORY_INFO[self.index()]
    }

    /// Quad code with the default SANCTION choice (4).
    pub fn quad(self) -> u8 {
        self.info().quad
    }

    /// Quad code with an explicit SANCTION choice; other categories are fixed.
    pub fn quad_with(self, sanction: SanctionQuad) -> u8 {
        match self {
            Category::Sanction => sanction.quad(),
            _ => self.quad(),
        }
    }

    /// Name of the category's (default) quad, e.g. "Verbal cooperation".
    pub fn quad_name(self) -> &'static str {
        QUAD_NAMES[usize::from(self.quad()) - 1]
    }

    /// True for quads 3 and 4 (under either SANCTION choice).
    pub fn is_conflict(self) -> bool {
        self.quad() >= 3
    }

    /// Whether an event of this category must name a recipient
    /// (COOPERATE, AID, SANCTION).
    pub fn recipient_required(self) -> bool {
        self.info().recipient_required
    }

    /// Category-level PLOVER score (ACCUSE = -3).
    pub fn score(self) -> f64 {
        self.info().score
    }

    /// The category's v2.0 modes in the manual's order (empty for AGREE,
    /// SUPPORT, CONCEDE, COOPERATE, AID).
    pub fn modes(self) -> &'static [ModeInfo] {
        mode::modes_of(self)
    }

    /// A current v2.0 mode of this category by exact (case-insensitive) name;
    /// see [`parse_mode`] for legacy names.
    pub fn mode(self, name: &str) -> Option<&'static ModeInfo> {
        let name = name.trim();
        self.modes()
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(name))
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
    }

    #[test]
    fn legacy_names_map_to_current() {
        assert_eq!(Category::parse("DEMAND"), Some(Category::Request));
        assert_eq!(Category::parse("disapprove"), Some(Category::Accuse));
        assert_eq!(Category::parse("FIGHT"), Some(Category::Assault));
        assert_eq!(Category::parse("INVESTIGATE"), Some(Category::Accuse));
        assert_eq!(Category::parse("DOCUMENT"), None);
    }

    #[test]
    fn category_facts() {
        for (i, c) in Category::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(c.info().category, *c);
        }
        assert_eq!(Category::Accuse.score(), -3.0);
        assert_eq!(Category::Aid.score(), 10.0);
        assert_eq!(Category::Request.score(), 0.0);
        assert_eq!(Category::Sanction.quad(), 4);
        assert_eq!(
            Category::Sanction.quad_with(SanctionQuad::VerbalConflict),
            3
        );
        assert_eq!(Category::Sanction.quad_with(SanctionQuad::default()), 4);
        assert_eq!(Category::Assault.quad_with(SanctionQuad::VerbalConflict), 4);
        let required: Vec<_> = Category::ALL
            .iter()
            .filter(|c| c.recipient_required())
            .collect();
        assert_eq!(
            required,
            [&Category::Cooperate, &Category::Aid, &Category::Sanction]
        );
        assert!(!Category::Protest.recipient_required());
        let per_quad: Vec<usize> = (1..=4)
            .map(|q| Category::ALL.iter().filter(|c| c.quad() == q).count())
            .collect();
        assert_eq!(per_quad, [4, 3, 4, 5]);
        assert_eq!(Category::Consult.quad_name(), "Verbal cooperation");
        assert_eq!(quad_name(4), Some("Material conflict"));
        assert_eq!(quad_name(0), None);
        assert_eq!(quad_name(5), None);
        assert!(Category::Request.is_conflict() && !Category::Retreat.is_conflict());
    }

    #[test]
    fn modes_per_category() {
        let counts: Vec<usize> = Category::ALL.iter().map(|c| c.modes().len()).collect();
        assert_eq!(counts, [0, 4, 0, 0, 0, 0, 6, 4, 3, 4, 6, 7, 4, 4, 10, 15]);
        assert_eq!(Category::Consult.mode("VISIT").unwrap().score, Some(4.0));
        assert_eq!(Category::Reject.mode("assist").unwrap().score, Some(-1.5));
        assert_eq!(Category::Request.mode("assist").unwrap().score, Some(0.5));
        assert!(Category::Consult.mode("assist").is_none());
        assert_eq!(Category::Protest.mode("vandalize").unwrap().score, None);
        assert_eq!(
            Category::Assault.mode("unconventional").unwrap().score,
            Some(-10.0)
        );
        for c in Category::ALL {
            for m in c.modes() {
                assert_eq!(m.category, c);
            }
        }
    }
}
