//! Closed word lists shared by the sentence splitter and the tokenizer.
//!
//! Every list is matched against the word *without* its final period, so
//! `"Gen."` is looked up as `"Gen"` and `"U.S."` as `"U.S"`. Matching is
//! case-sensitive, except that an all-capitals word (`"GEN"`, `"CORP"`) is
//! also tried in title case, because wire copy sometimes sets titles in
//! capitals.

/// How a word followed by a period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Not an abbreviation: the period is a full stop.
    None,
    /// Abbreviation that essentially never ends a sentence (titles, months,
    /// "No.", "e.g."): its period is never a sentence end before a word.
    Title,
    /// Abbreviation that often ends a sentence ("Inc.", "Jr.", "a.m.",
    /// "U.S."): a sentence ends after it only when the next word is one of
    /// [`SENTENCE_STARTERS`].
    MayEnd,
    /// Reference words ("No.", "Fig.", "p."): abbreviations only before a
    /// number ("No. 5"); before a word their period is a full stop ("No.").
    BeforeNumber,
    /// "etc.": ends a sentence whenever the next word is capitalised.
    Etc,
    /// A single capital letter ("W."): treated like [`Abbrev::MayEnd`].
    Initial,
    /// Letters separated by periods ("U.S", "J.R.R", "a.m"): like
    /// [`Abbrev::MayEnd`].
    Acronym,
}

/// Abbreviations that (practically) never end a sentence.
const TITLES: &[&str] = &[
    // Civil and military titles.
    "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mmes", "Dr", "Drs", "Prof", "Profs", "Sen", "Sens", "Rep",
    "Reps", "Gov", "Govs", "Pres", "Gen", "Gens", "Col", "Lt", "Lieut", "Capt", "Cpt", "Maj",
    "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Rev", "Fr", "Hon", "Rt", "Amb", "Atty",
    "Supt", "Insp", "Det", "Mt", "Ft",
    // Reference words that are followed by a number or a name.
    "vs", "v", "approx", "cf", "ca", "viz", "e.g", "i.e",
    // Months (May is never abbreviated) and weekdays; Sat/Sun are ambiguous.
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
];

/// Abbreviations only when a number follows ("No. 5", "p. 12").
const BEFORE_NUMBER: &[&str] = &[
    "No", "Nos", "Fig", "Figs", "Vol", "Vols", "p", "pp", "para", "Sec", "Art",
];

/// Abbreviations that end a sentence when a closed-class starter follows.
const MAY_END: &[&str] = &[
    // Company and name suffixes.
    "Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "Bros", "Jr", "Sr", "Esq", "al", "Ph.D",
    // Places and organisations.
    "St", "Ave", "Rd", "Blvd", "Dept", "Univ", "Assn", "Sat", "Sun",
    // AP-style US state abbreviations.
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Closed-class words that typically begin an English news sentence.
///
/// After an ambiguous abbreviation ("U.S.", "a.m.", "Inc.", an initial), a
/// sentence boundary is placed only if the next word is in this list. It
/// holds determiners, pronouns, prepositions, conjunctions and discourse
/// adverbs; it deliberately excludes words that are also common names or
/// title words ("May", "Will", "No").
pub const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "Without",
    "To",
    "Of",
    "After",
    "Before",
    "During",
    "Since",
    "Until",
    "Under",
    "Over",
    "Despite",
    "Although",
    "Though",
    "While",
    "When",
    "Whether",
    "Where",
    "What",
    "Who",
    "Which",
    "Why",
    "How",
    "If",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "Nor",
    "As",
    "Also",
    "However",
    "Meanwhile",
    "Moreover",
    "Furthermore",
    "Still",
    "Then",
    "Now",
    "Later",
    "Earlier",
    "Last",
    "Next",
    "Some",
    "Many",
    "Most",
    "Several",
    "All",
    "Both",
    "Each",
    "Every",
    "Such",
    "Other",
    "Others",
    "Neither",
    "None",
    "According",
    "Instead",
    "Thus",
    "Therefore",
    "Indeed",
    "Asked",
];

/// True if `word` (a bare word without punctuation) is a sentence starter.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    SENTENCE_STARTERS.contains(&word)
}

/// Classifies `word`, the text before a period, with leading opening
/// punctuation already removed.
pub(crate) fn classify(word: &str) -> Abbrev {
    if word.is_empty() || word.len() > 12 {
        return Abbrev::None;
    }
    if let Some(class) = lookup(word) {
        return class;
    }
    // "GEN" -> "Gen": wire copy sometimes capitalises titles.
    if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; 12];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[1..word.len()].make_ascii_lowercase();
        // Only ASCII letters were copied, so this cannot fail.
        if let Ok(title) = std::str::from_utf8(&buf[..word.len()]) {
            if let Some(class) = lookup(title) {
                return class;
            }
        }
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_uppercase() {
            Abbrev::Initial
        } else {
            Abbrev::None
        };
    }
    if is_dotted_letters(word) {
        return Abbrev::Acronym;
    }
    Abbrev::None
}

fn lookup(word: &str) -> Option<Abbrev> {
    if word == "etc" {
        Some(Abbrev::Etc)
    } else if BEFORE_NUMBER.contains(&word) {
        Some(Abbrev::BeforeNumber)
    } else if TITLES.contains(&word) {
        Some(Abbrev::Title)
    } else if MAY_END.contains(&word) {
        Some(Abbrev::MayEnd)
    } else {
        None
    }
}

/// "U.S", "a.m", "J.R.R": at least two single letters joined by periods.
fn is_dotted_letters(word: &str) -> bool {
    let mut parts = 0;
    for part in word.split('.') {
        let mut chars = part.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_alphabetic() => parts += 1,
            _ => return false,
        }
    }
    parts >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_known_words() {
        assert_eq!(classify("Gen"), Abbrev::Title);
        assert_eq!(classify("GEN"), Abbrev::Title);
        assert_eq!(classify("Oct"), Abbrev::Title);
        assert_eq!(classify("e.g"), Abbrev::Title);
        assert_eq!(classify("Inc"), Abbrev::MayEnd);
        assert_eq!(classify("No"), Abbrev::BeforeNumber);
        assert_eq!(classify("etc"), Abbrev::Etc);
        assert_eq!(classify("W"), Abbrev::Initial);
        assert_eq!(classify("U.S"), Abbrev::Acronym);
        assert_eq!(classify("a.m"), Abbrev::Acronym);
        assert_eq!(classify("J.R.R"), Abbrev::Acronym);
    }

    #[test]
    fn rejects_ordinary_words() {
        assert_eq!(classify("said"), Abbrev::None);
        assert_eq!(classify("no"), Abbrev::None);
        assert_eq!(classify("a"), Abbrev::None);
        assert_eq!(classify("reuters.com"), Abbrev::None);
        assert_eq!(classify("22"), Abbrev::None);
        assert_eq!(classify("U..S"), Abbrev::None);
        assert_eq!(classify(""), Abbrev::None);
    }

    #[test]
    fn starters_are_capitalised_words() {
        for w in SENTENCE_STARTERS {
            assert!(w.chars().next().is_some_and(char::is_uppercase), "{w}");
            assert!(is_sentence_starter(w));
        }
        assert!(!is_sentence_starter("May"));
    }
}
