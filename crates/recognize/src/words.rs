//! Closed-class words: the small fixed vocabulary (determiners, pronouns,
//! auxiliaries, prepositions, conjunctions, relative words) that clause
//! analysis relies on besides the dictionaries.

/// Determiners and quantifiers that may open a noun phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "both", "some", "several",
    "many", "two", "three", "all", "senior", "top", "other", "another", "a", "new", "former", "local", "state", "ethnic",
];

/// Personal pronouns that can stand for an actor.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "him", "them", "we", "i", "me"];

/// Possessive pronouns that can stand for an actor's country ("his country").
pub const POSSESSIVES: &[&str] = &["his", "her", "their", "its"];

/// Auxiliaries and modals of a verb group.
pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "'s", "'re", "'ve", "'ll", "'d",
];

/// Forms of "be" (for the passive).
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re", "get", "gets", "got", "getting", "gotten"];

/// Negation words within a verb group.
pub const NEGATIONS: &[&str] = &["not", "n't", "never", "no", "unlikely", "failed", "fails"];

/// Modals and phrases that put an event in the future.
pub const FUTURE_MARKERS: &[&str] = &["will", "'ll", "shall", "going", "plans", "planned", "plan", "intends", "expected", "scheduled", "set"];

/// Modals that make an event hypothetical.
pub const HYPOTHETICAL_MARKERS: &[&str] = &["would", "could", "might", "may", "if", "unless", "should"];

/// Words that open a relative clause.
pub const RELATIVES: &[&str] = &["who", "which", "that", "whom", "whose"];

/// Subordinating words that open a new clause.
pub const SUBORDINATORS: &[&str] = &[
    "that", "because", "while", "although", "though", "after", "before", "when", "as", "since", "unless", "if", "where",
    "whereas", "but", "and", "so",
];

/// Generic nouns that can head a phrase after a role word ("opposition
/// groups", "rebel leaders", "government sources").
pub const GROUP_NOUNS: &[&str] = &[
    "group", "groups", "leader", "leaders", "member", "members", "figure", "figures", "source", "sources", "unit", "units",
    "faction", "factions", "coalition", "coalitions", "movement", "movements", "camp", "supporters", "representatives",
    "organization", "organizations", "organisation", "organisations", "elements", "circles", "bloc", "alliance",
];

/// Function words WordNet also lists as nouns or adjectives ("in" is
/// indium, "a" a vitamin): never the head noun after a role word.
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "in", "on", "at", "of", "to", "for", "from", "by", "with", "and", "or", "but", "as", "than", "that",
    "this", "these", "those", "it", "its", "i", "us", "who", "which", "whom", "whose", "up", "down", "out", "off", "over",
    "near", "after", "before", "since", "until", "while", "about", "against", "between", "into", "during", "without",
    "said", "says", "say", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did",
    "no", "not", "yes", "so", "be", "is", "are", "was", "were", "been", "have", "has", "had", "here", "there", "today",
    "yesterday", "tomorrow", "now", "then", "also", "again", "still", "already",
];

/// True when `word` (lower case) is in `list`.
pub fn is(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}
