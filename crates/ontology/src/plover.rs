//! PLOVER: the 16 event categories, their quads and scores.

use serde::{Deserialize, Serialize};

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
}
