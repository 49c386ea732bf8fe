//! Organisations no dictionary knows, recognised by the head word of their
//! capitalised name: "the Revolutionary Front for the Liberation of
//! Guadeloupe" (an armed group of France), "the National Democratic Party
//! of Germany" (a German party, not the US Democrats whose dictionary name
//! it contains), "the Southern Alliance for Democracy" (a party of no
//! named country). The head gives the sector (closed classes
//! `named_*_head` in `lexicon/closed-class.tsv`), a country named inside
//! the name gives the country; without one the coder places the group
//! like a role (the event's place, the document's country, or none).

use dyad_dict::{ActorRef, CountryKind, Dictionaries, WordClass};
use dyad_ontology::plover::Sector;

use crate::actors::Mention;
use crate::Sentence;

/// A named organisation the dictionaries do not know.
#[derive(Debug, Clone)]
pub(crate) struct NamedGroup {
    /// First token (a leading "the" included).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What the name says: sector, and country if it names one.
    pub mention: Mention,
}

/// The classes of head words, in order of precedence, with the sector each
/// gives a name.
const HEADS: [(WordClass, Sector); 8] = [
    (WordClass::NamedPartyHead, Sector::PTY),
    (WordClass::NamedArmedHead, Sector::REB),
    (WordClass::NamedUnionHead, Sector::LAB),
    (WordClass::NamedReligiousHead, Sector::REL),
    (WordClass::NamedCivilHead, Sector::SOC),
    (WordClass::NamedLegislatureHead, Sector::LEG),
    (WordClass::NamedCourtHead, Sector::JUD),
    (WordClass::NamedGovernmentHead, Sector::GOV),
];

/// The sector a head word gives a name.
fn head_sector(dict: &Dictionaries, head: &str) -> Option<Sector> {
    HEADS.iter().find(|(class, _)| dict.closed.is(*class, head)).map(|&(_, sector)| sector)
}

/// The CAMEO role code of a sector (CAMEO calls civil-society groups NGO).
fn cameo_role(sector: Sector) -> String {
    if sector == Sector::SOC { "NGO".into() } else { sector.to_string() }
}

/// A capitalised word that can be part of an organisation's name: not a
/// function word ("The", "In"), not a day, and written as a word.
fn name_word(s: &Sentence<'_>, dict: &Dictionaries, k: usize) -> bool {
    let t = s.texts[k];
    t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !dict.closed.is(WordClass::Function, &s.lower[k])
        && !dict.closed.is(WordClass::PatternAdverbial, &s.lower[k])
}

/// Finds the named organisations of a sentence that no dictionary phrase
/// names whole. Sentences all in one case give none: capitals say nothing
/// there.
pub(crate) fn find_named_groups(s: &Sentence<'_>, dict: &Dictionaries) -> Vec<NamedGroup> {
    let n = s.lower.len();
    let mut out: Vec<NamedGroup> = Vec::new();
    if s.uniform_case {
        return out;
    }
    for h in 0..n {
        if !name_word(s, dict, h) || out.last().is_some_and(|g| h < g.end) {
            continue;
        }
        let Some(mut sector) = head_sector(dict, &s.lower[h]) else { continue };
        // Left: capitalised words, and "of"/"for"/"and" between two of them
        // ("Justice and Development Party").
        let mut first = h;
        while first > 0 {
            if name_word(s, dict, first - 1) {
                first -= 1;
            } else if first >= 2 && matches!(s.lower[first - 1].as_ref(), "and" | "of" | "for") && name_word(s, dict, first - 2) {
                first -= 2;
            } else {
                break;
            }
        }
        // Right: "of" or "for" and more capitalised words ("Front for the
        // Liberation of Guadeloupe", "Party of Germany").
        let mut end = h + 1;
        // A capitalised word right after the head makes the head a modifier
        // of a longer name ("Union Minister", "Party Secretary", "Army Chief").
        if end < n && name_word(s, dict, end) {
            continue;
        }
        while end + 1 < n && matches!(s.lower[end].as_ref(), "of" | "for") {
            let mut k = end + 1;
            if k < n && s.lower[k] == "the" {
                k += 1;
            }
            if k >= n || !name_word(s, dict, k) {
                break;
            }
            while k < n && name_word(s, dict, k) {
                k += 1;
            }
            end = k;
        }
        // A name has a word besides its head: "the Party" alone is no name.
        if (first..end).filter(|&k| name_word(s, dict, k)).count() < 2 {
            continue;
        }
        // The dictionaries know it by this name or a longer one.
        let known = s.phrases.iter().any(|m| m.start <= first && m.end >= end && m.refs.iter().any(|r| !matches!(r, ActorRef::Agent(_))));
        if known {
            continue;
        }
        let lower = &s.lower[first..end];
        let head = s.lower[h].as_ref();
        let rebel = lower.iter().any(|w| dict.closed.is(WordClass::RebelMarker, w));
        // A union of workers ("National Union of Teachers", "Trades Union")
        // is labour; any other ("Patriotic Union of Kurdistan", "Christian
        // Democratic Union") a party.
        if sector == Sector::LAB {
            let workers = lower.iter().any(|w| matches!(w.as_ref(), "trade" | "trades" | "workers" | "labour" | "labor")) || s.lower[h + 1..end].iter().any(|w| w.len() > 3 && w.ends_with('s'));
            if !workers {
                sector = Sector::PTY;
            }
        }
        // "Islamic Movement of Uzbekistan", "Sudan Liberation Movement",
        // "Revolutionary Coalition": armed.
        if rebel && (matches!(sector, Sector::SOC | Sector::LAB) || matches!(head, "alliance" | "coalition" | "union")) {
            sector = Sector::REB;
        }
        // A country named inside the name: "Kenya National Union of
        // Teachers", "Party of Germany", "... of Guadeloupe".
        let code = s.phrases.iter().filter(|m| m.start >= first && m.end <= end).find_map(|m| {
            m.refs.iter().find_map(|r| match r {
                ActorRef::Country(i) => {
                    let c = &dict.countries[*i as usize];
                    matches!(c.kind, CountryKind::Name | CountryKind::Adjective).then(|| c.code.clone())
                }
                _ => None,
            })
        });
        // A state body: its police and intelligence services have their own
        // sectors; a news agency, a broadcasting board or a university's
        // department is no state body.
        if sector == Sector::GOV {
            if lower.iter().any(|w| dict.closed.is(WordClass::NonStateBodyWord, w)) {
                continue;
            }
            if lower.iter().any(|w| w == "police") {
                sector = Sector::COP;
            } else if lower.iter().any(|w| w == "intelligence") {
                sector = Sector::SPY;
            }
        }
        // A state's army named with its country and no word of rebellion
        // ("the French Foreign Legion") is its military.
        if code.is_some() && !rebel && matches!(head, "army" | "legion" | "brigade" | "brigades" | "battalion" | "battalions") {
            sector = Sector::MIL;
        }
        let start = if first > 0 && s.lower[first - 1] == "the" { first - 1 } else { first };
        let name = s.texts[first..end].join(" ");
        out.push(NamedGroup {
            start,
            end,
            mention: Mention {
                role_only: code.is_none(),
                code,
                sector: Some(sector),
                cameo_roles: cameo_role(sector),
                identifier: Some(name),
                sources: vec![format!("named-group:{}", s.lower[h])],
                ..Mention::default()
            },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use dyad_segment::Span;

    use super::*;

    fn dict() -> &'static Dictionaries {
        static D: OnceLock<Dictionaries> = OnceLock::new();
        D.get_or_init(|| Dictionaries::builtin().expect("built-in dictionaries"))
    }

    /// Each named group of the sentence: its words, country and sector.
    fn groups(text: &str) -> Vec<(String, Option<String>, String)> {
        let s = crate::prepare(text, Span { start: 0, end: text.len() }, dict());
        find_named_groups(&s, dict())
            .into_iter()
            .map(|g| (s.texts[g.start..g.end].join(" "), g.mention.code, g.mention.sector.map(|x| x.to_string()).unwrap_or_default()))
            .collect()
    }

    #[test]
    fn a_head_word_names_the_sector_and_the_name_its_country() {
        assert_eq!(
            groups("The Revolutionary Front for the Liberation of Guadeloupe attacked a police station."),
            [("The Revolutionary Front for the Liberation of Guadeloupe".to_string(), Some("FRA".to_string()), "REB".to_string())]
        );
        assert_eq!(groups("The National Democratic Party of Germany called for elections."), [("The National Democratic Party of Germany".to_string(), Some("DEU".to_string()), "PTY".to_string())]);
        assert_eq!(groups("The Southern Alliance for Democracy accused the government."), [("The Southern Alliance for Democracy".to_string(), None, "PTY".to_string())]);
        assert_eq!(groups("The Islamic Movement of Uzbekistan claimed the attack."), [("The Islamic Movement of Uzbekistan".to_string(), Some("UZB".to_string()), "REB".to_string())]);
        // A union of workers, a union that is a party; a state's legion.
        assert_eq!(groups("The Zambia National Union of Mineworkers went on strike.")[0].2, "LAB");
        assert_eq!(groups("The Democratic Patriotic Union of Benin won seats.")[0].2, "PTY");
        assert_eq!(groups("The French Foreign Legion arrived.")[0].2, "MIL");
    }

    #[test]
    fn known_names_modifiers_and_lone_heads_are_not_named_groups() {
        // The dictionary's name.
        assert!(groups("The Democratic Party won the vote.").is_empty());
        // A head that modifies a longer name, and a head alone.
        assert!(groups("Indian Union Minister Rajnath Singh spoke.").is_empty());
        assert!(groups("The Party said it would win.").is_empty());
        // Lower case and all capitals say nothing of names.
        assert!(groups("the national democratic party of germany called for elections.").is_empty());
        assert!(groups("THE NATIONAL DEMOCRATIC PARTY OF GERMANY CALLED FOR ELECTIONS.").is_empty());
    }

    #[test]
    fn state_bodies_are_government_but_news_agencies_and_university_departments_are_not() {
        assert_eq!(groups("The Immigration Department deported 132 people."), [("The Immigration Department".to_string(), None, "GOV".to_string())]);
        assert_eq!(groups("The Anti-Corruption Commission opened an inquiry.")[0].2, "GOV");
        assert_eq!(groups("The Kenyan Directorate of Public Information detained 34 people.")[0].1.as_deref(), Some("KEN"));
        assert_eq!(groups("The Provincial Police Department arrested nine men.")[0].2, "COP");
        assert!(groups("The Gender Studies Department held a protest.").is_empty());
        assert!(groups("The Kabul News Agency reported the attack.").is_empty());
    }
}
